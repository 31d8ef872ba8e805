// @vitest-environment jsdom
// The map details panel and the review reminder in the whole UI, against the reference
// core, on a fixed clock: each change sends one SetMapField with the right value, lists
// and personas add and remove, and the reminder shows when the review is over a year old.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { sampleMap } from '../dev/sample';
import type { MapView } from '../lib/types';
import { $, $$, key, startApp, type, type Harness } from './appHarness';
import { visible } from '../lib/testutil';

let h: Harness;

async function start(edit: (map: MapView) => void = () => {}): Promise<Harness> {
  const map = sampleMap();
  edit(map);
  h = await startApp(new WasmCore(map, 'first-purchase.json'));
  return h;
}

const panel = () => $('[data-map-details-panel]');
const inPanel = <T extends Element = HTMLElement>(sel: string) => $<T>(sel, panel()!)!;
const items = (list: string, root: ParentNode = panel()!) =>
  $$<HTMLTextAreaElement>(`[data-list="${list}"] [data-item] textarea`, root).map((f) => f.value);
const addField = (list: string, root: ParentNode = panel()!) =>
  $<HTMLTextAreaElement>(`[data-list="${list}"] [data-add-item] textarea`, root)!;
const mapFields = () => h.edits.map((e) => (e.type === 'SetMapField' ? e.field : e));
const reminder = () => $('[data-review-reminder]');

async function open(): Promise<HTMLElement> {
  $<HTMLButtonElement>('[data-action="map-details"]')!.click();
  await h.settle();
  return panel()!;
}

beforeEach(() => {
  sessionStorage.clear();
  // A fixed local date: 25 November 2026, mid-morning. Only Date is faked; timers run.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 25, 10, 30) });
});

afterEach(() => {
  h?.stop();
  vi.useRealTimers();
});

