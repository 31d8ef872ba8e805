//! Sheets back into maps: what our CSV and XLSX exports write imports back to the map it came from
//! (stages, lanes, order, titles, sentiments, every detail, metrics and ratings), in every
//! language and with either delimiter, whatever the text; the import reads a sheet at any size.

use journey_core::export::{render, Delimiter, Format, Options, Quiet};
use journey_core::import::{import_with, Kind, Options as ImportOptions};
use journey_core::language::Language;
use journey_core::model::{generate_with_lanes, Map, Metric, Stage, Touchpoint};
use proptest::prelude::*;

/// What a sheet holds of a map, with lanes and criteria by name (a sheet names them; ids
/// other than the presets' are new): the stages in order, and each card with every field a
/// row carries. A card's metrics are in the map's order of metrics and keep no unit of their
/// own (the column's, in its header, is the map's definition's when it comes back).
fn sheet_view(map: &Map) -> (Vec<Stage>, Vec<Touchpoint>) {
    let lane_name = |id: &str| map.lanes.iter().find(|l| l.id == id).map(|l| l.name.clone()).unwrap_or_default();
    let criterion_name = |id: &str| map.criteria.iter().find(|c| c.id == id).map_or(id.to_owned(), |c| c.name.clone());
    let rank = |m: &Metric| map.metric_definitions.iter().position(|d| d.name.eq_ignore_ascii_case(&m.name)).unwrap_or(usize::MAX);
    let cards = map
        .stages
        .iter()
        .flat_map(|s| map.cards_of(&s.id))
        .map(|i| {
            let mut t = map.touchpoints[i].clone();
            t.lane = lane_name(&t.lane);
            t.metrics.sort_by_key(|m| rank(m));
            for m in &mut t.metrics {
                m.unit = None;
            }
            t.ratings = t.ratings.iter().map(|(id, r)| (criterion_name(id), *r)).collect();
            // Customers' quotes are not in the touchpoints' sheet (see FORMAT.md).
            t.feedback.clear();
            t
        })
        .collect();
    (map.stages.clone(), cards)
}

/// The map's metric definitions by name and unit (its preset's where it gives none) and its
/// criteria by name, in their order: what a sheet of the map gives back.
fn measures_view(map: &Map) -> (Vec<(String, Option<String>)>, Vec<String>) {
    let unit = |name: &str| {
        let def = map.metric_definitions.iter().find(|d| d.name == name);
        let preset = def.and_then(|d| d.preset.as_deref()).and_then(journey_core::model::MetricPreset::by_id);
        def.and_then(|d| d.unit.clone()).or(preset.and_then(|p| p.unit.map(str::to_owned)))
    };
    let metrics = map.metric_definitions.iter().map(|d| (d.name.clone(), unit(&d.name))).collect();
    (metrics, map.criteria.iter().map(|c| c.name.clone()).collect())
}

fn csv_round_trip(map: &Map, language: Language, delimiter: Delimiter) -> Map {
    let options = Options { language, delimiter, ..Options::default() };
    let bytes = render(map, Format::Csv, &options, &Quiet).unwrap();
    let imported = import_with(&bytes, Kind::Csv, "back", &ImportOptions::default()).unwrap();
    assert_eq!(imported.notes, [], "our own export reads without a note");
    imported.map
}

fn xlsx_round_trip(map: &Map, language: Language) -> Map {
    let options = Options { language, ..Options::default() };
    let bytes = render(map, Format::Xlsx, &options, &Quiet).unwrap();
    let imported = import_with(&bytes, Kind::Workbook, "back", &ImportOptions::default()).unwrap();
    assert_eq!(imported.notes, [], "our own workbook reads without a note");
    imported.map
}

#[test]
fn the_sample_and_generated_maps_come_back_from_xlsx_in_every_language() {
    let mut with_empty_stage = journey_core::model::sample_map();
    with_empty_stage.stages.push(Stage { id: "st-later".into(), name: "Later".into(), extra: Default::default() });
    let maps = [with_empty_stage, generate_with_lanes(6, 3, 200, 7)];
    for map in &maps {
        for language in Language::ALL {
            let back = xlsx_round_trip(map, language);
            assert_eq!(sheet_view(&back), sheet_view(map), "{language:?}");
            assert_eq!(measures_view(&back), measures_view(map), "{language:?}");
        }
    }
}

#[test]
fn the_sample_and_generated_maps_come_back_from_csv_in_every_language() {
    let maps = [journey_core::model::sample_map(), generate_with_lanes(6, 3, 200, 7), generate_with_lanes(4, 0, 30, 9)];
    for map in &maps {
        for language in Language::ALL {
            for delimiter in [Delimiter::Comma, Delimiter::Semicolon] {
                let back = csv_round_trip(map, language, delimiter);
                assert_eq!(sheet_view(&back), sheet_view(map), "{language:?} {delimiter:?}");
                assert_eq!(measures_view(&back), measures_view(map), "{language:?} {delimiter:?}");
            }
        }
    }
}

