// The mirror against the real core (WebAssembly): for random edit sequences, seeded, the
// map the UI builds from the core's patches (as the store does: checkMap on load, then
// applyPatch per update) stays equal to the map the core holds after every step. Edits
// the core refuses change neither.

import { describe, expect, it } from 'vitest';
import { CoreError, WasmCore } from '../dev/wasmCore';
import { lanesMap, sampleMap, wideMap } from '../dev/sample';
import { applyPatch, cardsOf, checkMap } from './mirror';
import { mapOf } from './testutil';
import { CHANNELS, HYPOTHESIS_STATUSES, SENTIMENTS, type Edit, type MapView, type Update } from './types';

/** A small, seeded PRNG (mulberry32): the same seed gives the same sequence of edits. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * What the map means, independent of representation: the order of cards of different
 * stages within `touchpoints` carries no meaning (see mirror.ts), and the core leaves out
 * empty details that the mirror keeps as empty values.
 */
function meaning(map: MapView) {
  return {
    title: map.title,
    stages: map.stages,
    lanes: map.lanes ?? [],
    cards: map.stages.map((s) => cardsOf(map, s.id)),
    cardCount: map.touchpoints.length,
    personas: map.personas ?? [],
    customerGoals: map.customerGoals ?? [],
    businessGoals: map.businessGoals ?? [],
    notes: map.notes ?? '',
    lastReview: map.lastReview ?? null,
  };
}

function randomEdit(map: MapView, rand: () => number): Edit {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (max: number) => Math.floor(rand() * (max + 1));
  const lanes = map.lanes ?? [];
  const stage = map.stages.length ? pick(map.stages) : null;
  const card = map.touchpoints.length ? pick(map.touchpoints) : null;
  const lane = lanes.length ? pick(lanes) : null;
  // Now and then an id the map does not have, or a position past the end.
  const ghost = () => `ghost-${int(9)}`;
  const index = (len: number) => (rand() < 0.05 ? len + 1 + int(5) : int(len));
  const r = rand();
  if (!stage || r < 0.06) return { type: 'AddStage', index: index(map.stages.length), name: `Stage ${int(99)}` };
  if (r < 0.08) return { type: 'SetMapTitle', title: `Title ${int(99)}` };
  if (r < 0.11) return { type: 'RenameStage', id: rand() < 0.1 ? ghost() : stage.id, name: `Renamed ${int(99)}` };
  if (r < 0.15) return { type: 'MoveStage', id: stage.id, index: index(map.stages.length - 1) };
  if (r < 0.17) return { type: 'DeleteStage', id: rand() < 0.1 ? ghost() : stage.id };
  if (!card || r < 0.3) {
    return {
      type: 'AddTouchpoint',
      stage: rand() < 0.05 ? ghost() : stage.id,
      index: index(cardsOf(map, stage.id).length),
      title: `Card ${int(999)}`,
      sentiment: pick(SENTIMENTS),
      lane: lane && rand() < 0.7 ? (rand() < 0.1 ? ghost() : lane.id) : null,
      channel: rand() < 0.3 ? pick(CHANNELS) : null,
    };
  }
  if (r < 0.34) return { type: 'RenameTouchpoint', id: card.id, title: `Title ${int(99)}` };
  if (r < 0.4) return { type: 'SetSentiment', id: rand() < 0.1 ? ghost() : card.id, sentiment: pick(SENTIMENTS) };
  if (r < 0.6) {
    const to = pick(map.stages);
    const others = cardsOf(map, to.id).filter((c) => c.id !== card.id).length;
    return {
      type: 'MoveTouchpoint',
      id: card.id,
      toStage: rand() < 0.05 ? ghost() : to.id,
      index: index(others),
      lane: lane && rand() < 0.6 ? lane.id : null,
    };
  }
  if (r < 0.64) return { type: 'DeleteTouchpoint', id: rand() < 0.1 ? ghost() : card.id };
  if (r < 0.74) {
    const fields = [
      { field: 'description', value: rand() < 0.3 ? '' : `About ${int(99)}` },
      { field: 'channel', value: rand() < 0.3 ? null : pick(CHANNELS) },
      { field: 'presence', value: pick(['online', 'offline', null] as const) },
      { field: 'owner', value: pick(['', 'Marketing', 'Sales']) },
      { field: 'control', value: pick(['brand', 'third-party', null] as const) },
      { field: 'horizon', value: pick(['short-term', 'long-term', null] as const) },
      { field: 'frequency', value: pick(['one-off', 'recurring', null] as const) },
      // 0 and 6 are refused.
      { field: 'score', value: pick([null, 0, 1, 3, 5, 6]) },
      { field: 'painPoints', value: rand() < 0.3 ? [] : [`Pain ${int(9)}`, `Pain ${int(9)}`] },
      { field: 'delights', value: rand() < 0.3 ? [] : [`Delight ${int(9)}`] },
      { field: 'hypotheses', value: rand() < 0.3 ? [] : [{ text: `If ${int(9)}`, status: pick(HYPOTHESIS_STATUSES) }] },
    ] as const;
    return { type: 'SetTouchpointField', id: card.id, field: pick(fields) } as Edit;
  }
  if (r < 0.8) {
    const fields = [
      { field: 'personas', value: rand() < 0.3 ? [] : [{ name: `Persona ${int(9)}`, goals: [`Goal ${int(9)}`] }] },
      { field: 'customerGoals', value: rand() < 0.3 ? [] : [`Want ${int(9)}`] },
      { field: 'businessGoals', value: rand() < 0.3 ? [] : [`Earn ${int(9)}`] },
      { field: 'notes', value: rand() < 0.3 ? '' : `Notes ${int(99)}` },
      // Not a date: refused.
      { field: 'lastReview', value: pick([null, '2026-11-02', '2025-02-28', 'last week']) },
    ] as const;
    return { type: 'SetMapField', field: pick(fields) } as Edit;
  }
  if (!lane || r < 0.85) return { type: 'AddLane', index: index(lanes.length), name: `Lane ${int(99)}` };
  if (r < 0.89) return { type: 'RenameLane', id: rand() < 0.1 ? ghost() : lane.id, name: `Row ${int(99)}` };
  if (r < 0.94) return { type: 'MoveLane', id: lane.id, index: index(lanes.length - 1) };
  return { type: 'DeleteLane', id: rand() < 0.1 ? ghost() : lane.id };
}

