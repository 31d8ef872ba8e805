// @vitest-environment jsdom
// The whole UI against the reference core, through the real Tauri `invoke` (mocked IPC):
// the DOM hooks of the contract, keyboard editing, and dragging with pointer events.

import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { sampleMap } from '../dev/sample';
import type { Edit } from '../lib/types';
import { pointer } from './appHarness';
import { visible } from '../lib/testutil';
import { afterPaint } from '../lib/perf';

let core: WasmCore;
let edits: Edit[];
let app: Record<string, unknown> | null = null;
let target: HTMLElement;
// Each test loads the app afresh (its store is a module singleton), Svelte's runtime included.
let svelte: typeof import('svelte');
const flushSync = () => svelte.flushSync();

function backend(c: WasmCore): void {
  core = c;
  edits = [];
  mockIPC((cmd, args) => {
    switch (cmd) {
      case 'load_document':
        return core.document();
      case 'apply_edit': {
        const edit = (args as { edit: Edit }).edit;
        edits.push(edit);
        return core.apply(edit);
      }
      case 'undo':
        return core.undo();
      case 'redo':
        return core.redo();
      case 'save':
        return core.markSaved();
      case 'open_sample':
        return core.sample();
      case 'open':
        return null;
      default:
        throw `unknown command ${cmd}`;
    }
  });
}

async function start(c = new WasmCore(sampleMap(), 'first-purchase.json')) {
  backend(c);
  vi.resetModules();
  svelte = await import('svelte');
  const { default: App } = await import('./App.svelte');
  target = document.createElement('div');
  document.body.appendChild(target);
  app = svelte.mount(App, { target });
  await settle();
}

/** Lets pending commands answer and Svelte update the DOM. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
  }
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const card = (id: string) => $(`[data-touchpoint-id="${id}"]`)!;

/** Stage id -> card ids, read from the DOM (cards inside their stage's element). */
function domLayout(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of document.querySelectorAll<HTMLElement>('[data-stage-id]')) {
    out[s.dataset.stageId!] = [...s.querySelectorAll<HTMLElement>('[data-touchpoint-id]')].map((c) => c.dataset.touchpointId!);
  }
  return out;
}

function key(el: Element, k: string, mods: Partial<KeyboardEventInit> = {}): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...mods }));
}

beforeEach(() => {
  // jsdom has no layout: give columns and cards rectangles from their order (drop.ts needs them).
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const el = this as HTMLElement;
    const rect = (x: number, y: number, w: number, h: number) =>
      ({ left: x, top: y, right: x + w, bottom: y + h, width: w, height: h, x, y, toJSON() {} }) as DOMRect;
    const cols = [...document.querySelectorAll('[data-stage-id]')];
    if (el.dataset.stageId !== undefined) return rect(20 + cols.indexOf(el) * 300, 80, 288, 700);
    if (el.dataset.touchpointId !== undefined) {
      const col = el.closest('[data-stage-id]')!;
      const i = [...col.querySelectorAll('[data-touchpoint-id]')].indexOf(el);
      return rect(28 + cols.indexOf(col) * 300, 150 + i * 80, 270, 70);
    }
    return rect(0, 0, 1400, 900);
  });
  sessionStorage.clear();
});

afterEach(() => {
  if (app) svelte.unmount(app);
  app = null;
  target?.remove();
  clearMocks();
  vi.restoreAllMocks();
});

