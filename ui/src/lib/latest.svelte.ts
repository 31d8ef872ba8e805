// A question asked of the core again and again as the user changes their choices (a
// dialog's preview): only the answer to the last one is kept, with its failure, if any.

import { errorMessage } from './api';

export class LatestAnswer<T> {
  value = $state.raw<T | null>(null);
  /** A question is out. */
  loading = $state(false);
  /** Why the last question failed. */
  error = $state<string | null>(null);

  #asked = 0;

  async ask(question: () => Promise<T>): Promise<void> {
    const asked = ++this.#asked;
    this.loading = true;
    try {
      const value = await question();
      if (asked !== this.#asked) return;
      this.value = value;
      this.error = null;
    } catch (err) {
      if (asked !== this.#asked) return;
      this.value = null;
      this.error = errorMessage(err);
    } finally {
      if (asked === this.#asked) this.loading = false;
    }
  }

  /** Forgets the answer and any question still out. */
  reset(): void {
    this.#asked++;
    this.value = null;
    this.error = null;
    this.loading = false;
  }
}
