// The components' half of focus moves (lib/focus.ts): an element registers itself, for as
// long as it is on screen, as the one to focus for a target (a card, a header, the side
// panel, a toolbar button), and takes the focus when a store asks for that target.

import type { Attachment } from 'svelte/attachments';
import type { FocusHow, FocusTarget } from '../lib/focus';
import { focus } from '../lib/session';

/** Nothing else has the focus: it is on the page's body (or nowhere). */
function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body;
}

function takeFocus(el: HTMLElement, how: FocusHow): void {
  if (how.onlyIfLost && !focusLost()) return;
  el.focus();
}

/** A card also comes into view, and can be only shown (a card added from the library panel). */
export function takeCardFocus(el: HTMLElement, how: FocusHow): void {
  if (!how.revealOnly) {
    if (how.onlyIfLost && !focusLost()) return;
    if (document.activeElement !== el) el.focus({ preventScroll: false });
  }
  el.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

/** `{@attach focusTarget(target)}`: this element takes the focus asked for `target`. */
export function focusTarget(
  target: FocusTarget,
  take: (el: HTMLElement, how: FocusHow) => void = takeFocus,
): Attachment<HTMLElement> {
  return (el) => focus.register(target, (how) => take(el, how));
}
