// @vitest-environment jsdom
// The touchpoint details panel in the whole UI, against the reference core: how it opens
// and closes, that each change sends one edit with the right field and value, that lists
// add and remove items, and that it always shows the mirror (selection, undo).

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { sampleMap } from '../dev/sample';
import { $, $$, choose, key, startApp, type, type Harness } from './appHarness';
import { visible } from '../lib/testutil';

let h: Harness;

async function start(): Promise<Harness> {
  h = await startApp(new WasmCore(sampleMap(), 'first-purchase.json'));
  return h;
}

const card = (id: string) => $(`[data-touchpoint-id="${id}"]`)!;
const panel = () => $('[data-touchpoint-panel]');
const inPanel = <T extends Element = HTMLElement>(sel: string) => $<T>(sel, panel()!)!;
const field = <T extends Element = HTMLElement>(name: string) => inPanel<T>(`[data-field="${name}"]`);
const radio = (name: string, value: string) =>
  inPanel<HTMLInputElement>(`[data-field="${name}"] input[data-value="${value}"]`);
const noneRadio = (name: string) => inPanel<HTMLInputElement>(`[data-field="${name}"] input[value=""]`);
const items = (list: string) =>
  $$<HTMLTextAreaElement>(`[data-list="${list}"] [data-item] textarea`, panel()!).map((f) => f.value);
const addField = (list: string) => inPanel<HTMLTextAreaElement>(`[data-list="${list}"] [data-add-item] textarea`);

/** Selects a card and opens the panel with its Details button. */
async function openFor(id: string): Promise<void> {
  card(id).click();
  await h.settle();
  card(id).querySelector<HTMLButtonElement>('[data-action="touchpoint-details"]')!.click();
  await h.settle();
}

beforeEach(() => sessionStorage.clear());
afterEach(() => h?.stop());

describe('opening and closing', () => {
  it('opens from the selected card’s Details button, shows its details and takes the focus', async () => {
    await start();
    expect(panel()).toBeNull();
    await openFor('tp-7');
    const p = panel()!;
    expect(p.getAttribute('data-touchpoint-panel')).toBe('tp-7');
    expect(p.tagName).toBe('ASIDE');
    expect(document.activeElement).toBe(p);
    expect(visible(p.textContent)).toContain('Touchpoint details');
    expect(visible(p.textContent)).toContain('Stage: Consideration');
    expect(field<HTMLTextAreaElement>('title').value).toBe('Live chat with sales took 20 minutes to answer');
    expect(field<HTMLTextAreaElement>('description').value).toContain('nobody answers for 20');
    expect(field<HTMLSelectElement>('channel').value).toBe('messenger');
    expect(radio('presence', 'online').checked).toBe(true);
    expect(field<HTMLInputElement>('owner').value).toBe('Sales');
    expect(radio('control', 'brand').checked).toBe(true);
    expect(noneRadio('horizon').checked).toBe(true);
    expect(radio('frequency', 'recurring').checked).toBe(true);
    expect(radio('score', '1').checked).toBe(true);
    expect(items('painPoints')).toEqual(['Long wait for the first answer', 'No estimate of the waiting time']);
    expect(items('delights')).toEqual([]);
    expect(items('hypotheses')).toEqual(['A chatbot that answers the common questions halves the wait']);
    expect(inPanel<HTMLSelectElement>('[data-field="hypothesis-status"]').value).toBe('testing');
    expect(h.edits).toEqual([]);
  });

  it('labels every field', async () => {
    await start();
    await openFor('tp-7');
    for (const el of $$<HTMLElement>('input, textarea, select', panel()!)) {
      const named =
        el.getAttribute('aria-label') ||
        (el.id && document.querySelector(`label[for="${el.id}"]`)) ||
        el.closest('label') ||
        document.getElementById(el.closest('[role="radiogroup"]')?.getAttribute('aria-labelledby') ?? '');
      expect(named, el.outerHTML).toBeTruthy();
    }
  });

  it('opens with I on the selected card, and Escape closes it and gives the card the focus back', async () => {
    await start();
    card('tp-2').focus();
    await h.settle();
    key(card('tp-2'), 'i');
    await h.settle();
    expect(panel()!.getAttribute('data-touchpoint-panel')).toBe('tp-2');
    key(document.activeElement!, 'Escape');
    await h.settle();
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe(card('tp-2'));
    // With the panel closed, Escape clears the selection as before.
    key(card('tp-2'), 'Escape');
    await h.settle();
    expect(card('tp-2').dataset.selected).toBeUndefined();
  });

  it('closes with its close button', async () => {
    await start();
    await openFor('tp-1');
    inPanel<HTMLButtonElement>('[data-action="close-panel"]').click();
    await h.settle();
    expect(panel()).toBeNull();
  });

  it('follows the selection, and says so when nothing is selected', async () => {
    await start();
    await openFor('tp-1');
    expect(field<HTMLSelectElement>('channel').value).toBe('social-media');
    card('tp-9').click();
    await h.settle();
    expect(panel()!.getAttribute('data-touchpoint-panel')).toBe('tp-9');
    expect(field<HTMLSelectElement>('channel').value).toBe('website');
    expect(field<HTMLInputElement>('owner').value).toBe('E-commerce');
    card('tp-2').click();
    await h.settle();
    expect(field<HTMLSelectElement>('channel').value).toBe('');
    expect(field<HTMLInputElement>('owner').value).toBe('');
    expect(noneRadio('score').checked).toBe(true);
    $('[data-board-scroll]')!.click();
    await h.settle();
    expect(panel()!.querySelector('[data-panel-empty]')!.textContent).toContain('No touchpoint selected');
    expect(h.edits).toEqual([]);
  });

  it('keeps the board’s one-key shortcuts from acting on the card while typing in the panel', async () => {
    await start();
    await openFor('tp-1');
    key(field('owner'), '3');
    key(panel()!, 'Delete');
    await h.settle();
    expect(h.edits).toEqual([]);
    expect(card('tp-1')).not.toBeNull();
  });
});

