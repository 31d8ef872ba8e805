// @vitest-environment jsdom
// The touchpoint library panel in the whole UI, against the reference core: it opens from
// the toolbar and with L, lists the library's sections with the ones that suit the target
// stage first, filters them by a search, and adds a touchpoint as ONE AddTouchpoint (with
// its channel) by a click, to the selected card's stage and lane, or by a drag, into the
// cell it is dropped on.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { blankMap } from '../lib/testutil';
import type { MapView } from '../lib/types';
import { $, $$, fakeBoardLayout, key, pointer, startApp, type, type Harness } from './appHarness';
import { visible } from '../lib/testutil';

let h: Harness;

/** A map from the before/during/after template: its stage ids say which sections suit them. */
function templateMap(lanes = false): MapView {
  const map: MapView = {
    ...blankMap('Bike shop'),
    stages: [
      { id: 'stage-before', name: 'Before the purchase' },
      { id: 'stage-during', name: 'During the purchase' },
      { id: 'stage-after', name: 'After the purchase' },
    ],
    touchpoints: [
      { id: 'b1', stage: 'stage-before', title: 'Instagram ad', sentiment: 'positive', lane: lanes ? 'l1' : undefined },
      { id: 'd1', stage: 'stage-during', title: 'Checkout', sentiment: 'neutral', lane: lanes ? 'l1' : undefined },
      { id: 'd2', stage: 'stage-during', title: 'Card declined', sentiment: 'negative', lane: lanes ? 'l2' : undefined },
      { id: 'd3', stage: 'stage-during', title: 'Receipt', sentiment: 'positive', lane: lanes ? 'l1' : undefined },
    ],
  };
  if (lanes) {
    map.lanes = [
      { id: 'l1', name: 'Touchpoints' },
      { id: 'l2', name: 'Pain points' },
    ];
  } else {
    for (const tp of map.touchpoints) delete tp.lane;
  }
  return map;
}

async function start(map = templateMap()): Promise<Harness> {
  h = await startApp(new WasmCore(map, 'bike-shop.json'));
  return h;
}

const panel = () => $('[data-library-panel]');
const sections = () => $$('[data-library-section]').map((s) => s.dataset.librarySection);
const suggested = () => $$('[data-library-section][data-suits]').map((s) => s.dataset.librarySection);
const items = (kind?: string) =>
  $$(kind ? `[data-library-section="${kind}"] [data-library-item]` : '[data-library-item]').map((i) => i.dataset.libraryItem);
const item = (title: string) => $<HTMLButtonElement>(`[data-library-item="${title}"]`)!;
const search = () => $<HTMLInputElement>('[data-library-search]')!;
const cards = (stage: string) => $$(`[data-stage-id="${stage}"] [data-touchpoint-id]`).map((c) => c.dataset.touchpointId);
const titles = (stage: string) => $$(`[data-stage-id="${stage}"] [data-touchpoint-id] .title`).map((c) => c.textContent);

async function open(): Promise<void> {
  $<HTMLButtonElement>('[data-action="library"]')!.click();
  await h.settle();
}

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  h?.stop();
  vi.restoreAllMocks();
});

