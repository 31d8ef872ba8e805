//! Large, valid maps with believable text, for benchmarks and scripts
//! (`journey-mapper generate`). Deterministic: the same seed gives the same map.

use super::{
    criterion_preset, Channel, Extra, Feedback, Lane, Map, Metric, MetricPreset, Sentiment, Stage, Touchpoint, CRITERION_PRESETS,
};
use crate::language::Language;

const STAGES: &[&str] = &[
    "Awareness", "Consideration", "Decision", "Purchase", "Delivery", "Onboarding", "Use", "Support", "Loyalty", "Advocacy",
];
const CHANNELS: &[&str] = &[
    "Online ad", "Instagram post", "Search result", "Review site", "Website", "Product page", "Cart", "Checkout",
    "Order email", "Courier", "Invoice", "Support call", "Messenger chat", "Newsletter", "Store visit", "Loyalty app",
];
const MOMENTS: &[&str] = &[
    "answers a question quickly", "is hard to find", "shows a discount", "asks for too much data", "arrives late",
    "is friendly", "has confusing prices", "offers free returns", "needs an account", "recommends a size",
    "takes 20 minutes", "works on mobile", "looks trustworthy", "hides delivery costs", "remembers my order",
];

const QUOTES: &[&str] = &[
    "Took me ages to find the delivery price.", "The operator called me back within minutes.",
    "Same email as everyone gets, nothing for me.", "Loved the packaging, felt like a gift.",
    "I had to enter my address twice.", "Clear, friendly and fast.", "Nobody answered the chat.",
];
const SOURCES: &[&str] = &["survey", "web analytics", "CRM", "call-tracking", "reviews"];
/// The presets every generated map measures by, with the range its values are drawn from.
const MEASURED: &[(&str, f64, f64)] =
    &[("nps", -60.0, 80.0), ("csat", 1.0, 5.0), ("conversion-rate", 0.2, 8.0), ("response-time", 1.0, 30.0), ("reach", 100.0, 50000.0)];

const LANES: &[&str] = &["Customer actions", "Touchpoints", "Thoughts", "Pain points", "Opportunities", "Backstage"];
const OWNERS: &[&str] = &["Marketing", "E-commerce", "Customer service", "Logistics", "Sales", "Finance", "Product"];

/// A small deterministic generator (SplitMix64): no dependency for a handful of choices.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() % from.len() as u64) as usize]
    }
    /// A number in `lo..=hi`, to one decimal.
    fn between(&mut self, lo: f64, hi: f64) -> f64 {
        let unit = (self.next() % 10_001) as f64 / 10_000.0;
        ((lo + unit * (hi - lo)) * 10.0).round() / 10.0
    }
}

/// A map with `stages` stages and `touchpoints` touchpoints spread over them, in one row.
pub fn generate(stages: usize, touchpoints: usize, seed: u64) -> Map {
    generate_with_lanes(stages, 0, touchpoints, seed)
}

/// A map with `stages` stages, `lanes` lanes (none: one row) and `touchpoints` touchpoints
/// spread over the stages, each in a lane picked at random, with a channel and an owner.
pub fn generate_with_lanes(stages: usize, lanes: usize, touchpoints: usize, seed: u64) -> Map {
    let mut rng = Rng(seed);
    // The measurements draw from a stream of their own, so that the cards themselves (titles,
    // stages, sentiments, owners) are the ones the same seed gave before maps had metrics:
    // benchmarks and tests that use generated maps keep their layout.
    let mut measuring = Rng(seed ^ 0x6d65_6173_7572_6573);
    let mut map = Map::new(format!("Generated journey: {touchpoints} touchpoints"));
    map.id = format!("map-generated-{seed}");
    let stages = stages.max(1);
    for i in 0..stages {
        let base = STAGES[i % STAGES.len()];
        let name = if i < STAGES.len() { base.to_owned() } else { format!("{base} {}", i / STAGES.len() + 1) };
        map.stages.push(Stage { id: format!("stage-{i}"), name, extra: Extra::new() });
    }
    for i in 0..lanes {
        let base = LANES[i % LANES.len()];
        let name = if i < LANES.len() { base.to_owned() } else { format!("{base} {}", i / LANES.len() + 1) };
        map.lanes.push(Lane { id: format!("lane-{i}"), name, extra: Extra::new() });
    }
    // What the benchmarks measure: the map's metrics and criteria, from the presets.
    for (id, _, hi) in MEASURED {
        let Some(preset) = MetricPreset::by_id(id) else { continue };
        let mut def = preset.definition(Language::En);
        def.target = Some(match *id {
            "response-time" => 5.0,
            "nps" => 30.0,
            "csat" => 4.0,
            _ => (hi / 2.0).round(),
        });
        map.metric_definitions.push(def);
    }
    map.criteria = CRITERION_PRESETS.iter().map(|id| criterion_preset(id, Language::En)).collect();
    for i in 0..touchpoints {
        let sentiment = match rng.next() % 10 {
            0..=3 => Sentiment::Positive,
            4..=6 => Sentiment::Neutral,
            _ => Sentiment::Negative,
        };
        let title = format!("{} {}", rng.pick(CHANNELS), rng.pick(MOMENTS));
        let lane = if lanes == 0 { String::new() } else { format!("lane-{}", rng.next() % lanes as u64) };
        let channel = Channel::ALL[(rng.next() % Channel::ALL.len() as u64) as usize];
        map.touchpoints.push(Touchpoint {
            id: format!("tp-{i}"),
            stage: format!("stage-{}", i * stages / touchpoints.max(1)),
            lane,
            title,
            sentiment,
            channel: Some(channel),
            owner: rng.pick(OWNERS).to_owned(),
            extra: Extra::new(),
            ..Default::default()
        });
        measure(&mut measuring, &mut map, i);
    }
    map.version = map.fitting_version();
    map
}

