// Import Metrics…: this month's values from a survey tool's or an analytics export into the
// map's cards. The file is picked in the core's native dialog (and kept by the core for this
// window, as for File → Import…); the core previews which card each row lands on, and which
// rows name no card or several (they stop the import); then the values go into the map as
// one undo step.

import { api as realApi, errorMessage, type Api } from './api';
import { today } from './details';
import type { DocumentStore } from './document.svelte';
import type { MetricsPreview } from './types';

export class MetricsImportController {
  open = $state(false);
  /** The name of the file previewed. */
  fileName = $state('');
  preview = $state.raw<MetricsPreview | null>(null);
  /** The sheet chosen (null: the first). */
  sheet = $state<string | null>(null);
  /** The day that dates rows without a date column, `YYYY-MM-DD`; empty for none. */
  date = $state('');
  loading = $state(false);
  running = $state(false);
  error = $state<string | null>(null);

  #asked = 0;
  #picking = false;
  #api: Api;
  #doc: DocumentStore;

  constructor(doc: DocumentStore, api: Api = realApi) {
    this.#doc = doc;
    this.#api = api;
  }

  /** Whether Import can be pressed: every row names one card, and some value is read. */
  get canImport(): boolean {
    const p = this.preview;
    return !!p && p.unmatchedCount === 0 && p.valueCount > 0 && !this.running && !this.loading;
  }

  /** Import Metrics…: the core asks which file, then the dialog previews it. */
  async start(): Promise<void> {
    if (this.open || this.#picking || !this.#doc.ready) return;
    this.#picking = true;
    let name: string | null;
    try {
      name = await this.#api.pickImportFile();
    } catch (err) {
      this.#reset('');
      this.error = errorMessage(err);
      return;
    } finally {
      this.#picking = false;
    }
    if (name) {
      this.#reset(name);
      await this.refresh();
    }
  }

  #reset(name: string): void {
    this.open = true;
    this.fileName = name;
    this.preview = null;
    this.sheet = null;
    this.date = today();
    this.error = null;
  }

  async setSheet(sheet: string): Promise<void> {
    if (this.running) return;
    this.sheet = sheet;
    await this.refresh();
  }

  async setDate(date: string): Promise<void> {
    if (this.running) return;
    this.date = date;
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const asked = ++this.#asked;
    this.loading = true;
    try {
      const preview = await this.#api.metricsPreview(this.sheet, this.date || null);
      if (asked !== this.#asked) return;
      this.preview = preview;
      this.error = null;
    } catch (err) {
      if (asked !== this.#asked) return;
      this.preview = null;
      this.error = errorMessage(err);
    } finally {
      if (asked === this.#asked) this.loading = false;
    }
  }

  /** Imports as previewed, one undo step; the dialog closes. */
  async finish(): Promise<void> {
    if (!this.canImport) return;
    this.running = true;
    this.error = null;
    let failed = false;
    await this.#doc.change(
      async () => {
        try {
          return await this.#api.metricsFinish(this.sheet, this.date || null);
        } catch (err) {
          failed = true;
          this.error = errorMessage(err);
          return null;
        }
      },
      (update) => update,
    );
    this.running = false;
    if (!failed) this.open = false;
  }

  dismiss(): void {
    if (this.running) return;
    this.#asked++;
    this.open = false;
    this.loading = false;
  }
}
