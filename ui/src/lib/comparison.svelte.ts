// File → Compare With…: this map (NEW, the live document) against another copy of it (OLD:
// a file picked in the dialog, or the map's saved file). The core computes the comparison
// and words every change; this holds it, says what the board marks (added, moved and changed
// cards, removed ones as ghosts where they were, stage and lane changes in their headers),
// and steps through the changes. NEW is the map being edited: after each edit the page asks
// the core for the comparison again (refresh), so marks and list always match the board.

import { t } from '../i18n';
import { api as realApi, CommandError, errorMessage, type Api } from './api';
import { announcer } from './announcer.svelte';
import type { Notices } from './notices.svelte';
import type { SelectionStore } from './selection.svelte';
import type { ComparedChange, Comparison, CompareWith, Lane, MapView, Place, Stage, Subject, Touchpoint } from './types';

/** How a card of the new map differs from the old copy. */
export interface CardMark {
  /** The mark the card shows: new, moved (from another cell or place) or changed. */
  kind: 'added' | 'moved' | 'changed';
  /** Where it was, when it moved. */
  from: Place | null;
  /** Whether it moved to another stage or lane (not only within its cell). */
  changedCell: boolean;
  /** Every change about the card, in the list's order. */
  changes: ComparedChange[];
}

/** A card the old copy has and this map does not, shown faintly where it was. */
export interface Ghost {
  touchpoint: Touchpoint;
  from: Place;
  change: ComparedChange;
}

/** How a stage or lane header differs from the old copy. */
export interface HeaderMark {
  added: boolean;
  /** Its old name, when renamed. */
  renamedFrom: string | null;
  moved: boolean;
  /** Other changes of its fields. */
  changed: boolean;
  changes: ComparedChange[];
}

export interface Marks {
  cards: Map<string, CardMark>;
  /** Removed cards by cell (see {@link cellKey}), in their old order. */
  ghosts: Map<string, Ghost[]>;
  stages: Map<string, HeaderMark>;
  lanes: Map<string, HeaderMark>;
  /** Stages and lanes the old copy has and this map does not, at their old positions. */
  removedStages: { stage: Stage; index: number; change: ComparedChange }[];
  removedLanes: { lane: Lane; index: number; change: ComparedChange }[];
}

/** The key of a cell: its stage, and its lane on a map with lanes. */
export function cellKey(stage: string, lane: string | null | undefined): string {
  return `${stage}\n${lane ?? ''}`;
}

function header(marks: Map<string, HeaderMark>, id: string): HeaderMark {
  let mark = marks.get(id);
  if (!mark) {
    mark = { added: false, renamedFrom: null, moved: false, changed: false, changes: [] };
    marks.set(id, mark);
  }
  return mark;
}

/** What the board marks for a comparison's changes. Pure, for the tests. */
export function marksOf(changes: readonly ComparedChange[]): Marks {
  const marks: Marks = { cards: new Map(), ghosts: new Map(), stages: new Map(), lanes: new Map(), removedStages: [], removedLanes: [] };
  const card = (id: string, c: ComparedChange): CardMark => {
    let mark = marks.cards.get(id);
    if (!mark) {
      mark = { kind: 'changed', from: null, changedCell: false, changes: [] };
      marks.cards.set(id, mark);
    }
    mark.changes.push(c);
    return mark;
  };
  for (const c of changes) {
    const ch = c.change;
    switch (ch.kind) {
      case 'touchpointAdded':
        card(ch.id, c).kind = 'added';
        break;
      case 'touchpointMoved': {
        const mark = card(ch.id, c);
        if (mark.kind !== 'added') mark.kind = 'moved';
        mark.from = ch.from;
        mark.changedCell = ch.from.stage !== ch.to.stage || (ch.from.lane ?? '') !== (ch.to.lane ?? '');
        break;
      }
      case 'touchpointRenamed':
      case 'touchpointSentimentChanged':
      case 'touchpointChanged':
        card(ch.id, c);
        break;
      case 'touchpointRemoved': {
        const key = cellKey(ch.from.stage, ch.from.lane);
        const list = marks.ghosts.get(key) ?? [];
        list.push({ touchpoint: ch.touchpoint, from: ch.from, change: c });
        marks.ghosts.set(key, list);
        break;
      }
      case 'stageAdded':
      case 'laneAdded': {
        const m = header(ch.kind === 'stageAdded' ? marks.stages : marks.lanes, ch.id);
        m.added = true;
        m.changes.push(c);
        break;
      }
      case 'stageRenamed':
      case 'laneRenamed': {
        const m = header(ch.kind === 'stageRenamed' ? marks.stages : marks.lanes, ch.id);
        m.renamedFrom = ch.from;
        m.changes.push(c);
        break;
      }
      case 'stageMoved':
      case 'laneMoved': {
        const m = header(ch.kind === 'stageMoved' ? marks.stages : marks.lanes, ch.id);
        m.moved = true;
        m.changes.push(c);
        break;
      }
      case 'stageChanged':
      case 'laneChanged': {
        const m = header(ch.kind === 'stageChanged' ? marks.stages : marks.lanes, ch.id);
        m.changed = true;
        m.changes.push(c);
        break;
      }
      case 'stageRemoved':
        marks.removedStages.push({ stage: ch.stage, index: ch.index, change: c });
        break;
      case 'laneRemoved':
        marks.removedLanes.push({ lane: ch.lane, index: ch.index, change: c });
        break;
      case 'mapChanged':
        break;
    }
  }
  for (const list of marks.ghosts.values()) list.sort((a, b) => a.from.index - b.from.index);
  return marks;
}

