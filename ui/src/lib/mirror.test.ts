import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  cardsOf,
  checkMap,
  PatchError,
  positionOf,
  sentimentCounts,
  cardsOfCell,
  laneOf,
  lanesOf,
} from './mirror';
import { deepFreeze, layout, mapOf, tp } from './testutil';
import type { MapView, PatchOp } from './types';

function interleaved(): MapView {
  // Cards of different stages interleaved in the array: only per-stage order matters.
  const map = mapOf({ a: [], b: [], c: [] });
  map.touchpoints = [tp('a1', 'a'), tp('b1', 'b'), tp('a2', 'a'), tp('b2', 'b'), tp('a3', 'a')];
  return map;
}

describe('applyPatch: basics', () => {
  it('returns the same map for an empty patch', () => {
    const map = mapOf({ a: ['x'] });
    expect(applyPatch(map, [])).toBe(map);
  });

  it('never mutates the map it is given', () => {
    const map = deepFreeze(mapOf({ a: ['a1', 'a2'], b: ['b1'] }));
    const next = applyPatch(map, [
      { op: 'mapTitle', title: 'New' },
      { op: 'touchpointUpsert', touchpoint: tp('a1', 'b'), index: 0 },
      { op: 'stageUpsert', stage: { id: 'b', name: 'B!' }, index: 0 },
      { op: 'touchpointRemove', id: 'a2' },
    ]);
    expect(layout(next)).toEqual({ b: ['a1', 'b1'], a: [] });
    expect(layout(map)).toEqual({ a: ['a1', 'a2'], b: ['b1'] });
  });

  it('keeps the stage and lane lists of a map whose cards alone changed', () => {
    const map = { ...mapOf({ a: ['a1'], b: [] }), lanes: [{ id: 'l1', name: 'L' }] };
    const next = applyPatch(map, [{ op: 'touchpointUpsert', touchpoint: tp('a1', 'b'), index: 0 }]);
    expect(next.stages).toBe(map.stages);
    expect(next.lanes).toBe(map.lanes);
    expect(next.touchpoints).not.toBe(map.touchpoints);
    const renamed = applyPatch(next, [{ op: 'stageUpsert', stage: { id: 'a', name: 'A!' }, index: 0 }]);
    expect(renamed.stages).not.toBe(next.stages);
    expect(next.stages[0].name).not.toBe('A!');
  });

  it('sets the map title', () => {
    expect(applyPatch(mapOf({}), [{ op: 'mapTitle', title: 'Café “launch” <b>' }]).title).toBe('Café “launch” <b>');
  });

  it('applies ops in order', () => {
    const map = mapOf({ a: ['a1'], b: [] });
    const next = applyPatch(map, [
      { op: 'touchpointUpsert', touchpoint: tp('a1', 'b'), index: 0 },
      { op: 'touchpointUpsert', touchpoint: tp('n1', 'b'), index: 0 },
      { op: 'touchpointRemove', id: 'a1' },
    ]);
    expect(layout(next)).toEqual({ a: [], b: ['n1'] });
  });
});

