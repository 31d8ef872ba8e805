import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SENTIMENTS } from '../lib/types';
import { availableLocales, catalogue, hasKey, pickLocale, setLocale, t } from './index';

const SRC = join(__dirname, '..');

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Keys used in the source: t('a.b'), and t(`sentiment.${x}`) expanded for every sentiment. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) keys.add(m[1]);
    for (const m of text.matchAll(/\bt\(\s*`([^`]+)`/g)) {
      const [prefix, rest] = m[1].split('${');
      if (rest === undefined) keys.add(prefix);
      else if (prefix === 'sentiment.') SENTIMENTS.forEach((s) => keys.add(prefix + s));
      else throw new Error(`a computed message key the test does not know: ${m[1]} in ${file}`);
    }
  }
  return keys;
}

describe('t()', () => {
  it('returns the English text', () => {
    setLocale('en');
    expect(t('toolbar.undo')).toBe('Undo');
  });

  it('fills in parameters, and leaves unknown ones visible', () => {
    expect(t('announce.sentiment', { title: '<b>Ad</b>', sentiment: 'Positive' })).toBe('“<b>Ad</b>” is now Positive.');
    expect(t('announce.sentiment', { title: 'Ad' })).toBe('“Ad” is now {sentiment}.');
  });

  it('chooses plural forms by count', () => {
    expect(t('status.stages', { count: 1 })).toBe('1 stage');
    expect(t('status.stages', { count: 0 })).toBe('0 stages');
    expect(t('status.stages', { count: 5 })).toBe('5 stages');
    expect(t('confirm.deleteStage.message', { count: 1 })).toMatch(/^Its 1 touchpoint will/);
    expect(t('confirm.deleteStage.message', { count: 12 })).toMatch(/^Its 12 touchpoints will/);
  });

  it('falls back to the key for an unknown message', () => {
    expect(t('no.such.key')).toBe('no.such.key');
  });
});

describe('locales', () => {
  it('has English, and picks it when nothing better fits', () => {
    expect(availableLocales()).toContain('en');
    expect(pickLocale(['xx-YY', 'zz'])).toBe('en');
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['en-GB'])).toBe('en');
  });

  it('speaks Russian and Polish, picked from the system languages', () => {
    expect(availableLocales()).toEqual(expect.arrayContaining(['en', 'pl', 'ru']));
    expect(pickLocale(['ru-RU', 'en'])).toBe('ru');
    expect(pickLocale(['pl-PL'])).toBe('pl');
    setLocale('ru');
    expect(t('toolbar.save')).toBe('Сохранить');
    expect(t('status.touchpoints', { count: 1 })).toBe('1 точка контакта');
    expect(t('status.touchpoints', { count: 3 })).toBe('3 точки контакта');
    expect(t('status.touchpoints', { count: 5 })).toBe('5 точек контакта');
    setLocale('pl');
    expect(t('toolbar.save')).toBe('Zapisz');
    expect(t('status.stages', { count: 2 })).toBe('2 etapy');
    expect(t('status.stages', { count: 5 })).toBe('5 etapów');
    setLocale('en');
  });

  it('Russian and Polish translate every message', () => {
    const en = Object.keys(catalogue('en')!).sort();
    for (const lang of ['ru', 'pl']) {
      expect(Object.keys(catalogue(lang)!).sort(), lang).toEqual(en);
      for (const [key, msg] of Object.entries(catalogue(lang)!)) {
        // Plural messages need every form the language uses.
        if (typeof msg !== 'string') {
          for (const form of new Intl.PluralRules(lang).resolvedOptions().pluralCategories) {
            expect(msg[form], `${lang}: ${key} (${form})`).toBeTypeOf('string');
          }
        }
      }
    }
  });

  it('falls back to English for an unknown locale', () => {
    setLocale('xx');
    expect(t('toolbar.redo')).toBe('Redo');
    setLocale('en');
  });

  it('every catalogue has only keys that English has, with the same placeholders', () => {
    const en = catalogue('en')!;
    const placeholders = (m: unknown) =>
      [...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]).filter((v, i, a) => a.indexOf(v) === i).sort();
    for (const lang of availableLocales()) {
      for (const [key, msg] of Object.entries(catalogue(lang)!)) {
        expect(en[key], `${lang}: ${key}`).toBeDefined();
        expect(placeholders(msg), `${lang}: ${key}`).toEqual(placeholders(en[key]));
        if (typeof msg !== 'string') expect(msg.other, `${lang}: ${key}`).toBeTypeOf('string');
      }
    }
  });
});

describe('the catalogue and the source agree', () => {
  const used = usedKeys();
  const en = Object.keys(catalogue('en')!);

  it('every key used in the source is in en.json', () => {
    const missing = [...used].filter((k) => !hasKey(k));
    expect(missing).toEqual([]);
  });

  it('every key in en.json is used', () => {
    expect(en.filter((k) => !used.has(k))).toEqual([]);
  });

  it('en.json is sorted, so that additions diff cleanly', () => {
    expect(en).toEqual([...en].sort());
  });
});

/** Replaces every {expression} (braces may nest) of Svelte markup by a space. */
function stripExpressions(markup: string): string {
  let out = '';
  let depth = 0;
  for (const ch of markup) {
    if (ch === '{') depth += 1;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
    else continue;
    if (depth > 0 && ch === '{' && depth === 1) out += ' ';
  }
  return out;
}

describe('the components', () => {
  const components = sourceFiles().filter((f) => f.endsWith('.svelte'));

  it('never render HTML from strings', () => {
    for (const file of components) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\{@html/);
  });

  it('have no inline style attributes (the CSP forbids them; style: directives are fine)', () => {
    for (const file of components) {
      const markup = readFileSync(file, 'utf8').replace(/<style[\s\S]*?<\/style>/g, '');
      expect(markup, file).not.toMatch(/\sstyle\s*=/);
    }
  });

  it('have no hard-coded words in their markup: text goes through t()', () => {
    const KEY_NAMES = /^(Alt|F2|[123]|[←→↑↓·+])$/;
    for (const file of components) {
      const markup = stripExpressions(
        readFileSync(file, 'utf8')
          .replace(/<script[\s\S]*?<\/script>/g, '')
          .replace(/<style[\s\S]*?<\/style>/g, '')
          .replace(/<!--[\s\S]*?-->/g, ''),
      );
      // Text between tags, outside {expressions}.
      const texts = [...markup.matchAll(/>([^<]+)</g)]
        .map((m) => m[1].trim())
        .flatMap((s) => s.split(/\s+/))
        .filter((s) => s && !KEY_NAMES.test(s));
      expect(texts, file).toEqual([]);
      // Literal text in attributes a person reads.
      const attrs = [...markup.matchAll(/\s(aria-label|title|placeholder|alt)="([^"]*[A-Za-z][^"]*)"/g)].map((m) => m[0]);
      expect(attrs, file).toEqual([]);
    }
  });
});
