// For unit tests of what waits for painted frames: rAF under the test's hand (a frame runs
// when the test says so) and a page the test shows or hides. Install it in `beforeEach`;
// `vi.unstubAllGlobals()` and `vi.restoreAllMocks()` take it away.

import { vi } from 'vitest';

export interface FakeFrames {
  /** Callbacks waiting for the next frame. */
  readonly waiting: number;
  /** Runs the next frame: every callback waiting now. */
  run(): void;
  /** Whether the page is shown (`visible`) or not (`hidden`). */
  visibility: DocumentVisibilityState;
}

export function fakeFrames(): FakeFrames {
  const callbacks = new Map<number, FrameRequestCallback>();
  let next = 0;
  let visibility: DocumentVisibilityState = 'visible';
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => {
    callbacks.set(++next, f);
    return next;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => callbacks.delete(id));
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
  return {
    get waiting() {
      return callbacks.size;
    },
    run() {
      const now = [...callbacks.values()];
      callbacks.clear();
      now.forEach((f) => f(performance.now()));
    },
    get visibility() {
      return visibility;
    },
    set visibility(v) {
      visibility = v;
    },
  };
}