describe('applyPatch: stages', () => {
  it('inserts a new stage at its index', () => {
    const next = applyPatch(mapOf({ a: [], b: [] }), [{ op: 'stageUpsert', stage: { id: 'n', name: 'N' }, index: 1 }]);
    expect(next.stages.map((s) => s.id)).toEqual(['a', 'n', 'b']);
  });

  it('appends a stage whose index is past the end', () => {
    const next = applyPatch(mapOf({ a: [] }), [{ op: 'stageUpsert', stage: { id: 'n', name: 'N' }, index: 7 }]);
    expect(next.stages.map((s) => s.id)).toEqual(['a', 'n']);
  });

  it('replaces a stage in place (rename) and keeps its cards', () => {
    const next = applyPatch(mapOf({ a: ['a1'], b: ['b1'] }), [
      { op: 'stageUpsert', stage: { id: 'a', name: 'Awareness' }, index: 0 },
    ]);
    expect(next.stages).toEqual([
      { id: 'a', name: 'Awareness' },
      { id: 'b', name: 'B' },
    ]);
    expect(layout(next)).toEqual({ a: ['a1'], b: ['b1'] });
  });

  it('moves a stage: index is in the list after removing it', () => {
    const map = mapOf({ a: ['a1'], b: [], c: [], d: [] });
    const right = applyPatch(map, [{ op: 'stageUpsert', stage: map.stages[0], index: 2 }]);
    expect(right.stages.map((s) => s.id)).toEqual(['b', 'c', 'a', 'd']);
    const last = applyPatch(map, [{ op: 'stageUpsert', stage: map.stages[0], index: 3 }]);
    expect(last.stages.map((s) => s.id)).toEqual(['b', 'c', 'd', 'a']);
    const left = applyPatch(map, [{ op: 'stageUpsert', stage: map.stages[3], index: 0 }]);
    expect(left.stages.map((s) => s.id)).toEqual(['d', 'a', 'b', 'c']);
    expect(cardsOf(right, 'a').map((c) => c.id)).toEqual(['a1']);
  });

  it('removes a stage together with its cards', () => {
    const next = applyPatch(interleaved(), [{ op: 'stageRemove', id: 'a' }]);
    expect(layout(next)).toEqual({ b: ['b1', 'b2'], c: [] });
    expect(next.touchpoints.map((c) => c.id)).toEqual(['b1', 'b2']);
  });

  it('accepts the core sending the card removals before the stage removal', () => {
    const next = applyPatch(interleaved(), [
      { op: 'touchpointRemove', id: 'a1' },
      { op: 'touchpointRemove', id: 'a2' },
      { op: 'touchpointRemove', id: 'a3' },
      { op: 'stageRemove', id: 'a' },
    ]);
    expect(layout(next)).toEqual({ b: ['b1', 'b2'], c: [] });
  });

  it('ignores the removal of something that is not there', () => {
    const map = mapOf({ a: ['a1'] });
    const next = applyPatch(map, [
      { op: 'stageRemove', id: 'zz' },
      { op: 'touchpointRemove', id: 'zz' },
    ]);
    expect(layout(next)).toEqual(layout(map));
  });

  it('keeps fields it does not know', () => {
    const next = applyPatch(mapOf({}), [
      { op: 'stageUpsert', stage: { id: 's', name: 'S', color: '#fff', lane: { x: 1 } }, index: 0 },
      { op: 'touchpointUpsert', touchpoint: { ...tp('t', 's'), channel: 'email', notes: 'n' }, index: 0 },
    ]);
    expect(next.stages[0]).toEqual({ id: 's', name: 'S', color: '#fff', lane: { x: 1 } });
    expect(next.touchpoints[0]).toMatchObject({ channel: 'email', notes: 'n' });
  });
});

