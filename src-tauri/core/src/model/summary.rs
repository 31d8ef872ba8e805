//! What the board needs to show a measure without knowing the rules behind it: every
//! metric the map uses with its rule resolved (the card's definition, its preset, the
//! preset's English name), the scale a heat view colours by, and each stage's aggregate;
//! every criterion with its stages' mean ratings. The core computes this once per change
//! and sends it beside the patch, so that the UI and the exports apply one rule.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::metrics::{criterion_preset, same_metric_name, Aggregate, Better, MetricPreset, CRITERION_PRESETS, METRIC_PRESETS};
use super::{Criterion, Map, Touchpoint};
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
        // The names are looked up once, not at every update: this runs with each edit.
        None => METRIC_PRESETS
            .iter()
            .zip(super::metrics::english_preset_names())
            .find(|(p, en)| same_metric_name(p.id, name) || same_metric_name(en, name))
            .map(|(p, _)| p),
    }
}

/// The one measure a board shows on its cards and under its stage headers, and the heat
/// view colours by: the user's choice, kept by the window (the file does not change).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum BoardMeasure {
    None,
    /// A metric, by name (any case).
    Metric { name: String },
    /// A criterion, by id.
    Criterion { id: String },
}

/// How a shown measure sums up a stage: a metric's mean or sum, a criterion's mean rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StageSum {
    Mean,
    Sum,
    Rating,
}

/// The lowest and highest rating of a criterion: its heat scale.
pub const RATING_LOW: f64 = 1.0;
pub const RATING_HIGH: f64 = 5.0;
/// The heat view's colour steps, from the worst end of the scale to the best.
pub const HEAT_STEPS: usize = 5;

/// A measure as a board shows it, resolved against the map's summary.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownMeasure {
    /// What was shown: the metric named as the map names it, or the criterion's id.
    pub choice: BoardMeasure,
    /// The metric's or the criterion's name (its id when it has none).
    pub name: String,
    pub unit: Option<String>,
    /// The map's target (a card may have its own); criteria have none.
    pub target: Option<f64>,
    pub better: Better,
    /// The heat scale's ends; `None` when no card measures it.
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Per stage, in the map's order; `None` where no card of the stage measures it.
    pub stages: Vec<Option<f64>>,
    pub sum: StageSum,
}

/// A card's value of the shown measure.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    pub value: f64,
    pub unit: Option<String>,
    /// The card's target, else the map's.
    pub target: Option<f64>,
    /// Whether the value meets its target; `None` without one (a rating has none).
    pub on_target: Option<bool>,
    /// Where the value sits from the worst end of the scale (0) to the best (1).
    pub level: f64,
}

impl Reading {
    /// The heat view's step of this card, 0 (worst) to `HEAT_STEPS - 1`.
    pub fn heat_step(&self) -> usize {
        heat_step(self.level)
    }
}

/// Where `value` sits between the worse and the better end of `low..high`, clamped to 0..1.
/// Without a scale (nothing measured, or one value everywhere) every value is at the top:
/// no card can be worse than another.
pub fn level(value: f64, low: Option<f64>, high: Option<f64>, better: Better) -> f64 {
    let (Some(low), Some(high)) = (low, high) else { return 1.0 };
    if !(high > low) || !value.is_finite() {
        return 1.0;
    }
    let f = ((value - low) / (high - low)).clamp(0.0, 1.0);
    match better {
        Better::Higher => f,
        Better::Lower => 1.0 - f,
    }
}

/// The heat step a level falls in: the best end belongs to the last step.
pub fn heat_step(level: f64) -> usize {
    // A NaN level casts to 0; clamping first keeps every level in range.
    ((level.clamp(0.0, 1.0) * HEAT_STEPS as f64).floor() as usize).min(HEAT_STEPS - 1)
}

impl ShownMeasure {
    /// The card's value of this measure; `None` when the card does not measure it.
    pub fn reading(&self, card: &Touchpoint) -> Option<Reading> {
        match &self.choice {
            BoardMeasure::Metric { name } => {
                let m = card.metric(name)?;
                let target = m.target.or(self.target);
                let better = m.better.unwrap_or(self.better);
                Some(Reading {
                    value: m.value,
                    unit: m.unit.clone().or_else(|| self.unit.clone()),
                    target,
                    on_target: target.map(|t| super::metrics::on_target(m.value, t, better)),
                    level: level(m.value, self.low, self.high, better),
                })
            }
            BoardMeasure::Criterion { id } => {
                let value = f64::from(*card.ratings.get(id)?);
                Some(Reading { value, unit: None, target: None, on_target: None, level: level(value, self.low, self.high, self.better) })
            }
            BoardMeasure::None => None,
        }
    }
}

/// A `--measure` that names nothing of the map.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{given:?} is not a measure of this map; {}", choices(known))]
pub struct UnknownMeasure {
    pub given: String,
    /// The map's metrics' names, then its criteria as `id (name)`.
    pub known: Vec<String>,
}