/// Gives card `i` one to three of the map's metrics, ratings on some criteria and now and
/// then a quote.
fn measure(rng: &mut Rng, map: &mut Map, i: usize) {
    let first = (rng.next() % MEASURED.len() as u64) as usize;
    let count = 1 + (rng.next() % 3) as usize;
    let mut metrics = Vec::with_capacity(count);
    for k in 0..count {
        let (_, lo, hi) = MEASURED[(first + k) % MEASURED.len()];
        let name = map.metric_definitions[(first + k) % MEASURED.len()].name.clone();
        let value = if hi > 100.0 { rng.between(lo, hi).round() } else { rng.between(lo, hi) };
        let mut metric = Metric::new(name, value);
        metric.source = Some(rng.pick(SOURCES).to_owned());
        metric.date = Some(format!("2026-{:02}-{:02}", 1 + rng.next() % 12, 1 + rng.next() % 28));
        metrics.push(metric);
    }
    let tp = &mut map.touchpoints[i];
    tp.metrics = metrics;
    for c in &map.criteria {
        if rng.next() % 2 == 0 {
            tp.ratings.insert(c.id.clone(), 1 + (rng.next() % 5) as u8);
        }
    }
    if rng.next() % 4 == 0 {
        tp.feedback.push(Feedback {
            quote: rng.pick(QUOTES).to_owned(),
            source: Some(rng.pick(SOURCES).to_owned()),
            date: None,
            extra: Extra::new(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_maps_are_valid_deterministic_and_sized_as_asked() {
        let map = generate(8, 1000, 7);
        assert_eq!(map.stages.len(), 8);
        assert_eq!(map.touchpoints.len(), 1000);
        assert_eq!(map, generate(8, 1000, 7));
        assert!(map.stages.iter().all(|s| !map.cards_of(&s.id).is_empty()), "every stage has cards");
        assert!(Sentiment::ALL.iter().all(|s| map.touchpoints.iter().any(|t| t.sentiment == *s)));
        assert!(map.lanes.is_empty() && map.touchpoints.iter().all(|t| t.lane.is_empty()));
    }

    #[test]
    fn generated_maps_carry_metrics_ratings_and_feedback_the_loader_keeps() {
        let map = generate(6, 500, 11);
        assert_eq!(map.fitting_version(), "1.2");
        assert_eq!(map.metric_definitions.len(), MEASURED.len());
        assert_eq!(map.criteria.len(), CRITERION_PRESETS.len());
        assert!(map.touchpoints.iter().all(|t| !t.metrics.is_empty()), "every card is measured");
        assert!(map.touchpoints.iter().any(|t| !t.ratings.is_empty()));
        assert!(map.touchpoints.iter().any(|t| !t.feedback.is_empty()));
        for name in ["NPS", "Reach"] {
            assert!(map.stage_aggregates(name).iter().all(Option::is_some), "{name} in every stage");
        }
        // Within every scale (the loader has nothing to repair: tests/format.rs reads it back).
        for t in &map.touchpoints {
            for m in &t.metrics {
                let rule = map.metric_rule(&m.name);
                assert!(rule.min.map_or(true, |min| m.value >= min) && rule.max.map_or(true, |max| m.value <= max), "{m:?}");
            }
        }
    }

    #[test]
    fn generated_lanes_are_named_and_used() {
        let map = generate_with_lanes(5, 8, 2000, 3);
        assert_eq!(map.lanes.len(), 8);
        assert_eq!(map.lanes[0].name, "Customer actions");
        assert_eq!(map.lanes[7].name, "Touchpoints 2");
        for lane in &map.lanes {
            assert!(map.touchpoints.iter().any(|t| t.lane == lane.id), "{} has cards", lane.id);
        }
        assert!(map.touchpoints.iter().all(|t| t.channel.is_some() && !t.owner.is_empty()));
    }
}
