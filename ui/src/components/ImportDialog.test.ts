// @vitest-environment jsdom
// The Import dialog in the whole UI, through the real Tauri `invoke` (mocked IPC and
// events): how it opens (the shortcut, the File menu, a file dropped on the window), the
// preview it shows, each change of a role or the sheet asked of the core again, and the
// run of the import (busy, success, failure).

import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { sampleMap } from '../dev/sample';
import { choose, loadLazyParts } from './appHarness';
import { visible } from '../lib/testutil';
import type { ImportLayout, ImportPreview, ImportRole } from '../lib/types';

type Call = { cmd: string; args: Record<string, unknown> | undefined };

const FILE = 'ru-excel.csv';
const HEADERS = ['Этап', 'Точка контакта', 'Эмоция', 'Канал', 'Бюджет, руб.'];
const GUESS: ImportRole[] = ['stage', 'title', 'sentiment', 'channel', 'keep'];
const ROWS = [
  ['Осведомлённость', 'Реклама в соцсетях', 'Позитивная', 'Соцсети', '120000'],
  ['', 'Статья в блоге', 'нейтральная', 'Сайт', ''],
  ['Покупка', 'Корзина на сайте', 'плохо', 'Сайт', ''],
];

let calls: Call[];
let picked: string | null;
/** The file the core keeps for the window: the last one picked or dropped. */
let current: string | null;
let sheets: string[];
/** Ends the import the core is "running": nothing (done) or an Error (failed). */
let finishImport: ((outcome?: Error) => void) | null;
/** While set, previews wait until the test lets each go (a big sheet takes a while). */
let held: (() => void)[] | null = null;
let app: Record<string, unknown> | null = null;
let target: HTMLElement;
let svelte: typeof import('svelte');
let i18n: typeof import('../i18n');

/** The core's preview, as it would read the sheet above with `layout`. */
function previewOf(sheet: string | null, layout: ImportLayout | null): ImportPreview {
  const roles = layout?.roles ?? GUESS;
  const col = (role: ImportRole) => roles.indexOf(role);
  const hasTitle = col('title') >= 0 && col('stage') >= 0;
  const cards = hasTitle
    ? ROWS.map((r, i) => ({
        stage: r[col('stage')] || ROWS[i - 1][col('stage')],
        title: r[col('title')],
        sentiment: col('sentiment') < 0 ? ('neutral' as const) : i === 0 ? ('positive' as const) : i === 1 ? ('neutral' as const) : ('negative' as const),
      }))
    : [];
  return {
    sheets,
    sheet: sheets.length ? (sheet ?? sheets[0]) : null,
    encoding: sheets.length ? null : 'windows-1251',
    delimiter: sheets.length ? null : ';',
    layout: { header: 0, roles },
    headers: HEADERS,
    sample: ROWS,
    cards,
    stages: hasTitle ? 2 : 0,
    touchpoints: hasTitle ? 3 : 0,
    notes: hasTitle && col('channel') >= 0 ? ['row 9, column “Канал”: “Телеграм” is not a value this column takes'] : [],
    noteCount: hasTitle && col('channel') >= 0 ? 1 : 0,
    problem: hasTitle ? null : 'no column of touchpoint titles was found',
  };
}

function backend(): void {
  const core = new WasmCore(sampleMap(), 'first-purchase.json');
  calls = [];
  finishImport = null;
  mockIPC(
    (cmd, args) => {
      const a = args as Record<string, unknown> | undefined;
      calls.push({ cmd, args: a });
      switch (cmd) {
        case 'load_document':
          return core.document();
        case 'pick_import_file':
          if (picked) current = picked;
          return picked;
        case 'import_preview': {
          if (current?.endsWith('.numbers')) {
            throw { code: 'import', message: 'Files of the kind “.numbers” cannot be imported.', file: 'plan.numbers' };
          }
          const answer = previewOf((a!.sheet as string | null) ?? null, (a!.layout as ImportLayout | null) ?? null);
          if (!held) return answer;
          const queue = held;
          return new Promise((resolve) => queue.push(() => resolve(answer)));
        }
        case 'import_finish':
          return new Promise((resolve, reject) => {
            finishImport = (outcome) => (outcome ? reject({ code: 'import', message: outcome.message, file: null }) : resolve(null));
          });
        default:
          return null;
      }
    },
    { shouldMockEvents: true },
  );
}

async function start(options: { picked?: string | null; sheets?: string[] } = {}): Promise<void> {
  picked = options.picked === undefined ? FILE : options.picked;
  current = null;
  sheets = options.sheets ?? [];
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
  for (let i = 0; i < 6; i++) {
    await new Promise((r) => setTimeout(r, 0));
    svelte.flushSync();
  }
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const $$ = <T extends Element = HTMLElement>(sel: string) => [...document.querySelectorAll<T>(sel)];
const dialog = () => $('[data-import-dialog]');
const text = (sel: string) => visible($(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const of = (cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);
const roleSelect = (i: number) => $<HTMLSelectElement>(`[data-role-select="${i}"]`)!;

function key(el: Element, k: string, mods: Partial<KeyboardEventInit> = {}): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...mods }));
}

