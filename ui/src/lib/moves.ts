// Keyboard equivalents of dragging, keyboard navigation between cards, and the conversion
// of a place on the board (a cell and a position in it) into the core's MoveTouchpoint. Pure.
//
// With lanes the board is a grid: a card sits in a cell (its stage and its lane) and the
// user sees the cards of a cell in the stage's card order. The core's `index` counts the
// cards of the stage in every lane, so a position in a cell is converted here.

import type { Direction } from './keys';
import { cardsOf, cardsOfCell, findTouchpoint, laneOf, lanesOf, stageIndex } from './mirror';
import type { Edit, MapView, MoveEdit, Touchpoint } from './types';

/** Where a card is on the board: its stage, its lane (null without lanes) and its index in that cell. */
export interface CellPosition {
  stage: string;
  lane: string | null;
  index: number;
}

export function cellPositionOf(map: MapView, id: string): CellPosition | null {
  const tp = findTouchpoint(map, id);
  if (!tp) return null;
  const lane = laneOf(map, tp);
  const index = cardsOfCell(map, tp.stage, lane).findIndex((c) => c.id === id);
  return { stage: tp.stage, lane, index };
}

/**
 * The core's stage-level index for position `k` of a cell, with the card `movingId` left
 * out (it is the one being moved): the stage index of the cell's k-th card, or right after
 * the cell's last card, or the end of the stage when the cell is empty.
 */
export function stageIndexForCell(
  map: MapView,
  stageId: string,
  laneId: string | null,
  k: number,
  movingId: string | null = null,
): number {
  const cards = cardsOf(map, stageId).filter((c) => c.id !== movingId);
  if (laneId === null) return Math.max(0, Math.min(k, cards.length));
  let seen = 0;
  let last = -1;
  for (let i = 0; i < cards.length; i++) {
    if (laneOf(map, cards[i]) !== laneId) continue;
    if (seen === k) return i;
    seen += 1;
    last = i;
  }
  return last >= 0 ? last + 1 : cards.length;
}

/**
 * The edit that puts card `id` at position `index` of a cell (`index` counts the cell's
 * other cards); null when that is where it already is, or the card is unknown.
 */
export function moveToCell(map: MapView, id: string, stageId: string, laneId: string | null, index: number): MoveEdit | null {
  const pos = cellPositionOf(map, id);
  if (!pos) return null;
  if (pos.stage === stageId && pos.lane === laneId && pos.index === index) return null;
  const edit: MoveEdit = { type: 'MoveTouchpoint', id, toStage: stageId, index: stageIndexForCell(map, stageId, laneId, index, id) };
  if (laneId !== null) edit.lane = laneId;
  return edit;
}

/**
 * Alt+Up/Down: the card one place up or down in its stage; null at the ends. With lanes,
 * one place up or down in its cell, and past the top (bottom) of the cell into the lane
 * above (below), as its last (first) card.
 */
export function moveWithinStage(map: MapView, id: string, delta: -1 | 1): MoveEdit | null {
  const pos = cellPositionOf(map, id);
  if (!pos) return null;
  if (pos.lane === null) {
    const count = cardsOf(map, pos.stage).length;
    const index = pos.index + delta;
    if (index < 0 || index >= count) return null;
    return { type: 'MoveTouchpoint', id, toStage: pos.stage, index };
  }
  const count = cardsOfCell(map, pos.stage, pos.lane).length;
  const index = pos.index + delta;
  if (index >= 0 && index < count) return moveToCell(map, id, pos.stage, pos.lane, index);
  const lanes = lanesOf(map);
  const next = lanes[lanes.findIndex((l) => l.id === pos.lane) + delta];
  if (!next) return null;
  const at = delta < 0 ? cardsOfCell(map, pos.stage, next.id).length : 0;
  return moveToCell(map, id, pos.stage, next.id, at);
}

/**
 * Alt+Left/Right: the card into the previous/next stage, at the same height where it can
 * (its index, clamped to the end of the target stage; with lanes, in the same lane and
 * its index in the cell); null at the first/last stage.
 */
