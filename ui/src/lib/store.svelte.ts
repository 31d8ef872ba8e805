// The app's state: the mirror of the core's document, the selection, what is being edited,
// and the messages shown to the user. Every command to the core goes through one queue, so
// patches are applied in the order the edits were made.

import { tick } from 'svelte';
import { getLocale, t } from '../i18n';
import { api as realApi, CommandError, errorMessage, type Api } from './api';
import { announcer } from './announcer.svelte';
import { confirmState } from './confirm.svelte';
import { applyPatch, cardsOf, checkMap, findStage, findTouchpoint, positionOf } from './mirror';
import { moveAcrossStages, moveStageBy, moveWithinStage, neighbourCard } from './moves';
import type { Direction } from './keys';
import type { DocState, DocumentView, Edit, MapView, Sentiment, Update } from './types';

export type Status = 'loading' | 'ready' | 'error';

export type Editing = { kind: 'card' | 'stage'; id: string } | { kind: 'title' } | null;

export interface Toast {
  id: number;
  message: string;
  /** `error` stays until dismissed; `info` (a success) goes by itself after a while. */
  kind: 'error' | 'info';
}

/** How long an info toast stays. */
const INFO_TOAST_MS = 6000;

const EMPTY_STATE: DocState = { fileName: null, dirty: false, canUndo: false, canRedo: false };

function cssId(id: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
}

export class DocumentStore {
  status = $state<Status>('loading');
  map = $state.raw<MapView | null>(null);
  state = $state.raw<DocState>(EMPTY_STATE);
  /** The message of the error screen (a file that could not be opened). */
  loadError = $state<string | null>(null);
  /** Notes about the opened file (repairs made, a newer format), until dismissed. */
  notes = $state.raw<string[]>([]);
  /** The file's name while the user decides about a change someone else made to it. */
  diskConflict = $state<string | null>(null);
  selectedId = $state<string | null>(null);
  editing = $state<Editing>(null);
  toasts = $state<Toast[]>([]);
  /** Commands sent and not yet answered. */
  pending = $state(0);

  #api: Api;
  #queue: Promise<unknown> = Promise.resolve();
  #toastSeq = 0;
  #resyncing = false;

  constructor(api: Api = realApi) {
    this.#api = api;
  }

  get ready(): boolean {
    return this.status === 'ready' && this.map !== null;
  }

  // ------------------------------------------------------------------ plumbing

