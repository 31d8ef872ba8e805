// The panel docked beside the board, and where the focus goes when it opens again or closes.

import type { SelectionStore } from './selection.svelte';

/** The panel docked beside the board: the selected touchpoint's details, the map's, the touchpoint library, or a merge's conflicts. */
export type Panel = 'touchpoint' | 'map' | 'library' | 'conflicts' | null;

/** The toolbar button that opens each panel, which gets the focus back when it closes. */
const PANEL_BUTTONS: Partial<Record<Exclude<Panel, null>, string>> = { map: 'map-details', library: 'library' };

export class Panels {
  panel = $state<Panel>(null);

  #selection: SelectionStore;

  constructor(selection: SelectionStore) {
    this.#selection = selection;
  }

  /**
   * Opens a side panel. A panel that opens takes the focus and keeps the selected card in
   * sight itself (SidePanel); one already open gets the focus back here (to its first field,
   * when it says so).
   */
  async show(panel: Exclude<Panel, null>): Promise<void> {
    const open = this.panel === panel;
    this.panel = panel;
    if (open) await this.#selection.focus.move({ kind: 'panel' });
  }

  /** Closes the side panel; the focus goes back to the selected card or the toolbar button. */
  close(): void {
    const was = this.panel;
    this.panel = null;
    const button = was && PANEL_BUTTONS[was];
    const selected = this.#selection.selectedId;
    if (was === 'touchpoint' && selected) void this.#selection.focus.card(selected);
    else if (button) void this.#selection.focus.move({ kind: 'control', action: button });
  }
}
