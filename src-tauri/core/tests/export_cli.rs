//! `journey-mapper export`: every format from the command line, the exit codes, and the
//! exported pictures accepted back by `check` (and refused by `fmt`, which would turn a
//! picture into JSON).

use std::path::{Path, PathBuf};

mod support;
use support::run;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid").join(name)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn each_format_exports_from_the_cli_and_its_format_follows_the_extension() {
    let dir = tempfile::tempdir().unwrap();
    let map = fixture("hostile-text.journey.json");
    let original = journey_core::format::load_file(&map).unwrap().map;
    for ext in ["png", "svg", "pdf", "html", "csv", "xlsx", "md", "mmd"] {
        let out = dir.path().join(format!("map.{ext}"));
        let (code, stdout, stderr) = run(&["export", s(&map), "-o", s(&out), "--lang", "en"]);
        assert_eq!(code, 0, "{ext}: {stderr}");
        assert!(stdout.contains("written"), "{stdout}");
        let bytes = std::fs::read(&out).unwrap();
        assert!(!bytes.is_empty(), "{ext}");
        let magic: &[u8] = match ext {
            "png" => b"\x89PNG",
            "pdf" => b"%PDF",
            "svg" => b"<svg",
            "mmd" => b"journey\n",
            // A workbook is a zip archive.
            "xlsx" => b"PK\x03\x04",
            _ => b"",
        };
        assert!(bytes.starts_with(magic), "{ext} starts with its signature");
    }
    // --format mermaid is the .mmd export, whatever the name.
    let named = dir.path().join("diagram.txt");
    assert_eq!(run(&["export", s(&map), "--format", "mermaid", "-o", s(&named)]).0, 0);
    assert_eq!(std::fs::read(&named).unwrap(), std::fs::read(dir.path().join("map.mmd")).unwrap());
    // --format xlsx is the workbook, whatever the name, and reads back with its sheets.
    let named = dir.path().join("workbook.bin");
    assert_eq!(run(&["export", s(&map), "--format", "xlsx", "-o", s(&named)]).0, 0);
    assert_eq!(std::fs::read(&named).unwrap(), std::fs::read(dir.path().join("map.xlsx")).unwrap());
    {
        use calamine::Reader;
        let mut book: calamine::Xlsx<_> = calamine::open_workbook(&named).expect("an XLSX workbook");
        assert_eq!(book.sheet_names(), ["Touchpoints", "Map details"]);
        let rows = book.worksheet_range("Touchpoints").unwrap().height();
        assert_eq!(rows, 1 + original.touchpoints.iter().filter(|t| original.stages.iter().any(|s| s.id == t.stage)).count());
    }
    // An explicit --format wins over the name, and --scale 2 doubles the picture.
    let one = dir.path().join("one.png");
    let two = dir.path().join("two.bin");
    assert_eq!(run(&["export", s(&map), "-o", s(&one)]).0, 0);
    assert_eq!(run(&["export", s(&map), "--format", "png", "--scale", "2", "-o", s(&two)]).0, 0);
    let size = |p: &Path| {
        let d = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(p).unwrap()));
        let r = d.read_info().unwrap();
        (r.info().width, r.info().height)
    };
    let (w1, h1) = size(&one);
    assert_eq!(size(&two), (w1 * 2, h1 * 2));
    // The pictures open as the map, and fmt leaves them alone.
    for picture in ["map.png", "map.svg"] {
        let path = dir.path().join(picture);
        let (code, stdout, _) = run(&["check", s(&path)]);
        assert_eq!(code, 0);
        assert!(stdout.contains("opens") && stdout.contains("image"), "{stdout}");
        // The picture carries the canonical form: the same map, cards grouped by stage.
        let canonical = journey_core::format::to_canonical_json;
        assert_eq!(canonical(&journey_core::format::load_file(&path).unwrap().map), canonical(&original));
        let before = std::fs::read(&path).unwrap();
        let (code, _, stderr) = run(&["fmt", s(&path)]);
        assert_eq!(code, 1);
        assert!(stderr.contains("is an image"), "{stderr}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}

#[test]
fn export_fails_with_one_clear_line_when_the_map_or_the_target_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let map = fixture("coffee-shop-small.journey.json");

    let (code, _, stderr) = run(&["export", "/nonexistent/map.journey.json", "-o", s(&dir.path().join("x.png"))]);
    assert_eq!(code, 1);
    assert!(stderr.contains("/nonexistent/map.journey.json") && stderr.contains("cannot be read"), "{stderr}");

    let (code, _, stderr) = run(&["export", s(&map), "-o", "/nonexistent-folder/x.pdf"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("Could not save /nonexistent-folder/x.pdf"), "{stderr}");

    let (code, _, stderr) = run(&["export", s(&map), "-o", s(&dir.path().join("x.docx"))]);
    assert_eq!(code, 1);
    assert!(stderr.contains("cannot tell the format"), "{stderr}");

    // The map's own file is never the target: the export would destroy it.
    let copy = dir.path().join("map.journey.json");
    std::fs::copy(&map, &copy).unwrap();
    let (code, _, stderr) = run(&["export", s(&copy), "--format", "csv", "-o", s(&copy)]);
    assert_eq!(code, 1);
    assert!(stderr.contains("is the map itself"), "{stderr}");
    assert_eq!(std::fs::read(&copy).unwrap(), std::fs::read(&map).unwrap());

    let (code, _, stderr) = run(&["export", s(&map), "--format", "gif", "-o", s(&dir.path().join("x.gif"))]);
    assert_eq!(code, 2, "usage error");
    assert!(stderr.contains("unknown format"), "{stderr}");
}

#[test]
fn measure_chooses_what_the_cards_and_stages_show_and_an_unknown_one_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("sample.journey.json");
    assert_eq!(run(&["new", s(&map)]).0, 0);
    let svg = |args: &[&str]| {
        let out = dir.path().join("map.svg");
        let mut all = vec!["export", s(&map), "-o", s(&out), "--lang", "en"];
        all.extend_from_slice(args);
        let (code, _, stderr) = run(&all);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        std::fs::read_to_string(&out).unwrap()
    };
    // By default the map's first metric; any case picks another; a criterion by id or name.
    assert!(svg(&[]).contains("NPS, mean: 48"));
    assert!(svg(&["--measure", "REACH"]).contains("Reach, total: "));
    for criterion in ["design", "Design and quality"] {
        assert!(svg(&["--measure", criterion]).contains("Design and quality: 3 of 5"), "{criterion}");
    }
    let none = svg(&["--measure", "none"]);
    assert!(!none.contains("class=\"measure\"") && !none.contains("not measured"));
    // The web page too.
    let html = dir.path().join("map.html");
    assert_eq!(run(&["export", s(&map), "-o", s(&html), "--measure", "csat", "--lang", "ru"]).0, 0);
    assert!(std::fs::read_to_string(&html).unwrap().contains("CSAT, среднее: "));

    // A measure the map does not have: exit 2, nothing written, the map's measures listed.
    let out = dir.path().join("wrong.png");
    let (code, _, stderr) = run(&["export", s(&map), "-o", s(&out), "--measure", "Churn"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("\"Churn\" is not a measure of this map") && stderr.contains("NPS, CSAT") && stderr.contains("design (Design and quality)") && stderr.contains("or none"), "{stderr}");
    assert!(!out.exists());
    let bare = fixture("coffee-shop-small.journey.json");
    let (code, _, stderr) = run(&["export", s(&bare), "-o", s(&out), "--measure", "NPS"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no metrics or criteria"), "{stderr}");
    assert_eq!(run(&["export", s(&bare), "-o", s(&out), "--measure", "none"]).0, 0, "none is always a measure");
}
