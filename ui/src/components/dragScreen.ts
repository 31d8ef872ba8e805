// The screen as a card drag sees it (lib/drag.svelte.ts): measured from the board's DOM
// when the drag asks, during a drag only, in the screen's pixels (where the pointer is) at
// any zoom level.

import type { DragScreen } from '../lib/drag.svelte';
import type { CardGeometry, ColumnGeometry } from '../lib/drop';
import { zoom } from '../lib/session';

function measureCards(root: ParentNode): CardGeometry[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-touchpoint-id]')).map((card) => {
    const index = Number(card.closest<HTMLElement>('[data-slot]')?.dataset.index);
    return {
      id: card.dataset.touchpointId!,
      rect: zoom.screenRect(card),
      index: Number.isInteger(index) ? index : undefined,
    };
  });
}

/** Measures the columns, their cells (on a map with lanes) and their cards on screen for drop.ts. */
export function measureColumns(root: ParentNode = document): ColumnGeometry[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-stage-id]')).map((col) => {
    const cells = Array.from(col.querySelectorAll<HTMLElement>('[data-cell][data-lane-id]')).map((cell) => ({
      laneId: cell.dataset.laneId!,
      rect: zoom.screenRect(cell),
      cards: measureCards(cell),
    }));
    return {
      stageId: col.dataset.stageId!,
      rect: zoom.screenRect(col),
      cards: cells.length ? cells.flatMap((c) => c.cards) : measureCards(col),
      cells: cells.length ? cells : undefined,
    };
  });
}

export const dragScreen: DragScreen = {
  columns: () => measureColumns(),
  scroller: () => document.querySelector<HTMLElement>('[data-board-scroll]'),
  rectOf: (el) => zoom.screenRect(el),
  cardRect: () => {
    const card = document.querySelector<HTMLElement>('[data-touchpoint-id]');
    return card ? zoom.screenRect(card) : undefined;
  },
  columnRect: () => {
    const col = document.querySelector<HTMLElement>('[data-stage-id]');
    return col ? zoom.screenRect(col) : undefined;
  },
  // The ghost is drawn at the board's level.
  ghostHeight: () => (document.querySelector<HTMLElement>('[data-drag-ghost]')?.offsetHeight ?? 0) * zoom.applied,
  setDragging: (on) => document.documentElement.classList.toggle('is-dragging', on),
};
