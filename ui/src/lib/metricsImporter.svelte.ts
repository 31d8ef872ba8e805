// Import Metrics…: this month's values from a survey tool's or an analytics export into the
// map's cards. The file is picked in the core's native dialog (and kept by the core for this
// window, as for File → Import…); the core previews which card each row lands on, and which
// rows name no card or several (they stop the import); then the values go into the map as
// one undo step.

import { api as realApi, errorMessage, type Api } from './api';
import { today } from './details';
import { LatestAnswer } from './latest.svelte';
import type { DocumentStore } from './document.svelte';
import type { MetricsPreview } from './types';

export class MetricsImportController {
  open = $state(false);
  /** The name of the file previewed. */
  fileName = $state('');
  #answer = new LatestAnswer<MetricsPreview>();
  /** The sheet chosen (null: the first). */
  sheet = $state<string | null>(null);
  /** The day that dates rows without a date column, `YYYY-MM-DD`; empty for none. */
  date = $state('');
  running = $state(false);
  /** Why picking or importing failed; a failed preview says why in `error` too. */
  #failure = $state<string | null>(null);
  #picking = false;
  #api: Api;
  #doc: DocumentStore;

  constructor(doc: DocumentStore, api: Api = realApi) {
    this.#doc = doc;
    this.#api = api;
  }

  /** The core's last preview; null while the first is asked for, or when it failed. */
  get preview(): MetricsPreview | null {
    return this.#answer.value;
  }

  get loading(): boolean {
    return this.#answer.loading;
  }

  get error(): string | null {
    return this.#failure ?? this.#answer.error;
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
      this.#failure = errorMessage(err);
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
    this.#answer.reset();
    this.sheet = null;
    this.date = today();
    this.#failure = null;
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

  refresh(): Promise<void> {
    this.#failure = null;
    return this.#answer.ask(() => this.#api.metricsPreview(this.sheet, this.date || null));
  }

  /** Imports as previewed, one undo step; the dialog closes. */
  async finish(): Promise<void> {
    if (!this.canImport) return;
    this.running = true;
    this.#failure = null;
    let failed = false;
    await this.#doc.change(
      async () => {
        try {
          return await this.#api.metricsFinish(this.sheet, this.date || null);
        } catch (err) {
          failed = true;
          this.#failure = errorMessage(err);
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
    this.#answer.reset();
    this.open = false;
  }
}
