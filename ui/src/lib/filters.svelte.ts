// Filters and highlights: which cards the user is looking at, by sentiment, channel, owner
// team, lane, and the board's measure (off target, not measured). Cards that do not match are dimmed, not removed, so the grid keeps its
// shape and the user keeps their bearings. A dimension left empty matches every card.

import { laneOf } from './mirror';
import type { Reading, ShownMeasure } from './measures';
import type { Channel, MapView, Sentiment, Touchpoint } from './types';

/** The cards of the board's measure a filter keeps. */
export type MeasureFilter = 'offTarget' | 'notMeasured';

export class FilterController {
  sentiments = $state<Sentiment[]>([]);
  channel = $state<Channel | null>(null);
  owner = $state<string | null>(null);
  lane = $state<string | null>(null);
  measure = $state<MeasureFilter | null>(null);

  get active(): boolean {
    return this.sentiments.length > 0 || this.channel !== null || this.owner !== null || this.lane !== null || this.measure !== null;
  }

  toggleSentiment(s: Sentiment): void {
    this.sentiments = this.sentiments.includes(s) ? this.sentiments.filter((x) => x !== s) : [...this.sentiments, s];
  }

  clear(): void {
    this.sentiments = [];
    this.channel = null;
    this.owner = null;
    this.lane = null;
    this.measure = null;
  }

  toggleMeasure(f: MeasureFilter): void {
    this.measure = this.measure === f ? null : f;
  }

  /** True when the card is one the user is looking at; `reading` is its value of the board's measure. */
  matches(map: MapView, tp: Touchpoint, reading: Reading | null = null): boolean {
    if (this.measure === 'offTarget' && reading?.onTarget !== false) return false;
    if (this.measure === 'notMeasured' && reading !== null) return false;
    if (this.sentiments.length > 0 && !this.sentiments.includes(tp.sentiment)) return false;
    if (this.channel !== null && tp.channel !== this.channel) return false;
    if (this.owner !== null && (tp.owner ?? '').trim() !== this.owner) return false;
    if (this.lane !== null && laneOf(map, tp) !== this.lane) return false;
    return true;
  }

  /** Forgets choices that no longer exist in the map (a lane deleted, an owner renamed). */
  prune(map: MapView, shown: ShownMeasure | null = null): void {
    if (this.measure !== null && shown === null) this.measure = null;
    if (this.lane !== null && !(map.lanes ?? []).some((l) => l.id === this.lane)) this.lane = null;
    if (this.owner !== null && !ownersOf(map).includes(this.owner)) this.owner = null;
  }
}

/** The owner teams named in the map, for the filter and for suggestions, sorted. */
export function ownersOf(map: MapView): string[] {
  const names = new Set<string>();
  for (const tp of map.touchpoints) {
    const owner = (tp.owner ?? '').trim();
    if (owner) names.add(owner);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** The channels used in the map, in the order of the list of channels. */
export function channelsOf(map: MapView, all: readonly Channel[]): Channel[] {
  const used = new Set(map.touchpoints.map((tp) => tp.channel).filter((c): c is Channel => !!c));
  return all.filter((c) => used.has(c));
}

/** What a stage's header flags: a gap in the journey, or a stage where everything hurts. */
export function stageFlag(cards: readonly Touchpoint[]): 'empty' | 'allNegative' | null {
  if (cards.length === 0) return 'empty';
  if (cards.every((c) => c.sentiment === 'negative')) return 'allNegative';
  return null;
}
