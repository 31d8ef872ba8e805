//! This month's values from a survey tool's or an analytics export: a sheet with a column
//! naming the touchpoint (its id, or its title) and one column per metric, read into the
//! metrics of the map's cards. Every row must land on exactly one card, or nothing changes.

use std::collections::HashMap;

use super::measure_columns::{measure_column, MeasureColumn, MetricField};
use super::table::{role_of_header, Role, Table};
use super::{ImportError, Note, Problem};
use crate::edit::set_metric_at;
use crate::model::{same_metric_name, Map, Metric};

/// What a sheet of metrics would change, and what of it could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Measured {
    /// The edits, one per cell with a value: the card's id and its metric as it will be.
    pub updates: Vec<(String, Metric)>,
    /// Rows whose touchpoint is no card of the map, or several.
    pub unmatched: Vec<RowMatch>,
    /// Cells that were passed over (not a number, outside the metric's scale).
    pub notes: Vec<Note>,
}

/// A row that does not name one card: `cards` is how many it names (0, or 2 and more).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowMatch {
    pub row: usize,
    pub touchpoint: String,
    pub cards: usize,
}

/// Headers of a column of dates, in the three languages; such a column dates its row's values.
const DATE_HEADERS: [&str; 5] = ["date", "дата", "data", "measured", "period end"];

/// Reads the sheet against `map`. `date` (YYYY-MM-DD) dates the values of rows without a
/// date column. Fails when no column names the touchpoint or none holds a metric.
pub fn read(table: &Table, map: &Map, date: Option<&str>) -> Result<Measured, ImportError> {
    let (header, key_col, by_id) = find_header(table).ok_or_else(|| no_columns(table, false))?;
    let headers = &table.rows[header];
    let date_col = headers.iter().position(|h| DATE_HEADERS.contains(&h.trim().to_lowercase().as_str()));
    let metric_cols: Vec<(usize, String)> = (0..headers.len())
        .filter(|c| *c != key_col && Some(*c) != date_col && !headers[*c].trim().is_empty())
        .filter_map(|c| metric_named(&headers[c], map).map(|name| (c, name)))
        .collect();
    if metric_cols.is_empty() {
        return Err(no_columns(table, true));
    }

    let mut by_title: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, t) in map.touchpoints.iter().enumerate() {
        by_title.entry(t.title.trim().to_lowercase()).or_default().push(i);
    }
    let by_index: HashMap<&str, usize> = map.touchpoints.iter().enumerate().rev().map(|(i, t)| (t.id.as_str(), i)).collect();
    let mut scratch = map.clone();
    let mut out = Measured { updates: Vec::new(), unmatched: Vec::new(), notes: Vec::new() };
    for (i, row) in table.rows.iter().enumerate().skip(header + 1) {
        let row_number = table.first_row + i;
        let cell = |c: usize| row.get(c).map(|s| s.trim()).unwrap_or("");
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let key = cell(key_col);
        let cards: Vec<usize> = if by_id {
            by_index.get(key).copied().into_iter().collect()
        } else {
            by_title.get(&key.to_lowercase()).cloned().unwrap_or_default()
        };
        let [card] = cards[..] else {
            out.unmatched.push(RowMatch { row: row_number, touchpoint: key.to_owned(), cards: cards.len() });
            continue;
        };
        let row_date = date_col.map(cell).filter(|d| !d.is_empty()).map(str::to_owned).or(date.map(str::to_owned));
        for (c, name) in &metric_cols {
            let (c, name) = (*c, name.as_str());
            let value = cell(c);
            if value.is_empty() {
                continue;
            }
            let note = |problem| Note { line: row_number, column: Some(headers[c].trim().to_owned()), problem };
            let Some(number) = number(value) else {
                out.notes.push(note(Problem::NotANumber { value: value.to_owned() }));
                continue;
            };
            let id = map.touchpoints[card].id.clone();
            let existing = scratch.touchpoints[card].metrics.iter().find(|m| same_metric_name(&m.name, name)).cloned();
            let mut metric = existing.unwrap_or_else(|| {
                let named = map.metric_definition(name).map_or(name.to_owned(), |d| d.name.clone());
                Metric::new(named, number)
            });
            metric.value = number;
            if let Some(d) = &row_date {
                metric.date = Some(d.clone());
            }
            // The edit refuses what the loader would repair: a value outside its scale.
            match set_metric_at(&mut scratch, card, metric.clone()) {
                Ok(()) => out.updates.push((id, metric)),
                Err(_) => out.notes.push(note(Problem::OutOfScale { value: value.to_owned() })),
            }
        }
    }
    Ok(out)
}

/// The metric a column holds the values of: the header itself, or the name in our sheet
/// export's `Metric: NPS (%)`; none for a column the import of sheets reads as a card's
/// other field, or as a metric's other field or a rating in that export's form.
fn metric_named(header: &str, map: &Map) -> Option<String> {
    match measure_column(header) {
        Some(MeasureColumn::Metric { name, field: MetricField::Value, .. }) => Some(name),
        Some(_) => None,
        None => role_of_header(header)
            .is_none_or(|r| r == Role::Score || map.metric_definition(header).is_some())
            .then(|| header.trim().to_owned()),
    }
}

