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
  /**
   * The card's index in its list. On a big map only some cards are on screen (see
   * viewport.ts); without it, the cards given are the whole list and their order says it.
   */
  index?: number;
}

/** One cell of a column on a map with lanes: the stage's cards in one lane. */
export interface CellGeometry {
  laneId: string;
  rect: Rect;
  /** The cell's cards in order, the dragged one included or not. */
  cards: CardGeometry[];
}

export interface ColumnGeometry {
  stageId: string;
  /** The whole column (the area that accepts a drop). */
  rect: Rect;
  /** The column's cards in order, the dragged one included or not. */
  cards: CardGeometry[];
  /** With lanes: the column's cells, top to bottom. */
  cells?: CellGeometry[];
}

/**
 * A drop position: the stage, the lane (with lanes), and the index among the cell's cards
 * (the stage's, without lanes) after removing the dragged card. moves.moveToCell turns it
 * into the core's MoveTouchpoint.
 */
export interface DropTarget {
  stageId: string;
  laneId?: string;
  index: number;
}

/** Horizontal distance from x to a rectangle (0 inside it). */
function dx(x: number, r: Rect): number {
  if (x < r.left) return r.left - x;
  if (x > r.right) return x - r.right;
  return 0;
}

/** Vertical distance from y to a rectangle (0 inside it). */
function dy(y: number, r: Rect): number {
  if (y < r.top) return r.top - y;
  if (y > r.bottom) return y - r.bottom;
  return 0;
}

/** The cell under the pointer, or the nearest one vertically (between cells, above or below them). */
export function cellAt(y: number, cells: readonly CellGeometry[]): CellGeometry | null {
  let best: CellGeometry | null = null;
  let bestDist = Infinity;
  for (const cell of cells) {
    const d = dy(y, cell.rect);
    if (d < bestDist) {
      best = cell;
      bestDist = d;
    }
  }
  return best;
}

/**
 * The number of the list's cards, other than the dragged one, whose vertical middle is above
 * y. `cards` may be a window of the list (their indexes say where they are): the cards before
 * the first one given are above it.
 */
function indexAt(y: number, cards: readonly CardGeometry[], draggedId: string): number {
  const draggedAt = cards.findIndex((c) => c.id === draggedId);
  const dragged = draggedAt < 0 ? undefined : (cards[draggedAt].index ?? draggedAt);
  /** A card's index among the others (the list without the dragged card). */
  const amongOthers = (card: CardGeometry, i: number) => {
    const index = card.index ?? i;
    return dragged !== undefined && dragged < index ? index - 1 : index;
  };
  let result: number | null = null;
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i];
    if (card.id === draggedId) continue;
    if (result === null) result = amongOthers(card, i);
    const mid = (card.rect.top + card.rect.bottom) / 2;
    if (y > mid) result = amongOthers(card, i) + 1;
    else break;
  }
  return result ?? 0;
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
 * pointer (with lanes, its cell under the pointer), and the number of that column's (cell's)
 * other cards whose vertical middle is above y.
 */
export function computeDropTarget(
  x: number,
  y: number,
  columns: readonly ColumnGeometry[],
  draggedId: string,
): DropTarget | null {
  const col = columnAt(x, columns);
  if (!col) return null;
  const cell = col.cells?.length ? cellAt(y, col.cells) : null;
  if (cell) return { stageId: col.stageId, laneId: cell.laneId, index: indexAt(y, cell.cards, draggedId) };
  return { stageId: col.stageId, index: indexAt(y, col.cards, draggedId) };
}

/** True when dropping at `target` would leave the card where it is (then nothing is sent). */
export function isSamePlace(
  origin: { stage: string; lane?: string | null; index: number },
  target: DropTarget,
): boolean {
  return (
    origin.stage === target.stageId && (origin.lane ?? null) === (target.laneId ?? null) && origin.index === target.index
  );
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
