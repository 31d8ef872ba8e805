//! `journey-mapper check` on every fixture in tests/fixtures gives the outcome written next
//! to it in `<fixture>.expected`: `ok`, the line listing its repairs (tests/fixtures/repaired),
//! or the exact error line printed on stderr (tests/fixtures/invalid).
//! Run with UPDATE_EXPECTED=1 to rewrite the .expected files, then review the diff.

use std::path::{Path, PathBuf};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

mod support;
use support::run;

fn fixtures() -> Vec<PathBuf> {
    let mut all = Vec::new();
    for group in ["valid", "repaired", "invalid"] {
        for entry in std::fs::read_dir(fixtures_dir().join(group)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                all.push(path);
            }
        }
    }
    all.sort();
    all
}

#[test]
fn check_gives_each_fixture_its_written_outcome() {
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let mut failures = Vec::new();
    let all = fixtures();
    assert!(all.len() >= 15, "the corpus is there");
    for path in all {
        let rel = format!("tests/fixtures/{}", path.strip_prefix(fixtures_dir()).unwrap().display());
        let before = std::fs::read(&path).unwrap();
        let (code, out, err) = run(&["check", path.to_str().unwrap()]);
        let file = path.to_str().unwrap();
        let actual = match code {
            0 if out.starts_with(&format!("{file}: ok,")) => "ok".to_owned(),
            0 => out.replace(file, "{file}").trim_end().to_owned(),
            _ => err.replace(file, "{file}").trim_end().to_owned(),
        };
        assert_eq!(std::fs::read(&path).unwrap(), before, "check never changes a file");
        let expected_path = PathBuf::from(format!("{}.expected", path.display()));
        let opens = !rel.starts_with("tests/fixtures/invalid/");
        assert_eq!(code == 0, opens, "{rel}: exit code {code}, stderr {err}");
        if rel.starts_with("tests/fixtures/repaired/") {
            assert!(actual.contains("was "), "{rel}: a repaired file lists its repairs: {actual}");
        }
        if code != 0 {
            assert_eq!(err.lines().count(), 1, "{rel}: one line per bad file: {err}");
        }
        if update {
            std::fs::write(&expected_path, format!("{actual}\n")).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{rel}: no {} (run with UPDATE_EXPECTED=1)", expected_path.display()));
        if expected.trim_end() != actual {
            failures.push(format!("{rel}:\n  expected: {}\n  actual:   {actual}", expected.trim_end()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn check_of_several_files_fails_if_any_fails_and_reports_each() {
    let dir = fixtures_dir();
    let good = dir.join("valid/coffee-shop-small.journey.json");
    let bad1 = dir.join("invalid/truncated.journey.json");
    let bad2 = dir.join("invalid/empty.journey.json");
    let (code, out, err) = run(&["check", good.to_str().unwrap(), bad1.to_str().unwrap(), bad2.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("coffee-shop-small.journey.json: ok"), "{out}");
    assert_eq!(err.lines().count(), 2, "{err}");
}

#[test]
fn check_of_a_missing_file_names_it() {
    let (code, _, err) = run(&["check", "/nonexistent/map.journey.json"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("/nonexistent/map.journey.json cannot be read"), "{err}");
}

#[test]
fn wrong_usage_exits_2() {
    assert_eq!(run(&["check"]).0, 2);
    assert_eq!(run(&["frobnicate"]).0, 2);
    assert_eq!(run(&["new"]).0, 2);
    assert_eq!(run(&["fmt", "a", "b"]).0, 2);
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("check"));
}

#[test]
fn new_writes_a_valid_sample_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("new.journey.json");
    let f = file.to_str().unwrap();
    assert_eq!(run(&["new", f]).0, 0);
    let map = journey_core::format::load_file(&file).unwrap().map;
    assert_eq!(map.stages.len(), 5);
    assert!(map.touchpoints.len() >= 15);
    assert_ne!(map.id, journey_core::model::sample_map().id, "a new map gets its own id");
    let before = std::fs::read(&file).unwrap();
    let (code, _, err) = run(&["new", f]);
    assert_eq!(code, 1);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn fmt_canonicalises_keeps_unknown_fields_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.journey.json");
    std::fs::copy(fixtures_dir().join("valid/bom-crlf.journey.json"), &file).unwrap();
    let f = file.to_str().unwrap();
    assert_eq!(run(&["fmt", f]).0, 0);
    let once = std::fs::read_to_string(&file).unwrap();
    assert!(!once.starts_with('\u{feff}') && !once.contains('\r') && once.ends_with("}\n"));
    let (code, out, _) = run(&["fmt", f]);
    assert_eq!(code, 0);
    assert!(out.contains("already canonical"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), once);

    std::fs::copy(fixtures_dir().join("valid/unknown-fields.journey.json"), &file).unwrap();
    assert_eq!(run(&["fmt", f]).0, 0);
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(v["x-owner"]["team"], "Growth");
    assert_eq!(v["stages"][0]["color"], "#ffcc00");
    assert_eq!(v["touchpoints"][0]["metrics"]["ctr"], 0.031);
}

#[test]
fn fmt_leaves_an_unreadable_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.journey.json");
    std::fs::copy(fixtures_dir().join("invalid/truncated.journey.json"), &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let (code, _, err) = run(&["fmt", file.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("truncated"), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left behind");
}

#[test]
fn generate_writes_a_valid_map_of_the_asked_size() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.journey.json");
    let f = file.to_str().unwrap();
    let (code, out, err) = run(&["generate", f, "--touchpoints", "2500", "--stages", "12"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("12 stages, 2500 touchpoints"), "{out}");
    let (code, out, _) = run(&["check", f]);
    assert_eq!(code, 0);
    assert!(out.contains(": ok,"), "{out}");
    assert_eq!(run(&["generate", f]).0, 1, "never overwrites");

    let laned = dir.path().join("lanes.journey.json");
    let f = laned.to_str().unwrap();
    let (code, _, err) = run(&["generate", f, "--touchpoints", "300", "--stages", "6", "--lanes", "5"]);
    assert_eq!(code, 0, "{err}");
    let map: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&laned).unwrap()).unwrap();
    assert_eq!(map["lanes"].as_array().unwrap().len(), 5);
    assert!(map["touchpoints"].as_array().unwrap().iter().all(|t| t["lane"].as_str().is_some_and(|l| l.starts_with("lane-"))));
    assert_eq!(run(&["check", f]).0, 0);
}

#[test]
fn new_makes_a_map_from_each_template_in_the_asked_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.journey.json");
    let (code, _, _) = run(&["new", file.to_str().unwrap(), "--template", "purchase", "--lang", "ru"]);
    assert_eq!(code, 0);
    let map = journey_core::format::load_file(&file).unwrap().map;
    let names: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["До покупки", "Во время покупки", "После покупки"]);
    assert!(map.touchpoints.is_empty());
    let (code, _, err) = run(&["new", dir.path().join("x.journey.json").to_str().unwrap(), "--template", "nope"]);
    assert_eq!(code, 1);
    assert!(err.contains("there is no template \"nope\"; use one of funnel, purchase, decision, empty"), "{err}");
}
