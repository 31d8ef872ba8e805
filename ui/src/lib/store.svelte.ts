// The app's state: the mirror of the core's document, the selection, what is being edited,
// and the messages shown to the user. Every command to the core goes through one queue, so
// patches are applied in the order the edits were made.

import { tick } from 'svelte';
import { getLocale, t } from '../i18n';
import { api as realApi, CommandError, errorMessage, type Api } from './api';
import { announcer } from './announcer.svelte';
import { confirmState } from './confirm.svelte';
import { applyPatch, cardsOf, cardsOfCell, checkMap, findStage, findTouchpoint, laneOf, lanesOf } from './mirror';
import {
  cellPositionOf,
  heirLane,
  moveAcrossStages,
  moveLaneBy,
  moveStageBy,
  moveWithinStage,
  neighbourCard,
  stageIndexForCell,
} from './moves';
import type { Direction } from './keys';
import type { DocState, DocumentView, Edit, LibraryItem, MapField, MapView, Sentiment, TouchpointField, Update } from './types';
import { sameValue } from './details';
import { addItemEdit } from './library';

export type Status = 'loading' | 'ready' | 'error';

export type Editing = { kind: 'card' | 'stage' | 'lane'; id: string } | { kind: 'title' } | null;

/** The panel docked beside the board: the selected touchpoint's details, the map's, or the touchpoint library. */
export type Panel = 'touchpoint' | 'map' | 'library' | null;

/** The toolbar button that opens each panel, which gets the focus back when it closes. */
const PANEL_BUTTONS: Partial<Record<Exclude<Panel, null>, string>> = { map: 'map-details', library: 'library' };

export interface Toast {
  id: number;
  message: string;
  /** `error` stays until dismissed; `info` (a success) goes by itself after a while. */
  kind: 'error' | 'info';
}

/** How long an info toast stays. */
const INFO_TOAST_MS = 6000;

const EMPTY_STATE: DocState = { fileName: null, dirty: false, canUndo: false, canRedo: false };