async function openWithKeys(): Promise<HTMLElement> {
  key(document.body, 'I', { ctrlKey: true, shiftKey: true });
  await settle();
  return dialog()!;
}

afterEach(() => {
  held = null;
  if (app) svelte.unmount(app);
  app = null;
  target?.remove();
  clearMocks();
  vi.restoreAllMocks();
});

describe('opening', () => {
  it('Ctrl+Shift+I asks the core for a file, then shows its preview with the columns as understood', async () => {
    await start();
    const d = await openWithKeys();
    expect(of('pick_import_file')).toHaveLength(1);
    expect(of('import_preview')).toEqual([{ sheet: null, layout: null }]);
    expect(d.getAttribute('role')).toBe('dialog');
    expect(d.querySelector('h2')!.textContent).toBe('Import into a new map');
    expect(text('[data-import-file]')).toBe('ru-excel.csv');
    expect(text('[data-import-read]')).toBe('Read as windows-1251, cells separated by semicolons');
    expect($$('[data-import-columns] th').map((th) => th.textContent)).toEqual(HEADERS);
    expect($$<HTMLSelectElement>('[data-role-select]').map((s) => s.value)).toEqual(GUESS);
    expect(visible(roleSelect(0).getAttribute('aria-label')!)).toBe('What column “Этап” holds');
    const labels = [...roleSelect(0).options].map((o) => o.textContent);
    expect(labels).toHaveLength(21);
    expect(labels).toEqual(expect.arrayContaining(['Stage', 'Touchpoint title', 'Sentiment', 'Keep as a field', 'Leave out']));
    expect($$('[data-sample-row]')).toHaveLength(3);
    expect(text('[data-sample-row="0"]')).toContain('Реклама в соцсетях');
    const cards = $$('[data-import-card]');
    expect(cards).toHaveLength(3);
    expect(visible(cards[0].textContent!)).toContain('Осведомлённость');
    expect(visible(cards[0].textContent!)).toContain('Реклама в соцсетях');
    expect(cards[0].querySelector('.chip.positive')).not.toBeNull();
    expect(text('[data-import-counts]')).toBe('2 stages, 3 touchpoints');
    expect(text('[data-import-notes] h3')).toBe('1 note');
    expect(text('[data-import-notes] li')).toContain('Телеграм');
    expect($('[data-import-problem]')).toBeNull();
    expect($('[data-import-sheet]')).toBeNull();
    expect(document.activeElement).toBe($('[data-action="start-import"]'));
  });

  it('opens from the File menu, and for a sheet dropped on the window without asking which', async () => {
    await start();
    await emit('menu-action', 'import');
    await settle();
    expect(dialog()).not.toBeNull();
    $<HTMLButtonElement>('[data-action="cancel-import"]')!.click();
    await settle();
    expect(dialog()).toBeNull();
    // The core keeps the dropped file and names it; the page asks about it by no path.
    current = 'dropped.csv';
    await emit('import-file', 'dropped.csv');
    await settle();
    expect(of('pick_import_file')).toHaveLength(1);
    expect(of('import_preview').at(-1)).toEqual({ sheet: null, layout: null });
    expect(text('[data-import-file]')).toBe('dropped.csv');
  });

  it('shows nothing when the file dialog is cancelled, and Escape closes the dialog', async () => {
    await start({ picked: null });
    await openWithKeys();
    expect(dialog()).toBeNull();
    expect(of('import_preview')).toEqual([]);
    picked = FILE;
    const d = await openWithKeys();
    key(d, 'Escape');
    await settle();
    expect(dialog()).toBeNull();
    expect(of('import_finish')).toEqual([]);
  });

  it('says why a file cannot be imported, with Import disabled', async () => {
    await start({ picked: 'plan.numbers' });
    await openWithKeys();
    expect(text('[data-import-error]')).toContain('“.numbers” cannot be imported');
    expect($('[data-import-error]')!.getAttribute('role')).toBe('alert');
    expect($<HTMLButtonElement>('[data-action="start-import"]')!.disabled).toBe(true);
  });

  it('speaks Russian', async () => {
    await start();
    i18n.setLocale('ru');
    await openWithKeys();
    expect(dialog()!.querySelector('h2')!.textContent).toBe('Импорт в новую карту');
    expect(roleSelect(0).selectedOptions[0].textContent).toBe('Этап');
    expect(text('[data-import-counts]')).toBe('2 этапа, 3 точки контакта');
    expect(text('[data-import-read]')).toBe('Прочитано как windows-1251, ячейки разделены точкой с запятой');
    i18n.setLocale('en');
  });
});