describe('each change is one edit', () => {
  it('sends choices at once: channel, online or offline, control, term, frequency, sentiment', async () => {
    await start();
    await openFor('tp-2');
    choose(field<HTMLSelectElement>('channel'), 'referral');
    await h.settle();
    radio('presence', 'offline').click();
    await h.settle();
    radio('control', 'third-party').click();
    await h.settle();
    radio('horizon', 'long-term').click();
    await h.settle();
    radio('frequency', 'one-off').click();
    await h.settle();
    inPanel<HTMLButtonElement>('[data-set-sentiment="negative"]').click();
    await h.settle();
    choose(field<HTMLSelectElement>('channel'), '');
    await h.settle();
    expect(h.edits).toEqual([
      { type: 'SetTouchpointField', id: 'tp-2', field: { field: 'channel', value: 'referral' } },
      { type: 'SetTouchpointField', id: 'tp-2', field: { field: 'presence', value: 'offline' } },
      { type: 'SetTouchpointField', id: 'tp-2', field: { field: 'control', value: 'third-party' } },
      { type: 'SetTouchpointField', id: 'tp-2', field: { field: 'horizon', value: 'long-term' } },
      { type: 'SetTouchpointField', id: 'tp-2', field: { field: 'frequency', value: 'one-off' } },
      { type: 'SetSentiment', id: 'tp-2', sentiment: 'negative' },
      { type: 'SetTouchpointField', id: 'tp-2', field: { field: 'channel', value: null } },
    ]);
    expect(card('tp-2').dataset.sentiment).toBe('negative');
    expect(radio('presence', 'offline').checked).toBe(true);
  });

  it('sets a score from 1 to 5, and clears it with “not set”', async () => {
    await start();
    await openFor('tp-2');
    expect(noneRadio('score').checked).toBe(true);
    expect($$('[data-field="score"] input', panel()!)).toHaveLength(6);
    const group = inPanel('[data-field="score"]');
    expect(group.getAttribute('role')).toBe('radiogroup');
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).toBe('Score');
    radio('score', '4').click();
    await h.settle();
    expect(radio('score', '4').checked).toBe(true);
    noneRadio('score').click();
    await h.settle();
    expect(h.edits).toEqual([
      { type: 'SetTouchpointField', id: 'tp-2', field: { field: 'score', value: 4 } },
      { type: 'SetTouchpointField', id: 'tp-2', field: { field: 'score', value: null } },
    ]);
    expect(h.core.map!.touchpoints.find((c) => c.id === 'tp-2')!.score).toBeUndefined();
  });

  it('commits text on Enter or on leaving the field, never per keystroke', async () => {
    await start();
    await openFor('tp-2');
    const owner = field<HTMLInputElement>('owner');
    type(owner, 'Mark');
    type(owner, 'Marketing team');
    await h.settle();
    expect(h.edits).toEqual([]);
    key(owner, 'Enter');
    await h.settle();
    const description = field<HTMLTextAreaElement>('description');
    type(description, 'Anna hears about the shop from a friend.\nShe remembers the name.');
    key(description, 'Enter');
    await h.settle();
    expect(h.edits).toHaveLength(1);
    description.blur();
    await h.settle();
    const title = field<HTMLTextAreaElement>('title');
    type(title, '  A friend’s   recommendation ');
    title.blur();
    await h.settle();
    expect(h.edits).toEqual([
      { type: 'SetTouchpointField', id: 'tp-2', field: { field: 'owner', value: 'Marketing team' } },
      {
        type: 'SetTouchpointField',
        id: 'tp-2',
        field: { field: 'description', value: 'Anna hears about the shop from a friend.\nShe remembers the name.' },
      },
      { type: 'RenameTouchpoint', id: 'tp-2', title: 'A friend’s recommendation' },
    ]);
    expect(card('tp-2').textContent).toContain('A friend’s recommendation');
  });

  it('suggests the owner teams the map already names', async () => {
    await start();
    await openFor('tp-2');
    const list = document.getElementById(field<HTMLInputElement>('owner').getAttribute('list')!)!;
    expect($$<HTMLOptionElement>('option', list).map((o) => o.value)).toEqual([
      'Customer care',
      'E-commerce',
      'Marketing',
      'Sales',
    ]);
  });

  it('sends nothing for an unchanged text, and refuses an empty title', async () => {
    await start();
    await openFor('tp-1');
    const owner = field<HTMLInputElement>('owner');
    type(owner, ' Marketing ');
    owner.blur();
    const title = field<HTMLTextAreaElement>('title');
    type(title, '   ');
    title.blur();
    await h.settle();
    expect(h.edits).toEqual([]);
    expect(title.value).toBe('Instagram ad');
  });

  it('Escape in a changed field gives the change up; the next Escape closes the panel', async () => {
    await start();
    await openFor('tp-1');
    const owner = field<HTMLInputElement>('owner');
    type(owner, 'Brand team');
    key(owner, 'Escape');
    await h.settle();
    expect(owner.value).toBe('Marketing');
    expect(panel()).not.toBeNull();
    key(owner, 'Escape');
    await h.settle();
    expect(panel()).toBeNull();
    expect(h.edits).toEqual([]);
  });
});