describe('applyPatch: touchpoints', () => {
  it('inserts a new card at its index among its stage’s cards, with other stages interleaved', () => {
    const at = (index: number) =>
      layout(applyPatch(interleaved(), [{ op: 'touchpointUpsert', touchpoint: tp('n', 'a'), index }])).a;
    expect(at(0)).toEqual(['n', 'a1', 'a2', 'a3']);
    expect(at(1)).toEqual(['a1', 'n', 'a2', 'a3']);
    expect(at(2)).toEqual(['a1', 'a2', 'n', 'a3']);
    expect(at(3)).toEqual(['a1', 'a2', 'a3', 'n']);
    expect(at(99)).toEqual(['a1', 'a2', 'a3', 'n']);
  });

  it('leaves the other stages alone when inserting', () => {
    const next = applyPatch(interleaved(), [{ op: 'touchpointUpsert', touchpoint: tp('n', 'a'), index: 1 }]);
    expect(layout(next).b).toEqual(['b1', 'b2']);
  });

  it('inserts into an empty stage', () => {
    const next = applyPatch(interleaved(), [{ op: 'touchpointUpsert', touchpoint: tp('n', 'c'), index: 0 }]);
    expect(layout(next)).toEqual({ a: ['a1', 'a2', 'a3'], b: ['b1', 'b2'], c: ['n'] });
  });

  it('replaces a card in place (rename, sentiment)', () => {
    const next = applyPatch(interleaved(), [
      { op: 'touchpointUpsert', touchpoint: tp('a2', 'a', 'negative', 'Renamed'), index: 1 },
    ]);
    expect(layout(next).a).toEqual(['a1', 'a2', 'a3']);
    expect(next.touchpoints.find((c) => c.id === 'a2')).toEqual(tp('a2', 'a', 'negative', 'Renamed'));
    expect(next.touchpoints.length).toBe(5);
  });

  describe('moves within a stage (index after removing the card)', () => {
    const cases: [string, number, string[]][] = [
      ['a1', 0, ['a1', 'a2', 'a3']],
      ['a1', 1, ['a2', 'a1', 'a3']],
      ['a1', 2, ['a2', 'a3', 'a1']],
      ['a3', 0, ['a3', 'a1', 'a2']],
      ['a3', 1, ['a1', 'a3', 'a2']],
      ['a2', 0, ['a2', 'a1', 'a3']],
      ['a2', 2, ['a1', 'a3', 'a2']],
    ];
    for (const [id, index, expected] of cases) {
      it(`${id} to ${index}`, () => {
        const next = applyPatch(interleaved(), [{ op: 'touchpointUpsert', touchpoint: tp(id, 'a'), index }]);
        expect(layout(next).a).toEqual(expected);
        expect(layout(next).b).toEqual(['b1', 'b2']);
        expect(next.touchpoints.length).toBe(5);
      });
    }
  });

  it('moves a card across stages', () => {
    const map = interleaved();
    const toB = applyPatch(map, [{ op: 'touchpointUpsert', touchpoint: tp('a2', 'b'), index: 1 }]);
    expect(layout(toB)).toEqual({ a: ['a1', 'a3'], b: ['b1', 'a2', 'b2'], c: [] });
    const toC = applyPatch(map, [{ op: 'touchpointUpsert', touchpoint: tp('a1', 'c'), index: 0 }]);
    expect(layout(toC)).toEqual({ a: ['a2', 'a3'], b: ['b1', 'b2'], c: ['a1'] });
    const back = applyPatch(toB, [{ op: 'touchpointUpsert', touchpoint: tp('a2', 'a'), index: 1 }]);
    expect(layout(back)).toEqual(layout(map));
  });

  it('moves the last card out of a stage, leaving it empty', () => {
    const next = applyPatch(mapOf({ a: ['x'], b: ['y'] }), [
      { op: 'touchpointUpsert', touchpoint: tp('x', 'b'), index: 1 },
    ]);
    expect(layout(next)).toEqual({ a: [], b: ['y', 'x'] });
  });

  it('removes a card', () => {
    const next = applyPatch(interleaved(), [{ op: 'touchpointRemove', id: 'a2' }]);
    expect(layout(next).a).toEqual(['a1', 'a3']);
  });
});