const starts: [string, () => MapView][] = [
  ['the sample', sampleMap],
  ['a wide map', wideMap],
  ['a map in lanes', lanesMap],
  ['an empty map', () => mapOf({})],
];

describe('the mirror fed the real core’s patches equals the core’s map', () => {
  for (const [s, [name, start]] of [1, 2, 3, 42, 1234, 99999, 7, 2026].map((seed, i) => [seed, starts[i % starts.length]] as const)) {
    it(`over 300 random edits, undos and redos from ${name} (seed ${s})`, () => {
      const rand = rng(s);
      const core = new WasmCore(start(), 'random.json');
      let mirror = checkMap(core.document().map!);
      let refused = 0;
      let applied = 0;
      try {
        for (let step = 0; step < 300; step++) {
          const before = core.map!;
          const r = rand();
          let update: Update;
          let what: string;
          if (r < 0.12) {
            what = 'undo';
            update = core.undo();
          } else if (r < 0.2) {
            what = 'redo';
            update = core.redo();
          } else {
            const edit = randomEdit(before, rand);
            what = JSON.stringify(edit);
            try {
              update = core.apply(edit);
              applied++;
            } catch (err) {
              expect(err, what).toBeInstanceOf(CoreError);
              refused++;
              // A refused edit changes nothing, in the core or the mirror.
              expect(core.map, `step ${step}: ${what}`).toEqual(before);
              expect(meaning(mirror), `step ${step}: ${what}`).toEqual(meaning(before));
              continue;
            }
          }
          mirror = applyPatch(mirror, update.patch);
          expect(meaning(mirror), `step ${step}: ${what}`).toEqual(meaning(core.map!));
          expect(update.state, `step ${step}: ${what}`).toEqual(core.state());
        }
      } finally {
        core.close();
      }
      // The sequence did what it set out to: edits of both kinds.
      expect(applied).toBeGreaterThan(100);
      expect(refused).toBeGreaterThan(0);
    });
  }

  it('undoing everything brings back the map as it was opened', () => {
    const rand = rng(5);
    const core = new WasmCore(lanesMap(), 'lanes.json');
    const opened = core.map!;
    let mirror = checkMap(opened);
    let done = 0;
    while (done < 80) {
      try {
        mirror = applyPatch(mirror, core.apply(randomEdit(core.map!, rand)).patch);
        done++;
      } catch (err) {
        expect(err).toBeInstanceOf(CoreError);
      }
    }
    while (core.state().canUndo) mirror = applyPatch(mirror, core.undo().patch);
    // Cards of different stages may come back interleaved otherwise in the array, which
    // means nothing (see mirror.ts): the maps are compared by what they mean.
    expect(meaning(core.map!)).toEqual(meaning(opened));
    expect(meaning(mirror)).toEqual(meaning(opened));
    expect(core.state()).toMatchObject({ dirty: false, canUndo: false, canRedo: true });
    core.close();
  });
});
