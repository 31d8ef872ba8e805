//! Core benchmarks on generated maps of 100, 1,000 and 10,000 touchpoints:
//! load and validate (beside a plain serde_json parse of the same bytes), save with
//! fsync, apply an edit, undo, each export (also at 500 touchpoints, with the paper and
//! scale options), the import of a Mermaid journey and of a CSV sheet, the diff of two 10,000-touchpoint copies with 500 changes, and the
//! three-way merge of two such copies, the measures summed up for the board and a 10,000-row
//! survey export applied as `metrics --from`. Run: cargo bench -p journey-mapper-core
//! Figures and the machine they ran on: BENCHMARKS.md.

use std::sync::OnceLock;

use divan::{black_box, Bencher};
use journey_core::document::Document;
use journey_core::edit::Edit;
use journey_core::format;
use journey_core::model::{generate, Map, Sentiment};

const SIZES: &[usize] = &[100, 1_000, 10_000];

fn main() {
    divan::main();
}

/// Stages grow with the map, as they do in real large maps (more lanes of detail).
fn map(size: usize) -> Map {
    generate((size / 100).clamp(5, 40), size, 42)
}

fn bytes(size: usize) -> &'static [u8] {
    static CACHE: OnceLock<Vec<(usize, Vec<u8>)>> = OnceLock::new();
    let all = CACHE.get_or_init(|| SIZES.iter().map(|&n| (n, format::to_canonical_json(&map(n)).into_bytes())).collect());
    &all.iter().find(|(n, _)| *n == size).expect("a benchmarked size").1
}

mod load {
    use super::*;

    /// Our loader: size and text checks, header, typed parse, repairs.
    #[divan::bench(args = SIZES)]
    fn journey_map(b: Bencher, size: usize) {
        let input = bytes(size);
        b.counter(divan::counter::BytesCount::new(input.len())).bench(|| format::parse(black_box(input)).unwrap());
    }

    /// The yardstick: serde_json parsing the same bytes into an untyped tree.
    #[divan::bench(args = SIZES)]
    fn plain_serde_json(b: Bencher, size: usize) {
        let input = bytes(size);
        b.counter(divan::counter::BytesCount::new(input.len()))
            .bench(|| serde_json::from_slice::<serde_json::Value>(black_box(input)).unwrap());
    }
}

/// The whole save: canonical text, temporary file, fsync, rename.
#[divan::bench(args = SIZES, sample_count = 20)]
fn save_with_fsync(b: Bencher, size: usize) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.journey.json");
    let m = map(size);
    b.bench(|| format::save_map(black_box(&m), &path).unwrap());
}

mod edit {
    use super::*;

    fn doc(size: usize) -> Document {
        Document::untitled(map(size))
    }

    #[divan::bench(args = SIZES)]
    fn set_sentiment(b: Bencher, size: usize) {
        let mut d = doc(size);
        let id = d.map().touchpoints[size / 2].id.clone();
        let mut flip = false;
        b.bench_local(|| {
            flip = !flip;
            let sentiment = if flip { Sentiment::Negative } else { Sentiment::Positive };
            d.apply(Edit::SetSentiment { id: id.clone(), sentiment }).unwrap()
        });
    }

    /// A drag's drop: a card to another stage.
    #[divan::bench(args = SIZES)]
    fn move_touchpoint(b: Bencher, size: usize) {
        let mut d = doc(size);
        let id = d.map().touchpoints[size / 2].id.clone();
        let stages: Vec<String> = d.map().stages.iter().map(|s| s.id.clone()).collect();
        let mut i = 0;
        b.bench_local(|| {
            i += 1;
            let to_stage = stages[i % stages.len()].clone();
            d.apply(Edit::MoveTouchpoint { id: id.clone(), to_stage, index: 3, lane: None }).unwrap()
        });
    }

