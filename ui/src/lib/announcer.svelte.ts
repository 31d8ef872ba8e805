// The text of the aria-live region: what a screen reader says after a move, undo, save …

import { afterChangePainted } from './trailing.svelte';

class Announcer {
  message = $state('');
  #seq = 0;
  #cancel: () => void = () => {};

  /**
   * Says `text`. Saying the same text twice in a row is still heard (it is re-set). The text
   * comes once the change it tells of is painted, in a frame of its own: changed in the same
   * frame it would make WebKit lay out and repaint the whole page (trailing.svelte.ts).
   */
  say(text: string): void {
    const seq = ++this.#seq;
    this.#cancel();
    this.#cancel = afterChangePainted(() => {
      this.message = '';
      queueMicrotask(() => {
        if (seq === this.#seq) this.message = text;
      });
    });
  }
}

export const announcer = new Announcer();
