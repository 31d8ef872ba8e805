// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FRAME_MARK, LAID_OUT_MARK, PAINTED_MARK, RENDERED_MARK, whenPainted } from './perf';

const tick = () => new Promise((r) => setTimeout(r, 0));
const marks = () => performance.getEntriesByType('mark').map((m) => m.name);

/** Frames run when the test says so: the callbacks rAF was given. */
let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  const now = frames;
  frames = [];
  now.forEach((f) => f(performance.now()));
};

let visibility: DocumentVisibilityState = 'visible';

describe('whenPainted', () => {
  beforeEach(() => {
    frames = [];
    visibility = 'visible';
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => {};
    });
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
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
    runFrame();
    expect(marks()).toEqual([RENDERED_MARK, LAID_OUT_MARK, FRAME_MARK]);
    expect(done).not.toHaveBeenCalled();
    await tick();
    expect(done).toHaveBeenCalledTimes(1);
    expect(marks()).toEqual([RENDERED_MARK, LAID_OUT_MARK, FRAME_MARK, PAINTED_MARK]);

    // A later map (a reload, another file) waits the same way but marks nothing more.
    const again = vi.fn();
    whenPainted(again);
    runFrame();
    await tick();
    expect(again).toHaveBeenCalledTimes(1);
    expect(marks()).toEqual([RENDERED_MARK, LAID_OUT_MARK, FRAME_MARK, PAINTED_MARK]);
  });

  it('does not wait for frames that a hidden page never gets', async () => {
    visibility = 'hidden';
    const done = vi.fn();
    whenPainted(done);
    expect(done).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
  });

  it('stops waiting when the page is hidden meanwhile', async () => {
    const done = vi.fn();
    whenPainted(done);
    visibility = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(done).toHaveBeenCalledTimes(1);
    runFrame();
    await tick();
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('calls nothing once cancelled', async () => {
    const done = vi.fn();
    const cancel = whenPainted(done);
    runFrame();
    cancel();
    await tick();
    expect(done).not.toHaveBeenCalled();
    expect(marks()).not.toContain(PAINTED_MARK);
  });
});
