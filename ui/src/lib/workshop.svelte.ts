// Workshop mode (F5): the map full screen and larger, without the editing chrome, stepped
// through stage by stage (← →) with the stage's emotion, pain points and hypotheses beside
// it; N adds a card to the stage in view. Leaving (Escape) brings back the zoom and the
// place the board was at. What is added or changed in the mode is ordinary, undoable edits.

import { tick } from 'svelte';
import type { MapView } from './types';

/** The board's level in the mode: cards readable across a meeting room. */
export const WORKSHOP_ZOOM = 1.25;

/** What the mode needs of the window and the board (session.ts wires them). */
export interface WorkshopStage {
  /** Puts the window full screen, or back. */
  fullScreen(on: boolean): Promise<void>;
  /** The board's zoom and scroll now, to come back to. */
  place(): unknown;
  restore(place: unknown): Promise<void>;
  zoomTo(level: number): Promise<void>;
  /** Scrolls the stage's column into view. */
  showStage(stageId: string): void;
  /** The stage whose column is in view now (the mode starts there). */
  stageInView(): string | null;
  /** Adds a card at the end of the stage; the new card's title is then edited. */
  addCard(stageId: string): void;
}

export class WorkshopController {
  active = $state(false);
  /** The stage in view, by id (the map's order may change while the mode is on). */
  stageId = $state<string | null>(null);
  #stage: WorkshopStage;
  #saved: unknown = null;

  constructor(stage: WorkshopStage) {
    this.#stage = stage;
  }

  async enter(map: MapView): Promise<void> {
    if (this.active || map.stages.length === 0) return;
    this.#saved = this.#stage.place();
    const inView = this.#stage.stageInView();
    this.stageId = map.stages.some((s) => s.id === inView) ? inView : map.stages[0].id;
    this.active = true;
    await this.#stage.fullScreen(true);
    await this.#stage.zoomTo(WORKSHOP_ZOOM);
    await tick();
    if (this.stageId) this.#stage.showStage(this.stageId);
  }

  async leave(): Promise<void> {
    if (!this.active) return;
    this.active = false;
    await this.#stage.fullScreen(false);
    await tick();
    await this.#stage.restore(this.#saved);
    this.#saved = null;
  }

  /** The index of the stage in view on `map` (the first when it is gone). */
  indexOn(map: MapView): number {
    const i = map.stages.findIndex((s) => s.id === this.stageId);
    return i < 0 ? 0 : i;
  }

  /** ← and →: the previous or next stage (the ends stay the ends). */
  step(map: MapView, delta: -1 | 1): void {
    if (map.stages.length === 0) return;
    const next = Math.min(map.stages.length - 1, Math.max(0, this.indexOn(map) + delta));
    this.stageId = map.stages[next].id;
    this.#stage.showStage(this.stageId);
  }

  /** N: a new card in the stage in view, its title ready to type. */
  addCard(map: MapView): void {
    const stage = map.stages[this.indexOn(map)];
    if (stage) this.#stage.addCard(stage.id);
  }
}
