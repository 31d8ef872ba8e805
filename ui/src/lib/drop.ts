// Where a dragged card lands, computed from the pointer and the on-screen rectangles.
// Pure: the caller measures the DOM (getBoundingClientRect) and passes plain numbers.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardGeometry {
  id: string;
  rect: Rect;
}

export interface ColumnGeometry {
  stageId: string;
  /** The whole column (the area that accepts a drop). */
  rect: Rect;
  /** The column's cards in order, the dragged one included or not. */
  cards: CardGeometry[];
}

/** A drop position in contract terms: index among the target stage's cards after removing the dragged card. */
export interface DropTarget {
  stageId: string;
  index: number;
}

/** Horizontal distance from x to a rectangle (0 inside it). */
function dx(x: number, r: Rect): number {
  if (x < r.left) return r.left - x;
  if (x > r.right) return x - r.right;
  return 0;
}

/**
 * The column under the pointer, or the nearest one horizontally when the pointer is in a
 * gutter or beyond the first/last column (a board drop zone that is forgiving at its edges).
 */
export function columnAt(x: number, columns: readonly ColumnGeometry[]): ColumnGeometry | null {
  let best: ColumnGeometry | null = null;
  let bestDist = Infinity;
  for (const col of columns) {
    const d = dx(x, col.rect);
    if (d < bestDist) {
      best = col;
      bestDist = d;
    }
  }
  return best;
}

/**
 * The drop target for a pointer at (x, y) while `draggedId` is dragged: the column under the
 * pointer, and the number of that column's other cards whose vertical middle is above y.
 */
export function computeDropTarget(
  x: number,
  y: number,
  columns: readonly ColumnGeometry[],
  draggedId: string,
): DropTarget | null {
  const col = columnAt(x, columns);
  if (!col) return null;
  let index = 0;
  for (const card of col.cards) {
    if (card.id === draggedId) continue;
    const mid = (card.rect.top + card.rect.bottom) / 2;
    if (y > mid) index += 1;
    else break;
  }
  return { stageId: col.stageId, index };
}

/** True when dropping at `target` would leave the card where it is (then nothing is sent). */
export function isSamePlace(
  origin: { stage: string; index: number },
  target: DropTarget,
): boolean {
  return origin.stage === target.stageId && origin.index === target.index;
}

/** Whether the pointer has moved far enough from where it went down to start a drag. */
export function passedThreshold(
  startX: number,
  startY: number,
  x: number,
  y: number,
  threshold = 4,
): boolean {
  return Math.hypot(x - startX, y - startY) >= threshold;
}
