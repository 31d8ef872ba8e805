// The board's cards grouped by stage and, on a map with lanes, by cell (stage and lane).
//
// An edit changes one or two cells, but the mirror gives a new card list for the whole map.
// Grouping again gives every cell a new array, and every column would then re-check all its
// cards. So a cell whose cards are the same objects, in the same order, as in the previous
// grouping keeps its previous array: Svelte sees an unchanged value and leaves that cell
// alone, and an edit costs the cells it touched, not the map.
//
// Most edits change a card where it is (its sentiment, title, details): then the card list
// differs from the previous one only in those cards, at the same places, and the grouping is
// the previous one with them swapped in, without going through the 10,000 others' stages.

import type { Lane, MapView, Touchpoint } from './types';

export interface Grouping {
  /** Each stage's cards, in order. */
  byStage: Map<string, Touchpoint[]>;
  /** With lanes: each stage's cards per lane, in order. */
  byCell: Map<string, Map<string, Touchpoint[]>>;
  /** With lanes: the number of cards in each lane. */
  perLane: Map<string, number>;
  /** What it was grouped from. */
  source: { touchpoints: readonly Touchpoint[]; stages: MapView['stages']; lanes: readonly Lane[] };
}

/** More changed cards than this: grouping again is as quick. */
const MOST_SWAPPED = 64;

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
  const swapped = previous && swapIn(map, lanes, previous);
  if (swapped) return swapped;
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
  return { byStage, byCell, perLane, source: { touchpoints: map.touchpoints, stages: map.stages, lanes } };
}

/**
 * `previous` with the cards that changed where they are swapped in; null when the stages,
 * the lanes, the number of cards, or any changed card's stage or lane are not as before.
 */
function swapIn(map: MapView, lanes: readonly Lane[], previous: Grouping): Grouping | null {
  const before = previous.source;
  const next = map.touchpoints;
  if (before.stages !== map.stages || before.lanes !== lanes || before.touchpoints.length !== next.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < next.length; i++) {
    if (next[i] === before.touchpoints[i]) continue;
    const was = before.touchpoints[i];
    if (was.id !== next[i].id || was.stage !== next[i].stage || was.lane !== next[i].lane || changed.length === MOST_SWAPPED) return null;
    changed.push(i);
  }
  const byStage = new Map(previous.byStage);
  const byCell = new Map(previous.byCell);
  const first = lanes[0]?.id;
  // Each touched list is copied once, so that `previous` stays as it was.
  const copied = new Set<Touchpoint[]>();
  const swap = (list: Touchpoint[] | undefined, was: Touchpoint, now: Touchpoint): Touchpoint[] | null => {
    const at = list ? list.indexOf(was) : -1;
    if (!list || at < 0) return null;
    const out = copied.has(list) ? list : list.slice();
    copied.add(out);
    out[at] = now;
    return out;
  };
  for (const i of changed) {
    const was = before.touchpoints[i];
    const now = next[i];
    // A card of a stage the map does not have is in no list, before or after.
    if (!byStage.has(now.stage)) continue;
    const stageCards = swap(byStage.get(now.stage), was, now);
    if (!stageCards) return null;
    byStage.set(now.stage, stageCards);
    if (first === undefined) continue;
    const lane = now.lane && previous.perLane.has(now.lane) ? now.lane : first;
    const cells = new Map(byCell.get(now.stage));
    const cellCards = swap(cells.get(lane), was, now);
    if (!cellCards) return null;
    cells.set(lane, cellCards);
    byCell.set(now.stage, cells);
  }
  return { byStage, byCell, perLane: previous.perLane, source: { touchpoints: next, stages: map.stages, lanes } };
}
