// @vitest-environment jsdom
// Compare With… in the whole UI, against the real core: the fixture pair of
// tests/fixtures/compare (this map is the new copy), started with Ctrl+Shift+D as the menu
// does it. The board marks the new, moved and changed cards and shows the removed ones, the
// removed lane and the stage and lane changes; the panel lists the core's sentences grouped
// by its headings; F7 and Shift+F7 step through them, selecting each card; the details
// panel shows old and new values; an edit updates the comparison; Escape ends it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import type { MapView } from '../lib/types';
import { visible } from '../lib/testutil';
import { $, $$, key, startApp, type Harness } from './appHarness';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../tests/fixtures/compare', name), 'utf8');
const OLD = fixture('old.journey.json');
const NEW_TEXT = fixture('new.journey.json');

let h: Harness;
afterEach(() => h?.stop());

async function start(old = OLD, name = 'old.journey.json'): Promise<Harness> {
  const map: MapView = JSON.parse(NEW_TEXT);
  h = await startApp(new WasmCore(map, 'new.journey.json'), null, { compareWith: { text: old, name } });
  return h;
}

async function compare(): Promise<void> {
  key(document.body, 'D', { ctrlKey: true, shiftKey: true });
  await h.settle();
}

const panel = () => $('[data-compare-panel]');
const marked = (kind: string) => $$(`[data-touchpoint-id][data-compare-mark="${kind}"]`).map((c) => c.dataset.touchpointId).sort();
const ghosts = () => $$('[data-ghost-id]').map((g) => g.dataset.ghostId).sort();
const selected = () => $('[data-touchpoint-id][data-selected]')?.dataset.touchpointId ?? null;
const current = () => $('[data-change-index][aria-current="true"]');