describe('changing the columns', () => {
  it('asks the core again with the changed layout, and shows what it answers', async () => {
    await start();
    await openWithKeys();
    choose(roleSelect(2), 'ignore');
    await settle();
    expect(of('import_preview').at(-1)).toEqual({
      sheet: null,
      layout: { header: 0, roles: ['stage', 'title', 'ignore', 'channel', 'keep'] },
    });
    expect(roleSelect(2).value).toBe('ignore');
    expect($$('[data-import-card] .chip.neutral')).toHaveLength(3);
    expect($('[data-import-columns] th[data-column="2"]')!.classList.contains('left-out')).toBe(true);
    // A second change keeps the first.
    choose(roleSelect(4), 'ignore');
    await settle();
    expect((of('import_preview').at(-1)!.layout as ImportLayout).roles).toEqual(['stage', 'title', 'ignore', 'channel', 'ignore']);
  });

  it('says it is reading while a big sheet is read again, and an older answer never replaces a newer one', async () => {
    await start();
    await openWithKeys();
    held = [];
    choose(roleSelect(2), 'ignore');
    await settle();
    choose(roleSelect(3), 'ignore');
    await settle();
    expect(text('[data-import-reading]')).toBe('Reading the file…');
    expect($('[data-import-counts]')).toBeNull();
    expect($<HTMLButtonElement>('[data-action="start-import"]')!.disabled).toBe(true);
    const [older, newer] = held;
    newer();
    await settle();
    older();
    await settle();
    expect($('[data-import-reading]')).toBeNull();
    expect($$<HTMLSelectElement>('[data-role-select]').map((s) => s.value)).toEqual(['stage', 'title', 'ignore', 'ignore', 'keep']);
    // The newer answer (no channel column, so no note about one) is the one shown.
    expect($('[data-import-notes]')).toBeNull();
    expect($<HTMLButtonElement>('[data-action="start-import"]')!.disabled).toBe(false);
  });

  it('shows the problem of a layout that imports nothing, with Import disabled until it is fixed', async () => {
    await start();
    await openWithKeys();
    choose(roleSelect(1), 'description');
    await settle();
    expect(text('[data-import-problem]')).toContain('no column of touchpoint titles');
    expect($('[data-import-cards]')).toBeNull();
    expect($<HTMLButtonElement>('[data-action="start-import"]')!.disabled).toBe(true);
    choose(roleSelect(1), 'title');
    await settle();
    expect($('[data-import-problem]')).toBeNull();
    expect($<HTMLButtonElement>('[data-action="start-import"]')!.disabled).toBe(false);
  });

  it('offers the sheets of a workbook; another sheet has its columns guessed afresh', async () => {
    await start({ picked: 'book.xlsx', sheets: ['Q1', 'Q2'] });
    await openWithKeys();
    const sheet = $<HTMLSelectElement>('[data-import-sheet]')!;
    expect([...sheet.options].map((o) => o.value)).toEqual(['Q1', 'Q2']);
    expect($('[data-import-read]')).toBeNull();
    choose(roleSelect(4), 'ignore');
    await settle();
    choose($<HTMLSelectElement>('[data-import-sheet]')!, 'Q2');
    await settle();
    expect(of('import_preview').at(-1)).toEqual({ sheet: 'Q2', layout: null });
    expect($<HTMLSelectElement>('[data-import-sheet]')!.value).toBe('Q2');
  });
});

describe('importing', () => {
  it('imports as previewed, busy meanwhile, and closes when the map is open', async () => {
    await start();
    await openWithKeys();
    choose(roleSelect(3), 'ignore');
    await settle();
    $<HTMLButtonElement>('[data-action="start-import"]')!.click();
    await settle();
    expect(of('import_finish')).toEqual([
      { sheet: null, layout: { header: 0, roles: ['stage', 'title', 'sentiment', 'ignore', 'keep'] } },
    ]);
    const d = dialog()!;
    const button = $<HTMLButtonElement>('[data-action="start-import"]')!;
    expect(button.textContent!.trim()).toBe('Importing…');
    expect(button.disabled).toBe(true);
    expect($<HTMLButtonElement>('[data-action="cancel-import"]')!.disabled).toBe(true);
    expect(roleSelect(0).disabled).toBe(true);
    expect(d.getAttribute('aria-busy')).toBe('true');
    // Escape does not leave an import half-way.
    key(d, 'Escape');
    await settle();
    expect(dialog()).not.toBeNull();
    finishImport!();
    await settle();
    expect(dialog()).toBeNull();
  });

  it('keeps the dialog open with the reason when the import fails, ready to try again', async () => {
    await start();
    await openWithKeys();
    $<HTMLButtonElement>('[data-action="start-import"]')!.click();
    await settle();
    finishImport!(new Error('The window for the map could not be opened.'));
    await settle();
    expect(text('[data-import-error]')).toBe('The window for the map could not be opened.');
    const button = $<HTMLButtonElement>('[data-action="start-import"]')!;
    expect(button.disabled).toBe(false);
    expect(button.textContent!.trim()).toBe('Import');
    button.click();
    await settle();
    expect($('[data-import-error]')).toBeNull();
    finishImport!();
    await settle();
    expect(dialog()).toBeNull();
  });

  it('does not let board shortcuts act behind the dialog', async () => {
    await start();
    const d = await openWithKeys();
    key(d.querySelector('select')!, 'z', { ctrlKey: true });
    key(document.body, 'z', { ctrlKey: true });
    await settle();
    expect(of('undo')).toEqual([]);
  });
});