function hasLane(map: MapView, id: string): boolean {
  return lanesOf(map).some((l) => l.id === id);
}

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
  panel = $state<Panel>(null);
  toasts = $state<Toast[]>([]);
  /** Commands sent and not yet answered. */
  pending = $state(0);

  #api: Api;
  #queue: Promise<unknown> = Promise.resolve();
  #toastSeq = 0;
  #resyncing = false;
  #early: Promise<DocumentView> | null = null;

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

  /**
   * Applies the core's answer to an edit, undo or redo. `rename`: the created entity is
   * renamed at once; `keepFocus`: a created card is selected and shown, but the focus stays
   * where it is (in the library panel).
   */
  applyUpdate(update: Update, opts: { rename?: boolean; keepFocus?: boolean } = {}): void {
    if (!this.map) throw new Error('an update arrived without a document');
    this.map = applyPatch(this.map, update.patch);
    this.state = update.state;
    const map = this.map;
    if (this.selectedId && !findTouchpoint(map, this.selectedId)) this.selectedId = null;
    if (this.editing && this.editing.kind !== 'title') {
      const gone =
        this.editing.kind === 'card'
          ? !findTouchpoint(map, this.editing.id)
          : this.editing.kind === 'lane'
            ? !hasLane(map, this.editing.id)
            : !findStage(map, this.editing.id);
      if (gone) this.editing = null;
    }
    const focus = update.focus;
    if (focus) {
      if (findTouchpoint(map, focus)) {
        this.selectedId = focus;
        if (opts.rename) this.editing = { kind: 'card', id: focus };
        else if (opts.keepFocus) void this.revealCard(focus);
        else void this.focusCard(focus);
      } else if (hasLane(map, focus)) {
        if (opts.rename) this.editing = { kind: 'lane', id: focus };
        else void this.focusLane(focus);
      } else if (findStage(map, focus)) {
        if (opts.rename) this.editing = { kind: 'stage', id: focus };
      }
    }
  }

  async #load(): Promise<void> {
    const early = this.#early;
    this.#early = null;
    this.setDocument(await (early ?? this.#api.loadDocument()));
  }

  /**
   * Asks the core for the document now, for the first load() to use: at start-up the
   * answer then arrives while the page is still setting up, instead of after it.
   */
  prefetch(): void {
    this.#early = this.#api.loadDocument();
    // Its failure is load()'s to report; until then it is not an unhandled rejection.
    this.#early.catch(() => {});
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

  edit(edit: Edit, opts: { rename?: boolean; keepFocus?: boolean; announce?: (map: MapView) => string | null } = {}) {
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

  /** Adds a card at the end of a stage; on a map with lanes, at the end of that lane's cell. */
  addTouchpoint(stageId: string, laneId: string | null = null) {
    if (!this.map) return;
    const lane = laneId !== null && hasLane(this.map, laneId) ? laneId : null;
    const edit: Edit = {
      type: 'AddTouchpoint',
      stage: stageId,
      index:
        lane === null
          ? cardsOf(this.map, stageId).length
          : stageIndexForCell(this.map, stageId, lane, cardsOfCell(this.map, stageId, lane).length),
      title: t('card.newTitle'),
      sentiment: 'neutral',
    };
    if (lane !== null) edit.lane = lane;
    return this.edit(edit, { rename: true });
  }

  /**
   * Adds a touchpoint of the library, with its channel, as a neutral card: at position
   * `index` of a cell (its stage, and its lane on a map with lanes), or at the end of the
   * cell when `index` is null. The new card is selected; with `keepFocus` the focus stays
   * where it is (the panel), else it goes to the card.
   */
  addFromLibrary(item: LibraryItem, stageId: string, laneId: string | null, index: number | null, opts: { keepFocus?: boolean } = {}) {
    if (!this.map || !findStage(this.map, stageId)) return;
    return this.edit(addItemEdit(this.map, item, stageId, laneId, index), {
      keepFocus: opts.keepFocus,
      announce: (map) => {
        const stage = findStage(map, stageId);
        return stage ? t('announce.added', { title: item.title, stage: stage.name || t('stage.untitled') }) : null;
      },
    });
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

  /**
   * Moves a card (drag and drop, or keyboard); `index` is among the target stage's other
   * cards (in every lane; see moves.moveToCell), `lane` the lane it goes to.
   */
  moveTouchpoint(id: string, toStage: string, index: number, lane?: string | null) {
    const edit: Edit = { type: 'MoveTouchpoint', id, toStage, index };
    if (lane) edit.lane = lane;
    return this.edit(edit, { announce: (map) => this.#movedText(map, id) });
  }

  #movedText(map: MapView, id: string): string | null {
    const tp = findTouchpoint(map, id);
    const pos = cellPositionOf(map, id);
    const stage = pos && findStage(map, pos.stage);
    if (!tp || !pos || !stage) return null;
    const params = {
      title: tp.title,
      stage: stage.name || t('stage.untitled'),
      position: pos.index + 1,
      count: cardsOfCell(map, pos.stage, pos.lane).length,
    };
    const lane = pos.lane === null ? undefined : lanesOf(map).find((l) => l.id === pos.lane);
    if (!lane) return t('announce.moved', params);
    return t('announce.movedLane', { ...params, lane: lane.name || t('lane.untitled') });
  }

  deleteTouchpoint(id: string) {
    if (!this.map) return;
    const tp = findTouchpoint(this.map, id);
    if (!tp) return;
    // Keep the keyboard user in place: select the card that takes its place.
    const pos = cellPositionOf(this.map, id)!;
    const siblings = cardsOfCell(this.map, pos.stage, pos.lane).filter((c) => c.id !== id);
    const next = siblings[Math.min(pos.index, siblings.length - 1)]?.id ?? null;
    const wasSelected = this.selectedId === id;
    return this.edit(
      { type: 'DeleteTouchpoint', id },
      { announce: () => t('announce.deleted', { title: tp.title }) },
    ).then(() => {
      if (wasSelected && next && this.map && findTouchpoint(this.map, next)) this.select(next, true);
    });
  }

  // ------------------------------------------------------------------ details (the side panels)

  /** Sets one detail of a touchpoint: one undo step; nothing is sent when it is unchanged. */
  setTouchpointField(id: string, field: TouchpointField) {
    const tp = this.map && findTouchpoint(this.map, id);
    if (!tp || sameValue(tp[field.field], field.value)) return;
    return this.edit({ type: 'SetTouchpointField', id, field });
  }

  /** Sets one detail of the map: one undo step; nothing is sent when it is unchanged. */
  setMapField(field: MapField) {
    if (!this.map || sameValue(this.map[field.field], field.value)) return;
    return this.edit({ type: 'SetMapField', field });
  }

  /**
   * Opens a side panel. A panel that opens takes the focus and keeps the selected card in
   * sight itself (SidePanel); one already open gets the focus back here (to its first field,
   * when it says so).
   */
  async showPanel(panel: Exclude<Panel, null>): Promise<void> {
    const open = this.panel === panel;
    this.panel = panel;
    if (!open || typeof document === 'undefined') return;
    await tick();
    const el = document.querySelector<HTMLElement>('[data-side-panel]');
    (el?.querySelector<HTMLElement>('[data-autofocus]') ?? el)?.focus();
  }

  /** Closes the side panel; the focus goes back to the selected card or the toolbar button. */
  closePanel(): void {
    const was = this.panel;
    this.panel = null;
    const button = was && PANEL_BUTTONS[was];
    if (was === 'touchpoint' && this.selectedId) void this.focusCard(this.selectedId);
    else if (button && typeof document !== 'undefined') {
      void tick().then(() => document.querySelector<HTMLElement>(`[data-action="${button}"]`)?.focus());
    }
  }

  // ------------------------------------------------------------------ lanes

  /** Splits a map without lanes into rows: a first lane that takes in every card. */
  startLanes() {
    if (!this.map || lanesOf(this.map).length > 0) return;
    const name = t('lane.suggest.touchpoints');
    return this.edit({ type: 'AddLane', index: 0, name }, { announce: () => t('announce.lanesStarted', { lane: name }) });
  }

  /** Adds a lane below the others: with a name (a suggestion), or a new one named at once. */
  addLane(name?: string) {
    if (!this.map) return;
    const index = lanesOf(this.map).length;
    return this.edit(
      { type: 'AddLane', index, name: name ?? t('lane.newName') },
      { rename: name === undefined, announce: () => (name ? t('announce.laneAdded', { lane: name }) : null) },
    );
  }

  renameLane(id: string, name: string) {
    const lane = this.map && lanesOf(this.map).find((l) => l.id === id);
    if (!lane || lane.name === name) return;
    return this.edit({ type: 'RenameLane', id, name });
  }

  moveLane(id: string, delta: -1 | 1) {
    if (!this.map) return;
    const edit = moveLaneBy(this.map, id, delta);
    if (!edit) return;
    return this.edit(edit, {
      announce: (map) => {
        const lanes = lanesOf(map);
        const index = lanes.findIndex((l) => l.id === id);
        if (index < 0) return null;
        const lane = lanes[index].name || t('lane.untitled');
        return t('announce.laneMoved', { lane, position: index + 1, count: lanes.length });
      },
    }).then(() => this.focusLane(id));
  }

  /** Deletes a lane; its cards go to the next lane (else the previous), which a question says first. */
  async deleteLane(id: string) {
    const map = this.map;
    const lane = map && lanesOf(map).find((l) => l.id === id);
    if (!map || !lane) return;
    const name = lane.name || t('lane.untitled');
    const count = map.touchpoints.reduce((n, tp) => (laneOf(map, tp) === id ? n + 1 : n), 0);
    if (count > 0) {
      const heir = heirLane(map, id);
      const heirName = heir && (lanesOf(map).find((l) => l.id === heir)?.name || t('lane.untitled'));
      const ok = await confirmState.ask({
        title: t('confirm.deleteLane.title', { lane: name }),
        message: heirName
          ? t('confirm.deleteLane.message', { count, lane: heirName })
          : t('confirm.deleteLane.lastMessage', { count }),
        confirmLabel: t('confirm.deleteLane.confirm'),
        cancelLabel: t('common.cancel'),
        danger: true,
      });
      if (!ok) return;
    }
    return this.edit({ type: 'DeleteLane', id }, { announce: () => t('announce.laneDeleted', { lane: name }) });
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
    return this.moveTouchpoint(edit.id, edit.toStage, edit.index, edit.lane).then(() => this.focusCard(id));
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

  /** Scrolls a card into view without moving the focus. */
  async revealCard(id: string): Promise<void> {
    await tick();
    if (typeof document === 'undefined') return;
    document.querySelector<HTMLElement>(`[data-touchpoint-id="${cssId(id)}"]`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }

  /** Focuses a lane header; with `onlyIfLost`, only when nothing else has the focus. */
  async focusLane(id: string, onlyIfLost = false): Promise<void> {
    await tick();
    if (typeof document === 'undefined') return;
    if (onlyIfLost && document.activeElement && document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>(`[data-lane-header][data-lane-id="${cssId(id)}"]`)?.focus();
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
