// The touchpoint library panel's logic: where a picked touchpoint goes, which sections suit
// that stage (the core says, in each section's `stageIds`), and the search. Pure.

import { cardsOfCell, findTouchpoint, laneOf, lanesOf } from './mirror';
import { stageIndexForCell } from './moves';
import type { Edit, LibraryItem, LibrarySection, MapView } from './types';

/** Where a card from the library goes when it is not dragged: a stage, and a lane on a map with lanes. */
export interface LibraryTarget {
  stageId: string;
  /** null on a map without lanes. */
  laneId: string | null;
}

/**
 * The selected card's stage and lane; with no card selected, the first stage (and its
 * first lane). null for a map without stages.
 */
export function libraryTarget(map: MapView, selectedId: string | null): LibraryTarget | null {
  const card = selectedId ? findTouchpoint(map, selectedId) : undefined;
  if (card && map.stages.some((s) => s.id === card.stage)) return { stageId: card.stage, laneId: laneOf(map, card) };
  const first = map.stages[0];
  if (!first) return null;
  return { stageId: first.id, laneId: lanesOf(map)[0]?.id ?? null };
}

/** A section as the panel shows it: whether it suits the stage the library adds to. */
export interface ShownSection {
  section: LibrarySection;
  suits: boolean;
}

/** The sections that suit `stageId` first (in journey order), then the others. */
export function orderSections(sections: readonly LibrarySection[], stageId: string | null): ShownSection[] {
  const shown = sections.map((section) => ({ section, suits: stageId !== null && section.stageIds.includes(stageId) }));
  return [...shown.filter((s) => s.suits), ...shown.filter((s) => !s.suits)];
}

/** Text folded for a search: lower case, without accents (ę → e, ł → l, ё → е). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l');
}

/**
 * The sections with only the items whose title, channel or section name contains every
 * word of `query` (sections left empty go); all of them for an empty query.
 */
export function searchSections(
  sections: readonly ShownSection[],
  query: string,
  channelLabel: (item: LibraryItem) => string,
): ShownSection[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sections];
  return sections
    .map(({ section, suits }) => {
      const name = fold(section.name);
      const items = section.items.filter((item) => {
        const text = `${fold(item.title)} ${fold(channelLabel(item))} ${name}`;
        return words.every((w) => text.includes(w));
      });
      return { section: { ...section, items }, suits };
    })
    .filter((s) => s.section.items.length > 0);
}

/**
 * The edit that adds `item` as a new card at position `index` of a cell (its stage, and
 * its lane on a map with lanes); the end of the cell when `index` is null. One edit: the
 * card comes with its channel, in one undo step.
 */
export function addItemEdit(
  map: MapView,
  item: LibraryItem,
  stageId: string,
  laneId: string | null,
  index: number | null,
): Edit {
  const lanes = lanesOf(map);
  const lane = lanes.length === 0 ? null : lanes.some((l) => l.id === laneId) ? laneId! : lanes[0].id;
  const k = index ?? cardsOfCell(map, stageId, lane).length;
  const edit: Edit = {
    type: 'AddTouchpoint',
    stage: stageId,
    index: stageIndexForCell(map, stageId, lane, k),
    title: item.title,
    sentiment: 'neutral',
    channel: item.channel,
  };
  if (lane !== null) edit.lane = lane;
  return edit;
}