describe('the panel', () => {
  it('opens from the toolbar, with the search focused, and lists every section of the library', async () => {
    await start();
    expect(panel()).toBeNull();
    await open();
    expect(panel()).not.toBeNull();
    expect($('[data-action="library"]')!.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(search());
    expect(visible(panel()!.textContent)).toContain('Touchpoint library');
    expect(sections()).toHaveLength(5);
    expect(items('awareness')).toContain('Online ad');
    // Each item says its channel.
    expect(item('Invoice').textContent).toContain('Billing');
    expect(item('Invoice').dataset.channel).toBe('billing');
    expect(h.edits).toEqual([]);
    // The toolbar button closes it again, and gets the focus back.
    $<HTMLButtonElement>('[data-action="library"]')!.click();
    await h.settle();
    expect(panel()).toBeNull();
    expect(document.activeElement).toBe($('[data-action="library"]'));
  });

  it('opens with L when no text field has the focus, not while typing', async () => {
    await start();
    key(document.body, 'l');
    await h.settle();
    expect(panel()).not.toBeNull();
    key(search(), 'Escape');
    await h.settle();
    expect(panel()).toBeNull();
    // L typed into a field is a letter.
    $<HTMLButtonElement>('[data-map-title]')!.click();
    await h.settle();
    const field = $<HTMLInputElement | HTMLTextAreaElement>('.toolbar input, .toolbar textarea')!;
    key(field, 'l');
    await h.settle();
    expect(panel()).toBeNull();
  });

  it('puts the sections that suit the target stage first: the selected card’s, else the first stage’s', async () => {
    await start();
    await open();
    // Nothing selected: the first stage, "before the purchase", suits awareness and consideration.
    expect(sections()).toEqual(['awareness', 'consideration', 'decision', 'purchase', 'loyalty']);
    expect(suggested()).toEqual(['awareness', 'consideration']);
    expect(visible($('[data-library-target]')!.textContent)).toContain('Before the purchase');
    expect($('[data-library-section="awareness"]')!.textContent).toContain('For this stage');
    // A card selected during the purchase: decision and purchase first.
    $('[data-touchpoint-id="d2"]')!.click();
    await h.settle();
    expect(sections()).toEqual(['decision', 'purchase', 'awareness', 'consideration', 'loyalty']);
    expect(suggested()).toEqual(['decision', 'purchase']);
    expect($('[data-library-target]')!.dataset.libraryTarget).toBe('stage-during');
  });

  it('suggests nothing for a stage that is not from a template, and still lists everything', async () => {
    const map = templateMap();
    map.stages[0].id = 'custom-1';
    for (const tp of map.touchpoints) if (tp.stage === 'stage-before') tp.stage = 'custom-1';
    await start(map);
    await open();
    expect(suggested()).toEqual([]);
    expect(sections()).toEqual(['awareness', 'consideration', 'decision', 'purchase', 'loyalty']);
  });

  it('filters the items by a search of their titles and channels; Escape clears it first', async () => {
    await start();
    await open();
    type(search(), 'newsletter');
    await h.settle();
    expect(items()).toEqual(['Newsletter with an offer', 'Newsletter']);
    expect(sections()).toEqual(['consideration', 'loyalty']);
    // By channel: "Phone".
    type(search(), 'phone');
    await h.settle();
    expect(items()).toEqual(['Call to the sales team', 'Call to support']);
    type(search(), 'nothing like this');
    await h.settle();
    expect(items()).toEqual([]);
    expect(visible($('[data-library-empty]')!.textContent)).toBe('No touchpoint matches “nothing like this”.');
    key(search(), 'Escape');
    await h.settle();
    expect(search().value).toBe('');
    expect(panel()).not.toBeNull();
    expect(items()).toHaveLength(26);
  });

  it('follows the UI’s language', async () => {
    await start();
    await open();
    expect($('[data-library-section="loyalty"] h3')!.textContent).toContain('Loyalty');
    h.setLocale('ru');
    await h.settle();
    expect($('[data-library-section="loyalty"] h3')!.textContent).toContain('Лояльность');
    expect(item('Счёт').textContent).toContain('Счета и оплата');
    h.setLocale('en');
  });
});

describe('adding by click or keyboard', () => {
  it('adds one AddTouchpoint with its channel at the end of the first stage; the new card is selected', async () => {
    await start();
    await open();
    item('Billboard or print ad').click();
    await h.settle();
    expect(h.edits).toEqual([
      {
        type: 'AddTouchpoint',
        stage: 'stage-before',
        index: 1,
        title: 'Billboard or print ad',
        sentiment: 'neutral',
        channel: 'print-outdoor',
      },
    ]);
    expect(titles('stage-before')).toEqual(['Instagram ad', 'Billboard or print ad']);
    const added = cards('stage-before')[1]!;
    expect($(`[data-touchpoint-id="${added}"]`)!.dataset.selected).toBe('true');
    expect(h.core.map!.touchpoints.find((t) => t.id === added)!.channel).toBe('print-outdoor');
    // The focus stays in the panel, for the next one; which now goes to the new card's stage.
    expect(panel()!.contains(document.activeElement)).toBe(true);
    // One undo step takes it away.
    key(document.body, 'z', { ctrlKey: true });
    await h.settle();
    expect(titles('stage-before')).toEqual(['Instagram ad']);
  });

  it('adds to the selected card’s stage and lane, at the end of that cell', async () => {
    await start(templateMap(true));
    $('[data-touchpoint-id="d2"]')!.click();
    await h.settle();
    await open();
    item('Payment').click();
    await h.settle();
    // stage-during is d1 (l1) d2 (l2) d3 (l1): the end of its l2 cell is right after d2.
    expect(h.edits).toEqual([
      { type: 'AddTouchpoint', stage: 'stage-during', index: 2, title: 'Payment', sentiment: 'neutral', channel: 'billing', lane: 'l2' },
    ]);
    const cell = $$('[data-stage-id="stage-during"] [data-lane-id="l2"] [data-touchpoint-id]');
    expect(cell.map((c) => c.querySelector('.title')!.textContent)).toEqual(['Card declined', 'Payment']);
    expect(cell[1].dataset.selected).toBe('true');
  });

  it('names where each item goes for assistive technology', async () => {
    await start();
    await open();
    expect(visible(item('Promo code').getAttribute('aria-label'))).toBe('Add “Promo code” (Website) to Before the purchase');
  });

  it('cannot add to a map without stages, and says why', async () => {
    await start(blankMap('Empty'));
    await open();
    expect(panel()!.textContent).toContain('The map has no stages yet');
    expect(item('Invoice').disabled).toBe(true);
  });
});

describe('dragging onto the board', () => {
  beforeEach(fakeBoardLayout);

  it('shows the drop gap in the cell under the pointer and adds the card there, once', async () => {
    await start(templateMap(true));
    await open();
    const it = item('Delivery by courier');
    pointer(it, 'pointerdown', 1300, 300);
    // Over stage-during (x 320..608), lane 2 (y 400..640), below its one card (d2: 410..480).
    pointer(it, 'pointermove', 450, 560);
    h.flushSync();
    expect($('[data-drag-ghost]')!.textContent).toContain('Delivery by courier');
    expect($$('[data-drop-indicator]')).toHaveLength(1);
    expect($('[data-stage-id="stage-during"] [data-lane-id="l2"] [data-drop-indicator]')).not.toBeNull();
    pointer(it, 'pointerup', 450, 560);
    // The click that ends the press is not a second "add".
    it.click();
    await h.settle();
    expect(h.edits).toEqual([
      {
        type: 'AddTouchpoint',
        stage: 'stage-during',
        index: 2,
        title: 'Delivery by courier',
        sentiment: 'neutral',
        channel: 'partner',
        lane: 'l2',
      },
    ]);
    const cell = $$('[data-stage-id="stage-during"] [data-lane-id="l2"] [data-touchpoint-id]');
    expect(cell.map((c) => c.querySelector('.title')!.textContent)).toEqual(['Card declined', 'Delivery by courier']);
    expect(cell[1].dataset.selected).toBe('true');
    expect($('[data-drag-ghost]')).toBeNull();
    // A later click adds again, as clicks do.
    await new Promise((r) => setTimeout(r, 550));
    item('Delivery by courier').click();
    await h.settle();
    expect(h.edits).toHaveLength(2);
  });

  it('drops between cards of a map without lanes', async () => {
    await start();
    await open();
    const it = item('Loyalty programme');
    pointer(it, 'pointerdown', 1300, 300);
    // stage-during (x 320..608): cards at y 160, 240, 320 (middles 195, 275, 355): between d1 and d2.
    pointer(it, 'pointermove', 400, 250);
    pointer(it, 'pointerup', 400, 250);
    await h.settle();
    expect(h.edits).toEqual([
      { type: 'AddTouchpoint', stage: 'stage-during', index: 1, title: 'Loyalty programme', sentiment: 'neutral', channel: 'website' },
    ]);
    expect(titles('stage-during')).toEqual(['Checkout', 'Loyalty programme', 'Card declined', 'Receipt']);
  });

  it('adds nothing when the drag is cancelled with Escape', async () => {
    await start();
    await open();
    const it = item('Invoice');
    pointer(it, 'pointerdown', 1300, 300);
    pointer(it, 'pointermove', 400, 250);
    h.flushSync();
    expect($$('[data-drop-indicator]')).toHaveLength(1);
    key(it, 'Escape');
    h.flushSync();
    expect($$('[data-drop-indicator]')).toHaveLength(0);
    expect(panel()).not.toBeNull();
    pointer(it, 'pointerup', 400, 250);
    await h.settle();
    expect(h.edits).toEqual([]);
  });
});
