//! `journey-mapper diff` on the map pairs in tests/fixtures/diff: each `NAME.journey.json`
//! (but `old`) is compared with `old.journey.json`, and the output must be the one written
//! beside it: `NAME.en.txt` (the sentences) and `NAME.json` (the list FORMAT.md documents).
//! Run with UPDATE_EXPECTED=1 to rewrite them, then review the diff.

use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/diff")
}

mod support;
use support::run;

fn path(name: &str) -> String {
    dir().join(name).to_string_lossy().into_owned()
}

fn expect(file: &str, actual: &str) {
    let target = dir().join(file);
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(&target, actual).unwrap();
    }
    let expected =
        std::fs::read_to_string(&target).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    assert_eq!(actual, expected, "{file}");
}

fn pairs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .filter_map(|e| {
            e.unwrap()
                .file_name()
                .to_str()?
                .strip_suffix(".journey.json")
                .map(str::to_owned)
        })
        .filter(|n| n != "old")
        .collect();
    names.sort();
    assert!(!names.is_empty());
    names
}

#[test]
fn each_pair_diffs_as_written_beside_it_in_text_and_json() {
    for name in pairs() {
        let new = path(&format!("{name}.journey.json"));
        let (code, text, err) = run(&["diff", &path("old.journey.json"), &new, "--lang", "en"]);
        assert_eq!((code, err.as_str()), (1, ""), "{name}");
        expect(&format!("{name}.en.txt"), &text);
        let (code, json, _) = run(&["diff", &path("old.journey.json"), &new, "--format", "json"]);
        assert_eq!(code, 1);
        expect(&format!("{name}.json"), &json);
        let list: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        assert!(list.iter().all(|c| c["kind"].is_string()), "{name}");
    }
}

#[test]
fn a_map_and_itself_have_no_differences_and_exit_0() {
    for format in ["text", "json"] {
        let (code, out, err) = run(&[
            "diff",
            &path("old.journey.json"),
            &path("old.journey.json"),
            "--format",
            format,
        ]);
        assert_eq!((code, err.as_str()), (0, ""));
        assert_eq!(out, if format == "json" { "[]\n" } else { "" });
    }
}

#[test]
fn the_sentences_come_in_russian_and_polish() {
    let (code, ru, _) = run(&[
        "diff",
        &path("old.journey.json"),
        &path("new.journey.json"),
        "--lang",
        "ru",
    ]);
    assert_eq!(code, 1);
    assert!(ru.contains("Этап «Consideration»\n"), "{ru}");
    assert!(ru.contains("  Добавлен этап «Loyalty»\n"), "{ru}");
    let (_, pl, _) = run(&[
        "diff",
        &path("old.journey.json"),
        &path("new.journey.json"),
        "--lang",
        "pl",
    ]);
    assert!(pl.contains("  Dodano etap «Loyalty»\n"), "{pl}");
}

#[test]
fn an_unreadable_file_exits_2_with_the_message_check_gives() {
    let missing = path("missing.journey.json");
    let (code, out, err) = run(&["diff", &path("old.journey.json"), &missing]);
    assert_eq!((code, out.as_str()), (2, ""));
    let (check_code, _, check_err) = run(&["check", &missing]);
    assert_eq!(check_code, 1);
    assert_eq!(err, check_err, "the same clear message as check");
    assert!(err.starts_with(&missing), "{err}");

    let bad = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(bad.path(), "{ not json").unwrap();
    let bad = bad.path().to_string_lossy().into_owned();
    let (code, _, err) = run(&["diff", &bad, &missing]);
    assert_eq!(code, 2);
    assert_eq!(
        err.lines().count(),
        2,
        "both files' problems are told: {err}"
    );
}

#[test]
fn wrong_usage_exits_2() {
    assert_eq!(run(&["diff", &path("old.journey.json")]).0, 2);
    assert_eq!(
        run(&[
            "diff",
            &path("old.journey.json"),
            &path("new.journey.json"),
            "--format",
            "xml"
        ])
        .0,
        2
    );
}
