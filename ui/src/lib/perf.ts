// Performance marks for the app benchmarks (tests/bench/app): when the UI is mounted (it
// then asks the core for the map), when the map is first on screen (`data-ready` appears)
// and when that frame has been painted. User Timing marks cost nothing unless someone reads
// them; the observer stops after the first map.

export const MOUNTED_MARK = 'jm:mounted';
export const READY_MARK = 'jm:ready';
export const PAINTED_MARK = 'jm:painted';

export function markFirstReady(root: Node = document.body): void {
  if (typeof MutationObserver === 'undefined' || typeof performance?.mark !== 'function') return;
  // The observer only hears of data-ready changing; the map is on screen once it is set.
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => r.target instanceof Element && r.target.hasAttribute('data-ready'))) return;
    observer.disconnect();
    performance.mark(READY_MARK);
    // rAF runs just before the frame's style, layout and paint; a task queued from it runs
    // once they are done.
    requestAnimationFrame(() => setTimeout(() => performance.mark(PAINTED_MARK)));
  });
  observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}