describe('applyPatch: undo-like reinsertion', () => {
  it('brings back a deleted stage with its cards in order', () => {
    const before = mapOf({ a: ['a1', 'a2'], b: ['b1', 'b2', 'b3'], c: ['c1'] });
    const deleted = applyPatch(before, [
      { op: 'touchpointRemove', id: 'b1' },
      { op: 'touchpointRemove', id: 'b2' },
      { op: 'touchpointRemove', id: 'b3' },
      { op: 'stageRemove', id: 'b' },
    ]);
    expect(layout(deleted)).toEqual({ a: ['a1', 'a2'], c: ['c1'] });
    // What undo sends: the stage back at its index, then its cards at theirs.
    const restored = applyPatch(deleted, [
      { op: 'stageUpsert', stage: { id: 'b', name: 'B' }, index: 1 },
      { op: 'touchpointUpsert', touchpoint: tp('b1', 'b'), index: 0 },
      { op: 'touchpointUpsert', touchpoint: tp('b2', 'b'), index: 1 },
      { op: 'touchpointUpsert', touchpoint: tp('b3', 'b'), index: 2 },
    ]);
    expect(layout(restored)).toEqual(layout(before));
    expect(restored.stages).toEqual(before.stages);
  });

  it('also works with the cards sent in any order, each at its final index', () => {
    const before = mapOf({ a: ['a1'], b: ['b1', 'b2', 'b3'] });
    const deleted = applyPatch(before, [{ op: 'stageRemove', id: 'b' }]);
    const restored = applyPatch(deleted, [
      { op: 'stageUpsert', stage: { id: 'b', name: 'B' }, index: 1 },
      { op: 'touchpointUpsert', touchpoint: tp('b1', 'b'), index: 0 },
      { op: 'touchpointUpsert', touchpoint: tp('b3', 'b'), index: 1 },
      { op: 'touchpointUpsert', touchpoint: tp('b2', 'b'), index: 1 },
    ]);
    expect(layout(restored)).toEqual(layout(before));
  });

  it('brings back a deleted card at its old place', () => {
    const before = mapOf({ a: ['a1', 'a2', 'a3'] });
    const deleted = applyPatch(before, [{ op: 'touchpointRemove', id: 'a2' }]);
    const restored = applyPatch(deleted, [{ op: 'touchpointUpsert', touchpoint: tp('a2', 'a'), index: 1 }]);
    expect(layout(restored)).toEqual(layout(before));
  });

  it('undoes a move across stages', () => {
    const before = mapOf({ a: ['a1', 'a2', 'a3'], b: ['b1'] });
    const moved = applyPatch(before, [{ op: 'touchpointUpsert', touchpoint: tp('a1', 'b'), index: 1 }]);
    const undone = applyPatch(moved, [{ op: 'touchpointUpsert', touchpoint: tp('a1', 'a'), index: 0 }]);
    expect(layout(undone)).toEqual(layout(before));
  });
});

describe('applyPatch: bad patches', () => {
  const map = deepFreeze(mapOf({ a: ['a1'] }));
  const bad: [string, unknown][] = [
    ['an unknown op', { op: 'laneUpsert', lane: {} }],
    ['a missing op', { id: 'x' }],
    ['a negative index', { op: 'stageUpsert', stage: { id: 's', name: 'S' }, index: -1 }],
    ['a fractional index', { op: 'touchpointUpsert', touchpoint: tp('z', 'a'), index: 0.5 }],
    ['a stage without a name', { op: 'stageUpsert', stage: { id: 's' }, index: 0 }],
    ['a card without an id', { op: 'touchpointUpsert', touchpoint: { stage: 'a', title: 't', sentiment: 'neutral' }, index: 0 }],
    ['an unknown sentiment', { op: 'touchpointUpsert', touchpoint: { ...tp('z', 'a'), sentiment: 'meh' }, index: 0 }],
    ['a title that is not text', { op: 'mapTitle', title: 5 }],
  ];
  for (const [what, op] of bad) {
    it(`throws PatchError on ${what}, and leaves the map alone`, () => {
      expect(() => applyPatch(map, [{ op: 'mapTitle', title: 'x' }, op as PatchOp])).toThrow(PatchError);
      expect(map.title).toBe('Map');
    });
  }

  it('throws on a patch that is not a list', () => {
    expect(() => applyPatch(map, null as unknown as PatchOp[])).toThrow(PatchError);
  });
});

describe('queries', () => {
  it('positionOf gives the stage and the index among its cards', () => {
    expect(positionOf(interleaved(), 'a3')).toEqual({ stage: 'a', index: 2 });
    expect(positionOf(interleaved(), 'b2')).toEqual({ stage: 'b', index: 1 });
    expect(positionOf(interleaved(), 'nope')).toBeNull();
  });

  it('sentimentCounts counts each sentiment', () => {
    expect(
      sentimentCounts([tp('1', 'a', 'positive'), tp('2', 'a', 'negative'), tp('3', 'a', 'positive')]),
    ).toEqual({ positive: 2, neutral: 0, negative: 1 });
  });

  it('checkMap accepts a good map and rejects a broken one', () => {
    expect(checkMap(interleaved())).toBeTruthy();
    expect(() => checkMap({ title: 't', stages: {}, touchpoints: [] } as unknown as MapView)).toThrow(PatchError);
    expect(() => checkMap({ title: 't', stages: [], touchpoints: [{ id: 'x' }] } as unknown as MapView)).toThrow(
      PatchError,
    );
  });
});

