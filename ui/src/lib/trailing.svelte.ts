// A summary of the map (a stage's counts and shares, the status bar's totals, the emotion
// curve) that shows an edit one frame after the card does. WebKit lays out a contained box
// alone, but two boxes that change in one frame make it lay out and repaint the whole page:
// the card's frame cost 15 ms with the summaries in it, 7 ms without (BENCHMARKS.md, "The
// summaries one frame later"). A frame later (16 ms at 60 Hz) they change in a frame of their own.

import { untrack } from 'svelte';
import { afterPaint } from './perf';

const queued = new Set<() => void>();
let scheduled = false;

/**
 * Runs `fn` once the frame that shows the change just made is painted, in one task with
 * everything else that follows that change (one Svelte update, shown by the next frame).
 * Returns a cancel.
 */
export function afterChangePainted(fn: () => void): () => void {
  queued.add(fn);
  if (!scheduled) {
    scheduled = true;
    // A hidden page gets no frames: there `afterPaint` calls back at once.
    afterPaint(runQueued);
  }
  return () => queued.delete(fn);
}

function runQueued(): void {
  scheduled = false;
  const now = [...queued];
  queued.clear();
  for (const fn of now) fn();
}

/**
 * `read()` as it was when the page last painted what changed before: a new value is taken
 * once the frame that shows the edit is painted, so the next frame shows it. Values that
 * come meanwhile are coalesced: the last one is taken. Call it while a component is set up;
 * its first value is `read()` at once, so a first screen shows everything together.
 */
export function trailing<T>(read: () => T): { readonly current: T } {
  const first = untrack(read);
  let current = $state.raw(first);
  let latest = first;
  let waiting = false;
  let cancel = () => {};
  $effect(() => {
    latest = read();
    if (waiting || latest === current) return;
    waiting = true;
    cancel = afterChangePainted(() => {
      waiting = false;
      current = latest;
    });
  });
  $effect(() => () => cancel());
  return {
    get current() {
      return current;
    },
  };
}