describe('lists', () => {
  it('adds, edits and removes pain points and moments of delight, one edit each', async () => {
    await start();
    await openFor('tp-7');
    const add = addField('painPoints');
    type(add, 'The chat window covers the basket');
    key(add, 'Enter');
    await h.settle();
    expect(items('painPoints')).toEqual([
      'Long wait for the first answer',
      'No estimate of the waiting time',
      'The chat window covers the basket',
    ]);
    expect(addField('painPoints').value).toBe('');

    const second = $$<HTMLTextAreaElement>('[data-list="painPoints"] [data-item] textarea', panel()!)[1];
    type(second, 'No estimate of the wait');
    key(second, 'Enter');
    await h.settle();

    $$<HTMLButtonElement>('[data-list="painPoints"] [data-action="remove-item"]', panel()!)[0].click();
    await h.settle();

    // Emptying an item removes it.
    const first = $$<HTMLTextAreaElement>('[data-list="painPoints"] [data-item] textarea', panel()!)[0];
    type(first, '');
    first.blur();
    await h.settle();

    const delight = addField('delights');
    type(delight, 'The agent remembered my last order');
    delight.blur();
    await h.settle();

    expect(h.edits.map((e) => (e.type === 'SetTouchpointField' ? e.field : e))).toEqual([
      {
        field: 'painPoints',
        value: ['Long wait for the first answer', 'No estimate of the waiting time', 'The chat window covers the basket'],
      },
      {
        field: 'painPoints',
        value: ['Long wait for the first answer', 'No estimate of the wait', 'The chat window covers the basket'],
      },
      { field: 'painPoints', value: ['No estimate of the wait', 'The chat window covers the basket'] },
      { field: 'painPoints', value: ['The chat window covers the basket'] },
      { field: 'delights', value: ['The agent remembered my last order'] },
    ]);
    expect(items('painPoints')).toEqual(['The chat window covers the basket']);
    expect(items('delights')).toEqual(['The agent remembered my last order']);
    expect(visible(
      $('[data-list="painPoints"] [data-action="remove-item"]', panel()!)!.getAttribute('aria-label')),
    ).toBe('Remove pain point 1');
  });

  it('adds hypotheses as ideas, sets their status and removes them', async () => {
    await start();
    await openFor('tp-2');
    const add = addField('hypotheses');
    type(add, 'A referral reward doubles the shares');
    key(add, 'Enter');
    await h.settle();
    choose(inPanel<HTMLSelectElement>('[data-field="hypothesis-status"]'), 'confirmed');
    await h.settle();
    const text = $$<HTMLTextAreaElement>('[data-list="hypotheses"] [data-item] textarea', panel()!)[0];
    type(text, 'A referral reward triples the shares');
    key(text, 'Enter');
    await h.settle();
    $<HTMLButtonElement>('[data-list="hypotheses"] [data-action="remove-item"]', panel()!)!.click();
    await h.settle();
    expect(h.edits.map((e) => (e.type === 'SetTouchpointField' ? e.field : e))).toEqual([
      { field: 'hypotheses', value: [{ text: 'A referral reward doubles the shares', status: 'idea' }] },
      { field: 'hypotheses', value: [{ text: 'A referral reward doubles the shares', status: 'confirmed' }] },
      { field: 'hypotheses', value: [{ text: 'A referral reward triples the shares', status: 'confirmed' }] },
      { field: 'hypotheses', value: [] },
    ]);
    expect(items('hypotheses')).toEqual([]);
  });
});

