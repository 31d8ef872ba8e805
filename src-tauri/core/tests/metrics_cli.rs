//! `journey-mapper metrics MAP --from FILE`: this month's values from a survey export
//! (here one Excel saved in a Russian locale: Windows-1251, semicolons, decimal commas)
//! land on the cards they name; a row that names no card or several changes nothing.

use std::path::{Path, PathBuf};

use journey_core::format;

mod support;
use support::run;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/metrics").join(name)
}

fn sample_at(dir: &Path) -> PathBuf {
    let path = dir.join("shop.journey.json");
    std::fs::write(&path, journey_core::model::SAMPLE_JSON).unwrap();
    path
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_windows_1251_survey_export_updates_the_cards_it_names_and_keeps_everything_else() {
    let dir = tempfile::tempdir().unwrap();
    let map = sample_at(dir.path());
    let (code, stdout, stderr) = run(&["metrics", s(&map), "--from", s(&fixture("survey-ru-windows-1251.csv")), "--date", "2026-12-01", "--lang", "en"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("6 values written on 4 touchpoints"), "{stdout}");
    assert!(stderr.contains("row 5, column “CSAT”: “н/д” is not a number"), "{stderr}");
    let after = format::load_file(&map).unwrap();
    assert!(after.notes.is_empty(), "{:?}", after.notes);
    let before = journey_core::model::sample_map();
    let card = |m: &journey_core::model::Map, id: &str| m.touchpoints.iter().find(|t| t.id == id).unwrap().clone();
    let checkout = card(&after.map, "tp-checkout");
    let nps = checkout.metric("NPS").unwrap();
    assert_eq!((nps.value, nps.date.as_deref()), (-8.0, Some("2026-11-30")), "the row's date wins over --date");
    assert_eq!(checkout.metric("Conversion rate"), card(&before, "tp-checkout").metric("Conversion rate"), "a column of another name is another metric");
    assert_eq!(checkout.metric("Конверсия").unwrap().value, 2.1);
    let support = card(&after.map, "tp-support-call");
    assert_eq!(support.metric("CSAT").unwrap().value, 3.1, "titles match whatever their case");
    assert_eq!(support.metric("CSAT").unwrap().date.as_deref(), Some("2026-12-01"), "a row without a date gets --date");
    assert_eq!(support.metric("Response time"), card(&before, "tp-support-call").metric("Response time"));
    // Everything but those metrics is as it was.
    let mut expected = before.clone();
    for t in &mut expected.touchpoints {
        t.metrics = card(&after.map, &t.id).metrics;
    }
    assert_eq!(after.map, expected);
}

#[test]
fn a_row_that_names_no_card_changes_nothing_and_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    let map = sample_at(dir.path());
    let before = std::fs::read(&map).unwrap();
    let (code, stdout, stderr) = run(&["metrics", s(&map), "--from", s(&fixture("survey-unknown-row.csv")), "--lang", "ru"]);
    assert_eq!((code, stdout.as_str()), (1, ""), "{stderr}");
    assert!(stderr.contains("1 строка не указывает ровно одну точку контакта"), "{stderr}");
    assert!(stderr.contains("строка 3: «tp-nowhere» — не точка контакта этой карты"), "{stderr}");
    assert_eq!(std::fs::read(&map).unwrap(), before, "the map is untouched");
}

#[test]
fn bad_input_is_one_message_and_wrong_usage_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let map = sample_at(dir.path());
    let weeks = dir.path().join("weeks.csv");
    std::fs::write(&weeks, "Week,NPS\n1,2\n").unwrap();
    let (code, _, stderr) = run(&["metrics", s(&map), "--from", s(&weeks), "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("no column names the touchpoint") && stderr.contains("“Week”, “NPS”"), "{stderr}");
    let (code, _, stderr) = run(&["metrics", s(&dir.path().join("missing.json")), "--from", s(&weeks), "--lang", "en"]);
    assert_eq!(code, 1, "{stderr}");
    let (code, _, _) = run(&["metrics", s(&map), "--from", s(&weeks), "--date", "1 December"]);
    assert_eq!(code, 2);
    let (code, _, _) = run(&["metrics", s(&map)]);
    assert_eq!(code, 2);
}
