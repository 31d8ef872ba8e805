// Helpers for the unit tests.
import { cardsOf } from './mirror';
import type { MapView, Sentiment, Touchpoint } from './types';

/** A map with no stages, as the core sends it. */
export function blankMap(title = 'Map'): MapView {
  return { format: 'journey-map', version: '1.1', id: 'map-test', title, stages: [], touchpoints: [] };
}

/** A map from a compact description: { stageId: ['cardId', …] } (stage name = id upper-cased). */
export function mapOf(stages: Record<string, string[]>, title = 'Map'): MapView {
  const map = blankMap(title);
  for (const [id, cards] of Object.entries(stages)) {
    map.stages.push({ id, name: id.toUpperCase() });
    for (const c of cards) map.touchpoints.push(tp(c, id));
  }
  return map;
}

export function tp(id: string, stage: string, sentiment: Sentiment = 'neutral', title = `Card ${id}`): Touchpoint {
  return { id, stage, title, sentiment };
}

/** What the user sees: the stage order and the card order in each stage. */
export function layout(map: MapView): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of map.stages) out[s.id] = cardsOf(map, s.id).map((c) => c.id);
  return out;
}

/** Deep-freezes a value, so a test fails if code under test mutates it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** What a person sees of a text: without the invisible isolation marks Fluent puts around values. */
export function visible<T extends string | null | undefined>(text: T): T {
  return (text == null ? text : text.replace(/[\u2068\u2069]/g, '')) as T;
}
