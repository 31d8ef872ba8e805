//! `journey-mapper import`: a sheet (CSV, TSV, XLSX, XLS, ODS) or a Mermaid journey (a .mmd file, or the journey block of a
//! Markdown page) into a new map, the exit codes, never overwriting, and the fixtures in
//! tests/fixtures/import with their expected outcome in `<fixture>.expected` (the map as an
//! outline, then what was said on stderr). Run with UPDATE_EXPECTED=1 to rewrite them.

use std::path::{Path, PathBuf};

use journey_core::export::{Format, Options, Quiet};
use journey_core::model::Map;

mod support;
use support::run;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/import")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The map as the fixtures' outcomes show it: the title, then each stage and its cards
/// (title, score, sentiment, owner).
fn outline(map: &Map) -> String {
    let mut text = format!("title: {}\n", map.title);
    for stage in &map.stages {
        text.push_str(&format!("section: {}\n", stage.name));
        for i in map.cards_of(&stage.id) {
            let t = &map.touchpoints[i];
            let score = t.score.map_or("-".to_owned(), |s| s.to_string());
            text.push_str(&format!("  {} | {score} | {} | {}", t.title, t.sentiment.as_str(), t.owner));
            // What only sheets carry, shown only where a card has it.
            if let Some(channel) = t.channel {
                text.push_str(&format!(" | channel: {}", serde_json::to_value(channel).unwrap().as_str().unwrap()));
            }
            if let Some(lane) = map.lanes.iter().find(|l| l.id == t.lane) {
                text.push_str(&format!(" | lane: {}", lane.name));
            }
            for item in &t.pain_points {
                text.push_str(&format!(" | pain: {item}"));
            }
            if !t.description.is_empty() {
                text.push_str(&format!(" | description: {}", t.description));
            }
            for (key, value) in &t.extra {
                text.push_str(&format!(" | {key}: {value}"));
            }
            text.push('\n');
        }
    }
    text
}

#[test]
fn each_fixture_imports_to_its_written_outcome() {
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let dir = tempfile::tempdir().unwrap();
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(fixtures_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".expected"))
        .collect();
    fixtures.sort();
    assert!(!fixtures.is_empty(), "the fixtures are there");
    let mut failures = Vec::new();
    for (n, path) in fixtures.iter().enumerate() {
        let out = dir.path().join(format!("{n}.journey.json"));
        let (code, stdout, stderr) = run(&["import", s(path), "-o", s(&out), "--lang", "en"]);
        let actual = if code == 0 {
            assert!(stdout.contains("written"), "{stdout}");
            let loaded = journey_core::format::load_file(&out).unwrap();
            assert!(loaded.notes.is_empty(), "the import is a valid map: {:?}", loaded.notes);
            format!("{}{}", outline(&loaded.map), stderr.replace(s(path), "{file}"))
        } else {
            format!("exit {code}\n{}", stderr.replace(s(path), "{file}"))
        };
        let expected_path = PathBuf::from(format!("{}.expected", path.display()));
        if update {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap();
        if expected != actual {
            failures.push(format!("{}:\n--- expected\n{expected}--- actual\n{actual}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn an_exported_map_imports_back_from_mmd_and_from_md() {
    let dir = tempfile::tempdir().unwrap();
    let map = journey_core::model::sample_map();
    for format in [Format::Mermaid, Format::Markdown] {
        let file = dir.path().join(format!("map.{}", format.extension()));
        journey_core::export::export_file(&map, format, &Options::default(), &file, &Quiet).unwrap();
        let out = dir.path().join(format!("back-{}.journey.json", format.extension()));
        let (code, stdout, stderr) = run(&["import", s(&file), "-o", s(&out), "--lang", "en"]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(stderr, "", "nothing left out");
        assert_eq!(
            stdout,
            format!("{}: written, {} stages, {} touchpoints\n", out.display(), map.stages.len(), map.touchpoints.len())
        );
        let back = journey_core::format::load_file(&out).unwrap().map;
        assert_eq!(back.title, map.title);
        let names = |m: &Map| m.stages.iter().map(|s| s.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&back), names(&map));
        let titles = |m: &Map| {
            m.stages.iter().flat_map(|s| m.cards_of(&s.id)).map(|i| m.touchpoints[i].title.clone()).collect::<Vec<_>>()
        };
        assert_eq!(titles(&back), titles(&map));
        assert_ne!(back.id, map.id, "a new map");
    }
}

#[test]
fn the_map_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("j.mmd");
    std::fs::write(&file, "journey\n  section A\n    T: 5\n").unwrap();
    let out = dir.path().join("map.journey.json");
    std::fs::write(&out, "mine").unwrap();
    let (code, stdout, stderr) = run(&["import", s(&file), "-o", s(&out), "--lang", "en"]);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    assert!(stderr.starts_with("journey-mapper: ") && stderr.contains(s(&out)), "{stderr}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
}

#[test]
fn bad_input_is_one_clear_message_and_exit_1_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.journey.json");
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let cases = [
        (write("empty.mmd", b""), "en", "the file is empty"),
        (write("blank.md", b"  \n\n"), "en", "the file is empty"),
        (write("flow.mmd", b"flowchart LR\n A --> B\n"), "en", "its first line must be \u{201C}journey\u{201D}"),
        (write("page.md", b"# Page\n\n```mermaid\nflowchart LR\n```\n"), "en", "no ```mermaid block"),
        (write("bin.mmd", b"\xff\xfe\x00j\x00o"), "en", "the file is not text"),
        (write("sheet.numbers", b"Stage,Title\nA,B\n"), "pl", "plików typu „.numbers” nie można importować"),
        (write("sheet.xlsx", b"PK"), "pl", "nie można odczytać skoroszytu"),
        (write("sheet.csv", b"\x00\x01\x02binary\x00"), "en", "the file is not text"),
        (write("steps.csv", b"Step,Cost\nAd,100\n"), "ru", "заголовки таблицы: «Step», «Cost»"),
        (write("empty2.mmd", b""), "ru", "файл пуст"),
        (dir.path().join("missing.mmd"), "en", "cannot be read"),
    ];
    for (file, lang, needle) in cases {
        let (code, stdout, stderr) = run(&["import", s(&file), "-o", s(&out), "--lang", lang]);
        assert_eq!(code, 1, "{}: {stderr}", file.display());
        assert_eq!(stdout, "");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(needle), "{}: {stderr}", file.display());
        assert!(!out.exists(), "nothing written");
        assert_eq!(stderr.matches(s(&file)).count(), 1, "the file named once: {stderr}");
    }
}

#[test]
fn lines_that_cannot_be_read_are_said_with_their_line_and_the_rest_imported() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("j.mmd");
    std::fs::write(&file, "journey\nsection A\n  Good: 4\n  No score\n  Bad: 9\n").unwrap();
    let out = dir.path().join("out.journey.json");
    let (code, stdout, stderr) = run(&["import", s(&file), "-o", s(&out), "--lang", "ru"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("записано, 1 этап, 2 точки контакта"), "{stdout}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(lines[0].starts_with(&format!("{}: строка 4: ", file.display())), "{stderr}");
    assert!(lines[1].contains("строка 5") && lines[1].contains("«9»"), "{stderr}");
}

#[test]
fn wrong_usage_exits_2() {
    assert_eq!(run(&["import"]).0, 2);
    assert_eq!(run(&["import", "a.mmd"]).0, 2, "no -o");
    assert_eq!(run(&["import", "a.mmd", "-o", "b", "c"]).0, 2);
    assert_eq!(run(&["import", "a.mmd", "-o", "b", "--bogus"]).0, 2);
}
