// The keyboard and focus behaviour shared by the page's pop-up menus (Open Recent, Add lane):
// a toggle button with a menu below it. Escape closes the menu and gives the toggle the
// focus back; the arrow keys move between the items, round the ends; the focus leaving the
// menu and its toggle closes it.

const ITEM = '[role="menuitem"]:not(:disabled)';

function items(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(ITEM));
}

/** Focuses the menu's first enabled item (on opening). */
export function focusFirstItem(root: HTMLElement | undefined): void {
  if (root) items(root)[0]?.focus();
}

/** Keydown in the menu's root (toggle and menu); `toggle` is the selector of its button. */
export function menuKeydown(e: KeyboardEvent, root: HTMLElement | undefined, toggle: string, close: () => void): void {
  if (!root) return;
  if (e.key === 'Escape') {
    e.preventDefault();
    e.stopPropagation();
    close();
    root.querySelector<HTMLElement>(toggle)?.focus();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const list = items(root);
    if (list.length === 0) return;
    e.preventDefault();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const next = e.key === 'ArrowDown' ? (at + 1) % list.length : at <= 0 ? list.length - 1 : at - 1;
    list[next].focus();
  }
}

/** Focusout from the menu's root: closes it when the focus went elsewhere. */
export function menuFocusout(e: FocusEvent, root: HTMLElement | undefined, close: () => void): void {
  if (root && !root.contains(e.relatedTarget as Node | null)) close();
}
