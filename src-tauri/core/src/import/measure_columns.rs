//! The headers of a sheet's columns of measures, one grammar for both ways: our CSV and
//! XLSX exports write them, the import of sheets reads them back (in any of the three
//! languages, whatever the export's). A metric's column is `Metric: NPS` or
//! `Metric: Conversion rate (%)`, its other fields `Metric target: NPS`, `Metric date: NPS`…;
//! a criterion's is `Rating: Design`. The word before the colon keeps them apart from the
//! fixed columns ("Оценка" is the sentiment in Russian, "Оценка: Дизайн" a rating) and
//! from a card's unknown fields.

use std::sync::OnceLock;

use crate::i18n::text;
use crate::language::Language;
use crate::model::Better;

/// What a metric's column holds of it. `Value` is always written; the others only when a
/// card has that field, so that a sheet of plain values stays plain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MetricField {
    Value,
    Target,
    Better,
    Date,
    Period,
    Source,
}

impl MetricField {
    /// In the order a metric's columns are written.
    pub const ALL: [MetricField; 6] =
        [MetricField::Value, MetricField::Target, MetricField::Better, MetricField::Date, MetricField::Period, MetricField::Source];

    fn label_id(self) -> &'static str {
        match self {
            MetricField::Value => "label-col-metric",
            MetricField::Target => "label-col-metric-target",
            MetricField::Better => "label-col-metric-better",
            MetricField::Date => "label-col-metric-date",
            MetricField::Period => "label-col-metric-period",
            MetricField::Source => "label-col-metric-source",
        }
    }
}

const RATING_LABEL: &str = "label-col-rating";

/// A column of measures, as its header names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureColumn {
    Metric { name: String, unit: Option<String>, field: MetricField },
    Rating { criterion: String },
}

/// The header of a metric's column in `lang`: its name, with its unit in parentheses.
pub fn metric_header(lang: Language, field: MetricField, name: &str, unit: Option<&str>) -> String {
    let unit = unit.map(str::trim).filter(|u| !u.is_empty());
    // A name that ends in parentheses of its own ("NPS (2)", as the loader renames a second
    // NPS) gets empty ones after it, so that they are not read back as its unit.
    let named = match unit {
        Some(unit) => format!("{name} ({unit})"),
        None if name.trim_end().ends_with(')') => format!("{name} ()"),
        None => name.to_owned(),
    };
    text(lang, field.label_id(), &[("metric", &named)])
}

/// The header of a criterion's column of ratings in `lang`.
pub fn rating_header(lang: Language, criterion: &str) -> String {
    text(lang, RATING_LABEL, &[("criterion", &criterion)])
}

/// The column of measures a header names, in any of the three languages and any case; a
/// header with nothing after the label's words ("Metric:") names none.
pub fn measure_column(header: &str) -> Option<MeasureColumn> {
    let header = header.trim();
    prefixes().iter().find_map(|(prefix, kind)| {
        let rest = strip_prefix_ignoring_case(header, prefix)?.trim();
        if rest.is_empty() {
            return None;
        }
        Some(match kind {
            Some(field) => {
                let (name, unit) = split_unit(rest);
                MeasureColumn::Metric { name, unit, field: *field }
            }
            None => MeasureColumn::Rating { criterion: rest.to_owned() },
        })
    })
}

/// Each label's text before its variable, in every language (a metric field, or `None` for
/// a rating), longest first so that no label's words are taken for a shorter one's.
fn prefixes() -> &'static [(String, Option<MetricField>)] {
    static PREFIXES: OnceLock<Vec<(String, Option<MetricField>)>> = OnceLock::new();
    PREFIXES.get_or_init(|| {
        const MARK: &str = "\u{E000}";
        let mut all = Vec::new();
        for lang in Language::ALL {
            for field in MetricField::ALL {
                all.push((before_mark(&text(lang, field.label_id(), &[("metric", &MARK)]), MARK), Some(field)));
            }
            all.push((before_mark(&text(lang, RATING_LABEL, &[("criterion", &MARK)]), MARK), None));
        }
        all.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.chars().count()));
        all
    })
}

fn before_mark(formatted: &str, mark: &str) -> String {
    formatted.split(mark).next().unwrap_or_default().trim().to_owned()
}

