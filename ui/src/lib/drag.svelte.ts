// Dragging cards with pointer events and pointer capture (not HTML5 drag and drop, which
// WebDriver and some web views handle badly). A press becomes a drag once the pointer has
// moved 4px; until then it is a click. The drop position is computed by drop.ts.
// The same drag brings a new card from the touchpoint library onto the board: it shows the
// same ghost and drop gap, and the drop adds the card there.

import { computeDropTarget, isSamePlace, passedThreshold, type ColumnGeometry, type DropTarget, type Rect } from './drop';
import { findTouchpoint } from './mirror';
import { cellPositionOf, moveToCell, type CellPosition } from './moves';
import type { DocumentStore } from './document.svelte';
import type { MapEditor } from './edits';
import type { LibraryItem, Sentiment } from './types';

export const DRAG_THRESHOLD_PX = 4;
const EDGE_PX = 56;
const MAX_SCROLL_STEP = 18;

export interface ActiveDrag {
  /** The dragged card's id; empty for a new card from the library. */
  id: string;
  /** The library's touchpoint a new card is made of; null when a card is dragged. */
  item: LibraryItem | null;
  title: string;
  sentiment: Sentiment;
  /** Pointer position (viewport). Sizes and offsets are on screen too, at the board's zoom. */
  x: number;
  y: number;
  /** Where in the card the pointer took hold of it. */
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  /** Where it was: stage, lane (null without lanes) and index in that cell; null for a new card. */
  origin: CellPosition | null;
  /** Where it would land; null when it would stay where it is (or there is no column). */
  target: DropTarget | null;
}

interface Press {
  pointerId: number;
  id: string;
  item: LibraryItem | null;
  el: HTMLElement;
  startX: number;
  startY: number;
}

/**
 * What a drag needs to know of the screen. The components measure it (components/dragScreen.ts),
 * so that this controller does not look into the DOM; until they attach it a drag finds
 * no board and no place to drop.
 */
export interface DragScreen {
  /** The columns, their cells (on a map with lanes) and their cards on screen, for drop.ts. */
  columns(): ColumnGeometry[];
  /** The board's scrolling area. */
  scroller(): HTMLElement | null;
  /** An element's rectangle on screen, whatever the board's zoom. */
  rectOf(el: Element): Rect;
  /** A card on the board and a column, for the size of a new card's ghost. */
  cardRect(): (Rect & { width: number; height: number }) | undefined;
  columnRect(): (Rect & { width: number }) | undefined;
  /** The ghost's height once it is drawn; 0 before. */
  ghostHeight(): number;
  /** Marks the page while a drag is under way (the cursor, no text selection). */
  setDragging(on: boolean): void;
}

const NO_SCREEN: DragScreen = {
  columns: () => [],
  scroller: () => null,
  rectOf: (el) => el.getBoundingClientRect(),
  cardRect: () => undefined,
  columnRect: () => undefined,
  ghostHeight: () => 0,
  setDragging: () => {},
};

/** How long after a drop from the library the click that ends the press is not an "add". */
const CLICK_AFTER_DROP_MS = 500;
/** A new card's ghost: a card's width when the board has none to measure. */
const NEW_CARD_WIDTH = 220;