export function moveAcrossStages(map: MapView, id: string, delta: -1 | 1): MoveEdit | null {
  const pos = cellPositionOf(map, id);
  if (!pos) return null;
  const target = map.stages[stageIndex(map, pos.stage) + delta];
  if (!target) return null;
  if (pos.lane === null) {
    const index = Math.min(pos.index, cardsOf(map, target.id).length);
    return { type: 'MoveTouchpoint', id, toStage: target.id, index };
  }
  const index = Math.min(pos.index, cardsOfCell(map, target.id, pos.lane).length);
  return moveToCell(map, id, target.id, pos.lane, index);
}

/** Alt+Left/Right on a stage header: the stage one place left or right; null at the ends. */
export function moveStageBy(map: MapView, stageId: string, delta: -1 | 1): Edit | null {
  const from = stageIndex(map, stageId);
  if (from < 0) return null;
  const index = from + delta;
  if (index < 0 || index >= map.stages.length) return null;
  return { type: 'MoveStage', id: stageId, index };
}

/** Alt+Up/Down on a lane header: the lane one place up or down; null at the ends. */
export function moveLaneBy(map: MapView, laneId: string, delta: -1 | 1): Edit | null {
  const lanes = lanesOf(map);
  const from = lanes.findIndex((l) => l.id === laneId);
  if (from < 0) return null;
  const index = from + delta;
  if (index < 0 || index >= lanes.length) return null;
  return { type: 'MoveLane', id: laneId, index };
}

/** The lane that takes in a deleted lane's cards: the next one, else the previous; null for the last lane. */
export function heirLane(map: MapView, laneId: string): string | null {
  const lanes = lanesOf(map);
  const at = lanes.findIndex((l) => l.id === laneId);
  if (at < 0) return null;
  return (lanes[at + 1] ?? lanes[at - 1])?.id ?? null;
}

/** The cards of a stage as they appear on screen, top to bottom (lane by lane, with lanes). */
export function columnOrder(map: MapView, stageId: string): Touchpoint[] {
  const cards = cardsOf(map, stageId);
  const lanes = lanesOf(map);
  if (lanes.length === 0) return cards;
  const rows = new Map<string, Touchpoint[]>(lanes.map((l) => [l.id, []]));
  for (const c of cards) rows.get(laneOf(map, c)!)!.push(c);
  return lanes.flatMap((l) => rows.get(l.id)!);
}

/**
 * The card an arrow key selects. Up/Down stay in the stage (stopping at its ends; with
 * lanes they go on into the next lane's cell). Left/Right go to the nearest stage in that
 * direction that has cards, at the same height where possible (with lanes: in the same
 * lane if it has cards there, else the nearest lane that has). With nothing selected, any
 * arrow selects the first card of the map.
 */
export function neighbourCard(map: MapView, id: string | null, dir: Direction): string | null {
  const pos = id ? cellPositionOf(map, id) : null;
  if (!pos || !id) {
    for (const stage of map.stages) {
      const cards = columnOrder(map, stage.id);
      if (cards.length) return cards[0].id;
    }
    return null;
  }
  if (dir === 'up' || dir === 'down') {
    const cards = columnOrder(map, pos.stage);
    const at = cards.findIndex((c) => c.id === id);
    const next = cards[at + (dir === 'up' ? -1 : 1)];
    return next ? next.id : id;
  }
  const step = dir === 'left' ? -1 : 1;
  const lanes = lanesOf(map);
  for (let s = stageIndex(map, pos.stage) + step; s >= 0 && s < map.stages.length; s += step) {
    const stageId = map.stages[s].id;
    if (pos.lane === null) {
      const cards = cardsOf(map, stageId);
      if (cards.length) return cards[Math.min(pos.index, cards.length - 1)].id;
      continue;
    }
    const li = lanes.findIndex((l) => l.id === pos.lane);
    // The same lane first, then the lanes ever further above and below it.
    for (let d = 0; d < lanes.length; d++) {
      for (const j of d === 0 ? [li] : [li - d, li + d]) {
        if (j < 0 || j >= lanes.length) continue;
        const cards = cardsOfCell(map, stageId, lanes[j].id);
        if (cards.length) return cards[Math.min(pos.index, cards.length - 1)].id;
      }
    }
  }
  return id;
}
