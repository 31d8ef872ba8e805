//! Mutation fuzzing of the loader for a bounded time: FUZZ_SECONDS (3 by default; CI runs
//! 60). Inputs are the fixture corpus, damaged by byte flips, cuts, splices and JSON
//! tokens. The property: the loader never panics, and whatever it opens saves to a file
//! that opens again, clean and equal. The time only bounds how many inputs are tried; it
//! never decides the outcome.

use std::path::Path;
use std::time::{Duration, Instant};

use journey_core::format;

/// xorshift64*: small, fast and reproducible from the seed printed on failure.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const TOKENS: &[&str] = &[
    "{", "}", "[", "]", "\"", ":", ",", "null", "true", "0", "-1e999", "1e400", "\"\\u0000\"", "\"\\ud800\"",
    "\"sentiment\"", "\"positive\"", "\"stage\"", "\"id\"", "\"version\"", "\"1.9\"", "\"2.0\"", "\"format\"",
    "\"journey-map\"", "\"touchpoints\"", "\"stages\"", "\u{feff}", "\r\n", "\u{202e}", "\"\u{1F6D2}\"", "\\",
    // Git's conflict markers, at line starts, to make and break conflicted files.
    "\n<<<<<<< ours\n", "\n||||||| base\n", "\n=======\n", "\n>>>>>>> theirs\n", "\r\n<<<<<<<\r\n",
];

fn corpus() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut files = Vec::new();
    for group in ["valid", "repaired", "invalid"] {
        for entry in std::fs::read_dir(root.join(group)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(std::fs::read(path).unwrap());
            }
        }
    }
    // The order read_dir gives differs between machines; the seed replays only on a fixed one.
    files.sort();
    files
}

fn mutate(rng: &mut Rng, corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut data = corpus[rng.below(corpus.len())].clone();
    for _ in 0..1 + rng.below(8) {
        let len = data.len();
        match rng.below(7) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let start = rng.below(len);
                let end = (start + 1 + rng.below(32)).min(len);
                data.drain(start..end);
            }
            2 => {
                let at = rng.below(len + 1);
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            3 if len > 0 => {
                let start = rng.below(len);
                let end = (start + 1 + rng.below(200)).min(len);
                let chunk = data[start..end].to_vec();
                let at = rng.below(data.len() + 1);
                data.splice(at..at, chunk);
            }
            4 => data.truncate(rng.below(len + 1)),
            5 => {
                let at = rng.below(len + 1);
                let depth = rng.below(300);
                let nest = "[".repeat(depth) + &"]".repeat(depth);
                data.splice(at..at, nest.bytes());
            }
            _ => {
                let at = rng.below(len + 1);
                let bytes: Vec<u8> = (0..rng.below(8)).map(|_| rng.next() as u8).collect();
                data.splice(at..at, bytes);
            }
        }
    }
    data
}

#[test]
fn the_loader_survives_damaged_maps() {
    let budget = Duration::from_secs(std::env::var("FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(3));
    let seed = std::env::var("FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1) | 1
    });
    let corpus = corpus();
    let mut rng = Rng(seed);
    let (mut tried, mut opened) = (0u64, 0u64);
    let end = Instant::now() + budget;
    while Instant::now() < end {
        let input = mutate(&mut rng, &corpus);
        let result = std::panic::catch_unwind(|| format::parse(&input));
        let Ok(result) = result else {
            let path = std::env::temp_dir().join(format!("journey-fuzz-crash-{seed}.json"));
            let _ = std::fs::write(&path, &input);
            panic!("the loader panicked (FUZZ_SEED={seed}); input saved to {}", path.display());
        };
        tried += 1;
        // A conflicted file's sides are what a merge will read: splitting and reading them
        // must not panic either, and their markers are all gone.
        if let Err(format::LoadError::Conflicted { line, blocks }) = &result {
            let text = format::file_text(&input).unwrap_or_else(|| panic!("FUZZ_SEED={seed}: conflicted but no text"));
            let sides = format::split_conflict(&text).unwrap_or_else(|| panic!("FUZZ_SEED={seed}: reported but not split"));
            assert_eq!((sides.first_line, sides.blocks), (*line, *blocks), "FUZZ_SEED={seed}");
            let maps = sides.parse();
            for side in [Some(maps.ours), Some(maps.theirs), maps.base].into_iter().flatten() {
                assert!(!matches!(side, Err(format::LoadError::Conflicted { .. })), "FUZZ_SEED={seed}: a side is conflicted");
            }
        }
        if let Ok(loaded) = result {
            opened += 1;
            let text = format::to_canonical_json(&loaded.map);
            let again = format::parse(text.as_bytes())
                .unwrap_or_else(|e| panic!("a saved map does not open (FUZZ_SEED={seed}): {e}\n{text}"));
            if again.was_repaired() {
                let path = std::env::temp_dir().join(format!("journey-fuzz-unstable-{seed}.json"));
                let _ = std::fs::write(&path, &input);
                panic!("FUZZ_SEED={seed}: a saved map reopens with repairs {:?}; input saved to {}\n{text}", again.notes, path.display());
            }
            assert_eq!(again.map.stages.len(), loaded.map.stages.len());
            assert_eq!(again.map.touchpoints.len(), loaded.map.touchpoints.len());
        }
    }
    println!("fuzz: {tried} inputs in {budget:?}, {opened} opened (FUZZ_SEED={seed})");
    assert!(tried > 0);
}
