// Which measure the board shows, and how: a view of this window, like the filters (the
// file does not change). Unchosen, the board shows the map's first metric; the user can
// pick another metric or a criterion, or none, and colour the cards by it (the heat view).

import { measureChoices, shownMeasure, type MeasureChoice, type ShownMeasure } from './measures';
import type { BoardMeasure, Measures } from './types';

export class MeasureLens {
  /** The user's choice: null follows the map's first metric; 'none' shows no measure. */
  choice = $state<MeasureChoice | 'none' | null>(null);
  /** Cards coloured by the measure instead of their sentiment. */
  heat = $state(false);
  /** The emotion curve follows the measure's stage aggregates instead of the sentiments. */
  curve = $state(false);
  #measures: () => Measures | null = () => null;
  /** What the board shows now, for the map's measures as the core last sent them. */
  readonly current: ShownMeasure | null = $derived(this.shown(this.#measures()));

  constructor(measures: () => Measures | null) {
    this.#measures = measures;
  }

  /** What the board shows: the chosen measure, else the map's first one; null for none. */
  shown(measures: Measures | null): ShownMeasure | null {
    if (this.choice === 'none') return null;
    const chosen = this.choice ? shownMeasure(measures, this.choice) : null;
    if (chosen) return chosen;
    // A chosen measure the map no longer has (a criterion deleted) falls back like no choice.
    const first = measureChoices(measures)[0];
    return first ? shownMeasure(measures, first.choice) : null;
  }

  /** The measure an export shows: the board's. */
  get exported(): BoardMeasure {
    return this.current?.choice ?? { kind: 'none' };
  }

  show(choice: MeasureChoice | 'none'): void {
    this.choice = choice;
    if (choice === 'none') {
      this.heat = false;
      this.curve = false;
    }
  }
}
