// A tiny message catalogue. Every string the user sees goes through t().
//
// Catalogues are the JSON files beside this one (en.json, and later ru.json, pl.json …),
// picked up automatically. A message is either a string or, for counts, an object of
// plural forms keyed by Intl.PluralRules categories ("one", "few", "many", "other" …),
// chosen by the `count` parameter. "{name}" in a message is replaced by params.name.

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Catalogue = Record<string, Message>;
export type Params = Record<string, string | number>;

import { current } from './locale.svelte';

const modules = import.meta.glob<{ default: Catalogue }>('./*.json', { eager: true });

const catalogues: Record<string, Catalogue> = {};
for (const [path, mod] of Object.entries(modules)) {
  const lang = path.replace(/^.*\/([^/]+)\.json$/, '$1');
  catalogues[lang] = mod.default;
}

export const FALLBACK_LOCALE = 'en';
let pluralRules = new Intl.PluralRules(FALLBACK_LOCALE);

export function availableLocales(): string[] {
  return Object.keys(catalogues).sort();
}

/** The best catalogue for a list of preferred languages ("pl-PL" -> "pl"), else English. */
export function pickLocale(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (catalogues[lower]) return lower;
    const base = lower.split('-')[0];
    if (catalogues[base]) return base;
  }
  return FALLBACK_LOCALE;
}

export function setLocale(tag: string): void {
  const next = catalogues[tag] ? tag : FALLBACK_LOCALE;
  pluralRules = new Intl.PluralRules(next);
  // Reactive: every t() in a template reads it, so switching re-renders the whole UI.
  current.locale = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export function getLocale(): string {
  return current.locale;
}

/** The names of the languages, each in itself, for the language menu. */
export function localeName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

function lookup(key: string): Message | undefined {
  return catalogues[current.locale]?.[key] ?? catalogues[FALLBACK_LOCALE]?.[key];
}

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The message for `key` in the current language (English when missing there; the key itself when missing everywhere). */
export function t(key: string, params?: Params): string {
  const msg = lookup(key);
  if (msg === undefined) return key;
  if (typeof msg === 'string') return interpolate(msg, params);
  const count = typeof params?.count === 'number' ? params.count : 0;
  const form = msg[pluralRules.select(count)] ?? msg.other;
  return interpolate(form, params);
}

/** Whether a key exists in the English catalogue (used by tests). */
export function hasKey(key: string): boolean {
  return catalogues[FALLBACK_LOCALE]?.[key] !== undefined;
}

export function catalogue(lang: string): Catalogue | undefined {
  return catalogues[lang];
}
