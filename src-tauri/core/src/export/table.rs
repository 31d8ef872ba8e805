//! The touchpoints as a table: the header and one row per card, in stage order then card
//! order, with every field of the card, including the ones this version does not know.
//! The CSV and the XLSX export write this same table, each in its own way: the CSV as text
//! (with formula-like text defused), the XLSX as string and number cells.
//!
//! The columns: the fixed ones (stage … hypotheses), then the measures (each metric's value
//! and those of its other fields some card has, then one rating column per criterion), then
//! one column per unknown field. The measures' headers are [`measure_columns`]' grammar,
//! which the import reads back.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{sentiment_label, stages_with_cards, Labels};
use crate::import::measure_columns::{self, MetricField};
use crate::model::{same_metric_name, Map, Metric, Sentiment, Touchpoint};

/// The column of the stage's name.
pub(crate) const STAGE_COLUMN: usize = 0;
/// The column of the sentiment's word.
pub(crate) const SENTIMENT_COLUMN: usize = 4;
/// The column of the stage's id.
const STAGE_ID_COLUMN: usize = 6;

/// One cell of the table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// Text from the map (which may look like a formula) or a word of the export's.
    Text(String),
    /// A number: `text` as the CSV writes it, and `value` when a spreadsheet can hold it
    /// exactly (an integer beyond 2^53 cannot, and stays text there).
    Number { text: String, value: Option<f64> },
}

impl Cell {
    fn count(n: usize) -> Cell {
        Cell::Number { text: n.to_string(), value: Some(n as f64) }
    }

    /// A metric's number, written as the map file writes it (`64`, not `64.0`).
    fn measure(n: f64) -> Cell {
        Cell::Number { text: n.to_string(), value: n.is_finite().then_some(n) }
    }

    fn empty() -> Cell {
        Cell::Text(String::new())
    }
}

/// One card's row, or a stage's without cards.
pub(crate) struct Row {
    /// The stage's position among the exported stages, from 0.
    pub stage: usize,
    /// `None` on the row of a stage without cards.
    pub sentiment: Option<Sentiment>,
    pub cells: Vec<Cell>,
}

pub(crate) struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

