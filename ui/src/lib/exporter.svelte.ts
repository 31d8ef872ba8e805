// Export…: what the dialog shows (remembered for the rest of the window's session) and the
// run of an export: progress, cancel, the outcome. The core asks where to write, in a
// native dialog, and writes the file; the page never sees a path.

import { getLocale, t } from '../i18n';
import { api as realApi, errorMessage, type Api } from './api';
import type { DocumentStore } from './document.svelte';
import type { BoardMeasure, Delimiter, ExportFormat, ExportOptions, Paper } from './types';

/** Excel in locales that write decimal commas (Russian, Polish) expects semicolons. */
export function defaultDelimiter(locale: string): Delimiter {
  const lang = locale.toLowerCase().split('-')[0];
  return lang === 'ru' || lang === 'pl' ? 'semicolon' : 'comma';
}

export class ExportController {
  /** The dialog is on screen. */
  open = $state(false);
  format = $state<ExportFormat>('png');
  scale = $state<1 | 2>(1);
  paper = $state<Paper>('map');
  #delimiter = $state<Delimiter>('comma');
  /** The user picked a separator: the UI language no longer decides it. */
  #delimiterChosen = false;

  /** An export was asked for and has not ended (the save dialog, then the writing). */
  running = $state(false);
  /** How far the writing got, 0 to 1; null while the core has not started writing. */
  progress = $state<number | null>(null);
  cancelling = $state(false);
  /** Why the last export failed, shown in the dialog until the next try. */
  error = $state<string | null>(null);

  #doc: DocumentStore;
  #api: Api;
  /** The measure the board shows: the export shows the same. */
  #measure: () => BoardMeasure | null;

  constructor(doc: DocumentStore, api: Api = realApi, measure: () => BoardMeasure | null = () => null) {
    this.#doc = doc;
    this.#api = api;
    this.#measure = measure;
  }

  get delimiter(): Delimiter {
    return this.#delimiter;
  }

  set delimiter(value: Delimiter) {
    this.#delimiter = value;
    this.#delimiterChosen = true;
  }

  get options(): ExportOptions {
    return { scale: this.scale, paper: this.paper, delimiter: this.#delimiter, measure: this.#measure() };
  }

  /** Opens the dialog with the last choices. */
  show(): void {
    if (this.open) return;
    if (!this.#delimiterChosen) this.#delimiter = defaultDelimiter(getLocale());
    if (!this.running) this.error = null;
    this.open = true;
  }

  /** Escape or Cancel: closes the dialog, or stops the running export. */
  dismiss(): void {
    if (this.running) this.cancel();
    else this.open = false;
  }

  /** Stops the running export; it ends quietly, with nothing written. */
  cancel(): void {
    if (!this.running || this.cancelling) return;
    this.cancelling = true;
    this.#api.cancelExport().catch(() => {});
  }

  /** Exports in the chosen format: the core asks where, then writes. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.cancelling = false;
    this.progress = null;
    this.error = null;
    try {
      // Edits sent before Export are in the map the core writes.
      await this.#doc.idle();
      const name = await this.#api.exportMap(this.format, this.options);
      this.open = false;
      if (name !== null) this.#doc.notices.toast(t('export-done', { file: name }), 'info');
    } catch (err) {
      // The dialog stays, with the reason, so that the user can choose again.
      this.error = errorMessage(err);
    } finally {
      this.running = false;
      this.cancelling = false;
      this.progress = null;
    }
  }

  /** A progress report from the core ("export-progress"). */
  report(done: unknown): void {
    if (!this.running || typeof done !== 'number' || !Number.isFinite(done)) return;
    this.progress = Math.max(this.progress ?? 0, Math.min(1, Math.max(0, done)));
  }
}
