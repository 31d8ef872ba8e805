// The overview's arithmetic (components/Overview.svelte): the whole board shrunk into a
// corner, the part in view framed, and where a click in it scrolls the board. Sizes are the
// board's scrolling content in screen pixels, at its zoom.

import type { Size } from './zoom';

/** The overview's largest size, px. */
export const OVERVIEW_MAX: Size = { width: 240, height: 160 };
/**
 * Its smallest: a map far taller than wide (200 cards a stage) or far wider than tall is
 * stretched to this along its short side, so that the overview stays something to click.
 */
export const OVERVIEW_MIN: Size = { width: 120, height: 60 };

/** Below this board size there is no room for an overview beside the map. */
export const OVERVIEW_ROOM: Size = { width: 420, height: 260 };

/**
 * The overview is shown when the map does not fit in the view (a pixel of rounding aside),
 * and the view has room for it.
 */
export function needsOverview(content: Size, view: Size): boolean {
  if (view.width < OVERVIEW_ROOM.width || view.height < OVERVIEW_ROOM.height) return false;
  return content.width > view.width + 1 || content.height > view.height + 1;
}

/** The overview's largest size in a view: never more than a third of its width or its height. */
export function overviewLimits(view: Size): Size {
  return { width: Math.min(OVERVIEW_MAX.width, Math.round(view.width / 3)), height: Math.min(OVERVIEW_MAX.height, Math.round(view.height / 3)) };
}

/** How much the overview shrinks the board across and down, and its size. */
export interface OverviewBox {
  sx: number;
  sy: number;
  width: number;
  height: number;
}

/** The board's shape within `max`, stretched to `min` along a side that would be shorter. */
export function overviewBox(content: Size, max: Size = OVERVIEW_MAX, least: Size = OVERVIEW_MIN): OverviewBox {
  if (!(content.width > 0) || !(content.height > 0)) return { sx: 0, sy: 0, width: 0, height: 0 };
  const min = { width: Math.min(least.width, max.width), height: Math.min(least.height, max.height) };
  const scale = Math.min(max.width / content.width, max.height / content.height);
  const width = Math.round(Math.min(max.width, Math.max(min.width, content.width * scale)));
  const height = Math.round(Math.min(max.height, Math.max(min.height, content.height * scale)));
  return { sx: width / content.width, sy: height / content.height, width, height };
}

/** The part of the board in view, as a frame in the overview's pixels (kept inside it). */
export function viewFrame(scroll: { left: number; top: number }, view: Size, content: Size, box: OverviewBox) {
  const width = Math.min(content.width, view.width) * box.sx;
  const height = Math.min(content.height, view.height) * box.sy;
  const left = Math.min(Math.max(0, scroll.left * box.sx), content.width * box.sx - width);
  const top = Math.min(Math.max(0, scroll.top * box.sy), content.height * box.sy - height);
  return { left, top, width, height };
}

/** Where the board scrolls so that the view is centred on `point` of the overview (as far as it goes). */
export function scrollFor(point: { x: number; y: number }, view: Size, content: Size, box: OverviewBox): { left: number; top: number } {
  if (!(box.sx > 0) || !(box.sy > 0)) return { left: 0, top: 0 };
  const clamp = (v: number, max: number) => Math.round(Math.min(Math.max(0, v), Math.max(0, max)));
  return {
    left: clamp(point.x / box.sx - view.width / 2, content.width - view.width),
    top: clamp(point.y / box.sy - view.height / 2, content.height - view.height),
  };
}