describe('the map details panel', () => {
  it('opens from the toolbar with the map’s details, and closes with Escape or the button again', async () => {
    await start();
    const button = $<HTMLButtonElement>('[data-action="map-details"]')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const p = await open();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(p);
    expect(visible(p.textContent)).toContain('Map details');
    expect(inPanel<HTMLTextAreaElement>('[data-field="map-title"]').value).toBe('Online store: first purchase');
    expect(inPanel<HTMLTextAreaElement>('[data-persona="0"] [data-field="persona-name"]').value).toBe('Anna, 29');
    expect(inPanel<HTMLTextAreaElement>('[data-persona="0"] [data-field="persona-description"]').value).toBe(
      'Buys sports gear online, on her phone',
    );
    expect(items('persona-goals')).toEqual(['Shoes that fit the first time']);
    expect(items('customerGoals')).toEqual(['Find the right shoes quickly']);
    expect(items('businessGoals')).toEqual(['Raise the share of repeat customers']);
    expect(inPanel<HTMLTextAreaElement>('[data-field="notes"]').value).toBe('');
    expect(inPanel<HTMLInputElement>('[data-field="lastReview"]').value).toBe('2025-06-12');
    key(p, 'Escape');
    await h.settle();
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(button);
    await open();
    button.click();
    await h.settle();
    expect(panel()).toBeNull();
    expect(h.edits).toEqual([]);
  });

  it('takes the touchpoint panel’s place: one panel at a time', async () => {
    await start();
    $('[data-touchpoint-id="tp-1"]')!.click();
    await h.settle();
    $<HTMLButtonElement>('[data-touchpoint-id="tp-1"] [data-action="touchpoint-details"]')!.click();
    await h.settle();
    expect($('[data-touchpoint-panel]')).not.toBeNull();
    await open();
    expect($('[data-touchpoint-panel]')).toBeNull();
    expect($$('[data-side-panel]')).toHaveLength(1);
  });

  it('sends one SetMapField per change: title, goals, notes', async () => {
    await start();
    await open();
    const title = inPanel<HTMLTextAreaElement>('[data-field="map-title"]');
    type(title, 'Online store: the first order');
    key(title, 'Enter');
    await h.settle();
    const goal = addField('customerGoals');
    type(goal, 'Know the delivery date before paying');
    key(goal, 'Enter');
    await h.settle();
    $<HTMLButtonElement>('[data-list="businessGoals"] [data-action="remove-item"]', panel()!)!.click();
    await h.settle();
    const business = addField('businessGoals');
    type(business, 'Fewer calls to support');
    business.blur();
    await h.settle();
    const notes = inPanel<HTMLTextAreaElement>('[data-field="notes"]');
    type(notes, 'Interviews: 12 customers, October.\nNext: the returns journey.');
    key(notes, 'Enter');
    await h.settle();
    expect(h.edits).toHaveLength(4);
    notes.blur();
    await h.settle();
    expect(mapFields()).toEqual([
      { type: 'SetMapTitle', title: 'Online store: the first order' },
      { field: 'customerGoals', value: ['Find the right shoes quickly', 'Know the delivery date before paying'] },
      { field: 'businessGoals', value: [] },
      { field: 'businessGoals', value: ['Fewer calls to support'] },
      { field: 'notes', value: 'Interviews: 12 customers, October.\nNext: the returns journey.' },
    ]);
    expect($('[data-map-title]')!.textContent).toContain('Online store: the first order');
  });

  it('adds a persona with a name to change, edits and removes personas, one edit each', async () => {
    await start();
    await open();
    inPanel<HTMLButtonElement>('[data-action="add-persona"]').click();
    await h.settle();
    const name = inPanel<HTMLTextAreaElement>('[data-persona="1"] [data-field="persona-name"]');
    expect(name.value).toBe('New persona');
    expect(document.activeElement).toBe(name);
    type(name, 'Piotr, 41');
    key(name, 'Enter');
    await h.settle();
    const description = inPanel<HTMLTextAreaElement>('[data-persona="1"] [data-field="persona-description"]');
    type(description, 'Buys for the whole family');
    description.blur();
    await h.settle();
    const goal = addField('persona-goals', inPanel('[data-persona="1"]'));
    type(goal, 'One delivery for everything');
    key(goal, 'Enter');
    await h.settle();
    inPanel<HTMLButtonElement>('[data-persona="0"] [data-action="remove-persona"]').click();
    await h.settle();
    const anna = { name: 'Anna, 29', description: 'Buys sports gear online, on her phone', goals: ['Shoes that fit the first time'] };
    expect(mapFields()).toEqual([
      { field: 'personas', value: [anna, { name: 'New persona' }] },
      { field: 'personas', value: [anna, { name: 'Piotr, 41' }] },
      { field: 'personas', value: [anna, { name: 'Piotr, 41', description: 'Buys for the whole family' }] },
      {
        field: 'personas',
        value: [anna, { name: 'Piotr, 41', description: 'Buys for the whole family', goals: ['One delivery for everything'] }],
      },
      {
        field: 'personas',
        value: [{ name: 'Piotr, 41', description: 'Buys for the whole family', goals: ['One delivery for everything'] }],
      },
    ]);
    expect(inPanel<HTMLTextAreaElement>('[data-persona="0"] [data-field="persona-name"]').value).toBe('Piotr, 41');
    expect($$('[data-persona]', panel()!)).toHaveLength(1);
  });

  it('sets the date of the last review from the date field or “Reviewed today”, and refuses a bad date', async () => {
    await start();
    await open();
    const date = inPanel<HTMLInputElement>('[data-field="lastReview"]');
    expect(visible(inPanel('[data-review-status]').textContent)).toBe('Last reviewed 17 months ago — time to review this map.');
    date.value = '2026-03-01';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    await h.settle();
    expect(visible(inPanel('[data-review-status]').textContent)).toBe('Last reviewed 8 months ago.');
    inPanel<HTMLButtonElement>('[data-action="reviewed-today"]').click();
    await h.settle();
    expect(date.value).toBe('2026-11-25');
    expect(visible(inPanel('[data-review-status]').textContent)).toBe('Last reviewed today.');
    expect(mapFields()).toEqual([
      { field: 'lastReview', value: '2026-03-01' },
      { field: 'lastReview', value: '2026-11-25' },
    ]);
    // The text fallback of a date field: a date that is not one is not sent.
    Object.defineProperty(date, 'value', { value: '2026-02-30', configurable: true });
    date.dispatchEvent(new Event('change', { bubbles: true }));
    await h.settle();
    expect(panel()!.querySelector('[role="alert"]')!.textContent).toContain('year, month and day');
    expect(h.edits).toHaveLength(2);
    // Clearing the field clears the date.
    Object.defineProperty(date, 'value', { value: '', configurable: true });
    date.dispatchEvent(new Event('change', { bubbles: true }));
    await h.settle();
    expect(panel()!.querySelector('[role="alert"]')).toBeNull();
    expect(mapFields()[2]).toEqual({ field: 'lastReview', value: null });
    expect(inPanel('[data-review-status]').textContent).toContain('Never reviewed');
  });

  it('shows the mirror after undo and redo', async () => {
    await start();
    await open();
    const goal = addField('customerGoals');
    type(goal, 'Pay in instalments');
    key(goal, 'Enter');
    await h.settle();
    inPanel<HTMLButtonElement>('[data-action="reviewed-today"]').click();
    await h.settle();
    key(document.body, 'z', { ctrlKey: true });
    await h.settle();
    expect(inPanel<HTMLInputElement>('[data-field="lastReview"]').value).toBe('2025-06-12');
    key(document.body, 'z', { ctrlKey: true });
    await h.settle();
    expect(items('customerGoals')).toEqual(['Find the right shoes quickly']);
    key(document.body, 'z', { ctrlKey: true, shiftKey: true });
    await h.settle();
    expect(items('customerGoals')).toEqual(['Find the right shoes quickly', 'Pay in instalments']);
  });

  it('labels every field', async () => {
    await start();
    await open();
    for (const el of $$<HTMLElement>('input, textarea, select', panel()!)) {
      const named = el.getAttribute('aria-label') || (el.id && document.querySelector(`label[for="${el.id}"]`));
      expect(named, el.outerHTML).toBeTruthy();
    }
  });
});

