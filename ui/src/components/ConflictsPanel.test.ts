// @vitest-environment jsdom
// Merge… and the conflicts it leaves, in the whole UI against the real core: with the
// common version found in git the merge lands at once; without one the page asks, and a
// merge without it makes every difference a choice. The conflicts panel opens by itself,
// says each conflict with both values, and each choice is one undoable step. A map that
// opens with recorded conflicts shows the same panel.

import { afterEach, describe, expect, it } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { mapOf, visible } from '../lib/testutil';
import type { MapView } from '../lib/types';
import { $, $$, key, startApp, type Harness } from './appHarness';

let h: Harness;
afterEach(() => h?.stop());

function base(): MapView {
  const map = mapOf({ aware: ['ad', 'blog'], buy: ['checkout'] }, 'Bike shop');
  map.touchpoints[0].title = 'Online ad';
  map.touchpoints[2].title = 'Checkout';
  return map;
}

function edited(map: MapView, change: (m: MapView) => void): MapView {
  const copy = structuredClone(map);
  change(copy);
  return copy;
}

const card = (id: string) => $(`[data-touchpoint-id="${id}"] .title`)?.textContent ?? null;

async function merge(): Promise<void> {
  key(document.body, 'M', { ctrlKey: true, shiftKey: true });
  await h.settle();
}

describe('merging another copy', () => {
  it('takes the other copy’s changes from the version git found, and lists the conflict', async () => {
    const ours = edited(base(), (m) => (m.touchpoints[2].title = 'Pay now'));
    const theirs = edited(base(), (m) => {
      m.touchpoints[2].title = 'Pay here';
      m.touchpoints[0].sentiment = 'negative';
    });
    h = await startApp(new WasmCore(ours, 'shop.journey.json'), { name: 'shop-anna.journey.json', theirs, found: base() });
    await merge();

    expect(visible($('[data-toast]')?.textContent)).toContain('shop-anna.journey.json');
    expect($('[data-touchpoint-id="ad"]')?.getAttribute('data-sentiment')).toBe('negative');
    const panel = $('[data-conflicts-panel]');
    expect(panel, 'the conflicts panel opens by itself').not.toBeNull();
    const items = $$('[data-conflict]', panel!);
    expect(items).toHaveLength(1);
    expect(visible(items[0].textContent)).toContain('Pay now');
    expect(visible(items[0].textContent)).toContain('Pay here');
    expect(visible($('[data-action="show-conflicts"]')?.textContent)).toContain('1 conflict');
    expect($$('[data-in-conflict]').map((el) => el.getAttribute('data-touchpoint-id'))).toEqual(['checkout']);

    ($('[data-action="take-theirs"]', items[0]) as HTMLButtonElement).click();
    await h.settle();
    expect(card('checkout')).toBe('Pay here');
    expect($('[data-conflicts-done]')).not.toBeNull();
    expect($$('[data-in-conflict]')).toHaveLength(0);
    expect($('[data-action="show-conflicts"]')).toBeNull();

    // Undo brings the conflict back; a second undo takes the whole merge back.
    key(document.body, 'z', { ctrlKey: true });
    await h.settle();
    expect(card('checkout')).toBe('Pay now');
    expect($$('[data-conflict]')).toHaveLength(1);
    key(document.body, 'z', { ctrlKey: true });
    await h.settle();
    expect(h.core.map!.touchpoints[0].sentiment).toBe('neutral');
    expect(h.core.state().conflicts).toBe(0);
  });

  it('asks for the common version when git has none, and without it every difference is a choice', async () => {
    const theirs = edited(base(), (m) => {
      m.touchpoints[1].title = 'Blog on sizes';
      m.title = 'Bike shop 2027';
    });
    h = await startApp(new WasmCore(base(), 'shop.journey.json'), { name: 'copy.journey.json', theirs, found: null });
    await merge();
    const dialog = $('[data-merge-base-dialog]');
    expect(dialog).not.toBeNull();
    expect(visible(dialog!.textContent)).toContain('copy.journey.json');
    ($('[data-action="merge-without-base"]') as HTMLButtonElement).click();
    await h.settle();
    expect($('[data-merge-base-dialog]')).toBeNull();
    expect(card('blog'), 'nothing is taken before a choice').toBe('Card blog');
    const items = $$('[data-conflict]');
    expect(items).toHaveLength(2);
    // Keeping ours changes nothing but the record; taking theirs changes the card.
    ($('[data-action="keep-ours"]', items[0]) as HTMLButtonElement).click();
    await h.settle();
    ($('[data-action="take-theirs"]', $$('[data-conflict]')[0]) as HTMLButtonElement).click();
    await h.settle();
    expect(card('blog')).toBe('Blog on sizes');
    expect(h.core.map!.title).toBe('Bike shop');
    expect(h.core.state()).toMatchObject({ conflicts: 0, dirty: true });
  });

  it('opens a map with recorded conflicts with the panel, in the UI’s language', async () => {
    const core = new WasmCore(base(), 'shop.journey.json');
    core.merge(edited(base(), (m) => (m.touchpoints[0].sentiment = 'positive')), null);
    core.markSaved();
    h = await startApp(new WasmCore(core.map!, 'merged.journey.json'));
    expect($$('[data-conflict]')).toHaveLength(1);
    h.setLocale('ru');
    await h.settle();
    expect(visible($('[data-conflicts-panel] h2')?.textContent)).toBe('Конфликты слияния');
    expect(visible($('[data-action="take-theirs"]')?.textContent)).toContain('Взять из другой копии');
  });
});
