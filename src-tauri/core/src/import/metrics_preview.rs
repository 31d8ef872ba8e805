//! What Import Metrics… shows before it changes anything: the card each row of the sheet
//! lands on with its new values beside the old ones, the rows that name no card or several
//! (which stop the import, as they stop `journey-mapper metrics`), and the cells passed over.
//! Then the map as the import leaves it, for the app to apply as one undo step.

use std::collections::HashSet;

use serde::Serialize;

use super::measures::{self, Measured};
use super::preview::read_sheet;
use super::{ImportError, Kind};
use crate::language::Language;
use crate::messages::Localize;
use crate::model::{same_metric_name, Map};

/// How many cards, unmatched rows and notes the dialog is sent at most: it shows the first
/// ones and counts the rest.
const SHOWN: usize = 50;

/// A card's new value of one metric.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct NewValue {
    pub metric: String,
    pub value: f64,
    pub unit: Option<String>,
    /// The card's value before: `None` where it did not measure the metric.
    pub was: Option<f64>,
}

/// A card the sheet gives values, in the order of its first row.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CardValues {
    pub id: String,
    pub title: String,
    pub stage: String,
    pub values: Vec<NewValue>,
}

/// A row that names no card of the map (`cards` 0) or several.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct UnmatchedRow {
    pub row: u32,
    pub touchpoint: String,
    pub cards: u32,
}

/// What importing the sheet's metrics would do to the map.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MetricsPreview {
    /// The workbook's sheets, and the one read; empty for a CSV file.
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    /// The first cards that get values, and how many do in all.
    pub cards: Vec<CardValues>,
    pub card_count: u32,
    pub value_count: u32,
    /// The first rows that match no card or several, and how many there are: while there
    /// is one, nothing is imported.
    pub unmatched: Vec<UnmatchedRow>,
    pub unmatched_count: u32,
    /// The cells passed over (no number, outside the metric's scale), in `lang`.
    pub notes: Vec<String>,
    pub note_count: u32,
}

/// Reads the file's sheet against `map`; `date` (YYYY-MM-DD) dates rows without a date column.
pub fn read(bytes: &[u8], kind: Kind, sheet: Option<&str>, map: &Map, date: Option<&str>) -> Result<(Measured, Vec<String>, Option<String>), ImportError> {
    let read = read_sheet(bytes, kind, sheet)?;
    let measured = measures::read(&read.table, map, date)?;
    Ok((measured, read.sheets, read.sheet))
}

/// What [`read`] found, as the dialog shows it.
pub fn preview(map: &Map, measured: &Measured, sheets: Vec<String>, sheet: Option<String>, lang: Language) -> MetricsPreview {
    let mut cards: Vec<CardValues> = Vec::new();
    // A card may get values from rows far apart: each is counted once.
    let mut seen: HashSet<&str> = HashSet::new();
    for (id, metric) in &measured.updates {
        if seen.insert(id.as_str()) && cards.len() < SHOWN {
            let Some(t) = map.touchpoints.iter().find(|t| &t.id == id) else { continue };
            let stage = map.stages.iter().find(|s| s.id == t.stage).map_or(String::new(), |s| s.name.clone());
            cards.push(CardValues { id: id.clone(), title: t.title.clone(), stage, values: Vec::new() });
        }
        let Some(card) = cards.iter_mut().find(|c| &c.id == id) else { continue };
        let was = map.touchpoints.iter().find(|t| &t.id == id).and_then(|t| t.metric(&metric.name)).map(|m| m.value);
        let unit = metric.unit.clone().or_else(|| map.metric_definition(&metric.name).and_then(|d| d.unit.clone()));
        match card.values.iter_mut().find(|v| same_metric_name(&v.metric, &metric.name)) {
            Some(v) => v.value = metric.value,
            None => card.values.push(NewValue { metric: metric.name.clone(), value: metric.value, unit, was }),
        }
    }
    let card_count = count(seen.len());
    MetricsPreview {
        sheets,
        sheet,
        cards,
        card_count,
        value_count: count(measured.updates.len()),
        unmatched: measured
            .unmatched
            .iter()
            .take(SHOWN)
            .map(|r| UnmatchedRow { row: count(r.row), touchpoint: r.touchpoint.clone(), cards: count(r.cards) })
            .collect(),
        unmatched_count: count(measured.unmatched.len()),
        notes: measured.notes.iter().take(SHOWN).map(|n| n.message(lang)).collect(),
        note_count: count(measured.notes.len()),
    }
}