describe('the panel shows the mirror', () => {
  it('shows the value before after an undo, and after again after a redo', async () => {
    await start();
    await openFor('tp-9');
    choose(field<HTMLSelectElement>('channel'), 'phone');
    await h.settle();
    const owner = field<HTMLInputElement>('owner');
    type(owner, 'Payments');
    key(owner, 'Enter');
    await h.settle();
    radio('score', '5').click();
    await h.settle();
    const add = addField('painPoints');
    type(add, 'The retry button is hidden');
    key(add, 'Enter');
    await h.settle();
    expect(items('painPoints')).toHaveLength(2);

    // Undo from the toolbar: each change comes off on its own.
    const undo = $<HTMLButtonElement>('[data-action="undo"]')!;
    undo.click();
    await h.settle();
    expect(items('painPoints')).toEqual(['The bank’s 3-D Secure page times out']);
    undo.click();
    await h.settle();
    expect(radio('score', '2').checked).toBe(true);
    undo.click();
    await h.settle();
    expect(field<HTMLInputElement>('owner').value).toBe('E-commerce');
    key(document.body, 'z', { ctrlKey: true });
    await h.settle();
    expect(field<HTMLSelectElement>('channel').value).toBe('website');
    key(document.body, 'y', { ctrlKey: true });
    await h.settle();
    expect(field<HTMLSelectElement>('channel').value).toBe('phone');
    expect(h.edits).toHaveLength(4);
  });

  it('switches its words with the UI’s language, not the map’s text', async () => {
    await start();
    await openFor('tp-9');
    h.setLocale('ru');
    await h.settle();
    const channel = field<HTMLSelectElement>('channel');
    expect(channel.selectedOptions[0].textContent).toBe('Сайт');
    expect(visible(panel()!.textContent)).toContain('Сведения о точке контакта');
    expect(visible(panel()!.textContent)).toContain('Третья сторона');
    expect(items('painPoints')).toEqual(['The bank’s 3-D Secure page times out']);
    h.setLocale('pl');
    await h.settle();
    expect(channel.selectedOptions[0].textContent).toBe('Strona internetowa');
    h.setLocale('en');
  });
});

describe('with lanes', () => {
  it('names the card’s stage and lane', async () => {
    const map = sampleMap();
    map.lanes = [
      { id: 'l-actions', name: 'Customer actions' },
      { id: 'l-pains', name: 'Pain points' },
    ];
    map.touchpoints.forEach((c) => (c.lane = c.id === 'tp-7' ? 'l-pains' : 'l-actions'));
    h = await startApp(new WasmCore(map, 'lanes.json'));
    await openFor('tp-7');
    expect(visible(panel()!.textContent)).toContain('Stage: Consideration · Lane: Pain points');
  });
});
