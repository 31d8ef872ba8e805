// Where the keyboard focus goes after an action (a move, a delete, an undo, a closed panel).
// The stores only name the element that should have it; the component that renders that
// element registers how it takes the focus (components/focusTarget.ts) and does it itself.
// So no store looks into the DOM, and a request costs one lookup, however many cards the
// board shows.

import { tick } from 'svelte';

/** An element that can be asked to take the focus. */
export type FocusTarget =
  | { kind: 'card' | 'lane' | 'stage'; id: string }
  /** The open side panel: its first field when it marks one, else the panel. */
  | { kind: 'panel' }
  /** A toolbar button, by its data-action (the one that opens a side panel). */
  | { kind: 'control'; action: string };

export interface FocusHow {
  /** Only when nothing else has the focus (the page's body has it). */
  onlyIfLost?: boolean;
  /** Scroll the element into view and leave the focus where it is. */
  revealOnly?: boolean;
}

export type FocusHandler = (how: FocusHow) => void;

function keyOf(target: FocusTarget): string {
  switch (target.kind) {
    case 'panel':
      return 'panel';
    case 'control':
      return `control:${target.action}`;
    default:
      return `${target.kind}:${target.id}`;
  }
}

export class FocusRequests {
  #handlers = new Map<string, FocusHandler>();

  /** Called by the element's component when it mounts; the returned function unregisters it. */
  register(target: FocusTarget, handler: FocusHandler): () => void {
    const key = keyOf(target);
    this.#handlers.set(key, handler);
    return () => {
      // A card that moved to another column mounts there before its old copy goes.
      if (this.#handlers.get(key) === handler) this.#handlers.delete(key);
    };
  }

  /**
   * Gives `target` the focus once the screen shows the current state: the element may be
   * one the same change creates (an undone delete) or moves (a moved card). An element that
   * is not on screen then is not focused later.
   */
  async move(target: FocusTarget, how: FocusHow = {}): Promise<void> {
    await tick();
    this.#handlers.get(keyOf(target))?.(how);
  }

  /** Focuses a card (and scrolls it into view); with `onlyIfLost`, only when nothing else has the focus. */
  card(id: string, onlyIfLost = false): Promise<void> {
    return this.move({ kind: 'card', id }, { onlyIfLost });
  }

  /** Scrolls a card into view without moving the focus. */
  revealCard(id: string): Promise<void> {
    return this.move({ kind: 'card', id }, { revealOnly: true });
  }

  /** Focuses a lane header; with `onlyIfLost`, only when nothing else has the focus. */
  lane(id: string, onlyIfLost = false): Promise<void> {
    return this.move({ kind: 'lane', id }, { onlyIfLost });
  }

  /** Focuses a stage header; with `onlyIfLost`, only when nothing else has the focus. */
  stage(id: string, onlyIfLost = false): Promise<void> {
    return this.move({ kind: 'stage', id }, { onlyIfLost });
  }
}
