// The stores and controllers under src/lib name what should have the focus and ask the
// components for the board's layout; they never look into the DOM themselves (README,
// "Rules kept by tests"). Components may.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = __dirname;
const DOM_READS = /\b(?:querySelector(?:All)?|getElementById|getElementsBy\w+|activeElement)\b|\.(?:focus|blur)\(/;

describe('src/lib', () => {
  it('has no module that queries the DOM or moves the focus', () => {
    const sources = readdirSync(LIB).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f));
    expect(sources.length).toBeGreaterThan(10);
    const offending = sources.flatMap((file) =>
      readFileSync(join(LIB, file), 'utf8')
        .split('\n')
        .map((line, i) => ({ where: `${file}:${i + 1}`, line: line.trim() }))
        .filter(({ line }) => !line.startsWith('//') && !line.startsWith('*') && DOM_READS.test(line)),
    );
    expect(offending).toEqual([]);
  });

  it('would notice one that does', () => {
    expect(DOM_READS.test("document.querySelector<HTMLElement>('[data-side-panel]')")).toBe(true);
    expect(DOM_READS.test('el?.focus();')).toBe(true);
    expect(DOM_READS.test("import { DocumentStore } from './document.svelte';")).toBe(false);
  });
});