describe('applyPatch: lanes and map details (format 1.1)', () => {
  const withLanes = (): MapView => ({
    ...mapOf({ a: ['a1', 'a2'], b: ['b1'] }),
    lanes: [
      { id: 'l1', name: 'Actions' },
      { id: 'l2', name: 'Pains' },
    ],
  });

  it('inserts, renames, moves and removes lanes', () => {
    let m = applyPatch(withLanes(), [{ op: 'laneUpsert', lane: { id: 'l3', name: 'Ideas' }, index: 1 }]);
    expect(lanesOf(m).map((l) => l.id)).toEqual(['l1', 'l3', 'l2']);
    m = applyPatch(m, [{ op: 'laneUpsert', lane: { id: 'l2', name: 'Pain points' }, index: 0 }]);
    expect(lanesOf(m).map((l) => l.name)).toEqual(['Pain points', 'Actions', 'Ideas']);
    m = applyPatch(m, [{ op: 'laneRemove', id: 'l3' }]);
    expect(lanesOf(m).map((l) => l.id)).toEqual(['l2', 'l1']);
  });

  it('puts a card without a lane in the first lane, and filters cells by lane', () => {
    const m = withLanes();
    m.touchpoints[1] = { ...m.touchpoints[1], lane: 'l2' };
    expect(laneOf(m, m.touchpoints[0])).toBe('l1');
    expect(cardsOfCell(m, 'a', 'l1').map((c) => c.id)).toEqual(['a1']);
    expect(cardsOfCell(m, 'a', 'l2').map((c) => c.id)).toEqual(['a2']);
    expect(cardsOfCell(m, 'a', null).map((c) => c.id)).toEqual(['a1', 'a2']);
    expect(laneOf(mapOf({ a: ['a1'] }), tp('a1', 'a'))).toBeNull();
  });

  it('replaces the map details', () => {
    const details = {
      personas: [{ name: 'Anna', goals: ['Fit shoes'] }],
      customerGoals: ['Fast delivery'],
      businessGoals: [],
      notes: 'n',
      lastReview: '2026-01-02',
      metricDefinitions: [{ name: 'NPS', preset: 'nps', min: -100, max: 100, target: 30 }],
      criteria: [{ id: 'design', name: 'Design and quality' }],
    };
    const m = applyPatch(withLanes(), [{ op: 'mapDetails', details }]);
    expect(m.personas).toEqual(details.personas);
    expect(m.lastReview).toBe('2026-01-02');
    expect(m.metricDefinitions).toEqual(details.metricDefinitions);
    expect(m.criteria).toEqual(details.criteria);
    expect(lanesOf(m)).toHaveLength(2);
    expect(() => applyPatch(withLanes(), [{ op: 'mapDetails' } as unknown as PatchOp])).toThrow(PatchError);
  });
});

describe('checkMap: fields of a file older than 1.2', () => {
  it('reads a script\'s own metrics, ratings and feedback as no measures, and keeps the app\'s', () => {
    const map = checkMap({
      title: 'Script',
      stages: [{ id: 's', name: 'A' }],
      touchpoints: [
        { id: 'a', stage: 's', title: 'Ad', sentiment: 'neutral', metrics: { ctr: 0.031 }, ratings: { design: 2.5 }, feedback: 'great' },
        { id: 'b', stage: 's', title: 'Post', sentiment: 'neutral', metrics: [1, 2], ratings: [] },
        { id: 'c', stage: 's', title: 'Shop', sentiment: 'neutral', metrics: [{ name: 'NPS', value: 12 }], ratings: { design: 4 }, feedback: [{ quote: 'Nice' }] },
      ],
      metricDefinitions: { nps: true },
      criteria: [{ id: 'design', name: 'Design' }],
    } as unknown as MapView);
    const [a, b, c] = map.touchpoints;
    expect([a.metrics, a.ratings, a.feedback, b.metrics, b.ratings]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([c.metrics, c.ratings, c.feedback]).toEqual([[{ name: 'NPS', value: 12 }], { design: 4 }, [{ quote: 'Nice' }]]);
    expect((map as unknown as Record<string, unknown>).metricDefinitions).toBeUndefined();
    expect(map.criteria).toEqual([{ id: 'design', name: 'Design' }]);
  });
});
