// The emotion curve: for each stage, the mean of its cards' sentiments (positive 1,
// neutral 0, negative −1), null for a stage with no cards. The same rule as the core's
// Map::emotion_curve, which draws it in image exports.

import type { MapView, Sentiment, Stage, Touchpoint } from './types';

const VALUE: Record<Sentiment, number> = { positive: 1, neutral: 0, negative: -1 };

export function emotionCurve(map: MapView): (number | null)[] {
  const byStage = new Map(map.stages.map((s) => [s.id, [] as Touchpoint[]]));
  for (const tp of map.touchpoints) byStage.get(tp.stage)?.push(tp);
  return map.stages.map((s) => meanFeeling(byStage.get(s.id)!));
}

function meanFeeling(cards: readonly Touchpoint[]): number | null {
  return cards.length > 0 ? cards.reduce((sum, tp) => sum + VALUE[tp.sentiment], 0) / cards.length : null;
}

/** Each stage's value, kept with the array of its cards: the board's grouping keeps the
 * arrays of stages an edit did not touch, so an edit reckons one stage, not the map. */
const stageValues = new WeakMap<readonly Touchpoint[], number | null>();

function stageValue(cards: readonly Touchpoint[]): number | null {
  let value = stageValues.get(cards);
  if (value === undefined) {
    value = meanFeeling(cards);
    stageValues.set(cards, value);
  }
  return value;
}

/** `emotionCurve` from the cards grouped by stage (grouping.ts). */
export function curveOfGroups(stages: readonly Stage[], byStage: ReadonlyMap<string, readonly Touchpoint[]>): (number | null)[] {
  return stages.map((s) => stageValue(byStage.get(s.id) ?? []));
}

/** The curve as it will be once a dragged card lands in `toStage`: the board shows it live. */
export function curveWithMove(map: MapView, cardId: string, toStage: string): (number | null)[] {
  const moved: Touchpoint[] = map.touchpoints.map((tp) => (tp.id === cardId ? { ...tp, stage: toStage } : tp));
  return emotionCurve({ ...map, touchpoints: moved });
}

/** The curve as it will be once a new card (from the library) lands in `toStage`. */
export function curveWithNew(map: MapView, toStage: string, sentiment: Sentiment): (number | null)[] {
  const added: Touchpoint = { id: '', stage: toStage, title: '', sentiment };
  return emotionCurve({ ...map, touchpoints: [...map.touchpoints, added] });
}

/** The sentiment a curve value reads as, for its dot's colour. */
export function tone(value: number): Sentiment {
  if (value > 0.15) return 'positive';
  if (value < -0.15) return 'negative';
  return 'neutral';
}

/**
 * An SVG path through the points with values, smooth, broken at stages without cards.
 * `x(i)` is the centre of column i, `y(v)` the height of value v.
 */
export function curvePath(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let previous: [number, number] | null = null;
  values.forEach((v, i) => {
    if (v === null) {
      previous = null;
      return;
    }
    const point: [number, number] = [x(i), y(v)];
    if (previous === null) {
      d += `M${point[0]} ${point[1]}`;
    } else {
      const mid = (previous[0] + point[0]) / 2;
      d += `C${mid} ${previous[1]} ${mid} ${point[1]} ${point[0]} ${point[1]}`;
    }
    previous = point;
  });
  return d;
}