/// The map with the sheet's values; `None` while a row names no card or several.
pub fn imported(map: &Map, measured: &Measured) -> Option<Map> {
    if !measured.unmatched.is_empty() || measured.updates.is_empty() {
        return None;
    }
    let mut out = map.clone();
    measures::apply_all(&mut out, measured);
    Some(out)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample_map;

    fn sheet(map: &Map, rows: &[(&str, &str)]) -> Vec<u8> {
        let mut out = String::from("Touchpoint;NPS\n");
        for (card, value) in rows {
            let title = map.touchpoints.iter().find(|t| t.id == *card).map_or(*card, |t| t.title.as_str());
            out.push_str(&format!("{title};{value}\n"));
        }
        out.into_bytes()
    }

    #[test]
    fn the_preview_names_each_card_with_its_new_and_old_value() {
        let map = sample_map();
        let checkout = map.touchpoints.iter().find(|t| t.id == "tp-checkout").unwrap();
        let before = checkout.metric("NPS").map(|m| m.value);
        let bytes = sheet(&map, &[("tp-checkout", "41,5"), ("tp-cart", "12")]);
        let (measured, sheets, chosen) = read(&bytes, Kind::Csv, None, &map, Some("2026-11-30")).unwrap();
        let p = preview(&map, &measured, sheets, chosen, Language::En);
        assert_eq!((p.card_count, p.value_count, p.unmatched_count), (2, 2, 0));
        assert_eq!(p.cards[0].id, "tp-checkout");
        assert_eq!(p.cards[0].values[0].value, 41.5);
        assert_eq!(p.cards[0].values[0].was, before);
        assert_eq!(p.cards[1].values[0].was, None, "the cart had no NPS");
        let after = imported(&map, &measured).unwrap();
        let nps = after.touchpoints.iter().find(|t| t.id == "tp-checkout").unwrap().metric("NPS").unwrap();
        assert_eq!((nps.value, nps.date.as_deref()), (41.5, Some("2026-11-30")));
    }

    #[test]
    fn a_card_named_by_rows_far_apart_counts_once() {
        let map = sample_map();
        let bytes = sheet(&map, &[("tp-checkout", "40"), ("tp-cart", "12"), ("tp-checkout", "41")]);
        let (measured, sheets, chosen) = read(&bytes, Kind::Csv, None, &map, None).unwrap();
        let p = preview(&map, &measured, sheets, chosen, Language::En);
        assert_eq!((p.card_count, p.cards.len()), (2, 2));
        assert_eq!(p.cards[0].values[0].value, 41.0, "the last row's value, as the import applies it");
    }

    #[test]
    fn a_row_that_names_no_card_stops_the_import_and_is_listed() {
        let map = sample_map();
        let bytes = sheet(&map, &[("tp-checkout", "40"), ("No such touchpoint", "10")]);
        let (measured, sheets, chosen) = read(&bytes, Kind::Csv, None, &map, None).unwrap();
        let p = preview(&map, &measured, sheets, chosen, Language::En);
        assert_eq!(p.unmatched, [UnmatchedRow { row: 3, touchpoint: "No such touchpoint".into(), cards: 0 }]);
        assert!(imported(&map, &measured).is_none());
    }

    #[test]
    fn cells_passed_over_are_said_in_the_language_asked() {
        let map = sample_map();
        let bytes = sheet(&map, &[("tp-checkout", "lots"), ("tp-cart", "140")]);
        let (measured, sheets, chosen) = read(&bytes, Kind::Csv, None, &map, None).unwrap();
        let p = preview(&map, &measured, sheets, chosen, Language::Ru);
        assert_eq!(p.note_count, 2);
        assert!(p.notes.iter().all(|n| !n.is_empty()), "{:?}", p.notes);
        assert!(imported(&map, &measured).is_none(), "nothing to import");
    }
}
