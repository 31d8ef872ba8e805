// The touchpoint library's data, asked of the core once per language: the panel shows it,
// and asks again when the UI's language changes.

import { api as realApi, errorMessage, type Api } from './api';
import type { LibrarySection } from './types';

export class LibraryController {
  /** The sections in `language`; empty until the core has answered. */
  sections = $state.raw<LibrarySection[]>([]);
  /** The language of `sections`; null before the first answer. */
  language = $state<string | null>(null);
  /** Why the library could not be had, if it could not. */
  error = $state<string | null>(null);

  #api: Api;
  #asking: string | null = null;

  constructor(api: Api = realApi) {
    this.#api = api;
  }

  /** Makes sure the sections are in `language`; a second call for the same one does nothing. */
  async load(language: string): Promise<void> {
    if (this.language === language || this.#asking === language) return;
    this.#asking = language;
    try {
      const sections = await this.#api.touchpointLibrary(language);
      // A later call for another language wins.
      if (this.#asking !== language) return;
      this.sections = Array.isArray(sections) ? sections : [];
      this.language = language;
      this.error = null;
    } catch (err) {
      if (this.#asking === language) this.error = errorMessage(err);
    } finally {
      if (this.#asking === language) this.#asking = null;
    }
  }
}
