import { describe, expect, it } from 'vitest';
import { findCards, foldForSearch, stepMatch } from './find';
import { FindController } from './find.svelte';
import { SelectionStore } from './selection.svelte';
import { blankMap } from './testutil';
import type { MapView, Touchpoint } from './types';

function tp(id: string, stage: string, extra: Partial<Touchpoint> = {}): Touchpoint {
  return { id, stage, title: id, sentiment: 'neutral', ...extra };
}

const map: MapView = {
  ...blankMap('m'),
  stages: [
    { id: 's1', name: 'Awareness' },
    { id: 's2', name: 'Purchase' },
  ],
  lanes: [
    { id: 'l1', name: 'Actions' },
    { id: 'l2', name: 'Touchpoints' },
  ],
  touchpoints: [
    // Listed out of the board's order: s2 first, and l2 before l1 in s1.
    tp('checkout', 's2', { lane: 'l1', title: 'Checkout page', description: 'Coupon field confuses people' }),
    tp('ad', 's1', { lane: 'l2', title: 'Social ad', owner: 'Marketing' }),
    tp('review', 's1', { lane: 'l1', title: 'Review site', painPoints: ['Old reviews about the coupon'] }),
    tp('ru', 's2', { lane: 'l2', title: 'Ёлочная распродажа', delights: ['Скидка на ёжиков'] }),
    tp('pl', 's2', { title: 'Sklep w Łodzi', hypotheses: [{ text: 'Darmowa dostawa zwiększy konwersję', status: 'idea' }] }),
    tp('lost', 'nowhere', { title: 'Coupon in a stage the map lacks' }),
  ],
};

describe('foldForSearch', () => {
  it('drops case and accents, in Latin, Polish and Cyrillic script', () => {
    expect(foldForSearch('ÉCOLE')).toBe('ecole');
    expect(foldForSearch('Łódź Żółć')).toBe('lodz zolc');
    expect(foldForSearch('Ёлка')).toBe('елка');
  });

  it('keeps the Russian й a letter of its own', () => {
    expect(foldForSearch('Йогурт')).toBe('йогурт');
    expect(foldForSearch('чай')).not.toBe(foldForSearch('чаи'));
  });
});

describe('findCards', () => {
  it('finds in titles, descriptions, pain points, delights, hypotheses and owners', () => {
    expect(findCards(map, 'checkout')).toEqual(['checkout']);
    expect(findCards(map, 'confuses')).toEqual(['checkout']);
    expect(findCards(map, 'old reviews')).toEqual(['review']);
    expect(findCards(map, 'ежиков')).toEqual(['ru']);
    expect(findCards(map, 'dostawa')).toEqual(['pl']);
    expect(findCards(map, 'marketing')).toEqual(['ad']);
  });

  it('ignores case and accents both ways', () => {
    expect(findCards(map, 'ЕЛОЧНАЯ')).toEqual(['ru']);
    expect(findCards(map, 'lodzi')).toEqual(['pl']);
    expect(findCards(map, 'KONWERSJE')).toEqual(['pl']);
  });

  it('lists the matches in the board’s order: stage by stage, lane by lane', () => {
    // "coupon": checkout (s2) and review (s1, l1); the card in no stage is not on the board.
    expect(findCards(map, 'coupon')).toEqual(['review', 'checkout']);
    // Every card with a Latin "e": s1 l1, s1 l2, then s2 l1 (pl has no lane: it is in the
    // first), in the map's order within the cell.
    expect(findCards(map, 'e')).toEqual(['review', 'ad', 'checkout', 'pl']);
    expect(findCards(map, 'а')).toEqual(['ru']);
  });

  it('matches nothing for an empty query, and never across two texts', () => {
    expect(findCards(map, '')).toEqual([]);
    expect(findCards(map, '   ')).toEqual([]);
    expect(findCards(map, 'page coupon')).toEqual([]);
  });

  it('sees a card’s new text after an edit', () => {
    expect(findCards(map, 'newsletter')).toEqual([]);
    const edited = { ...map, touchpoints: map.touchpoints.map((c) => (c.id === 'ad' ? { ...c, title: 'Newsletter' } : c)) };
    expect(findCards(edited, 'newsletter')).toEqual(['ad']);
  });
});

describe('stepping through the matches', () => {
  it('goes round the ends both ways', () => {
    expect(stepMatch(-1, 3, 1)).toBe(0);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });

  it('selects the match stepped to, and keeps its place when an edit changes the matches', () => {
    const selection = new SelectionStore();
    const finder = new FindController(selection);
    finder.show();
    finder.search(map, 'coupon');
    expect(finder.matches).toEqual(['review', 'checkout']);
    expect(finder.current).toBe(-1);
    finder.step(1);
    finder.step(1);
    expect(finder.current).toBe(1);
    expect(selection.selectedId).toBe('checkout');
    // The review no longer mentions a coupon: "checkout" is now the first of one.
    const edited = { ...map, touchpoints: map.touchpoints.map((c) => (c.id === 'review' ? { ...c, painPoints: [] } : c)) };
    finder.search(edited);
    expect(finder.matches).toEqual(['checkout']);
    expect(finder.current).toBe(0);
    finder.close();
    expect(finder.open).toBe(false);
    expect(finder.matches).toEqual([]);
  });
});