    /// Undo of a move, with the redo that brings the state back for the next sample.
    #[divan::bench(args = SIZES)]
    fn undo_then_redo(b: Bencher, size: usize) {
        let mut d = doc(size);
        let id = d.map().touchpoints[size / 2].id.clone();
        let to_stage = d.map().stages[0].id.clone();
        d.apply(Edit::MoveTouchpoint { id, to_stage, index: 0, lane: None }).unwrap();
        b.bench_local(|| {
            let u = d.undo();
            let r = d.redo();
            (u, r)
        });
    }
}

/// Each export of a 500-touchpoint map, render only (no file write). PNG and PDF are
/// the slow ones: the target is under a second each.
mod export {
    use super::*;
    use journey_core::export::{render, Format, Options, Paper, Quiet};

    fn map500() -> &'static Map {
        static MAP: OnceLock<Map> = OnceLock::new();
        MAP.get_or_init(|| generate(8, 500, 42))
    }

    #[divan::bench(args = ["png", "svg", "pdf", "html", "csv", "xlsx", "md", "mmd"], sample_count = 10)]
    fn touchpoints_500(b: Bencher, format: &str) {
        let format = Format::from_extension(format).unwrap();
        b.bench(|| render(black_box(map500()), format, &Options::default(), &Quiet).unwrap());
    }

    #[divan::bench(sample_count = 10)]
    fn touchpoints_500_png_at_2x(b: Bencher) {
        let options = Options { scale: 2, ..Options::default() };
        b.bench(|| render(black_box(map500()), Format::Png, &options, &Quiet).unwrap());
    }

    #[divan::bench(sample_count = 10)]
    fn touchpoints_500_pdf_on_a4(b: Bencher) {
        let options = Options { paper: Paper::A4, ..Options::default() };
        b.bench(|| render(black_box(map500()), Format::Pdf, &options, &Quiet).unwrap());
    }
}

/// Each export at each size (100, 1,000 and 10,000 touchpoints), render only. A format that
/// refuses a size (a PNG over the pixel limit) is timed to its refusal, and says so once.
mod export_by_size {
    use super::*;
    use journey_core::export::{render, Format, Options, Quiet};

    fn maps() -> &'static [(usize, Map)] {
        static MAPS: OnceLock<Vec<(usize, Map)>> = OnceLock::new();
        MAPS.get_or_init(|| SIZES.iter().map(|&n| (n, map(n))).collect())
    }

    fn run(b: Bencher, format: &str, size: usize) {
        let format = Format::from_extension(format).unwrap();
        let map = &maps().iter().find(|(n, _)| *n == size).unwrap().1;
        if let Err(e) = render(map, format, &Options::default(), &Quiet) {
            eprintln!("export {format:?} of {size} touchpoints is refused: {e}");
        }
        b.bench(|| render(black_box(map), format, &Options::default(), &Quiet).is_ok());
    }

    #[divan::bench(args = SIZES, sample_count = 3)]
    fn png(b: Bencher, size: usize) {
        run(b, "png", size);
    }

    #[divan::bench(args = SIZES, sample_count = 3)]
    fn pdf(b: Bencher, size: usize) {
        run(b, "pdf", size);
    }

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn svg(b: Bencher, size: usize) {
        run(b, "svg", size);
    }

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn html(b: Bencher, size: usize) {
        run(b, "html", size);
    }

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn csv(b: Bencher, size: usize) {
        run(b, "csv", size);
    }

    /// The Excel workbook: the target is under a second at 10,000 touchpoints.
    #[divan::bench(args = SIZES, sample_count = 5)]
    fn xlsx(b: Bencher, size: usize) {
        run(b, "xlsx", size);
    }

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn md(b: Bencher, size: usize) {
        run(b, "md", size);
    }

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn mmd(b: Bencher, size: usize) {
        run(b, "mmd", size);
    }
}

/// The Mermaid journey of each size's map, read back into a new map.
mod import_mermaid {
    use super::*;
    use journey_core::export::{render, Format, Options, Quiet};
    use journey_core::import::{import, Kind};

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn mmd(b: Bencher, size: usize) {
        let text = render(&map(size), Format::Mermaid, &Options::default(), &Quiet).unwrap();
        b.bench(|| import(black_box(&text), Kind::Mermaid).unwrap());
    }
}