  /** Runs `job` after every command sent before it; a failure becomes a toast. */
  #run<T>(job: () => Promise<T>): Promise<T | undefined> {
    this.pending += 1;
    const result = this.#queue.then(job).then(
      (value) => value,
      (err: unknown) => {
        this.#fail(err);
        return undefined;
      },
    );
    this.#queue = result.finally(() => {
      this.pending -= 1;
    });
    return result;
  }

  #fail(err: unknown): void {
    if (err instanceof CommandError) {
      this.toast(err.message);
      return;
    }
    // Not the core's refusal: a patch the mirror could not apply, or a bug. The core still
    // has the document, so take it again from there.
    console.error(err);
    this.toast(t('error.resync'));
    if (this.#resyncing) return;
    this.#resyncing = true;
    void this.#run(() => this.#load()).finally(() => {
      this.#resyncing = false;
    });
  }

  toast(message: string, kind: Toast['kind'] = 'error'): void {
    if (this.toasts.some((x) => x.message === message)) return;
    const id = ++this.#toastSeq;
    this.toasts = [...this.toasts, { id, message, kind }];
    if (kind === 'info') setTimeout(() => this.dismissToast(id), INFO_TOAST_MS);
  }

  /** Resolves once every command sent so far has been answered (without joining the queue). */
  idle(): Promise<void> {
    return this.#queue.then(
      () => undefined,
      () => undefined,
    );
  }

  dismissToast(id: number): void {
    this.toasts = this.toasts.filter((x) => x.id !== id);
  }

  /** Shows a whole document (start-up, reload, open). */
  setDocument(view: DocumentView): void {
    this.state = view.state ?? EMPTY_STATE;
    const notes = Array.isArray(view.notes) ? view.notes.filter((n) => typeof n === 'string') : [];
    if (typeof view.recoveredAt === 'number') {
      const time = new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(view.recoveredAt),
      );
      notes.unshift(t('notes.recovered', { time }));
    }
    this.notes = notes;
    this.editing = null;
    if (view.map) {
      this.map = checkMap(view.map);
      this.loadError = null;
      this.status = 'ready';
      if (this.selectedId && !findTouchpoint(this.map, this.selectedId)) this.selectedId = null;
      if (view.error) this.toast(view.error);
    } else {
      this.map = null;
      this.selectedId = null;
      this.loadError = view.error ?? t('error.noDocument');
      this.status = 'error';
    }
  }

  /** The open file changed on disk while this map has unsaved changes. */
  diskChanged(fileName: string): void {
    this.diskConflict = fileName;
  }

  keepMine() {
    this.diskConflict = null;
    return this.#run(async () => {
      this.state = await this.#api.keepMine();
    });
  }

  loadTheirs() {
    this.diskConflict = null;
    return this.#run(async () => {
      this.selectedId = null;
      this.setDocument(await this.#api.loadTheirs());
    });
  }

  saveMineAsCopy() {
    this.diskConflict = null;
    return this.save(true);
  }

  closeWindow() {
    return this.#run(() => this.#api.closeWindow());
  }

  dismissNotes(): void {
    this.notes = [];
  }

  /** Applies the core's answer to an edit, undo or redo. */
  applyUpdate(update: Update, opts: { rename?: boolean } = {}): void {
    if (!this.map) throw new Error('an update arrived without a document');
    this.map = applyPatch(this.map, update.patch);
    this.state = update.state;
    const map = this.map;
    if (this.selectedId && !findTouchpoint(map, this.selectedId)) this.selectedId = null;
    if (this.editing && this.editing.kind !== 'title') {
      const gone =
        this.editing.kind === 'card' ? !findTouchpoint(map, this.editing.id) : !findStage(map, this.editing.id);
      if (gone) this.editing = null;
    }
    const focus = update.focus;
    if (focus) {
      if (findTouchpoint(map, focus)) {
        this.selectedId = focus;
        if (opts.rename) this.editing = { kind: 'card', id: focus };
        else void this.focusCard(focus);
      } else if (findStage(map, focus)) {
        if (opts.rename) this.editing = { kind: 'stage', id: focus };
      }
    }
  }

  async #load(): Promise<void> {
    this.setDocument(await this.#api.loadDocument());
  }

  // ------------------------------------------------------------------ commands

  /** Start-up, and after a web view reload: the core still has the document. */
  async load(): Promise<void> {
    this.status = 'loading';
    await this.#run(async () => {
      try {
        await this.#load();
      } catch (err) {
        this.map = null;
        this.loadError = errorMessage(err);
        this.status = 'error';
      }
    });
  }

  edit(edit: Edit, opts: { rename?: boolean; announce?: (map: MapView) => string | null } = {}) {
    return this.#run(async () => {
      const update = await this.#api.applyEdit(edit);
      this.applyUpdate(update, opts);
      const text = opts.announce && this.map ? opts.announce(this.map) : null;
      if (text) announcer.say(text);
    });
  }

  undo() {
    return this.#run(async () => {
      const update = await this.#api.undo();
      this.applyUpdate(update);
      if (update.patch.length) announcer.say(t('announce.undone'));
    });
  }

  redo() {
    return this.#run(async () => {
      const update = await this.#api.redo();
      this.applyUpdate(update);
      if (update.patch.length) announcer.say(t('announce.redone'));
    });
  }

  save(as = false) {
    return this.#run(async () => {
      const state = as ? await this.#api.saveAs() : await this.#api.save();
      if (state) {
        this.state = state;
        announcer.say(t('announce.saved', { file: state.fileName ?? '' }));
      }
    });
  }

  async open(sample = false) {
    // Open puts another map in a window of its own when this one has changes; only the
    // sample replaces this map in place.
    if (sample && this.ready && this.state.dirty) {
      const ok = await confirmState.ask({
        title: t('confirm.discard.title'),
        message: t('confirm.discard.message'),
        confirmLabel: t('confirm.discard.confirm'),
        cancelLabel: t('common.cancel'),
        danger: true,
      });
      if (!ok) return;
    }
    return this.#run(async () => {
      const view = sample ? await this.#api.openSample() : await this.#api.open();
      if (view) {
        this.selectedId = null;
        this.setDocument(view);
      }
    });
  }

  // ------------------------------------------------------------------ edits, by the user

  setTitle(title: string) {
    if (!this.map || title === this.map.title) return;
    return this.edit({ type: 'SetMapTitle', title });
  }

  addStage() {
    if (!this.map) return;
    return this.edit(
      { type: 'AddStage', index: this.map.stages.length, name: t('stage.newName') },
      { rename: true },
    );
  }

  renameStage(id: string, name: string) {
    const stage = this.map && findStage(this.map, id);
    if (!stage || stage.name === name) return;
    return this.edit({ type: 'RenameStage', id, name });
  }

  moveStage(id: string, delta: -1 | 1) {
    if (!this.map) return;
    const edit = moveStageBy(this.map, id, delta);
    if (!edit) return;
    return this.edit(edit, {
      announce: (map) => {
        const s = findStage(map, id);
        const index = map.stages.findIndex((x) => x.id === id);
        return s ? t('announce.stageMoved', { stage: s.name, position: index + 1, count: map.stages.length }) : null;
      },
    }).then(() => this.focusStage(id));
  }

  async deleteStage(id: string) {
    const stage = this.map && findStage(this.map, id);
    if (!stage || !this.map) return;
    const count = cardsOf(this.map, id).length;
    if (count > 0) {
      const ok = await confirmState.ask({
        title: t('confirm.deleteStage.title', { stage: stage.name || t('stage.untitled') }),
        message: t('confirm.deleteStage.message', { count }),
        confirmLabel: t('confirm.deleteStage.confirm'),
        cancelLabel: t('common.cancel'),
        danger: true,
      });
      if (!ok) return;
    }
    return this.edit(
      { type: 'DeleteStage', id },
      { announce: () => t('announce.stageDeleted', { stage: stage.name || t('stage.untitled') }) },
    );
  }

  addTouchpoint(stageId: string) {
    if (!this.map) return;
    return this.edit(
      {
        type: 'AddTouchpoint',
        stage: stageId,
        index: cardsOf(this.map, stageId).length,
        title: t('card.newTitle'),
        sentiment: 'neutral',
      },
      { rename: true },
    );
  }

  renameTouchpoint(id: string, title: string) {
    const tp = this.map && findTouchpoint(this.map, id);
    if (!tp || tp.title === title) return;
    return this.edit({ type: 'RenameTouchpoint', id, title });
  }

  setSentiment(id: string, sentiment: Sentiment) {
    const tp = this.map && findTouchpoint(this.map, id);
    if (!tp || tp.sentiment === sentiment) return;
    return this.edit(
      { type: 'SetSentiment', id, sentiment },
      { announce: () => t('announce.sentiment', { title: tp.title, sentiment: t(`sentiment.${sentiment}`) }) },
    );
  }

  /** Moves a card (drag and drop, or keyboard); `index` is among the target stage's other cards. */
  moveTouchpoint(id: string, toStage: string, index: number) {
    return this.edit({ type: 'MoveTouchpoint', id, toStage, index }, { announce: (map) => this.#movedText(map, id) });
  }

  #movedText(map: MapView, id: string): string | null {
    const tp = findTouchpoint(map, id);
    const pos = positionOf(map, id);
    const stage = pos && findStage(map, pos.stage);
    if (!tp || !pos || !stage) return null;
    return t('announce.moved', {
      title: tp.title,
      stage: stage.name || t('stage.untitled'),
      position: pos.index + 1,
      count: cardsOf(map, pos.stage).length,
    });
  }

  deleteTouchpoint(id: string) {
    if (!this.map) return;
    const tp = findTouchpoint(this.map, id);
    if (!tp) return;
    // Keep the keyboard user in place: select the card that takes its place.
    const pos = positionOf(this.map, id)!;
    const siblings = cardsOf(this.map, pos.stage).filter((c) => c.id !== id);
    const next = siblings[Math.min(pos.index, siblings.length - 1)]?.id ?? null;
    const wasSelected = this.selectedId === id;
    return this.edit(
      { type: 'DeleteTouchpoint', id },
      { announce: () => t('announce.deleted', { title: tp.title }) },
    ).then(() => {
      if (wasSelected && next && this.map && findTouchpoint(this.map, next)) this.select(next, true);
    });
  }

  // ------------------------------------------------------------------ selection & keyboard

  select(id: string | null, focus = false): void {
    if (this.selectedId !== id && this.editing?.kind === 'card') this.editing = null;
    this.selectedId = id;
    if (id && focus) void this.focusCard(id);
  }

  selectNeighbour(dir: Direction): void {
    if (!this.map) return;
    const id = neighbourCard(this.map, this.selectedId, dir);
    if (id) this.select(id, true);
  }

  moveSelected(axis: 'stage' | 'within', delta: -1 | 1) {
    const id = this.selectedId;
    if (!this.map || !id) return;
    const edit = axis === 'stage' ? moveAcrossStages(this.map, id, delta) : moveWithinStage(this.map, id, delta);
    if (!edit || edit.type !== 'MoveTouchpoint') return;
    return this.moveTouchpoint(edit.id, edit.toStage, edit.index).then(() => this.focusCard(id));
  }

  /** Focuses a card; with `onlyIfLost`, only when nothing else has the focus. */
  async focusCard(id: string, onlyIfLost = false): Promise<void> {
    await tick();
    if (typeof document === 'undefined') return;
    if (onlyIfLost && document.activeElement && document.activeElement !== document.body) return;
    const el = document.querySelector<HTMLElement>(`[data-touchpoint-id="${cssId(id)}"]`);
    if (el && document.activeElement !== el) el.focus({ preventScroll: false });
    el?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  /** Focuses a stage header; with `onlyIfLost`, only when nothing else has the focus. */
  async focusStage(id: string, onlyIfLost = false): Promise<void> {
    await tick();
    if (typeof document === 'undefined') return;
    if (onlyIfLost && document.activeElement && document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>(`[data-stage-id="${cssId(id)}"] [data-stage-header]`)?.focus();
  }
}

export const doc = new DocumentStore();