fn choices(known: &[String]) -> String {
    if known.is_empty() {
        "it has no metrics or criteria, so the only measure is none".to_owned()
    } else {
        format!("use one of: {}, or none", known.join(", "))
    }
}

impl Measures {
    /// What a board shows without a choice: the first metric, else the first criterion.
    pub fn default_measure(&self) -> BoardMeasure {
        match (self.metrics.first(), self.criteria.first()) {
            (Some(m), _) => BoardMeasure::Metric { name: m.name.clone() },
            (None, Some(c)) => BoardMeasure::Criterion { id: c.id.clone() },
            (None, None) => BoardMeasure::None,
        }
    }

    /// The measure to show for `choice`: `None` asks for the default; a metric or criterion
    /// the map no longer has falls back to the default as well; `BoardMeasure::None` shows
    /// nothing.
    pub fn shown(&self, choice: Option<&BoardMeasure>) -> Option<ShownMeasure> {
        match choice {
            Some(BoardMeasure::None) => None,
            Some(chosen) => self.resolve(chosen).or_else(|| self.resolve(&self.default_measure())),
            None => self.resolve(&self.default_measure()),
        }
    }

    fn resolve(&self, choice: &BoardMeasure) -> Option<ShownMeasure> {
        match choice {
            BoardMeasure::None => None,
            BoardMeasure::Metric { name } => {
                let m = self.metrics.iter().find(|m| same_metric_name(&m.name, name))?;
                Some(ShownMeasure {
                    choice: BoardMeasure::Metric { name: m.name.clone() },
                    name: m.name.clone(),
                    unit: m.unit.clone(),
                    target: m.target,
                    better: m.better,
                    low: m.low,
                    high: m.high,
                    stages: m.stages.clone(),
                    sum: match m.aggregate {
                        Aggregate::Mean => StageSum::Mean,
                        Aggregate::Sum => StageSum::Sum,
                    },
                })
            }
            BoardMeasure::Criterion { id } => {
                let c = self.criteria.iter().find(|c| &c.id == id)?;
                Some(ShownMeasure {
                    choice: BoardMeasure::Criterion { id: c.id.clone() },
                    name: if c.name.trim().is_empty() { c.id.clone() } else { c.name.clone() },
                    unit: None,
                    target: None,
                    better: Better::Higher,
                    low: Some(RATING_LOW),
                    high: Some(RATING_HIGH),
                    stages: c.stages.clone(),
                    sum: StageSum::Rating,
                })
            }
        }
    }

    /// The measure a person names: `none`, a metric's name (any case), or a criterion's
    /// id or name (any case). Metrics come first, as on the board.
    pub fn find(&self, given: &str) -> Result<BoardMeasure, UnknownMeasure> {
        let wanted = given.trim();
        if wanted.eq_ignore_ascii_case("none") {
            return Ok(BoardMeasure::None);
        }
        if let Some(m) = self.metrics.iter().find(|m| same_metric_name(&m.name, wanted)) {
            return Ok(BoardMeasure::Metric { name: m.name.clone() });
        }
        let criterion = self.criteria.iter().find(|c| c.id == wanted).or_else(|| {
            self.criteria.iter().find(|c| same_metric_name(&c.id, wanted) || same_metric_name(&c.name, wanted))
        });
        match criterion {
            Some(c) => Ok(BoardMeasure::Criterion { id: c.id.clone() }),
            None => Err(UnknownMeasure { given: given.to_owned(), known: self.choice_names() }),
        }
    }

