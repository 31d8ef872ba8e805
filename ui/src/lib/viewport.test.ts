// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BoardViewport, NOTHING, rangeIn, rowsOf, type CardRange, type WindowedList } from './viewport';
import type { Touchpoint } from './types';

const cards: Touchpoint[] = Array.from({ length: 100 }, (_, i) => ({
  id: `c${i}`,
  stage: 's',
  title: `Card ${i}`,
  sentiment: 'neutral',
}));
const h100 = () => 100;

describe('rangeIn', () => {
  it('takes the cards that overlap the band, and the list height', () => {
    // Card i spans [1000 + 100i, 1100 + 100i).
    expect(rangeIn(cards, h100, 1000, 1250, 1500)).toEqual({ start: 2, end: 6, total: 10000 });
    expect(rangeIn(cards, h100, 1000, 0, 1000)).toEqual({ start: 0, end: 1, total: 10000 });
  });

  it('is empty for a list wholly above or below the band', () => {
    expect(rangeIn(cards, h100, 1000, 20000, 21000)).toEqual({ start: 0, end: 0, total: 10000 });
    expect(rangeIn(cards, h100, 1000, 0, 500)).toEqual({ start: 0, end: 0, total: 10000 });
  });

  it('runs to the end when the band does', () => {
    expect(rangeIn(cards, h100, 0, 9850, 99999)).toEqual({ start: 98, end: 100, total: 10000 });
  });

  it('uses each card’s own height', () => {
    const tall = (id: string) => (id === 'c0' ? 1000 : 100);
    expect(rangeIn(cards, tall, 0, 1050, 1099)).toEqual({ start: 1, end: 2, total: 10900 });
  });
});

describe('rowsOf', () => {
  const keys = (rows: ReturnType<typeof rowsOf>) => rows.map((r) => ('card' in r ? r.key : `${r.key}:${r.space}`));

  it('renders the range and stands the rest in with spaces', () => {
    const rows = rowsOf(cards.slice(0, 10), { start: 3, end: 5, total: 0 }, new Set(), h100);
    expect(keys(rows)).toEqual(['~0:300', 'c3', 'c4', '~5:500']);
    expect(rows[1]).toMatchObject({ index: 3 });
  });

  it('keeps pinned cards wherever they are', () => {
    const rows = rowsOf(cards.slice(0, 10), { start: 3, end: 5, total: 0 }, new Set(['c0', 'c8']), h100);
    expect(keys(rows)).toEqual(['c0', '~1:200', 'c3', 'c4', '~5:300', 'c8', '~9:100']);
  });

  it('is one space for a list with nothing in range', () => {
    expect(keys(rowsOf(cards.slice(0, 4), NOTHING, new Set(), h100))).toEqual(['~0:400']);
    expect(rowsOf([], NOTHING, new Set(), h100)).toEqual([]);
  });
});

/** A scroller and lists whose rectangles are given, as a laid-out page would measure them. */
function fakeRect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) };
}

function fakeElement(rect: () => DOMRect, slots: { id: string; height: number }[] = []): HTMLElement {
  const el = document.createElement('ul');
  el.getBoundingClientRect = rect;
  for (const s of slots) {
    const li = document.createElement('li');
    li.dataset.slot = s.id;
    Object.defineProperty(li, 'offsetHeight', { value: s.height });
    el.appendChild(li);
  }
  return el;
}