describe('Compare With…', () => {
  it('marks the board: new, moved and changed cards, removed cards where they were, stage and lane changes', async () => {
    await start();
    expect(panel()).toBeNull();
    await compare();
    expect(panel()).not.toBeNull();
    expect(marked('added')).toEqual(['tp-chat', 'tp-newsletter', 'tp-referral']);
    expect(marked('moved')).toEqual(['tp-pricing']);
    expect(marked('changed')).toEqual(['tp-checkout', 'tp-reviews', 'tp-trial']);
    expect(ghosts()).toEqual(['tp-blog', 'tp-crm']);
    // A removed card is in its old cell, faint and not a card of the map.
    const blog = $('[data-ghost-id="tp-blog"]')!;
    expect(blog.closest('[data-stage-id]')?.getAttribute('data-stage-id')).toBe('st-aware');
    expect(blog.closest('[data-lane-id]')?.getAttribute('data-lane-id')).toBe('l-touch');
    expect(blog.querySelector('button, input')).toBeNull();
    // The CRM card's lane is gone: it shows in the removed lane's row.
    expect($('[data-removed-lane-id="l-back"]')?.textContent).toContain('Back office');
    expect($('[data-ghost-id="tp-crm"]')!.closest('[data-lane-id]')?.getAttribute('data-lane-id')).toBe('l-back');
    // The moved card says where it came from.
    expect(visible($('[data-touchpoint-id="tp-pricing"] [data-compare-badge="moved"]')?.textContent)).toContain('From Decision');
    // Headers: the renamed stage shows its old name, the new stage and lane are marked.
    expect(visible($('[data-stage-id="st-consider"] [data-stage-header]')?.textContent)).toContain('Was «Consideration»');
    expect($('[data-stage-id="st-loyal"] [data-stage-header]')?.dataset.compareMark).toBe('added');
    expect($('[data-lane-header][data-lane-id="l-support"]')?.dataset.compareMark).toBe('added');
    // The old copy's curve behind this map's.
    expect($('[data-compare-curve]')).not.toBeNull();
    expect(visible($('[data-compare-curve-key]')?.textContent)).toContain('old.journey.json');
  });

  it('lists the core’s sentences under its headings, with a count', async () => {
    await start();
    await compare();
    const core = new WasmCore(JSON.parse(NEW_TEXT), 'new.journey.json');
    const expected = core.compare(OLD, 'old.journey.json');
    expect(panel()!.dataset.changeCount).toBe(String(expected.count));
    expect(visible($('[data-compare-count]')?.textContent)).toBe(`${expected.count} changes`);
    expect($$('[data-compare-panel] h3').map((e) => e.textContent)).toEqual(expected.sections.map((s) => s.heading));
    expect($$('[data-change-index]').map((b) => b.textContent?.trim())).toEqual(
      expected.sections.flatMap((s) => s.changes.map((c) => c.sentence)),
    );
    expect(visible(panel()!.textContent)).toContain('F7');
    core.close();
  });

  it('steps through the changes with F7 and Shift+F7, selecting the card of each; a click goes to one', async () => {
    await start();
    await compare();
    const buttons = $$('[data-change-index]');
    const cardChange = buttons.findIndex((b) => b.dataset.changeKind === 'touchpointAdded');
    buttons[cardChange].click();
    await h.settle();
    expect(current()).toBe(buttons[cardChange]);
    const added = selected();
    expect(added).not.toBeNull();
    expect($(`[data-touchpoint-id="${added}"]`)?.dataset.compareMark).toBe('added');
    // From the board: F7 goes to the next change, Shift+F7 back.
    key(document.body, 'F7');
    await h.settle();
    expect(current()).toBe(buttons[cardChange + 1]);
    key(document.body, 'F7', { shiftKey: true });
    await h.settle();
    expect(current()).toBe(buttons[cardChange]);
    expect(selected()).toBe(added);
    // A removed card: nothing to select; its ghost is the current one.
    const removed = buttons.findIndex((b) => b.dataset.changeKind === 'touchpointRemoved');
    buttons[removed].click();
    await h.settle();
    expect(selected()).toBeNull();
    expect($$('[data-ghost-id][data-compare-current]').length).toBe(1);
    // F7 in the panel steps too.
    key(panel()!, 'F7');
    await h.settle();
    expect(current()).toBe(buttons[removed + 1]);
  });

  it('shows the old and new values of the selected card in its details', async () => {
    await start();
    await compare();
    const row = $$('[data-change-index]').find((b) => b.dataset.changeKind === 'touchpointRenamed')!;
    row.click();
    await h.settle();
    key(document.body, 'i');
    await h.settle();
    const changes = $('[data-card-changes]')!;
    expect(changes).not.toBeNull();
    expect(visible(changes.querySelector('[data-old-value]')?.textContent)).toContain('«Orders a trial box»');
    expect(visible(changes.querySelector('[data-new-value]')?.textContent)).toContain('«Orders a free trial box»');
  });

  it('computes the comparison again after an edit, and Escape ends it', async () => {
    await start();
    await compare();
    const before = Number(panel()!.dataset.changeCount);
    // Deleting a new card: one change fewer.
    $<HTMLElement>('[data-touchpoint-id="tp-chat"]')!.click();
    await h.settle();
    key(document.body, 'Delete');
    await h.settle();
    expect(h.edits.at(-1)).toEqual({ type: 'DeleteTouchpoint', id: 'tp-chat' });
    expect(Number(panel()!.dataset.changeCount)).toBe(before - 1);
    expect(marked('added')).toEqual(['tp-newsletter', 'tp-referral']);
    // Escape first clears nothing else open, so it ends the comparison.
    key(document.body, 'Escape');
    await h.painted();
    expect(panel()).toBeNull();
    expect($$('[data-compare-mark]')).toEqual([]);
    expect(ghosts()).toEqual([]);
    expect($('[data-compare-curve]')).toBeNull();
  });

  it('says “No differences” for an identical copy', async () => {
    await start(NEW_TEXT, 'same.journey.json');
    await compare();
    expect($('[data-compare-none]')).not.toBeNull();
    expect(visible($('[data-compare-none]')?.textContent)).toContain('No differences');
    expect($$('[data-compare-mark]')).toEqual([]);
    $<HTMLButtonElement>('[data-action="end-comparison"]')!.click();
    await h.settle();
    expect(panel()).toBeNull();
  });

  it('shows the loader’s message for a copy that cannot be read, and compares nothing', async () => {
    await start('{"format": "journey-map",', 'broken.journey.json');
    await compare();
    expect(panel()).toBeNull();
    const toast = $('[data-toast]');
    expect(toast?.textContent).toContain('broken.journey.json');
  });

  it('speaks Russian and Polish', async () => {
    await start();
    h.setLocale('ru');
    await compare();
    expect(visible($('[data-compare-count]')?.textContent)).toBe('15 изменений');
    expect($('[data-compare-panel] h3')?.textContent).toBe('Дорожки');
    // Switching the language asks the core for its sentences in the new one.
    h.setLocale('pl');
    await h.settle();
    expect(visible($('[data-compare-count]')?.textContent)).toBe('15 zmian');
    expect($('[data-compare-panel] h3')?.textContent).toBe('Tory');
  });
});