/// Text that is neither empty nor starts or ends with white space (a cell's surrounding
/// spaces are not kept), with formula starts, quotes, delimiters and line breaks inside.
fn cell_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-zА-Яа-яĄąŁłŻż0-9]{1,3}",
        "[=+@-][A-Za-z0-9(); \",\\n]{0,12}[A-Za-z0-9)]",
        "[A-Za-zА-я][\\PC\\n]{0,20}[A-Za-zżЯ!?]",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_map_comes_back_from_csv(
        stages in proptest::collection::vec((cell_text(), proptest::collection::vec(
            ((cell_text(), 0usize..3, cell_text(), proptest::option::of(1u8..=5)), (proptest::option::of(-1_000_000i64..1_000_000), proptest::option::of(1u8..=5))),
            0..4)), 1..4),
        language in 0usize..3,
        semicolon in any::<bool>(),
    ) {
        let mut map = Map::new("");
        // A metric whose name ends in parentheses of its own, and no unit; and a criterion
        // that is no preset.
        map.metric_definitions.push(journey_core::model::MetricDefinition {
            name: "Time (s)".into(), preset: None, unit: None, min: None, max: None, target: None, better: None, aggregate: None,
            extra: Default::default(),
        });
        map.criteria.push(journey_core::model::Criterion { id: "tone".into(), name: "Tone".into(), extra: Default::default() });
        for (n, (name, cards)) in stages.iter().enumerate() {
            map.stages.push(Stage { id: format!("s{n}"), name: name.clone(), extra: Default::default() });
            for (k, ((title, sentiment, owner, score), (measured, rating))) in cards.iter().enumerate() {
                let metrics = measured.map(|v| {
                    let mut m = Metric::new("Time (s)", v as f64 / 100.0);
                    m.source = Some(owner.clone());
                    m
                });
                map.touchpoints.push(Touchpoint {
                    metrics: metrics.into_iter().collect(),
                    ratings: rating.map(|r| ("tone".to_owned(), r)).into_iter().collect(),
                    id: format!("t{n}-{k}"),
                    stage: format!("s{n}"),
                    title: title.clone(),
                    sentiment: journey_core::model::Sentiment::ALL[*sentiment],
                    owner: owner.clone(),
                    description: format!("{title}\n{owner}"),
                    score: *score,
                    pain_points: vec![owner.replace('\n', " ")],
                    ..Default::default()
                });
            }
        }
        let delimiter = if semicolon { Delimiter::Semicolon } else { Delimiter::Comma };
        let back = csv_round_trip(&map, Language::ALL[language], delimiter);
        prop_assert_eq!(sheet_view(&back), sheet_view(&map));
        prop_assert_eq!(measures_view(&back), measures_view(&map));
        let back = xlsx_round_trip(&map, Language::ALL[language]);
        prop_assert_eq!(sheet_view(&back), sheet_view(&map));
        prop_assert_eq!(measures_view(&back), measures_view(&map));
    }
}

#[test]
fn a_sheet_of_100000_rows_imports_whole() {
    let map = generate_with_lanes(8, 2, 100_000, 3);
    let bytes = render(&map, Format::Csv, &Options::default(), &Quiet).unwrap();
    let back = import_with(&bytes, Kind::Csv, "big", &ImportOptions::default()).unwrap();
    assert_eq!(back.map.touchpoints.len(), 100_000);
    assert_eq!(back.map.stages.len(), 8);
}

/// A workbook of two sheets, as a survey tool or a colleague sends it: the first is a
/// summary, the journey is on the second.
fn two_sheet_workbook() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let summary = book.add_worksheet().set_name("Summary").unwrap();
    summary.write_string(0, 0, "Prepared by the agency").unwrap();
    let journey = book.add_worksheet().set_name("Путь").unwrap();
    for (c, h) in ["Этап", "Точка контакта", "Оценка (1–5)", "Дата"].iter().enumerate() {
        journey.write_string(1, c as u16 + 1, *h).unwrap();
    }
    journey.write_string(2, 1, "Поиск").unwrap();
    journey.write_string(2, 2, "Реклама").unwrap();
    journey.write_number(2, 3, 4.0).unwrap();
    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 3, 1).unwrap();
    journey.write_datetime_with_format(2, 4, &date, &rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy")).unwrap();
    journey.write_string(3, 2, "Отзывы").unwrap();
    journey.write_formula(3, 3, "=1+1").unwrap();
    book.save_to_buffer().unwrap()
}