/// Our CSV export of each size's map, read back into a new map: decoding, the delimiter
/// sniffed, the columns recognised, one card per row. Also as Excel writes it in a Russian
/// locale (Windows-1251, semicolons), where the encoding is detected first.
mod import_sheet {
    use super::*;
    use journey_core::export::{render, Delimiter, Format, Options, Quiet};
    use journey_core::import::{import, Kind};
    use journey_core::language::Language;

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn csv(b: Bencher, size: usize) {
        let bytes = render(&map(size), Format::Csv, &Options::default(), &Quiet).unwrap();
        b.bench(|| import(black_box(&bytes), Kind::Csv).unwrap());
    }

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn xlsx(b: Bencher, size: usize) {
        let bytes = render(&map(size), Format::Xlsx, &Options::default(), &Quiet).unwrap();
        b.bench(|| import(black_box(&bytes), Kind::Workbook).unwrap());
    }

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn csv_windows_1251(b: Bencher, size: usize) {
        let options = Options { language: Language::Ru, delimiter: Delimiter::Semicolon, ..Options::default() };
        let utf8 = render(&map(size), Format::Csv, &options, &Quiet).unwrap();
        let text = String::from_utf8(utf8).unwrap();
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text.trim_start_matches('\u{feff}'));
        b.bench(|| import(black_box(&bytes), Kind::Csv).unwrap());
    }
}

/// Two copies of a 10,000-touchpoint map with lanes, the second with 500 changes of every
/// kind a colleague makes: retitled, re-tagged, moved to another stage or lane, new owners,
/// removed and added cards, a renamed stage.
mod diff {
    use super::*;
    use journey_core::diff;
    use journey_core::model::{generate_with_lanes, Touchpoint};

    fn copies() -> &'static (Map, Map) {
        static CACHE: OnceLock<(Map, Map)> = OnceLock::new();
        CACHE.get_or_init(|| {
            let old = generate_with_lanes(40, 4, 10_000, 42);
            let mut new = old.clone();
            let stages: Vec<String> = new.stages.iter().map(|s| s.id.clone()).collect();
            let lanes: Vec<String> = new.lanes.iter().map(|l| l.id.clone()).collect();
            for k in 0..490 {
                let t = &mut new.touchpoints[k * 20];
                match k % 5 {
                    0 => t.title.push_str(" (new)"),
                    1 => t.sentiment = if t.sentiment == Sentiment::Negative { Sentiment::Positive } else { Sentiment::Negative },
                    2 => t.stage = stages[(k * 7) % stages.len()].clone(),
                    3 => t.lane = lanes[(k + 1) % lanes.len()].clone(),
                    _ => t.owner = "CRM".into(),
                }
            }
            for k in 0..4 {
                new.touchpoints.remove(k * 1000 + 7);
            }
            for k in 0..5 {
                let id = format!("tp-bench-{k}");
                let (stage, lane) = (stages[k].clone(), lanes[k % lanes.len()].clone());
                new.touchpoints.push(Touchpoint { id, stage, lane, title: "Added".into(), ..Touchpoint::default() });
            }
            new.stages[3].name.push_str(" (renamed)");
            (old, new)
        })
    }

    #[divan::bench(sample_count = 10)]
    fn touchpoints_10000_with_500_changes(b: Bencher) {
        let (old, new) = copies();
        b.bench(|| diff::diff(black_box(old), black_box(new)));
    }

    #[divan::bench(sample_count = 10)]
    fn apply_500_changes_to_10000_touchpoints(b: Bencher) {
        let (old, new) = copies();
        let changes = diff::diff(old, new);
        b.bench(|| diff::apply(black_box(old), black_box(&changes)));
    }
}

