// The comparison's state: what the board marks for the core's comparison of the fixture
// pair (tests/fixtures/compare: lanes, stages and cards added, removed, moved, renamed,
// changed), where removed stages, lanes and cards go back, and stepping through the changes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import type { Api } from './api';
import { cellKey, ComparisonController, marksOf } from './comparison.svelte';
import { Notices } from './notices.svelte';
import { SelectionStore } from './selection.svelte';
import type { Comparison, MapView } from './types';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../tests/fixtures/compare', name), 'utf8');
const OLD = fixture('old.journey.json');
const NEW: MapView = JSON.parse(fixture('new.journey.json'));

function compared(newMap: MapView = NEW, old = OLD, lang = 'en'): { core: WasmCore; comparison: Comparison } {
  const core = new WasmCore(newMap, 'new.journey.json');
  return { core, comparison: core.compare(old, 'old.journey.json', lang) };
}

function controller(comparison: Comparison | null, again: () => Comparison | null = () => comparison) {
  const selection = new SelectionStore();
  const notices = new Notices();
  const api = {
    startComparison: vi.fn(async () => comparison),
    comparison: vi.fn(async () => again()),
    endComparison: vi.fn(async () => {}),
  } as unknown as Api;
  const c = new ComparisonController(api, { selection, notices });
  const revealed: unknown[] = [];
  c.reveal = (s) => revealed.push(s);
  return { c, api, selection, notices, revealed };
}

describe('the marks of a comparison', () => {
  const { comparison } = compared();
  const marks = marksOf(comparison.sections.flatMap((s) => s.changes));

  it('mark the new, moved and changed cards of this map', () => {
    const kinds = (k: string) => [...marks.cards].filter(([, m]) => m.kind === k).map(([id]) => id).sort();
    expect(kinds('added')).toEqual(['tp-chat', 'tp-newsletter', 'tp-referral']);
    expect(kinds('moved')).toEqual(['tp-pricing']);
    expect(kinds('changed')).toEqual(['tp-checkout', 'tp-reviews', 'tp-trial']);
    const pricing = marks.cards.get('tp-pricing')!;
    expect(pricing.from).toMatchObject({ stage: 'st-decide', stageName: 'Decision', lane: 'l-touch' });
    expect(pricing.changedCell).toBe(true);
    // Two changes of one card: its sentiment and its pain points, each with old and new value.
    const reviews = marks.cards.get('tp-reviews')!.changes.map((c) => c.detail);
    expect(reviews).toEqual([
      { field: 'Sentiment', from: 'Neutral', to: 'Negative' },
      { field: 'Pain points', from: 'nothing', to: '«Fake-looking reviews»' },
    ]);
  });

  it('put the removed cards back in their old cells, and the removed lane at its old row', () => {
    expect([...marks.ghosts.keys()].sort()).toEqual([cellKey('st-aware', 'l-touch'), cellKey('st-decide', 'l-back')]);
    expect(marks.ghosts.get(cellKey('st-aware', 'l-touch'))!.map((g) => [g.touchpoint.title, g.from.index])).toEqual([
      ['Blog post on brewing', 1],
    ]);
    expect(marks.removedLanes.map((r) => [r.lane.name, r.index])).toEqual([['Back office', 2]]);
    expect(marks.removedStages).toEqual([]);
  });

  it('mark the stages and lanes added or renamed, with their old names', () => {
    expect(marks.stages.get('st-loyal')).toMatchObject({ added: true, renamedFrom: null });
    expect(marks.stages.get('st-consider')).toMatchObject({ added: false, renamedFrom: 'Consideration' });
    expect(marks.lanes.get('l-support')).toMatchObject({ added: true });
    expect(marks.lanes.get('l-touch')).toMatchObject({ renamedFrom: 'Touchpoints' });
    expect(marks.stages.has('st-aware')).toBe(false);
  });

  it('are the same in every language, the sentences the core’s own', () => {
    const ru = compared(NEW, OLD, 'ru').comparison;
    expect(ru.count).toBe(comparison.count);
    expect(ru.sections.flatMap((s) => s.changes.map((c) => c.change))).toEqual(comparison.sections.flatMap((s) => s.changes.map((c) => c.change)));
    expect(ru.sections[0].changes[0].sentence).not.toEqual(comparison.sections[0].changes[0].sentence);
  });
});

