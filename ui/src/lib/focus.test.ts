import { describe, expect, it, vi } from 'vitest';
import { FocusRequests, type FocusHow } from './focus';

describe('focus requests', () => {
  it('reach the handler registered for their target, and no other', async () => {
    const focus = new FocusRequests();
    const a1 = vi.fn<(how: FocusHow) => void>();
    const a2 = vi.fn<(how: FocusHow) => void>();
    const lane = vi.fn<(how: FocusHow) => void>();
    focus.register({ kind: 'card', id: 'a1' }, a1);
    focus.register({ kind: 'card', id: 'a2' }, a2);
    focus.register({ kind: 'lane', id: 'a1' }, lane);
    await focus.card('a1');
    await focus.revealCard('a2');
    await focus.lane('a1', true);
    expect(a1.mock.calls).toEqual([[{ onlyIfLost: false }]]);
    expect(a2.mock.calls).toEqual([[{ revealOnly: true }]]);
    expect(lane.mock.calls).toEqual([[{ onlyIfLost: true }]]);
  });

  it('wait for the screen to update, so that an element the same change mounts gets the focus', async () => {
    const focus = new FocusRequests();
    const handler = vi.fn<(how: FocusHow) => void>();
    const done = focus.card('new');
    // Registered after the request, before the update is on screen (as a new card's attachment is).
    focus.register({ kind: 'card', id: 'new' }, handler);
    expect(handler).not.toHaveBeenCalled();
    await done;
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('are dropped for an element that is not on screen, and not kept for later', async () => {
    const focus = new FocusRequests();
    await focus.card('gone');
    const handler = vi.fn<(how: FocusHow) => void>();
    focus.register({ kind: 'card', id: 'gone' }, handler);
    await Promise.resolve();
    expect(handler).not.toHaveBeenCalled();
  });

  it('go to the newest copy of an element: the old copy unregistering does not remove it', async () => {
    const focus = new FocusRequests();
    const old = vi.fn<(how: FocusHow) => void>();
    const moved = vi.fn<(how: FocusHow) => void>();
    const unregisterOld = focus.register({ kind: 'card', id: 'a1' }, old);
    const unregisterMoved = focus.register({ kind: 'card', id: 'a1' }, moved);
    unregisterOld();
    await focus.card('a1');
    expect(old).not.toHaveBeenCalled();
    expect(moved).toHaveBeenCalledTimes(1);
    unregisterMoved();
    await focus.card('a1');
    expect(moved).toHaveBeenCalledTimes(1);
  });

  it('name the side panel and the toolbar buttons apart from the board', async () => {
    const focus = new FocusRequests();
    const panel = vi.fn<(how: FocusHow) => void>();
    const button = vi.fn<(how: FocusHow) => void>();
    focus.register({ kind: 'panel' }, panel);
    focus.register({ kind: 'control', action: 'library' }, button);
    await focus.move({ kind: 'control', action: 'library' });
    expect(button).toHaveBeenCalledTimes(1);
    expect(panel).not.toHaveBeenCalled();
  });
});
