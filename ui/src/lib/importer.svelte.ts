// File → Import… (and a sheet or diagram dropped on the window): the file picked in the
// core's native dialog, its preview as the core reads it (the columns as understood, the
// first cards as they will land), the user's changes to the columns' roles and the sheet,
// each asked of the core again, then the import, which the core opens as a new map in a
// window of its own.

import { api as realApi, errorMessage, type Api } from './api';
import { LatestAnswer } from './latest.svelte';
import type { ImportLayout, ImportPreview, ImportRole } from './types';

export class ImportController {
  /** The dialog is on screen. */
  open = $state(false);
  /** The name of the file previewed (the core keeps the file itself, for this window). */
  fileName = $state('');
  #answer = new LatestAnswer<ImportPreview>();
  /** The sheet chosen (null: the first), and the layout the user changed (null: the guess). */
  sheet = $state<string | null>(null);
  layout = $state.raw<ImportLayout | null>(null);
  /** The import is running. */
  running = $state(false);
  /** Why picking or importing failed. */
  #failure = $state<string | null>(null);
  /** The file dialog is up: the shortcut and the menu item do not ask twice. */
  #picking = false;
  #api: Api;

  constructor(api: Api = realApi) {
    this.#api = api;
  }

  /** The last preview the core gave; null while the first one is asked for, or when it failed. */
  get preview(): ImportPreview | null {
    return this.#answer.value;
  }

  /** A preview is being asked for. */
  get loading(): boolean {
    return this.#answer.loading;
  }

  /** Why the preview or the import failed, shown in the dialog. */
  get error(): string | null {
    return this.#failure ?? this.#answer.error;
  }

  /** Whether Import can be pressed: a preview that imports something, nothing running. */
  get canImport(): boolean {
    return !!this.preview && !this.preview.problem && !this.running && !this.loading;
  }

  /** File → Import…: the core asks which file, then the dialog previews it. */
  async start(): Promise<void> {
    if (this.open || this.#picking) return;
    this.#picking = true;
    let name: string | null;
    try {
      name = await this.#api.pickImportFile();
    } catch (err) {
      void this.show('');
      this.#failure = errorMessage(err);
      return;
    } finally {
      this.#picking = false;
    }
    if (name) await this.show(name);
  }

  /** Previews the window's file, named `name` (picked, or dropped on the window), in the dialog. */
  async show(name: string): Promise<void> {
    if (this.running) return;
    this.open = true;
    this.fileName = name;
    this.#answer.reset();
    this.sheet = null;
    this.layout = null;
    this.#failure = null;
    if (name) await this.refresh();
  }

  /** Column `index` holds `role`: the preview is asked for again with that layout. */
  async setRole(index: number, role: ImportRole): Promise<void> {
    const current = this.layout ?? this.preview?.layout;
    if (!current || this.running) return;
    const roles = [...current.roles];
    roles[index] = role;
    this.layout = { header: current.header, roles };
    await this.refresh();
  }

  /** Another sheet of the workbook: its columns are guessed afresh. */
  async setSheet(sheet: string): Promise<void> {
    if (this.running) return;
    this.sheet = sheet;
    this.layout = null;
    await this.refresh();
  }

  refresh(): Promise<void> {
    this.#failure = null;
    return this.#answer.ask(() => this.#api.importPreview(this.sheet, this.layout));
  }

  /** Imports as previewed; the new map opens in its own window and the dialog closes. */
  async finish(): Promise<void> {
    if (!this.canImport) return;
    this.running = true;
    this.#failure = null;
    try {
      await this.#api.importFinish(this.sheet, this.layout);
      this.open = false;
    } catch (err) {
      this.#failure = errorMessage(err);
    } finally {
      this.running = false;
    }
  }

  /** Cancel or Escape; nothing to stop while the import runs, so the dialog stays. */
  dismiss(): void {
    if (this.running) return;
    this.#answer.reset();
    this.open = false;
  }
}
