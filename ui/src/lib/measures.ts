// What the UI needs of a map's measures (format 1.2). The rules are the core's: it sends
// the presets (`measurePresets`) and, with every change, each metric's resolved unit,
// target, direction, heat scale and stage aggregates (`Measures`). This module only picks
// from them, reads a card's value against them, and reads and writes numbers as people
// type them.

import { getLocale } from '../i18n';
import type { Better, BoardMeasure, MapView, Measures, Metric, MetricSummary, Presets, Touchpoint } from './types';

/** Names match whatever their case and surrounding spaces: the core's `same_metric_name`. */
export function sameMetricName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The core's summary of the metric called `name`, if the map uses it. */
export function summaryOf(measures: Measures | null, name: string): MetricSummary | undefined {
  return measures?.metrics.find((m) => sameMetricName(m.name, name));
}

/** The names a card's new metric can take: the map's metrics first, then the presets it lacks. */
export function metricChoices(measures: Measures | null, presets: Presets): { name: string; unit?: string }[] {
  const own = (measures?.metrics ?? []).map((m) => ({ name: m.name, unit: m.unit ?? undefined }));
  const ready = presets.metrics
    .map((p) => ({ name: p.name, unit: p.unit ?? undefined }))
    .filter((p) => !own.some((d) => sameMetricName(d.name, p.name)));
  return [...own, ...ready];
}

/** A metric's unit, target and direction: the card's own, else the map's as the core resolved it. */
export function ruleOf(measures: Measures | null, metric: Metric): { unit?: string; target?: number; better: Better } {
  const summary = summaryOf(measures, metric.name);
  return {
    unit: metric.unit ?? summary?.unit ?? undefined,
    target: metric.target ?? summary?.target ?? undefined,
    better: metric.better ?? summary?.better ?? 'higher',
  };
}

/** Whether a metric meets its target (a value equal to it does); null when it has none. */
export function onTarget(measures: Measures | null, metric: Metric): boolean | null {
  const { target, better } = ruleOf(measures, metric);
  if (target === undefined || metric.value === null) return null;
  return better === 'lower' ? metric.value <= target : metric.value >= target;
}

/** The unit a new metric of that name is given: none when the map defines it, else its preset's. */
export function unitForNew(map: MapView, measures: Measures | null, presets: Presets, name: string): string | undefined {
  if ((map.metricDefinitions ?? []).some((d) => sameMetricName(d.name, name))) return undefined;
  const used = summaryOf(measures, name);
  if (used) return used.unit ?? undefined;
  return presets.metrics.find((p) => sameMetricName(p.name, name))?.unit ?? undefined;
}

/**
 * A number as people type it: a decimal comma or point, spaces or apostrophes between
 * thousands, a typographic minus. Null when it is not a number.
 */
export function parseNumber(text: string): number | null {
  const clean = text
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^[\u2212\u2013]/, '-')
    .replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(clean)) return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : null;
}

/** A number as the UI's language writes it (a decimal comma in Russian and Polish), ungrouped. */
export function formatNumber(n: number | null | undefined, digits = 10): string {
  if (n === null || n === undefined) return '';
  return new Intl.NumberFormat(getLocale(), { useGrouping: false, maximumFractionDigits: digits }).format(n);
}

/** A stage's aggregate as the board writes it: one decimal below ten, whole above, with the unit. */
export function formatAggregate(value: number, unit?: string | null): string {
  return formatNumber(value, Math.abs(value) < 10 ? 1 : 0) + (unit ? `\u00a0${unit}` : '');
}

/** A criterion id for a new custom criterion: unique among the map's. */
export function freshCriterionId(map: MapView): string {
  const used = new Set((map.criteria ?? []).map((c) => c.id));
  let k = 1;
  while (used.has(`custom-${k}`)) k += 1;
  return `custom-${k}`;
}

// ------------------------------------------------------------------ the board's measure

/** What the board shows on its cards and under its stage headers: the core's `BoardMeasure` but none. */
export type MeasureChoice = Exclude<BoardMeasure, { kind: 'none' }>;

/** The board's measure, as the core summed it up. */
export interface ShownMeasure {
  choice: MeasureChoice;
  /** The metric's or the criterion's name. */
  name: string;
  unit?: string;
  /** The ends the heat view colours between; null when nothing is measured. */
  low: number | null;
  high: number | null;
  better: Better;
  /** Per stage, in the map's order: the mean (or for counts, the sum); null where unmeasured. */
  stages: (number | null)[];
  /** How the stages sum it up: a metric's mean or sum, or a criterion's mean rating of 5. */
  aggregate: 'mean' | 'sum' | 'rating';
}