/** A column of the board while comparing: a stage of this map, or one the old copy had. */
export type Column = { stage: Stage; removed: false } | { stage: Stage; removed: true };
/** A row of the board's grid while comparing: a lane of this map, or one the old copy had. */
export type Row = { lane: Lane; removed: false } | { lane: Lane; removed: true };

/** `items` with the removed ones put back at their old positions (clamped to the end). */
function withRemoved<T, R>(items: readonly T[], removed: readonly { index: number; item: T }[], mark: (item: T, removed: boolean) => R): R[] {
  const out = items.map((item) => mark(item, false));
  for (const r of [...removed].sort((a, b) => a.index - b.index)) {
    out.splice(Math.min(r.index, out.length), 0, mark(r.item, true));
  }
  return out;
}

export class ComparisonController {
  /** The comparison on screen; null when the map is not being compared. */
  current = $state.raw<Comparison | null>(null);
  /** The change stepped to, an index into {@link changes}; -1 for none yet. */
  index = $state(-1);
  /** A comparison is being started (the dialog is open, or the file being read). */
  starting = $state(false);

  /** Every change, in the list's order. */
  changes = $derived<ComparedChange[]>(this.current?.sections.flatMap((s) => s.changes) ?? []);
  marks = $derived<Marks>(marksOf(this.changes));
  /** The change stepped to. */
  currentChange = $derived<ComparedChange | null>(this.changes[this.index] ?? null);

  /** Shows a change's subject on the board (App.svelte: scrolls to it, focuses it). */
  reveal: (subject: Subject) => void = () => {};

  #api: Api;
  #selection: SelectionStore;
  #notices: Notices;
  /** The map the comparison was last computed for, so that only a newer one asks again. */
  #computedFor: MapView | null = null;
  /** Counts the requests, so that only the newest answer is shown. */
  #asked = 0;

  constructor(api: Api = realApi, parts: { selection: SelectionStore; notices: Notices }) {
    this.#api = api;
    this.#selection = parts.selection;
    this.#notices = parts.notices;
  }

  get active(): boolean {
    return this.current !== null;
  }

  get count(): number {
    return this.current?.count ?? 0;
  }

