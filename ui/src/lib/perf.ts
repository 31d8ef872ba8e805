// When the map is on screen, and the performance marks the app benchmarks read
// (tests/bench/app): the UI mounted (it then asks the core for the map), the first map in the
// DOM, laid out, its frame begun, and painted. `data-ready` waits for the paint: what a user or a test waits
// for is the map they can see, not nodes that are not drawn yet. User Timing marks cost
// nothing unless someone reads them.

export const MOUNTED_MARK = 'jm:mounted';
export const RENDERED_MARK = 'jm:rendered';
export const FRAME_MARK = 'jm:frame';
export const LAID_OUT_MARK = 'jm:laid-out';
export const PAINTED_MARK = 'jm:painted';

const canMark = () => typeof performance?.mark === 'function' && typeof performance.getEntriesByName === 'function';

/**
 * Calls `done` once the DOM as it is now has been painted: rAF runs just before a frame's
 * style, layout and paint, and a task queued from it runs once they are done (`onFrame`, if
 * given, runs in that rAF). A hidden page paints nothing and gets no frames until it is
 * shown, so there (and where there is no page) `done` comes at once. Returns a cancel.
 */
export function afterPaint(done: () => void, onFrame?: () => void): () => void {
  let over = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let listening = false;
  const stop = () => {
    over = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    if (listening) document.removeEventListener('visibilitychange', onVisibility);
  };
  const finish = () => {
    if (over) return;
    stop();
    done();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') finish();
  };
  // Without a page (the store's unit tests) nothing is painted either.
  if (typeof document === 'undefined' || document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') {
    finish();
    return stop;
  }
  document.addEventListener('visibilitychange', onVisibility);
  listening = true;
  frame = requestAnimationFrame(() => {
    frame = undefined;
    onFrame?.();
    timer = setTimeout(finish);
  });
  return stop;
}

/**
 * `afterPaint` for a map put on screen: the first call of the page also marks the steps of
 * the first screen.
 */
export function whenPainted(done: () => void): () => void {
  const first = canMark() && performance.getEntriesByName(RENDERED_MARK, 'mark').length === 0;
  if (!first) return afterPaint(done);
  performance.mark(RENDERED_MARK);
  // Laid out now, as the board's first measuring would do a moment later: it tells the
  // first layout from the scripts that follow and from the paint.
  void document.documentElement.offsetHeight;
  performance.mark(LAID_OUT_MARK);
  return afterPaint(
    () => {
      performance.mark(PAINTED_MARK);
      done();
    },
    () => performance.mark(FRAME_MARK),
  );
}
