import { describe, expect, it } from 'vitest';
import { library } from '../dev/wasmCore';
import { addItemEdit, fold, libraryTarget, orderSections, searchSections } from './library';
import { deepFreeze, mapOf } from './testutil';
import type { LibrarySection } from './types';

const section = (kind: string, titles: string[], stageIds: string[] = []): LibrarySection => ({
  kind,
  name: kind.toUpperCase(),
  items: titles.map((title) => ({ title, channel: 'website' })),
  stageIds,
});

describe('where a touchpoint of the library goes', () => {
  it('to the selected card’s stage and lane, else to the first stage and its first lane', () => {
    const map = deepFreeze({
      ...mapOf({ a: ['a1'], b: ['b1', 'b2'] }),
      lanes: [
        { id: 'L1', name: 'One' },
        { id: 'L2', name: 'Two' },
      ],
      touchpoints: [
        { id: 'a1', stage: 'a', title: 'A1', sentiment: 'neutral' as const, lane: 'L1' },
        { id: 'b1', stage: 'b', title: 'B1', sentiment: 'neutral' as const, lane: 'L2' },
      ],
    });
    expect(libraryTarget(map, 'b1')).toEqual({ stageId: 'b', laneId: 'L2' });
    expect(libraryTarget(map, null)).toEqual({ stageId: 'a', laneId: 'L1' });
    expect(libraryTarget(map, 'gone')).toEqual({ stageId: 'a', laneId: 'L1' });
    expect(libraryTarget(mapOf({ a: ['a1'] }), 'a1')).toEqual({ stageId: 'a', laneId: null });
    expect(libraryTarget(mapOf({}), null)).toBeNull();
  });

  it('as one AddTouchpoint with the channel, at a cell position converted to the stage’s', () => {
    const map = deepFreeze({
      ...mapOf({ a: [] }),
      lanes: [
        { id: 'L1', name: 'One' },
        { id: 'L2', name: 'Two' },
      ],
      touchpoints: [
        { id: 'x', stage: 'a', title: 'X', sentiment: 'neutral' as const, lane: 'L1' },
        { id: 'y', stage: 'a', title: 'Y', sentiment: 'neutral' as const, lane: 'L2' },
        { id: 'z', stage: 'a', title: 'Z', sentiment: 'neutral' as const, lane: 'L1' },
      ],
    });
    const item = { title: 'Invoice', channel: 'billing' as const };
    const base = { type: 'AddTouchpoint', stage: 'a', title: 'Invoice', sentiment: 'neutral', channel: 'billing' };
    // The end of lane L1's cell: after z.
    expect(addItemEdit(map, item, 'a', 'L1', null)).toEqual({ ...base, index: 3, lane: 'L1' });
    // Position 1 of L1's cell (before z).
    expect(addItemEdit(map, item, 'a', 'L1', 1)).toEqual({ ...base, index: 2, lane: 'L1' });
    expect(addItemEdit(map, item, 'a', 'L2', 0)).toEqual({ ...base, index: 1, lane: 'L2' });
    // An unknown lane: the first.
    expect(addItemEdit(map, item, 'a', 'nope', null)).toEqual({ ...base, index: 3, lane: 'L1' });
    // Without lanes, no lane at all.
    expect(addItemEdit(mapOf({ a: ['a1', 'a2'] }), item, 'a', null, null)).toEqual({ ...base, index: 2 });
  });
});

describe('sections and search', () => {
  const sections = deepFreeze([
    section('awareness', ['Online ad', 'Billboard'], ['stage-awareness', 'stage-before']),
    section('consideration', ['Reviews'], ['stage-consideration', 'stage-before']),
    section('loyalty', ['Newsletter', 'Invoice'], ['stage-loyalty']),
  ]);

  it('the sections that suit the stage come first, in journey order', () => {
    const order = (stage: string | null) => orderSections(sections, stage).map((s) => `${s.section.kind}${s.suits ? '*' : ''}`);
    expect(order('stage-loyalty')).toEqual(['loyalty*', 'awareness', 'consideration']);
    expect(order('stage-before')).toEqual(['awareness*', 'consideration*', 'loyalty']);
    expect(order('s1')).toEqual(['awareness', 'consideration', 'loyalty']);
    expect(order(null)).toEqual(['awareness', 'consideration', 'loyalty']);
  });

  it('matches every word, in any case, without minding accents', () => {
    expect(fold('Świadomość Łódź ЁЛКА')).toBe('swiadomosc lodz елка');
    const shown = orderSections(sections, null);
    const find = (q: string) => searchSections(shown, q, () => 'Website').flatMap((s) => s.section.items.map((i) => i.title));
    expect(find('')).toHaveLength(5);
    expect(find('  ')).toHaveLength(5);
    expect(find('news')).toEqual(['Newsletter']);
    expect(find('ONLINE ad')).toEqual(['Online ad']);
    expect(find('ad online')).toEqual(['Online ad']);
    // By channel, and by the section's name.
    expect(find('website')).toHaveLength(5);
    expect(find('loyalty')).toEqual(['Newsletter', 'Invoice']);
    expect(find('nothing')).toEqual([]);
  });

  it('Polish and Russian searches find their items with or without diacritics', () => {
    const pl = orderSections(library('pl'), null);
    const titles = (q: string) => searchSections(pl, q, () => '').flatMap((s) => s.section.items.map((i) => i.title));
    expect(titles('platnosc')).toEqual(['Płatność']);
    expect(titles('Płatność')).toEqual(['Płatność']);
    const ru = orderSections(library('ru'), null);
    expect(searchSections(ru, 'счет', () => '').flatMap((s) => s.section.items.map((i) => i.title))).toEqual(['Счёт']);
  });
});
