import { describe, expect, it } from 'vitest';
import { columnAt, computeDropTarget, isSamePlace, passedThreshold, type ColumnGeometry, type Rect } from './drop';

const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

/** Columns 200px wide with a 20px gutter; cards 60px high, 10px apart, starting at y=100. */
function board(stages: Record<string, string[]>): ColumnGeometry[] {
  return Object.entries(stages).map(([stageId, cards], i) => ({
    stageId,
    rect: rect(20 + i * 220, 40, 200, 600),
    cards: cards.map((id, k) => ({ id, rect: rect(28 + i * 220, 100 + k * 70, 184, 60) })),
  }));
}

// Card k of a column spans y = 100+70k .. 160+70k; its middle is 130+70k.
const cols = board({ a: ['a1', 'a2', 'a3'], b: ['b1'], c: [] });
const X = { a: 120, b: 340, c: 560 };

describe('computeDropTarget', () => {
  it('finds the index from the middles of the other cards', () => {
    expect(computeDropTarget(X.b, 50, cols, 'a1')).toEqual({ stageId: 'b', index: 0 });
    expect(computeDropTarget(X.b, 129, cols, 'a1')).toEqual({ stageId: 'b', index: 0 });
    expect(computeDropTarget(X.b, 131, cols, 'a1')).toEqual({ stageId: 'b', index: 1 });
    expect(computeDropTarget(X.b, 900, cols, 'a1')).toEqual({ stageId: 'b', index: 1 });
  });

  it('drops into an empty column at index 0', () => {
    expect(computeDropTarget(X.c, 300, cols, 'a1')).toEqual({ stageId: 'c', index: 0 });
  });

  it('leaves the dragged card out of the count (within its own stage)', () => {
    // Dragging a1 (top) below a2's middle: it lands after a2, i.e. index 1 among [a2, a3].
    expect(computeDropTarget(X.a, 210, cols, 'a1')).toEqual({ stageId: 'a', index: 1 });
    // Below everything: index 2 among [a2, a3] (the end).
    expect(computeDropTarget(X.a, 400, cols, 'a1')).toEqual({ stageId: 'a', index: 2 });
    // Dragging a3 to the top.
    expect(computeDropTarget(X.a, 105, cols, 'a3')).toEqual({ stageId: 'a', index: 0 });
    // Dragging a2 over its own rectangle: the place it already has.
    expect(computeDropTarget(X.a, 175, cols, 'a2')).toEqual({ stageId: 'a', index: 1 });
  });

  it('treats a pointer in the gutter or beyond the board as over the nearest column', () => {
    expect(computeDropTarget(225, 50, cols, 'x')?.stageId).toBe('a'); // 5px right of a, 15px left of b
    expect(computeDropTarget(235, 50, cols, 'x')?.stageId).toBe('b');
    expect(computeDropTarget(-100, 50, cols, 'x')?.stageId).toBe('a');
    expect(computeDropTarget(5000, 50, cols, 'x')?.stageId).toBe('c');
  });

  it('gives null with no columns', () => {
    expect(computeDropTarget(10, 10, [], 'x')).toBeNull();
    expect(columnAt(10, [])).toBeNull();
  });

  it('does not depend on the dragged card being in the geometry', () => {
    const without = board({ a: ['a2', 'a3'] });
    expect(computeDropTarget(X.a, 150, without, 'a1')).toEqual({ stageId: 'a', index: 1 });
  });
});

describe('computeDropTarget on a windowed list (a big map renders only some cards)', () => {
  // Cards 40 to 42 of stage a are on screen, at the same places as a1..a3 above.
  const windowed: ColumnGeometry[] = [
    { stageId: 'a', rect: rect(20, 40, 200, 600), cards: [40, 41, 42].map((n, k) => ({ id: `a${n}`, index: n, rect: rect(28, 100 + k * 70, 184, 60) })) },
  ];

  it('counts the cards before the window as above the pointer', () => {
    expect(computeDropTarget(X.a, 50, windowed, 'x')).toEqual({ stageId: 'a', index: 40 });
    expect(computeDropTarget(X.a, 131, windowed, 'x')).toEqual({ stageId: 'a', index: 41 });
    expect(computeDropTarget(X.a, 900, windowed, 'x')).toEqual({ stageId: 'a', index: 43 });
  });

  it('leaves out a dragged card that was before the pointer, wherever it is rendered', () => {
    // The dragged card (index 3) stays rendered far above the window.
    const cols: ColumnGeometry[] = [
      { ...windowed[0], cards: [{ id: 'a3', index: 3, rect: rect(28, -4000, 184, 60) }, ...windowed[0].cards] },
    ];
    expect(computeDropTarget(X.a, 131, cols, 'a3')).toEqual({ stageId: 'a', index: 40 });
    expect(computeDropTarget(X.a, 50, cols, 'a3')).toEqual({ stageId: 'a', index: 39 });
  });

  it('keeps the index of a dragged card after the window', () => {
    const cols: ColumnGeometry[] = [
      { ...windowed[0], cards: [...windowed[0].cards, { id: 'a90', index: 90, rect: rect(28, 9000, 184, 60) }] },
    ];
    expect(computeDropTarget(X.a, 131, cols, 'a90')).toEqual({ stageId: 'a', index: 41 });
  });
});

