// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ZoomController } from './zoom.svelte';
import { computeDropTarget } from './drop';
import { anchoredScroll, clampZoom, detailAt, fitZoom, scaleRect, stepZoom, wheelZoom, ZOOM_MAX, ZOOM_MIN, ZOOM_STEPS, zoomPercent } from './zoom';

describe('zoom levels', () => {
  it('keeps a level within 25 % and 200 %, and an unreadable one at 100 %', () => {
    expect(clampZoom(0.1)).toBe(ZOOM_MIN);
    expect(clampZoom(7)).toBe(ZOOM_MAX);
    expect(clampZoom(0.756)).toBe(0.76);
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(clampZoom(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('steps through the levels and stays at the limits', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(ZOOM_MAX, 1)).toBe(ZOOM_MAX);
    expect(stepZoom(ZOOM_MIN, -1)).toBe(ZOOM_MIN);
    // From a level between two steps (a wheel's, a fit's), to the next step that way.
    expect(stepZoom(0.47, 1)).toBe(0.5);
    expect(stepZoom(0.47, -1)).toBe(0.33);
    // Every step is reached, in order, both ways.
    const up = [ZOOM_MIN];
    while (up[up.length - 1] < ZOOM_MAX) up.push(stepZoom(up[up.length - 1], 1));
    expect(up).toEqual(ZOOM_STEPS);
    const down = [ZOOM_MAX];
    while (down[down.length - 1] > ZOOM_MIN) down.push(stepZoom(down[down.length - 1], -1));
    expect(down).toEqual([...ZOOM_STEPS].reverse());
  });

  it('zooms in when the wheel turns up, smoothly, and never past the limits', () => {
    expect(wheelZoom(1, -100)).toBeGreaterThan(1.15);
    expect(wheelZoom(1, -100)).toBeLessThan(1.25);
    expect(wheelZoom(1, 100)).toBeLessThan(0.87);
    // A pinch sends small deltas: small steps.
    expect(wheelZoom(1, -4)).toBeCloseTo(1.01, 2);
    // Lines and pages count as pixels.
    expect(wheelZoom(1, -3, 1)).toBe(wheelZoom(1, -48, 0));
    // One wild event is at most a factor of 1.5.
    expect(wheelZoom(1, -100000)).toBe(1.5);
    expect(wheelZoom(ZOOM_MAX, -100)).toBe(ZOOM_MAX);
    expect(wheelZoom(ZOOM_MIN, 100)).toBe(ZOOM_MIN);
    expect(wheelZoom(0.8, 0)).toBe(0.8);
    expect(wheelZoom(0.8, Number.NaN)).toBe(0.8);
  });

  it('simplifies the cards as the level falls', () => {
    expect(detailAt(1)).toBe('full');
    expect(detailAt(0.6)).toBe('full');
    expect(detailAt(0.5)).toBe('compact');
    expect(detailAt(0.33)).toBe('marks');
    expect(detailAt(ZOOM_MIN)).toBe('marks');
  });

  it('writes a level as a whole percentage', () => {
    expect(zoomPercent(0.33)).toBe(33);
    expect(zoomPercent(1.1)).toBe(110);
  });
});

describe('fit to window', () => {
  it('fits a wide map to the window’s width, rounded down so that it does fit', () => {
    // Ten stages of 246 px and the lane headers, on a laptop's board.
    const level = fitZoom({ width: 2668, height: 900 }, { width: 1280, height: 640 });
    expect(level).toBe(0.47);
    expect(2668 * level).toBeLessThanOrEqual(1280);
  });

  it('fits a tall map to the window’s height', () => {
    expect(fitZoom({ width: 800, height: 2000 }, { width: 1280, height: 700 })).toBe(0.35);
  });

  it('never blows a small map up, and never goes below the minimum', () => {
    expect(fitZoom({ width: 300, height: 200 }, { width: 1280, height: 700 })).toBe(1);
    // A hundred stages: as small as it goes (the rest is reached by scrolling).
    expect(fitZoom({ width: 24600, height: 900 }, { width: 1280, height: 700 })).toBe(ZOOM_MIN);
  });

  it('stays at 100 % when there is nothing to measure', () => {
    expect(fitZoom({ width: 0, height: 0 }, { width: 1280, height: 700 })).toBe(1);
    expect(fitZoom({ width: 1000, height: 500 }, { width: 0, height: 0 })).toBe(1);
  });
});

describe('zooming around the pointer', () => {
  it('keeps the content under the pointer where it is', () => {
    const scroll = { left: 1300, top: 620 };
    const pointer = { x: 400, y: 250 };
    const from = 1;
    const to = 0.5;
    const next = anchoredScroll(scroll, pointer, from, to);
    // The map's point under the pointer, before and after.
    const before = { x: (scroll.left + pointer.x) / from, y: (scroll.top + pointer.y) / from };
    const after = { x: (next.left + pointer.x) / to, y: (next.top + pointer.y) / to };
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('zooming in and out again comes back to the same place', () => {
    const start = { left: 500, top: 40 };
    const pointer = { x: 200, y: 300 };
    const there = anchoredScroll(start, pointer, 1, 1.5);
    const back = anchoredScroll(there, pointer, 1.5, 1);
    expect(back.left).toBeCloseTo(start.left);
    expect(back.top).toBeCloseTo(start.top);
  });

  it('never scrolls before the start', () => {
    expect(anchoredScroll({ left: 0, top: 0 }, { x: 10, y: 10 }, 1, 0.25)).toEqual({ left: 0, top: 0 });
  });
});

describe('dropping at any level', () => {
  // One column of five cards, 94 px apart in the map's pixels, laid out by a zoomed board
  // scrolled by 40 px. The pointer is on screen; the engine reports rectangles either in
  // the zoom's pixels (WebKit: scale = level) or in the screen's (scale 1).
  const column = (level: number, local: boolean) => {
    const reported = (top: number, height: number) => {
      const screen = { left: 100 * level, right: 320 * level, top: top * level - 40, bottom: (top + height) * level - 40 };
      const k = local ? level : 1;
      return { left: screen.left / k, right: screen.right / k, top: screen.top / k, bottom: screen.bottom / k };
    };
    const scale = local ? level : 1;
    return [
      {
        stageId: 's1',
        rect: scaleRect(reported(0, 600), scale),
        cards: [0, 1, 2, 3, 4].map((i) => ({ id: `c${i}`, rect: scaleRect(reported(60 + i * 94, 86), scale), index: i })),
      },
    ];
  };

  it.each([0.25, 0.5, 1, 1.5, 2])('puts a card dropped between the third and fourth where the pointer is, at %s', (level) => {
    // Just below the middle of the third card (c2: 248..334 in the map's pixels, middle 291).
    const y = 300 * level - 40;
    const x = 200 * level;
    for (const local of [true, false]) {
      expect(computeDropTarget(x, y, column(level, local), 'c4'), `local ${local}`).toEqual({ stageId: 's1', index: 3 });
      // Just above that middle: before it.
      expect(computeDropTarget(x, 280 * level - 40, column(level, local), 'c4')).toEqual({ stageId: 's1', index: 2 });
    }
  });
});

describe('a run of zoom steps', () => {
  // Each window keeps its level (sessionStorage); each test starts with a new window.
  beforeEach(() => sessionStorage.clear());

  function board() {
    const scroller = document.createElement('div');
    Object.defineProperty(scroller, 'clientWidth', { value: 1000 });
    Object.defineProperty(scroller, 'clientHeight', { value: 600 });
    scroller.scrollLeft = 0;
    scroller.scrollTop = 0;
    return { scroller, extent: () => ({ width: 3000, height: 1200 }), showStage: () => {}, stageInView: () => null };
  }

  it('shows each step at once as a transform and lays the board out once, when the steps rest', async () => {
    vi.useFakeTimers();
    let layouts = 0;
    const zoom = new ZoomController(() => (layouts += 1));
    zoom.attach(board());
    zoom.zoomOut();
    zoom.zoomOut();
    // Shown: 80 % over the board laid out at 100 %, about the view's middle.
    expect(zoom.level).toBe(0.8);
    expect(zoom.applied).toBe(1);
    expect(zoom.preview).toEqual({ scale: 0.8, originX: 500, originY: 300 });
    expect(layouts).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(zoom.applied).toBe(0.8);
    expect(zoom.preview).toBeNull();
    expect(layouts).toBe(1);
    vi.useRealTimers();
  });

  it('lays a step out at once when something needs the real layout (a fit, a drag, a chosen level)', async () => {
    vi.useFakeTimers();
    const zoom = new ZoomController();
    zoom.attach(board());
    zoom.zoomIn();
    expect(zoom.applied).toBe(1);
    await zoom.set(1.5);
    expect(zoom.applied).toBe(1.5);
    expect(zoom.level).toBe(1.5);
    expect(zoom.preview).toBeNull();
    zoom.zoomOut();
    await zoom.settle();
    expect(zoom.applied).toBe(1.25);
    // Nothing is left to run later.
    await vi.advanceTimersByTimeAsync(500);
    expect(zoom.applied).toBe(1.25);
    vi.useRealTimers();
  });

  it('keeps the level for the window: a reload comes back at it', async () => {
    const zoom = new ZoomController();
    await zoom.set(0.5);
    expect(new ZoomController().level).toBe(0.5);
    expect(new ZoomController().applied).toBe(0.5);
  });
});
