// For component tests: the whole UI mounted against the reference core, through the real
// Tauri `invoke` (mocked IPC), with the edits it sends recorded. Each start loads the app
// afresh (its store is a module singleton), Svelte's runtime included.

import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { vi } from 'vitest';
import { MockCore } from '../dev/mockCore';
import type { Edit } from '../lib/types';

export interface Harness {
  core: MockCore;
  /** The edits the UI sent, in order. */
  edits: Edit[];
  /** Lets pending commands answer and Svelte update the DOM. */
  settle(): Promise<void>;
  flushSync(): void;
  setLocale(lang: string): void;
  stop(): void;
}

export async function startApp(core: MockCore): Promise<Harness> {
  const edits: Edit[] = [];
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
      case 'touchpoint_library':
        return core.library((args as { language?: string }).language);
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
  ]);
}