/// The header row and its touchpoint column: a column of ids ("Id", "Touchpoint id") is
/// preferred to one of titles ("Touchpoint", "Title").
fn find_header(table: &Table) -> Option<(usize, usize, bool)> {
    table.rows.iter().enumerate().take(10).find_map(|(i, row)| {
        let roles: Vec<Option<Role>> = row.iter().map(|h| role_of_header(h)).collect();
        let id = roles.iter().position(|r| *r == Some(Role::Id));
        let title = roles.iter().position(|r| *r == Some(Role::Title));
        id.map(|c| (i, c, true)).or(title.map(|c| (i, c, false)))
    })
}

fn no_columns(table: &Table, has_key: bool) -> ImportError {
    let found = table.rows.iter().find(|r| r.iter().any(|c| !c.trim().is_empty())).cloned().unwrap_or_default();
    ImportError::NoMetricColumns { found: found.into_iter().filter(|h| !h.trim().is_empty()).collect(), has_key }
}

fn number(cell: &str) -> Option<f64> {
    let t = cell.trim().trim_end_matches('%').trim();
    t.parse::<f64>().ok().or_else(|| t.replace(',', ".").replace(['\u{a0}', ' '], "").parse::<f64>().ok()).filter(|n| n.is_finite())
}

/// Applies what [`read`] found to the map, every cell its own step in one go.
pub fn apply_all(map: &mut Map, measured: &Measured) {
    let index: HashMap<String, usize> = map.touchpoints.iter().enumerate().rev().map(|(i, t)| (t.id.clone(), i)).collect();
    for (id, metric) in &measured.updates {
        // Each update was applied once to a copy of this very map in [`read`].
        if let Some(&i) = index.get(id) {
            let _ = set_metric_at(map, i, metric.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample_map;

    fn table(rows: &[&[&str]]) -> Table {
        Table { rows: rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect(), first_row: 1, first_column: 0 }
    }

    #[test]
    fn rows_land_on_cards_by_title_and_values_become_metrics_with_the_date() {
        let map = sample_map();
        let first = map.touchpoints[0].title.clone();
        let second = map.touchpoints[1].title.clone();
        let t = table(&[&["Touchpoint", "NPS", "CSAT", "Comment"], &[&first.to_uppercase(), "42", "4,5", ""], &[&second, "n/a", "", "x"]]);
        let measured = read(&t, &map, Some("2026-11-30")).unwrap();
        assert_eq!(measured.unmatched, []);
        let nps = measured.updates.iter().find(|(id, m)| *id == map.touchpoints[0].id && m.name.eq_ignore_ascii_case("nps")).unwrap();
        assert_eq!((nps.1.value, nps.1.date.as_deref()), (42.0, Some("2026-11-30")));
        assert!(measured.notes.iter().any(|n| n.line == 3 && n.problem == Problem::NotANumber { value: "n/a".into() }));
        assert!(measured.notes.iter().any(|n| n.line == 3 && n.column.as_deref() == Some("Comment")));
        let mut after = map.clone();
        apply_all(&mut after, &measured);
        assert_eq!(after.touchpoints[0].metric("NPS").unwrap().value, 42.0);
        assert_eq!(after.touchpoints[0].metric("csat").unwrap().value, 4.5);
    }

    #[test]
    fn our_sheet_exports_metric_columns_name_their_metric_and_its_other_columns_are_no_metrics() {
        let map = sample_map();
        let id = map.touchpoints[0].id.clone();
        let t = table(&[
            &["Touchpoint id", "Метрика: Conversion rate (%)", "Metric source: Conversion rate (%)", "Rating: Content"],
            &[&id, "1,5", "web analytics", "4"],
        ]);
        let measured = read(&t, &map, None).unwrap();
        assert_eq!(measured.notes, []);
        let names: Vec<(&str, f64)> = measured.updates.iter().map(|(_, m)| (m.name.as_str(), m.value)).collect();
        assert_eq!(names, [("Conversion rate", 1.5)]);
    }

    #[test]
    fn rows_naming_no_card_or_several_are_listed() {
        let mut map = sample_map();
        let twin = map.touchpoints[0].clone();
        map.touchpoints.push(crate::model::Touchpoint { id: "twin".into(), ..twin.clone() });
        let t = table(&[&["Id", "NPS"], &["nope", "1"]]);
        assert_eq!(read(&t, &map, None).unwrap().unmatched, [RowMatch { row: 2, touchpoint: "nope".into(), cards: 0 }]);
        let t = table(&[&["Title", "NPS"], &[&twin.title, "1"]]);
        assert_eq!(read(&t, &map, None).unwrap().unmatched, [RowMatch { row: 2, touchpoint: twin.title.clone(), cards: 2 }]);
    }

    #[test]
    fn a_value_outside_its_scale_is_passed_over_with_a_note() {
        let map = sample_map();
        let t = table(&[&["Touchpoint id", "NPS"], &[&map.touchpoints[0].id, "140"]]);
        let measured = read(&t, &map, None).unwrap();
        assert_eq!(measured.updates, []);
        assert_eq!(measured.notes[0].problem, Problem::OutOfScale { value: "140".into() });
    }

    #[test]
    fn a_sheet_without_a_touchpoint_or_a_metric_column_is_refused() {
        let map = sample_map();
        assert!(matches!(read(&table(&[&["Touchpoint"]]), &map, None), Err(ImportError::NoMetricColumns { has_key: true, .. })));
        assert!(matches!(read(&table(&[&["Week", "NPS"]]), &map, None), Err(ImportError::NoMetricColumns { has_key: false, .. })));
        assert!(matches!(read(&table(&[&["Touchpoint", "Stage"]]), &map, None), Err(ImportError::NoMetricColumns { has_key: true, .. })));
    }
}
