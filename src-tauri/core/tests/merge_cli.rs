//! `journey-mapper merge` on the triples in tests/fixtures/merge: each folder holds
//! `base`, `ours` and `theirs` (`.journey.json`), and beside them what the merge must give:
//! `out.journey.json` (the merged map) and `stderr.en.txt` (the conflicts in words; empty
//! for a clean merge, which exits 0, else 1). Run with UPDATE_EXPECTED=1 to rewrite them,
//! then review the diff.

use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/merge")
}

mod support;
use support::run;

fn expect(file: &Path, actual: &str) {
    if std::env::var_os("UPDATE_EXPECTED").is_some() {
        std::fs::write(file, actual).unwrap();
    }
    let expected =
        std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    assert_eq!(actual, expected, "{}", file.display());
}

fn cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 2, "{cases:?}");
    cases
}

fn input(case: &Path, side: &str) -> String {
    case.join(format!("{side}.journey.json"))
        .to_string_lossy()
        .into_owned()
}

#[test]
fn each_triple_merges_as_written_beside_it() {
    let tmp = tempfile::tempdir().unwrap();
    for case in cases() {
        let out = tmp.path().join("out.journey.json");
        let out_s = out.to_string_lossy().into_owned();
        let (code, stdout, stderr) = run(&[
            "merge",
            &input(&case, "base"),
            &input(&case, "ours"),
            &input(&case, "theirs"),
            "-o",
            &out_s,
            "--lang",
            "en",
        ]);
        // The output file's own name, not the temporary folder, in the expected text.
        let stderr = stderr.replace(&out_s, "OUT");
        assert_eq!(stdout, "", "{}", case.display());
        expect(&case.join("stderr.en.txt"), &stderr);
        assert_eq!(
            code,
            i32::from(!stderr.is_empty()),
            "{}: {stderr}",
            case.display()
        );
        let merged = std::fs::read_to_string(&out).unwrap();
        expect(&case.join("out.journey.json"), &merged);
        // The merged file is a map `check` takes; recorded conflicts are a note, not an error.
        let (code, said, err) = run(&["check", &out_s]);
        assert_eq!((code, err.as_str()), (0, ""), "{said}");
        assert_eq!(
            said.contains("merge conflict"),
            !stderr.is_empty(),
            "{said}"
        );
    }
}

#[test]
fn the_conflicts_are_said_in_russian_and_polish_too() {
    let tmp = tempfile::tempdir().unwrap();
    let case = dir().join("conflict");
    let out = tmp
        .path()
        .join("out.journey.json")
        .to_string_lossy()
        .into_owned();
    for (lang, word) in [("ru", "конфликт"), ("pl", "konflikt")] {
        let (code, _, err) = run(&[
            "merge",
            &input(&case, "base"),
            &input(&case, "ours"),
            &input(&case, "theirs"),
            "-o",
            &out,
            "--lang",
            lang,
        ]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains(word) && !err.contains('{'), "{err}");
        assert_eq!(
            err.lines().count(),
            std::fs::read_to_string(case.join("stderr.en.txt"))
                .unwrap()
                .lines()
                .count(),
            "{err}"
        );
    }
}

#[test]
fn out_may_be_ours_as_git_asks_but_never_base_or_theirs() {
    let tmp = tempfile::tempdir().unwrap();
    let case = dir().join("clean");
    let copy = |side: &str| {
        let to = tmp.path().join(format!("{side}.journey.json"));
        std::fs::copy(input(&case, side), &to).unwrap();
        to.to_string_lossy().into_owned()
    };
    let (base, ours, theirs) = (copy("base"), copy("ours"), copy("theirs"));
    for refused in [&base, &theirs] {
        let before = std::fs::read(refused).unwrap();
        let (code, _, err) = run(&["merge", &base, &ours, &theirs, "-o", refused]);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("would overwrite") && err.contains(refused.as_str()),
            "{err}"
        );
        assert_eq!(std::fs::read(refused).unwrap(), before);
    }
    let (code, _, err) = run(&["merge", &base, &ours, &theirs, "-o", &ours]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(
        std::fs::read_to_string(&ours).unwrap(),
        std::fs::read_to_string(case.join("out.journey.json")).unwrap()
    );
}

#[test]
fn an_unreadable_copy_is_said_as_check_says_it_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let case = dir().join("clean");
    let bad = tmp.path().join("bad.journey.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let bad = bad.to_string_lossy().into_owned();
    let out = tmp.path().join("out.journey.json");
    let (code, _, err) = run(&[
        "merge",
        &input(&case, "base"),
        &bad,
        &input(&case, "theirs"),
        "-o",
        &out.to_string_lossy(),
    ]);
    assert_eq!(code, 2, "{err}");
    let (_, _, check_err) = run(&["check", &bad]);
    assert_eq!(err, check_err);
    assert!(!out.exists());
    // Wrong usage: no OUT.
    let (code, _, _) = run(&[
        "merge",
        &input(&case, "base"),
        &bad,
        &input(&case, "theirs"),
    ]);
    assert_eq!(code, 2);
}
