//! The real binary, run as a new user would run it on a machine without a display (over
//! ssh, in CI): a wrong word is a usage error, a window without a display is one sentence,
//! and nothing ever panics.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_journey-mapper");

/// Runs the binary in `dir` with no display, in English, with backtraces on so that a panic
/// could not hide.
fn run_headless(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let Output { status, stdout, stderr } = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env("LANGUAGE", "en")
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    let (out, err) = (String::from_utf8(stdout).unwrap(), String::from_utf8(stderr).unwrap());
    for text in [&out, &err] {
        for panic_text in ["panicked", "RUST_BACKTRACE", "Gtk"] {
            assert!(!text.contains(panic_text), "{args:?} printed {panic_text:?}: {text}");
        }
    }
    (status.code().expect("exited, not killed by a signal"), out, err)
}

fn assert_usage_error(dir: &Path, args: &[&str], first_line: &str) {
    let (code, out, err) = run_headless(dir, args);
    assert_eq!(code, 2, "{args:?}: {err}");
    assert!(out.is_empty(), "{args:?}: usage goes to stderr, stdout has {out:?}");
    assert_eq!(err.lines().next(), Some(first_line), "{args:?}: {err}");
    assert!(err.contains("Usage: journey-mapper [FILE]..."), "{args:?}: {err}");
    assert!(err.contains("Commands:"), "{args:?}: {err}");
    for sub in ["check", "new", "fmt", "schema", "generate", "diff", "merge", "git-setup", "textconv", "import", "metrics", "export"] {
        assert!(err.lines().any(|l| l.trim_start().starts_with(sub)), "{args:?}: {sub} listed: {err}");
    }
}

const NO_DISPLAY: &str = "journey-mapper: the window needs a graphical display and none was found (neither DISPLAY \
                          nor WAYLAND_DISPLAY is set); without one, these subcommands work: check, new, fmt, schema, \
                          generate, diff, merge, git-setup, textconv, import, metrics, export\n";

#[test]
fn words_that_are_not_subcommands_yet_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    assert_usage_error(dir.path(), &["frobnicate", "a", "b"], "error: 'frobnicate' is neither a subcommand nor an existing file");
}

#[test]
fn import_is_a_subcommand_that_reads_sheets_and_diagrams() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.numbers"), "Stage,Title\n").unwrap();
    let (code, out, err) = run_headless(dir.path(), &["import", "plan.numbers", "-o", "m.journey.json"]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains(".numbers"), "{err}");
    std::fs::write(dir.path().join("x.csv"), "Stage,Title\nA,T\n").unwrap();
    let (code, out, err) = run_headless(dir.path(), &["import", "x.csv", "-o", "s.journey.json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "s.journey.json: written, 1 stage, 1 touchpoint\n");
    std::fs::write(dir.path().join("j.mmd"), "journey\n  section A\n    T: 4\n").unwrap();
    let (code, out, err) = run_headless(dir.path(), &["import", "j.mmd", "-o", "m.journey.json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "m.journey.json: written, 1 stage, 1 touchpoint\n");
    assert!(dir.path().join("m.journey.json").exists());
}

#[test]
fn diff_is_a_subcommand_that_says_which_file_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run_headless(dir.path(), &["diff", "a", "b"]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    // The same line `check` gives for each file it cannot read.
    assert!(err.lines().next().is_some_and(|l| l.starts_with("a cannot be read: ")), "{err}");
    assert!(err.lines().nth(1).is_some_and(|l| l.starts_with("b cannot be read: ")), "{err}");
}

#[test]
fn merge_is_a_subcommand_that_says_which_files_it_cannot_read() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run_headless(dir.path(), &["merge", "a", "b", "c", "-o", "d"]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    let starts: Vec<&str> = err.lines().collect();
    for (line, file) in starts.iter().zip(["a", "b", "c"]) {
        assert!(line.starts_with(&format!("{file} cannot be read: ")), "{err}");
    }
    assert!(!dir.path().join("d").exists(), "nothing written");
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    assert_usage_error(dir.path(), &["--bogus"], "error: unexpected argument '--bogus' found");
}

#[test]
fn a_missing_file_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    assert_usage_error(dir.path(), &["q3.journey.json"], "error: 'q3.journey.json' is neither a subcommand nor an existing file");
}

#[test]
fn an_existing_map_without_a_display_says_so_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_headless(dir.path(), &["new", "map.journey.json"]).0, 0);
    let (code, out, err) = run_headless(dir.path(), &["map.journey.json"]);
    assert_eq!((code, out.as_str(), err.as_str()), (1, "", NO_DISPLAY));
}

#[test]
fn an_exported_picture_with_its_map_is_a_file_to_open_too() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_headless(dir.path(), &["new", "map.journey.json"]).0, 0);
    assert_eq!(run_headless(dir.path(), &["export", "map.journey.json", "-o", "map.png"]).0, 0);
    assert_eq!(run_headless(dir.path(), &["export", "map.journey.json", "-o", "map.svg"]).0, 0);
    for picture in ["map.png", "map.svg"] {
        assert_eq!(run_headless(dir.path(), &[picture]), (1, String::new(), NO_DISPLAY.to_owned()), "{picture}");
    }
}

#[test]
fn no_arguments_without_a_display_says_so_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run_headless(dir.path(), &[]), (1, String::new(), NO_DISPLAY.to_owned()));
}

#[test]
fn help_and_version_work_without_a_display() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = run_headless(dir.path(), &["--help"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Usage: journey-mapper [FILE]...") && out.contains("export"), "{out}");
    let (code, out, _) = run_headless(dir.path(), &["--version"]);
    assert_eq!((code, out), (0, format!("journey-mapper {}\n", env!("CARGO_PKG_VERSION"))));
}
