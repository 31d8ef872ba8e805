// @vitest-environment jsdom
// A touchpoint's measures in its details panel, in the whole UI, against the reference
// core: metrics added, edited and removed, the core's refusal of a value outside the scale
// said next to the field, ratings on the map's criteria set and cleared, customer quotes
// added, edited and removed; each change one edit and one undo step. And the map details'
// criteria, added from the presets or by name and removed.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WasmCore } from '../dev/wasmCore';
import { sampleMap } from '../dev/sample';
import type { MapView, Touchpoint } from '../lib/types';
import { $, $$, choose, key, startApp, type, type Harness } from './appHarness';
import { visible } from '../lib/testutil';

let h: Harness;

async function start(edit: (map: MapView) => void = () => {}): Promise<Harness> {
  const map = sampleMap();
  map.version = '1.2';
  edit(map);
  h = await startApp(new WasmCore(map, 'first-purchase.json'));
  return h;
}

const card = (id: string) => $(`[data-touchpoint-id="${id}"]`)!;
const panel = () => $('[data-touchpoint-panel]')!;
const inPanel = <T extends Element = HTMLElement>(sel: string, root: ParentNode = panel()) => $<T>(sel, root)!;
const coreCard = (id: string): Touchpoint => h.core.map!.touchpoints.find((t) => t.id === id)!;
const undo = async () => {
  $<HTMLButtonElement>('[data-action="undo"]')!.click();
  await h.settle();
};
const metricRow = (name: string) => $(`[data-metric="${name}"]`, panel());

async function openFor(id: string): Promise<void> {
  card(id).click();
  await h.settle();
  card(id).querySelector<HTMLButtonElement>('[data-action="touchpoint-details"]')!.click();
  await h.settle();
}

async function addMetric(name: string, value: string): Promise<void> {
  type(inPanel<HTMLInputElement>('[data-field="new-metric-name"]'), name);
  const field = inPanel<HTMLInputElement>('[data-field="new-metric-value"]');
  type(field, value);
  key(field, 'Enter');
  await h.settle();
}

beforeEach(() => sessionStorage.clear());
afterEach(() => h?.stop());

