// Sample maps for the dev mock backend and tests.

import type { MapView, Sentiment, Touchpoint } from '../lib/types';

type Row = [string, Sentiment];

function build(title: string, stages: [string, string, Row[]][]): MapView {
  const map: MapView = { format: 'journey-map', version: '1.1', id: 'map-sample', title, stages: [], touchpoints: [] };
  let n = 0;
  for (const [id, name, rows] of stages) {
    map.stages.push({ id, name });
    for (const [t, sentiment] of rows) map.touchpoints.push({ id: `tp-${++n}`, stage: id, title: t, sentiment });
  }
  return map;
}

export function sampleMap(): MapView {
  return withDetails(build('Online store: first purchase', [
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
  ]));
}

/** Details (format 1.1) on a few cards of the sample, and the map's own. */
function withDetails(map: MapView): MapView {
  const details: Record<string, Partial<Touchpoint>> = {
    'tp-1': { channel: 'social-media', presence: 'online', owner: 'Marketing', control: 'brand', horizon: 'short-term', score: 3 },
    'tp-4': {
      channel: 'reviews', presence: 'online', owner: 'Customer care', control: 'third-party', score: 4,
      delights: ['Honest reviews with photos'],
    },
    'tp-7': {
      description: 'The chat says “back in 2 minutes”, then nobody answers for 20.',
      channel: 'messenger', presence: 'online', owner: 'Sales', control: 'brand', frequency: 'recurring', score: 1,
      painPoints: ['Long wait for the first answer', 'No estimate of the waiting time'],
      hypotheses: [{ text: 'A chatbot that answers the common questions halves the wait', status: 'testing' }],
    },
    'tp-9': {
      channel: 'website', presence: 'online', owner: 'E-commerce', control: 'third-party', frequency: 'one-off', score: 2,
      painPoints: ['The bank’s 3-D Secure page times out'],
    },
  };
  for (const tp of map.touchpoints) Object.assign(tp, details[tp.id] ?? {});
  map.personas = [{ name: 'Anna, 29', description: 'Buys sports gear online, on her phone', goals: ['Shoes that fit the first time'] }];
  map.customerGoals = ['Find the right shoes quickly'];
  map.businessGoals = ['Raise the share of repeat customers'];
  map.notes = '';
  map.lastReview = '2025-06-12';
  return map;
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

/** The sample map in lanes (`?lanes` in the dev server): what the customer does, meets, thinks and suffers. */
export function lanesMap(): MapView {
  const map = sampleMap();
  map.lanes = [
    { id: 'lane-actions', name: 'Customer actions' },
    { id: 'lane-touchpoints', name: 'Touchpoints' },
    { id: 'lane-thoughts', name: 'Thoughts and feelings' },
    { id: 'lane-pains', name: 'Pain points' },
  ];
  const lanes: Record<string, string> = {
    'tp-2': 'lane-actions',
    'tp-5': 'lane-actions',
    'tp-8': 'lane-actions',
    'tp-12': 'lane-actions',
    'tp-3': 'lane-thoughts',
    'tp-4': 'lane-thoughts',
    'tp-15': 'lane-thoughts',
    'tp-7': 'lane-pains',
    'tp-9': 'lane-pains',
    'tp-13': 'lane-pains',
  };
  for (const tp of map.touchpoints) tp.lane = lanes[tp.id] ?? 'lane-touchpoints';
  return map;
}