describe('isSamePlace', () => {
  it('is true only for the card’s own stage and index', () => {
    const origin = { stage: 'a', index: 1 };
    expect(isSamePlace(origin, { stageId: 'a', index: 1 })).toBe(true);
    expect(isSamePlace(origin, { stageId: 'a', index: 0 })).toBe(false);
    expect(isSamePlace(origin, { stageId: 'b', index: 1 })).toBe(false);
  });

  it('agrees with computeDropTarget when a card is dropped where it was', () => {
    // a2 is at index 1; pointer anywhere between the middles of a1 and a3 keeps it there.
    for (const y of [131, 150, 175, 199]) {
      expect(isSamePlace({ stage: 'a', index: 1 }, computeDropTarget(X.a, y, cols, 'a2')!)).toBe(true);
    }
  });
});

describe('passedThreshold', () => {
  it('starts a drag at 4px of movement, not before', () => {
    expect(passedThreshold(100, 100, 102, 102)).toBe(false); // 2.8px
    expect(passedThreshold(100, 100, 103, 100)).toBe(false);
    expect(passedThreshold(100, 100, 104, 100)).toBe(true);
    expect(passedThreshold(100, 100, 97, 97)).toBe(true); // 4.2px
    expect(passedThreshold(0, 0, 5, 0, 8)).toBe(false);
  });
});

describe('computeDropTarget on a map with lanes', () => {
  /** One column per stage; each has three cells 200px high from y=100, cards 60px high, 10px apart. */
  function grid(stages: Record<string, Record<string, string[]>>): ColumnGeometry[] {
    return Object.entries(stages).map(([stageId, lanes], i) => {
      const cells = Object.entries(lanes).map(([laneId, cards], l) => ({
        laneId,
        rect: rect(20 + i * 220, 100 + l * 200, 200, 200),
        cards: cards.map((id, k) => ({ id, rect: rect(28 + i * 220, 108 + l * 200 + k * 70, 184, 60) })),
      }));
      return { stageId, rect: rect(20 + i * 220, 40, 200, 660), cards: cells.flatMap((c) => c.cards), cells };
    });
  }
  const g = grid({
    a: { L1: ['a1', 'a3'], L2: ['a2'], L3: [] },
    b: { L1: [], L2: ['b1'], L3: [] },
  });

  it('finds the cell under the pointer and the index in it', () => {
    // a/L1 cards: mids at 138 and 208.
    expect(computeDropTarget(X.a, 120, g, 'b1')).toEqual({ stageId: 'a', laneId: 'L1', index: 0 });
    expect(computeDropTarget(X.a, 150, g, 'b1')).toEqual({ stageId: 'a', laneId: 'L1', index: 1 });
    expect(computeDropTarget(X.a, 250, g, 'b1')).toEqual({ stageId: 'a', laneId: 'L1', index: 2 });
    // a/L2 spans 300..500; its card's middle is 338.
    expect(computeDropTarget(X.a, 310, g, 'b1')).toEqual({ stageId: 'a', laneId: 'L2', index: 0 });
    expect(computeDropTarget(X.a, 450, g, 'b1')).toEqual({ stageId: 'a', laneId: 'L2', index: 1 });
    expect(computeDropTarget(X.b, 600, g, 'a1')).toEqual({ stageId: 'b', laneId: 'L3', index: 0 });
  });

  it('takes the nearest cell above the first (the stage header) and below the last', () => {
    expect(computeDropTarget(X.b, 50, g, 'a1')).toEqual({ stageId: 'b', laneId: 'L1', index: 0 });
    expect(computeDropTarget(X.b, 900, g, 'a1')).toEqual({ stageId: 'b', laneId: 'L3', index: 0 });
  });

  it('leaves the dragged card out, and a drop on its own place is the same place', () => {
    expect(computeDropTarget(X.a, 150, g, 'a1')).toEqual({ stageId: 'a', laneId: 'L1', index: 0 });
    const origin = { stage: 'a', lane: 'L1', index: 1 };
    expect(isSamePlace(origin, computeDropTarget(X.a, 210, g, 'a3')!)).toBe(true);
    expect(isSamePlace(origin, { stageId: 'a', laneId: 'L2', index: 1 })).toBe(false);
    expect(isSamePlace({ stage: 'a', lane: null, index: 0 }, { stageId: 'a', index: 0 })).toBe(true);
  });
});
