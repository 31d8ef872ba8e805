// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFrames, type FakeFrames } from '../dev/fakeFrames';
import { trailing } from './trailing.svelte';

const tick = () => new Promise((r) => setTimeout(r, 0));

let frames: FakeFrames;

/** A source and what trails it, set up as a component would. */
function setUp(first: number) {
  const source = $state({ value: first });
  let shown!: { readonly current: number };
  const destroy = $effect.root(() => {
    shown = trailing(() => source.value);
  });
  flushSync();
  return { source, shown, destroy };
}

describe('trailing', () => {
  beforeEach(() => {
    frames = fakeFrames();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('shows the first value at once and asks for no frame', () => {
    const { shown, destroy } = setUp(3);
    expect(shown.current).toBe(3);
    expect(frames.waiting).toBe(0);
    destroy();
  });

  it('takes a change once the frame that shows the edit is painted', async () => {
    const { source, shown, destroy } = setUp(3);
    source.value = 4;
    flushSync();
    expect(shown.current).toBe(3);
    frames.run();
    expect(shown.current).toBe(3);
    await tick();
    expect(shown.current).toBe(4);
    destroy();
  });

  it('coalesces the changes of one frame into the last', async () => {
    const { source, shown, destroy } = setUp(1);
    source.value = 2;
    flushSync();
    source.value = 5;
    flushSync();
    expect(frames.waiting).toBe(1);
    frames.run();
    await tick();
    expect(shown.current).toBe(5);
    // And the next change waits for a frame of its own.
    source.value = 6;
    flushSync();
    expect(frames.waiting).toBe(1);
    frames.run();
    await tick();
    expect(shown.current).toBe(6);
    destroy();
  });

  it('takes the changes of several summaries in one task after one frame', async () => {
    const a = setUp(1);
    const b = setUp(10);
    a.source.value = 2;
    b.source.value = 20;
    flushSync();
    expect(frames.waiting).toBe(1);
    frames.run();
    await tick();
    expect([a.shown.current, b.shown.current]).toEqual([2, 20]);
    a.destroy();
    b.destroy();
  });

  it('follows at once on a hidden page, which gets no frames', () => {
    frames.visibility = 'hidden';
    const { source, shown, destroy } = setUp(1);
    source.value = 2;
    flushSync();
    expect(shown.current).toBe(2);
    source.value = 3;
    flushSync();
    expect(shown.current).toBe(3);
    expect(frames.waiting).toBe(0);
    destroy();
  });

  it('takes nothing once its component is gone', async () => {
    const { source, shown, destroy } = setUp(1);
    source.value = 2;
    flushSync();
    destroy();
    frames.run();
    await tick();
    expect(shown.current).toBe(1);
  });
});
