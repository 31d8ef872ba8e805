//! What a touchpoint is measured by (format 1.2): metric values, ratings on the map's
//! evaluation criteria and verbatim feedback; the map's list of the metrics it uses and
//! its criteria; the presets both start from; and the aggregates the board and the
//! exports show.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Map, Touchpoint};
use crate::language::Language;
use crate::i18n::text;

/// Which way a metric improves.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum Better {
    #[default]
    Higher,
    Lower,
}

/// How a stage sums up its cards' values of a metric: the mean, or the sum for counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, specta::Type)]
#[serde(rename_all = "kebab-case")]
pub enum Aggregate {
    #[default]
    Mean,
    Sum,
}

/// One measured value of a touchpoint: an NPS of 32 in March, a conversion rate of 2.4 %.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
pub struct Metric {
    /// The metric's name; the map's metric definition of the same name gives its scale,
    /// unit and target when the card gives none.
    #[serde(default)]
    pub name: String,
    /// The measured value.
    #[serde(serialize_with = "whole::write")]
    #[specta(type = f64)]
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The value aimed at; the map's definition's target when none.
    #[serde(default, skip_serializing_if = "Option::is_none", serialize_with = "whole::write_some")]
    #[specta(type = Option<f64>)]
    pub target: Option<f64>,
    /// Which way is better; the definition's (or its preset's) when none, else higher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better: Option<Better>,
    /// The day it was measured, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub date: Option<String>,
    /// The period it covers, as people write it (`2026-Q1`, `March 2026`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Where the value comes from: a survey, analytics, the CRM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = super::ExtraFields)]
    pub extra: Extra,
}

impl Metric {
    pub fn new(name: impl Into<String>, value: f64) -> Self {
        Metric {
            name: name.into(),
            value,
            unit: None,
            target: None,
            better: None,
            date: None,
            period: None,
            source: None,
            extra: Extra::new(),
        }
    }
}

/// Numbers are written as people write them: a whole number without `.0` (an NPS of 64,
/// not 64.0), so that a hand-written file saves to the same text.
mod whole {
    use serde::Serializer;

    pub fn write<S: Serializer>(n: &f64, s: S) -> Result<S::Ok, S::Error> {
        if n.fract() == 0.0 && n.abs() < 9.0e15 { s.serialize_i64(*n as i64) } else { s.serialize_f64(*n) }
    }

    pub fn write_some<S: Serializer>(n: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match n {
            Some(n) => write(n, s),
            None => s.serialize_none(),
        }
    }
}

/// A customer's own words about a touchpoint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
pub struct Feedback {
    #[serde(default)]
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub date: Option<String>,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = super::ExtraFields)]
    pub extra: Extra,
}

/// A metric the map uses, so that every card offers the same name, unit, scale and target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
pub struct MetricDefinition {
    /// The name cards use for it.
    #[serde(default)]
    pub name: String,
    /// The id of the preset it was made from (`nps`, `csat`...), if any: its scale, unit,
    /// direction and aggregate apply where the definition gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The lowest possible value.
    #[serde(default, skip_serializing_if = "Option::is_none", serialize_with = "whole::write_some")]
    #[specta(type = Option<f64>)]
    pub min: Option<f64>,
    /// The highest possible value.
    #[serde(default, skip_serializing_if = "Option::is_none", serialize_with = "whole::write_some")]
    #[specta(type = Option<f64>)]
    pub max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", serialize_with = "whole::write_some")]
    #[specta(type = Option<f64>)]
    pub target: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better: Option<Better>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aggregate: Option<Aggregate>,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = super::ExtraFields)]
    pub extra: Extra,
}

/// A factor the map rates each touchpoint on, 1 to 5.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
pub struct Criterion {
    /// Stable id, unique among the map's criteria; the key of a card's `ratings`.
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = super::ExtraFields)]
    pub extra: Extra,
}

/// A metric as the app offers it ready-made.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MetricPreset {
    pub id: &'static str,
    pub unit: Option<&'static str>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub better: Better,
    pub aggregate: Aggregate,
}

