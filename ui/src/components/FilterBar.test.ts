// @vitest-environment jsdom
// Filters and highlights in the whole UI: choosing a sentiment, channel or owner dims the
// cards that do not match (they stay in place), the row counts the matches, Clear brings
// everything back; stage headers flag empty and all-negative stages.

import { afterEach, describe, expect, it } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { sampleMap } from '../dev/sample';
import type { MapView } from '../lib/types';
import { $, $$, startApp, type Harness } from './appHarness';
import { visible } from '../lib/testutil';

let h: Harness;

async function start(edit: (map: MapView) => void = () => {}): Promise<Harness> {
  const map = sampleMap();
  edit(map);
  h = await startApp(new WasmCore(map, 'first-purchase.json'));
  return h;
}

afterEach(() => h?.stop());

const dimmed = () => $$('[data-touchpoint-id][data-dimmed]').map((c) => c.dataset.touchpointId);
const lit = () => $$('[data-touchpoint-id]:not([data-dimmed])').map((c) => c.dataset.touchpointId);

describe('FilterBar', () => {
  it('dims the cards of other sentiments and counts the matches; Clear lights them all', async () => {
    await start();
    const all = $$('[data-touchpoint-id]').length;
    expect(dimmed()).toEqual([]);
    expect($('[data-filter-count]')).toBeNull();
    $('[data-filter-sentiment="negative"]')!.click();
    await h.settle();
    const negatives = $$('[data-touchpoint-id][data-sentiment="negative"]').map((c) => c.dataset.touchpointId);
    expect(lit().sort()).toEqual(negatives.sort());
    expect($$('[data-touchpoint-id]').length).toBe(all);
    expect(visible($('[data-filter-count]')!.textContent)).toContain(`${negatives.length} of ${all}`);
    $('[data-action="clear-filters"]')!.click();
    await h.settle();
    expect(dimmed()).toEqual([]);
  });

  it('filters by channel and by owner team from the values the map uses', async () => {
    await start((map) => {
      map.touchpoints[0].channel = 'email';
      map.touchpoints[0].owner = 'CRM team';
      map.touchpoints[1].channel = 'email';
      map.touchpoints[2].owner = 'CRM team';
    });
    const channel = $<HTMLSelectElement>('[data-filter-channel]')!;
    expect([...channel.options].map((o) => o.value)).toContain('email');
    channel.value = 'email';
    channel.dispatchEvent(new Event('change', { bubbles: true }));
    await h.settle();
    const ids = sampleMap().touchpoints.map((t) => t.id);
    expect(lit().sort()).toEqual([ids[0], ids[1]].sort());
    const owner = $<HTMLSelectElement>('[data-filter-owner]')!;
    owner.value = 'CRM team';
    owner.dispatchEvent(new Event('change', { bubbles: true }));
    await h.settle();
    expect(lit()).toEqual([ids[0]]);
  });

  it('flags a stage with no touchpoints and a stage where every one is negative', async () => {
    await start((map) => {
      const [first, second] = map.stages;
      map.touchpoints = map.touchpoints.filter((t) => t.stage !== first.id);
      for (const t of map.touchpoints) if (t.stage === second.id) t.sentiment = 'negative';
    });
    const map = sampleMap();
    expect($(`[data-stage-id="${map.stages[0].id}"] [data-stage-flag]`)?.dataset.stageFlag).toBe('empty');
    expect($(`[data-stage-id="${map.stages[1].id}"] [data-stage-flag]`)?.dataset.stageFlag).toBe('allNegative');
    expect($(`[data-stage-id="${map.stages[2].id}"] [data-stage-flag]`)).toBeNull();
  });
});
