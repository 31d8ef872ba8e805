// Every string the user sees goes through t(id, params).
//
// The texts are the app's Fluent catalogues, src-tauri/core/locales/<lang>/ui.ftl, the same
// folder the Rust side reads its own texts from; a new language is a new folder there.
// Fluent does the plurals (`{ $count -> [one] … *[other] … }`) and fills each `{ $name }`
// once. Values are wrapped in bidi isolation marks (U+2068…U+2069), so that a right-to-left
// title does not reorder the sentence around it; this page is the only place texts are
// shown with them (the Rust bundles, which write files, titles and the CLI, never add them).

import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from '@fluent/bundle';
import { current } from './locale.svelte';

export type Params = Record<string, string | number>;

const sources = import.meta.glob<string>('../../../src-tauri/core/locales/*/ui.ftl', {
  eager: true,
  query: '?raw',
  import: 'default',
});

const bundles: Record<string, FluentBundle> = {};
for (const [path, text] of Object.entries(sources)) {
  const lang = path.replace(/^.*\/([^/]+)\/ui\.ftl$/, '$1');
  const bundle = new FluentBundle(lang, { useIsolating: true });
  // The catalogues are tested to parse; an entry that does not is left out, and falls back.
  bundle.addResource(new FluentResource(text));
  bundles[lang] = bundle;
}

export const FALLBACK_LOCALE = 'en';

export function availableLocales(): string[] {
  return Object.keys(bundles).sort();
}

/** The best catalogue for a list of preferred languages ("pl-PL" -> "pl"), else English. */
export function pickLocale(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (bundles[lower]) return lower;
    const base = lower.split('-')[0];
    if (bundles[base]) return base;
  }
  return FALLBACK_LOCALE;
}

export function setLocale(tag: string): void {
  const next = bundles[tag] ? tag : FALLBACK_LOCALE;
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

// Numbers are written as the app always wrote them ("12000", not "12,000"); as Fluent
// numbers they still choose the plural form.
function variables(params?: Params): Record<string, FluentVariable> | undefined {
  if (!params) return undefined;
  const out: Record<string, FluentVariable> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = typeof value === 'number' ? new FluentNumber(value, { useGrouping: false }) : value;
  }
  return out;
}

/** The message `id` in the current language (English when missing there; the id itself when missing everywhere). */
export function t(id: string, params?: Params): string {
  for (const lang of [current.locale, FALLBACK_LOCALE]) {
    const bundle = bundles[lang];
    const message = bundle?.getMessage(id);
    if (!bundle || !message?.value) continue;
    // A missing variable is an error Fluent reports and shows as {$name} in the text.
    const errors: Error[] = [];
    return bundle.formatPattern(message.value, variables(params), errors);
  }
  return id;
}

/** The bundle of a language, for tests that compare the catalogues. */
export function bundle(lang: string): FluentBundle | undefined {
  return bundles[lang];
}

/** The Fluent source of a language's ui.ftl, for tests that compare the catalogues. */
export function source(lang: string): string | undefined {
  return Object.entries(sources).find(([path]) => path.endsWith(`/${lang}/ui.ftl`))?.[1];
}
