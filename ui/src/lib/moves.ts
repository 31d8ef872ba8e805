// Keyboard equivalents of dragging, and keyboard navigation between cards. Pure.

import type { Direction } from './keys';
import { cardsOf, positionOf, stageIndex } from './mirror';
import type { Edit, MapView } from './types';

/** Alt+Up/Down: the card one place up or down in its stage; null at the ends. */
export function moveWithinStage(map: MapView, id: string, delta: -1 | 1): Edit | null {
  const pos = positionOf(map, id);
  if (!pos) return null;
  const count = cardsOf(map, pos.stage).length;
  const index = pos.index + delta;
  if (index < 0 || index >= count) return null;
  return { type: 'MoveTouchpoint', id, toStage: pos.stage, index };
}

/**
 * Alt+Left/Right: the card into the previous/next stage, at the same height where it can
 * (its index, clamped to the end of the target stage); null at the first/last stage.
 */
export function moveAcrossStages(map: MapView, id: string, delta: -1 | 1): Edit | null {
  const pos = positionOf(map, id);
  if (!pos) return null;
  const target = map.stages[stageIndex(map, pos.stage) + delta];
  if (!target) return null;
  const index = Math.min(pos.index, cardsOf(map, target.id).length);
  return { type: 'MoveTouchpoint', id, toStage: target.id, index };
}

/** Alt+Left/Right on a stage header: the stage one place left or right; null at the ends. */
export function moveStageBy(map: MapView, stageId: string, delta: -1 | 1): Edit | null {
  const from = stageIndex(map, stageId);
  if (from < 0) return null;
  const index = from + delta;
  if (index < 0 || index >= map.stages.length) return null;
  return { type: 'MoveStage', id: stageId, index };
}

/**
 * The card an arrow key selects. Up/Down stay in the stage (stopping at its ends);
 * Left/Right go to the nearest stage in that direction that has cards, at the same height
 * where possible. With nothing selected, any arrow selects the first card of the map.
 */
export function neighbourCard(map: MapView, id: string | null, dir: Direction): string | null {
  const pos = id ? positionOf(map, id) : null;
  if (!pos) {
    for (const stage of map.stages) {
      const cards = cardsOf(map, stage.id);
      if (cards.length) return cards[0].id;
    }
    return null;
  }
  if (dir === 'up' || dir === 'down') {
    const cards = cardsOf(map, pos.stage);
    const next = cards[pos.index + (dir === 'up' ? -1 : 1)];
    return next ? next.id : id;
  }
  const step = dir === 'left' ? -1 : 1;
  for (let s = stageIndex(map, pos.stage) + step; s >= 0 && s < map.stages.length; s += step) {
    const cards = cardsOf(map, map.stages[s].id);
    if (cards.length) return cards[Math.min(pos.index, cards.length - 1)].id;
  }
  return id;
}
