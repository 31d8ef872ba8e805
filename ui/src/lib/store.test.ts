import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { CommandError, errorMessage, type Api } from './api';
import { confirmState } from './confirm.svelte';
import { cardsOf } from './mirror';
import { Panels } from './panels.svelte';
import { DocumentStore } from './document.svelte';
import { MapEditor } from './edits';
import type { FocusTarget } from './focus';
import { layout, mapOf, visible } from './testutil';
import type { Edit, Update } from './types';

/** An Api answered by the reference core, recording the edits sent. */
function fakeApi(core: WasmCore) {
  const edits: Edit[] = [];
  const wrap =
    <A extends unknown[], T>(name: string, fn: (...a: A) => T) =>
    async (...a: A): Promise<T> => {
      try {
        return fn(...a);
      } catch (err) {
        throw new CommandError(name, errorMessage(err));
      }
    };
  const api = {
    loadDocument: vi.fn<Api['loadDocument']>(wrap('load_document', () => core.document())),
    applyEdit: vi.fn<Api['applyEdit']>(
      wrap('apply_edit', (edit: Edit) => {
        edits.push(edit);
        return core.apply(edit);
      }),
    ),
    undo: vi.fn<Api['undo']>(wrap('undo', () => core.undo())),
    redo: vi.fn<Api['redo']>(wrap('redo', () => core.redo())),
    save: vi.fn<Api['save']>(wrap('save', () => core.markSaved())),
    saveAs: vi.fn<Api['saveAs']>(wrap('save_as', () => core.markSaved('copy.json'))),
    open: vi.fn<Api['open']>(wrap('open', () => core.replace(mapOf({ x: ['x1'] }), 'other.json'))),
    openSample: vi.fn<Api['openSample']>(wrap('open_sample', () => core.sample())),
    closeWindow: vi.fn<Api['closeWindow']>(async () => {}),
    setFullScreen: vi.fn<Api['setFullScreen']>(async () => {}),
    recentFiles: vi.fn<Api['recentFiles']>(async () => []),
    keepMine: vi.fn<Api['keepMine']>(async () => core.state()),
    preferredLanguages: vi.fn<Api['preferredLanguages']>(async () => []),
    setLanguage: vi.fn<Api['setLanguage']>(async () => {}),
    loadTheirs: vi.fn<Api['loadTheirs']>(async () => core.replace(mapOf({ t: ['t1'] }), 'journey.json')),
    openRecent: vi.fn<Api['openRecent']>(async () => {}),
    exportMap: vi.fn<Api['exportMap']>(async (format) => `map.${format}`),
    cancelExport: vi.fn<Api['cancelExport']>(async () => {}),
    otherMaps: vi.fn<Api['otherMaps']>(async () => []),
    touchpointLibrary: vi.fn<Api['touchpointLibrary']>(async (language) => core.library(language)),
    measurePresets: vi.fn<Api['measurePresets']>(async (language) => core.presets(language)),
    mergeBegin: vi.fn<Api['mergeBegin']>(async () => null),
    mergeFinish: vi.fn<Api['mergeFinish']>(async () => null),
    mergeConflicts: vi.fn<Api['mergeConflicts']>(wrap('merge_conflicts', (language: string) => core.conflicts(language))),
    resolveConflict: vi.fn<Api['resolveConflict']>(wrap('resolve_conflict', (index: number, take) => core.resolve(index, take))),
    startComparison: vi.fn<Api['startComparison']>(async () => null),
    comparison: vi.fn<Api['comparison']>(async () => null),
    endComparison: vi.fn<Api['endComparison']>(async () => {}),
    pickImportFile: vi.fn<Api['pickImportFile']>(async () => null),
    importPreview: vi.fn<Api['importPreview']>(async () => {
      throw new Error('no import here');
    }),
    importFinish: vi.fn<Api['importFinish']>(async () => {}),
    metricsPreview: vi.fn<Api['metricsPreview']>(async () => {
      throw new Error('no metrics import here');
    }),
    metricsFinish: vi.fn<Api['metricsFinish']>(async () => {
      throw new Error('no metrics import here');
    }),
  } satisfies Api;
  return { api, edits };
}

async function loaded(map = mapOf({ a: ['a1', 'a2', 'a3'], b: ['b1'], c: [] })) {
  const core = new WasmCore(map, 'journey.json');
  const { api, edits } = fakeApi(core);
  const store = new DocumentStore(api);
  await store.load();
  return { core, api, edits, store, editor: new MapEditor(store) };
}

