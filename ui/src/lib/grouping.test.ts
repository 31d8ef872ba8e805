import { describe, expect, it } from 'vitest';
import { groupCards } from './grouping';
import { applyPatch } from './mirror';
import { blankMap } from './testutil';
import type { MapView, Touchpoint } from './types';

function tp(id: string, stage: string, lane?: string): Touchpoint {
  return { id, stage, title: id, sentiment: 'neutral', ...(lane ? { lane } : {}) };
}

const map: MapView = {
  ...blankMap('m'),
  stages: [
    { id: 's1', name: 'One' },
    { id: 's2', name: 'Two' },
  ],
  lanes: [
    { id: 'l1', name: 'A' },
    { id: 'l2', name: 'B' },
  ],
  touchpoints: [tp('a', 's1', 'l1'), tp('b', 's2', 'l2'), tp('c', 's1'), tp('d', 's1', 'gone'), tp('e', 's2', 'l1')],
};

const ids = (cards: Touchpoint[] | undefined) => cards?.map((c) => c.id);

describe('groupCards', () => {
  it('groups by stage and cell in order, with lane-less and unknown-lane cards in the first lane', () => {
    const g = groupCards(map, map.lanes!);
    expect(ids(g.byStage.get('s1'))).toEqual(['a', 'c', 'd']);
    expect(ids(g.byStage.get('s2'))).toEqual(['b', 'e']);
    expect(ids(g.byCell.get('s1')!.get('l1'))).toEqual(['a', 'c', 'd']);
    expect(ids(g.byCell.get('s1')!.get('l2'))).toEqual([]);
    expect(ids(g.byCell.get('s2')!.get('l2'))).toEqual(['b']);
    expect(g.perLane.get('l1')).toBe(4);
    expect(g.perLane.get('l2')).toBe(1);
  });

  it('has no cells on a map without lanes', () => {
    const g = groupCards({ ...map, lanes: [] }, []);
    expect(g.byCell.size).toBe(0);
    expect(ids(g.byStage.get('s2'))).toEqual(['b', 'e']);
  });

  it('keeps the arrays of the stages and cells an edit did not touch', () => {
    const before = groupCards(map, map.lanes!);
    const edited = applyPatch(map, [{ op: 'touchpointUpsert', touchpoint: { ...tp('b', 's2', 'l2'), sentiment: 'positive' }, index: 0 }]);
    const after = groupCards(edited, edited.lanes!, before);
    expect(after.byStage.get('s1')).toBe(before.byStage.get('s1'));
    expect(after.byCell.get('s1')!.get('l1')).toBe(before.byCell.get('s1')!.get('l1'));
    expect(after.byCell.get('s2')!.get('l1')).toBe(before.byCell.get('s2')!.get('l1'));
    // The touched ones are new, with the new card.
    expect(after.byStage.get('s2')).not.toBe(before.byStage.get('s2'));
    expect(after.byCell.get('s2')!.get('l2')![0].sentiment).toBe('positive');
  });

  it('gives a new array when a cell only changes order', () => {
    const before = groupCards(map, map.lanes!);
    const edited = applyPatch(map, [{ op: 'touchpointUpsert', touchpoint: tp('c', 's1'), index: 0 }]);
    const after = groupCards(edited, edited.lanes!, before);
    expect(ids(after.byCell.get('s1')!.get('l1'))).toEqual(['c', 'a', 'd']);
    expect(after.byCell.get('s1')!.get('l1')).not.toBe(before.byCell.get('s1')!.get('l1'));
  });

  /** The grouping's lists, for comparing two groupings made differently. */
  const lists = (g: ReturnType<typeof groupCards>) => ({
    byStage: [...g.byStage].map(([k, v]) => [k, [...v]]),
    byCell: [...g.byCell].map(([k, cells]) => [k, [...cells].map(([l, v]) => [l, [...v]])]),
    perLane: [...g.perLane],
  });

  it('swaps in cards edited where they are, as grouping again would, and leaves the previous grouping as it was', () => {
    const before = groupCards(map, map.lanes!);
    const kept = lists(before);
    // Two cards of one cell (d has a lane the map lacks: it is in the first lane) and one of another stage.
    const edited = applyPatch(map, [
      { op: 'touchpointUpsert', touchpoint: { ...tp('a', 's1', 'l1'), sentiment: 'negative' }, index: 0 },
      { op: 'touchpointUpsert', touchpoint: { ...tp('d', 's1', 'gone'), title: 'D' }, index: 3 },
      { op: 'touchpointUpsert', touchpoint: { ...tp('e', 's2', 'l1'), sentiment: 'positive' }, index: 4 },
    ]);
    // The mirror keeps the stage and lane lists, which the swap needs.
    expect(edited.stages).toBe(map.stages);
    expect(edited.lanes).toBe(map.lanes);
    const after = groupCards(edited, edited.lanes!, before);
    expect(after.source.touchpoints).toBe(edited.touchpoints);
    expect(lists(after)).toEqual(lists(groupCards(edited, edited.lanes!)));
    expect(after.byStage.get('s1')!.map((c) => c.sentiment)).toEqual(['negative', 'neutral', 'neutral']);
    expect(after.byCell.get('s1')!.get('l1')!.map((c) => c.title)).toEqual(['a', 'c', 'D']);
    // Untouched cells keep their arrays; the previous grouping is unchanged.
    expect(after.byCell.get('s2')!.get('l2')).toBe(before.byCell.get('s2')!.get('l2'));
    expect(after.byCell.get('s1')!.get('l2')).toBe(before.byCell.get('s1')!.get('l2'));
    expect(lists(before)).toEqual(kept);
  });

  it('groups again when a card changes stage or lane, or cards are added or removed', () => {
    const before = groupCards(map, map.lanes!);
    const moved = applyPatch(map, [{ op: 'touchpointUpsert', touchpoint: tp('b', 's1', 'l2'), index: 1 }]);
    expect(lists(groupCards(moved, moved.lanes!, before))).toEqual(lists(groupCards(moved, moved.lanes!)));
    expect(ids(groupCards(moved, moved.lanes!, before).byCell.get('s1')!.get('l2'))).toEqual(['b']);
    const relaned = applyPatch(map, [{ op: 'touchpointUpsert', touchpoint: tp('c', 's1', 'l2'), index: 2 }]);
    expect(ids(groupCards(relaned, relaned.lanes!, before).byCell.get('s1')!.get('l2'))).toEqual(['c']);
    const removed = { ...map, touchpoints: map.touchpoints.filter((c) => c.id !== 'a') };
    expect(ids(groupCards(removed, removed.lanes!, before).byStage.get('s1'))).toEqual(['c', 'd']);
  });
});