  /** Compares the map with another copy (`file`) or its saved version; `map` is the map on screen. */
  async start(withCopy: CompareWith, map: MapView | null): Promise<void> {
    if (this.starting) return;
    this.starting = true;
    const asked = ++this.#asked;
    try {
      const comparison = await this.#api.startComparison(withCopy);
      if (asked !== this.#asked || !comparison) return;
      this.#show(comparison, map);
      this.index = -1;
      announcer.say(
        comparison.count === 0
          ? t('compare-announce-none', { name: comparison.oldName })
          : t('compare-announce-started', { count: comparison.count, name: comparison.oldName }),
      );
    } catch (err) {
      // A copy that cannot be read says why, as the loader says it (`check`'s message).
      this.#notices.toast(err instanceof CommandError ? err.message : errorMessage(err));
    } finally {
      this.starting = false;
    }
  }

  /**
   * The map changed (an edit, undo, redo, another map opened): asks for the comparison again.
   * `force`: also for the same map (the UI's language changed, and the core words the changes).
   */
  async refresh(map: MapView | null, force = false): Promise<void> {
    if (!this.current || (!force && map === this.#computedFor)) return;
    const asked = ++this.#asked;
    const stepped = this.currentChange;
    let comparison: Comparison | null;
    try {
      comparison = await this.#api.comparison();
    } catch (err) {
      this.#notices.toast(errorMessage(err));
      return;
    }
    if (asked !== this.#asked || !this.current) return;
    if (!comparison) {
      // Another map is in the window now: there is nothing to compare any more.
      this.#clear();
      return;
    }
    this.#show(comparison, map);
    // The step stays on the same change when it is still there.
    const again = stepped ? this.changes.findIndex((c) => sameChange(c, stepped)) : -1;
    this.index = again >= 0 ? again : Math.min(this.index, this.changes.length - 1);
  }

  /** Ends the comparison: the board shows the map alone again. */
  end(): void {
    if (!this.current) return;
    this.#clear();
    announcer.say(t('compare-announce-ended'));
    void this.#api.endComparison().catch(() => {});
  }

  /** Steps to the next (1) or previous (-1) change, round the list, and shows it on the board. */
  step(delta: 1 | -1): void {
    const n = this.changes.length;
    if (n === 0) return;
    this.go(this.index < 0 ? (delta === 1 ? 0 : n - 1) : (this.index + delta + n) % n);
  }

  /** Steps to change `index` of the list and shows it on the board. */
  go(index: number): void {
    const change = this.changes[index];
    if (!change) return;
    this.index = index;
    const subject = change.subject;
    if (subject.kind === 'card' && change.change.kind !== 'touchpointRemoved') this.#selection.select(subject.id);
    else this.#selection.select(null);
    this.reveal(subject);
    announcer.say(t('compare-announce-step', { index: index + 1, count: this.changes.length, change: change.sentence }));
  }

  /** The board's columns: the map's stages, with removed ones back where they were. */
  columns(stages: readonly Stage[]): Column[] {
    if (!this.current) return stages.map((stage) => ({ stage, removed: false }));
    const removed = this.marks.removedStages.map((r) => ({ index: r.index, item: r.stage }));
    return withRemoved(stages, removed, (stage, removed) => ({ stage, removed }) as Column);
  }

  /** The board's rows on a map with lanes: its lanes, with removed ones back where they were. */
  rows(lanes: readonly Lane[]): Row[] {
    if (!this.current) return lanes.map((lane) => ({ lane, removed: false }));
    const removed = this.marks.removedLanes.map((r) => ({ index: r.index, item: r.lane }));
    return withRemoved(lanes, removed, (lane, removed) => ({ lane, removed }) as Row);
  }

  /**
   * The removed cards to show in a cell. A removed card whose lane the board does not show
   * (the old copy had lanes this map lacks, or none) shows in the stage's first row.
   */
  ghostsIn(stage: string, lane: string | null, shownLanes: readonly string[]): Ghost[] {
    if (!this.current) return [];
    const here = this.marks.ghosts.get(cellKey(stage, lane)) ?? [];
    if (lane !== null && lane !== shownLanes[0]) return here;
    const strays: Ghost[] = [];
    for (const [key, list] of this.marks.ghosts) {
      const [s, l] = key.split('\n');
      if (s !== stage || l === (lane ?? '')) continue;
      if (lane === null || !shownLanes.includes(l)) strays.push(...list);
    }
    return strays.length ? [...here, ...strays] : here;
  }

  /** Whether the change stepped to is about this card, stage or lane. */
  isCurrent(kind: Subject['kind'], id: string): boolean {
    const s = this.currentChange?.subject;
    return !!s && s.kind === kind && 'id' in s && s.id === id;
  }

  #show(comparison: Comparison, map: MapView | null): void {
    this.current = comparison;
    this.#computedFor = map;
  }

  #clear(): void {
    this.#asked++;
    this.current = null;
    this.index = -1;
    this.#computedFor = null;
  }
}

/** The same change in two computations of a comparison: its kind and subject. */
function sameChange(a: ComparedChange, b: ComparedChange): boolean {
  const field = (c: ComparedChange) => ('field' in c.change ? c.change.field : '');
  return (
    a.change.kind === b.change.kind &&
    JSON.stringify(a.subject) === JSON.stringify(b.subject) &&
    field(a) === field(b)
  );
}
