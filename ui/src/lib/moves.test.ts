import { describe, expect, it } from 'vitest';
import { applyPatch, cardsOfCell } from './mirror';
import {
  cellPositionOf,
  columnOrder,
  heirLane,
  moveAcrossStages,
  moveLaneBy,
  moveStageBy,
  moveToCell,
  moveWithinStage,
  neighbourCard,
  stageIndexForCell,
} from './moves';
import { layout, mapOf } from './testutil';
import type { Edit, MapView } from './types';

const map = mapOf({ a: ['a1', 'a2', 'a3'], b: ['b1'], c: [], d: ['d1', 'd2'] });

/** Applies a MoveTouchpoint the way the core would answer it. */
function applyMove(m: MapView, edit: Edit | null): MapView {
  if (!edit || edit.type !== 'MoveTouchpoint') throw new Error('not a move');
  const card = m.touchpoints.find((c) => c.id === edit.id)!;
  return applyPatch(m, [{ op: 'touchpointUpsert', touchpoint: { ...card, stage: edit.toStage }, index: edit.index }]);
}

describe('moveWithinStage (Alt+Up/Down)', () => {
  it('moves one place', () => {
    expect(moveWithinStage(map, 'a2', -1)).toEqual({ type: 'MoveTouchpoint', id: 'a2', toStage: 'a', index: 0 });
    expect(moveWithinStage(map, 'a2', 1)).toEqual({ type: 'MoveTouchpoint', id: 'a2', toStage: 'a', index: 2 });
    expect(layout(applyMove(map, moveWithinStage(map, 'a1', 1))).a).toEqual(['a2', 'a1', 'a3']);
    expect(layout(applyMove(map, moveWithinStage(map, 'a3', -1))).a).toEqual(['a1', 'a3', 'a2']);
  });

  it('does nothing at the ends, or for an unknown card', () => {
    expect(moveWithinStage(map, 'a1', -1)).toBeNull();
    expect(moveWithinStage(map, 'a3', 1)).toBeNull();
    expect(moveWithinStage(map, 'b1', 1)).toBeNull();
    expect(moveWithinStage(map, 'zz', 1)).toBeNull();
  });
});

describe('moveAcrossStages (Alt+Left/Right)', () => {
  it('keeps the card’s height where the target stage allows it', () => {
    expect(moveAcrossStages(map, 'd2', -1)).toEqual({ type: 'MoveTouchpoint', id: 'd2', toStage: 'c', index: 0 });
    expect(moveAcrossStages(map, 'a1', 1)).toEqual({ type: 'MoveTouchpoint', id: 'a1', toStage: 'b', index: 0 });
    expect(moveAcrossStages(map, 'a3', 1)).toEqual({ type: 'MoveTouchpoint', id: 'a3', toStage: 'b', index: 1 });
    expect(moveAcrossStages(map, 'b1', -1)).toEqual({ type: 'MoveTouchpoint', id: 'b1', toStage: 'a', index: 0 });
  });

  it('moves into empty stages rather than skipping them', () => {
    expect(layout(applyMove(map, moveAcrossStages(map, 'b1', 1)))).toEqual({ a: ['a1', 'a2', 'a3'], b: [], c: ['b1'], d: ['d1', 'd2'] });
  });

  it('does nothing at the first and last stage', () => {
    expect(moveAcrossStages(map, 'a1', -1)).toBeNull();
    expect(moveAcrossStages(map, 'd1', 1)).toBeNull();
  });
});

describe('moveStageBy', () => {
  it('moves a stage one place, within bounds', () => {
    expect(moveStageBy(map, 'b', -1)).toEqual({ type: 'MoveStage', id: 'b', index: 0 });
    expect(moveStageBy(map, 'b', 1)).toEqual({ type: 'MoveStage', id: 'b', index: 2 });
    expect(moveStageBy(map, 'a', -1)).toBeNull();
    expect(moveStageBy(map, 'd', 1)).toBeNull();
    expect(moveStageBy(map, 'zz', 1)).toBeNull();
  });
});

describe('neighbourCard (arrow keys)', () => {
  it('moves up and down inside a stage and stops at the ends', () => {
    expect(neighbourCard(map, 'a2', 'up')).toBe('a1');
    expect(neighbourCard(map, 'a2', 'down')).toBe('a3');
    expect(neighbourCard(map, 'a1', 'up')).toBe('a1');
    expect(neighbourCard(map, 'a3', 'down')).toBe('a3');
  });

  it('goes sideways to the nearest stage with cards, at the same height where it can', () => {
    expect(neighbourCard(map, 'a3', 'right')).toBe('b1');
    expect(neighbourCard(map, 'b1', 'right')).toBe('d1'); // c is empty
    expect(neighbourCard(map, 'd2', 'left')).toBe('b1');
    expect(neighbourCard(map, 'b1', 'left')).toBe('a1');
    expect(neighbourCard(map, 'a2', 'left')).toBe('a2');
    expect(neighbourCard(map, 'd1', 'right')).toBe('d1');
  });

  it('selects the first card when nothing (or something gone) is selected', () => {
    expect(neighbourCard(map, null, 'down')).toBe('a1');
    expect(neighbourCard(map, 'gone', 'left')).toBe('a1');
    expect(neighbourCard(mapOf({ a: [], b: ['b1'] }), null, 'up')).toBe('b1');
    expect(neighbourCard(mapOf({ a: [] }), null, 'up')).toBeNull();
  });
});

