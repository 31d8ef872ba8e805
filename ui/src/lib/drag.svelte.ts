// Dragging cards with pointer events and pointer capture (not HTML5 drag and drop, which
// WebDriver and some web views handle badly). A press becomes a drag once the pointer has
// moved 4px; until then it is a click. The drop position is computed by drop.ts.

import { computeDropTarget, isSamePlace, passedThreshold, type CardGeometry, type ColumnGeometry, type DropTarget } from './drop';
import { findTouchpoint } from './mirror';
import { cellPositionOf, moveToCell, type CellPosition } from './moves';
import type { DocumentStore } from './store.svelte';
import type { Sentiment } from './types';

export const DRAG_THRESHOLD_PX = 4;
const EDGE_PX = 56;
const MAX_SCROLL_STEP = 18;

export interface ActiveDrag {
  id: string;
  title: string;
  sentiment: Sentiment;
  /** Pointer position (viewport). */
  x: number;
  y: number;
  /** Where in the card the pointer took hold of it. */
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  /** Where it was: stage, lane (null without lanes) and index in that cell. */
  origin: CellPosition;
  /** Where it would land; null when it would stay where it is (or there is no column). */
  target: DropTarget | null;
}

interface Press {
  pointerId: number;
  id: string;
  el: HTMLElement;
  startX: number;
  startY: number;
}

function measureCards(root: ParentNode): CardGeometry[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-touchpoint-id]')).map((card) => ({
    id: card.dataset.touchpointId!,
    rect: card.getBoundingClientRect(),
  }));
}

/** Measures the columns, their cells (on a map with lanes) and their cards on screen for drop.ts. */
export function measureColumns(root: ParentNode = document): ColumnGeometry[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-stage-id]')).map((col) => {
    const cells = Array.from(col.querySelectorAll<HTMLElement>('[data-cell][data-lane-id]')).map((cell) => ({
      laneId: cell.dataset.laneId!,
      rect: cell.getBoundingClientRect(),
      cards: measureCards(cell),
    }));
    return {
      stageId: col.dataset.stageId!,
      rect: col.getBoundingClientRect(),
      cards: cells.length ? cells.flatMap((c) => c.cards) : measureCards(col),
      cells: cells.length ? cells : undefined,
    };
  });
}

export class DragController {
  active = $state<ActiveDrag | null>(null);
  #press: Press | null = null;
  #doc: DocumentStore;
  #frame = 0;

  constructor(doc: DocumentStore) {
    this.#doc = doc;
  }

  /** pointerdown on a card. */
  down(e: PointerEvent, id: string, el: HTMLElement): void {
    if (e.button !== 0 || !e.isPrimary) return;
    const target = e.target as Element | null;
    // Controls inside the card (sentiment buttons, delete, the rename field) keep their clicks.
    if (target?.closest('button, input, textarea, select, a[href]')) return;
    // A press whose release never arrived (the window lost the pointer) must not block this one.
    if (this.#press) this.#end();
    this.#press = { pointerId: e.pointerId, id, el, startX: e.clientX, startY: e.clientY };
    try {
      el.setPointerCapture(e.pointerId);
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
    const { id, target } = this.active;
    this.#end();
    this.#doc.select(id);
    const map = this.#doc.map;
    const edit = target && map ? moveToCell(map, id, target.stageId, target.laneId ?? null, target.index) : null;
    if (edit?.type === 'MoveTouchpoint') {
      void this.#doc.moveTouchpoint(id, edit.toStage, edit.index, edit.lane).then(() => this.#doc.focusCard(id));
    } else {
      void this.#doc.focusCard(id);
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
    const map = this.#doc.map;
    const tp = map && findTouchpoint(map, press.id);
    const origin = map && cellPositionOf(map, press.id);
    if (!tp || !origin) {
      this.#end();
      return false;
    }
    const r = press.el.getBoundingClientRect();
    // Selection waits for the drop: selecting now would grow the card under the pointer.
    if (this.#doc.editing) this.#doc.editing = null;
    this.active = {
      id: press.id,
      title: tp.title,
      sentiment: tp.sentiment,
      x: press.startX,
      y: press.startY,
      offsetX: press.startX - r.left,
      offsetY: press.startY - r.top,
      width: r.width,
      height: r.height,
      origin,
      target: null,
    };
    document.documentElement.classList.add('is-dragging');
    return true;
  }

  #update(x: number, y: number): void {
    const drag = this.active;
    if (!drag) return;
    const target = computeDropTarget(x, y, measureColumns(), drag.id);
    drag.x = x;
    drag.y = y;
    drag.target = target && !isSamePlace(drag.origin, target) ? target : null;
  }

  #autoScroll(): void {
    cancelAnimationFrame(this.#frame);
    const drag = this.active;
    const scroller = document.querySelector<HTMLElement>('[data-board-scroll]');
    if (!drag || !scroller) return;
    const r = scroller.getBoundingClientRect();
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
    document.documentElement.classList.remove('is-dragging');
    if (press) {
      try {
        if (press.el.hasPointerCapture(press.pointerId)) press.el.releasePointerCapture(press.pointerId);
      } catch {
        /* already released */
      }
    }
  }
}
