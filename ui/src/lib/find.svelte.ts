// Find (Ctrl+F) in this window: the query, the cards it matches and the one stepped to.
// Stepping to a match selects it, so the board renders it even where it was windowed out,
// and scrolls it into view (the selected card is always in the DOM: viewport.ts).

import { findCards, stepMatch } from './find';
import type { SelectionStore } from './selection.svelte';
import type { MapView } from './types';

export class FindController {
  open = $state(false);
  query = $state('');
  /** The matching cards' ids, in the board's order. */
  matches = $state.raw<string[]>([]);
  /** The index of the match stepped to; -1 before the first step. */
  current = $state(-1);
  /** The matches as a set, for the cards to ask cheaply. */
  matchSet = $state.raw<ReadonlySet<string>>(new Set());
  /** Set by the find bar: puts the focus in its field. */
  focusField: () => void = () => {};

  #selection: SelectionStore;

  constructor(selection: SelectionStore) {
    this.#selection = selection;
  }

  show(): void {
    this.open = true;
    this.focusField();
  }

  close(): void {
    this.open = false;
    this.matches = [];
    this.matchSet = new Set();
    this.current = -1;
    const id = this.#selection.selectedId;
    if (id) void this.#selection.focus.card(id);
  }

  /** Runs the query again on the map as it is now (after typing, and after each edit). */
  search(map: MapView | null, query = this.query): void {
    this.query = query;
    const before = this.matches[this.current];
    const matches = map && this.open ? findCards(map, query) : [];
    this.matches = matches;
    this.matchSet = new Set(matches);
    // An edit keeps the place on the match stepped to, where it still matches.
    this.current = before ? matches.indexOf(before) : -1;
  }

  /** Enter, F3 (1) and Shift+Enter, Shift+F3 (-1): the next or previous match, selected and scrolled to. */
  step(direction: 1 | -1): void {
    const next = stepMatch(this.current, this.matches.length, direction);
    if (next < 0) return;
    this.current = next;
    const id = this.matches[next];
    this.#selection.select(id);
    void this.#selection.focus.revealCard(id);
  }
}