describe('metrics', () => {
  it('adds a metric with a decimal comma, shows it on or off target with a sign, and an undo takes it off', async () => {
    await start((map) => {
      map.metricDefinitions = [{ name: 'NPS', preset: 'nps', min: -100, max: 100, target: 30 }];
    });
    await openFor('tp-7');
    expect(visible(panel().textContent)).toContain('No metrics yet');
    await addMetric('NPS', '32,5');
    expect(h.edits).toEqual([{ type: 'SetMetric', id: 'tp-7', metric: { name: 'NPS', value: 32.5 } }]);
    expect(coreCard('tp-7').metrics).toEqual([{ name: 'NPS', value: 32.5 }]);
    const row = metricRow('NPS')!;
    expect(inPanel<HTMLInputElement>('[data-field="metric-value"]', row).value).toBe('32.5');
    const status = inPanel('[data-on-target]', row);
    expect(status.dataset.onTarget).toBe('true');
    expect(status.textContent).toContain('✓');
    expect(visible(status.textContent)).toContain('Target 30 met');
    // The add row is empty again.
    expect(inPanel<HTMLInputElement>('[data-field="new-metric-name"]').value).toBe('');

    // A new value, typed in place: off target now, with the other sign.
    const value = inPanel<HTMLInputElement>('[data-field="metric-value"]', row);
    type(value, '12');
    key(value, 'Enter');
    await h.settle();
    expect(coreCard('tp-7').metrics).toEqual([{ name: 'NPS', value: 12 }]);
    expect(inPanel('[data-on-target]', metricRow('NPS')!).textContent).toContain('✗');
    expect(inPanel('[data-on-target]', metricRow('NPS')!).dataset.onTarget).toBe('false');

    await undo();
    expect(coreCard('tp-7').metrics).toEqual([{ name: 'NPS', value: 32.5 }]);
    await undo();
    expect(coreCard('tp-7').metrics ?? []).toEqual([]);
    expect(metricRow('NPS')).toBeNull();
    expect(h.edits).toHaveLength(2);
  });

  it('shows the core’s refusal of an NPS of 140 next to the field, and changes nothing', async () => {
    await start();
    await openFor('tp-7');
    await addMetric('NPS', '140');
    expect(h.edits).toEqual([{ type: 'SetMetric', id: 'tp-7', metric: { name: 'NPS', value: 140 } }]);
    expect(coreCard('tp-7').metrics ?? []).toEqual([]);
    const error = inPanel('[data-metric-error="new"]');
    expect(error.getAttribute('role')).toBe('alert');
    expect(visible(error.textContent)).toBe('140 is outside the scale of the metric "NPS".');
    expect(inPanel<HTMLInputElement>('[data-field="new-metric-value"]').getAttribute('aria-invalid')).toBe('true');
    // Not a toast: said once, where the value was typed.
    expect($$('[data-toast]')).toHaveLength(0);
    expect(h.core.state().canUndo).toBe(false);

    // Refused in place too; a value within the scale goes through and the error goes.
    await addMetric('NPS', '40');
    expect($('[data-metric-error="new"]', panel())).toBeNull();
    const value = inPanel<HTMLInputElement>('[data-field="metric-value"]', metricRow('NPS')!);
    type(value, '-101');
    key(value, 'Enter');
    await h.settle();
    expect(visible(inPanel('[data-metric-error]', metricRow('NPS')!).textContent)).toContain('-101 is outside the scale');
    expect(value.value).toBe('-101');
    // Leaving the field does not send the refused value again.
    const sent = h.edits.length;
    value.blur();
    await h.settle();
    expect(h.edits).toHaveLength(sent);
    expect(coreCard('tp-7').metrics).toEqual([{ name: 'NPS', value: 40 }]);
    // What is no number is said before anything is sent.
    const before = h.edits.length;
    type(value, 'a lot');
    key(value, 'Enter');
    await h.settle();
    expect(h.edits).toHaveLength(before);
    expect(visible(inPanel('[data-metric-error]', metricRow('NPS')!).textContent)).toContain('Enter a number');
  });

  it('removes a metric with its labelled button: one RemoveMetric, undone in one step', async () => {
    await start((map) => {
      map.touchpoints.find((t) => t.id === 'tp-7')!.metrics = [
        { name: 'Response time', value: 20, unit: 'min', target: 5 },
        { name: 'CSAT', value: 4.2 },
      ];
    });
    await openFor('tp-7');
    const time = metricRow('Response time')!;
    expect(visible(time.textContent)).toContain('min');
    // Lower is better for a response time: 20 minutes against 5 is off target.
    expect(inPanel('[data-on-target]', time).dataset.onTarget).toBe('false');
    const remove = inPanel<HTMLButtonElement>('[data-action="remove-metric"]', time);
    expect(visible(remove.getAttribute('aria-label')!)).toBe('Remove Response time');
    remove.click();
    await h.settle();
    expect(h.edits).toEqual([{ type: 'RemoveMetric', id: 'tp-7', name: 'Response time' }]);
    expect(coreCard('tp-7').metrics!.map((m) => m.name)).toEqual(['CSAT']);
    await undo();
    expect(coreCard('tp-7').metrics!.map((m) => m.name)).toEqual(['Response time', 'CSAT']);
    expect(metricRow('Response time')).not.toBeNull();
  });
});

describe('ratings', () => {
  it('rates a card on each of the map’s criteria, clears a rating, and undoes each step', async () => {
    await start((map) => {
      map.criteria = [
        { id: 'design', name: 'Design and quality' },
        { id: 'speed', name: 'Speed of response' },
      ];
    });
    await openFor('tp-7');
    const rating = (criterion: string, value: string) =>
      inPanel<HTMLInputElement>(`[data-field="rating-${criterion}"] input[value="${value}"]`);
    expect(visible(inPanel('[data-field="rating-design"]').textContent)).toContain('Design and quality');
    expect(rating('design', '').checked).toBe(true);
    rating('design', '4').click();
    await h.settle();
    rating('speed', '2').click();
    await h.settle();
    expect(coreCard('tp-7').ratings).toEqual({ design: 4, speed: 2 });
    rating('design', '').click();
    await h.settle();
    expect(coreCard('tp-7').ratings).toEqual({ speed: 2 });
    expect(h.edits).toEqual([
      { type: 'SetRating', id: 'tp-7', criterion: 'design', rating: 4 },
      { type: 'SetRating', id: 'tp-7', criterion: 'speed', rating: 2 },
      { type: 'SetRating', id: 'tp-7', criterion: 'design', rating: null },
    ]);
    await undo();
    expect(coreCard('tp-7').ratings).toEqual({ design: 4, speed: 2 });
    expect(rating('design', '4').checked).toBe(true);
    await undo();
    expect(coreCard('tp-7').ratings).toEqual({ design: 4 });
  });

  it('says where criteria come from when the map has none', async () => {
    await start();
    await openFor('tp-7');
    expect(visible(inPanel('[data-ratings-hint]').textContent)).toContain('Add them in Map details');
  });
});

