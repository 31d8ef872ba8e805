// What the app tells the user besides the map: toasts (a failure, a finished export) and
// the notes about the opened file (repairs made, a newer format). What a screen reader
// hears after an action is the announcer's (announcer.svelte.ts); the questions that need
// an answer are dialogs (confirm.svelte.ts).

export interface Toast {
  id: number;
  message: string;
  /** `error` stays until dismissed; `info` (a success) goes by itself after a while. */
  kind: 'error' | 'info';
}

/** How long an info toast stays. */
const INFO_TOAST_MS = 6000;

export class Notices {
  toasts = $state<Toast[]>([]);
  /** Notes about the opened file, until dismissed. */
  notes = $state.raw<string[]>([]);

  #toastSeq = 0;

  toast(message: string, kind: Toast['kind'] = 'error'): void {
    if (this.toasts.some((x) => x.message === message)) return;
    const id = ++this.#toastSeq;
    this.toasts = [...this.toasts, { id, message, kind }];
    if (kind === 'info') setTimeout(() => this.dismissToast(id), INFO_TOAST_MS);
  }

  dismissToast(id: number): void {
    this.toasts = this.toasts.filter((x) => x.id !== id);
  }

  dismissNotes(): void {
    this.notes = [];
  }
}