beforeEach(() => {
  confirmState.answer(false);
});

describe('loading', () => {
  it('shows the document of the window', async () => {
    const { store } = await loaded();
    expect(store.status).toBe('ready');
    expect(store.ready).toBe(true);
    expect(layout(store.map!)).toEqual({ a: ['a1', 'a2', 'a3'], b: ['b1'], c: [] });
    expect(store.state).toEqual({ fileName: 'journey.json', dirty: false, canUndo: false, canRedo: false, conflicts: 0 });
  });

  it('shows the error screen for a file that could not be opened', async () => {
    const core = WasmCore.reading('{"format": "journey-map", "version": "1.1",\n"stages": [\n1]}', 'x.json');
    const store = new DocumentStore(fakeApi(core).api);
    await store.load();
    expect(store.status).toBe('error');
    expect(store.ready).toBe(false);
    expect(store.loadError).toBe(core.document().error);
    expect(store.loadError).toContain(':3:1:');
  });

  it('shows the error screen when load_document itself fails', async () => {
    const core = new WasmCore(null);
    const { api } = fakeApi(core);
    api.loadDocument.mockRejectedValueOnce(new CommandError('load_document', 'The window has no document.'));
    const store = new DocumentStore(api);
    await store.load();
    expect(store.status).toBe('error');
    expect(store.loadError).toBe('The window has no document.');
  });

  it('uses the document asked for early once, then asks again on later loads', async () => {
    const core = new WasmCore(mapOf({ a: ['a1'] }), 'journey.json');
    const { api } = fakeApi(core);
    const store = new DocumentStore(api);
    store.prefetch();
    expect(api.loadDocument).toHaveBeenCalledTimes(1);
    await store.load();
    expect(api.loadDocument).toHaveBeenCalledTimes(1);
    expect(store.status).toBe('ready');
    await store.load();
    expect(api.loadDocument).toHaveBeenCalledTimes(2);
  });

  it('reports an early ask that failed when it is used, as a load that failed', async () => {
    const { api } = fakeApi(new WasmCore(null));
    api.loadDocument.mockRejectedValueOnce(new CommandError('load_document', 'The window has no document.'));
    const store = new DocumentStore(api);
    store.prefetch();
    await new Promise((r) => setTimeout(r, 0));
    await store.load();
    expect(store.status).toBe('error');
    expect(store.loadError).toBe('The window has no document.');
  });

  it('after a reload gets the core’s current document, edits included', async () => {
    const { core, store, editor } = await loaded();
    await editor.moveTouchpoint({ type: 'MoveTouchpoint', id: 'a1', toStage: 'b', index: 1 });
    const again = new DocumentStore(fakeApi(core).api);
    await again.load();
    expect(layout(again.map!)).toEqual(layout(store.map!));
    expect(again.state.dirty).toBe(true);
    expect(again.state.canUndo).toBe(true);
  });
});

