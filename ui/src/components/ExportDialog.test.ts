// @vitest-environment jsdom
// The Export dialog in the whole UI, through the real Tauri `invoke` (mocked IPC and
// events): how it opens, the options each format shows, what it asks the core for, and
// the run of an export (progress, cancel, success, failure).

import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { sampleMap } from '../dev/sample';
import { loadLazyParts } from './appHarness';
import { visible } from '../lib/testutil';

type Call = { cmd: string; args: Record<string, unknown> | undefined };

let calls: Call[];
/** Ends the export the core is "running": a file name, null (cancelled) or an Error (failed). */
let finishExport: ((outcome: string | null | Error) => void) | null;
let app: Record<string, unknown> | null = null;
let target: HTMLElement;
let svelte: typeof import('svelte');
let i18n: typeof import('../i18n');

function backend(): void {
  const core = new WasmCore(sampleMap(), 'first-purchase.json');
  calls = [];
  finishExport = null;
  mockIPC(
    (cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> | undefined });
      switch (cmd) {
        case 'load_document':
          return core.document();
        case 'export_map':
          return new Promise((resolve, reject) => {
            finishExport = (outcome) => (outcome instanceof Error ? reject(outcome.message) : resolve(outcome));
          });
        case 'cancel_export':
          finishExport?.(null);
          return null;
        default:
          throw `unknown command ${cmd}`;
      }
    },
    { shouldMockEvents: true },
  );
}

async function start(): Promise<void> {
  backend();
  vi.resetModules();
  svelte = await import('svelte');
  i18n = await import('../i18n');
  i18n.setLocale('en');
  const { default: App } = await import('./App.svelte');
  await loadLazyParts();
  target = document.createElement('div');
  document.body.appendChild(target);
  app = svelte.mount(App, { target });
  await settle();
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    svelte.flushSync();
  }
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const dialog = () => $('[data-export-dialog]');
const checked = (name: string) => $<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
const exportCalls = () => calls.filter((c) => c.cmd === 'export_map').map((c) => c.args);

function key(el: Element, k: string, mods: Partial<KeyboardEventInit> = {}): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...mods }));
}

async function openWithKeys(): Promise<HTMLElement> {
  key(document.body, 'e', { ctrlKey: true });
  await settle();
  return dialog()!;
}

async function choose(selector: string): Promise<void> {
  $<HTMLElement>(selector)!.click();
  await settle();
}

beforeEach(() => {
  sessionStorage.clear();
});

afterEach(() => {
  if (app) svelte.unmount(app);
  app = null;
  target?.remove();
  clearMocks();
  vi.restoreAllMocks();
});

