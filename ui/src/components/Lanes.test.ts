// @vitest-environment jsdom
// Lanes on the board, against the reference core through the real Tauri `invoke` (mocked
// IPC): the grid, lane management, adding in a cell, and moving cards across lanes.

import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { blankMap } from '../lib/testutil';
import type { Edit, MapView } from '../lib/types';
import { fakeBoardLayout, pointer } from './appHarness';
import { visible } from '../lib/testutil';
import { afterPaint } from '../lib/perf';

let core: WasmCore;
let edits: Edit[];
let app: Record<string, unknown> | null = null;
let target: HTMLElement;
let svelte: typeof import('svelte');
const flushSync = () => svelte.flushSync();

/** Stages s1..s3, lanes l1..l3; s1 holds a1 (l1), a2 (l2), a3 (l1); s2 holds b1 (l2). */
function laneMap(): MapView {
  return {
    ...blankMap('Gym'),
    stages: [
      { id: 's1', name: 'Need' },
      { id: 's2', name: 'Search' },
      { id: 's3', name: 'Decision' },
    ],
    lanes: [
      { id: 'l1', name: 'Customer actions' },
      { id: 'l2', name: 'Touchpoints' },
      { id: 'l3', name: 'Pain points' },
    ],
    touchpoints: [
      { id: 'a1', stage: 's1', lane: 'l1', title: 'Notices summer', sentiment: 'neutral' },
      { id: 'a2', stage: 's1', lane: 'l2', title: 'Instagram ad', sentiment: 'positive' },
      { id: 'a3', stage: 's1', lane: 'l1', title: 'Asks a friend', sentiment: 'positive' },
      { id: 'b1', stage: 's2', lane: 'l2', title: 'Price list PDF', sentiment: 'negative' },
    ],
  };
}

function flatMap(): MapView {
  const map = laneMap();
  delete map.lanes;
  for (const tp of map.touchpoints) delete tp.lane;
  return map;
}

async function start(map: MapView) {
  core = new WasmCore(map, 'gym.journey.json');
  edits = [];
  mockIPC((cmd, args) => {
    switch (cmd) {
      case 'load_document':
        return core.document();
      case 'apply_edit': {
        const edit = (args as { edit: Edit }).edit;
        edits.push(edit);
        return core.apply(edit);
      }
      case 'undo':
        return core.undo();
      case 'redo':
        return core.redo();
      default:
        throw `unknown command ${cmd}`;
    }
  });
  vi.resetModules();
  svelte = await import('svelte');
  const { default: App } = await import('./App.svelte');
  target = document.createElement('div');
  document.body.appendChild(target);
  app = svelte.mount(App, { target });
  await settle();
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
  }
}

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel);
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
const card = (id: string) => $(`[data-touchpoint-id="${id}"]`)!;
const click = (sel: string) => $<HTMLButtonElement>(sel)!.click();

/** "stage/lane" -> the card ids in that cell, read from the DOM. */
function domCells(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of $$('[data-stage-id]')) {
    for (const c of s.querySelectorAll<HTMLElement>('[data-cell]')) {
      out[`${s.dataset.stageId}/${c.dataset.laneId}`] = [...c.querySelectorAll<HTMLElement>('[data-touchpoint-id]')].map(
        (x) => x.dataset.touchpointId!,
      );
    }
  }
  return out;
}

const laneNames = () => $$('[data-lane-header] [data-lane-name]').map((n) => n.textContent);

function key(el: Element, k: string, mods: Partial<KeyboardEventInit> = {}): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...mods }));
}

function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  key(field, 'Enter');
}

beforeEach(fakeBoardLayout);

afterEach(() => {
  if (app) svelte.unmount(app);
  app = null;
  target?.remove();
  clearMocks();
  vi.restoreAllMocks();
});

