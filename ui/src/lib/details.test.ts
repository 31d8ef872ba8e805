import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../i18n';
import {
  channelLabel,
  isoDate,
  monthsBetween,
  ownersOf,
  parseIsoDate,
  reviewAgo,
  reviewState,
  sameValue,
  statusLabel,
  withItem,
  withoutItem,
} from './details';
import { mapOf } from './testutil';
import { CHANNELS, HYPOTHESIS_STATUSES } from './types';

afterEach(() => setLocale('en'));

describe('words for the choices', () => {
  it('names every channel and status in each language, as the exports do', () => {
    for (const lang of ['en', 'ru', 'pl']) {
      setLocale(lang);
      const names = CHANNELS.map(channelLabel);
      expect(new Set(names).size, lang).toBe(CHANNELS.length);
      expect(names.every((n) => n && !n.includes('.')), lang).toBe(true);
      expect(HYPOTHESIS_STATUSES.map(statusLabel).every((n) => n && !n.includes('.')), lang).toBe(true);
    }
    setLocale('ru');
    expect(channelLabel('print-outdoor')).toBe('Печать и наружная реклама');
    expect(statusLabel('testing')).toBe('Проверяется');
    setLocale('pl');
    expect(channelLabel('store')).toBe('Sklep / punkt sprzedaży');
    expect(statusLabel('confirmed')).toBe('Potwierdzona');
  });
});

describe('owners', () => {
  it('lists each owner team once, whatever its case and spaces, alphabetically', () => {
    const map = mapOf({ a: ['a1', 'a2', 'a3', 'a4'], b: ['b1'] });
    Object.assign(map.touchpoints[0], { owner: 'Sales' });
    Object.assign(map.touchpoints[1], { owner: ' marketing ' });
    Object.assign(map.touchpoints[2], { owner: 'Marketing' });
    Object.assign(map.touchpoints[3], { owner: '' });
    Object.assign(map.touchpoints[4], { owner: 'Customer care' });
    expect(ownersOf(map)).toEqual(['Customer care', 'marketing', 'Sales']);
  });
});

describe('lists', () => {
  it('sets, empties (removes) and removes items without touching the original', () => {
    const items = Object.freeze(['a', 'b', 'c']);
    expect(withItem(items, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(withItem(items, 1, '')).toEqual(['a', 'c']);
    expect(withoutItem(items, 0)).toEqual(['b', 'c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });

  it('counts absent, null, empty text and empty lists as the same "none"', () => {
    expect(sameValue(undefined, '')).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue(undefined, [])).toBe(true);
    expect(sameValue(['a'], ['a'])).toBe(true);
    expect(sameValue([{ text: 'x', status: 'idea' }], [{ text: 'x', status: 'testing' }])).toBe(false);
    expect(sameValue(3, 4)).toBe(false);
  });
});

describe('dates', () => {
  it('writes the local date', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isoDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });

  it('reads only real calendar dates, as the core does', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('2026-1-01')).toBeNull();
    expect(parseIsoDate('1899-12-31')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('counts whole months', () => {
    expect(monthsBetween('2025-09-20', '2026-11-25')).toBe(14);
    expect(monthsBetween('2025-09-26', '2026-11-25')).toBe(13);
    expect(monthsBetween('2026-11-25', '2026-11-25')).toBe(0);
  });
});

describe('the yearly review', () => {
  it('is due when never done, or more than a year ago', () => {
    expect(reviewState(null, '2026-11-25')).toEqual({ due: true, never: true });
    expect(reviewState(undefined, '2026-11-25')).toEqual({ due: true, never: true });
    expect(reviewState('soon', '2026-11-25')).toEqual({ due: true, never: true });
    expect(reviewState('2025-11-25', '2026-11-25')).toEqual({ due: false, never: false, months: 12 });
    expect(reviewState('2025-11-24', '2026-11-25')).toEqual({ due: true, never: false, months: 12 });
    expect(reviewState('2025-09-20', '2026-11-25')).toEqual({ due: true, never: false, months: 14 });
    expect(reviewState('2026-11-02', '2026-11-25')).toEqual({ due: false, never: false, months: 0 });
    // A date ahead (another time zone, a typo) is not overdue.
    expect(reviewState('2027-01-01', '2026-11-25')).toEqual({ due: false, never: false, months: 0 });
    // 29 February: due from 1 March a year on.
    expect(reviewState('2024-02-29', '2025-02-28').due).toBe(false);
    expect(reviewState('2024-02-29', '2025-03-01').due).toBe(true);
  });

  it('says how long ago in the UI’s language', () => {
    expect(reviewAgo('2026-11-25', '2026-11-25')).toBe('today');
    expect(reviewAgo('2026-11-24', '2026-11-25')).toBe('1 day ago');
    expect(reviewAgo('2026-11-02', '2026-11-25')).toBe('23 days ago');
    expect(reviewAgo('2025-09-20', '2026-11-25')).toBe('14 months ago');
    expect(reviewAgo('2023-05-01', '2026-11-25')).toBe('3 years ago');
    setLocale('ru');
    expect(reviewAgo('2025-09-20', '2026-11-25')).toBe('14 месяцев назад');
    expect(reviewAgo('2026-11-25', '2026-11-25')).toBe('сегодня');
    setLocale('pl');
    expect(reviewAgo('2025-09-20', '2026-11-25')).toBe('14 miesięcy temu');
  });
});
