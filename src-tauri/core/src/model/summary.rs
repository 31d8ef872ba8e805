//! What the board needs to show a measure without knowing the rules behind it: every
//! metric the map uses with its rule resolved (the card's definition, its preset, the
//! preset's English name), the scale a heat view colours by, and each stage's aggregate;
//! every criterion with its stages' mean ratings. The core computes this once per change
//! and sends it beside the patch, so that the UI and the exports apply one rule.

use std::collections::HashMap;

use serde::Serialize;

use super::metrics::{criterion_preset, same_metric_name, Aggregate, Better, MetricPreset, CRITERION_PRESETS, METRIC_PRESETS};
use super::{Criterion, Map};
use crate::language::Language;

/// A metric of the map, as the board shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MetricSummary {
    /// The name as the map's definition writes it, else as the first card that measures it.
    pub name: String,
    pub unit: Option<String>,
    /// The map's target (a card may have its own).
    pub target: Option<f64>,
    pub better: Better,
    pub aggregate: Aggregate,
    /// The ends a heat view colours between: the metric's scale where it has both ends,
    /// else the lowest and highest value the cards have; `None` when no card measures it.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// For each stage, in the map's order, the aggregate of its cards' values (the mean,
    /// or the sum for counts); `None` where no card of the stage measures it.
    pub stages: Vec<Option<f64>>,
    /// How many cards measure it.
    pub measured: u32,
    /// How many of them miss their target (the card's, else the map's).
    pub off_target: u32,
}

/// A criterion of the map, as the board shows it.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CriterionSummary {
    pub id: String,
    pub name: String,
    /// For each stage, the mean rating of its rated cards; `None` where none is rated.
    pub stages: Vec<Option<f64>>,
    /// How many cards are rated on it.
    pub rated: u32,
}

/// Every measure of the map, summed up for the board.
#[derive(Debug, Clone, Default, PartialEq, Serialize, specta::Type)]
pub struct Measures {
    /// The map's metric definitions in their order, then the metrics cards measure that
    /// the map does not define, in the order they are first met.
    pub metrics: Vec<MetricSummary>,
    /// The map's criteria, in their order.
    pub criteria: Vec<CriterionSummary>,
}

/// A sum and a count, per stage.
#[derive(Clone, Copy, Default)]
struct Tally {
    sum: f64,
    n: u32,
}