pub(crate) fn touchpoints(map: &Map, labels: &Labels) -> Table {
    let stages = stages_with_cards(map);
    // One column per unknown field found on any exported card, in a stable (sorted) order.
    let extra_keys: BTreeSet<&str> = stages
        .iter()
        .flat_map(|(_, cards)| cards.iter())
        .flat_map(|t| t.extra.keys().map(String::as_str))
        .collect();

    let mut header: Vec<String> = [
        &labels.col_stage,
        &labels.col_stage_number,
        &labels.col_order,
        &labels.col_title,
        &labels.col_sentiment,
        &labels.col_id,
        &labels.col_stage_id,
        &labels.col_lane,
        &labels.col_description,
        &labels.col_channel,
        &labels.col_presence,
        &labels.col_owner,
        &labels.col_control,
        &labels.col_horizon,
        &labels.col_frequency,
        &labels.col_score,
        &labels.col_pain_points,
        &labels.col_delights,
        &labels.col_hypotheses,
    ]
    .into_iter()
    .cloned()
    .collect();
    let cards: Vec<&Touchpoint> = stages.iter().flat_map(|(_, cards)| cards.iter().copied()).collect();
    let measures = measure_columns(map, &cards);
    header.extend(measures.iter().map(|m| m.header(map, labels)));
    header.extend(extra_keys.iter().map(|k| (*k).to_owned()));

    let text = |s: &str| Cell::Text(s.to_owned());
    let mut rows = Vec::with_capacity(map.touchpoints.len());
    for (stage_number, (stage, cards)) in stages.iter().enumerate() {
        // A stage without cards is a row of its own (its name, number and id), so that the
        // sheet has every stage and reads back to the map it came from.
        if cards.is_empty() {
            let mut cells = vec![Cell::Text(String::new()); header.len()];
            cells[STAGE_COLUMN] = text(&stage.name);
            cells[1] = Cell::count(stage_number + 1);
            cells[STAGE_ID_COLUMN] = text(&stage.id);
            rows.push(Row { stage: stage_number, sentiment: None, cells });
        }
        for (order, card) in cards.iter().enumerate() {
            let mut cells = vec![
                text(&stage.name),
                Cell::count(stage_number + 1),
                Cell::count(order + 1),
                text(&card.title),
                text(sentiment_label(labels, card.sentiment)),
                text(&card.id),
                text(&stage.id),
                text(map.lanes.iter().find(|l| l.id == card.lane).map_or("", |l| l.name.as_str())),
                text(&card.description),
                Cell::Text(card.channel.map(|v| labels.value("channel", &v)).unwrap_or_default()),
                Cell::Text(card.presence.map(|v| labels.value("presence", &v)).unwrap_or_default()),
                text(&card.owner),
                Cell::Text(card.control.map(|v| labels.value("control", &v)).unwrap_or_default()),
                Cell::Text(card.horizon.map(|v| labels.value("horizon", &v)).unwrap_or_default()),
                Cell::Text(card.frequency.map(|v| labels.value("frequency", &v)).unwrap_or_default()),
                card.score.map_or(Cell::Text(String::new()), |s| Cell::count(usize::from(s))),
                // Lists go one item per line in the cell, as spreadsheets show line breaks.
                Cell::Text(card.pain_points.join("\n")),
                Cell::Text(card.delights.join("\n")),
                Cell::Text(
                    card.hypotheses
                        .iter()
                        .map(|h| format!("{} ({})", h.text, labels.value("status", &h.status)))
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
            ];
            cells.extend(measures.iter().map(|m| m.cell(card, labels)));
            cells.extend(extra_keys.iter().map(|key| match card.extra.get(*key) {
                None | Some(Value::Null) => Cell::Text(String::new()),
                Some(Value::String(s)) => text(s),
                // A JSON number is digits, a sign, a dot and an exponent: it cannot be a
                // formula, and "-5" should stay the number -5 in the spreadsheet.
                Some(Value::Number(n)) => Cell::Number { text: n.to_string(), value: exact_f64(n) },
                Some(other) => Cell::Text(other.to_string()),
            }));
            rows.push(Row { stage: stage_number, sentiment: Some(card.sentiment), cells });
        }
    }
    Table { header, rows }
}

/// A column of the measures, after the fixed ones.
#[derive(Debug, Clone, PartialEq)]
enum Measure {
    /// A field of the metric named so (the map's definition's name, else the first card's).
    Metric { name: String, unit: Option<String>, field: MetricField },
    /// The ratings on the criterion of that id.
    Rating { criterion: String },
}

/// The measures' columns: every metric the map defines (in its order) then every other one
/// a card has (in the order first met), each its value and then the other fields some card
/// gives it; then a rating column per criterion of the map, and per criterion a card is
/// rated on that the map lacks (the loader adds those; a map made in memory may not have).
fn measure_columns(map: &Map, cards: &[&Touchpoint]) -> Vec<Measure> {
    let mut metrics: Vec<(String, Option<String>)> = Vec::new();
    for d in &map.metric_definitions {
        if !metrics.iter().any(|(name, _)| same_metric_name(name, &d.name)) {
            metrics.push((d.name.clone(), defined_unit(map, &d.name)));
        }
    }
    for m in cards.iter().flat_map(|t| t.metrics.iter()) {
        let unit = m.unit.clone().filter(|u| !u.trim().is_empty());
        match metrics.iter_mut().find(|(name, _)| same_metric_name(name, &m.name)) {
            // A metric with no unit in the map takes the first one a card gives it.
            Some((_, known @ None)) => *known = unit,
            Some(_) => {}
            None => metrics.push((m.name.clone(), unit)),
        }
    }
    let mut columns = Vec::new();
    for (name, unit) in metrics {
        let measured: Vec<&Metric> = cards.iter().filter_map(|t| t.metric(&name)).collect();
        for field in MetricField::ALL {
            if field == MetricField::Value || measured.iter().any(|m| has_field(m, field)) {
                columns.push(Measure::Metric { name: name.clone(), unit: unit.clone(), field });
            }
        }
    }
    let mut criteria: Vec<String> = map.criteria.iter().map(|c| c.id.clone()).collect();
    for id in cards.iter().flat_map(|t| t.ratings.keys()) {
        if !criteria.contains(id) {
            criteria.push(id.clone());
        }
    }
    columns.extend(criteria.into_iter().map(|criterion| Measure::Rating { criterion }));
    columns
}

/// The unit of a metric the map defines: the definition's, else its preset's.
fn defined_unit(map: &Map, name: &str) -> Option<String> {
    let def = map.metric_definition(name)?;
    let preset = def.preset.as_deref().and_then(crate::model::MetricPreset::by_id);
    def.unit.clone().or(preset.and_then(|p| p.unit.map(str::to_owned))).filter(|u| !u.trim().is_empty())
}

fn has_field(m: &Metric, field: MetricField) -> bool {
    match field {
        MetricField::Value => true,
        MetricField::Target => m.target.is_some(),
        MetricField::Better => m.better.is_some(),
        MetricField::Date => m.date.is_some(),
        MetricField::Period => m.period.is_some(),
        MetricField::Source => m.source.is_some(),
    }
}

impl Measure {
    fn header(&self, map: &Map, labels: &Labels) -> String {
        match self {
            Measure::Metric { name, unit, field } => measure_columns::metric_header(labels.language(), *field, name, unit.as_deref()),
            Measure::Rating { criterion } => {
                // A criterion without a name is named by its id, as the loader names one, so
                // that its column is never just "Rating:".
                let named = map.criteria.iter().find(|c| &c.id == criterion).map(|c| c.name.trim()).filter(|n| !n.is_empty());
                measure_columns::rating_header(labels.language(), named.unwrap_or(criterion))
            }
        }
    }

    fn cell(&self, card: &Touchpoint, labels: &Labels) -> Cell {
        let text = |s: &Option<String>| s.clone().map_or_else(Cell::empty, Cell::Text);
        match self {
            Measure::Metric { name, field, .. } => {
                let Some(m) = card.metric(name) else { return Cell::empty() };
                match field {
                    MetricField::Value => Cell::measure(m.value),
                    MetricField::Target => m.target.map_or_else(Cell::empty, Cell::measure),
                    MetricField::Better => {
                        m.better.map_or_else(Cell::empty, |b| Cell::Text(measure_columns::better_label(labels.language(), b)))
                    }
                    MetricField::Date => text(&m.date),
                    MetricField::Period => text(&m.period),
                    MetricField::Source => text(&m.source),
                }
            }
            Measure::Rating { criterion } => card.ratings.get(criterion).map_or_else(Cell::empty, |r| Cell::count(usize::from(*r))),
        }
    }
}

/// The number as a spreadsheet's double, when that is the number itself.
fn exact_f64(n: &serde_json::Number) -> Option<f64> {
    const EXACT: u64 = 1 << 53;
    if let Some(i) = n.as_i64() {
        return (i.unsigned_abs() <= EXACT).then_some(i as f64);
    }
    if let Some(u) = n.as_u64() {
        return (u <= EXACT).then_some(u as f64);
    }
    n.as_f64().filter(|f| f.is_finite())
}

/// The map's details as label and value, every one of them (empty when not set): title,
/// personas, customer goals, business goals, notes, last review. Lists are one item per
/// line, as in the touchpoints' cells.
pub(crate) fn details(map: &Map, labels: &Labels) -> Vec<(String, String)> {
    let lines = |items: Vec<String>| items.into_iter().filter(|i| !i.trim().is_empty()).collect::<Vec<_>>().join("\n");
    vec![
        (labels.col_title.clone(), map.title.clone()),
        (labels.personas.clone(), lines(map.personas.iter().map(super::persona_line).collect())),
        (labels.customer_goals.clone(), lines(map.customer_goals.clone())),
        (labels.business_goals.clone(), lines(map.business_goals.clone())),
        (labels.notes.clone(), map.notes.clone()),
        (labels.last_review.clone(), map.last_review.clone().unwrap_or_default()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Language;
    use crate::model::{sample_map, Stage, Touchpoint};

    #[test]
    fn numbers_are_numbers_where_a_spreadsheet_holds_them_exactly() {
        let mut map = Map::new("t");
        map.stages.push(Stage { id: "s".into(), name: "S".into(), extra: Default::default() });
        let mut extra = crate::model::Extra::new();
        extra.insert("big".into(), serde_json::json!(u64::MAX));
        extra.insert("neg".into(), serde_json::json!(-5));
        extra.insert("half".into(), serde_json::json!(2.5));
        map.touchpoints.push(Touchpoint { id: "t".into(), stage: "s".into(), score: Some(4), extra, ..Default::default() });
        let table = touchpoints(&map, Labels::get(Language::En));
        let row = &table.rows[0];
        assert_eq!(table.header[19..], ["big", "half", "neg"]);
        assert_eq!(row.cells[1], Cell::Number { text: "1".into(), value: Some(1.0) });
        assert_eq!(row.cells[15], Cell::Number { text: "4".into(), value: Some(4.0) });
        assert_eq!(row.cells[19], Cell::Number { text: u64::MAX.to_string(), value: None });
        assert_eq!(row.cells[20], Cell::Number { text: "2.5".into(), value: Some(2.5) });
        assert_eq!(row.cells[21], Cell::Number { text: "-5".into(), value: Some(-5.0) });
        assert_eq!(row.cells[SENTIMENT_COLUMN], Cell::Text("Neutral".into()));
    }

    #[test]
    fn metrics_and_ratings_are_columns_after_the_fixed_ones_and_before_unknown_fields() {
        use crate::model::{criterion_preset, Criterion, Metric, MetricPreset};
        let mut map = Map::new("t");
        map.stages.push(Stage { id: "s".into(), name: "S".into(), extra: Default::default() });
        map.metric_definitions.push(MetricPreset::by_id("conversion-rate").unwrap().definition(Language::En));
        map.metric_definitions.push(MetricPreset::by_id("nps").unwrap().definition(Language::En));
        map.criteria = vec![criterion_preset("design", Language::En), Criterion { id: "c1".into(), name: " ".into(), extra: Default::default() }];
        let mut dated = Metric::new("nps", -12.0);
        dated.date = Some("2026-11-20".into());
        let mut extra = crate::model::Extra::new();
        extra.insert("budget".into(), serde_json::json!(5));
        let mut card = Touchpoint { id: "t".into(), stage: "s".into(), metrics: vec![dated, Metric::new("Visits", 1200.0)], extra, ..Default::default() };
        card.ratings.insert("design".into(), 4);
        map.touchpoints.push(card);
        let table = touchpoints(&map, Labels::get(Language::En));
        assert_eq!(
            table.header[19..],
            ["Metric: Conversion rate (%)", "Metric: NPS", "Metric date: NPS", "Metric: Visits", "Rating: Design and quality", "Rating: c1", "budget"]
        );
        let row = &table.rows[0].cells[19..];
        assert_eq!(row[0], Cell::empty(), "the card does not measure it");
        assert_eq!(row[1], Cell::Number { text: "-12".into(), value: Some(-12.0) });
        assert_eq!(row[2], Cell::Text("2026-11-20".into()));
        assert_eq!(row[3], Cell::Number { text: "1200".into(), value: Some(1200.0) });
        assert_eq!(row[4], Cell::count(4));
        assert_eq!(row[5], Cell::empty());
        let ru = touchpoints(&map, Labels::get(Language::Ru));
        // The labels are the export's language; the names are the map's, never translated.
        assert_eq!(ru.header[19..21], ["Метрика: Conversion rate (%)".to_owned(), "Метрика: NPS".to_owned()][..]);
    }

    #[test]
    fn details_has_every_row_even_when_empty() {
        let labels = Labels::get(Language::En);
        let empty = details(&Map::new(""), labels);
        assert_eq!(empty.len(), 6);
        assert!(empty.iter().all(|(label, value)| !label.is_empty() && value.is_empty()));
        let map = sample_map();
        let full = details(&map, labels);
        assert_eq!(full[0], (labels.col_title.clone(), map.title.clone()));
        assert_eq!(full[2].1, map.customer_goals.join("\n"));
    }
}