describe('the comparison controller', () => {
  it('puts removed stages and lanes back at their old positions', async () => {
    const { core } = compared();
    // This map without its second stage and its first lane's cards moved away.
    const edited = structuredClone(NEW);
    edited.stages.splice(1, 1);
    edited.touchpoints = edited.touchpoints.filter((t) => t.stage !== 'st-consider');
    core.replace(edited, 'new.journey.json');
    const comparison = core.compare(OLD, 'old.journey.json');
    const { c } = controller(comparison);
    await c.start('file', edited);
    expect(c.columns(edited.stages).map((col) => [col.stage.id, col.removed])).toEqual([
      ['st-aware', false],
      ['st-consider', true],
      ['st-decide', false],
      ['st-buy', false],
      ['st-loyal', false],
    ]);
    expect(c.rows(edited.lanes!).map((r) => [r.lane.id, r.removed])).toEqual([
      ['l-actions', false],
      ['l-touch', false],
      ['l-back', true],
      ['l-support', false],
    ]);
    // The cards of the removed stage come back in it, each in its lane.
    expect(c.ghostsIn('st-consider', 'l-actions', ['l-actions', 'l-touch']).map((g) => g.touchpoint.id)).toEqual(['tp-compare']);
    expect(c.ghostsIn('st-consider', 'l-touch', ['l-actions', 'l-touch']).map((g) => g.touchpoint.id)).toEqual(['tp-reviews']);
    // Without lanes on the board, every removed card of a stage shows in it.
    expect(c.ghostsIn('st-consider', null, []).map((g) => g.touchpoint.id).sort()).toEqual(['tp-compare', 'tp-reviews']);
  });

  it('steps through the changes round the list, selecting the card of each', async () => {
    const { comparison } = compared();
    const { c, selection, revealed } = controller(comparison);
    await c.start('file', NEW);
    expect(c.active).toBe(true);
    expect(c.index).toBe(-1);
    c.step(1);
    expect(c.index).toBe(0);
    const all = c.changes;
    const firstCard = all.findIndex((x) => x.subject.kind === 'card' && x.change.kind !== 'touchpointRemoved');
    c.go(firstCard);
    expect(selection.selectedId).toBe((all[firstCard].subject as { id: string }).id);
    // A removed card cannot be selected: the selection is cleared, the ghost revealed.
    const removed = all.findIndex((x) => x.change.kind === 'touchpointRemoved');
    c.go(removed);
    expect(selection.selectedId).toBeNull();
    expect(revealed.at(-1)).toEqual(all[removed].subject);
    c.go(all.length - 1);
    c.step(1);
    expect(c.index).toBe(0);
    c.step(-1);
    expect(c.index).toBe(all.length - 1);
  });

  it('asks again when the map changes, keeps the step on the same change, and ends when there is nothing to compare', async () => {
    const { core, comparison } = compared();
    let answer: Comparison | null = comparison;
    const { c, api } = controller(comparison, () => answer);
    await c.start('file', NEW);
    const renamed = c.changes.findIndex((x) => x.change.kind === 'touchpointRenamed');
    c.go(renamed);
    // An edit: the new card is deleted, so one change fewer.
    core.apply({ type: 'DeleteTouchpoint', id: 'tp-chat' });
    answer = core.compare(OLD, 'old.journey.json');
    const edited = core.map;
    await c.refresh(edited);
    expect(c.count).toBe(comparison.count - 1);
    expect(c.marks.cards.has('tp-chat')).toBe(false);
    expect(c.currentChange?.change.kind).toBe('touchpointRenamed');
    // The same map again asks nothing.
    await c.refresh(edited);
    expect(api.comparison).toHaveBeenCalledTimes(1);
    // Another map in the window: the shell has no comparison for it any more.
    answer = null;
    await c.refresh(structuredClone(NEW));
    expect(c.active).toBe(false);
  });

  it('says why a copy cannot be read, with the loader’s message, and compares nothing', async () => {
    const core = new WasmCore(NEW, 'new.journey.json');
    let message = '';
    try {
      core.compare('{"format": "journey-map",', 'broken.journey.json');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('broken.journey.json');
    const notices = new Notices();
    const failing = new ComparisonController(
      { startComparison: async () => Promise.reject(new Error(message)) } as unknown as Api,
      { selection: new SelectionStore(), notices },
    );
    await failing.start('file', NEW);
    expect(failing.active).toBe(false);
    expect(notices.toasts.map((t) => t.message)).toContain(message);
  });

  it('has no changes for an identical copy', async () => {
    const { comparison } = compared(NEW, fixture('new.journey.json'));
    expect(comparison.count).toBe(0);
    const { c } = controller(comparison);
    await c.start('file', NEW);
    expect(c.active).toBe(true);
    expect(c.changes).toEqual([]);
    c.step(1);
    expect(c.index).toBe(-1);
  });
});
