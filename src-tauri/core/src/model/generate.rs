//! Large, valid maps with believable text, for benchmarks and scripts
//! (`journey-mapper generate`). Deterministic: the same seed gives the same map.

use super::{Channel, Extra, Lane, Map, Sentiment, Stage, Touchpoint};

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
}

/// A map with `stages` stages and `touchpoints` touchpoints spread over them, in one row.
pub fn generate(stages: usize, touchpoints: usize, seed: u64) -> Map {
    generate_with_lanes(stages, 0, touchpoints, seed)
}

/// A map with `stages` stages, `lanes` lanes (none: one row) and `touchpoints` touchpoints
/// spread over the stages, each in a lane picked at random, with a channel and an owner.
pub fn generate_with_lanes(stages: usize, lanes: usize, touchpoints: usize, seed: u64) -> Map {
    let mut rng = Rng(seed);
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
    }
    map
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
        let text = crate::format::to_canonical_json(&map);
        let loaded = crate::format::parse(text.as_bytes()).unwrap();
        assert!(loaded.notes.is_empty());
        assert!(map.stages.iter().all(|s| !map.cards_of(&s.id).is_empty()), "every stage has cards");
        assert!(Sentiment::ALL.iter().all(|s| map.touchpoints.iter().any(|t| t.sentiment == *s)));
        assert!(map.lanes.is_empty() && map.touchpoints.iter().all(|t| t.lane.is_empty()));
    }

    #[test]
    fn generated_lanes_are_named_used_and_survive_a_round_trip() {
        let map = generate_with_lanes(5, 8, 2000, 3);
        assert_eq!(map.lanes.len(), 8);
        assert_eq!(map.lanes[0].name, "Customer actions");
        assert_eq!(map.lanes[7].name, "Touchpoints 2");
        for lane in &map.lanes {
            assert!(map.touchpoints.iter().any(|t| t.lane == lane.id), "{} has cards", lane.id);
        }
        assert!(map.touchpoints.iter().all(|t| t.channel.is_some() && !t.owner.is_empty()));
        let text = crate::format::to_canonical_json(&map);
        let loaded = crate::format::parse(text.as_bytes()).unwrap();
        assert!(loaded.notes.is_empty());
        assert_eq!(loaded.map, map);
    }
}
