// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { markFirstReady, READY_MARK } from './perf';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('markFirstReady', () => {
  afterEach(() => {
    performance.clearMarks();
    document.body.innerHTML = '';
  });

  it('marks once, when data-ready first appears', async () => {
    const app = document.createElement('div');
    document.body.append(app);
    markFirstReady();
    app.setAttribute('aria-busy', 'true');
    await tick();
    expect(performance.getEntriesByName(READY_MARK)).toHaveLength(0);
    app.setAttribute('data-ready', 'true');
    await tick();
    expect(performance.getEntriesByName(READY_MARK)).toHaveLength(1);
    app.removeAttribute('data-ready');
    app.setAttribute('data-ready', 'true');
    await tick();
    expect(performance.getEntriesByName(READY_MARK)).toHaveLength(1);
  });
});