describe('DOM hooks of the contract', () => {
  it('renders stages with their cards inside, and data-ready once the map is on screen', async () => {
    await start();
    // Set once the frame that shows the map is painted, not with the DOM.
    await vi.waitFor(() => expect($('[data-ready]')?.getAttribute('data-ready')).toBe('true'));
    expect(domLayout()).toEqual({
      awareness: ['tp-1', 'tp-2', 'tp-3'],
      consideration: ['tp-4', 'tp-5', 'tp-6', 'tp-7'],
      purchase: ['tp-8', 'tp-9', 'tp-10'],
      onboarding: ['tp-11', 'tp-12', 'tp-13'],
      loyalty: ['tp-14', 'tp-15'],
    });
    expect(card('tp-9').dataset.sentiment).toBe('negative');
    expect(visible(card('tp-9').textContent)).toContain('Negative');
    expect(visible($('[data-stage-id="purchase"]')!.textContent)).toContain('Purchase');
  });

  it('shows the error screen with the message, without data-ready', async () => {
    // A stage that is not an object, at line 2, column 16: the screen shows the core's message as it is.
    const core = WasmCore.reading('{"format": "journey-map", "version": "1.1",\n    "stages": [1]}', 'a.json');
    await start(core);
    expect($('[data-ready]')).toBeNull();
    const screen = $('[data-error]')!;
    expect(screen.getAttribute('data-error')).toBe(core.document().error);
    expect(screen.textContent).toContain('a.json');
    expect(screen.textContent).toContain(':2:16:');
    ($<HTMLButtonElement>('[data-action="open-sample"]'))!.click();
    await settle();
    expect($('[data-error]')).toBeNull();
    await vi.waitFor(() => expect($('[data-ready]')?.getAttribute('data-ready')).toBe('true'));
  });

  it('lists the repairs made while opening, as text, until dismissed', async () => {
    // A file with a markup sentiment and a score of 9: the core's loader repairs both.
    const map = sampleMap();
    (map.touchpoints[2] as { sentiment: string }).sentiment = '<b>awful</b>';
    map.touchpoints[0].score = 9;
    const core = new WasmCore(map);
    await start(core);
    const notes = [...document.querySelectorAll('[data-notes] [data-note]')].map((n) => n.textContent);
    expect(notes).toEqual(core.document().notes);
    expect(notes).toHaveLength(2);
    expect(notes[1]).toContain('<b>awful</b>');
    expect(document.querySelectorAll('[data-notes] b').length).toBe(0);
    await vi.waitFor(() => expect($('[data-ready]')?.getAttribute('data-ready')).toBe('true'));
    ($<HTMLButtonElement>('[data-action="dismiss-notes"]'))!.click();
    await settle();
    expect($('[data-notes]')).toBeNull();
  });

  it('switches the whole UI to another language at once, leaving the map text alone', async () => {
    await start();
    const select = $<HTMLSelectElement>('[data-language]')!;
    expect([...select.options].map((o) => o.value)).toEqual(expect.arrayContaining(['en', 'pl', 'ru']));
    select.value = 'pl';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect($('[data-action="save"]')!.textContent).toContain('Zapisz');
    expect(visible(card('tp-9').textContent)).toContain('Negatywna');
    expect(visible($('[data-stage-id="purchase"]')!.textContent)).toContain('Purchase');
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect($('[data-action="save"]')!.textContent).toContain('Save');
  });

  it('renders text from the file as text, never as HTML', async () => {
    const map = sampleMap();
    map.title = '<img src=x onerror="window.hacked=1">';
    map.stages[0].name = '<b>bold</b>';
    map.touchpoints[0].title = '<script>window.hacked=1</script>';
    await start(new WasmCore(map));
    expect(document.querySelectorAll('img, b, script').length).toBe(0);
    expect(visible(card('tp-1').textContent)).toContain('<script>window.hacked=1</script>');
    expect($('[data-map-title]')!.textContent).toContain('<img src=x');
  });
});

