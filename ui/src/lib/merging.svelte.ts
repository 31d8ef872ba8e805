// File → Merge… and the conflicts it leaves: the page's side of the two steps (the core
// picks the other copy and looks for the common version in git; the page asks which base
// to use when none was found), and the list of recorded conflicts, which the core says in
// words and resolves. A map that opens with recorded conflicts (from `journey-mapper
// merge`, from git, or a file with conflict markers) shows the same list.

import { getLocale, t } from '../i18n';
import { api as realApi, type Api } from './api';
import { announcer } from './announcer.svelte';
import type { DocumentStore } from './document.svelte';
import type { BaseChoice, ConflictView, MergeStart, Take } from './types';

export class MergeController {
  /** The copy picked, while the user chooses a base for it (no common version was found). */
  asking = $state<MergeStart | null>(null);
  /** The recorded conflicts, as last asked. */
  conflicts = $state.raw<ConflictView[]>([]);
  /** The cards a recorded conflict is about, marked on the board. */
  readonly cardsInConflict = $derived(new Set(this.conflicts.filter((c) => c.entity === 'touchpoint').map((c) => c.id)));
  /** The conflict list was asked for since the map last changed. */
  #askedAt: { map: unknown; language: string } | null = null;

  #doc: DocumentStore;
  #api: Api;

  constructor(doc: DocumentStore, api: Api = realApi) {
    this.#doc = doc;
    this.#api = api;
  }

  /** Merge…: asks the core for the other copy; merges at once when git knows the base. */
  async start(): Promise<void> {
    const started = await this.#doc.change(() => this.#api.mergeBegin(), () => null);
    if (!started) return;
    if (started.base) await this.finish('found', started);
    else this.asking = started;
  }

  /** Merges the copy picked from `base`; says what it did. */
  async finish(base: BaseChoice, started: MergeStart | null = this.asking): Promise<void> {
    this.asking = null;
    const done = await this.#doc.change(
      () => this.#api.mergeFinish(base),
      (d) => d?.update ?? null,
    );
    if (!done) return;
    const other = started?.other ?? '';
    const message =
      done.taken === 0 && done.conflicts === 0
        ? t('merge-nothing-new', { other })
        : t('merge-done', { other, taken: done.taken, conflicts: done.conflicts });
    this.#doc.notices.toast(message, 'info');
    announcer.say(message);
    await this.refresh();
  }

  /** Closes the question about the base: no merge. */
  cancel(): void {
    this.asking = null;
  }

  /** Asks the core for the recorded conflicts again, once per change of the map or the language. */
  async refresh(): Promise<void> {
    const map = this.#doc.map;
    const language = getLocale();
    const asked = { map, language };
    if (map !== null && this.#askedAt?.map === map && this.#askedAt.language === language) return;
    this.#askedAt = asked;
    if (!map || this.#doc.state.conflicts === 0) {
      this.conflicts = [];
      return;
    }
    try {
      this.conflicts = await this.#api.mergeConflicts(language);
    } catch (err) {
      this.#askedAt = null;
      this.#doc.notices.toast(err instanceof Error ? err.message : String(err));
    }
  }

  /** Keeps this copy's value of conflict `index`, or takes the other copy's. */
  async resolve(index: number, take: Take): Promise<void> {
    const update = await this.#doc.change(
      () => this.#api.resolveConflict(index, take),
      (u) => u,
    );
    if (!update) return;
    await this.refresh();
    announcer.say(
      update.state.conflicts === 0 ? t('conflicts-all-resolved') : t('conflicts-left', { count: update.state.conflicts }),
    );
  }
}