const fn preset(
    id: &'static str,
    unit: Option<&'static str>,
    min: Option<f64>,
    max: Option<f64>,
    better: Better,
    aggregate: Aggregate,
) -> MetricPreset {
    MetricPreset { id, unit, min, max, better, aggregate }
}

/// The metrics every map can start from, in the order the app offers them.
pub const METRIC_PRESETS: [MetricPreset; 8] = [
    preset("nps", None, Some(-100.0), Some(100.0), Better::Higher, Aggregate::Mean),
    preset("csat", None, Some(1.0), Some(5.0), Better::Higher, Aggregate::Mean),
    preset("csat-percent", Some("%"), Some(0.0), Some(100.0), Better::Higher, Aggregate::Mean),
    preset("ces", None, Some(1.0), Some(7.0), Better::Higher, Aggregate::Mean),
    preset("conversion-rate", Some("%"), Some(0.0), Some(100.0), Better::Higher, Aggregate::Mean),
    preset("response-time", Some("min"), Some(0.0), None, Better::Lower, Aggregate::Mean),
    preset("reach", None, Some(0.0), None, Better::Higher, Aggregate::Sum),
    preset("customer-count", None, Some(0.0), None, Better::Higher, Aggregate::Sum),
];

/// The evaluation criteria every map can start from: the factors marketers rate
/// touchpoints on.
pub const CRITERION_PRESETS: [&str; 7] =
    ["design", "content", "reachability", "response-speed", "frequency", "engagement", "personal-tone"];

impl MetricPreset {
    pub fn by_id(id: &str) -> Option<&'static MetricPreset> {
        METRIC_PRESETS.iter().find(|p| p.id == id)
    }

    /// The preset's name in `lang` (`metric-preset-nps`).
    pub fn name(&self, lang: Language) -> String {
        text(lang, &format!("metric-preset-{}", self.id), &[])
    }

    /// A map-level definition made from the preset, named in `lang`.
    pub fn definition(&self, lang: Language) -> MetricDefinition {
        MetricDefinition {
            name: self.name(lang),
            preset: Some(self.id.to_owned()),
            unit: self.unit.map(str::to_owned),
            min: self.min,
            max: self.max,
            target: None,
            better: Some(self.better),
            aggregate: Some(self.aggregate),
            extra: Extra::new(),
        }
    }
}

/// A preset criterion, named in `lang` (`criterion-preset-design`).
pub fn criterion_preset(id: &str, lang: Language) -> Criterion {
    Criterion { id: id.to_owned(), name: text(lang, &format!("criterion-preset-{id}"), &[]), extra: Extra::new() }
}

/// A metric's scale, direction and target as the map defines it.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MetricRule {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub target: Option<f64>,
    pub better: Better,
    pub aggregate: Aggregate,
}

