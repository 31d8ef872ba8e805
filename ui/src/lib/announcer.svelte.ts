// The text of the aria-live region: what a screen reader says after a move, undo, save …

class Announcer {
  message = $state('');
  #seq = 0;

  /** Says `text`. Saying the same text twice in a row is still heard (it is re-set). */
  say(text: string): void {
    const seq = ++this.#seq;
    this.message = '';
    queueMicrotask(() => {
      if (seq === this.#seq) this.message = text;
    });
  }
}

export const announcer = new Announcer();