/// The three-way merge of two 10,000-touchpoint copies of one map with 500 changes each, of
/// the diff benchmark's kinds, on different cards (every 20th card for ours, every 20th
/// starting at the 10th for theirs), plus a few conflicts on cards both sides re-tag.
mod merge {
    use super::*;
    use journey_core::merge;
    use journey_core::model::{generate_with_lanes, Touchpoint};

    fn edited(base: &Map, offset: usize, tag: &str) -> Map {
        let mut map = base.clone();
        let stages: Vec<String> = map.stages.iter().map(|s| s.id.clone()).collect();
        let lanes: Vec<String> = map.lanes.iter().map(|l| l.id.clone()).collect();
        for k in 0..490 {
            let t = &mut map.touchpoints[k * 20 + offset];
            match k % 5 {
                0 => t.title.push_str(tag),
                1 => t.sentiment = if t.sentiment == Sentiment::Negative { Sentiment::Positive } else { Sentiment::Negative },
                2 => t.stage = stages[(k * 7) % stages.len()].clone(),
                3 => t.lane = lanes[(k + 1) % lanes.len()].clone(),
                _ => t.owner = tag.into(),
            }
        }
        for k in 0..5 {
            map.touchpoints[k * 2000 + 3].sentiment = if offset == 0 { Sentiment::Positive } else { Sentiment::Negative };
            let id = format!("tp-bench-{tag}-{k}");
            let (stage, lane) = (stages[k].clone(), lanes[k % lanes.len()].clone());
            map.touchpoints.push(Touchpoint { id, stage, lane, title: "Added".into(), ..Touchpoint::default() });
        }
        map
    }

    fn copies() -> &'static (Map, Map, Map) {
        static CACHE: OnceLock<(Map, Map, Map)> = OnceLock::new();
        CACHE.get_or_init(|| {
            let base = generate_with_lanes(40, 4, 10_000, 42);
            let (ours, theirs) = (edited(&base, 0, " (ours)"), edited(&base, 10, " (theirs)"));
            (base, ours, theirs)
        })
    }

    #[divan::bench(sample_count = 10)]
    fn touchpoints_10000_with_500_changes_each(b: Bencher) {
        let (base, ours, theirs) = copies();
        b.bench(|| merge::merge(black_box(base), black_box(ours), black_box(theirs)));
    }
}

/// The measures on a generated map (metrics on its cards, ratings on its criteria): the
/// board's summary the core sends with every change, and a survey export of 10,000 rows
/// read and applied as `journey-mapper metrics MAP --from FILE` does.
mod measures {
    use super::*;
    use journey_core::import::{measures, preview, Kind};

    #[divan::bench(args = SIZES)]
    fn summary(b: Bencher, size: usize) {
        let map = map(size);
        b.bench(|| black_box(&map).measures());
    }

    /// One row per card: its id and a new value of each of the map's metrics.
    fn survey(map: &Map) -> Vec<u8> {
        let names: Vec<&str> = map.metric_definitions.iter().map(|d| d.name.as_str()).collect();
        let mut out = format!("Id;{}\n", names.join(";"));
        for (i, t) in map.touchpoints.iter().enumerate() {
            let values: Vec<String> = names.iter().enumerate().map(|(k, _)| format!("{},{}", (i + k) % 5 + 1, i % 10)).collect();
            out.push_str(&format!("{};{}\n", t.id, values.join(";")));
        }
        out.into_bytes()
    }

    #[divan::bench(sample_count = 5)]
    fn metrics_from_10000_rows(b: Bencher) {
        let map = map(10_000);
        let bytes = survey(&map);
        b.bench(|| {
            let sheet = preview::read_sheet(black_box(&bytes), Kind::Csv, None).unwrap();
            let measured = measures::read(&sheet.table, &map, Some("2026-12-01")).unwrap();
            assert!(measured.unmatched.is_empty(), "every row names its card by id");
            let mut updated = map.clone();
            measures::apply_all(&mut updated, &measured);
            updated
        });
    }
}