/// Names match whatever their case and surrounding spaces.
pub fn same_metric_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Map {
    /// Whether the map uses anything of format 1.2.
    pub fn uses_measures(&self) -> bool {
        !self.metric_definitions.is_empty()
            || !self.criteria.is_empty()
            || self.touchpoints.iter().any(|t| !t.metrics.is_empty() || !t.ratings.is_empty() || !t.feedback.is_empty())
    }

    /// Whether the map keeps a field of a file older than 1.2 under a name 1.2 took (a
    /// script's `"metrics": {"ctr": 0.031}`) where it has none of its own. A 1.2 file would
    /// have that field read as 1.2's own, repaired or dropped, so such a map is written as
    /// 1.1, where each field keeps the meaning it was read with (FORMAT.md, "Versions").
    pub fn keeps_older_fields_of_1_2_names(&self) -> bool {
        (self.metric_definitions.is_empty() && self.extra.contains_key("metricDefinitions"))
            || (self.criteria.is_empty() && self.extra.contains_key("criteria"))
            || self.touchpoints.iter().any(|t| {
                (t.metrics.is_empty() && t.extra.contains_key("metrics"))
                    || (t.ratings.is_empty() && t.extra.contains_key("ratings"))
                    || (t.feedback.is_empty() && t.extra.contains_key("feedback"))
            })
    }

    /// The version a file of this map says: the oldest that holds everything it uses (1.2
    /// with metrics, ratings, feedback or criteria, else 1.1), or the newer minor version
    /// it was read with, whose fields it may keep.
    pub fn fitting_version(&self) -> String {
        let newer = super::parse_minor(&self.version).is_some_and(|minor| minor > super::CURRENT_MINOR);
        if newer {
            self.version.clone()
        } else if self.uses_measures() && !self.keeps_older_fields_of_1_2_names() {
            super::CURRENT_VERSION.to_owned()
        } else {
            super::BASE_VERSION.to_owned()
        }
    }

    /// Brings back every criterion a card is rated on that the map no longer defines (a
    /// merge or a resolved conflict can leave one: one copy removed it while the other rated
    /// a card on it), as a stage comes back while cards are in it. It takes the definition
    /// of the first of `from` that has it, else is named by its id, as the loader does.
    pub fn keep_rated_criteria(&mut self, from: &[&Map]) {
        let mut missing: Vec<String> = Vec::new();
        for t in &self.touchpoints {
            for id in t.ratings.keys() {
                if !self.criteria.iter().any(|c| &c.id == id) && !missing.contains(id) {
                    missing.push(id.clone());
                }
            }
        }
        for id in missing {
            let known = from.iter().find_map(|m| m.criteria.iter().find(|c| c.id == id)).cloned();
            self.criteria.push(known.unwrap_or(Criterion { id: id.clone(), name: id, extra: Extra::new() }));
        }
    }

    pub fn metric_definition(&self, name: &str) -> Option<&MetricDefinition> {
        self.metric_definitions.iter().find(|d| same_metric_name(&d.name, name))
    }

    /// The rule of the metric called `name`: the map's definition, filled in from its
    /// preset; without a definition, the preset of that id or (English) name.
    pub fn metric_rule(&self, name: &str) -> MetricRule {
        let def = self.metric_definition(name);
        let preset = def
            .and_then(|d| d.preset.as_deref())
            .and_then(MetricPreset::by_id)
            .or_else(|| {
                if def.is_some() {
                    return None;
                }
                METRIC_PRESETS
                    .iter()
                    .zip(english_preset_names())
                    .find(|(p, en)| same_metric_name(p.id, name) || same_metric_name(en, name))
                    .map(|(p, _)| p)
            });
        let min = def.and_then(|d| d.min).or(preset.and_then(|p| p.min));
        let max = def.and_then(|d| d.max).or(preset.and_then(|p| p.max));
        // A scale that ends below where it starts (a hand-edited 9…5) holds no value: it is
        // no scale, or every value would be clamped to one end and again on the next load.
        let (min, max) = match (min, max) {
            (Some(lo), Some(hi)) if lo > hi => (None, None),
            bounds => bounds,
        };
        MetricRule {
            min,
            max,
            target: def.and_then(|d| d.target),
            better: def.and_then(|d| d.better).or(preset.map(|p| p.better)).unwrap_or_default(),
            aggregate: def.and_then(|d| d.aggregate).or(preset.map(|p| p.aggregate)).unwrap_or_default(),
        }
    }

    /// Whether `metric` meets its target (the card's, else the map's): `None` when it has
    /// none. A value equal to the target meets it.
    pub fn on_target(&self, metric: &Metric) -> Option<bool> {
        let rule = self.metric_rule(&metric.name);
        let target = metric.target.or(rule.target)?;
        let better = metric.better.unwrap_or(rule.better);
        Some(on_target(metric.value, target, better))
    }

    /// For each stage, the aggregate of the metric `name` over its cards that measure it
    /// (the mean, or the sum for a count), or `None` where no card does.
    pub fn stage_aggregates(&self, name: &str) -> Vec<Option<f64>> {
        let aggregate = self.metric_rule(name).aggregate;
        let index: std::collections::HashMap<&str, usize> =
            self.stages.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let mut sums = vec![(0.0f64, 0usize); self.stages.len()];
        for t in &self.touchpoints {
            let (Some(&i), Some(m)) = (index.get(t.stage.as_str()), t.metric(name)) else { continue };
            sums[i].0 += m.value;
            sums[i].1 += 1;
        }
        sums.into_iter()
            .map(|(sum, n)| {
                (n > 0).then(|| match aggregate {
                    Aggregate::Mean => sum / n as f64,
                    Aggregate::Sum => sum,
                })
            })
            .collect()
    }
}