#[test]
fn the_sheet_named_is_read_and_a_missing_one_is_said_with_the_sheets_there() {
    use journey_core::messages::Localize;
    let bytes = two_sheet_workbook();
    let first = import_with(&bytes, Kind::Workbook, "b", &ImportOptions::default());
    assert!(matches!(first, Err(journey_core::import::ImportError::NoColumns { .. })), "the first sheet is the summary");
    let options = ImportOptions { sheet: Some("путь".into()), layout: None };
    let imported = import_with(&bytes, Kind::Workbook, "b", &options).unwrap();
    let map = imported.map;
    assert_eq!(map.stages.len(), 1);
    let cards: Vec<(&str, Option<u8>)> = map.touchpoints.iter().map(|t| (t.title.as_str(), t.score)).collect();
    // The formula was never computed by a spreadsheet: the file holds 0 as its result, and
    // that is what is read; "=1+1" is never evaluated to 2.
    assert_eq!(cards, [("Реклама", Some(4)), ("Отзывы", None)]);
    assert_eq!(map.touchpoints[1].extra.get("Оценка (1–5)"), Some(&serde_json::json!("0")));
    assert_eq!(imported.notes.len(), 1, "{:?}", imported.notes);
    assert_eq!(map.touchpoints[0].extra["Дата"], serde_json::json!("2026-03-01"));
    let options = ImportOptions { sheet: Some("Q3".into()), layout: None };
    let err = import_with(&bytes, Kind::Workbook, "b", &options).unwrap_err();
    assert!(err.message(Language::En).contains("“Summary”, “Путь”"), "{}", err.message(Language::En));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever the bytes, a CSV, TSV or workbook import answers: a map or one error.
    #[test]
    fn any_bytes_import_or_are_refused_without_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), kind in 0usize..3) {
        let kind = [Kind::Csv, Kind::Tsv, Kind::Workbook][kind];
        let _ = import_with(&bytes, kind, "x", &ImportOptions::default());
    }

    /// Sheet-shaped text with headers and values from the vocabulary the import knows,
    /// in any arrangement: a map or one error, and every row with a title is a card or a note.
    #[test]
    fn any_sheet_of_known_words_imports_or_is_refused(
        rows in proptest::collection::vec(proptest::collection::vec(
            prop_oneof![
                Just("Stage".to_owned()), Just("Этап".to_owned()), Just("Touchpoint".to_owned()), Just("Order".to_owned()),
                Just("Stage number".to_owned()), Just("Id".to_owned()), Just("Sentiment".to_owned()), Just("Score".to_owned()),
                Just("Metric: NPS".to_owned()), Just("Metric date: NPS".to_owned()), Just("Рейтинг: x".to_owned()), Just("Rating: Design".to_owned()),
                Just("2026-03-01".to_owned()), Just("+".to_owned()), Just("7".to_owned()), Just("-1e999".to_owned()), Just("".to_owned()), Just("'=1".to_owned()),
                "[a-zа-я ;,\"\\n]{0,8}",
            ], 0..7), 0..12),
    ) {
        let text: String = rows.iter().map(|r| r.iter().map(|c| format!("\"{}\"", c.replace('"', "\"\""))).collect::<Vec<_>>().join(",")).collect::<Vec<_>>().join("\r\n");
        if let Ok(imported) = import_with(text.as_bytes(), Kind::Csv, "x", &ImportOptions::default()) {
            let saved = journey_core::format::to_canonical_json(&imported.map);
            let again = journey_core::format::parse(saved.as_bytes()).unwrap();
            prop_assert!(!again.was_repaired(), "an imported map is a valid map: {:?}", again.notes);
        }
    }
}

/// The property test's find: texts with commas and line breaks in a semicolon sheet.
#[test]
fn commas_and_line_breaks_in_a_semicolon_sheets_texts_do_not_make_it_a_comma_sheet() {
    let mut map = Map::new("");
    map.stages.push(Stage { id: "s0".into(), name: "Ż".into(), extra: Default::default() });
    for owner in ["a", "-,\n0", "Ż"] {
    map.touchpoints.push(Touchpoint { id: format!("t0-{owner}"), stage: "s0".into(), title: "-,\n0".into(), owner: owner.into(), description: format!("-,\n0\n{owner}"), pain_points: vec![owner.replace('\n', " ")], ..Default::default() });
    }
    for lang in Language::ALL { for d in [Delimiter::Comma, Delimiter::Semicolon] {
    let back = csv_round_trip(&map, lang, d);
    assert_eq!(sheet_view(&back), sheet_view(&map), "{lang:?} {d:?}");
    }}
}
