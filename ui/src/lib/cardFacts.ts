// Facts about all of a map's cards that an edit rarely changes: the channels and owners the
// filter bar offers, the status bar's sentiment counts. Each edit gives the mirror a new card
// list, with new objects for the one or two cards it changed, so such a fact would be worked
// out again over 10,000 cards after every edit. Kept instead while every card that changed
// reads the same for it: comparing the lists costs a pointer test per card, and the fact
// stays the same object, which Svelte sees as unchanged.

import type { Touchpoint } from './types';

/**
 * A cache for one fact of the cards, which depends on nothing but `read` of each card, in
 * order. Call it with the current cards and how to work the fact out.
 */
export function factOfCards<T>(read: (card: Touchpoint) => unknown): (cards: readonly Touchpoint[], compute: () => T) => T {
  let last: readonly Touchpoint[] | null = null;
  let fact: T;
  return (cards, compute) => {
    if (last === null || !readTheSame(last, cards, read)) fact = compute();
    last = cards;
    return fact;
  };
}

function readTheSame(before: readonly Touchpoint[], now: readonly Touchpoint[], read: (card: Touchpoint) => unknown): boolean {
  if (before === now) return true;
  if (before.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) {
    if (before[i] !== now[i] && !Object.is(read(before[i]), read(now[i]))) return false;
  }
  return true;
}