/// The presets' English names, looked up once: the loader asks for them for every metric
/// without a definition, on maps of ten thousand cards.
pub(super) fn english_preset_names() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| METRIC_PRESETS.iter().map(|p| p.name(Language::En)).collect())
}

impl Map {
    /// For each stage, the mean rating of its cards rated on `criterion`, or `None` where
    /// no card is: a criterion's per-stage aggregate, as [`Map::stage_aggregates`] is a metric's.
    pub fn stage_ratings(&self, criterion: &str) -> Vec<Option<f64>> {
        let index: std::collections::HashMap<&str, usize> =
            self.stages.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        let mut sums = vec![(0u32, 0u32); self.stages.len()];
        for t in &self.touchpoints {
            let (Some(&i), Some(&r)) = (index.get(t.stage.as_str()), t.ratings.get(criterion)) else { continue };
            sums[i].0 += u32::from(r);
            sums[i].1 += 1;
        }
        sums.into_iter().map(|(sum, n)| (n > 0).then(|| f64::from(sum) / f64::from(n))).collect()
    }
}

/// Whether `value` meets `target` when `better` is the way the metric improves.
pub fn on_target(value: f64, target: f64, better: Better) -> bool {
    match better {
        Better::Higher => value >= target,
        Better::Lower => value <= target,
    }
}

impl Touchpoint {
    /// The card's metric called `name` (any case).
    pub fn metric(&self, name: &str) -> Option<&Metric> {
        self.metrics.iter().find(|m| same_metric_name(&m.name, name))
    }

    /// The card's overall rating: the mean of its ratings on the map's criteria; a card
    /// rated on none has its 1.1 `score` as its overall rating; `None` with neither.
    pub fn overall_rating(&self) -> Option<f64> {
        mean_rating(&self.ratings).or(self.score.map(f64::from))
    }
}

