//! Core benchmarks on generated maps of 100, 1,000 and 10,000 touchpoints:
//! load and validate (beside a plain serde_json parse of the same bytes), save with
//! fsync, apply an edit, undo, and each export (also at 500 touchpoints, with the paper and
//! scale options). Run: cargo bench -p journey-mapper-core
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

    #[divan::bench(args = ["png", "svg", "pdf", "html", "csv", "md"], sample_count = 10)]
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

    #[divan::bench(args = SIZES, sample_count = 5)]
    fn md(b: Bencher, size: usize) {
        run(b, "md", size);
    }
}