function inside(x: number, y: number, el: Element | null): boolean {
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

export class DragController {
  active = $state<ActiveDrag | null>(null);
  #press: Press | null = null;
  #doc: DocumentStore;
  #edits: MapEditor;
  #screen: DragScreen = NO_SCREEN;
  #frame = 0;
  /** Auto-scroll waits until a drag from the library has been well inside the board. */
  #armed = true;
  #droppedAt = -Infinity;

  constructor(doc: DocumentStore, edits: MapEditor) {
    this.#doc = doc;
    this.#edits = edits;
  }

  /** The app's component hands over the screen when it mounts; the returned function takes it back. */
  attach(screen: DragScreen): () => void {
    this.#screen = screen;
    return () => {
      if (this.#screen === screen) this.#screen = NO_SCREEN;
    };
  }

  /** pointerdown on a card. */
  down(e: PointerEvent, id: string, el: HTMLElement): void {
    if (e.button !== 0 || !e.isPrimary) return;
    const target = e.target as Element | null;
    // Controls inside the card (sentiment buttons, delete, the rename field) keep their clicks.
    if (target?.closest('button, input, textarea, select, a[href]')) return;
    // A press whose release never arrived (the window lost the pointer) must not block this one.
    if (this.#press) this.#end();
    this.#press = { pointerId: e.pointerId, id, item: null, el, startX: e.clientX, startY: e.clientY };
    this.#capture(el, e.pointerId);
  }

  /** pointerdown on a touchpoint of the library: a drag makes a new card where it is dropped. */
  downItem(e: PointerEvent, item: LibraryItem, el: HTMLElement): void {
    if (e.button !== 0 || !e.isPrimary) return;
    if (this.#press) this.#end();
    this.#press = { pointerId: e.pointerId, id: '', item, el, startX: e.clientX, startY: e.clientY };
    this.#capture(el, e.pointerId);
  }

  /**
   * Whether the click that follows a press is the end of a drag from the library (the item
   * then must not also be added by its click); true once.
   */
  takeDropClick(): boolean {
    const recent = performance.now() - this.#droppedAt < CLICK_AFTER_DROP_MS;
    this.#droppedAt = -Infinity;
    return recent;
  }

  #capture(el: HTMLElement, pointerId: number): void {
    try {
      el.setPointerCapture(pointerId);
    } catch {
      // A synthetic pointer without an active pointer id: the drag still works while the
      // pointer stays over the card's handlers.
    }
  }

  /** pointermove, listened to on the window (the card has the capture; the events bubble there). */
  move(e: PointerEvent): void {
    const press = this.#press;
    if (!press || e.pointerId !== press.pointerId) return;
    if (!this.active) {
      if (!passedThreshold(press.startX, press.startY, e.clientX, e.clientY, DRAG_THRESHOLD_PX)) return;
      if (!this.#start(press)) return;
    }
    e.preventDefault();
    this.#update(e.clientX, e.clientY);
    this.#autoScroll();
  }

  /** pointerup: drop (or, with no drag, nothing: the click selects). */
  up(e: PointerEvent): void {
    const press = this.#press;
    if (!press || e.pointerId !== press.pointerId) return;
    if (!this.active) {
      this.#end();
      return;
    }
    this.#update(e.clientX, e.clientY);
    const { id, item, target } = this.active;
    this.#end();
    if (item) {
      this.#droppedAt = performance.now();
      if (target) void this.#edits.addFromLibrary(item, target.stageId, target.laneId ?? null, target.index);
      return;
    }
    const selection = this.#doc.selection;
    selection.select(id);
    const map = this.#doc.map;
    const edit = target && map ? moveToCell(map, id, target.stageId, target.laneId ?? null, target.index) : null;
    if (edit) {
      void this.#edits.moveTouchpoint(edit).then(() => selection.focus.card(id));
    } else {
      void selection.focus.card(id);
    }
  }

  /** pointercancel, lost capture, Escape: the card goes back where it was. */
  cancel(): boolean {
    const was = this.active !== null;
    this.#end();
    return was;
  }

  /** True between a press that became a drag and its end (lets the card ignore the click). */
  get dragging(): boolean {
    return this.active !== null;
  }

  #start(press: Press): boolean {
    if (press.item) return this.#startItem(press, press.item);
    const map = this.#doc.map;
    const tp = map && findTouchpoint(map, press.id);
    const origin = map && cellPositionOf(map, press.id);
    if (!tp || !origin) {
      this.#end();
      return false;
    }
    const r = this.#screen.rectOf(press.el);
    // Selection waits for the drop: selecting now would grow the card under the pointer.
    if (this.#doc.selection.editing) this.#doc.selection.editing = null;
    this.#armed = true;
    this.active = {
      id: press.id,
      item: null,
      title: tp.title,
      sentiment: tp.sentiment,
      x: press.startX,
      y: press.startY,
      offsetX: press.startX - r.left,
      offsetY: press.startY - r.top,
      width: r.right - r.left,
      height: r.bottom - r.top,
      origin,
      target: null,
    };
    this.#screen.setDragging(true);
    return true;
  }

  /** A new card from the library: a ghost of a card's size, held where the item was (at most its middle). */
  #startItem(press: Press, item: LibraryItem): boolean {
    if (!this.#doc.map?.stages.length) {
      this.#end();
      return false;
    }
    if (this.#doc.selection.editing) this.#doc.selection.editing = null;
    const card = this.#screen.cardRect();
    const column = this.#screen.columnRect();
    const width = card?.width || (column?.width ? column.width - 16 : NEW_CARD_WIDTH);
    const held = press.el.getBoundingClientRect();
    this.#armed = false;
    this.active = {
      id: '',
      item,
      title: item.title,
      sentiment: 'neutral',
      x: press.startX,
      y: press.startY,
      offsetX: Math.max(0, Math.min(press.startX - held.left, width / 2)),
      offsetY: Math.max(0, Math.min(press.startY - held.top, 24)),
      width,
      // Until the ghost is on screen and can be measured (see #update).
      height: card?.height || 72,
      origin: null,
      target: null,
    };
    this.#screen.setDragging(true);
    return true;
  }

  #update(x: number, y: number): void {
    const drag = this.active;
    if (!drag) return;
    drag.x = x;
    drag.y = y;
    if (drag.item) {
      // The drop gap is as tall as the new card will be: as tall as its ghost.
      const ghost = this.#screen.ghostHeight();
      if (ghost > 0) drag.height = ghost;
      // From the library, only a drop on the board adds a card (not one back on the panel).
      if (!inside(x, y, this.#screen.scroller())) {
        drag.target = null;
        return;
      }
    }
    const target = computeDropTarget(x, y, this.#screen.columns(), drag.id);
    drag.target = target && !(drag.origin && isSamePlace(drag.origin, target)) ? target : null;
  }

  #autoScroll(): void {
    cancelAnimationFrame(this.#frame);
    const drag = this.active;
    const scroller = this.#screen.scroller();
    if (!drag || !scroller) return;
    const r = scroller.getBoundingClientRect();
    if (!this.#armed) {
      // A drag from the library comes in across the board's edge: no scrolling until the
      // pointer has been inside, clear of the edges, once.
      const clear =
        drag.x > r.left + EDGE_PX && drag.x < r.right - EDGE_PX && drag.y > r.top + EDGE_PX && drag.y < r.bottom - EDGE_PX;
      if (!clear) return;
      this.#armed = true;
    }
    if (drag.item && !inside(drag.x, drag.y, scroller)) return;
    const step = (dist: number) => Math.ceil(MAX_SCROLL_STEP * (1 - Math.max(0, dist) / EDGE_PX));
    let sx = 0;
    let sy = 0;
    if (drag.x < r.left + EDGE_PX) sx = -step(drag.x - r.left);
    else if (drag.x > r.right - EDGE_PX) sx = step(r.right - drag.x);
    if (drag.y < r.top + EDGE_PX) sy = -step(drag.y - r.top);
    else if (drag.y > r.bottom - EDGE_PX) sy = step(r.bottom - drag.y);
    if (!sx && !sy) return;
    const before = [scroller.scrollLeft, scroller.scrollTop];
    scroller.scrollBy(sx, sy);
    if (scroller.scrollLeft === before[0] && scroller.scrollTop === before[1]) return;
    this.#update(drag.x, drag.y);
    this.#frame = requestAnimationFrame(() => this.#autoScroll());
  }

  #end(): void {
    cancelAnimationFrame(this.#frame);
    const press = this.#press;
    this.#press = null;
    this.active = null;
    this.#screen.setDragging(false);
    if (press) {
      try {
        if (press.el.hasPointerCapture(press.pointerId)) press.el.releasePointerCapture(press.pointerId);
      } catch {
        /* already released */
      }
    }
  }
}
