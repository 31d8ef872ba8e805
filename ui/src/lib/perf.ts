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
 * style, layout and paint, and a task queued from it runs once they are done. A hidden page
 * paints nothing and gets no frames until it is shown, so there `done` comes at once. The
 * first call of the page marks the steps of the first screen. Returns a cancel.
 */
export function whenPainted(done: () => void): () => void {
  const first = canMark() && performance.getEntriesByName(RENDERED_MARK, 'mark').length === 0;
  if (first) {
    performance.mark(RENDERED_MARK);
    // Laid out now, as the board's first measuring would do a moment later: it tells the
    // first layout from the scripts that follow and from the paint.
    void document.documentElement.offsetHeight;
    performance.mark(LAID_OUT_MARK);
  }
  let over = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  const stop = () => {
    over = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  };
  const finish = () => {
    if (over) return;
    stop();
    if (first) performance.mark(PAINTED_MARK);
    done();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') finish();
  };
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') {
    finish();
    return stop;
  }
  document.addEventListener('visibilitychange', onVisibility);
  frame = requestAnimationFrame(() => {
    frame = undefined;
    if (first) performance.mark(FRAME_MARK);
    timer = setTimeout(finish);
  });
  return stop;
}
