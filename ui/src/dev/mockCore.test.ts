// The mirror against a reference core: whatever edits, undos and redos happen, the mirror
// that applies the patches shows exactly what the core holds.

import { describe, expect, it } from 'vitest';
import { applyPatch, cardsOf } from '../lib/mirror';
import { layout } from '../lib/testutil';
import { SENTIMENTS, type Edit, type MapView, type Update } from '../lib/types';
import { detailsOf, diffMaps, MockCore } from './mockCore';
import { sampleMap, wideMap } from './sample';

/** What the user sees, with content: stages in order, each with its cards in order. */
function view(map: MapView) {
  return {
    title: map.title,
    stages: map.stages.map((s) => ({ ...s, cards: cardsOf(map, s.id) })),
    orphans: map.touchpoints.filter((c) => !map.stages.some((s) => s.id === c.stage)),
  };
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomEdit(map: MapView, rand: () => number): Edit {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (max: number) => Math.floor(rand() * (max + 1));
  const stage = map.stages.length ? pick(map.stages) : null;
  const card = map.touchpoints.length ? pick(map.touchpoints) : null;
  const r = rand();
  if (!stage || r < 0.08) return { type: 'AddStage', index: int(map.stages.length), name: `S${int(99)}` };
  if (r < 0.12) return { type: 'SetMapTitle', title: `Title ${int(99)}` };
  if (r < 0.17) return { type: 'RenameStage', id: stage.id, name: `Stage ${int(99)}` };
  if (r < 0.25) return { type: 'MoveStage', id: stage.id, index: int(map.stages.length - 1) };
  if (r < 0.29) return { type: 'DeleteStage', id: stage.id };
  if (!card || r < 0.45)
    return { type: 'AddTouchpoint', stage: stage.id, index: int(cardsOf(map, stage.id).length), title: `T${int(999)}`, sentiment: pick(SENTIMENTS) };
  if (r < 0.52) return { type: 'RenameTouchpoint', id: card.id, title: `Card ${int(99)}` };
  if (r < 0.6) return { type: 'SetSentiment', id: card.id, sentiment: pick(SENTIMENTS) };
  if (r < 0.92) {
    const to = pick(map.stages);
    const others = cardsOf(map, to.id).filter((c) => c.id !== card.id).length;
    return { type: 'MoveTouchpoint', id: card.id, toStage: to.id, index: int(others) };
  }
  return { type: 'DeleteTouchpoint', id: card.id };
}

describe('mirror vs reference core', () => {
  for (const seed of [1, 2, 3, 42, 1234, 99999]) {
    it(`stays in step over 400 random edits, undos and redos (seed ${seed})`, () => {
      const rand = rng(seed);
      const core = new MockCore(seed % 2 ? sampleMap() : wideMap());
      let mirror = core.document().map!;
      for (let step = 0; step < 400; step++) {
        const r = rand();
        let update: Update;
        if (r < 0.15) update = core.undo();
        else if (r < 0.22) update = core.redo();
        else update = core.apply(randomEdit(core.map!, rand));
        mirror = applyPatch(mirror, update.patch);
        expect(view(mirror), `step ${step}`).toEqual(view(core.map!));
        expect(mirror.stages).toEqual(core.map!.stages);
      }
    });
  }

  it('answers with patches sized by the change, not by the map', () => {
    const core = new MockCore(wideMap());
    const card = core.map!.touchpoints[3];
    const update = core.apply({ type: 'MoveTouchpoint', id: card.id, toStage: 's0', index: 0 });
    expect(update.patch).toHaveLength(1);
    expect(core.undo().patch.length).toBeLessThanOrEqual(3);
  });

  it('refuses bad edits with one sentence and changes nothing', () => {
    const core = new MockCore(sampleMap());
    const before = JSON.stringify(core.map);
    expect(() => core.apply({ type: 'MoveTouchpoint', id: 'tp-1', toStage: 'purchase', index: 9 })).toThrow();
    expect(() => core.apply({ type: 'RenameStage', id: 'nope', name: 'x' })).toThrow();
    expect(() => core.apply({ type: 'RenameTouchpoint', id: 'tp-1', title: '  ' })).toThrow();
    expect(JSON.stringify(core.map)).toBe(before);
    expect(core.state().canUndo).toBe(false);
  });

  it('tracks dirty and undo/redo availability', () => {
    const core = new MockCore(sampleMap());
    expect(core.state()).toMatchObject({ dirty: false, canUndo: false, canRedo: false });
    const u = core.apply({ type: 'SetMapTitle', title: 'X' });
    expect(u.state).toMatchObject({ dirty: true, canUndo: true, canRedo: false });
    expect(core.undo().state).toMatchObject({ dirty: false, canUndo: false, canRedo: true });
    expect(core.undo().patch).toEqual([]);
    core.redo();
    expect(core.markSaved()).toMatchObject({ dirty: false });
  });
});

describe('diffMaps', () => {
  it('turns one map into another', () => {
    const a = sampleMap();
    const b = wideMap();
    expect(layout(applyPatch(a, diffMaps(a, b)))).toEqual(layout(b));
    expect(layout(applyPatch(b, diffMaps(b, a)))).toEqual(layout(a));
    expect(diffMaps(a, a)).toEqual([]);
  });
});

describe('details (format 1.1)', () => {
  it('sets touchpoint and map details, and undo and redo bring the mirror along', () => {
    const core = new MockCore(sampleMap());
    let mirror = core.document().map!;
    const step = (update: Update) => {
      mirror = applyPatch(mirror, update.patch);
      expect(mirror.touchpoints).toEqual(core.map!.touchpoints);
      expect(detailsOf(mirror)).toEqual(detailsOf(core.map!));
    };
    step(core.apply({ type: 'SetTouchpointField', id: 'tp-2', field: { field: 'channel', value: 'referral' } }));
    step(core.apply({ type: 'SetTouchpointField', id: 'tp-2', field: { field: 'painPoints', value: ['Slow'] } }));
    step(core.apply({ type: 'SetTouchpointField', id: 'tp-1', field: { field: 'score', value: null } }));
    step(core.apply({ type: 'SetMapField', field: { field: 'customerGoals', value: ['Cheap', 'Fast'] } }));
    step(core.apply({ type: 'SetMapField', field: { field: 'lastReview', value: null } }));
    expect(core.map!.touchpoints.find((c) => c.id === 'tp-1')).not.toHaveProperty('score');
    for (let i = 0; i < 5; i++) step(core.undo());
    expect(mirror.touchpoints).toEqual(sampleMap().touchpoints);
    expect(detailsOf(mirror)).toEqual(detailsOf(sampleMap()));
    for (let i = 0; i < 5; i++) step(core.redo());
    expect(mirror.customerGoals).toEqual(['Cheap', 'Fast']);
  });

  it('refuses a score outside 1 to 5 and a date that is not one', () => {
    const core = new MockCore(sampleMap());
    expect(() => core.apply({ type: 'SetTouchpointField', id: 'tp-1', field: { field: 'score', value: 6 } })).toThrow();
    expect(() => core.apply({ type: 'SetMapField', field: { field: 'lastReview', value: 'last week' } })).toThrow();
    expect(core.state().canUndo).toBe(false);
  });
});
