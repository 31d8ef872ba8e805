import { describe, expect, it } from 'vitest';
import { blankMap } from './testutil';
import type { MapView } from './types';
import { WORKSHOP_ZOOM, WorkshopController, type WorkshopStage } from './workshop.svelte';

const map: MapView = {
  ...blankMap('m'),
  stages: [
    { id: 'a', name: 'Awareness' },
    { id: 'b', name: 'Purchase' },
    { id: 'c', name: 'Loyalty' },
  ],
};

function fakeStage(inView: string | null = 'b') {
  const calls: string[] = [];
  let level = 0.8;
  const stage: WorkshopStage = {
    fullScreen: async (on) => void calls.push(`full screen ${on}`),
    place: () => ({ level, left: 120 }),
    restore: async (place) => {
      level = (place as { level: number }).level;
      calls.push(`restore ${JSON.stringify(place)}`);
    },
    zoomTo: async (l) => {
      level = l;
      calls.push(`zoom ${l}`);
    },
    showStage: (id) => void calls.push(`show ${id}`),
    stageInView: () => inView,
    addCard: (id) => void calls.push(`add ${id}`),
  };
  return { stage, calls, level: () => level };
}

describe('workshop mode', () => {
  it('starts at the stage in view, full screen and larger, and steps stage by stage to the ends', async () => {
    const { stage, calls } = fakeStage('b');
    const workshop = new WorkshopController(stage);
    await workshop.enter(map);
    expect(workshop.active).toBe(true);
    expect(workshop.stageId).toBe('b');
    expect(calls).toEqual(['full screen true', `zoom ${WORKSHOP_ZOOM}`, 'show b']);
    workshop.step(map, 1);
    expect(workshop.stageId).toBe('c');
    workshop.step(map, 1);
    expect(workshop.stageId).toBe('c');
    workshop.step(map, -1);
    workshop.step(map, -1);
    workshop.step(map, -1);
    expect(workshop.stageId).toBe('a');
    expect(calls.slice(3)).toEqual(['show c', 'show c', 'show b', 'show a', 'show a']);
  });

  it('adds a card to the stage in view, and leaves where the board was', async () => {
    const { stage, calls, level } = fakeStage(null);
    const workshop = new WorkshopController(stage);
    await workshop.enter(map);
    // No stage in view: the first.
    expect(workshop.stageId).toBe('a');
    workshop.step(map, 1);
    workshop.addCard(map);
    expect(calls).toContain('add b');
    expect(level()).toBe(WORKSHOP_ZOOM);
    await workshop.leave();
    expect(workshop.active).toBe(false);
    expect(calls.slice(-2)).toEqual(['full screen false', 'restore {"level":0.8,"left":120}']);
    expect(level()).toBe(0.8);
  });

  it('follows the stage when the map changes under it, and does not start on a map without stages', async () => {
    const { stage } = fakeStage('c');
    const workshop = new WorkshopController(stage);
    await workshop.enter({ ...map, stages: [] });
    expect(workshop.active).toBe(false);
    await workshop.enter(map);
    // The stage in view was deleted (an undo, a colleague's merge): the first is shown.
    const fewer = { ...map, stages: map.stages.slice(0, 2) };
    expect(workshop.indexOn(fewer)).toBe(0);
    workshop.step(fewer, 1);
    expect(workshop.stageId).toBe('b');
  });
});
