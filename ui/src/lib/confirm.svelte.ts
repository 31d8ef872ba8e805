// An in-app confirmation dialog (not window.confirm: native dialogs are hard to reach
// from WebDriver and look foreign in the app).

export interface ConfirmRequest {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  /** A destructive action: the confirm button is drawn in red. */
  danger: boolean;
  resolve: (ok: boolean) => void;
}

class ConfirmState {
  current = $state<ConfirmRequest | null>(null);

  ask(req: Omit<ConfirmRequest, 'resolve' | 'danger'> & { danger?: boolean }): Promise<boolean> {
    // A second request while one is open cancels the first.
    this.current?.resolve(false);
    return new Promise<boolean>((resolve) => {
      this.current = { danger: false, ...req, resolve };
    });
  }

  answer(ok: boolean): void {
    const req = this.current;
    if (!req) return;
    this.current = null;
    req.resolve(ok);
  }
}

export const confirmState = new ConfirmState();
