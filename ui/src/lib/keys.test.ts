import { describe, expect, it } from 'vitest';
import { actionForKey, type KeyContext, type KeyInput } from './keys';

function key(spec: string): KeyInput {
  const parts = spec.split('+');
  const k = parts.pop()!;
  return {
    key: k === 'Plus' ? '+' : k,
    ctrlKey: parts.includes('Ctrl'),
    metaKey: parts.includes('Meta'),
    altKey: parts.includes('Alt'),
    shiftKey: parts.includes('Shift'),
  };
}

const act = (spec: string, ctx: KeyContext = 'card', selected = true) => actionForKey(key(spec), ctx, selected);

describe('card shortcuts (a card selected)', () => {
  it.each([
    ['Alt+ArrowLeft', { type: 'moveCard', axis: 'stage', delta: -1 }],
    ['Alt+ArrowRight', { type: 'moveCard', axis: 'stage', delta: 1 }],
    ['Alt+ArrowUp', { type: 'moveCard', axis: 'within', delta: -1 }],
    ['Alt+ArrowDown', { type: 'moveCard', axis: 'within', delta: 1 }],
    ['ArrowLeft', { type: 'select', dir: 'left' }],
    ['ArrowRight', { type: 'select', dir: 'right' }],
    ['ArrowUp', { type: 'select', dir: 'up' }],
    ['ArrowDown', { type: 'select', dir: 'down' }],
    ['Enter', { type: 'rename' }],
    ['F2', { type: 'rename' }],
    ['Delete', { type: 'delete' }],
    ['Backspace', { type: 'delete' }],
    ['1', { type: 'setSentiment', sentiment: 'positive' }],
    ['2', { type: 'setSentiment', sentiment: 'neutral' }],
    ['3', { type: 'setSentiment', sentiment: 'negative' }],
    ['Escape', { type: 'deselect' }],
    ['i', { type: 'details' }],
  ])('%s', (spec, expected) => {
    expect(act(spec)).toEqual(expected);
  });

  it('ignores other keys and odd modifier combinations', () => {
    for (const spec of ['4', '0', 'a', 'Shift+1', 'Alt+1', 'Shift+ArrowUp', 'Alt+Shift+ArrowLeft', 'Shift+Delete', 'Tab', ' ']) {
      expect(act(spec), spec).toBeNull();
    }
  });
});

describe('with nothing selected', () => {
  it('arrows select a card; card actions do nothing', () => {
    expect(act('ArrowDown', 'card', false)).toEqual({ type: 'select', dir: 'down' });
    for (const spec of ['Alt+ArrowLeft', 'Alt+ArrowDown', 'Enter', 'F2', 'Delete', '1', 'Escape', 'i']) {
      expect(act(spec, 'card', false), spec).toBeNull();
    }
  });
});

describe('the library', () => {
  it('L opens it wherever the focus is but in a text field, selected card or not', () => {
    for (const ctx of ['card', 'control', 'stage'] as const) {
      expect(act('l', ctx), ctx).toEqual({ type: 'library' });
      expect(act('L', ctx, false), ctx).toEqual({ type: 'library' }); // Caps Lock
    }
    expect(act('l', 'text')).toBeNull();
    for (const spec of ['Shift+L', 'Alt+l', 'Ctrl+l']) expect(act(spec), spec).toBeNull();
  });

  it('on a Russian layout, the key where L is (Д) opens it too; on others, the letter L does', () => {
    const on = (k: string, code: string) => actionForKey({ ...key(k), code }, 'card', false);
    expect(on('д', 'KeyL')).toEqual({ type: 'library' });
    // Dvorak: the key where QWERTY has L types N, which is not the shortcut.
    expect(on('n', 'KeyL')).toBeNull();
    expect(on('l', 'KeyP')).toEqual({ type: 'library' });
  });
});

describe('document shortcuts', () => {
  it.each([
    ['Ctrl+z', { type: 'undo' }],
    ['Ctrl+Shift+Z', { type: 'redo' }],
    ['Ctrl+y', { type: 'redo' }],
    ['Ctrl+s', { type: 'save' }],
    ['Ctrl+Shift+S', { type: 'saveAs' }],
    ['Ctrl+o', { type: 'open' }],
    ['Ctrl+e', { type: 'export' }],
    ['Ctrl+w', { type: 'close' }],
    ['Meta+z', { type: 'undo' }],
    ['Meta+Shift+z', { type: 'redo' }],
    ['Ctrl+Z', { type: 'undo' }], // Caps Lock
  ])('%s', (spec, expected) => {
    expect(act(spec)).toEqual(expected);
    expect(act(spec, 'control')).toEqual(expected);
    expect(act(spec, 'stage')).toEqual(expected);
    expect(act(spec, 'card', false)).toEqual(expected);
  });

  it('do not fire with Alt, or for other letters', () => {
    for (const spec of ['Ctrl+Alt+z', 'Ctrl+a', 'Ctrl+Shift+O', 'Ctrl+Shift+E', 'Ctrl+Alt+e', 'Ctrl+Shift+y', 'Ctrl+2', 'Ctrl+ArrowLeft']) {
      expect(act(spec), spec).toBeNull();
    }
  });
});

