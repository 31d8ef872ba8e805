// Data the core gives in one language (the touchpoint library, the measures' presets):
// asked once per language, and again when the UI's language changes.

import { errorMessage } from './api';

export class ByLanguage<T> {
  /** The answer in `language`; `empty` until the core has answered. */
  value = $state.raw<T>() as T;
  /** The language of `value`; null before the first answer. */
  language = $state<string | null>(null);
  /** Why the core could not answer, if it could not. */
  error = $state<string | null>(null);

  #ask: (language: string) => Promise<T>;
  #asking: string | null = null;

  constructor(ask: (language: string) => Promise<T>, empty: T) {
    this.#ask = ask;
    this.value = empty;
  }

  /** Makes sure the answer is in `language`; a second call for the same one does nothing. */
  async load(language: string): Promise<void> {
    if (this.language === language || this.#asking === language) return;
    this.#asking = language;
    try {
      const value = await this.#ask(language);
      // A later call for another language wins.
      if (this.#asking !== language) return;
      this.value = value;
      this.language = language;
      this.error = null;
    } catch (err) {
      if (this.#asking === language) this.error = errorMessage(err);
    } finally {
      if (this.#asking === language) this.#asking = null;
    }
  }
}