describe('edits', () => {
  it('apply the returned patch and state', async () => {
    const { store, edits, editor } = await loaded();
    await editor.moveTouchpoint({ type: 'MoveTouchpoint', id: 'a1', toStage: 'b', index: 0 });
    expect(edits).toEqual([{ type: 'MoveTouchpoint', id: 'a1', toStage: 'b', index: 0 }]);
    expect(layout(store.map!)).toEqual({ a: ['a2', 'a3'], b: ['a1', 'b1'], c: [] });
    expect(store.state).toMatchObject({ dirty: true, canUndo: true });
  });

  it('select the created card and start renaming it', async () => {
    const { store, edits, editor } = await loaded();
    await editor.addTouchpoint('c');
    expect(edits[0]).toMatchObject({ type: 'AddTouchpoint', stage: 'c', index: 0, sentiment: 'neutral' });
    const created = cardsOf(store.map!, 'c')[0];
    expect(store.selection.selectedId).toBe(created.id);
    expect(store.selection.editing).toEqual({ kind: 'card', id: created.id });
  });

  it('add a stage at the end and start renaming it', async () => {
    const { store, edits, editor } = await loaded();
    await editor.addStage();
    expect(edits[0]).toMatchObject({ type: 'AddStage', index: 3 });
    const created = store.map!.stages[3];
    expect(store.selection.editing).toEqual({ kind: 'stage', id: created.id });
  });

  it('send nothing when nothing changes', async () => {
    const { api, editor } = await loaded();
    await editor.renameTouchpoint('a1', 'Card a1');
    await editor.setSentiment('a1', 'neutral');
    await editor.renameStage('a', 'A');
    await editor.setTitle('Map');
    expect(api.applyEdit).not.toHaveBeenCalled();
  });

  it('show the core’s refusal in a toast and keep the map', async () => {
    const { store, api, editor } = await loaded();
    api.applyEdit.mockRejectedValueOnce(new CommandError('apply_edit', 'The stage no longer exists.'));
    const before = store.map;
    await editor.moveTouchpoint({ type: 'MoveTouchpoint', id: 'a1', toStage: 'b', index: 0 });
    expect(store.map).toBe(before);
    expect(store.notices.toasts.map((t) => t.message)).toEqual(['The stage no longer exists.']);
    api.applyEdit.mockRejectedValueOnce(new CommandError('apply_edit', 'The stage no longer exists.'));
    await editor.moveTouchpoint({ type: 'MoveTouchpoint', id: 'a1', toStage: 'b', index: 0 });
    expect(store.notices.toasts).toHaveLength(1);
    store.notices.dismissToast(store.notices.toasts[0].id);
    expect(store.notices.toasts).toEqual([]);
  });

  it('keep errors until dismissed, while a success goes by itself', async () => {
    vi.useFakeTimers();
    try {
      const store = new DocumentStore(fakeApi(new WasmCore(mapOf({ a: [] }))).api);
      store.notices.toast('The file is read-only.');
      store.notices.toast('Exported to map.png.', 'info');
      expect(store.notices.toasts.map((t) => t.kind)).toEqual(['error', 'info']);
      vi.advanceTimersByTime(10_000);
      expect(store.notices.toasts.map((t) => t.message)).toEqual(['The file is read-only.']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('idle() waits for the commands sent before, without waiting for later ones', async () => {
    const { store, api, editor } = await loaded();
    let answer!: (u: Update) => void;
    api.applyEdit.mockImplementationOnce(() => new Promise<Update>((r) => (answer = r)));
    const edit = editor.setTitle('Slow');
    let idle = false;
    const waiting = store.idle().then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 0));
    expect(idle).toBe(false);
    answer({ patch: [{ op: 'mapTitle', title: 'Slow' }], state: store.state, focus: null, measures: null });
    await edit;
    await waiting;
    expect(idle).toBe(true);
  });

  it('reload the document when a patch cannot be applied', async () => {
    const { store, api, editor } = await loaded();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    api.applyEdit.mockResolvedValueOnce({
      patch: [{ op: 'laneUpsert' }],
      state: store.state,
      focus: null,
    } as unknown as Update);
    await editor.setTitle('New title');
    await vi.waitFor(() => expect(api.loadDocument).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(store.notices.toasts).toHaveLength(1));
    expect(store.ready).toBe(true);
    errors.mockRestore();
  });

  it('are sent one at a time, in order', async () => {
    const { store, api, editor } = await loaded();
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const real = api.applyEdit.getMockImplementation()!;
    api.applyEdit.mockImplementation(async (edit: Edit) => {
      log.push(`start ${edit.type}`);
      if (edit.type === 'SetMapTitle') await gate;
      const result = await real(edit);
      log.push(`end ${edit.type}`);
      return result;
    });
    const first = editor.setTitle('Slow');
    const second = editor.moveTouchpoint({ type: 'MoveTouchpoint', id: 'a1', toStage: 'b', index: 0 });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 5));
    expect(log).toEqual(['start SetMapTitle']);
    release();
    await Promise.all([first, second]);
    expect(log).toEqual(['start SetMapTitle', 'end SetMapTitle', 'start MoveTouchpoint', 'end MoveTouchpoint']);
    expect(store.map!.title).toBe('Slow');
    expect(store.pending).toBe(0);
  });
});

