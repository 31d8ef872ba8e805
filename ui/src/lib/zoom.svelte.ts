// The board's zoom level in this window: set by the keys, the wheel and the status bar's
// control, kept for the window (a reload keeps it; another window has its own), and applied
// to the board as CSS `zoom`, so that layout, scrolling and sticky headers follow by
// themselves. The arithmetic is zoom.ts's.

import { tick } from 'svelte';
import { anchoredScroll, clampZoom, fitZoom, scaleRect, stepZoom, wheelZoom, type Point, type Size } from './zoom';
import type { Rect } from './drop';

const STORAGE_KEY = 'journey-mapper.zoom';

/** What the zoom needs of the board (Board.svelte reads its DOM). */
export interface ZoomedBoard {
  scroller: HTMLElement;
  /** The map's own size at 100 %. */
  extent(): Size;
  /** Scrolls a stage's column to the start of the view. */
  showStage(stageId: string): void;
  /** The first stage whose column's middle is in view. */
  stageInView(): string | null;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/**
 * Whether the engine reports an element's rectangle inside CSS `zoom` in the element's own
 * zoomed pixels (WebKit does) rather than in the screen's (the standard, and Chromium since
 * 2024). Measured once, on a probe: a wrong guess would put every drop in the wrong place.
 */
let localRects: boolean | null = null;
function rectsAreLocal(): boolean {
  if (localRects !== null) return localRects;
  if (typeof document === 'undefined' || !document.body) return false;
  const outer = document.createElement('div');
  outer.style.cssText = 'position:absolute;left:-10000px;top:0;visibility:hidden;zoom:0.5';
  const inner = document.createElement('div');
  inner.style.cssText = 'width:100px;height:10px';
  outer.appendChild(inner);
  document.body.appendChild(outer);
  const width = inner.getBoundingClientRect().width;
  outer.remove();
  // No layout (a test's DOM): nothing to convert.
  if (width === 0) return false;
  localRects = width > 75;
  return localRects;
}

export class ZoomController {
  level = $state(1);
  #board: ZoomedBoard | null = null;
  #onChange: () => void;

  /** `onChange`: runs after the board was laid out at a new level (the windowed lists re-measure). */
  constructor(onChange: () => void = () => {}) {
    this.#onChange = onChange;
    const kept = Number(storage()?.getItem(STORAGE_KEY));
    if (kept) this.level = clampZoom(kept);
  }

  attach(board: ZoomedBoard): () => void {
    this.#board = board;
    return () => {
      if (this.#board === board) this.#board = null;
    };
  }

  /**
   * Sets the level; the content under `anchor` (a point on screen: the pointer) stays where
   * it is, or without one, the content at the middle of the board.
   */
  async set(level: number, anchor?: Point): Promise<void> {
    const to = clampZoom(level);
    const from = this.level;
    if (to === from) return;
    const board = this.#board;
    const scroll = board ? { left: board.scroller.scrollLeft, top: board.scroller.scrollTop } : null;
    this.level = to;
    storage()?.setItem(STORAGE_KEY, String(to));
    if (!board || !scroll) return;
    const r = board.scroller.getBoundingClientRect();
    const at = anchor ? { x: anchor.x - r.left, y: anchor.y - r.top } : { x: board.scroller.clientWidth / 2, y: board.scroller.clientHeight / 2 };
    await tick();
    const next = anchoredScroll(scroll, at, from, to);
    board.scroller.scrollLeft = next.left;
    board.scroller.scrollTop = next.top;
    this.#onChange();
  }

  zoomIn(): Promise<void> {
    return this.set(stepZoom(this.level, 1));
  }

  zoomOut(): Promise<void> {
    return this.set(stepZoom(this.level, -1));
  }

  reset(): Promise<void> {
    return this.set(1);
  }

  /** Ctrl+wheel and a touchpad's pinch, around the pointer. True when it was a zoom. */
  wheel(e: WheelEvent): boolean {
    if (!e.ctrlKey && !e.metaKey) return false;
    e.preventDefault();
    void this.set(wheelZoom(this.level, e.deltaY, e.deltaMode), { x: e.clientX, y: e.clientY });
    return true;
  }

  /** Fit to window: the level that shows every stage and lane, scrolled to the start. */
  async fit(): Promise<void> {
    const board = this.#board;
    if (!board) return;
    const view = { width: board.scroller.clientWidth, height: board.scroller.clientHeight };
    // The map's size depends a little on the level (the lane headers widen as it falls, so
    // that they stay readable): measured again at the new level until it fits.
    for (let i = 0; i < 4; i++) {
      const level = fitZoom(board.extent(), view);
      if (level >= this.level && i > 0) break;
      await this.set(level);
    }
    board.scroller.scrollLeft = 0;
    board.scroller.scrollTop = 0;
    this.#onChange();
  }

  /** The level and where the board is scrolled to, to come back to (workshop mode). */
  place(): { level: number; left: number; top: number } {
    const s = this.#board?.scroller;
    return { level: this.level, left: s?.scrollLeft ?? 0, top: s?.scrollTop ?? 0 };
  }

  async restore(place: { level: number; left: number; top: number }): Promise<void> {
    await this.set(place.level);
    const s = this.#board?.scroller;
    if (!s) return;
    s.scrollLeft = place.left;
    s.scrollTop = place.top;
    this.#onChange();
  }

  /** Scrolls a stage's column to the start of the view (after the lane headers). */
  showStage(stageId: string): void {
    this.#board?.showStage(stageId);
  }

  /** The stage whose column is nearest the start of the view. */
  stageInView(): string | null {
    return this.#board?.stageInView() ?? null;
  }

  /**
   * How much an element's reported rectangle inside the zoomed board is scaled on screen:
   * the level where the engine reports zoomed pixels (WebKit), 1 where it reports the screen's.
   */
  get rectScale(): number {
    return rectsAreLocal() ? this.level : 1;
  }

  /** An element's rectangle on the board, on screen (where the pointer's coordinates are). */
  screenRect(el: Element): Rect & { width: number; height: number } {
    return scaleRect(el.getBoundingClientRect(), this.rectScale);
  }
}
