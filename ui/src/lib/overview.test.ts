import { describe, expect, it } from 'vitest';
import { needsOverview, overviewBox, overviewLimits, scrollFor, viewFrame } from './overview';

const content = { width: 4800, height: 1600 };
const view = { width: 1200, height: 640 };

describe('the overview', () => {
  it('shows only for a map larger than the view', () => {
    expect(needsOverview(content, view)).toBe(true);
    expect(needsOverview({ width: 1200, height: 400 }, view)).toBe(false);
    expect(needsOverview({ width: 1000, height: 700 }, view)).toBe(true);
  });

  it('takes no more than a third of a small board, and none of a board too small for it', () => {
    expect(overviewLimits({ width: 1200, height: 640 })).toEqual({ width: 240, height: 160 });
    expect(overviewLimits({ width: 600, height: 300 })).toEqual({ width: 200, height: 100 });
    const box = overviewBox(content, overviewLimits({ width: 600, height: 300 }));
    expect(box.width).toBeLessThanOrEqual(200);
    expect(box.height).toBeLessThanOrEqual(100);
    expect(needsOverview(content, { width: 700, height: 200 })).toBe(false);
    expect(needsOverview(content, { width: 400, height: 600 })).toBe(false);
  });

  it('keeps the board’s shape within its corner', () => {
    expect(overviewBox(content)).toEqual({ sx: 0.05, sy: 0.05, width: 240, height: 80 });
    expect(overviewBox({ width: 0, height: 0 }).sx).toBe(0);
  });

  it('stretches a very tall or very wide map to a size that can still be clicked', () => {
    // Ten stages of 200 cards: 2,500 px wide, 20,000 px tall.
    const tall = overviewBox({ width: 2500, height: 20000 });
    expect(tall).toMatchObject({ width: 120, height: 160 });
    expect(tall.sx).toBeGreaterThan(tall.sy);
    const wide = overviewBox({ width: 40000, height: 700 });
    expect(wide).toMatchObject({ width: 240, height: 60 });
  });

  it('frames the part in view', () => {
    const box = overviewBox(content);
    expect(viewFrame({ left: 0, top: 0 }, view, content, box)).toEqual({ left: 0, top: 0, width: 60, height: 32 });
    expect(viewFrame({ left: 2400, top: 800 }, view, content, box)).toEqual({ left: 120, top: 40, width: 60, height: 32 });
    // Scrolled to the end: the frame touches the overview's edge and stays inside.
    const end = viewFrame({ left: 3600, top: 960 }, view, content, box);
    expect(end.left + end.width).toBeCloseTo(240);
    expect(end.top + end.height).toBeCloseTo(80);
    // A view larger than the map in one direction: the frame is the map's height there.
    expect(viewFrame({ left: 0, top: 0 }, { width: 1200, height: 2000 }, content, box).height).toBeCloseTo(80);
  });

  it('frames a stretched overview in its own scale each way', () => {
    const tallMap = { width: 2500, height: 20000 };
    const box = overviewBox(tallMap);
    const frame = viewFrame({ left: 1300, top: 10000 }, view, tallMap, box);
    expect(frame.left + frame.width).toBeCloseTo(box.width);
    expect(frame.top).toBeCloseTo(80);
    expect(frame.height).toBeCloseTo(640 * box.sy);
  });

  it('scrolls so that the view is centred where the overview is clicked, as far as the board goes', () => {
    const box = overviewBox(content);
    expect(scrollFor({ x: 120, y: 40 }, view, content, box)).toEqual({ left: 1800, top: 480 });
    expect(scrollFor({ x: 0, y: 0 }, view, content, box)).toEqual({ left: 0, top: 0 });
    expect(scrollFor({ x: 240, y: 80 }, view, content, box)).toEqual({ left: 3600, top: 960 });
    // The frame a click makes is centred on the click, in a stretched overview too.
    for (const map of [content, { width: 2500, height: 20000 }]) {
      const b = overviewBox(map);
      const frame = viewFrame(scrollFor({ x: 60, y: 30 }, view, map, b), view, map, b);
      expect(frame.left + frame.width / 2).toBeCloseTo(60);
      expect(frame.top + frame.height / 2).toBeCloseTo(30);
    }
  });
});
