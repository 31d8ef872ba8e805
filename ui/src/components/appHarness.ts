// For component tests: the whole UI mounted against the real core (WebAssembly), through the real
// Tauri `invoke` (mocked IPC), with the edits it sends recorded. Each start loads the app
// afresh (its store is a module singleton), Svelte's runtime included.

import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { vi } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { afterPaint } from '../lib/perf';
import type { BaseChoice, Edit, MapView, Take } from '../lib/types';

export interface Harness {
  core: WasmCore;
  /** The edits the UI sent, in order. */
  edits: Edit[];
  /** Lets pending commands answer and Svelte update the DOM. */
  settle(): Promise<void>;
  /** `settle`, then the next frame painted: what follows an edit a frame later (the
   * stage's counts, the status bar, the curve; trailing.svelte.ts) has caught up. */
  painted(): Promise<void>;
  flushSync(): void;
  setLocale(lang: string): void;
  stop(): void;
}

/** The other copy File → Merge… picks in a test, and the common version git would find. */
export interface MergeCopy {
  name: string;
  theirs: MapView;
  /** Found in git; null: none found (the page asks). */
  found: MapView | null;
  /** What the base's own dialog picks. */
  picked?: MapView;
}

export interface HarnessOptions {
  /** The other copy Compare With… picks (the file dialog's answer): its text and file name. */
  compareWith?: { text: string; name: string };
}

export async function startApp(core: WasmCore, copy: MergeCopy | null = null, options: HarnessOptions = {}): Promise<Harness> {
  const edits: Edit[] = [];
  /** The copy being compared with, as the shell keeps it for the window. */
  let compared: { text: string; name: string } | null = null;
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
      case 'measure_presets':
        return core.presets((args as { language?: string }).language);
      case 'touchpoint_library':
        return core.library((args as { language?: string }).language);
      case 'merge_begin':
        return copy && { other: copy.name, base: copy.found && { commit: 'abc1234', date: '2026-11-20', subject: 'Workshop' } };
      case 'merge_finish': {
        if (!copy) return null;
        const base = (args as { base: BaseChoice }).base;
        return core.merge(copy.theirs, base === 'found' ? copy.found : base === 'pick' ? (copy.picked ?? null) : null);
      }
      case 'merge_conflicts':
        return core.conflicts((args as { language: string }).language);
      case 'resolve_conflict': {
        const { index, take } = args as { index: number; take: Take };
        return core.resolve(index, take);
      }
      case 'start_comparison': {
        const copy = options.compareWith ?? null;
        if (!copy) return null;
        // The shell words the changes in the UI's language.
        const comparison = core.compare(copy.text, copy.name, document.documentElement.lang || 'en');
        compared = copy;
        return comparison;
      }
      case 'comparison':
        return compared ? core.compare(compared.text, compared.name, document.documentElement.lang || 'en') : null;
      case 'end_comparison':
        compared = null;
        return null;
      default:
        return null;
    }
  });
  vi.resetModules();
  const svelte = await import('svelte');
  const i18n = await import('../i18n');
  i18n.setLocale('en');
  const { default: App } = await import('./App.svelte');
  await loadLazyParts();
  const target = document.createElement('div');
  document.body.appendChild(target);
  const app = svelte.mount(App, { target });
  const settle = async () => {
    for (let i = 0; i < 6; i++) {
      await new Promise((r) => setTimeout(r, 0));
      svelte.flushSync();
    }
  };
  await settle();
  return {
    core,
    edits,
    settle,
    async painted() {
      await settle();
      await new Promise<void>((r) => afterPaint(r));
      await settle();
    },
    flushSync: () => svelte.flushSync(),
    setLocale: (lang) => i18n.setLocale(lang),
    stop() {
      svelte.unmount(app);
      target.remove();
      clearMocks();
    },
  };
}

export const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) =>
  root.querySelector<T>(sel);

export const $$ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => [
  ...root.querySelectorAll<T>(sel),
];

export function key(el: Element, k: string, mods: Partial<KeyboardEventInit> = {}): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...mods }));
}

/** Types `text` into a field (replacing what it held), as input events; nothing is committed. */
export function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus();
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Chooses an option of a <select>. */
export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Loads the parts of the app that load when first opened (panels, export dialog), so that a
 * test's first opening is not also the test runner's first compile of their modules.
 */
export async function loadLazyParts(): Promise<void> {
  await Promise.all([
    import('./TouchpointPanel.svelte'),
    import('./MapDetailsPanel.svelte'),
    import('./LibraryPanel.svelte'),
    import('./ExportDialog.svelte'),
    import('./ImportDialog.svelte'),
    import('./ConflictsPanel.svelte'),
  ]);
}

/** Dispatches a primary pointer event at (x, y), as a mouse would (jsdom may lack PointerEvent). */
export function pointer(el: Element, kind: string, x: number, y: number): void {
  const init = { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, pointerId: 1, isPrimary: true };
  const Ctor = (globalThis.PointerEvent ?? MouseEvent) as typeof MouseEvent;
  const ev = new Ctor(kind, init);
  for (const [k, v] of Object.entries({ pointerId: 1, isPrimary: true })) {
    if ((ev as unknown as Record<string, unknown>)[k] !== v) Object.defineProperty(ev, k, { value: v });
  }
  el.dispatchEvent(ev);
}

/**
 * jsdom has no layout: gives the board one (a spy on getBoundingClientRect, undone by
 * vi.restoreAllMocks). Columns side by side 300px apart; with lanes, cells 250px apart down
 * them; cards 80px apart in their cell (or column); everything else the whole window.
 */
export function fakeBoardLayout(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const el = this as HTMLElement;
    const rect = (x: number, y: number, w: number, h: number) =>
      ({ left: x, top: y, right: x + w, bottom: y + h, width: w, height: h, x, y, toJSON() {} }) as DOMRect;
    const cols = $$('[data-stage-id]');
    const col = el.closest<HTMLElement>('[data-stage-id]');
    const x = col ? 20 + cols.indexOf(col) * 300 : 0;
    if (el.dataset.stageId !== undefined) return rect(x, 80, 288, 900);
    const cellOf = (c: HTMLElement) => [...col!.querySelectorAll('[data-cell]')].indexOf(c);
    if (el.dataset.cell !== undefined && col) return rect(x, 150 + cellOf(el) * 250, 288, 240);
    if (el.dataset.touchpointId !== undefined && col) {
      const cell = el.closest<HTMLElement>('[data-cell]');
      const k = [...(cell ?? col).querySelectorAll('[data-touchpoint-id]')].indexOf(el);
      return rect(x + 8, 160 + (cell ? cellOf(cell) * 250 : 0) + k * 80, 270, 70);
    }
    return rect(0, 0, 1400, 900);
  });
}
