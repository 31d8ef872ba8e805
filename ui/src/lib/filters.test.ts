import { describe, expect, it } from 'vitest';
import { channelsOf, FilterController, ownersOf, stageFlag } from './filters.svelte';
import { mapOf, tp } from './testutil';
import { CHANNELS, type MapView } from './types';

function map(): MapView {
  const m = mapOf({ a: [], b: [] });
  m.lanes = [
    { id: 'l1', name: 'Actions' },
    { id: 'l2', name: 'Pains' },
  ];
  m.touchpoints = [
    { ...tp('1', 'a', 'positive'), channel: 'email', owner: 'Marketing', lane: 'l1' },
    { ...tp('2', 'a', 'negative'), channel: 'phone', owner: ' Support ', lane: 'l2' },
    { ...tp('3', 'b', 'negative'), channel: 'email', owner: 'Support' },
  ];
  return m;
}

describe('filters', () => {
  it('match every card until a dimension is chosen, then only cards that fit every chosen one', () => {
    const f = new FilterController();
    const m = map();
    const ids = () => m.touchpoints.filter((t) => f.matches(m, t)).map((t) => t.id);
    expect(f.active).toBe(false);
    expect(ids()).toEqual(['1', '2', '3']);
    f.toggleSentiment('negative');
    expect(ids()).toEqual(['2', '3']);
    f.channel = 'email';
    expect(ids()).toEqual(['3']);
    f.channel = null;
    f.owner = 'Support';
    expect(ids()).toEqual(['2', '3']);
    // A card without a lane is in the first lane.
    f.lane = 'l1';
    expect(ids()).toEqual(['3']);
    f.toggleSentiment('negative');
    f.toggleSentiment('positive');
    f.owner = null;
    expect(ids()).toEqual(['1']);
    f.clear();
    expect(f.active).toBe(false);
  });

  it('forget a lane or owner the map no longer has', () => {
    const f = new FilterController();
    f.lane = 'gone';
    f.owner = 'Nobody';
    f.prune(map());
    expect([f.lane, f.owner]).toEqual([null, null]);
  });

  it('list the owners and channels in use', () => {
    expect(ownersOf(map())).toEqual(['Marketing', 'Support']);
    expect(channelsOf(map(), CHANNELS)).toEqual(['email', 'phone']);
  });

  it('flag stages with no touchpoints or with only negative ones', () => {
    expect(stageFlag([])).toBe('empty');
    expect(stageFlag([tp('1', 'a', 'negative'), tp('2', 'a', 'negative')])).toBe('allNegative');
    expect(stageFlag([tp('1', 'a', 'negative'), tp('2', 'a', 'neutral')])).toBeNull();
  });
});