describe('the board with lanes', () => {
  it('is a grid: lane headers down the left, a cell per lane and stage with its cards in order', async () => {
    await start(laneMap());
    expect($('[data-lanes]')).not.toBeNull();
    expect(laneNames()).toEqual(['Customer actions', 'Touchpoints', 'Pain points']);
    expect($$('[data-stage-id]').map((s) => s.dataset.stageId)).toEqual(['s1', 's2', 's3']);
    expect(domCells()).toEqual({
      's1/l1': ['a1', 'a3'],
      's1/l2': ['a2'],
      's1/l3': [],
      's2/l1': [],
      's2/l2': ['b1'],
      's2/l3': [],
      's3/l1': [],
      's3/l2': [],
      's3/l3': [],
    });
    // Stage headers count every lane; lane headers count every stage.
    expect(visible($('[data-stage-id="s1"] [data-stage-header]')!.getAttribute('aria-label'))).toContain('3 touchpoints');
    expect(visible($('[data-lane-header][data-lane-id="l2"]')!.getAttribute('aria-label'))).toBe('Lane Touchpoints, 2 touchpoints');
    expect(visible(card('a2').getAttribute('aria-label'))).toContain('Need, lane Touchpoints');
  });

  it('looks as before on a map without lanes, and offers to add lanes', async () => {
    await start(flatMap());
    expect($('[data-lanes]')).toBeNull();
    expect($$('[data-cell]')).toEqual([]);
    expect($$('[data-stage-id="s1"] [data-touchpoint-id]').map((c) => c.dataset.touchpointId)).toEqual(['a1', 'a2', 'a3']);
    click('[data-action="add-lanes"]');
    await settle();
    expect(edits).toEqual([{ type: 'AddLane', index: 0, name: 'Touchpoints' }]);
    expect(laneNames()).toEqual(['Touchpoints']);
    const lane = $('[data-lane-header]')!.dataset.laneId!;
    expect(domCells()[`s1/${lane}`]).toEqual(['a1', 'a2', 'a3']);
    expect(domCells()[`s2/${lane}`]).toEqual(['b1']);
  });
});

