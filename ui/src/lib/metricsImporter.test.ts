// Import Metrics…'s controller: the preview asked again when the sheet or the date changes
// (only the last answer kept), Import allowed only when every row names one card, and the
// core's update applied as the map's change; a failure stays in the dialog.

import { describe, expect, it, vi } from 'vitest';
import type { Api } from './api';
import type { DocumentStore } from './document.svelte';
import { MetricsImportController } from './metricsImporter.svelte';
import type { MetricsPreview, Update } from './types';

function preview(over: Partial<MetricsPreview> = {}): MetricsPreview {
  return {
    sheets: [],
    sheet: null,
    cards: [{ id: 'tp-1', title: 'Checkout', stage: 'Purchase', values: [{ metric: 'NPS', value: -8, unit: null, was: -12 }] }],
    cardCount: 1,
    valueCount: 1,
    unmatched: [],
    unmatchedCount: 0,
    notes: [],
    noteCount: 0,
    ...over,
  };
}

function setup(answers: Partial<Api>) {
  const applied: (Update | null)[] = [];
  const doc = {
    ready: true,
    change: async <T,>(job: () => Promise<T>, updateOf: (r: T) => Update | null) => {
      const r = await job();
      applied.push(updateOf(r));
      return r;
    },
  } as unknown as DocumentStore;
  const api = { pickImportFile: vi.fn(async () => 'survey.csv'), ...answers } as unknown as Api;
  return { controller: new MetricsImportController(doc, api), applied };
}

describe('Import Metrics…', () => {
  it('previews the picked file with today as the date, and imports it as one change', async () => {
    const update = { patch: [], state: {}, focus: null, measures: null } as unknown as Update;
    const metricsPreview = vi.fn(async () => preview());
    const metricsFinish = vi.fn(async () => update);
    const { controller, applied } = setup({ metricsPreview, metricsFinish });
    await controller.start();
    expect(controller.open).toBe(true);
    expect(controller.fileName).toBe('survey.csv');
    expect(metricsPreview).toHaveBeenCalledWith(null, controller.date);
    expect(controller.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(controller.canImport).toBe(true);
    await controller.finish();
    expect(metricsFinish).toHaveBeenCalledWith(null, controller.date);
    expect(applied).toEqual([update]);
    expect(controller.open).toBe(false);
  });

  it('does not import while a row names no card or several', async () => {
    const unmatched = preview({ unmatched: [{ row: 3, touchpoint: 'Nope', cards: 0 }], unmatchedCount: 1 });
    const metricsFinish = vi.fn();
    const { controller } = setup({ metricsPreview: vi.fn(async () => unmatched), metricsFinish });
    await controller.start();
    expect(controller.canImport).toBe(false);
    await controller.finish();
    expect(metricsFinish).not.toHaveBeenCalled();
  });

  it('keeps only the last preview asked for, and a failed import stays in the dialog', async () => {
    let release: (p: MetricsPreview) => void = () => {};
    const slow = new Promise<MetricsPreview>((r) => (release = r));
    const metricsPreview = vi.fn().mockResolvedValueOnce(preview()).mockReturnValueOnce(slow).mockResolvedValueOnce(preview({ cardCount: 7 }));
    const metricsFinish = vi.fn(async () => {
      throw new Error('The file changed: pick it again.');
    });
    const { controller, applied } = setup({ metricsPreview, metricsFinish } as Partial<Api>);
    await controller.start();
    const older = controller.setDate('2026-11-01');
    await controller.setDate('2026-11-30');
    release(preview({ cardCount: 2 }));
    await older;
    expect(controller.preview?.cardCount).toBe(7);
    await controller.finish();
    expect(applied).toEqual([null]);
    expect(controller.open).toBe(true);
    expect(controller.error).toBe('The file changed: pick it again.');
  });
});