describe('keyboard', () => {
  it('moves the selected card with Alt+arrows and announces it', async () => {
    await start();
    card('tp-2').focus();
    flushSync();
    expect(card('tp-2').dataset.selected).toBe('true');
    key(card('tp-2'), 'ArrowRight', { altKey: true });
    await settle();
    expect(edits).toEqual([{ type: 'MoveTouchpoint', id: 'tp-2', toStage: 'consideration', index: 1 }]);
    expect(domLayout().consideration).toEqual(['tp-4', 'tp-2', 'tp-5', 'tp-6', 'tp-7']);
    key(card('tp-2'), 'ArrowUp', { altKey: true });
    await settle();
    expect(domLayout().consideration).toEqual(['tp-2', 'tp-4', 'tp-5', 'tp-6', 'tp-7']);
    // The announcement comes once the move is painted.
    await new Promise<void>((r) => afterPaint(r));
    flushSync();
    expect(visible($('[data-announcer]')!.textContent)).toMatch(/moved to Consideration, position 1 of 5/);
  });

  it('sets the sentiment with 1/2/3, undoes with Ctrl+Z and redoes with Ctrl+Y', async () => {
    await start();
    card('tp-1').focus();
    key(card('tp-1'), '3');
    await settle();
    expect(card('tp-1').dataset.sentiment).toBe('negative');
    expect($('[data-unsaved]')).not.toBeNull();
    key(document.body, 'z', { ctrlKey: true });
    await settle();
    expect(card('tp-1').dataset.sentiment).toBe('neutral');
    key(document.body, 'y', { ctrlKey: true });
    await settle();
    expect(card('tp-1').dataset.sentiment).toBe('negative');
  });

  it('renames with F2 and Enter, and Delete removes the card', async () => {
    await start();
    card('tp-3').focus();
    key(card('tp-3'), 'F2');
    await settle();
    const field = card('tp-3').querySelector('textarea')!;
    field.value = 'Podcast ad read';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    key(field, 'Enter');
    await settle();
    expect(card('tp-3').textContent).toContain('Podcast ad read');
    expect(edits).toEqual([{ type: 'RenameTouchpoint', id: 'tp-3', title: 'Podcast ad read' }]);
    card('tp-3').focus();
    key(card('tp-3'), 'Delete');
    await settle();
    expect(domLayout().awareness).toEqual(['tp-1', 'tp-2']);
  });

  it('asks before deleting a stage that has cards, in an in-app dialog', async () => {
    await start();
    $<HTMLButtonElement>('[data-stage-id="loyalty"] [data-action="delete-stage"]')!.click();
    await settle();
    const dialog = $('[data-confirm-dialog]')!;
    expect(visible(dialog.textContent)).toContain('2 touchpoints');
    dialog.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await settle();
    expect($('[data-stage-id="loyalty"]')).toBeNull();
    expect(edits).toEqual([{ type: 'DeleteStage', id: 'loyalty' }]);
  });
});

