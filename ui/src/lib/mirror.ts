// The UI's mirror of the open map, and the application of the core's patches to it.
//
// Everything here is pure: a patch gives a new MapView and never changes the one it was
// applied to, so the UI can keep the old one (and Svelte sees a new value).
//
// Order rules (from the contract):
//   - stage order is the order of `stages`;
//   - the cards of a stage are `touchpoints` filtered by that stage, in array order.
// The relative order of cards of *different* stages in `touchpoints` carries no meaning.

import type { Lane, MapView, PatchOp, Sentiment, Stage, Touchpoint } from './types';
import { isSentiment } from './types';

/** A patch the mirror cannot apply; the UI then reloads the whole document from the core. */
export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchError';
  }
}

/** Checks the shape of a map from the core, so that a bad one fails loudly in one place. */
export function checkMap(map: MapView): MapView {
  if (!map || typeof map !== 'object') throw new PatchError('map is not an object');
  if (typeof map.title !== 'string') throw new PatchError('map.title is not a string');
  if (!Array.isArray(map.stages)) throw new PatchError('map.stages is not an array');
  if (!Array.isArray(map.touchpoints)) throw new PatchError('map.touchpoints is not an array');
  map.stages.forEach(checkStage);
  map.touchpoints.forEach(checkTouchpoint);
  const own = map as unknown as Record<string, unknown>;
  if (!isListOf(own.metricDefinitions, (d) => typeof d.name === 'string')) delete own.metricDefinitions;
  if (!isListOf(own.criteria, (c) => typeof c.id === 'string' && typeof c.name === 'string')) delete own.criteria;
  if (map.lanes !== undefined) {
    if (!Array.isArray(map.lanes)) throw new PatchError('map.lanes is not an array');
    map.lanes.forEach(checkLane);
  }
  return map;
}

function checkLane(lane: Lane): void {
  if (!lane || typeof lane.id !== 'string' || typeof lane.name !== 'string') {
    throw new PatchError('a lane needs a string id and name');
  }
}

function checkStage(stage: Stage): void {
  if (!stage || typeof stage.id !== 'string' || typeof stage.name !== 'string') {
    throw new PatchError('a stage needs a string id and name');
  }
}

function checkTouchpoint(tp: Touchpoint): void {
  if (!tp || typeof tp.id !== 'string' || typeof tp.stage !== 'string' || typeof tp.title !== 'string') {
    throw new PatchError('a touchpoint needs a string id, stage and title');
  }
  if (!isSentiment(tp.sentiment)) {
    throw new PatchError(`touchpoint ${tp.id} has an unknown sentiment`);
  }
  // A file older than 1.2 may hold a script's own `metrics`, `ratings` or `feedback` in
  // another shape; the core keeps them as that file's unknown fields, written back as they
  // were (FORMAT.md, "Added in 1.2"). They are not the app's measures: the UI reads them as none.
  const own = tp as unknown as Record<string, unknown>;
  if (!isListOf(own.metrics, (m) => typeof m.name === 'string' && typeof m.value === 'number')) delete own.metrics;
  if (!isListOf(own.feedback, (f) => typeof f.quote === 'string')) delete own.feedback;
  const ratings = own.ratings;
  const isRatings =
    typeof ratings === 'object' && ratings !== null && !Array.isArray(ratings) && Object.values(ratings).every((r) => Number.isInteger(r) && r >= 1 && r <= 5);
  if (!isRatings) delete own.ratings;
}

/** Whether `value` is a list of objects that each pass `ok`. */
function isListOf(value: unknown, ok: (item: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && ok(item as Record<string, unknown>));
}

function checkIndex(index: number): void {
  if (!Number.isInteger(index) || index < 0) {
    throw new PatchError(`bad index ${String(index)}`);
  }
}

// ---------------------------------------------------------------- queries

/** The map's lanes, top to bottom; empty when the map is one row. */
export function lanesOf(map: MapView): Lane[] {
  return map.lanes ?? [];
}

export function hasLane(map: MapView, id: string): boolean {
  return lanesOf(map).some((l) => l.id === id);
}

/** The lane a card is in: its own, else the first (a card without one is in the first). */
export function laneOf(map: MapView, tp: Touchpoint): string | null {
  const lanes = lanesOf(map);
  if (lanes.length === 0) return null;
  return tp.lane && lanes.some((l) => l.id === tp.lane) ? tp.lane : lanes[0].id;
}

/** The cards in one cell: a stage's cards in one lane (all of them without lanes), in order. */
export function cardsOfCell(map: MapView, stageId: string, laneId: string | null): Touchpoint[] {
  return map.touchpoints.filter((tp) => tp.stage === stageId && (laneId === null || laneOf(map, tp) === laneId));
}

/** The cards of a stage, in order. */
export function cardsOf(map: MapView, stageId: string): Touchpoint[] {
  return map.touchpoints.filter((tp) => tp.stage === stageId);
}