describe('in a text field', () => {
  it('leaves editing keys and undo to the field, but saves, opens and exports', () => {
    for (const spec of ['Ctrl+z', 'Ctrl+Shift+Z', 'Ctrl+y', 'Enter', 'Delete', '1', 'ArrowLeft', 'Alt+ArrowLeft', 'Escape', 'F2']) {
      expect(act(spec, 'text'), spec).toBeNull();
    }
    expect(act('Ctrl+s', 'text')).toEqual({ type: 'save' });
    expect(act('Ctrl+Shift+S', 'text')).toEqual({ type: 'saveAs' });
    expect(act('Ctrl+o', 'text')).toEqual({ type: 'open' });
    expect(act('Ctrl+e', 'text')).toEqual({ type: 'export' });
  });
});

describe('on a button or other control', () => {
  it('leaves Enter, Delete, arrows and digits to the control', () => {
    for (const spec of ['Enter', ' ', 'Delete', '1', 'ArrowLeft', 'Alt+ArrowLeft', 'F2']) {
      expect(act(spec, 'control'), spec).toBeNull();
    }
  });
});

describe('on a focused stage header', () => {
  it.each([
    ['Alt+ArrowLeft', { type: 'moveStage', delta: -1 }],
    ['Alt+ArrowRight', { type: 'moveStage', delta: 1 }],
    ['Enter', { type: 'renameStage' }],
    ['F2', { type: 'renameStage' }],
    ['Delete', { type: 'deleteStage' }],
  ])('%s', (spec, expected) => {
    expect(act(spec, 'stage')).toEqual(expected);
    expect(act(spec, 'stage', false)).toEqual(expected);
  });

  it('has no card actions', () => {
    for (const spec of ['Alt+ArrowUp', 'ArrowLeft', '1', 'Backspace', 'Shift+Enter']) {
      expect(act(spec, 'stage'), spec).toBeNull();
    }
  });
});

describe('comparison shortcuts', () => {
  it('Ctrl+Shift+D compares with another copy, from anywhere', () => {
    for (const ctx of ['card', 'stage', 'control', 'text'] as const) expect(act('Ctrl+Shift+D', ctx)).toEqual({ type: 'compare' });
    expect(act('Ctrl+D')).toBeNull();
  });

  it('F7 and Shift+F7 step through the changes, but not while typing', () => {
    for (const ctx of ['card', 'stage', 'control'] as const) {
      expect(act('F7', ctx, false)).toEqual({ type: 'stepChange', delta: 1 });
      expect(act('Shift+F7', ctx, false)).toEqual({ type: 'stepChange', delta: -1 });
    }
    expect(act('F7', 'text')).toBeNull();
    expect(act('Alt+F7')).toBeNull();
  });
});

describe('zoom keys', () => {
  it.each([
    ['Ctrl+=', 'in'],
    ['Ctrl+Shift+Plus', 'in'],
    ['Ctrl+-', 'out'],
    ['Ctrl+0', 'reset'],
    ['Ctrl+1', 'fit'],
  ])('%s', (spec, to) => {
    expect(act(spec)).toEqual({ type: 'zoom', to });
    // In a text field too: the field has no use for them.
    expect(act(spec, 'text')).toEqual({ type: 'zoom', to });
  });

  it('reads the physical keys on the number pad and on other layouts', () => {
    const input = (key: string, code: string): KeyInput => ({ key, code, ctrlKey: true, metaKey: false, altKey: false, shiftKey: false });
    expect(actionForKey(input('Add', 'NumpadAdd'), 'card', false)).toEqual({ type: 'zoom', to: 'in' });
    expect(actionForKey(input('Subtract', 'NumpadSubtract'), 'card', false)).toEqual({ type: 'zoom', to: 'out' });
    expect(actionForKey(input('&', 'Digit1'), 'card', false)).toEqual({ type: 'zoom', to: 'fit' });
    expect(actionForKey(input('à', 'Digit0'), 'card', false)).toEqual({ type: 'zoom', to: 'reset' });
  });

  it('leaves Alt and Shift with digits alone, and the digits without Ctrl set sentiments', () => {
    expect(act('Ctrl+Alt+0')).toBeNull();
    expect(act('Ctrl+Shift+1')).toBeNull();
    expect(act('1')).toEqual({ type: 'setSentiment', sentiment: 'positive' });
  });
});
