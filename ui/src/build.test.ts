// The production build, as the strict CSP of the app window needs it
// (script-src 'self'; style-src 'self'): only external script and style files.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
let out: string;
let html: string;
let js: string;
let assets: string[];

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'jm-ui-build-'));
  // As `npm run build` does it: production mode (Vitest itself runs in "test" mode).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  html = readFileSync(join(out, 'index.html'), 'utf8');
  assets = readdirSync(join(out, 'assets'));
  js = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(out, 'assets', f), 'utf8')).join('\n');
}, 60_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('production build', () => {
  it('index.html has no inline script or style', () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).toMatch(/type="module"/);
    expect(scripts[0][1]).toMatch(/src="\.\/assets\/[^"]+\.js"/);
    expect(scripts[0][2].trim()).toBe('');
    expect(html).not.toMatch(/<style/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).toMatch(/<link rel="stylesheet"[^>]*href="\.\/assets\/[^"]+\.css"/);
  });

  it('uses relative asset paths (base "./")', () => {
    expect(html).not.toMatch(/(src|href)="\/(?!\/)/);
  });

  it('leaves the dev mock backend out, and has no eval', () => {
    expect(js).not.toMatch(/mockIPC|MockCore|WasmCore|installMockBackend|Podcast sponsorship/);
    // The app has the core in Rust: the WebAssembly one is for `vite dev` and the tests.
    expect(assets.filter((f) => f.endsWith('.wasm'))).toEqual([]);
    expect(js).not.toMatch(/\beval\(|new Function\(/);
  });

  it('embeds the Fluent catalogues of every language, read from the core’s locales/', () => {
    for (const text of ['toolbar-undo = Undo', 'toolbar-save = Сохранить', 'toolbar-save = Zapisz']) expect(js).toContain(text);
  });

  it('is a production build (no development-only Svelte messages)', () => {
    expect(js).not.toMatch(/can only be used inside an effect/);
  });
});
