// Keyboard shortcuts -> actions. Pure: the caller says where the key was pressed
// (the context) and carries the action out.

import type { Sentiment } from './types';

export type Direction = 'up' | 'down' | 'left' | 'right';

export type KeyAction =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'save' }
  | { type: 'saveAs' }
  | { type: 'open' }
  /** File → Import…: a sheet or a Mermaid journey into a new map. */
  | { type: 'import' }
  /** Open the Export dialog. */
  | { type: 'export' }
  | { type: 'merge' }
  | { type: 'close' }
  /** Move the selected card: to the previous/next stage, or up/down within its stage. */
  | { type: 'moveCard'; axis: 'stage' | 'within'; delta: -1 | 1 }
  /** Move the selection to a neighbouring card. */
  | { type: 'select'; dir: Direction }
  | { type: 'rename' }
  | { type: 'delete' }
  | { type: 'setSentiment'; sentiment: Sentiment }
  | { type: 'deselect' }
  /** Open the selected card's details panel. */
  | { type: 'details' }
  /** Open the touchpoint library panel. */
  | { type: 'library' }
  /** Keys pressed on a focused stage header. */
  | { type: 'moveStage'; delta: -1 | 1 }
  | { type: 'renameStage' }
  | { type: 'deleteStage' }
  /** File → Compare With…: compare the map with another copy of it. */
  | { type: 'compare' }
  /** While comparing: show the next or previous change. */
  | { type: 'stepChange'; delta: -1 | 1 }
  /** Workshop mode: in or out (F5). */
  | { type: 'workshop' }
  /** Find on the board: open the find bar, or step to the next or previous match. */
  | { type: 'find' }
  | { type: 'findStep'; delta: -1 | 1 }
  /** The board's zoom: a step in or out, back to 100 %, or fit to the window. */
  | { type: 'zoom'; to: ZoomTo };

export type ZoomTo = 'in' | 'out' | 'reset' | 'fit';

/**
 * Where the key went:
 * - `text`: an input or text area (the browser's own editing keys win);
 * - `control`: a button, link or other control (Enter/Space belong to it);
 * - `stage`: a focused stage header;
 * - `card`: a card, or the board/page with the selection acting on the selected card.
 */
export type KeyContext = 'text' | 'control' | 'stage' | 'card';

export interface KeyInput {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The physical key (`KeyL`), for letter shortcuts on non-Latin layouts. */
  code?: string;
}

/** Whether the key is the letter `letter`, or its key on a non-Latin layout (Д on a Russian one). */
function isLetter(e: KeyInput, letter: string): boolean {
  if (e.key.toLowerCase() === letter) return true;
  return e.code === `Key${letter.toUpperCase()}` && !/^[a-z]$/i.test(e.key);
}

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const SENTIMENT_KEYS: Record<string, Sentiment> = { '1': 'positive', '2': 'neutral', '3': 'negative' };

/**
 * Ctrl+= (or +), Ctrl+-, Ctrl+0 and Ctrl+1, on the main keys or the number pad, whatever the
 * layout: told by the physical key where the character differs.
 */
function zoomKey(e: KeyInput): ZoomTo | null {
  if (e.altKey) return null;
  if (e.key === '=' || e.key === '+' || e.code === 'Equal' || e.code === 'NumpadAdd') return 'in';
  if (e.key === '-' || e.key === '_' || e.code === 'Minus' || e.code === 'NumpadSubtract') return 'out';
  if (e.shiftKey) return null;
  if (e.key === '0' || e.code === 'Digit0' || e.code === 'Numpad0') return 'reset';
  if (e.key === '1' || e.code === 'Digit1' || e.code === 'Numpad1') return 'fit';
  return null;
}

/** Ctrl (or Cmd on macOS) shortcuts that work everywhere, editing fields included where safe. */
function modAction(e: KeyInput, ctx: KeyContext): KeyAction | null {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const zoom = zoomKey(e);
  if (zoom) return { type: 'zoom', to: zoom };
  if (e.altKey) return null;
  // Ctrl+F on a Russian layout too (the key says "а" there).
  if (isLetter(e, 'f')) return e.shiftKey ? null : { type: 'find' };
  switch (key) {
    case 's':
      return e.shiftKey ? { type: 'saveAs' } : { type: 'save' };
    case 'o':
      return e.shiftKey ? null : { type: 'open' };
    case 'e':
      return e.shiftKey ? null : { type: 'export' };
    case 'i':
      return e.shiftKey ? { type: 'import' } : null;
    case 'm':
      return e.shiftKey ? { type: 'merge' } : null;
    case 'w':
      return e.shiftKey ? null : { type: 'close' };
    case 'd':
      return e.shiftKey ? { type: 'compare' } : null;
    case 'z':
      // In a text field Ctrl+Z is the field's own undo.
      if (ctx === 'text') return null;
      return e.shiftKey ? { type: 'redo' } : { type: 'undo' };
    case 'y':
      if (ctx === 'text' || e.shiftKey) return null;
      return { type: 'redo' };
    default:
      return null;
  }
}

