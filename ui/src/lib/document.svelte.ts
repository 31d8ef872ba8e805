// The mirror of the core's document: the map and its file state as the core last sent them,
// and the commands that change them. Every command to the core goes through one queue, so
// patches are applied in the order the edits were made. What the user's actions send is
// built in edits.ts; who is selected, and where the focus goes, is the selection's.

import { getLocale, t } from '../i18n';
import { api as realApi, CommandError, errorMessage, type Api } from './api';
import { announcer } from './announcer.svelte';
import { confirmState } from './confirm.svelte';
import { applyPatch, checkMap } from './mirror';
import { Notices } from './notices.svelte';
import { SelectionStore, type FollowOptions } from './selection.svelte';
import type { DocState, DocumentView, Edit, MapView, Measures, Update } from './types';

export type Status = 'loading' | 'ready' | 'error';

const EMPTY_STATE: DocState = { fileName: null, dirty: false, canUndo: false, canRedo: false, conflicts: 0 };

export interface EditOptions extends FollowOptions {
  /** What a screen reader hears once the edit is on the map; null for nothing. */
  announce?: (map: MapView) => string | null;
  /**
   * Takes the core's refusal of the edit (a value out of scale, a bad date) instead of a
   * toast: for the form that shows it next to its field.
   */
  refused?: (message: string) => void;
}

export class DocumentStore {
  status = $state<Status>('loading');
  map = $state.raw<MapView | null>(null);
  state = $state.raw<DocState>(EMPTY_STATE);
  /** The core's summary of the map's metrics and criteria, sent with every change. */
  measures = $state.raw<Measures | null>(null);
  /** The message of the error screen (a file that could not be opened). */
  loadError = $state<string | null>(null);
  /** The file's name while the user decides about a change someone else made to it. */
  diskConflict = $state<string | null>(null);
  /** Commands sent and not yet answered. */
  pending = $state(0);

  readonly selection: SelectionStore;
  readonly notices: Notices;

  #api: Api;
  #queue: Promise<unknown> = Promise.resolve();
  #resyncing = false;
  #early: Promise<DocumentView> | null = null;

  constructor(api: Api = realApi, parts: { selection?: SelectionStore; notices?: Notices } = {}) {
    this.#api = api;
    this.selection = parts.selection ?? new SelectionStore();
    this.notices = parts.notices ?? new Notices();
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
      this.notices.toast(err.message);
      return;
    }
    // Not the core's refusal: a patch the mirror could not apply, or a bug. The core still
    // has the document, so take it again from there.
    console.error(err);
    this.notices.toast(t('error-resync'));
    if (this.#resyncing) return;
    this.#resyncing = true;
    void this.#run(() => this.#load()).finally(() => {
      this.#resyncing = false;
    });
  }

  /**
   * Runs a command that may change the map (a merge, a resolved conflict) in turn with the
   * edits; its update, if any, is applied to the mirror. Its result, or undefined on failure
   * (said in a toast).
   */
  change<T>(job: () => Promise<T>, updateOf: (result: T) => Update | null): Promise<T | undefined> {
    return this.#run(async () => {
      const result = await job();
      const update = updateOf(result);
      if (update) this.applyUpdate(update);
      return result;
    });
  }

  /** Resolves once every command sent so far has been answered (without joining the queue). */
  idle(): Promise<void> {
    return this.#queue.then(
      () => undefined,
      () => undefined,
    );
  }

  /** Shows a whole document (start-up, reload, open). */
  setDocument(view: DocumentView): void {
    this.state = view.state ?? EMPTY_STATE;
    const notes = Array.isArray(view.notes) ? view.notes.filter((n) => typeof n === 'string') : [];
    if (typeof view.recoveredAt === 'number') {
      const time = new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(view.recoveredAt),
      );
      notes.unshift(t('notes-recovered', { time }));
    }
    this.notices.notes = notes;
    this.measures = view.measures ?? null;
    if (view.map) {
      this.map = checkMap(view.map);
      this.loadError = null;
      this.status = 'ready';
      this.selection.reset(this.map);
      if (view.error) this.notices.toast(view.error);
    } else {
      this.map = null;
      this.selection.reset(null);
      this.loadError = view.error ?? t('error-no-document');
      this.status = 'error';
    }
  }

  /** Applies the core's answer to an edit, undo or redo; the selection follows its `focus`. */
  applyUpdate(update: Update, opts: FollowOptions = {}): void {
    if (!this.map) throw new Error('an update arrived without a document');
    this.map = applyPatch(this.map, update.patch);
    this.state = update.state;
    if (update.measures) this.measures = update.measures;
    this.selection.follow(this.map, update.focus, opts);
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

  /** Sends one edit; its patch is applied when the core answers. */
  edit(edit: Edit, opts: EditOptions = {}) {
    return this.#run(async () => {
      let update: Update;
      try {
        update = await this.#api.applyEdit(edit);
      } catch (err) {
        if (opts.refused && err instanceof CommandError) {
          opts.refused(err.message);
          return;
        }
        throw err;
      }
      this.applyUpdate(update, opts);
      const text = opts.announce && this.map ? opts.announce(this.map) : null;
      if (text) announcer.say(text);
    });
  }

  undo() {
    return this.#run(async () => {
      const update = await this.#api.undo();
      this.applyUpdate(update);
      if (update.patch.length) announcer.say(t('announce-undone'));
    });
  }

  redo() {
    return this.#run(async () => {
      const update = await this.#api.redo();
      this.applyUpdate(update);
      if (update.patch.length) announcer.say(t('announce-redone'));
    });
  }

  save(as = false) {
    return this.#run(async () => {
      const state = as ? await this.#api.saveAs() : await this.#api.save();
      if (state) {
        this.state = state;
        announcer.say(t('announce-saved', { file: state.fileName ?? '' }));
      }
    });
  }

  async open(sample = false) {
    // Open puts another map in a window of its own when this one has changes; only the
    // sample replaces this map in place.
    if (sample && this.ready && this.state.dirty) {
      const ok = await confirmState.ask({
        title: t('confirm-discard-title'),
        message: t('confirm-discard-message'),
        confirmLabel: t('confirm-discard-confirm'),
        cancelLabel: t('common-cancel'),
        danger: true,
      });
      if (!ok) return;
    }
    return this.#run(async () => {
      const view = sample ? await this.#api.openSample() : await this.#api.open();
      if (view) {
        this.selection.selectedId = null;
        this.setDocument(view);
      }
    });
  }

  closeWindow() {
    return this.#run(() => this.#api.closeWindow());
  }

  // ------------------------------------------------------------------ the file changed on disk

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
      this.selection.selectedId = null;
      this.setDocument(await this.#api.loadTheirs());
    });
  }

  saveMineAsCopy() {
    this.diskConflict = null;
    return this.save(true);
  }
}