describe('lane management', () => {
  it('adds a suggested lane, leaving out the lanes the map has', async () => {
    await start(laneMap());
    click('[data-action="add-lane"]');
    await settle();
    const offered = $$('[data-lane-suggestion]').map((b) => b.textContent?.trim());
    expect(offered).toEqual(['Thoughts and feelings', 'Opportunities']);
    click('[data-lane-suggestion="Opportunities"]');
    await settle();
    expect(edits).toEqual([{ type: 'AddLane', index: 3, name: 'Opportunities' }]);
    expect(laneNames()).toEqual(['Customer actions', 'Touchpoints', 'Pain points', 'Opportunities']);
    expect($('[data-lane-menu]')).toBeNull();
  });

  it('adds a blank lane and names it at once', async () => {
    await start(laneMap());
    click('[data-action="add-lane"]');
    await settle();
    click('[data-action="add-blank-lane"]');
    await settle();
    expect(edits[0]).toEqual({ type: 'AddLane', index: 3, name: 'New lane' });
    const field = $<HTMLInputElement>('[data-lane-header] input')!;
    expect(field.value).toBe('New lane');
    type(field, 'Channels');
    await settle();
    const id = edits[0] && $$('[data-lane-header]')[3].dataset.laneId;
    expect(edits[1]).toEqual({ type: 'RenameLane', id, name: 'Channels' });
    expect(laneNames()[3]).toBe('Channels');
  });

  it('renames a lane inline, from its button or with Enter on its header', async () => {
    await start(laneMap());
    click('[data-lane-id="l3"] [data-action="rename-lane"]');
    await settle();
    type($<HTMLInputElement>('[data-lane-id="l3"] input')!, 'Pains');
    await settle();
    key($('[data-lane-header][data-lane-id="l1"]')!, 'Enter');
    await settle();
    type($<HTMLInputElement>('[data-lane-id="l1"] input')!, 'Actions');
    await settle();
    expect(edits).toEqual([
      { type: 'RenameLane', id: 'l3', name: 'Pains' },
      { type: 'RenameLane', id: 'l1', name: 'Actions' },
    ]);
    expect(laneNames()).toEqual(['Actions', 'Touchpoints', 'Pains']);
  });

  it('reorders lanes with the buttons and with Alt+Up/Down, and undoes', async () => {
    await start(laneMap());
    expect($<HTMLButtonElement>('[data-lane-id="l1"] [data-action="move-lane-up"]')!.disabled).toBe(true);
    click('[data-lane-id="l1"] [data-action="move-lane-down"]');
    await settle();
    expect(laneNames()).toEqual(['Touchpoints', 'Customer actions', 'Pain points']);
    key($('[data-lane-header][data-lane-id="l3"]')!, 'ArrowUp', { altKey: true });
    await settle();
    expect(laneNames()).toEqual(['Touchpoints', 'Pain points', 'Customer actions']);
    expect(edits).toEqual([
      { type: 'MoveLane', id: 'l1', index: 1 },
      { type: 'MoveLane', id: 'l3', index: 1 },
    ]);
    // The cells follow their lanes.
    const cells = $$('[data-stage-id="s1"] [data-cell]').map((c) => c.dataset.laneId);
    expect(cells).toEqual(['l2', 'l3', 'l1']);
    key(document.body, 'z', { ctrlKey: true });
    await settle();
    expect(laneNames()).toEqual(['Touchpoints', 'Customer actions', 'Pain points']);
  });

  it('keys on a focused lane header act on the lane, not on the selected card', async () => {
    await start(laneMap());
    card('a2').focus();
    flushSync();
    const header = $('[data-lane-header][data-lane-id="l2"]')!;
    header.focus();
    key(header, '3');
    key(header, 'ArrowDown', { altKey: true });
    await settle();
    expect(edits).toEqual([{ type: 'MoveLane', id: 'l2', index: 2 }]);
    key(header, 'Delete');
    await settle();
    expect(visible($('[data-confirm-dialog]')!.textContent)).toContain('Delete the lane “Touchpoints”?');
    $<HTMLButtonElement>('[data-confirm-dialog] [data-action="cancel"]')!.click();
    await settle();
    expect(edits).toHaveLength(1);
    expect(card('a2')).not.toBeNull();
  });

  it('asks before deleting a lane with cards, saying where they go; undo brings it back', async () => {
    await start(laneMap());
    click('[data-lane-id="l1"] [data-action="delete-lane"]');
    await settle();
    const dialog = $('[data-confirm-dialog]')!;
    expect(visible(dialog.textContent)).toContain('Delete the lane “Customer actions”?');
    expect(visible(dialog.textContent)).toContain('Its 2 touchpoints will move to the lane “Touchpoints”.');
    dialog.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await settle();
    expect(edits).toEqual([{ type: 'DeleteLane', id: 'l1' }]);
    expect(laneNames()).toEqual(['Touchpoints', 'Pain points']);
    expect(domCells()['s1/l2']).toEqual(['a1', 'a2', 'a3']);
    key(document.body, 'z', { ctrlKey: true });
    await settle();
    expect(laneNames()).toEqual(['Customer actions', 'Touchpoints', 'Pain points']);
    expect(domCells()['s1/l1']).toEqual(['a1', 'a3']);
  });

  it('deletes an empty lane without asking; the last lane leaves a map without lanes', async () => {
    await start(laneMap());
    click('[data-lane-id="l3"] [data-action="delete-lane"]');
    await settle();
    expect($('[data-confirm-dialog]')).toBeNull();
    click('[data-lane-id="l2"] [data-action="delete-lane"]');
    await settle();
    $<HTMLButtonElement>('[data-confirm-dialog] [data-action="confirm"]')!.click();
    await settle();
    click('[data-lane-id="l1"] [data-action="delete-lane"]');
    await settle();
    expect(visible($('[data-confirm-dialog]')!.textContent)).toContain('It is the only lane');
    $<HTMLButtonElement>('[data-confirm-dialog] [data-action="confirm"]')!.click();
    await settle();
    expect(edits.map((e) => e.type)).toEqual(['DeleteLane', 'DeleteLane', 'DeleteLane']);
    expect($('[data-lanes]')).toBeNull();
    expect($$('[data-stage-id="s1"] [data-touchpoint-id]').map((c) => c.dataset.touchpointId)).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('cards in lanes', () => {
  it('adds a touchpoint to the cell it was asked in, at the end of the cell', async () => {
    await start(laneMap());
    // s1's card order is a1 a2 a3: the end of its lane-2 cell is right after a2.
    click('[data-stage-id="s1"] [data-lane-id="l2"] [data-action="add-touchpoint"]');
    await settle();
    expect(edits).toEqual([
      { type: 'AddTouchpoint', stage: 's1', index: 2, title: 'New touchpoint', sentiment: 'neutral', lane: 'l2' },
    ]);
    const added = $('[data-stage-id="s1"] [data-lane-id="l2"] textarea');
    expect(added).not.toBeNull();
    expect(domCells()['s1/l2']).toHaveLength(2);
    expect(domCells()['s1/l1']).toEqual(['a1', 'a3']);
  });

  it('Alt+Down at the bottom of a cell moves the card into the lane below', async () => {
    await start(laneMap());
    card('a3').focus();
    key(card('a3'), 'ArrowDown', { altKey: true });
    await settle();
    expect(edits).toEqual([{ type: 'MoveTouchpoint', id: 'a3', toStage: 's1', index: 1, lane: 'l2' }]);
    expect(domCells()['s1/l2']).toEqual(['a3', 'a2']);
    key(card('a3'), 'ArrowRight', { altKey: true });
    await settle();
    expect(domCells()['s2/l2']).toEqual(['a3', 'b1']);
    // The announcement comes once the move is painted.
    await new Promise<void>((r) => afterPaint(r));
    flushSync();
    expect(visible($('[data-announcer]')!.textContent)).toMatch(/moved to Search, lane Touchpoints, position 1 of 2/);
  });


  it('drags a card to another lane and stage, with the drop gap in that cell', async () => {
    await start(laneMap());
    const c = card('a1'); // s1, lane 1: x 28..298, y 160..230
    pointer(c, 'pointerdown', 100, 180);
    // Over s3 (x 620..908), lane 3 (y 650..890): an empty cell.
    pointer(c, 'pointermove', 700, 700);
    flushSync();
    expect($('[data-stage-id="s3"] [data-lane-id="l3"] [data-drop-indicator]')).not.toBeNull();
    expect($$('[data-drop-indicator]')).toHaveLength(1);
    pointer(c, 'pointerup', 700, 700);
    await settle();
    expect(edits).toEqual([{ type: 'MoveTouchpoint', id: 'a1', toStage: 's3', index: 0, lane: 'l3' }]);
    expect(domCells()['s3/l3']).toEqual(['a1']);
    expect(domCells()['s1/l1']).toEqual(['a3']);
  });

  it('drags a card into another lane of its own stage, between the cards there', async () => {
    await start(laneMap());
    // Lane 2 of s1 gets a second card first: s1 is then a1 a2 a3 x, lane 2 holding a2 and x.
    click('[data-stage-id="s1"] [data-lane-id="l2"] [data-action="add-touchpoint"]');
    await settle();
    key(document.activeElement!, 'Escape');
    await settle();
    const added = domCells()['s1/l2'][1];
    edits.length = 0;
    const c = card('a3'); // s1, lane 1, second: y 240..310
    pointer(c, 'pointerdown', 100, 260);
    // s1 lane 2 spans y 400..640; its cards' middles are 445 and 525: drop between them.
    pointer(c, 'pointermove', 100, 480);
    pointer(c, 'pointerup', 100, 480);
    await settle();
    expect(edits).toEqual([{ type: 'MoveTouchpoint', id: 'a3', toStage: 's1', index: 2, lane: 'l2' }]);
    expect(domCells()['s1/l2']).toEqual(['a2', 'a3', added]);
  });
});
