// Find on the board (Ctrl+F): which cards a query matches, in the board's order. Case and
// accents do not count ("ECOLE" finds "école", "ежик" finds "ёжик", "lodz" finds "Łódź"),
// so a marketer finds a card however its text was typed. Pure: find.svelte.ts holds the query.

import type { MapView, Touchpoint } from './types';

/**
 * Text as the search compares it: lower case, without accents. Ł has no accent to take off
 * (it is a letter of its own), so it is folded by hand; the Russian й keeps its breve, as
 * й and и are different letters to a Russian reader, while ё is read as е.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/(?<!и)\u0306|[\u0300-\u0305\u0307-\u036f]/g, '')
    .normalize('NFC');
}

/** The texts of a card that Find looks in: title, description, pain points, delights, hypotheses, owner. */
function textsOf(card: Touchpoint): string[] {
  const texts = [card.title, card.description ?? '', card.owner ?? ''];
  for (const p of card.painPoints ?? []) texts.push(p);
  for (const d of card.delights ?? []) texts.push(d);
  for (const h of card.hypotheses ?? []) texts.push(h.text ?? '');
  return texts;
}

// A card's folded text, once per card version: the mirror keeps an unchanged card's object
// across edits, so typing a query over 10,000 cards folds each of them once.
const folded = new WeakMap<Touchpoint, string>();

function foldedTextOf(card: Touchpoint): string {
  let text = folded.get(card);
  if (text === undefined) {
    // A line break between the texts, so that a query never matches across two of them.
    text = foldForSearch(textsOf(card).join('\n'));
    folded.set(card, text);
  }
  return text;
}

/**
 * The ids of the cards whose texts contain the query, in the board's order: stage by stage,
 * lane by lane, top to bottom. An empty query (or one of spaces) matches nothing.
 */
export function findCards(map: MapView, query: string): string[] {
  const needle = foldForSearch(query.trim());
  if (!needle) return [];
  const stageAt = new Map(map.stages.map((s, i) => [s.id, i]));
  const lanes = map.lanes ?? [];
  const laneAt = new Map(lanes.map((l, i) => [l.id, i]));
  const hits: { id: string; stage: number; lane: number; at: number }[] = [];
  map.touchpoints.forEach((card, at) => {
    const stage = stageAt.get(card.stage);
    if (stage === undefined) return;
    if (!foldedTextOf(card).includes(needle)) return;
    // A card without a lane, or with one the map lacks, is in the first lane (grouping.ts).
    const lane = card.lane ? laneAt.get(card.lane) : undefined;
    hits.push({ id: card.id, stage, lane: lane ?? 0, at });
  });
  hits.sort((a, b) => a.stage - b.stage || a.lane - b.lane || a.at - b.at);
  return hits.map((h) => h.id);
}

/** The match after (`step` 1) or before (-1) `current` (-1: none yet), round the ends; -1 when there are none. */
export function stepMatch(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step > 0 ? 0 : count - 1;
  return (current + step + count) % count;
}