// ------------------------------------------------------------------ lanes

/**
 * Stages a, b, c and lanes L1..L3. Stage a's card order is a1 a2 a3 a4, with a1 and a3 in
 * L1 and a2 and a4 in L2 (cards of different lanes interleave in the stage's order).
 */
function laneMap(): MapView {
  const map = mapOf({ a: ['a1', 'a2', 'a3', 'a4'], b: ['b1'], c: [] });
  map.lanes = [
    { id: 'L1', name: 'Customer actions' },
    { id: 'L2', name: 'Touchpoints' },
    { id: 'L3', name: 'Pain points' },
  ];
  const lanes: Record<string, string> = { a1: 'L1', a2: 'L2', a3: 'L1', a4: 'L2', b1: 'L2' };
  for (const c of map.touchpoints) c.lane = lanes[c.id];
  return map;
}

/** Applies a MoveTouchpoint as the core does: the stage-level index, then the lane. */
function applyLaneMove(m: MapView, edit: Edit | null): MapView {
  if (!edit || edit.type !== 'MoveTouchpoint') throw new Error('not a move');
  const card = m.touchpoints.find((c) => c.id === edit.id)!;
  const moved = { ...card, stage: edit.toStage, ...(edit.lane ? { lane: edit.lane } : {}) };
  return applyPatch(m, [{ op: 'touchpointUpsert', touchpoint: moved, index: edit.index }]);
}

/** What the user sees on a map with lanes: "stage/lane" -> the cell's cards. */
function cells(m: MapView): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of m.stages) for (const l of m.lanes!) out[`${s.id}/${l.id}`] = cardsOfCell(m, s.id, l.id).map((c) => c.id);
  return out;
}

