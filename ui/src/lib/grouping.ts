// The board's cards grouped by stage and, on a map with lanes, by cell (stage and lane).
//
// An edit changes one or two cells, but the mirror gives a new card list for the whole map.
// Grouping again gives every cell a new array, and every column would then re-check all its
// cards. So a cell whose cards are the same objects, in the same order, as in the previous
// grouping keeps its previous array: Svelte sees an unchanged value and leaves that cell
// alone, and an edit costs the cells it touched, not the map.

import type { Lane, MapView, Touchpoint } from './types';

export interface Grouping {
  /** Each stage's cards, in order. */
  byStage: Map<string, Touchpoint[]>;
  /** With lanes: each stage's cards per lane, in order. */
  byCell: Map<string, Map<string, Touchpoint[]>>;
  /** With lanes: the number of cards in each lane. */
  perLane: Map<string, number>;
}

function same(a: readonly Touchpoint[] | undefined, b: readonly Touchpoint[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function keep(previous: Touchpoint[] | undefined, next: Touchpoint[]): Touchpoint[] {
  return previous && same(previous, next) ? previous : next;
}

/**
 * Groups the map's cards in one pass. A card without a lane, or with one the map does not
 * have, is in the first lane. Cells equal to `previous`'s keep their arrays.
 */
export function groupCards(map: MapView, lanes: readonly Lane[], previous?: Grouping): Grouping {
  const byStage = new Map<string, Touchpoint[]>();
  const byCell = new Map<string, Map<string, Touchpoint[]>>();
  const perLane = new Map<string, number>();
  for (const s of map.stages) byStage.set(s.id, []);
  if (lanes.length > 0) {
    for (const s of map.stages) byCell.set(s.id, new Map(lanes.map((l) => [l.id, []])));
    for (const l of lanes) perLane.set(l.id, 0);
  }
  const first = lanes[0]?.id;
  for (const tp of map.touchpoints) {
    const stageCards = byStage.get(tp.stage);
    if (!stageCards) continue;
    stageCards.push(tp);
    if (first === undefined) continue;
    const lane = tp.lane && perLane.has(tp.lane) ? tp.lane : first;
    byCell.get(tp.stage)!.get(lane)!.push(tp);
    perLane.set(lane, perLane.get(lane)! + 1);
  }
  if (previous) {
    for (const [stage, cards] of byStage) byStage.set(stage, keep(previous.byStage.get(stage), cards));
    for (const [stage, cells] of byCell) {
      const before = previous.byCell.get(stage);
      if (!before) continue;
      for (const [lane, cards] of cells) cells.set(lane, keep(before.get(lane), cards));
    }
  }
  return { byStage, byCell, perLane };
}
