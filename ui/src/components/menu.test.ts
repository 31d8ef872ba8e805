// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusFirstItem, menuFocusout, menuKeydown } from './menu';

function menu(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `<button data-toggle>Toggle</button>
    <div role="menu">
      <button role="menuitem" id="a">A</button>
      <button role="menuitem" id="b" disabled>B</button>
      <button role="menuitem" id="c">C</button>
    </div>`;
  document.body.appendChild(root);
  return root;
}

const key = (k: string) => new KeyboardEvent('keydown', { key: k, cancelable: true });

afterEach(() => (document.body.innerHTML = ''));

describe('pop-up menus', () => {
  it('focus the first item on opening and move round the enabled items with the arrows', () => {
    const root = menu();
    focusFirstItem(root);
    expect(document.activeElement?.id).toBe('a');
    const close = vi.fn();
    menuKeydown(key('ArrowDown'), root, '[data-toggle]', close);
    expect(document.activeElement?.id).toBe('c');
    menuKeydown(key('ArrowDown'), root, '[data-toggle]', close);
    expect(document.activeElement?.id).toBe('a');
    menuKeydown(key('ArrowUp'), root, '[data-toggle]', close);
    expect(document.activeElement?.id).toBe('c');
    expect(close).not.toHaveBeenCalled();
  });

  it('close on Escape and give the toggle the focus back', () => {
    const root = menu();
    focusFirstItem(root);
    const close = vi.fn();
    const e = key('Escape');
    menuKeydown(e, root, '[data-toggle]', close);
    expect(close).toHaveBeenCalledOnce();
    expect(e.defaultPrevented).toBe(true);
    expect((document.activeElement as HTMLElement).dataset.toggle).toBe('');
  });

  it('close when the focus leaves for elsewhere, not when it moves inside', () => {
    const root = menu();
    const outside = document.createElement('button');
    document.body.appendChild(outside);
    const close = vi.fn();
    menuFocusout(new FocusEvent('focusout', { relatedTarget: root.querySelector('#c') }), root, close);
    expect(close).not.toHaveBeenCalled();
    menuFocusout(new FocusEvent('focusout', { relatedTarget: outside }), root, close);
    expect(close).toHaveBeenCalledOnce();
  });
});
