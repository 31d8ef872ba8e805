// Two maps side by side: each in its own window, and this window can draw another open
// map's emotion curve over its own. The core lists the other windows' curves; the page
// asks again whenever the window gets the focus back, since the other map may have changed.

import { api as realApi, type Api, type OtherMap } from './api';

export class CompareController {
  /** The other open maps, as last asked. */
  others = $state<OtherMap[]>([]);
  /** The window whose curve is drawn over this map's; null for none. */
  chosen = $state<string | null>(null);

  #api: Api;

  constructor(api: Api = realApi) {
    this.#api = api;
  }

  /** The chosen map, while its window is open. */
  get other(): OtherMap | null {
    return this.others.find((o) => o.label === this.chosen) ?? null;
  }

  async refresh(): Promise<void> {
    try {
      const others = await this.#api.otherMaps();
      this.others = Array.isArray(others) ? others : [];
    } catch {
      // Comparing is optional: a failure leaves the curve as it is.
      this.others = [];
    }
    if (this.chosen !== null && !this.others.some((o) => o.label === this.chosen)) this.chosen = null;
  }

  choose(label: string | null): void {
    this.chosen = label;
  }
}
