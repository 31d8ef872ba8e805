// The selected card, what is being renamed, and where the focus goes after an update:
// the part of the app's state that is about the user's place on the board, not the map.

import { FocusRequests } from './focus';
import { findStage, findTouchpoint, hasLane } from './mirror';
import { neighbourCard } from './moves';
import type { Direction } from './keys';
import type { MapView } from './types';

export type Editing = { kind: 'card' | 'stage' | 'lane'; id: string } | { kind: 'title' } | null;

/** How an update's `focus` (the entity it created or brought back) is followed. */
export interface FollowOptions {
  /** The created entity is renamed at once. */
  rename?: boolean;
  /** A created card is selected and shown, but the focus stays where it is (in the library panel). */
  keepFocus?: boolean;
}

export class SelectionStore {
  selectedId = $state<string | null>(null);
  editing = $state<Editing>(null);
  readonly focus: FocusRequests;

  constructor(focus: FocusRequests = new FocusRequests()) {
    this.focus = focus;
  }

  select(id: string | null, focus = false): void {
    if (this.selectedId !== id && this.editing?.kind === 'card') this.editing = null;
    this.selectedId = id;
    if (id && focus) void this.focus.card(id);
  }

  selectNeighbour(map: MapView, dir: Direction): void {
    const id = neighbourCard(map, this.selectedId, dir);
    if (id) this.select(id, true);
  }

  /** A whole new document is shown: nothing is being renamed, and a card that is gone is not selected. */
  reset(map: MapView | null): void {
    this.editing = null;
    if (this.selectedId && !(map && findTouchpoint(map, this.selectedId))) this.selectedId = null;
  }

  /**
   * After an edit, undo or redo: forgets the selection and the rename of what is gone, and
   * follows the core's `focus`, the entity the update created or brought back.
   */
  follow(map: MapView, focus: string | null | undefined, opts: FollowOptions = {}): void {
    if (this.selectedId && !findTouchpoint(map, this.selectedId)) this.selectedId = null;
    const editing = this.editing;
    if (editing && editing.kind !== 'title') {
      const gone =
        editing.kind === 'card'
          ? !findTouchpoint(map, editing.id)
          : editing.kind === 'lane'
            ? !hasLane(map, editing.id)
            : !findStage(map, editing.id);
      if (gone) this.editing = null;
    }
    if (!focus) return;
    if (findTouchpoint(map, focus)) {
      this.selectedId = focus;
      if (opts.rename) this.editing = { kind: 'card', id: focus };
      else if (opts.keepFocus) void this.focus.revealCard(focus);
      else void this.focus.card(focus);
    } else if (hasLane(map, focus)) {
      if (opts.rename) this.editing = { kind: 'lane', id: focus };
      else void this.focus.lane(focus);
    } else if (findStage(map, focus)) {
      if (opts.rename) this.editing = { kind: 'stage', id: focus };
    }
  }
}