/** The lowest and highest rating of a criterion. */
export const RATING_LOW = 1;
export const RATING_HIGH = 5;

/** Every measure the board can show: the map's metrics, then its criteria. */
export function measureChoices(measures: Measures | null): { choice: MeasureChoice; name: string }[] {
  return [
    ...(measures?.metrics ?? []).map((m) => ({ choice: { kind: 'metric', name: m.name } as MeasureChoice, name: m.name })),
    ...(measures?.criteria ?? []).map((c) => ({ choice: { kind: 'criterion', id: c.id } as MeasureChoice, name: c.name || c.id })),
  ];
}

/** The summary of `choice`; null when the map no longer has it. */
export function shownMeasure(measures: Measures | null, choice: MeasureChoice | null): ShownMeasure | null {
  if (!measures || !choice) return null;
  if (choice.kind === 'metric') {
    const m = summaryOf(measures, choice.name);
    if (!m) return null;
    return {
      choice: { kind: 'metric', name: m.name },
      name: m.name,
      unit: m.unit ?? undefined,
      low: m.low,
      high: m.high,
      better: m.better,
      stages: m.stages,
      aggregate: m.aggregate,
    };
  }
  const c = measures.criteria.find((x) => x.id === choice.id);
  if (!c) return null;
  return { choice, name: c.name || c.id, low: RATING_LOW, high: RATING_HIGH, better: 'higher', stages: c.stages, aggregate: 'rating' };
}

/** A card's value of the board's measure. */
export interface Reading {
  value: number;
  unit?: string;
  target?: number;
  /** Null when the value has no target (a criterion has none). */
  onTarget: boolean | null;
  /** Where the value sits between the worst (0) and the best (1) end of the heat scale. */
  level: number;
}

/** The card's reading of `shown`; null when the card does not measure it. */
export function readingOf(measures: Measures | null, shown: ShownMeasure | null, tp: Touchpoint): Reading | null {
  if (!shown) return null;
  let value: number;
  let rule: { unit?: string; target?: number; better: Better } = { better: shown.better };
  let target: boolean | null = null;
  if (shown.choice.kind === 'metric') {
    const name = shown.choice.name;
    const metric = (tp.metrics ?? []).find((m) => sameMetricName(m.name, name));
    if (!metric || metric.value === null) return null;
    value = metric.value;
    rule = ruleOf(measures, metric);
    target = onTarget(measures, metric);
  } else {
    const rating = tp.ratings?.[shown.choice.id];
    if (typeof rating !== 'number') return null;
    value = rating;
  }
  return { value, unit: rule.unit, target: rule.target, onTarget: target, level: levelOf(value, shown.low, shown.high, rule.better) };
}

function levelOf(value: number, low: number | null, high: number | null, better: Better): number {
  if (low === null || high === null || high <= low) return 1;
  const f = Math.min(1, Math.max(0, (value - low) / (high - low)));
  return better === 'lower' ? 1 - f : f;
}

/**
 * The measure's stage aggregates as an emotion curve: from -1 at the worse end of its scale
 * to 1 at the better end; null where a stage is not measured.
 */
export function measureCurve(shown: ShownMeasure): (number | null)[] {
  return shown.stages.map((v) => (v === null ? null : 2 * levelOf(v, shown.low, shown.high, shown.better) - 1));
}

/** The heat view's steps, from the worst end to the best. */
export const HEAT_STEPS = 5;

/** The step of the heat view's colours a level falls in, 0 (worst) to HEAT_STEPS - 1. */
export function heatStep(level: number): number {
  return Math.min(HEAT_STEPS - 1, Math.floor(level * HEAT_STEPS));
}

/** The values at the ends of each heat step, from the worst step to the best. */
export function heatSteps(shown: ShownMeasure): { from: number; to: number }[] {
  const { low, high } = shown;
  if (low === null || high === null) return [];
  const width = (high - low) / HEAT_STEPS;
  const steps = Array.from({ length: HEAT_STEPS }, (_, i) => ({ from: low + i * width, to: low + (i + 1) * width }));
  return shown.better === 'lower' ? steps.reverse() : steps;
}
