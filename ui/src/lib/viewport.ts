// Windowed rendering of big maps: each card list renders only the cards in and near the
// board's visible area, and stands the others in with spacers of their height.
//
// A map of 10,000 touchpoints has about 30 cards on screen; creating, styling and laying
// out the other 9,970 cost seconds (BENCHMARKS.md, "App"). Maps up to WINDOW_FROM_CARDS
// cards render whole, as before: nothing to gain there, and every card stays in the DOM.
//
// The board's scroller measures, in one pass, every list's place and the height of every
// card it shows (reads only), then tells each list its new range (writes only), so a pass
// costs one layout. A pass runs after a scroll, a resize, or a list's change, before the
// frame is painted. Heights of cards never shown are estimated by the mean of those measured.
//
// WebKit has no scroll anchoring: when a pass measures new cards, the mean changes, and so does
// every spacer above the view; a card 150 cards down its stage would jump by 150 times that
// change. So each pass notes a card in view (the selected one, else the first one in view), and
// a pass that follows only lists' changes scrolls by as much as that card moved.

import type { Touchpoint } from './types';

/** Maps with more cards than this render windowed. */
export const WINDOW_FROM_CARDS = 250;
/** How far beyond the visible area cards are rendered, in viewport heights and widths. */
const OVERSCAN_Y = 1;
const OVERSCAN_X = 0.5;
/** A card's height, with the gap below it, until one has been measured. */
const DEFAULT_CARD_HEIGHT = 94;
/** The list's padding above its first card (CardList's `.cards`). */
const LIST_PAD_TOP = 6;
/** Passes that may follow each other without a scroll or resize, before waiting for a frame. */
const MAX_CHAINED_PASSES = 4;

/** The cards a list renders: indexes start (inclusive) to end (exclusive), and its total height. */
export interface CardRange {
  start: number;
  end: number;
  /** The list's estimated height, so that a measured height changes the range's value. */
  total: number;
}

export const NOTHING: CardRange = { start: 0, end: 0, total: 0 };

/** A rendered card or the space of a run of cards that are not. */
export type Row = { key: string; card: Touchpoint; index: number } | { key: string; space: number };

/** What a card list gives the viewport to be windowed. */
export interface WindowedList {
  /** The list element; its children with `data-slot` are the rendered cards. */
  element(): HTMLElement | undefined;
  cards(): readonly Touchpoint[];
  range(): CardRange | null;
  setRange(range: CardRange): void;
}

/**
 * The cards of a list at `top` (its first card's top, in the viewport's coordinates) that
 * overlap [from, to]: a range of indexes.
 */
export function rangeIn(
  cards: readonly Touchpoint[],
  heightOf: (id: string) => number,
  top: number,
  from: number,
  to: number,
): CardRange {
  let y = top;
  let start = -1;
  let end = cards.length;
  for (let i = 0; i < cards.length; i++) {
    const h = heightOf(cards[i].id);
    if (start < 0 && y + h > from) start = i;
    if (y > to && end === cards.length) end = i;
    y += h;
  }
  const total = y - top;
  if (start < 0) return { start: 0, end: 0, total };
  return { start, end: Math.max(start, end), total };
}

/**
 * The rows of a windowed list: the cards in `range`, and the pinned ones wherever they are
 * (the selected card, the one being edited or dragged must stay in the DOM: they hold the
 * focus or the pointer), with the space of the others between them.
 */
export function rowsOf(
  cards: readonly Touchpoint[],
  range: CardRange,
  pinned: ReadonlySet<string>,
  heightOf: (id: string) => number,
): Row[] {
  const rows: Row[] = [];
  let space = 0;
  let spaceFrom = -1;
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i];
    if ((i >= range.start && i < range.end) || pinned.has(card.id)) {
      if (space > 0) rows.push({ key: `~${spaceFrom}`, space });
      space = 0;
      spaceFrom = -1;
      rows.push({ key: card.id, card, index: i });
    } else {
      if (spaceFrom < 0) spaceFrom = i;
      space += heightOf(card.id);
    }
  }
  if (space > 0) rows.push({ key: `~${spaceFrom}`, space });
  return rows;
}

/** A rendered card in the view, its top (the engine's rectangle), and whether it is the preferred one. */
interface SlotInView {
  el: Element;
  top: number;
  preferred: boolean;
}

/** The preferred card if `list` shows it in view, else the list's first card in view. */
function slotInView(list: HTMLElement, view: DOMRect, rects: number, preferred: string | null): SlotInView | null {
  let first: SlotInView | null = null;
  for (const child of list.children) {
    const id = (child as HTMLElement).dataset?.slot;
    if (!id) continue;
    const r = child.getBoundingClientRect();
    if (r.bottom * rects <= view.top || r.top * rects >= view.bottom) continue;
    if (id === preferred) return { el: child, top: r.top, preferred: true };
    first ??= { el: child, top: r.top, preferred: false };
    if (!preferred) break;
  }
  return first;
}

function sameRange(a: CardRange | null, b: CardRange): boolean {
  return a !== null && a.start === b.start && a.end === b.end && Math.abs(a.total - b.total) < 0.5;
}

/** How the board is zoomed (zoom.svelte.ts): its level, and how the engine scales the rectangles it reports. */
export interface ViewScale {
  level: number;
  rects: number;
}