describe('keyboard moves', () => {
  it('Alt+arrows move the selected card', async () => {
    const { store, edits, editor } = await loaded();
    store.selection.select('a2');
    await editor.moveSelected('within', -1);
    await editor.moveSelected('stage', 1);
    expect(edits).toEqual([
      { type: 'MoveTouchpoint', id: 'a2', toStage: 'a', index: 0 },
      { type: 'MoveTouchpoint', id: 'a2', toStage: 'b', index: 0 },
    ]);
    expect(layout(store.map!)).toEqual({ a: ['a1', 'a3'], b: ['a2', 'b1'], c: [] });
    expect(store.selection.selectedId).toBe('a2');
  });

  it('send nothing at the edges', async () => {
    const { store, api, editor } = await loaded();
    store.selection.select('a1');
    await editor.moveSelected('within', -1);
    await editor.moveSelected('stage', -1);
    expect(api.applyEdit).not.toHaveBeenCalled();
  });

  it('arrow keys move the selection', async () => {
    const { store } = await loaded();
    store.selection.selectNeighbour(store.map!, 'down');
    expect(store.selection.selectedId).toBe('a1');
    store.selection.selectNeighbour(store.map!, 'down');
    store.selection.selectNeighbour(store.map!, 'right');
    expect(store.selection.selectedId).toBe('b1');
  });
});