impl Map {
    /// The summary of every metric and criterion of the map (one pass over the cards).
    pub fn measures(&self) -> Measures {
        let stage_of: HashMap<&str, usize> = self.stages.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();

        // Metrics by name: the definitions first. Cards repeat the same few spellings, so
        // each spelling is matched to its metric once.
        let mut names: Vec<String> = self.metric_definitions.iter().map(|d| d.name.clone()).collect();
        let mut spelling: HashMap<&str, usize> = HashMap::new();
        let mut tallies: Vec<Vec<Tally>> = vec![vec![Tally::default(); self.stages.len()]; names.len()];
        let mut ranges: Vec<Option<(f64, f64)>> = vec![None; names.len()];
        let mut measured = vec![0u32; names.len()];
        let mut off = vec![0u32; names.len()];
        let mut rules = Vec::with_capacity(names.len());
        rules.extend(names.iter().map(|n| self.metric_rule(n)));

        let criterion_of: HashMap<&str, usize> = self.criteria.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        let mut ratings = vec![vec![Tally::default(); self.stages.len()]; self.criteria.len()];
        let mut rated = vec![0u32; self.criteria.len()];

        for t in &self.touchpoints {
            let stage = stage_of.get(t.stage.as_str()).copied();
            for m in &t.metrics {
                let k = match spelling.get(m.name.as_str()) {
                    Some(&k) => k,
                    None => {
                        let k = match names.iter().position(|n| same_metric_name(n, &m.name)) {
                            Some(k) => k,
                            None => {
                                names.push(m.name.trim().to_owned());
                                rules.push(self.metric_rule(&m.name));
                                tallies.push(vec![Tally::default(); self.stages.len()]);
                                ranges.push(None);
                                measured.push(0);
                                off.push(0);
                                names.len() - 1
                            }
                        };
                        spelling.insert(m.name.as_str(), k);
                        k
                    }
                };
                measured[k] += 1;
                ranges[k] = Some(ranges[k].map_or((m.value, m.value), |(lo, hi)| (lo.min(m.value), hi.max(m.value))));
                let rule = &rules[k];
                if let Some(target) = m.target.or(rule.target) {
                    if !super::metrics::on_target(m.value, target, m.better.unwrap_or(rule.better)) {
                        off[k] += 1;
                    }
                }
                if let Some(i) = stage {
                    tallies[k][i].sum += m.value;
                    tallies[k][i].n += 1;
                }
            }
            for (id, &r) in &t.ratings {
                let Some(&c) = criterion_of.get(id.as_str()) else { continue };
                rated[c] += 1;
                if let Some(i) = stage {
                    ratings[c][i].sum += f64::from(r);
                    ratings[c][i].n += 1;
                }
            }
        }

        let metrics = names
            .into_iter()
            .enumerate()
            .map(|(k, name)| {
                let rule = rules[k];
                let def = self.metric_definition(&name);
                let (low, high) = match (rule.min, rule.max, ranges[k]) {
                    (Some(lo), Some(hi), _) => (Some(lo), Some(hi)),
                    (_, _, Some((lo, hi))) => (Some(lo), Some(hi)),
                    _ => (None, None),
                };
                MetricSummary {
                    unit: def.and_then(|d| d.unit.clone()).or_else(|| preset_of(self, &name).and_then(|p| p.unit.map(str::to_owned))),
                    name,
                    target: rule.target,
                    better: rule.better,
                    aggregate: rule.aggregate,
                    low,
                    high,
                    stages: tallies[k]
                        .iter()
                        .map(|t| {
                            (t.n > 0).then(|| match rule.aggregate {
                                Aggregate::Mean => t.sum / f64::from(t.n),
                                Aggregate::Sum => t.sum,
                            })
                        })
                        .collect(),
                    measured: measured[k],
                    off_target: off[k],
                }
            })
            .collect();
        let criteria = self
            .criteria
            .iter()
            .enumerate()
            .map(|(c, criterion)| CriterionSummary {
                id: criterion.id.clone(),
                name: criterion.name.clone(),
                stages: ratings[c].iter().map(|t| (t.n > 0).then(|| t.sum / f64::from(t.n))).collect(),
                rated: rated[c],
            })
            .collect();
        Measures { metrics, criteria }
    }
}

/// The preset whose unit a metric without a definition of its own takes.
fn preset_of(map: &Map, name: &str) -> Option<&'static MetricPreset> {
    match map.metric_definition(name) {
        Some(def) => def.preset.as_deref().and_then(MetricPreset::by_id),
        None => METRIC_PRESETS.iter().find(|p| same_metric_name(p.id, name) || same_metric_name(&p.name(Language::En), name)),
    }
}

/// A ready-made metric as the app offers it: the preset with its name in a language.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct NamedPreset {
    pub id: String,
    pub name: String,
    pub unit: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub better: Better,
    pub aggregate: Aggregate,
}

/// The metrics and criteria a map can start from, named in one language.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Presets {
    pub metrics: Vec<NamedPreset>,
    pub criteria: Vec<Criterion>,
}

