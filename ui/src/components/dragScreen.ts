// The screen as a card drag sees it (lib/drag.svelte.ts): measured from the board's DOM
// when the drag asks, during a drag only.

import type { DragScreen } from '../lib/drag.svelte';
import type { CardGeometry, ColumnGeometry } from '../lib/drop';

function measureCards(root: ParentNode): CardGeometry[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-touchpoint-id]')).map((card) => {
    const index = Number(card.closest<HTMLElement>('[data-slot]')?.dataset.index);
    return {
      id: card.dataset.touchpointId!,
      rect: card.getBoundingClientRect(),
      index: Number.isInteger(index) ? index : undefined,
    };
  });
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

export const dragScreen: DragScreen = {
  columns: () => measureColumns(),
  scroller: () => document.querySelector<HTMLElement>('[data-board-scroll]'),
  cardRect: () => document.querySelector<HTMLElement>('[data-touchpoint-id]')?.getBoundingClientRect(),
  columnRect: () => document.querySelector<HTMLElement>('[data-stage-id]')?.getBoundingClientRect(),
  ghostHeight: () => document.querySelector<HTMLElement>('[data-drag-ghost]')?.offsetHeight ?? 0,
  setDragging: (on) => document.documentElement.classList.toggle('is-dragging', on),
};