/// `text` without `prefix` at its start, compared without regard to case.
fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut chars = text.char_indices();
    for want in prefix.chars() {
        let (_, got) = chars.next()?;
        if !got.to_lowercase().eq(want.to_lowercase()) {
            return None;
        }
    }
    Some(chars.next().map_or("", |(at, _)| &text[at..]))
}

/// `Conversion rate (%)` as the name and the unit; `NPS (2) ()` as `NPS (2)` and none.
fn split_unit(named: &str) -> (String, Option<String>) {
    let split = named.strip_suffix(')').and_then(|rest| {
        let open = rest.rfind('(')?;
        let name = rest[..open].trim_end();
        (!name.is_empty()).then(|| (name.to_owned(), rest[open + 1..].trim().to_owned()))
    });
    match split {
        Some((name, unit)) => (name, (!unit.is_empty()).then_some(unit)),
        None => (named.to_owned(), None),
    }
}

/// The words of a direction column in `lang`.
pub fn better_label(lang: Language, better: Better) -> String {
    text(lang, better_label_id(better), &[])
}

fn better_label_id(better: Better) -> &'static str {
    match better {
        Better::Higher => "label-better-higher",
        Better::Lower => "label-better-lower",
    }
}

/// A direction as a cell gives it: its words in any of the three languages, or the file
/// format's `higher`/`lower`, in any case.
pub fn better_of(cell: &str) -> Option<Better> {
    let cell = cell.trim().to_lowercase();
    [Better::Higher, Better::Lower].into_iter().find(|b| {
        let id = match b {
            Better::Higher => "higher",
            Better::Lower => "lower",
        };
        cell == id || Language::ALL.iter().any(|l| better_label(*l, *b).to_lowercase() == cell)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_header_reads_back_as_written_in_every_language() {
        for lang in Language::ALL {
            for field in MetricField::ALL {
                for (name, unit) in [("NPS", None), ("Conversion rate", Some("%")), ("NPS (2)", None), ("Время ответа", Some("мин"))] {
                    let header = metric_header(lang, field, name, unit);
                    let want = MeasureColumn::Metric { name: name.into(), unit: unit.map(str::to_owned), field };
                    assert_eq!(measure_column(&header), Some(want.clone()), "{lang:?} {header}");
                    assert_eq!(measure_column(&format!("  {} ", header.to_uppercase())).map(|_| ()), Some(()), "any case");
                }
            }
            let header = rating_header(lang, "Design and quality");
            assert_eq!(measure_column(&header), Some(MeasureColumn::Rating { criterion: "Design and quality".into() }), "{header}");
        }
    }

    #[test]
    fn the_labels_put_their_variable_last_and_name_no_fixed_column() {
        // The reading above takes what follows the label's words: a translation that put the
        // name first would not read back.
        for lang in Language::ALL {
            for field in MetricField::ALL {
                assert!(metric_header(lang, field, "X", None).ends_with(": X"), "{lang:?} {field:?}");
            }
            assert!(rating_header(lang, "X").ends_with(": X"), "{lang:?}");
            for (header, role) in [(metric_header(lang, MetricField::Value, "X", None), None), (rating_header(lang, "X"), None)] {
                assert_eq!(super::super::table::role_of_header(&header), role, "{header}");
            }
        }
        assert_eq!(measure_column("Оценка"), None, "the Russian sentiment column");
        assert_eq!(measure_column("Оценка (1–5)"), None);
        assert_eq!(measure_column("Rating:"), None);
        assert_eq!(measure_column("Budget"), None);
        assert_eq!(measure_column("ocena: Treść"), Some(MeasureColumn::Rating { criterion: "Treść".into() }));
        assert_eq!(measure_column("метрика: nps"), Some(MeasureColumn::Metric { name: "nps".into(), unit: None, field: MetricField::Value }));
    }

    #[test]
    fn directions_read_in_any_language() {
        for lang in Language::ALL {
            for b in [Better::Higher, Better::Lower] {
                assert_eq!(better_of(&better_label(lang, b).to_uppercase()), Some(b));
            }
        }
        assert_eq!(better_of(" lower "), Some(Better::Lower));
        assert_eq!(better_of("sideways"), None);
    }
}
