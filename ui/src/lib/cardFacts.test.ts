import { describe, expect, it, vi } from 'vitest';
import { factOfCards } from './cardFacts';
import type { Touchpoint } from './types';

const card = (id: string, sentiment: Touchpoint['sentiment'], channel?: string): Touchpoint =>
  ({ id, title: id, stage: 's1', sentiment, ...(channel ? { channel } : {}) }) as Touchpoint;

const channels = (cards: readonly Touchpoint[]) => [...new Set(cards.map((c) => c.channel))];

describe('factOfCards', () => {
  it('keeps the fact, as the same object, while the cards that changed read the same', () => {
    const fact = factOfCards<unknown[]>((c) => c.channel);
    const cards = [card('a', 'positive', 'email'), card('b', 'neutral', 'web')];
    const compute = vi.fn(() => channels(cards));
    const first = fact(cards, compute);
    expect(first).toEqual(['email', 'web']);
    // A sentiment edit: a new list and a new object for one card, the same channel.
    const edited = [cards[0], { ...cards[1], sentiment: 'negative' as const }];
    const again = fact(edited, () => channels(edited));
    expect(again).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('works the fact out again when a changed card reads differently, or cards come or go', () => {
    const fact = factOfCards<unknown[]>((c) => c.channel);
    const cards = [card('a', 'positive', 'email'), card('b', 'neutral', 'web')];
    fact(cards, () => channels(cards));
    const renamed = [cards[0], { ...cards[1], channel: 'phone' } as Touchpoint];
    expect(fact(renamed, () => channels(renamed))).toEqual(['email', 'phone']);
    const added = [...renamed, card('c', 'neutral', 'store')];
    expect(fact(added, () => channels(added))).toEqual(['email', 'phone', 'store']);
    const removed = added.slice(1);
    expect(fact(removed, () => channels(removed))).toEqual(['phone', 'store']);
  });

  it('compares each position: cards swapped that read differently count as a change', () => {
    const fact = factOfCards<string[]>((c) => c.sentiment);
    const cards = [card('a', 'positive'), card('b', 'negative')];
    const order = (list: readonly Touchpoint[]) => list.map((c) => c.sentiment);
    fact(cards, () => order(cards));
    const swapped = [cards[1], cards[0]];
    expect(fact(swapped, () => order(swapped))).toEqual(['negative', 'positive']);
  });
});