describe('customer feedback', () => {
  it('adds, edits and removes quotes: one edit each, each undone on its own', async () => {
    await start();
    await openFor('tp-7');
    const add = inPanel<HTMLTextAreaElement>('[data-list="feedback"] [data-add-item] textarea');
    type(add, 'Nobody answered for twenty minutes');
    key(add, 'Enter');
    await h.settle();
    expect(coreCard('tp-7').feedback).toEqual([{ quote: 'Nobody answered for twenty minutes' }]);
    const item = () => inPanel('[data-list="feedback"] [data-item="0"]');
    const source = inPanel<HTMLInputElement>('[data-field="feedback-source"]', item());
    type(source, 'Interview, Anna');
    key(source, 'Enter');
    await h.settle();
    const date = inPanel<HTMLInputElement>('[data-field="feedback-date"]', item());
    date.value = '2026-03-12';
    date.dispatchEvent(new Event('change', { bubbles: true }));
    await h.settle();
    expect(coreCard('tp-7').feedback).toEqual([
      { quote: 'Nobody answered for twenty minutes', source: 'Interview, Anna', date: '2026-03-12' },
    ]);
    inPanel<HTMLButtonElement>('[data-action="remove-feedback"]', item()).click();
    await h.settle();
    expect(coreCard('tp-7').feedback ?? []).toEqual([]);
    expect(h.edits.map((e) => e.type)).toEqual(['AddFeedback', 'EditFeedback', 'EditFeedback', 'RemoveFeedback']);
    expect(h.edits[0]).toEqual({
      type: 'AddFeedback',
      id: 'tp-7',
      index: 0,
      feedback: { quote: 'Nobody answered for twenty minutes' },
    });
    await undo();
    expect(coreCard('tp-7').feedback).toHaveLength(1);
    expect(inPanel<HTMLTextAreaElement>('[data-field="feedback-quote"]', item()).value).toBe('Nobody answered for twenty minutes');
    await undo();
    await undo();
    expect(coreCard('tp-7').feedback).toEqual([{ quote: 'Nobody answered for twenty minutes' }]);
    await undo();
    expect(coreCard('tp-7').feedback ?? []).toEqual([]);
  });
});

describe('the map’s criteria', () => {
  it('adds a preset criterion and a custom one, and removes one with the cards’ ratings in one step', async () => {
    await start((map) => {
      map.criteria = [{ id: 'design', name: 'Design and quality' }];
      map.touchpoints.find((t) => t.id === 'tp-7')!.ratings = { design: 3 };
    });
    $<HTMLButtonElement>('[data-action="map-details"]')!.click();
    await h.settle();
    const details = $('[data-map-details-panel]')!;
    const select = $<HTMLSelectElement>('[data-field="criterion-preset"]', details)!;
    // Presets the map has are not offered again.
    expect([...select.options].map((o) => o.value)).not.toContain('design');
    choose(select, 'content');
    await h.settle();
    $<HTMLButtonElement>('[data-action="add-criterion"]', details)!.click();
    await h.settle();
    const custom = $<HTMLTextAreaElement>('[data-field="new-criterion"]', details)!;
    type(custom, 'Tone of voice');
    key(custom, 'Enter');
    await h.settle();
    expect(h.core.map!.criteria).toEqual([
      { id: 'design', name: 'Design and quality' },
      { id: 'content', name: 'Content' },
      { id: 'custom-1', name: 'Tone of voice' },
    ]);
    $<HTMLButtonElement>('[data-criterion="design"] [data-action="remove-criterion"]', details)!.click();
    await h.settle();
    expect(h.core.map!.criteria!.map((c) => c.id)).toEqual(['content', 'custom-1']);
    expect(coreCard('tp-7').ratings ?? {}).toEqual({});
    await undo();
    expect(h.core.map!.criteria!.map((c) => c.id)).toEqual(['design', 'content', 'custom-1']);
    expect(coreCard('tp-7').ratings).toEqual({ design: 3 });
  });
});