describe('cells on a map with lanes', () => {
  const map = laneMap();

  it('knows where a card is: stage, lane and index in its cell', () => {
    expect(cellPositionOf(map, 'a3')).toEqual({ stage: 'a', lane: 'L1', index: 1 });
    expect(cellPositionOf(map, 'a4')).toEqual({ stage: 'a', lane: 'L2', index: 1 });
    expect(cellPositionOf(mapOf({ a: ['a1', 'a2'] }), 'a2')).toEqual({ stage: 'a', lane: null, index: 1 });
    expect(cellPositionOf(map, 'zz')).toBeNull();
  });

  it('converts a place in a cell into the stage-level index of the contract', () => {
    // The stage index of the cell's k-th card …
    expect(stageIndexForCell(map, 'a', 'L2', 0)).toBe(1);
    expect(stageIndexForCell(map, 'a', 'L2', 1)).toBe(3);
    // … or right after the cell's last card …
    expect(stageIndexForCell(map, 'a', 'L2', 2)).toBe(4);
    expect(stageIndexForCell(map, 'a', 'L1', 2)).toBe(3);
    // … or the end of the stage when the cell is empty.
    expect(stageIndexForCell(map, 'a', 'L3', 0)).toBe(4);
    expect(stageIndexForCell(map, 'c', 'L1', 0)).toBe(0);
    // The card being moved is left out of the count.
    expect(stageIndexForCell(map, 'a', 'L1', 1, 'a1')).toBe(2);
    expect(stageIndexForCell(map, 'a', 'L2', 1, 'a1')).toBe(2);
    // Without lanes: the index itself.
    expect(stageIndexForCell(mapOf({ a: ['a1', 'a2'] }), 'a', null, 1)).toBe(1);
  });

  it('turns a drop on another lane and stage into MoveTouchpoint {toStage, index, lane}', () => {
    expect(moveToCell(map, 'a1', 'b', 'L3', 0)).toEqual({ type: 'MoveTouchpoint', id: 'a1', toStage: 'b', index: 1, lane: 'L3' });
    expect(moveToCell(map, 'a1', 'b', 'L2', 0)).toEqual({ type: 'MoveTouchpoint', id: 'a1', toStage: 'b', index: 0, lane: 'L2' });
    const after = applyLaneMove(map, moveToCell(map, 'a1', 'b', 'L2', 1));
    expect(cells(after)['b/L2']).toEqual(['b1', 'a1']);
    expect(cells(after)['a/L1']).toEqual(['a3']);
  });

  it('moves between the lanes of one stage to the exact place in the cell', () => {
    const edit = moveToCell(map, 'a1', 'a', 'L2', 1);
    expect(edit).toEqual({ type: 'MoveTouchpoint', id: 'a1', toStage: 'a', index: 2, lane: 'L2' });
    expect(cells(applyLaneMove(map, edit))).toMatchObject({ 'a/L1': ['a3'], 'a/L2': ['a2', 'a1', 'a4'] });
    expect(cells(applyLaneMove(map, moveToCell(map, 'a4', 'a', 'L1', 0)))).toMatchObject({ 'a/L1': ['a4', 'a1', 'a3'] });
    expect(cells(applyLaneMove(map, moveToCell(map, 'a1', 'a', 'L3', 0)))).toMatchObject({ 'a/L3': ['a1'] });
  });

  it('sends nothing for the place a card already has', () => {
    expect(moveToCell(map, 'a3', 'a', 'L1', 1)).toBeNull();
    expect(moveToCell(map, 'zz', 'a', 'L1', 0)).toBeNull();
  });

  it('Alt+Up/Down moves within the cell, and past its edge into the next lane', () => {
    expect(moveWithinStage(map, 'a3', -1)).toEqual({ type: 'MoveTouchpoint', id: 'a3', toStage: 'a', index: 0, lane: 'L1' });
    expect(cells(applyLaneMove(map, moveWithinStage(map, 'a3', -1)))['a/L1']).toEqual(['a3', 'a1']);
    // Down from the bottom of L1: the top of L2.
    const down = applyLaneMove(map, moveWithinStage(map, 'a3', 1));
    expect(cells(down)).toMatchObject({ 'a/L1': ['a1'], 'a/L2': ['a3', 'a2', 'a4'] });
    // Up from the top of L2: the bottom of L1.
    const up = applyLaneMove(map, moveWithinStage(map, 'a2', -1));
    expect(cells(up)).toMatchObject({ 'a/L1': ['a1', 'a3', 'a2'], 'a/L2': ['a4'] });
    // Into an empty lane.
    expect(cells(applyLaneMove(map, moveWithinStage(map, 'a4', 1)))).toMatchObject({ 'a/L2': ['a2'], 'a/L3': ['a4'] });
    // Nothing above the first lane or below the last.
    expect(moveWithinStage(map, 'a1', -1)).toBeNull();
    const bottom = applyLaneMove(map, moveWithinStage(map, 'a4', 1));
    expect(moveWithinStage(bottom, 'a4', 1)).toBeNull();
  });

  it('Alt+Left/Right keeps the lane and the height in the cell', () => {
    expect(moveAcrossStages(map, 'a3', 1)).toEqual({ type: 'MoveTouchpoint', id: 'a3', toStage: 'b', index: 1, lane: 'L1' });
    expect(cells(applyLaneMove(map, moveAcrossStages(map, 'a4', 1)))['b/L2']).toEqual(['b1', 'a4']);
    expect(cells(applyLaneMove(map, moveAcrossStages(map, 'a2', 1)))['b/L2']).toEqual(['a2', 'b1']);
    expect(cells(applyLaneMove(map, moveAcrossStages(map, 'b1', -1)))['a/L2']).toEqual(['b1', 'a2', 'a4']);
    expect(moveAcrossStages(map, 'a1', -1)).toBeNull();
  });

  it('arrow keys walk the cards as they are on screen, lane by lane', () => {
    expect(columnOrder(map, 'a').map((c) => c.id)).toEqual(['a1', 'a3', 'a2', 'a4']);
    expect(neighbourCard(map, 'a3', 'down')).toBe('a2');
    expect(neighbourCard(map, 'a2', 'up')).toBe('a3');
    expect(neighbourCard(map, 'a4', 'down')).toBe('a4');
    expect(neighbourCard(map, null, 'down')).toBe('a1');
    // Sideways: the same lane when it has cards there, else the nearest lane that has.
    expect(neighbourCard(map, 'a2', 'right')).toBe('b1');
    expect(neighbourCard(map, 'a1', 'right')).toBe('b1');
    expect(neighbourCard(map, 'b1', 'left')).toBe('a2');
    expect(neighbourCard(map, 'b1', 'right')).toBe('b1');
  });

  it('moves lanes and knows where a deleted lane’s cards go', () => {
    expect(moveLaneBy(map, 'L2', -1)).toEqual({ type: 'MoveLane', id: 'L2', index: 0 });
    expect(moveLaneBy(map, 'L2', 1)).toEqual({ type: 'MoveLane', id: 'L2', index: 2 });
    expect(moveLaneBy(map, 'L1', -1)).toBeNull();
    expect(moveLaneBy(map, 'L3', 1)).toBeNull();
    expect(heirLane(map, 'L1')).toBe('L2');
    expect(heirLane(map, 'L3')).toBe('L2');
    const one = { ...map, lanes: [map.lanes![0]] };
    expect(heirLane(one, 'L1')).toBeNull();
  });
});
