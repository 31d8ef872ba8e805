// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFrames, type FakeFrames } from '../dev/fakeFrames';
import { FRAME_MARK, LAID_OUT_MARK, PAINTED_MARK, RENDERED_MARK, whenPainted } from './perf';

const tick = () => new Promise((r) => setTimeout(r, 0));
const marks = () => performance.getEntriesByType('mark').map((m) => m.name);

let frames: FakeFrames;

describe('whenPainted', () => {
  beforeEach(() => {
    frames = fakeFrames();
  });

  afterEach(() => {
    performance.clearMarks();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('waits for the frame and the task after it, and marks the first screen once, in order', async () => {
    const done = vi.fn();
    whenPainted(done);
    expect(marks()).toEqual([RENDERED_MARK, LAID_OUT_MARK]);
    await tick();
    expect(done).not.toHaveBeenCalled();
    frames.run();
    expect(marks()).toEqual([RENDERED_MARK, LAID_OUT_MARK, FRAME_MARK]);
    expect(done).not.toHaveBeenCalled();
    await tick();
    expect(done).toHaveBeenCalledTimes(1);
    expect(marks()).toEqual([RENDERED_MARK, LAID_OUT_MARK, FRAME_MARK, PAINTED_MARK]);

    // A later map (a reload, another file) waits the same way but marks nothing more.
    const again = vi.fn();
    whenPainted(again);
    frames.run();
    await tick();
    expect(again).toHaveBeenCalledTimes(1);
    expect(marks()).toEqual([RENDERED_MARK, LAID_OUT_MARK, FRAME_MARK, PAINTED_MARK]);
  });

  it('does not wait for frames that a hidden page never gets', async () => {
    frames.visibility = 'hidden';
    const done = vi.fn();
    whenPainted(done);
    expect(done).toHaveBeenCalledTimes(1);
    expect(frames.waiting).toBe(0);
  });

  it('stops waiting when the page is hidden meanwhile', async () => {
    const done = vi.fn();
    whenPainted(done);
    frames.visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(done).toHaveBeenCalledTimes(1);
    frames.run();
    await tick();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('calls nothing once cancelled', async () => {
    const done = vi.fn();
    const cancel = whenPainted(done);
    frames.run();
    cancel();
    await tick();
    expect(done).not.toHaveBeenCalled();
    expect(marks()).not.toContain(PAINTED_MARK);
  });
});