describe('a metric’s target, date and source', () => {
  it('are set, cleared and undone one edit at a time, and the badge follows the card’s own target', async () => {
    await start((map) => {
      map.metricDefinitions = [{ name: 'NPS', preset: 'nps', min: -100, max: 100, target: 30 }];
      map.touchpoints.find((t) => t.id === 'tp-7')!.metrics = [{ name: 'NPS', value: 12, 'x-survey-id': 'Q4' } as never];
    });
    await openFor('tp-7');
    const row = () => metricRow('NPS')!;
    const field = (name: string) => inPanel<HTMLInputElement>(`[data-field="${name}"]`, row());
    const nps = () => coreCard('tp-7').metrics!.find((m) => m.name === 'NPS')!;
    expect($('[data-metric-badge]', card('tp-7'))!.dataset.onTarget).toBe('false');

    type(field('metric-target'), '10');
    field('metric-target').dispatchEvent(new FocusEvent('blur'));
    await h.settle();
    expect(nps().target).toBe(10);
    expect($('[data-metric-badge]', card('tp-7'))!.dataset.onTarget).toBe('true');

    type(field('metric-date'), '2026-11-30');
    field('metric-date').dispatchEvent(new Event('change', { bubbles: true }));
    await h.settle();
    type(field('metric-source'), 'Survey');
    field('metric-source').dispatchEvent(new FocusEvent('blur'));
    await h.settle();
    expect(nps()).toMatchObject({ value: 12, target: 10, date: '2026-11-30', source: 'Survey', 'x-survey-id': 'Q4' });

    type(field('metric-target'), 'ten');
    field('metric-target').dispatchEvent(new FocusEvent('blur'));
    await h.settle();
    expect(visible($('[data-metric-error]', row())!.textContent)).toContain('Enter a number');
    expect(nps().target).toBe(10);

    type(field('metric-target'), '');
    field('metric-target').dispatchEvent(new FocusEvent('blur'));
    await h.settle();
    expect(nps().target).toBeUndefined();
    await undo();
    expect(nps().target).toBe(10);
    await undo();
    expect(nps().source).toBeUndefined();
    expect(nps().date).toBe('2026-11-30');
  });
});

