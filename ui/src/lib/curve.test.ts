import { describe, expect, it } from 'vitest';
import { curveOfGroups, curvePath, curveWithMove, curveWithNew, emotionCurve, tone } from './curve';
import { groupCards } from './grouping';
import { mapOf, tp } from './testutil';

describe('emotion curve', () => {
  const map = () => {
    const m = mapOf({ a: [], b: [], c: [] });
    m.touchpoints = [tp('1', 'a', 'positive'), tp('2', 'a', 'positive'), tp('3', 'c', 'negative'), tp('4', 'c', 'neutral')];
    return m;
  };

  it('is the mean sentiment of each stage, null where a stage has no cards (as the core computes it)', () => {
    expect(emotionCurve(map())).toEqual([1, null, -0.5]);
    expect(emotionCurve(mapOf({}))).toEqual([]);
  });

  it('is the same from the board’s grouping, and an edit of one stage reckons that stage again', () => {
    const m = map();
    const first = groupCards(m, []);
    expect(curveOfGroups(m.stages, first.byStage)).toEqual(emotionCurve(m));
    // Card 3 turns positive: stage c gets a new array, a and b keep theirs.
    const edited = { ...m, touchpoints: m.touchpoints.map((c) => (c.id === '3' ? { ...c, sentiment: 'positive' as const } : c)) };
    const next = groupCards(edited, [], first);
    expect(next.byStage.get('a')).toBe(first.byStage.get('a'));
    expect(curveOfGroups(edited.stages, next.byStage)).toEqual([1, null, 0.5]);
    expect(curveOfGroups(edited.stages, next.byStage)).toEqual(emotionCurve(edited));
  });

  it('follows a card being dragged to another stage', () => {
    expect(curveWithMove(map(), '3', 'b')).toEqual([1, -1, 0]);
    expect(emotionCurve(map())).toEqual([1, null, -0.5]);
  });

  it('follows a new card from the library to where it would land', () => {
    expect(curveWithNew(map(), 'a', 'neutral')).toEqual([2 / 3, null, -0.5]);
    expect(curveWithNew(map(), 'b', 'neutral')).toEqual([1, 0, -0.5]);
    expect(emotionCurve(map())).toEqual([1, null, -0.5]);
  });

  it('reads values as sentiments for the dots', () => {
    expect([tone(1), tone(0.1), tone(-0.5)]).toEqual(['positive', 'neutral', 'negative']);
  });

  it('draws one smooth run per stretch of stages with cards', () => {
    const d = curvePath([1, null, -1, 0], (i) => i * 100, (v) => 50 - v * 40);
    expect(d).toBe('M0 10M200 90C250 90 250 50 300 50');
  });
});
