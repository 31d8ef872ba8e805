// The board's zoom, as arithmetic: the levels, a step in or out, a wheel's turn, fitting the
// map to the window, and where to scroll so that the point under the pointer stays put.
// Pure: zoom.svelte.ts measures the board and applies the results.

export const ZOOM_MIN = 0.25;
export const ZOOM_MAX = 2;
/** The levels Ctrl+= and Ctrl+- step through, and the zoom control offers. */
export const ZOOM_STEPS: readonly number[] = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];
/** Below this level cards show their title and sentiment mark only, with the title larger. */
export const MARKS_BELOW = 0.4;
/** Below this level cards leave out their channel, owner and measure line. */
export const COMPACT_BELOW = 0.6;

/** How much detail a card shows at a level (see the board's styles). */
export type Detail = 'full' | 'compact' | 'marks';

export function detailAt(level: number): Detail {
  if (level < MARKS_BELOW) return 'marks';
  if (level < COMPACT_BELOW) return 'compact';
  return 'full';
}

/** A level within the limits, to a hundredth (an unreadable level, such as NaN, is 100 %). */
export function clampZoom(level: number): number {
  if (!Number.isFinite(level)) return 1;
  return Math.round(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, level)) * 100) / 100;
}

/** The next step above (`direction` 1) or below (-1) the level; the limits stay the limits. */
export function stepZoom(level: number, direction: 1 | -1): number {
  const current = clampZoom(level);
  if (direction > 0) return ZOOM_STEPS.find((s) => s > current + 0.001) ?? ZOOM_MAX;
  for (let i = ZOOM_STEPS.length - 1; i >= 0; i--) if (ZOOM_STEPS[i] < current - 0.001) return ZOOM_STEPS[i];
  return ZOOM_MIN;
}

/** Pixels per line and per page, for wheels that count in lines or pages (`WheelEvent.deltaMode`). */
const LINE_PX = 16;
const PAGE_PX = 800;
/** How fast a wheel zooms: a mouse wheel's notch (100 px) is about 20 %. */
const WHEEL_RATE = 0.0018;
/** One event never zooms more than this factor, however hard the wheel is spun. */
const MAX_WHEEL_FACTOR = 1.5;

/**
 * The level after a Ctrl+wheel or a touchpad pinch (which web views send as a Ctrl+wheel
 * with small deltas): up zooms in. Smooth, so a pinch follows the fingers.
 */
export function wheelZoom(level: number, deltaY: number, deltaMode = 0): number {
  const px = deltaMode === 1 ? deltaY * LINE_PX : deltaMode === 2 ? deltaY * PAGE_PX : deltaY;
  if (!Number.isFinite(px) || px === 0) return clampZoom(level);
  const factor = Math.min(MAX_WHEEL_FACTOR, Math.max(1 / MAX_WHEEL_FACTOR, Math.exp(-px * WHEEL_RATE)));
  return clampZoom(level * factor);
}

export interface Size {
  width: number;
  height: number;
}

/**
 * The level at which content of `content`'s size (at 100 %) fits in `view`: every stage and
 * lane in sight. Never above 100 % (a small map is not blown up) nor below the minimum;
 * rounded down so that it does fit.
 */
export function fitZoom(content: Size, view: Size): number {
  if (!(content.width > 0) || !(content.height > 0) || !(view.width > 0) || !(view.height > 0)) return 1;
  const level = Math.min(view.width / content.width, view.height / content.height, 1);
  return Math.max(ZOOM_MIN, Math.floor(level * 100) / 100);
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Where the board scrolls to when the level changes from `from` to `to` so that the content
 * under `anchor` (relative to the scroller's top left corner, as on screen) stays under it.
 */
export function anchoredScroll(scroll: { left: number; top: number }, anchor: Point, from: number, to: number): { left: number; top: number } {
  const ratio = to / from;
  return {
    left: Math.max(0, (scroll.left + anchor.x) * ratio - anchor.x),
    top: Math.max(0, (scroll.top + anchor.y) * ratio - anchor.y),
  };
}

/** A level as the zoom control writes it. */
export function zoomPercent(level: number): number {
  return Math.round(level * 100);
}

/**
 * A rectangle the engine reported for an element inside the zoomed board, on screen:
 * `scale` is the level where the engine reports the zoom's own pixels (WebKit), 1 where
 * it reports the screen's.
 */
export function scaleRect(r: { left: number; top: number; right: number; bottom: number }, scale: number) {
  return { left: r.left * scale, top: r.top * scale, right: r.right * scale, bottom: r.bottom * scale, width: (r.right - r.left) * scale, height: (r.bottom - r.top) * scale };
}
