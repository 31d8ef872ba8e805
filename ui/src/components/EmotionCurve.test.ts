// @vitest-environment jsdom
// The emotion curve above the grid: a dot per stage with cards, at the height of its mean
// sentiment, and another open map's curve over it when the user picks one.

import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import type { Api, OtherMap } from '../lib/api';
import { CompareController } from '../lib/compare.svelte';
import EmotionCurve from './EmotionCurve.svelte';
import { visible } from '../lib/testutil';

let app: Record<string, unknown> | null = null;

async function settle(): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
  }
}

function render(values: (number | null)[], others: OtherMap[]) {
  setLocale('en');
  const compare = new CompareController({ otherMaps: async () => others } as unknown as Api);
  const target = document.createElement('div');
  document.body.appendChild(target);
  app = mount(EmotionCurve, {
    target,
    props: { values, stageNames: values.map((_, i) => `Stage ${i + 1}`), columnWidth: 200, gap: 10, compare },
  });
  return { target, compare };
}

afterEach(() => {
  if (app) unmount(app);
  app = null;
  document.body.innerHTML = '';
});

describe('EmotionCurve', () => {
  it('puts a dot above each stage with cards, higher for happier stages, and none for empty ones', async () => {
    const { target } = render([1, null, -0.5], []);
    await settle();
    const dots = [...target.querySelectorAll<SVGCircleElement>('[data-curve-point]')];
    expect(dots.map((d) => d.dataset.curvePoint)).toEqual(['0', '2']);
    const [happy, sad] = dots;
    expect(Number(happy.getAttribute('cx'))).toBe(100);
    expect(Number(sad.getAttribute('cx'))).toBe(100 + 2 * 210);
    expect(Number(happy.getAttribute('cy'))).toBeLessThan(Number(sad.getAttribute('cy')));
    expect(happy.classList.contains('positive') && sad.classList.contains('negative')).toBe(true);
    expect(visible(target.querySelector('title')?.textContent)).toBe('Stage 1: Positive');
    // No other map open: nothing to compare with.
    expect(target.querySelector('[data-compare]')).toBeNull();
  });

  it('draws the chosen other map’s curve over this one', async () => {
    const other = { label: 'w2', title: 'Competitor', stages: ['A', 'B', 'C'], curve: [-1, 0, 1] };
    const { target, compare } = render([1, 0, -1], [other]);
    await settle();
    const select = target.querySelector<HTMLSelectElement>('[data-compare]')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['No other map', 'Competitor']);
    expect(target.querySelector('[data-compare-curve]')).toBeNull();
    select.value = 'w2';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(compare.chosen).toBe('w2');
    expect(target.querySelector('[data-compare-curve]')?.getAttribute('d')).toMatch(/^M100 /);
    expect(visible(target.textContent)).toContain('Competitor');
  });

  it('forgets the comparison when the other window closes', async () => {
    const other = { label: 'w2', title: 'Competitor', stages: [], curve: [] };
    const others = [other];
    const compare = new CompareController({ otherMaps: async () => others.slice() } as unknown as Api);
    await compare.refresh();
    compare.choose('w2');
    expect(compare.other?.title).toBe('Competitor');
    others.pop();
    await compare.refresh();
    expect(compare.chosen).toBeNull();
  });
});