/**
 * The action for a key press, or null when the key is not ours (the browser keeps it).
 * `hasSelection`: whether a card is selected.
 */
export function actionForKey(e: KeyInput, ctx: KeyContext, hasSelection: boolean): KeyAction | null {
  if (e.ctrlKey || e.metaKey) return modAction(e, ctx);
  if (e.key === 'F5' && !e.altKey && !e.shiftKey) return { type: 'workshop' };
  // F3 and Shift+F3 step through Find's matches, from its field too.
  if (e.key === 'F3' && !e.altKey) return { type: 'findStep', delta: e.shiftKey ? -1 : 1 };
  if (ctx === 'text') return null;
  // F7 and Shift+F7 step through the changes of a comparison, wherever the focus is.
  if (e.key === 'F7' && !e.altKey) return { type: 'stepChange', delta: e.shiftKey ? -1 : 1 };
  // L opens the library wherever the focus is, but in a text field.
  if (!e.altKey && !e.shiftKey && isLetter(e, 'l')) return { type: 'library' };
  if (ctx === 'control') return null;

  const arrow = ARROWS[e.key];

  if (ctx === 'stage') {
    if (e.altKey && (arrow === 'left' || arrow === 'right') && !e.shiftKey) {
      return { type: 'moveStage', delta: arrow === 'left' ? -1 : 1 };
    }
    if (e.altKey || e.shiftKey) return null;
    if (e.key === 'Enter' || e.key === 'F2') return { type: 'renameStage' };
    if (e.key === 'Delete') return { type: 'deleteStage' };
    return null;
  }

  // ctx === 'card'
  if (arrow) {
    if (e.shiftKey) return null;
    if (e.altKey) {
      if (!hasSelection) return null;
      if (arrow === 'left' || arrow === 'right') {
        return { type: 'moveCard', axis: 'stage', delta: arrow === 'left' ? -1 : 1 };
      }
      return { type: 'moveCard', axis: 'within', delta: arrow === 'up' ? -1 : 1 };
    }
    return { type: 'select', dir: arrow };
  }
  if (e.altKey || e.shiftKey) return null;
  if (e.key === 'Escape') return hasSelection ? { type: 'deselect' } : null;
  if (!hasSelection) return null;
  if (e.key === 'Enter' || e.key === 'F2') return { type: 'rename' };
  if (e.key === 'Delete' || e.key === 'Backspace') return { type: 'delete' };
  if (e.key === 'i' || e.key === 'I') return { type: 'details' };
  const sentiment = SENTIMENT_KEYS[e.key];
  if (sentiment) return { type: 'setSentiment', sentiment };
  return null;
}

/** The context of a key event from its target element. */
export function contextOf(target: EventTarget | null): KeyContext {
  if (!target || typeof (target as Element).closest !== 'function') return 'card';
  const el = target as HTMLElement;
  if (el.isContentEditable || el.closest('input, textarea, select, [contenteditable="true"]')) return 'text';
  if (el.matches('[data-stage-header]')) return 'stage';
  // A lane header handles its own keys (LaneHeader.svelte); the rest are not the cards'.
  if (el.matches('[data-lane-header]')) return 'control';
  if (el.matches('[data-touchpoint-id]')) return 'card';
  if (el.closest('button, a[href], [role="button"], [role="radio"], [role="dialog"]')) return 'control';
  return 'card';
}

/** What a key does in workshop mode before the usual shortcuts: ← → step the stages, N adds a card, Escape leaves. */
export type WorkshopKey = { type: 'leave' } | { type: 'step'; delta: -1 | 1 } | { type: 'add' };

export function workshopKey(e: KeyInput, ctx: KeyContext): WorkshopKey | null {
  if (ctx === 'text' || e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return { type: 'leave' };
  if (e.shiftKey) return null;
  if (e.key === 'ArrowLeft') return { type: 'step', delta: -1 };
  if (e.key === 'ArrowRight') return { type: 'step', delta: 1 };
  if (ctx === 'card' && isLetter(e, 'n')) return { type: 'add' };
  return null;
}