describe('the board', () => {
  const badge = (id: string) => $(`[data-metric-badge]`, card(id));
  const pick = () => $<HTMLSelectElement>('[data-measure-pick]')!;
  const stageMeasures = () => $$('[data-stage-measure]').map((el) => visible(el.textContent));

  function measured(map: MapView): void {
    map.metricDefinitions = [{ name: 'NPS', preset: 'nps', min: -100, max: 100, target: 30 }, { name: 'CSAT' }];
    map.touchpoints.find((t) => t.id === 'tp-7')!.metrics = [
      { name: 'CSAT', value: 4 },
      { name: 'NPS', value: 12 },
    ];
    map.touchpoints.find((t) => t.id === 'tp-1')!.metrics = [{ name: 'nps', value: 64 }, { name: 'CSAT', value: 4.5 }];
    map.criteria = [
      { id: 'design', name: 'Design and quality' },
      { id: 'content', name: 'Content' },
    ];
    map.touchpoints.find((t) => t.id === 'tp-7')!.ratings = { design: 3 };
    map.touchpoints.find((t) => t.id === 'tp-1')!.ratings = { design: 5 };
  }

  it('shows the map’s first metric as a badge: value, and on or off target by a sign', async () => {
    await start(measured);
    expect(badge('tp-7')!.dataset.metricBadge).toBe('NPS');
    expect(badge('tp-7')!.dataset.onTarget).toBe('false');
    expect(badge('tp-7')!.textContent).toContain('✗');
    expect(visible($('.visually-hidden', badge('tp-7')!)!.textContent)).toBe('NPS: 12, target 30 missed');
    expect(badge('tp-1')!.dataset.onTarget).toBe('true');
    expect(badge('tp-2')).toBeNull();

    await openFor('tp-7');
    const value = inPanel<HTMLInputElement>('[data-field="metric-value"]', metricRow('NPS')!);
    type(value, '45');
    key(value, 'Enter');
    await h.settle();
    expect(badge('tp-7')!.dataset.onTarget).toBe('true');
    expect(badge('tp-7')!.textContent).toContain('✓');
    expect(badge('tp-7')!.textContent).toContain('45');
  });

  it('shows another metric or a criterion when picked, and its stage aggregates under the headers', async () => {
    await start(measured);
    const names = [...pick().options].map((o) => visible(o.textContent));
    expect(names).toEqual(['No measure', 'NPS', 'CSAT', 'Criterion: Design and quality', 'Criterion: Content']);
    // The core's aggregates: the mean NPS of each stage's measured cards.
    const stages = h.core.map!.stages.map((s) => s.id);
    const npsStage = stages.indexOf(coreCard('tp-7').stage);
    expect(stageMeasures()[npsStage]).toMatch(/^NPS, mean: /);
    expect(stageMeasures().filter((t) => t === 'NPS: not measured').length).toBeGreaterThan(0);

    // The emotion curve can follow the measure: a point for each measured stage.
    $<HTMLButtonElement>('[data-action="curve-by-measure"]')!.click();
    await h.settle();
    expect($('[data-emotion-curve]')!.dataset.curveMeasure).toBe('NPS');
    expect($$('[data-curve-point]')).toHaveLength(new Set([coreCard('tp-7').stage, coreCard('tp-1').stage]).size);
    $<HTMLButtonElement>('[data-action="curve-by-measure"]')!.click();
    await h.settle();
    expect($('[data-emotion-curve]')!.dataset.curveMeasure).toBeUndefined();

    choose(pick(), 'metric:CSAT');
    await h.settle();
    expect(badge('tp-1')!.dataset.metricBadge).toBe('CSAT');
    expect(badge('tp-1')!.textContent).toContain('4.5');
    // No target: the value alone, no sign and no colour.
    expect(badge('tp-1')!.dataset.onTarget).toBeUndefined();
    expect(badge('tp-1')!.textContent).not.toMatch(/[✓✗]/);

    choose(pick(), 'criterion:design');
    await h.settle();
    expect(badge('tp-7')!.textContent).toContain('3/5');
    expect(stageMeasures().some((t) => /^Design and quality: 3 of 5$/.test(t))).toBe(true);

    choose(pick(), 'none');
    await h.settle();
    expect($$('[data-metric-badge]')).toHaveLength(0);
    expect($$('[data-stage-measure]')).toHaveLength(0);
    expect($('[data-action="heat-view"]')!.hasAttribute('disabled')).toBe(true);
  });

  it('colours the cards by the measure in the heat view, with a legend, and filters off target and not measured', async () => {
    await start(measured);
    const heatButton = $<HTMLButtonElement>('[data-action="heat-view"]')!;
    heatButton.click();
    await h.settle();
    expect(heatButton.getAttribute('aria-pressed')).toBe('true');
    // NPS on -100…100: 12 is in the middle step, 64 in the best but one; unmeasured cards have none.
    expect(card('tp-7').dataset.heat).toBe('2');
    expect(card('tp-1').dataset.heat).toBe('4');
    expect(card('tp-2').dataset.heat).toBe('none');
    const legend = visible($('[data-heat-legend]')!.textContent);
    expect(legend).toContain('worse');
    expect(legend).toContain('\u2212100…\u221260');
    expect(legend).toContain('not measured');

    $<HTMLButtonElement>('[data-filter-measure="offTarget"]')!.click();
    await h.settle();
    expect(card('tp-7').dataset.dimmed).toBeUndefined();
    expect(card('tp-1').dataset.dimmed).toBe('true');
    expect(card('tp-2').dataset.dimmed).toBe('true');
    $<HTMLButtonElement>('[data-filter-measure="notMeasured"]')!.click();
    await h.settle();
    expect(card('tp-2').dataset.dimmed).toBeUndefined();
    expect(card('tp-7').dataset.dimmed).toBe('true');
    expect(visible($('[data-filter-count]')!.textContent)).toBe(`Matching: ${h.core.map!.touchpoints.length - 2} of ${h.core.map!.touchpoints.length}`);

    heatButton.click();
    await h.settle();
    expect(card('tp-7').dataset.heat).toBeUndefined();
  });
});

describe('languages', () => {
  it('speaks Russian and Polish, numbers with a decimal comma', async () => {
    await start((map) => {
      map.touchpoints.find((t) => t.id === 'tp-7')!.metrics = [{ name: 'CSAT', value: 4.5, target: 4 }];
    });
    await openFor('tp-7');
    h.setLocale('ru');
    await h.settle();
    expect(visible(panel().textContent)).toContain('Метрики');
    expect(visible(panel().textContent)).toContain('Отзывы клиентов');
    expect(inPanel<HTMLInputElement>('[data-field="metric-value"]').value).toBe('4,5');
    h.setLocale('pl');
    await h.settle();
    expect(visible(panel().textContent)).toContain('Wskaźniki');
    expect(visible(panel().textContent)).toContain('Cel 4 osiągnięty');
  });
});