describe('deleting', () => {
  it('a stage with cards asks first, naming the number of cards', async () => {
    const { store, api, editor } = await loaded();
    const done = editor.deleteStage('a');
    await vi.waitFor(() => expect(confirmState.current).not.toBeNull());
    expect(visible(confirmState.current!.message)).toMatch(/3 touchpoints/);
    expect(visible(confirmState.current!.title)).toMatch(/“A”/);
    confirmState.answer(false);
    await done;
    expect(api.applyEdit).not.toHaveBeenCalled();

    const again = editor.deleteStage('a');
    await vi.waitFor(() => expect(confirmState.current).not.toBeNull());
    confirmState.answer(true);
    await again;
    expect(layout(store.map!)).toEqual({ b: ['b1'], c: [] });
  });

  it('an empty stage goes without asking', async () => {
    const { store, editor } = await loaded();
    await editor.deleteStage('c');
    expect(confirmState.current).toBeNull();
    expect(store.map!.stages.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('a selected card hands the selection to the next one', async () => {
    const { store, editor } = await loaded();
    store.selection.select('a2');
    await editor.deleteTouchpoint('a2');
    expect(layout(store.map!).a).toEqual(['a1', 'a3']);
    expect(store.selection.selectedId).toBe('a3');
    store.selection.select('a3');
    await editor.deleteTouchpoint('a3');
    expect(store.selection.selectedId).toBe('a1');
  });

  it('undo brings it back and selects it', async () => {
    const { store, editor } = await loaded();
    await editor.deleteTouchpoint('b1');
    expect(store.selection.selectedId).toBeNull();
    await store.undo();
    expect(layout(store.map!).b).toEqual(['b1']);
    expect(store.selection.selectedId).toBe('b1');
    expect(store.state.canRedo).toBe(true);
    await store.redo();
    expect(layout(store.map!).b).toEqual([]);
    expect(store.selection.selectedId).toBeNull();
  });
});

describe('files', () => {
  it('save updates the state; a cancelled save changes nothing', async () => {
    const { store, api, editor } = await loaded();
    await editor.setTitle('Changed');
    expect(store.state.dirty).toBe(true);
    api.save.mockResolvedValueOnce(null);
    await store.save();
    expect(store.state.dirty).toBe(true);
    await store.save();
    expect(store.state.dirty).toBe(false);
    await store.save(true);
    expect(store.state.fileName).toBe('copy.json');
  });

  it('opening the sample asks before discarding unsaved changes', async () => {
    const { store, api, editor } = await loaded();
    await editor.setTitle('Changed');
    const cancelled = store.open(true);
    await vi.waitFor(() => expect(confirmState.current).not.toBeNull());
    confirmState.answer(false);
    await cancelled;
    expect(api.openSample).not.toHaveBeenCalled();

    const opened = store.open(true);
    await vi.waitFor(() => expect(confirmState.current).not.toBeNull());
    confirmState.answer(true);
    await opened;
    expect(api.openSample).toHaveBeenCalled();
    expect(store.state.fileName).toBeNull();
  });

  it('open with unsaved changes does not ask: the core opens the file in another window', async () => {
    const { store, api, editor } = await loaded();
    await editor.setTitle('Changed');
    await store.open();
    expect(confirmState.current).toBeNull();
    expect(api.open).toHaveBeenCalled();
  });

  it('a change on disk asks, and each answer does what it says', async () => {
    const { store, api, editor } = await loaded();
    await editor.setTitle('Mine');
    store.diskChanged('journey.json');
    expect(store.diskConflict).toBe('journey.json');
    await store.keepMine();
    expect(api.keepMine).toHaveBeenCalled();
    expect(store.diskConflict).toBeNull();
    expect(store.map!.title).toBe('Mine');

    store.diskChanged('journey.json');
    await store.loadTheirs();
    expect(store.diskConflict).toBeNull();
    expect(layout(store.map!)).toEqual({ t: ['t1'] });
  });

  it('Ctrl+W asks the core to close the window', async () => {
    const { store, api } = await loaded();
    await store.closeWindow();
    expect(api.closeWindow).toHaveBeenCalled();
  });

  it('open from the error screen replaces it with the map', async () => {
    const core = WasmCore.reading('Broken.', 'broken.json');
    const { api } = fakeApi(core);
    const store = new DocumentStore(api);
    await store.load();
    await store.open(true);
    expect(confirmState.current).toBeNull();
    expect(store.ready).toBe(true);
    expect(store.loadError).toBeNull();
  });

  it('a cancelled Open dialog keeps the current map', async () => {
    const { store, api } = await loaded();
    api.open.mockResolvedValueOnce(null);
    const before = store.map;
    await store.open();
    expect(store.map).toBe(before);
  });
});

describe('focus', () => {
  /** Registers a handler for each target, as the components do; records who was asked to take the focus. */
  function watchFocus(store: DocumentStore, targets: FocusTarget[]): string[] {
    const log: string[] = [];
    for (const target of targets) {
      const name = target.kind === 'panel' ? 'panel' : target.kind === 'control' ? target.action : `${target.kind} ${target.id}`;
      store.selection.focus.register(target, (how) => log.push(how.revealOnly ? `reveal ${name}` : name));
    }
    return log;
  }
  const cards = (...ids: string[]): FocusTarget[] => ids.map((id) => ({ kind: 'card', id }));

  it('stays on a card moved with the keyboard, in its new place, without the store touching the DOM', async () => {
    const { store, editor } = await loaded();
    expect(typeof document).toBe('undefined');
    const log = watchFocus(store, cards('a1', 'a2', 'a3', 'b1'));
    store.selection.select('a2');
    await editor.moveSelected('within', -1);
    await editor.moveSelected('stage', 1);
    expect(layout(store.map!)).toEqual({ a: ['a1', 'a3'], b: ['a2', 'b1'], c: [] });
    expect(log).toEqual(['card a2', 'card a2']);
  });

  it('goes to the card that takes a deleted one’s place, and to the card an undo brings back', async () => {
    const { store, editor } = await loaded();
    const log = watchFocus(store, cards('a1', 'a2', 'a3', 'b1'));
    store.selection.select('a2');
    await editor.deleteTouchpoint('a2');
    expect(log).toEqual(['card a3']);
    await store.undo();
    expect(store.selection.selectedId).toBe('a2');
    expect(log).toEqual(['card a3', 'card a2']);
  });

  it('follows the arrow keys from card to card', async () => {
    const { store } = await loaded();
    const log = watchFocus(store, cards('a1', 'a2', 'b1'));
    store.selection.selectNeighbour(store.map!, 'down');
    store.selection.selectNeighbour(store.map!, 'right');
    await vi.waitFor(() => expect(log).toEqual(['card a1', 'card b1']));
  });

  it('stays on a stage header moved with the keyboard', async () => {
    const { store, editor } = await loaded();
    const log = watchFocus(store, [{ kind: 'stage', id: 'a' }, { kind: 'stage', id: 'b' }]);
    await editor.moveStage('a', 1);
    expect(store.map!.stages.map((s) => s.id)).toEqual(['b', 'a', 'c']);
    expect(log).toEqual(['stage a']);
  });

  it('goes back from a closed panel to the selected card or the toolbar button that opened it', async () => {
    const { store } = await loaded();
    const panels = new Panels(store.selection);
    const log = watchFocus(store, [...cards('a1'), { kind: 'panel' }, { kind: 'control', action: 'library' }]);
    store.selection.select('a1');
    await panels.show('touchpoint');
    expect(log).toEqual([]);
    await panels.show('touchpoint');
    expect(log).toEqual(['panel']);
    panels.close();
    await panels.show('library');
    panels.close();
    await vi.waitFor(() => expect(log).toEqual(['panel', 'card a1', 'library']));
    expect(panels.panel).toBeNull();
  });
});