/// The presets, in the order the app offers them, named in `lang`.
pub fn presets(lang: Language) -> Presets {
    Presets {
        metrics: METRIC_PRESETS
            .iter()
            .map(|p| NamedPreset {
                id: p.id.to_owned(),
                name: p.name(lang),
                unit: p.unit.map(str::to_owned),
                min: p.min,
                max: p.max,
                better: p.better,
                aggregate: p.aggregate,
            })
            .collect(),
        criteria: CRITERION_PRESETS.iter().map(|id| criterion_preset(id, lang)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Extra, Metric, Stage, Touchpoint};

    fn map() -> Map {
        let mut map = Map::new("m");
        map.stages = ["a", "b"].iter().map(|s| Stage { id: (*s).into(), name: (*s).into(), extra: Extra::new() }).collect();
        let mut nps = METRIC_PRESETS[0].definition(Language::En);
        nps.target = Some(20.0);
        map.metric_definitions.push(nps);
        map.criteria.push(criterion_preset("design", Language::En));
        map
    }

    fn card(id: &str, stage: &str, metrics: Vec<Metric>) -> Touchpoint {
        Touchpoint { id: id.into(), stage: stage.into(), metrics, ..Default::default() }
    }

    #[test]
    fn metrics_are_summed_up_by_their_rule_in_the_maps_order_then_the_cards() {
        let mut m = map();
        let mut own_target = Metric::new("nps", 10.0);
        own_target.target = Some(5.0);
        m.touchpoints = vec![
            card("1", "a", vec![Metric::new("Reach", 300.0), Metric::new("NPS", 30.0)]),
            card("2", "a", vec![Metric::new("reach ", 200.0), own_target]),
            card("3", "b", vec![Metric::new("NPS", -10.0), Metric::new("Open rate", 12.5)]),
            card("4", "gone", vec![Metric::new("NPS", 99.0)]),
        ];
        let s = m.measures();
        let names: Vec<&str> = s.metrics.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, ["NPS", "Reach", "Open rate"]);
        let nps = &s.metrics[0];
        assert_eq!(nps.stages, [Some(20.0), Some(-10.0)], "the card of a missing stage counts nowhere");
        assert_eq!((nps.low, nps.high), (Some(-100.0), Some(100.0)), "the preset's scale");
        assert_eq!((nps.measured, nps.off_target), (4, 1), "-10 misses 20; 10 meets its own 5");
        assert_eq!(nps.target, Some(20.0));
        let reach = &s.metrics[1];
        assert_eq!(reach.stages, [Some(500.0), None], "a count is summed");
        assert_eq!((reach.low, reach.high), (Some(200.0), Some(300.0)), "no upper end: the cards' range");
        assert_eq!(reach.aggregate, Aggregate::Sum);
        assert_eq!(s.metrics[2].unit, None);
        assert_eq!(s.metrics[2].better, Better::Higher);
    }

    #[test]
    fn a_metric_no_card_measures_has_no_range_and_no_aggregates() {
        let mut m = map();
        m.metric_definitions[0].preset = None;
        m.metric_definitions[0].min = None;
        let s = m.measures();
        assert_eq!((s.metrics[0].low, s.metrics[0].high), (None, None));
        assert_eq!(s.metrics[0].stages, [None, None]);
        assert_eq!(s.metrics[0].measured, 0);
    }

    #[test]
    fn criteria_are_the_mean_of_the_rated_cards() {
        let mut m = map();
        m.touchpoints = vec![card("1", "a", vec![]), card("2", "a", vec![]), card("3", "b", vec![])];
        m.touchpoints[0].ratings.insert("design".into(), 5);
        m.touchpoints[1].ratings.insert("design".into(), 2);
        m.touchpoints[2].ratings.insert("unknown".into(), 1);
        let s = m.measures();
        assert_eq!(s.criteria.len(), 1);
        assert_eq!(s.criteria[0].stages, [Some(3.5), None]);
        assert_eq!(s.criteria[0].rated, 2);
        assert_eq!(s.criteria[0].name, "Design and quality");
    }

    #[test]
    fn the_summary_agrees_with_the_exports_aggregates() {
        let m = crate::model::sample_map();
        let s = m.measures();
        assert!(!s.metrics.is_empty());
        for metric in &s.metrics {
            assert_eq!(metric.stages, m.stage_aggregates(&metric.name), "{}", metric.name);
        }
        for c in &s.criteria {
            assert_eq!(c.stages, m.stage_ratings(&c.id), "{}", c.id);
        }
    }

    #[test]
    fn presets_are_named_in_the_language_asked() {
        let ru = presets(Language::Ru);
        assert_eq!(ru.metrics.len(), METRIC_PRESETS.len());
        assert_eq!(ru.criteria.len(), CRITERION_PRESETS.len());
        let time = ru.metrics.iter().find(|p| p.id == "response-time").unwrap();
        assert_eq!((time.unit.as_deref(), time.better), (Some("min"), Better::Lower));
        assert_ne!(presets(Language::En).criteria[0].name, ru.criteria[0].name);
    }
}
