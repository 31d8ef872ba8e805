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

/** How long the keys or the wheel rest before a new level is laid out (until then it is a transform). */
const GLIDE_REST_MS = 160;

/**
 * The board scaled while the level changes: `scale` is the new level over the laid-out one,
 * about a point of the content in its own CSS pixels (where the pointer or the view's middle is).
 */
export interface ZoomPreview {
  scale: number;
  originX: number;
  originY: number;
}

export class ZoomController {
  /** The level asked for (the control shows it). */
  level = $state(1);
  /** The level the board is laid out at: `level` once the keys or the wheel rest. */
  applied = $state(1);
  /** While a step waits to be laid out: the transform that shows it at once. */
  preview = $state.raw<ZoomPreview | null>(null);
  #board: ZoomedBoard | null = null;
  #onChange: () => void;
  #pending: { from: number; scroll: { left: number; top: number }; anchor: Point } | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `onChange`: runs after the board was laid out at a new level (the windowed lists re-measure). */
  constructor(onChange: () => void = () => {}) {
    this.#onChange = onChange;
    const kept = Number(storage()?.getItem(STORAGE_KEY));
    if (kept) this.level = this.applied = clampZoom(kept);
  }

  attach(board: ZoomedBoard): () => void {
    this.#board = board;
    return () => {
      if (this.#board === board) this.#board = null;
    };
  }

  #anchorIn(board: ZoomedBoard, anchor?: Point): Point {
    const r = board.scroller.getBoundingClientRect();
    return anchor ? { x: anchor.x - r.left, y: anchor.y - r.top } : { x: board.scroller.clientWidth / 2, y: board.scroller.clientHeight / 2 };
  }

  #keep(level: number): void {
    this.level = level;
    storage()?.setItem(STORAGE_KEY, String(level));
  }

  /**
   * Sets the level and lays the board out at it now (a fit, the control's list, the workshop
   * mode); the content under `anchor` (a point on screen: the pointer) stays where it is, or
   * without one, the content at the middle of the board.
   */
  async set(level: number, anchor?: Point): Promise<void> {
    await this.settle();
    const to = clampZoom(level);
    const from = this.applied;
    if (to === from) return;
    this.#keep(to);
    const board = this.#board;
    if (!board) {
      this.applied = to;
      return;
    }
    const scroll = { left: board.scroller.scrollLeft, top: board.scroller.scrollTop };
    const at = this.#anchorIn(board, anchor);
    this.applied = to;
    await tick();
    const next = anchoredScroll(scroll, at, from, to);
    board.scroller.scrollLeft = next.left;
    board.scroller.scrollTop = next.top;
    this.#onChange();
  }

  /**
   * A step of the keys or the wheel: shown at once by scaling the board as it is (painted,
   * not laid out again), and laid out at the new level once the steps rest, so that a run of
   * steps costs one layout, not one each.
   */
  glide(level: number, anchor?: Point): void {
    const to = clampZoom(level);
    const board = this.#board;
    if (to === this.level) return;
    if (!board) {
      void this.set(to);
      return;
    }
    this.#pending ??= {
      from: this.applied,
      scroll: { left: board.scroller.scrollLeft, top: board.scroller.scrollTop },
      anchor: this.#anchorIn(board, anchor),
    };
    this.#keep(to);
    const p = this.#pending;
    // The content's point under the anchor, in its own CSS pixels (CSS zoom scales them).
    this.preview = { scale: to / p.from, originX: (p.scroll.left + p.anchor.x) / p.from, originY: (p.scroll.top + p.anchor.y) / p.from };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.settle(), GLIDE_REST_MS);
  }

  /** Lays out a step still shown as a transform (at once: a drag or a fit needs the real layout). */
  async settle(): Promise<void> {
    clearTimeout(this.#timer);
    const p = this.#pending;
    if (!p) return;
    this.#pending = null;
    this.applied = this.level;
    this.preview = null;
    await tick();
    const board = this.#board;
    if (board) {
      const next = anchoredScroll(p.scroll, p.anchor, p.from, this.applied);
      board.scroller.scrollLeft = next.left;
      board.scroller.scrollTop = next.top;
    }
    this.#onChange();
  }

  zoomIn(): void {
    this.glide(stepZoom(this.level, 1));
  }

  zoomOut(): void {
    this.glide(stepZoom(this.level, -1));
  }

  reset(): void {
    this.glide(1);
  }

  /** Ctrl+wheel and a touchpad's pinch, around the pointer. True when it was a zoom. */
  wheel(e: WheelEvent): boolean {
    if (!e.ctrlKey && !e.metaKey) return false;
    e.preventDefault();
    this.glide(wheelZoom(this.level, e.deltaY, e.deltaMode), { x: e.clientX, y: e.clientY });
    return true;
  }

  /** Fit to window: the level that shows every stage and lane, scrolled to the start. */
  async fit(): Promise<void> {
    const board = this.#board;
    if (!board) return;
    const view = { width: board.scroller.clientWidth, height: board.scroller.clientHeight };
    // The map's size depends a little on the level (the lane headers widen as it falls, so
    // that they stay readable): measured again at the new level until it fits.
    await this.settle();
    for (let i = 0; i < 4; i++) {
      const level = fitZoom(board.extent(), view);
      if (level >= this.applied && i > 0) break;
      await this.set(level);
    }
    board.scroller.scrollLeft = 0;
    board.scroller.scrollTop = 0;
    this.#onChange();
  }

  /** The level and where the board is scrolled to, to come back to (workshop mode). */
  place(): { level: number; left: number; top: number } {
    const s = this.#board?.scroller;
    // A step still gliding is where the board will be: its level and scroll are the settled ones.
    return { level: this.applied, left: s?.scrollLeft ?? 0, top: s?.scrollTop ?? 0 };
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
    return rectsAreLocal() ? this.applied : 1;
  }

  /** An element's rectangle on the board, on screen (where the pointer's coordinates are). */
  screenRect(el: Element): Rect & { width: number; height: number } {
    return scaleRect(el.getBoundingClientRect(), this.rectScale);
  }
}