describe('dragging with pointer events', () => {

  it('moves a card across stages, with a ghost and a drop gap on the way', async () => {
    await start();
    const c = card('tp-1'); // awareness, x 28..298, y 150..220
    pointer(c, 'pointerdown', 100, 170);
    pointer(c, 'pointermove', 102, 171); // under the 4px threshold: still a click
    flushSync();
    expect($('[data-drag-ghost]')).toBeNull();
    // Over purchase (x 628..), between its first (mid 185) and second (mid 265) card.
    pointer(c, 'pointermove', 700, 230);
    flushSync();
    expect($('[data-drag-ghost]')!.textContent).toContain('Instagram ad');
    const gap = $('[data-stage-id="purchase"] [data-drop-indicator]')!;
    expect(gap.nextElementSibling?.querySelector('[data-touchpoint-id]')?.getAttribute('data-touchpoint-id')).toBe('tp-9');
    pointer(c, 'pointerup', 700, 230);
    await settle();
    expect(edits).toEqual([{ type: 'MoveTouchpoint', id: 'tp-1', toStage: 'purchase', index: 1 }]);
    expect(domLayout().purchase).toEqual(['tp-8', 'tp-1', 'tp-9', 'tp-10']);
    expect($('[data-drag-ghost]')).toBeNull();
  });

  it('moves a card within its stage (index counted without the dragged card)', async () => {
    await start();
    const c = card('tp-4'); // consideration, first of four; mids at 185, 265, 345, 425
    pointer(c, 'pointerdown', 400, 170);
    pointer(c, 'pointermove', 400, 300); // below tp-5's middle, above tp-6's
    pointer(c, 'pointerup', 400, 300);
    await settle();
    expect(edits).toEqual([{ type: 'MoveTouchpoint', id: 'tp-4', toStage: 'consideration', index: 1 }]);
    expect(domLayout().consideration).toEqual(['tp-5', 'tp-4', 'tp-6', 'tp-7']);
  });

  it('sends nothing for a drop at the original place, or a click', async () => {
    await start();
    const c = card('tp-5'); // consideration, index 1, y 230..300
    pointer(c, 'pointerdown', 400, 250);
    pointer(c, 'pointermove', 420, 260);
    flushSync();
    expect($('[data-drop-indicator]')).toBeNull();
    pointer(c, 'pointerup', 420, 260);
    pointer(c, 'pointerdown', 400, 250);
    pointer(c, 'pointerup', 400, 250);
    c.click();
    await settle();
    expect(edits).toEqual([]);
    expect(c.dataset.selected).toBe('true');
  });

  it('Escape cancels a drag', async () => {
    await start();
    const c = card('tp-1');
    pointer(c, 'pointerdown', 100, 170);
    pointer(c, 'pointermove', 700, 230);
    flushSync();
    key(document.body, 'Escape');
    flushSync();
    expect($('[data-drag-ghost]')).toBeNull();
    pointer(c, 'pointerup', 700, 230);
    await settle();
    expect(edits).toEqual([]);
  });
});

describe('focus after keyboard actions', () => {
  it('stays on a card moved to another stage, in its new column', async () => {
    await start();
    card('tp-2').focus();
    key(card('tp-2'), 'ArrowRight', { altKey: true });
    await settle();
    expect(card('tp-2').closest('[data-stage-id]')!.getAttribute('data-stage-id')).toBe('consideration');
    expect(document.activeElement).toBe(card('tp-2'));
    key(card('tp-2'), 'ArrowDown', { altKey: true });
    await settle();
    expect(domLayout().consideration).toEqual(['tp-4', 'tp-5', 'tp-2', 'tp-6', 'tp-7']);
    expect(document.activeElement).toBe(card('tp-2'));
  });

  it('goes to the next card after a delete, and to the card an undo brings back', async () => {
    await start();
    card('tp-2').focus();
    key(card('tp-2'), 'Delete');
    await settle();
    expect(domLayout().awareness).toEqual(['tp-1', 'tp-3']);
    expect(document.activeElement).toBe(card('tp-3'));
    key(document.activeElement!, 'z', { ctrlKey: true });
    await settle();
    expect(domLayout().awareness).toEqual(['tp-1', 'tp-2', 'tp-3']);
    expect(document.activeElement).toBe(card('tp-2'));
  });

  it('follows the arrow keys, and goes back to the card when its rename ends', async () => {
    await start();
    card('tp-1').focus();
    key(card('tp-1'), 'ArrowDown');
    await settle();
    expect(document.activeElement).toBe(card('tp-2'));
    key(card('tp-2'), 'F2');
    await settle();
    const field = card('tp-2').querySelector('textarea')!;
    expect(document.activeElement).toBe(field);
    key(field, 'Escape');
    await settle();
    expect(document.activeElement).toBe(card('tp-2'));
  });

  it('stays on a stage header moved with Alt+arrows', async () => {
    await start();
    const header = () => $('[data-stage-id="awareness"] [data-stage-header]')!;
    header().focus();
    key(header(), 'ArrowRight', { altKey: true });
    await settle();
    expect(Object.keys(domLayout()).slice(0, 2)).toEqual(['consideration', 'awareness']);
    expect(document.activeElement).toBe(header());
  });
});
