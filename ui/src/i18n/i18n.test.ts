import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { visible } from '../lib/testutil';
import { SENTIMENTS } from '../lib/types';
import { availableLocales, bundle, pickLocale, setLocale, source, t } from './index';

const SRC = join(__dirname, '..');

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Ids used in the source: t('a-b'), and t(`sentiment-${x}`) expanded for every sentiment. */
function usedIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) ids.add(m[1]);
    for (const m of text.matchAll(/\bt\(\s*`([^`]+)`/g)) {
      const [prefix, rest] = m[1].split('${');
      if (rest === undefined) ids.add(prefix);
      else if (prefix === 'sentiment-') SENTIMENTS.forEach((s) => ids.add(prefix + s));
      else throw new Error(`a computed message id the test does not know: ${m[1]} in ${file}`);
    }
  }
  return ids;
}

// The parsed messages of a language's ui.ftl, as @fluent/bundle holds them.
type Node = unknown;
function messagesOf(lang: string) {
  const resource = new FluentResource(source(lang)!);
  return resource.body.filter((entry) => !entry.id.startsWith('-'));
}

/** The variables a pattern uses, and the plural selectors' variant keys. */
function walk(node: Node, vars: Set<string>, selects: string[][]) {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, vars, selects));
  if (!node || typeof node !== 'object') return;
  const n = node as { type?: string; name?: string; variants?: { key: { value: unknown } }[] };
  if (n.type === 'var' && n.name) vars.add(n.name);
  if (n.type === 'select' && n.variants) selects.push(n.variants.map((v) => String(v.key.value)));
  Object.values(node).forEach((v) => walk(v, vars, selects));
}

describe('t()', () => {
  it('returns the English text', () => {
    setLocale('en');
    expect(t('toolbar-undo')).toBe('Undo');
  });

  it('fills in variables once, isolated for bidirectional text, and leaves unknown ones visible', () => {
    const text = t('announce-sentiment', { title: '<b>Ad</b>', sentiment: 'Positive' });
    expect(visible(text)).toBe('“<b>Ad</b>” is now Positive.');
    expect(text).toBe('“\u2068<b>Ad</b>\u2069” is now \u2068Positive\u2069.');
    expect(visible(t('announce-sentiment', { title: 'Ad' }))).toBe('“Ad” is now {$sentiment}.');
    // A value that looks like a variable is never filled in again.
    expect(visible(t('announce-sentiment', { title: '{ $sentiment }', sentiment: '{title}' }))).toBe(
      '“{ $sentiment }” is now {title}.',
    );
  });

  it('writes numbers as the app always did, without grouping', () => {
    expect(visible(t('status-touchpoints', { count: 12000 }))).toBe('12000 touchpoints');
  });

  it('chooses plural forms by count', () => {
    expect(visible(t('status-stages', { count: 1 }))).toBe('1 stage');
    expect(visible(t('status-stages', { count: 0 }))).toBe('0 stages');
    expect(visible(t('status-stages', { count: 5 }))).toBe('5 stages');
    expect(visible(t('confirm-delete-stage-message', { count: 1 }))).toMatch(/^Its 1 touchpoint will/);
    expect(visible(t('confirm-delete-stage-message', { count: 12 }))).toMatch(/^Its 12 touchpoints will/);
  });

  it('falls back to the id for an unknown message', () => {
    expect(t('no-such-message')).toBe('no-such-message');
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
    expect(t('toolbar-save')).toBe('Сохранить');
    setLocale('pl');
    expect(t('toolbar-save')).toBe('Zapisz');
    setLocale('en');
  });

  it('chooses the Russian and Polish plural forms', () => {
    const forms = (lang: string, id: string, counts: number[]) => {
      setLocale(lang);
      const out = counts.map((count) => visible(t(id, { count })));
      setLocale('en');
      return out;
    };
    expect(forms('ru', 'status-touchpoints', [1, 2, 5, 11, 21, 22, 25, 101])).toEqual([
      '1 точка контакта',
      '2 точки контакта',
      '5 точек контакта',
      '11 точек контакта',
      '21 точка контакта',
      '22 точки контакта',
      '25 точек контакта',
      '101 точка контакта',
    ]);
    expect(forms('pl', 'status-stages', [1, 2, 5, 12, 21, 22, 25])).toEqual([
      '1 etap',
      '2 etapy',
      '5 etapów',
      '12 etapów',
      '21 etapów',
      '22 etapy',
      '25 etapów',
    ]);
  });

  it('falls back to English for an unknown locale', () => {
    setLocale('xx');
    expect(t('toolbar-redo')).toBe('Redo');
    setLocale('en');
  });

  it('every language has every message, with the same variables and every plural form it uses', () => {
    const shape = (lang: string) =>
      new Map(
        messagesOf(lang).map((m) => {
          const vars = new Set<string>();
          const selects: string[][] = [];
          walk(m.value, vars, selects);
          const attributes = Object.keys(m.attributes).sort();
          return [m.id, { vars: [...vars].sort(), attributes, selects }];
        }),
      );
    const en = shape('en');
    expect(en.size).toBeGreaterThan(200);
    expect(en.get('announce-sentiment')!.vars).toEqual(['sentiment', 'title']);
    expect(shape('ru').get('status-stages')!.selects).toEqual([['one', 'few', 'many', 'other']]);
    for (const lang of availableLocales()) {
      const ours = shape(lang);
      expect([...ours.keys()], lang).toEqual([...en.keys()]);
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [id, { vars, attributes, selects }] of ours) {
        expect(vars, `${lang}: ${id}`).toEqual(en.get(id)!.vars);
        expect(attributes, `${lang}: ${id}`).toEqual(en.get(id)!.attributes);
        for (const keys of selects) {
          for (const form of categories) expect(keys, `${lang}: ${id} (${form})`).toContain(form);
        }
      }
    }
  });
});

describe('the catalogue and the source agree', () => {
  const used = usedIds();
  const en = messagesOf('en').map((m) => m.id);

  it('every id used in the source is in en/ui.ftl', () => {
    const missing = [...used].filter((id) => !bundle('en')!.hasMessage(id));
    expect(missing).toEqual([]);
  });

  it('every message of en/ui.ftl is used', () => {
    expect(en.filter((id) => !used.has(id))).toEqual([]);
  });

  it('en/ui.ftl is sorted, so that additions diff cleanly', () => {
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
    // Key caps are printed on the keys, the same in every language.
    const KEY_NAMES = /^(Alt|Esc|F2|[123N]|[←→↑↓·+])$/;
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
