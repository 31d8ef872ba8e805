// Sample maps for the dev mock backend and tests.

import type { MapView, Sentiment } from '../lib/types';

type Row = [string, Sentiment];

function build(title: string, stages: [string, string, Row[]][]): MapView {
  const map: MapView = { title, stages: [], touchpoints: [] };
  let n = 0;
  for (const [id, name, rows] of stages) {
    map.stages.push({ id, name });
    for (const [t, sentiment] of rows) map.touchpoints.push({ id: `tp-${++n}`, stage: id, title: t, sentiment });
  }
  return map;
}

export function sampleMap(): MapView {
  return build('Online store: first purchase', [
    ['awareness', 'Awareness', [
      ['Instagram ad', 'neutral'],
      ['Friend’s recommendation', 'positive'],
      ['Podcast sponsorship mention', 'positive'],
    ]],
    ['consideration', 'Consideration', [
      ['Reviews on Trustpilot', 'positive'],
      ['Pricing page', 'neutral'],
      ['Comparison blog post', 'neutral'],
      ['Live chat with sales took 20 minutes to answer', 'negative'],
    ]],
    ['purchase', 'Purchase', [
      ['Checkout', 'neutral'],
      ['Payment failed on the first try', 'negative'],
      ['Order confirmation email', 'positive'],
    ]],
    ['onboarding', 'Onboarding', [
      ['Welcome email', 'positive'],
      ['Delivery tracking', 'neutral'],
      ['Parcel arrived damaged', 'negative'],
    ]],
    ['loyalty', 'Loyalty', [
      ['Monthly newsletter', 'neutral'],
      ['Referral programme', 'positive'],
    ]],
  ]);
}

/** A wide map (many stages) for checking horizontal scrolling. */
export function wideMap(): MapView {
  const names = ['Trigger', 'Research', 'Shortlist', 'Trial', 'Negotiation', 'Purchase', 'Setup', 'First value', 'Renewal', 'Advocacy'];
  const sentiments: Sentiment[] = ['positive', 'neutral', 'negative'];
  return build(
    'B2B software: enterprise buyer',
    names.map((name, i) => [
      `s${i}`,
      name,
      Array.from({ length: (i * 7) % 5 + 1 }, (_, k): Row => [`${name} touchpoint ${k + 1}`, sentiments[(i + k) % 3]]),
    ]),
  );
}