describe('the review reminder', () => {
  it('shows when the last review is more than a year old, and “Mark reviewed today” ends it', async () => {
    await start((map) => (map.lastReview = '2025-09-20'));
    const r = reminder()!;
    expect(r.getAttribute('role')).toBe('status');
    expect(visible(r.textContent)).toContain('Last reviewed 14 months ago — time to review this map.');
    r.querySelector<HTMLButtonElement>('[data-action="mark-reviewed"]')!.click();
    await h.settle();
    expect(h.edits).toEqual([{ type: 'SetMapField', field: { field: 'lastReview', value: '2026-11-25' } }]);
    expect(reminder()).toBeNull();
    // It is an edit like any other: undo brings the reminder back.
    $<HTMLButtonElement>('[data-action="undo"]')!.click();
    await h.settle();
    expect(reminder()).not.toBeNull();
  });

  it('shows for a map never reviewed', async () => {
    await start((map) => delete map.lastReview);
    expect(reminder()!.textContent).toContain('This map has never been reviewed');
  });

  it('is quiet within the year, up to the same day a year on', async () => {
    await start((map) => (map.lastReview = '2025-11-25'));
    expect(reminder()).toBeNull();
    h.stop();
    await start((map) => (map.lastReview = '2025-11-24'));
    expect(visible(reminder()!.textContent)).toContain('Last reviewed 12 months ago');
  });

  it('follows the local date, not UTC', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland';
    try {
      // 00:30 on 25 November in Auckland: still the 24th in UTC.
      vi.setSystemTime(new Date(2026, 10, 25, 0, 30));
      expect(new Date().toISOString().slice(0, 10)).toBe('2026-11-24');
      await start((map) => (map.lastReview = '2025-11-24'));
      expect(reminder()).not.toBeNull();
      reminder()!.querySelector<HTMLButtonElement>('[data-action="mark-reviewed"]')!.click();
      await h.settle();
      expect(h.edits).toEqual([{ type: 'SetMapField', field: { field: 'lastReview', value: '2026-11-25' } }]);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('opens the map details, and can be hidden', async () => {
    await start((map) => delete map.lastReview);
    reminder()!.querySelector<HTMLButtonElement>('[data-action="review-details"]')!.click();
    await h.settle();
    expect(panel()).not.toBeNull();
    reminder()!.querySelector<HTMLButtonElement>('[data-action="dismiss-review"]')!.click();
    await h.settle();
    expect(reminder()).toBeNull();
    expect(h.edits).toEqual([]);
  });

  it('speaks Russian and Polish', async () => {
    await start((map) => (map.lastReview = '2025-09-20'));
    h.setLocale('ru');
    await h.settle();
    expect(visible(reminder()!.textContent)).toContain('Последний пересмотр: 14 месяцев назад — пора пересмотреть карту.');
    h.setLocale('pl');
    await h.settle();
    expect(visible(reminder()!.textContent)).toContain('Ostatni przegląd: 14 miesięcy temu — czas przejrzeć tę mapę.');
    h.setLocale('en');
  });
});