describe('opening', () => {
  it('opens with Ctrl+E, with the PNG format chosen and focused, and closes with Escape', async () => {
    await start();
    expect(dialog()).toBeNull();
    const d = await openWithKeys();
    expect(d.getAttribute('role')).toBe('dialog');
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(d.querySelector('h2')!.textContent).toBe('Export map');
    const names = [...d.querySelectorAll('[data-format]')].map((f) => f.getAttribute('data-format'));
    expect(names).toEqual(['png', 'svg', 'pdf', 'html', 'csv', 'xlsx', 'md', 'mmd']);
    expect(d.querySelector('[data-format="xlsx"]')!.textContent).toContain('Excel workbook (XLSX)');
    expect(d.querySelector('[data-format="mmd"]')!.textContent).toContain('Mermaid diagram');
    expect(d.querySelector('[data-format="csv"]')!.textContent).toContain('Spreadsheet (CSV)');
    expect(d.querySelector('[data-format="csv"]')!.textContent).toContain('Excel');
    expect(checked('export-format')).toBe('png');
    expect(document.activeElement).toBe($('input[name="export-format"][value="png"]'));
    key(document.activeElement!, 'Escape');
    await settle();
    expect(dialog()).toBeNull();
    expect(exportCalls()).toEqual([]);
  });

  it('opens from the toolbar and from the File menu', async () => {
    await start();
    $<HTMLButtonElement>('[data-action="export"]')!.click();
    await settle();
    expect(dialog()).not.toBeNull();
    $<HTMLButtonElement>('[data-action="cancel-export"]')!.click();
    await settle();
    expect(dialog()).toBeNull();
    await emit('menu-action', 'export');
    await settle();
    expect(dialog()).not.toBeNull();
  });

  it('keeps the focus inside: Tab from the last control goes to the first', async () => {
    await start();
    const d = await openWithKeys();
    const last = d.querySelector<HTMLButtonElement>('[data-action="start-export"]')!;
    expect(last).toBe(d.querySelectorAll('button')[d.querySelectorAll('button').length - 1]);
    last.focus();
    key(last, 'Tab');
    expect(document.activeElement).toBe($('input[name="export-format"][value="png"]'));
    key(document.activeElement!, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(last);
  });
});

describe('options', () => {
  it('shows the options of the chosen format only', async () => {
    await start();
    const d = await openWithKeys();
    const shown = () => d.querySelector('[data-options]')!.getAttribute('data-options');
    expect(shown()).toBe('png');
    expect([...d.querySelectorAll('[data-scale]')].map((s) => s.textContent!.trim())).toEqual(['1×', '2×']);
    await choose('[data-format="pdf"]');
    expect(shown()).toBe('pdf');
    expect([...d.querySelectorAll('[data-paper]')].map((s) => s.textContent!.trim())).toEqual([
      'Map size (one page)',
      'A4',
      'A3',
      'Letter',
    ]);
    expect(d.textContent).toContain('landscape');
    await choose('[data-format="csv"]');
    expect(shown()).toBe('csv');
    expect(checked('export-delimiter')).toBe('comma');
    for (const format of ['svg', 'html', 'xlsx', 'md', 'mmd']) {
      await choose(`[data-format="${format}"]`);
      expect(shown()).toBe('none');
    }
  });

  it('separates CSV with semicolons when the UI speaks Russian or Polish, unless the user chose', async () => {
    await start();
    i18n.setLocale('pl');
    let d = await openWithKeys();
    await choose('[data-format="csv"]');
    expect(checked('export-delimiter')).toBe('semicolon');
    expect(d.textContent).toContain('Średnik');
    key(document.activeElement!, 'Escape');
    await settle();
    i18n.setLocale('en');
    d = await openWithKeys();
    expect(checked('export-delimiter')).toBe('comma');
    await choose('[data-delimiter="semicolon"]');
    key(document.activeElement!, 'Escape');
    await settle();
    i18n.setLocale('ru');
    await openWithKeys();
    expect(checked('export-delimiter')).toBe('semicolon');
    i18n.setLocale('en');
  });

  it('remembers the last format and options while the window is open', async () => {
    await start();
    await openWithKeys();
    await choose('[data-format="pdf"]');
    await choose('[data-paper="a4"]');
    key(document.activeElement!, 'Escape');
    await settle();
    await openWithKeys();
    expect(checked('export-format')).toBe('pdf');
    expect(checked('export-paper')).toBe('a4');
    expect(document.activeElement).toBe($('input[name="export-format"][value="pdf"]'));
  });
});

describe('exporting', () => {
  it('asks the core for the chosen format and options, then says where it went', async () => {
    await start();
    await openWithKeys();
    await choose('[data-format="png"]');
    await choose('[data-scale="2"]');
    await choose('[data-action="start-export"]');
    expect(exportCalls()).toEqual([{ format: 'png', options: { scale: 2, paper: 'map', delimiter: 'comma', measure: { kind: 'none' } } }]);
    finishExport!('Online store.png');
    await settle();
    expect(dialog()).toBeNull();
    const toast = $('[data-toast]')!;
    expect(visible(toast.textContent)).toContain('Exported to Online store.png.');
    expect(toast.getAttribute('data-kind')).toBe('info');
    expect(toast.getAttribute('role')).toBe('status');
  });

  it('sends the PDF paper and the CSV separator', async () => {
    await start();
    await openWithKeys();
    await choose('[data-format="pdf"]');
    await choose('[data-paper="letter"]');
    await choose('[data-action="start-export"]');
    finishExport!('map.pdf');
    await settle();
    await openWithKeys();
    await choose('[data-format="csv"]');
    await choose('[data-delimiter="semicolon"]');
    await choose('[data-action="start-export"]');
    finishExport!('map.csv');
    await settle();
    expect(exportCalls()).toEqual([
      { format: 'pdf', options: { scale: 1, paper: 'letter', delimiter: 'comma', measure: { kind: 'none' } } },
      { format: 'csv', options: { scale: 1, paper: 'letter', delimiter: 'semicolon', measure: { kind: 'none' } } },
    ]);
  });

  it('shows the progress the core reports, and Cancel stops the export quietly', async () => {
    await start();
    await openWithKeys();
    await choose('[data-format="pdf"]');
    await choose('[data-action="start-export"]');
    const d = dialog()!;
    expect(d.querySelector('[data-export-progress]')).not.toBeNull();
    expect(d.querySelector('[data-action="start-export"]')).toBeNull();
    expect(d.querySelector('[data-options]')).toBeNull();
    expect(d.getAttribute('aria-busy')).toBe('true');
    expect($<HTMLInputElement>('input[value="csv"]')!.matches(':disabled')).toBe(true);
    expect(document.activeElement).toBe(d.querySelector('[data-action="cancel-export"]'));
    await emit('export-progress', 0.42);
    await settle();
    expect(d.querySelector('progress')!.getAttribute('value')).toBe('42');
    expect(visible(d.querySelector('[data-export-progress]')!.textContent)).toContain('Exporting… 42%');
    // Progress never goes back, even when events arrive out of order.
    await emit('export-progress', 0.3);
    await settle();
    expect(d.querySelector('progress')!.getAttribute('value')).toBe('42');

    $<HTMLButtonElement>('[data-action="cancel-export"]')!.click();
    await settle();
    expect(calls.filter((c) => c.cmd === 'cancel_export')).toHaveLength(1);
    expect(dialog()).toBeNull();
    expect($('[data-toast]')).toBeNull();
  });

  it('Escape during an export cancels it, but a click beside the dialog does not', async () => {
    await start();
    await openWithKeys();
    await choose('[data-action="start-export"]');
    const backdrop = dialog()!.parentElement!;
    backdrop.click();
    await settle();
    expect(dialog()).not.toBeNull();
    expect(calls.filter((c) => c.cmd === 'cancel_export')).toHaveLength(0);
    key(document.activeElement!, 'Escape');
    await settle();
    expect(calls.filter((c) => c.cmd === 'cancel_export')).toHaveLength(1);
    expect(dialog()).toBeNull();
  });

  it('keeps the dialog open with the reason when the export fails, ready to try again', async () => {
    await start();
    await openWithKeys();
    await choose('[data-action="start-export"]');
    finishExport!(new Error('Could not save /media/usb/map.png: permission denied; the file or its folder is read-only. Save it somewhere else.'));
    await settle();
    const d = dialog()!;
    expect(d.querySelector('[data-export-error]')!.textContent).toContain('read-only');
    expect(d.querySelector('[data-export-error]')!.getAttribute('role')).toBe('alert');
    expect(d.querySelector('[data-action="start-export"]')).not.toBeNull();
    await choose('[data-action="start-export"]');
    expect(d.querySelector('[data-export-error]')).toBeNull();
    finishExport!('map.png');
    await settle();
    expect(dialog()).toBeNull();
  });

  it('does not let board shortcuts act behind the dialog', async () => {
    await start();
    const d = await openWithKeys();
    key(d.querySelector('input')!, 'z', { ctrlKey: true });
    key(document.body, 'z', { ctrlKey: true });
    await settle();
    expect(calls.filter((c) => c.cmd === 'undo')).toEqual([]);
  });
});
