// What the details panel needs of a card's measures (format 1.2): the presets the core
// offers, named as the core names them (its catalogues, src-tauri/core/locales/*/core.ftl),
// a metric's unit and target as the core reads them, and numbers as people type them.

import { getLocale } from '../i18n';
import type { Better, Criterion, MapView, Metric, MetricDefinition, Touchpoint } from './types';

const sources = import.meta.glob<string>('../../../src-tauri/core/locales/*/core.ftl', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** `metric-preset-nps = NPS` and the like, by language: only the presets' names are read. */
const presetNames: Record<string, Map<string, string>> = {};
for (const [path, text] of Object.entries(sources)) {
  const lang = path.replace(/^.*\/([^/]+)\/core\.ftl$/, '$1');
  const names = new Map<string, string>();
  for (const m of text.matchAll(/^((?:metric|criterion)-preset-[a-z0-9-]+)\s*=\s*(.+?)\s*$/gm)) names.set(m[1], m[2]);
  presetNames[lang] = names;
}

function presetName(key: string): string {
  return presetNames[getLocale()]?.get(key) ?? presetNames.en?.get(key) ?? key;
}

interface PresetRule {
  unit?: string;
  better: Better;
}

/**
 * The core's metric presets (model/metrics.rs, METRIC_PRESETS), in its order: their unit and
 * direction. The core does not send them; it checks the scales itself.
 */
const METRIC_PRESETS: readonly (readonly [string, PresetRule])[] = [
  ['nps', { better: 'higher' }],
  ['csat', { better: 'higher' }],
  ['csat-percent', { unit: '%', better: 'higher' }],
  ['ces', { better: 'higher' }],
  ['conversion-rate', { unit: '%', better: 'higher' }],
  ['response-time', { unit: 'min', better: 'lower' }],
  ['reach', { better: 'higher' }],
  ['customer-count', { better: 'higher' }],
];

/** The core's criterion presets (CRITERION_PRESETS), in its order. */
const CRITERION_PRESETS = ['design', 'content', 'reachability', 'response-speed', 'frequency', 'engagement', 'personal-tone'];

export function criterionPresets(): Criterion[] {
  return CRITERION_PRESETS.map((id) => ({ id, name: presetName(`criterion-preset-${id}`) }));
}

/** Names match whatever their case and surrounding spaces, as in the core. */
export function sameMetricName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function definitionOf(map: MapView, name: string): MetricDefinition | undefined {
  return (map.metricDefinitions ?? []).find((d) => sameMetricName(d.name, name));
}

/** The preset a metric follows: its definition's, else the preset of that id or English name. */
function presetOf(map: MapView, name: string): PresetRule | undefined {
  const def = definitionOf(map, name);
  if (def) return METRIC_PRESETS.find(([id]) => id === def.preset)?.[1];
  return METRIC_PRESETS.find(
    ([id]) => sameMetricName(id, name) || sameMetricName(presetNames.en?.get(`metric-preset-${id}`) ?? id, name),
  )?.[1];
}

/** The names a card's new metric can take: the map's metrics first, then the presets it lacks. */
export function metricChoices(map: MapView): { name: string; unit?: string }[] {
  const defs = (map.metricDefinitions ?? []).map((d) => ({ name: d.name, unit: d.unit }));
  const presets = METRIC_PRESETS.map(([id, rule]) => ({ name: presetName(`metric-preset-${id}`), unit: rule.unit })).filter(
    (p) => !defs.some((d) => sameMetricName(d.name, p.name)),
  );
  return [...defs, ...presets];
}

/** A metric's unit, target and direction: the card's own, else its definition's, else its preset's. */
export function ruleOf(map: MapView, metric: Metric): { unit?: string; target?: number; better: Better } {
  const def = definitionOf(map, metric.name);
  const preset = presetOf(map, metric.name);
  return {
    unit: metric.unit ?? def?.unit ?? (def ? undefined : preset?.unit),
    target: metric.target ?? def?.target ?? undefined,
    better: metric.better ?? def?.better ?? preset?.better ?? 'higher',
  };
}

/** Whether a metric meets its target (a value equal to it does); null when it has none. */
export function onTarget(map: MapView, metric: Metric): boolean | null {
  const { target, better } = ruleOf(map, metric);
  if (target === undefined || metric.value === null) return null;
  return better === 'lower' ? metric.value <= target : metric.value >= target;
}

/** The unit a new metric of that name is given: a preset's, when the map does not define it. */
export function unitForNew(map: MapView, name: string): string | undefined {
  if (definitionOf(map, name)) return undefined;
  const choice = metricChoices(map).find((c) => sameMetricName(c.name, name));
  return choice?.unit ?? presetOf(map, name)?.unit;
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
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined) return '';
  return new Intl.NumberFormat(getLocale(), { useGrouping: false, maximumFractionDigits: 10 }).format(n);
}

/** A criterion id for a new custom criterion: unique among the map's. */
export function freshCriterionId(map: MapView): string {
  const used = new Set((map.criteria ?? []).map((c) => c.id));
  let k = 1;
  while (used.has(`custom-${k}`)) k += 1;
  return `custom-${k}`;
}

/**
 * The metric a card shows on the board: the first of the map's metrics the card measures
 * (the model names no chosen one), with its unit and whether it is on target.
 */
export function boardMetric(
  map: MapView,
  tp: Touchpoint,
): { metric: Metric; unit?: string; target?: number; onTarget: boolean | null } | null {
  const metrics = tp.metrics ?? [];
  if (metrics.length === 0) return null;
  for (const def of map.metricDefinitions ?? []) {
    const metric = metrics.find((m) => sameMetricName(m.name, def.name));
    if (metric && metric.value !== null) {
      const { unit, target } = ruleOf(map, metric);
      return { metric, unit, target, onTarget: onTarget(map, metric) };
    }
  }
  return null;
}