export function findStage(map: MapView, id: string): Stage | undefined {
  return map.stages.find((s) => s.id === id);
}

export function findTouchpoint(map: MapView, id: string): Touchpoint | undefined {
  return map.touchpoints.find((tp) => tp.id === id);
}

export function stageIndex(map: MapView, stageId: string): number {
  return map.stages.findIndex((s) => s.id === stageId);
}

/** Where a card is: its stage and its index among that stage's cards; null if unknown. */
export function positionOf(map: MapView, touchpointId: string): { stage: string; index: number } | null {
  const tp = findTouchpoint(map, touchpointId);
  if (!tp) return null;
  return { stage: tp.stage, index: cardsOf(map, tp.stage).findIndex((c) => c.id === touchpointId) };
}

export type SentimentCounts = Record<Sentiment, number>;

export function sentimentCounts(cards: readonly Touchpoint[]): SentimentCounts {
  const counts: SentimentCounts = { positive: 0, neutral: 0, negative: 0 };
  for (const c of cards) counts[c.sentiment] += 1;
  return counts;
}

// ---------------------------------------------------------------- patches

/** Inserts `tp` so that it becomes card number `index` of its stage (clamped to the end). */
function insertCard(tps: Touchpoint[], tp: Touchpoint, index: number): void {
  const positions: number[] = [];
  tps.forEach((c, i) => {
    if (c.stage === tp.stage) positions.push(i);
  });
  let at: number;
  if (positions.length === 0) at = tps.length;
  else if (index < positions.length) at = positions[index];
  else at = positions[positions.length - 1] + 1;
  tps.splice(at, 0, tp);
}

function removeById<T extends { id: string }>(items: T[], id: string): T | undefined {
  const i = items.findIndex((x) => x.id === id);
  return i < 0 ? undefined : items.splice(i, 1)[0];
}

/**
 * Applies one patch (a list of ops, in order) and returns the new map.
 * Throws PatchError on an op it does not understand or that is malformed; the map given
 * is never changed, so the caller keeps a consistent mirror either way.
 */
export function applyPatch(map: MapView, ops: readonly PatchOp[]): MapView {
  if (!Array.isArray(ops)) throw new PatchError('patch is not a list');
  if (ops.length === 0) return map;
  let title = map.title;
  // Stages and lanes are copied only when an op changes them, so that an edit of a card
  // leaves them the same arrays and what renders them has nothing to check.
  const tps = map.touchpoints.slice();
  let stageList: Stage[] | null = null;
  let laneList: Lane[] | null = null;
  const stages = () => (stageList ??= map.stages.slice());
  const lanes = () => (laneList ??= (map.lanes ?? []).slice());
  let details = {
    personas: map.personas,
    customerGoals: map.customerGoals,
    businessGoals: map.businessGoals,
    notes: map.notes,
    lastReview: map.lastReview,
    metricDefinitions: map.metricDefinitions,
    criteria: map.criteria,
  };

  for (const op of ops) {
    switch (op?.op) {
      case 'mapTitle':
        if (typeof op.title !== 'string') throw new PatchError('mapTitle without a title');
        title = op.title;
        break;
      case 'stageUpsert': {
        checkStage(op.stage);
        checkIndex(op.index);
        removeById(stages(), op.stage.id);
        stages().splice(Math.min(op.index, stages().length), 0, { ...op.stage });
        break;
      }
      case 'stageRemove': {
        removeById(stages(), op.id);
        // A stage's cards go with it. The core also sends their removals; doing it here
        // too keeps the mirror free of orphans whatever the order of the ops.
        for (let i = tps.length - 1; i >= 0; i--) if (tps[i].stage === op.id) tps.splice(i, 1);
        break;
      }
      case 'touchpointUpsert': {
        checkTouchpoint(op.touchpoint);
        checkIndex(op.index);
        removeById(tps, op.touchpoint.id);
        insertCard(tps, { ...op.touchpoint }, op.index);
        break;
      }
      case 'touchpointRemove':
        removeById(tps, op.id);
        break;
      case 'laneUpsert': {
        checkLane(op.lane);
        checkIndex(op.index);
        removeById(lanes(), op.lane.id);
        lanes().splice(Math.min(op.index, lanes().length), 0, { ...op.lane });
        break;
      }
      case 'laneRemove':
        // The core moves the lane's cards first (touchpointUpsert ops before this one).
        removeById(lanes(), op.id);
        break;
      case 'mapDetails': {
        const d = op.details;
        if (!d || typeof d !== 'object' || !Array.isArray(d.personas) || typeof d.notes !== 'string') {
          throw new PatchError('mapDetails without details');
        }
        details = { ...d };
        break;
      }
      default:
        throw new PatchError(`unknown patch op ${JSON.stringify((op as { op?: unknown })?.op)}`);
    }
  }
  return {
    ...map,
    ...details,
    title,
    stages: stageList ?? map.stages,
    touchpoints: tps,
    lanes: laneList ?? map.lanes ?? [],
  };
}