/// The mean of ratings, `None` when there are none.
pub fn mean_rating(ratings: &BTreeMap<String, u8>) -> Option<f64> {
    (!ratings.is_empty()).then(|| ratings.values().map(|&r| f64::from(r)).sum::<f64>() / ratings.len() as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Stage, Touchpoint};

    fn card(id: &str, stage: &str, metrics: Vec<Metric>) -> Touchpoint {
        Touchpoint { id: id.into(), stage: stage.into(), metrics, ..Default::default() }
    }

    fn map() -> Map {
        let mut map = Map::new("m");
        map.stages = ["a", "b", "c"].iter().map(|s| Stage { id: (*s).into(), name: (*s).into(), extra: Extra::new() }).collect();
        map
    }

    #[test]
    fn stage_aggregates_take_the_mean_or_the_sum_for_counts() {
        let mut map = map();
        map.touchpoints = vec![
            card("1", "a", vec![Metric::new("NPS", 10.0), Metric::new("Reach", 100.0)]),
            card("2", "a", vec![Metric::new("nps", 30.0), Metric::new("Reach", 50.0)]),
            card("3", "b", vec![Metric::new("NPS", -20.0)]),
            card("4", "c", vec![]),
        ];
        assert_eq!(map.stage_aggregates("NPS"), vec![Some(20.0), Some(-20.0), None]);
        // Reach is a count: summed, by its preset's rule.
        assert_eq!(map.stage_aggregates("Reach"), vec![Some(150.0), None, None]);
        // A definition decides over the preset.
        let mut def = METRIC_PRESETS[6].definition(Language::En);
        def.aggregate = Some(Aggregate::Mean);
        map.metric_definitions.push(def);
        assert_eq!(map.stage_aggregates("Reach"), vec![Some(75.0), None, None]);
    }

    #[test]
    fn on_target_follows_the_direction_and_the_maps_target() {
        let mut map = map();
        let mut nps = METRIC_PRESETS[0].definition(Language::En);
        nps.target = Some(30.0);
        map.metric_definitions.push(nps);
        assert_eq!(map.on_target(&Metric::new("NPS", 30.0)), Some(true));
        assert_eq!(map.on_target(&Metric::new("NPS", 29.0)), Some(false));
        let mut own = Metric::new("NPS", 29.0);
        own.target = Some(20.0);
        assert_eq!(map.on_target(&own), Some(true));
        // Response time: lower is better, by its preset.
        let mut time = Metric::new("Response time", 12.0);
        time.target = Some(15.0);
        assert_eq!(map.on_target(&time), Some(true));
        time.value = 16.0;
        assert_eq!(map.on_target(&time), Some(false));
        assert_eq!(map.on_target(&Metric::new("Custom", 1.0)), None);
    }

    #[test]
    fn overall_rating_is_the_mean_of_the_ratings_else_the_score() {
        let mut t = Touchpoint::default();
        assert_eq!(t.overall_rating(), None);
        t.score = Some(4);
        assert_eq!(t.overall_rating(), Some(4.0));
        t.ratings.insert("design".into(), 5);
        t.ratings.insert("content".into(), 2);
        assert_eq!(t.overall_rating(), Some(3.5));
    }

    #[test]
    fn stage_ratings_are_the_mean_of_the_rated_cards() {
        let mut map = map();
        map.touchpoints = vec![card("1", "a", vec![]), card("2", "a", vec![]), card("3", "b", vec![]), card("4", "b", vec![])];
        map.touchpoints[0].ratings.insert("design".into(), 5);
        map.touchpoints[1].ratings.insert("design".into(), 2);
        map.touchpoints[2].ratings.insert("content".into(), 1);
        assert_eq!(map.stage_ratings("design"), vec![Some(3.5), None, None]);
        assert_eq!(map.stage_ratings("content"), vec![None, Some(1.0), None]);
    }

    #[test]
    fn a_criterion_a_card_is_rated_on_comes_back_from_where_it_was_defined() {
        let mut old = map();
        old.criteria.push(criterion_preset("design", Language::Ru));
        let mut merged = map();
        merged.touchpoints.push(card("1", "a", vec![]));
        merged.touchpoints[0].ratings.insert("design".into(), 4);
        merged.touchpoints[0].ratings.insert("speed".into(), 2);
        merged.keep_rated_criteria(&[&old]);
        let got: Vec<(&str, &str)> = merged.criteria.iter().map(|c| (c.id.as_str(), c.name.as_str())).collect();
        assert_eq!(got, [("design", "Дизайн и качество"), ("speed", "speed")]);
        merged.keep_rated_criteria(&[&old]);
        assert_eq!(merged.criteria.len(), 2, "nothing twice");
    }

    #[test]
    fn presets_are_named_in_every_language() {
        for lang in Language::ALL {
            for p in METRIC_PRESETS {
                let name = p.name(lang);
                assert!(!name.is_empty() && !name.contains("metric-preset"), "{lang:?} {}", p.id);
            }
            for id in CRITERION_PRESETS {
                let c = criterion_preset(id, lang);
                assert!(!c.name.is_empty() && !c.name.contains("criterion-preset"), "{lang:?} {id}");
            }
        }
        assert_eq!(METRIC_PRESETS[0].name(Language::En), "NPS");
        let nps = MetricPreset::by_id("nps").unwrap();
        assert_eq!((nps.min, nps.max), (Some(-100.0), Some(100.0)));
    }

    #[test]
    fn the_version_is_1_2_only_when_a_measure_is_used() {
        let mut map = map();
        assert_eq!(map.fitting_version(), "1.1");
        map.touchpoints.push(card("1", "a", vec![]));
        map.touchpoints[0].feedback.push(Feedback { quote: "Slow".into(), source: None, date: None, extra: Extra::new() });
        assert_eq!(map.fitting_version(), "1.2");
        map.version = "1.5".into();
        assert_eq!(map.fitting_version(), "1.5");
    }
}