    /// Every measure a person can name, as [`Measures::find`] reads them.
    pub fn choice_names(&self) -> Vec<String> {
        let metrics = self.metrics.iter().map(|m| m.name.clone());
        let criteria = self.criteria.iter().map(|c| if c.name.trim().is_empty() || c.name == c.id { c.id.clone() } else { format!("{} ({})", c.id, c.name) });
        metrics.chain(criteria).collect()
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
    fn a_board_measure_crosses_as_a_tagged_object() {
        let metric = BoardMeasure::Metric { name: "NPS".into() };
        assert_eq!(serde_json::to_string(&metric).unwrap(), r#"{"kind":"metric","name":"NPS"}"#);
        assert_eq!(serde_json::to_string(&BoardMeasure::None).unwrap(), r#"{"kind":"none"}"#);
        let criterion: BoardMeasure = serde_json::from_str(r#"{"kind":"criterion","id":"design"}"#).unwrap();
        assert_eq!(criterion, BoardMeasure::Criterion { id: "design".into() });
    }

    #[test]
    fn the_default_measure_is_the_first_metric_else_the_first_criterion_else_none() {
        let mut m = map();
        assert_eq!(m.measures().shown(None).unwrap().name, "NPS");
        m.metric_definitions.clear();
        let shown = m.measures().shown(None).unwrap();
        assert_eq!((shown.choice, shown.sum, shown.low, shown.high), (BoardMeasure::Criterion { id: "design".into() }, StageSum::Rating, Some(1.0), Some(5.0)));
        m.criteria.clear();
        assert_eq!(m.measures().shown(None), None);
        assert_eq!(m.measures().default_measure(), BoardMeasure::None);
    }

    #[test]
    fn a_choice_the_map_does_not_have_falls_back_like_no_choice_and_none_shows_nothing() {
        let mut m = map();
        m.touchpoints = vec![card("1", "a", vec![Metric::new("Reach", 3.0)])];
        let s = m.measures();
        let reach = s.shown(Some(&BoardMeasure::Metric { name: " REACH".into() })).unwrap();
        assert_eq!((reach.name.as_str(), reach.sum), ("Reach", StageSum::Sum), "any case; the map's spelling");
        for gone in [BoardMeasure::Metric { name: "Churn".into() }, BoardMeasure::Criterion { id: "gone".into() }] {
            assert_eq!(s.shown(Some(&gone)).unwrap().name, "NPS", "{gone:?}");
        }
        assert_eq!(s.shown(Some(&BoardMeasure::None)), None);
    }

    #[test]
    fn a_cards_reading_takes_its_own_target_and_direction_else_the_maps() {
        let mut m = map();
        let mut own = Metric::new("NPS", 10.0);
        own.target = Some(5.0);
        let mut lower = Metric::new("NPS", 50.0);
        lower.better = Some(Better::Lower);
        m.touchpoints = vec![
            card("1", "a", vec![Metric::new("nps", 30.0)]),
            card("2", "a", vec![own]),
            card("3", "b", vec![lower]),
            card("4", "b", vec![Metric::new("Reach", 1.0)]),
        ];
        m.touchpoints[0].ratings.insert("design".into(), 4);
        let s = m.measures();
        let nps = s.shown(None).unwrap();
        let r = nps.reading(&m.touchpoints[0]).unwrap();
        assert_eq!((r.value, r.target, r.on_target), (30.0, Some(20.0), Some(true)));
        assert_eq!((r.level, r.heat_step()), (0.65, 3), "30 on -100..100");
        let r = nps.reading(&m.touchpoints[1]).unwrap();
        assert_eq!((r.target, r.on_target), (Some(5.0), Some(true)), "its own target");
        let r = nps.reading(&m.touchpoints[2]).unwrap();
        assert_eq!((r.on_target, r.level), (Some(false), 0.25), "lower is better on this card: 50 misses 20");
        assert_eq!(nps.reading(&m.touchpoints[3]), None, "not measured");
        let design = s.shown(Some(&BoardMeasure::Criterion { id: "design".into() })).unwrap();
        let r = design.reading(&m.touchpoints[0]).unwrap();
        assert_eq!((r.value, r.on_target, r.target, r.level, r.heat_step()), (4.0, None, None, 0.75, 3));
        assert_eq!(design.reading(&m.touchpoints[1]), None);
        assert_eq!(design.stages, [Some(4.0), None]);
    }

    #[test]
    fn levels_are_clamped_and_flipped_and_fall_in_five_steps() {
        assert_eq!(level(150.0, Some(-100.0), Some(100.0), Better::Higher), 1.0);
        assert_eq!(level(-150.0, Some(-100.0), Some(100.0), Better::Higher), 0.0);
        assert!((level(2.0, Some(0.0), Some(10.0), Better::Lower) - 0.8).abs() < 1e-12, "flipped");
        assert_eq!(level(5.0, None, None, Better::Higher), 1.0, "no scale: nothing is worse");
        assert_eq!(level(5.0, Some(5.0), Some(5.0), Better::Lower), 1.0, "one value everywhere");
        assert_eq!(level(f64::NAN, Some(0.0), Some(1.0), Better::Higher), 1.0);
        let steps: Vec<usize> = [0.0, 0.199, 0.2, 0.5, 0.79, 0.8, 0.999, 1.0].iter().map(|&l| heat_step(l)).collect();
        assert_eq!(steps, [0, 0, 1, 2, 3, 4, 4, 4]);
        assert_eq!((heat_step(f64::NAN), heat_step(-1.0), heat_step(7.0)), (0, 0, 4));
    }

    #[test]
    fn a_named_measure_is_a_metric_in_any_case_a_criterion_by_id_or_name_or_none() {
        let m = map();
        let s = m.measures();
        assert_eq!(s.find("nps"), Ok(BoardMeasure::Metric { name: "NPS".into() }));
        assert_eq!(s.find("design"), Ok(BoardMeasure::Criterion { id: "design".into() }));
        assert_eq!(s.find("design AND quality "), Ok(BoardMeasure::Criterion { id: "design".into() }));
        assert_eq!(s.find("None"), Ok(BoardMeasure::None));
        let err = s.find("Churn").unwrap_err();
        assert_eq!(err.known, ["NPS", "design (Design and quality)"]);
        assert_eq!(err.to_string(), r#""Churn" is not a measure of this map; use one of: NPS, design (Design and quality), or none"#);
        let bare = Map::new("m").measures();
        assert!(bare.find("NPS").unwrap_err().to_string().contains("the only measure is none"));
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