function list(el: HTMLElement, items: readonly Touchpoint[]): WindowedList & { current: CardRange | null } {
  const l = {
    current: null as CardRange | null,
    element: () => el,
    cards: () => items,
    range: () => l.current,
    setRange: (r: CardRange) => (l.current = r),
  };
  return l;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('BoardViewport', () => {
  it('gives each list the cards near the visible area, and none to a list far beside it', async () => {
    const viewport = new BoardViewport(() => true);
    let scrollTop = 0;
    const scroller = fakeElement(() => fakeRect(0, 0, 1000, 800));
    // A list whose first card is at the top of the view (minus the list padding), and one
    // three view widths to the right.
    const near = list(fakeElement(() => fakeRect(10, -6 - scrollTop, 220, 10000)), cards);
    const far = list(fakeElement(() => fakeRect(3000, -6 - scrollTop, 220, 10000)), cards);
    viewport.add(near);
    viewport.add(far);
    const stop = viewport.attach(scroller);
    await settle();
    // The view is 800 px high, with one view height of overscan below: cards 0..17 (94 px each).
    expect(near.current).toMatchObject({ start: 0, end: 18 });
    expect(far.current).toMatchObject({ start: 0, end: 0 });

    scrollTop = 5000;
    scroller.dispatchEvent(new Event('scroll'));
    await settle();
    expect(near.current!.start).toBeGreaterThan(40);
    expect(near.current!.end).toBeLessThan(80);
    stop();
  });

  it('renders the cards a zoomed-out board shows, whichever way the engine reports rectangles', async () => {
    // At 50 % twice as many cards fit: cards 0..35 (47 px each on screen) in 800 px and the
    // overscan. WebKit reports rectangles inside the zoom in the zoom's pixels (rects 0.5),
    // the standard in the screen's (rects 1): the range is the same.
    for (const rects of [0.5, 1]) {
      const viewport = new BoardViewport(() => true, () => ({ level: 0.5, rects }));
      const scroller = fakeElement(() => fakeRect(0, 0, 1000, 800));
      const top = -3 / rects;
      const l = list(fakeElement(() => fakeRect(10 / rects, top, 220 / rects, 10000)), cards);
      viewport.add(l);
      const stop = viewport.attach(scroller);
      await settle();
      expect(l.current, `rects ${rects}`).toMatchObject({ start: 0, end: 35 });
      stop();
    }
  });

  it('uses measured heights, and their mean for the cards not yet measured', async () => {
    const viewport = new BoardViewport(() => true);
    const scroller = fakeElement(() => fakeRect(0, 0, 1000, 800));
    const el = fakeElement(() => fakeRect(10, -6, 220, 10000), [
      { id: 'c0', height: 200 },
      { id: 'c1', height: 200 },
    ]);
    const l = list(el, cards);
    viewport.add(l);
    const stop = viewport.attach(scroller);
    await settle();
    expect(viewport.heightOf('c0')).toBe(200);
    expect(viewport.heightOf('c50')).toBe(200);
    expect(l.current).toMatchObject({ start: 0, end: 9, total: 20000 });
    stop();
  });

  it('renders every card when nothing is laid out (a hidden board)', async () => {
    const viewport = new BoardViewport(() => true);
    const l = list(fakeElement(() => fakeRect(0, 0, 0, 0)), cards);
    viewport.add(l);
    const stop = viewport.attach(fakeElement(() => fakeRect(0, 0, 0, 0)));
    await settle();
    expect(l.current).toMatchObject({ start: 0, end: 100 });
    stop();
  });

  it('does nothing for a map small enough to render whole', async () => {
    const viewport = new BoardViewport(() => false);
    const l = list(fakeElement(() => fakeRect(0, 0, 200, 200)), cards);
    viewport.add(l);
    const stop = viewport.attach(fakeElement(() => fakeRect(0, 0, 1000, 800)));
    await settle();
    expect(l.current).toBeNull();
    stop();
  });

  /**
   * A column scrolled `scroll.top` down whose rendered cards (ids, 94 px apart) sit `shift()`
   * lower than where the scroll alone puts them: the spacers above them grew.
   */
  function column(left: number, scroll: { top: number }, ids: string[], shift: () => number) {
    const listTop = () => -6 - scroll.top + shift();
    const el = fakeElement(() => fakeRect(left, listTop(), 220, 10000));
    ids.forEach((id, i) => {
      const li = document.createElement('li');
      li.dataset.slot = id;
      Object.defineProperty(li, 'offsetHeight', { value: 94 });
      li.getBoundingClientRect = () => fakeRect(left, listTop() + 6 + (40 + i) * 94, 220, 86);
      el.appendChild(li);
    });
    // In the page, as the board's lists are: a card taken out of it is never held.
    document.body.appendChild(el);
    return el;
  }

  function scrollerAt(scroll: { top: number }): HTMLElement {
    const el = fakeElement(() => fakeRect(0, 0, 1000, 800));
    Object.defineProperty(el, 'scrollTop', { get: () => scroll.top, set: (v: number) => (scroll.top = v) });
    return el;
  }

  it('holds the cards in view in place when the spacers above them change, as scroll anchoring would', async () => {
    const scroll = { top: 40 * 94 };
    let shift = 0;
    const viewport = new BoardViewport(() => true);
    const ids = Array.from({ length: 10 }, (_, i) => `c${40 + i}`);
    const l = list(column(10, scroll, ids, () => shift), cards);
    viewport.add(l);
    const stop = viewport.attach(scrollerAt(scroll));
    await settle();
    // Cards measured since: the estimate for those above changed, and the column moved 300 px
    // down. The next pass (a list changed, not the view) scrolls with it.
    shift = 300;
    viewport.schedule();
    await settle();
    expect(scroll.top).toBe(40 * 94 + 300);
    // Nothing moved since: no scrolling.
    viewport.schedule();
    await settle();
    expect(scroll.top).toBe(40 * 94 + 300);
    stop();
  });

  it('never fights the user: after a scroll or a resize nothing is held', async () => {
    const scroll = { top: 40 * 94 };
    let shift = 0;
    const viewport = new BoardViewport(() => true);
    const l = list(column(10, scroll, ['c40', 'c41', 'c42'], () => shift), cards);
    viewport.add(l);
    const scroller = scrollerAt(scroll);
    const stop = viewport.attach(scroller);
    await settle();
    shift = 300;
    scroll.top += 500;
    scroller.dispatchEvent(new Event('scroll'));
    await settle();
    expect(scroll.top).toBe(40 * 94 + 500);
    // Scrolled by the app (a card brought into view), a list's change comes before the
    // scroll's event: the view moved, not the cards, and it stays where it was scrolled to.
    shift = 600;
    scroll.top = 60 * 94;
    viewport.schedule();
    await settle();
    expect(scroll.top).toBe(60 * 94);
    stop();
  });

  it('holds the selected card where it is, rather than the first one in view', async () => {
    const scroll = { top: 40 * 94 };
    let shiftB = 0;
    let selected: string | null = 'b42';
    const viewport = new BoardViewport(() => true, undefined, () => selected);
    const a = list(column(10, scroll, ['a40', 'a41', 'a42'], () => 0), cards);
    const b = list(column(250, scroll, ['b40', 'b41', 'b42'], () => shiftB), cards);
    viewport.add(a);
    viewport.add(b);
    const stop = viewport.attach(scrollerAt(scroll));
    await settle();
    // Only the selected card's column moved: the board follows it.
    shiftB = -120;
    viewport.schedule();
    await settle();
    expect(scroll.top).toBe(40 * 94 - 120);
    // Nothing selected: the first card in view (column a, which did not move) is held.
    selected = null;
    viewport.schedule(true);
    await settle();
    shiftB = -400;
    viewport.schedule();
    await settle();
    expect(scroll.top).toBe(40 * 94 - 120);
    stop();
  });
});