export class BoardViewport {
  #enabled: () => boolean;
  #scale: () => ViewScale;
  #preferred: () => string | null;
  /** The card held in place, its top (the engine's rectangle) and the board's scroll when it was noted. */
  #anchor: { el: Element; top: number; scrollTop: number } | null = null;
  /** The view moved or changed size since the last pass: nothing is held. */
  #fresh = true;
  #scroller: HTMLElement | null = null;
  #lists = new Set<WindowedList>();
  #heights = new Map<string, number>();
  #measuredSum = 0;
  #queued = false;
  #chained = 0;
  #frame = 0;

  /**
   * `enabled`: whether the map is big enough to window (read reactively by the lists).
   * `scale`: the board's zoom; the lists' heights are the map's CSS pixels, the view is the screen's.
   * `preferred`: the card to hold in place while it is in view (the selected one).
   */
  constructor(
    enabled: () => boolean,
    scale: () => ViewScale = () => ({ level: 1, rects: 1 }),
    preferred: () => string | null = () => null,
  ) {
    this.#enabled = enabled;
    this.#scale = scale;
    this.#preferred = preferred;
  }

  get enabled(): boolean {
    return this.#enabled();
  }

  /** A card's height with the gap below it: measured, or the mean of those measured. */
  heightOf = (id: string): number => {
    const h = this.#heights.get(id);
    if (h !== undefined) return h;
    return this.#heights.size ? this.#measuredSum / this.#heights.size : DEFAULT_CARD_HEIGHT;
  };

  /** Follows the board's scroller; returns what stops it. */
  attach(scroller: HTMLElement): () => void {
    this.#scroller = scroller;
    const onScroll = () => this.schedule(true);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => this.schedule(true));
    resize?.observe(scroller);
    this.schedule(true);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      resize?.disconnect();
      cancelAnimationFrame(this.#frame);
      if (this.#scroller === scroller) this.#scroller = null;
    };
  }

  add(list: WindowedList): void {
    this.#lists.add(list);
    this.schedule();
  }

  remove(list: WindowedList): void {
    this.#lists.delete(list);
  }

  /**
   * Asks for a pass before the next paint (a microtask). `fresh`: the view moved or was
   * resized; otherwise a list changed, and passes that only follow lists' changes are
   * capped so that estimates that never settle cannot spin.
   */
  schedule(fresh = false): void {
    if (fresh) {
      this.#chained = 0;
      this.#fresh = true;
    }
    if (this.#queued) return;
    this.#queued = true;
    if (this.#chained >= MAX_CHAINED_PASSES) {
      this.#frame = requestAnimationFrame(() => {
        this.#chained = 0;
        this.#run();
      });
      return;
    }
    queueMicrotask(() => this.#run());
  }

  #run(): void {
    this.#queued = false;
    this.#chained += 1;
    const hold = this.#fresh ? null : this.#anchor;
    this.#fresh = false;
    this.#anchor = null;
    const scroller = this.#scroller;
    if (!scroller || !this.#enabled()) return;
    const view = scroller.getBoundingClientRect();
    // No layout (a hidden board, or a test's DOM without one): nothing can be measured, so
    // every card is rendered.
    const laidOut = view.width > 0 && view.height > 0;
    const updates: [WindowedList, CardRange][] = [];
    // Everything below in screen pixels: the view is outside the zoom, the lists inside it.
    const { level, rects } = this.#scale();
    const onScreen = level === 1 ? this.heightOf : (id: string) => this.heightOf(id) * level;
    // A scroll whose event has not come yet (a card scrolled into view) moved the view, not the cards.
    if (laidOut && hold?.el.isConnected && hold.scrollTop === scroller.scrollTop) {
      // Its scroll event asks for a fresh pass, which notes the card again.
      const moved = (hold.el.getBoundingClientRect().top - hold.top) * rects;
      if (Math.abs(moved) >= 1) scroller.scrollTop += moved;
    }
    const preferred = this.#preferred();
    let anchor: SlotInView | null = null;
    for (const list of this.#lists) {
      const el = list.element();
      const cards = list.cards();
      if (!el) continue;
      if (!laidOut) {
        updates.push([list, { start: 0, end: cards.length, total: 0 }]);
        continue;
      }
      this.#measure(el);
      const box = el.getBoundingClientRect();
      const r = { left: box.left * rects, right: box.right * rects, top: box.top * rects };
      const marginX = view.width * OVERSCAN_X;
      const marginY = view.height * OVERSCAN_Y;
      const beside = r.right < view.left - marginX || r.left > view.right + marginX;
      const range = rangeIn(cards, onScreen, r.top + LIST_PAD_TOP * level, view.top - marginY, view.bottom + marginY);
      updates.push([list, beside ? { start: 0, end: 0, total: range.total } : range]);
      // Once a first card in view is found, the other lists are searched for the preferred one only.
      if (!beside && !anchor?.preferred && (!anchor || preferred)) {
        const found = slotInView(el, view, rects, preferred);
        if (found && (found.preferred || !anchor)) anchor = found;
      }
    }
    this.#anchor = anchor && { el: anchor.el, top: anchor.top, scrollTop: scroller.scrollTop };
    for (const [list, range] of updates) if (!sameRange(list.range(), range)) list.setRange(range);
  }

  /** Records the heights of the cards a list shows. */
  #measure(list: HTMLElement): void {
    for (const child of list.children) {
      const id = (child as HTMLElement).dataset?.slot;
      if (!id) continue;
      const h = (child as HTMLElement).offsetHeight;
      if (h <= 0) continue;
      const before = this.#heights.get(id);
      if (before === h) continue;
      this.#measuredSum += h - (before ?? 0);
      this.#heights.set(id, h);
    }
  }
}
