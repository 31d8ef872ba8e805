// The details of touchpoints and of the map (format 1.1), for the detail panels: the words
// for each choice, the owners a map already names, list edits, and the review reminder.
// Pure, apart from reading the catalogue through t().

import { getLocale, t } from '../i18n';
import type { Channel, Control, Frequency, Horizon, HypothesisStatus, MapView, Presence } from './types';

// The words for each choice. Written out (not computed keys) so that the catalogue tests see
// every key in use, and the compiler sees every value covered.
const CHANNEL_LABELS: Record<Channel, () => string> = {
  website: () => t('channel-website'),
  'social-media': () => t('channel-social-media'),
  search: () => t('channel-search'),
  'online-ad': () => t('channel-online-ad'),
  email: () => t('channel-email'),
  messenger: () => t('channel-messenger'),
  phone: () => t('channel-phone'),
  store: () => t('channel-store'),
  'print-outdoor': () => t('channel-print-outdoor'),
  reviews: () => t('channel-reviews'),
  partner: () => t('channel-partner'),
  referral: () => t('channel-referral'),
  packaging: () => t('channel-packaging'),
  billing: () => t('channel-billing'),
  other: () => t('channel-other'),
};

const PRESENCE_LABELS: Record<Presence, () => string> = {
  online: () => t('presence-online'),
  offline: () => t('presence-offline'),
};

const CONTROL_LABELS: Record<Control, () => string> = {
  brand: () => t('control-brand'),
  'third-party': () => t('control-third-party'),
};

const HORIZON_LABELS: Record<Horizon, () => string> = {
  'short-term': () => t('horizon-short-term'),
  'long-term': () => t('horizon-long-term'),
};

const FREQUENCY_LABELS: Record<Frequency, () => string> = {
  'one-off': () => t('frequency-one-off'),
  recurring: () => t('frequency-recurring'),
};

const STATUS_LABELS: Record<HypothesisStatus, () => string> = {
  idea: () => t('hypothesis-idea'),
  testing: () => t('hypothesis-testing'),
  confirmed: () => t('hypothesis-confirmed'),
  rejected: () => t('hypothesis-rejected'),
};

export const channelLabel = (c: Channel): string => CHANNEL_LABELS[c]?.() ?? c;
export const presenceLabel = (p: Presence): string => PRESENCE_LABELS[p]?.() ?? p;
export const controlLabel = (c: Control): string => CONTROL_LABELS[c]?.() ?? c;
export const horizonLabel = (h: Horizon): string => HORIZON_LABELS[h]?.() ?? h;
export const frequencyLabel = (f: Frequency): string => FREQUENCY_LABELS[f]?.() ?? f;
export const statusLabel = (s: HypothesisStatus): string => STATUS_LABELS[s]?.() ?? s;

/** The owner teams the map's touchpoints name, each once, in alphabetical order. */
export function ownersOf(map: MapView): string[] {
  const seen = new Map<string, string>();
  for (const tp of map.touchpoints) {
    const owner = typeof tp.owner === 'string' ? tp.owner.trim() : '';
    if (owner && !seen.has(owner.toLocaleLowerCase())) seen.set(owner.toLocaleLowerCase(), owner);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, getLocale()));
}

/** `items` with item `index` set to `text`; an empty text removes the item. */
export function withItem(items: readonly string[], index: number, text: string): string[] {
  const next = items.slice();
  if (text) next[index] = text;
  else next.splice(index, 1);
  return next;
}

/** `items` without item `index`. */
export function withoutItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** Whether two detail values are the same (plain JSON data; absent, null, "" and [] are all "none"). */
export function sameValue(a: unknown, b: unknown): boolean {
  const none = (v: unknown) => (v === undefined || v === '' || (Array.isArray(v) && v.length === 0) ? null : v);
  return JSON.stringify(none(a)) === JSON.stringify(none(b));
}

// ---------------------------------------------------------------- dates and the review

/** A date as `YYYY-MM-DD`, in the local time zone. */
export function isoDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today's local date, `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  return isoDate(now);
}

/** `YYYY-MM-DD` split into numbers; null unless it is a real calendar date (as the core checks). */
export function parseIsoDate(text: string | null | undefined): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > days) return null;
  return { y, m, d };
}

/** Whole calendar months from `from` to `to` (both `YYYY-MM-DD`), rounded down. */
export function monthsBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return 0;
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}

function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return 0;
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

export type ReviewState =
  /** Never reviewed (or no readable date). */
  | { due: true; never: true }
  /** Reviewed more than a year ago. */
  | { due: true; never: false; months: number }
  /** Reviewed within the last year (or on a later date). */
  | { due: false; never: false; months: number };

/** Whether the map is due for its yearly review on `todayIso`. */
export function reviewState(lastReview: string | null | undefined, todayIso: string): ReviewState {
  const last = parseIsoDate(lastReview);
  if (!last) return { due: true, never: true };
  const months = Math.max(0, monthsBetween(lastReview!, todayIso));
  // More than a year: later than the same day a year on (29 February: 1 March).
  const anniversary = `${String(last.y + 1).padStart(4, '0')}-${lastReview!.slice(5)}`;
  const due = todayIso > anniversary;
  return due ? { due: true, never: false, months } : { due: false, never: false, months };
}

/** How long ago `lastReview` was, in words of the UI's language: "today", "14 months ago". */
export function reviewAgo(lastReview: string, todayIso: string): string {
  const locale = getLocale();
  const days = daysBetween(lastReview, todayIso);
  if (days === 0) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'day');
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const months = monthsBetween(lastReview, todayIso);
  if (days < 0 || months < 1) return rtf.format(-days, 'day');
  if (months < 24) return rtf.format(-months, 'month');
  return rtf.format(-Math.floor(months / 12), 'year');
}
