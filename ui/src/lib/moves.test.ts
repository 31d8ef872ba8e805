import { describe, expect, it } from 'vitest';
import { applyPatch } from './mirror';
import { moveAcrossStages, moveStageBy, moveWithinStage, neighbourCard } from './moves';
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
