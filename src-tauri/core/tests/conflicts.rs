//! Map files that git left with conflict markers in them: the loader reports the conflict
//! (never a JSON error at the first `<`), and `split_conflict` gives each side, which the
//! normal loader reads as a map.

use std::path::Path;

use journey_core::format::{self, split_conflict, LoadError};
use journey_core::model::Sentiment;

fn fixture(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(rel);
    std::fs::read_to_string(path).unwrap()
}

fn sentiment_of(map: &journey_core::model::Map, id: &str) -> Sentiment {
    map.touchpoints
        .iter()
        .find(|t| t.id == id)
        .unwrap()
        .sentiment
}

#[test]
fn a_conflicted_map_is_reported_as_such_with_its_blocks() {
    let text = fixture("invalid/merge-conflict.journey.json");
    match format::parse(text.as_bytes()) {
        Err(LoadError::Conflicted { line, blocks }) => assert_eq!((line, blocks), (5, 2)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn each_side_of_a_conflicted_map_opens_as_a_map() {
    let sides = split_conflict(&fixture("invalid/merge-conflict.journey.json")).unwrap();
    assert_eq!(
        (sides.blocks, sides.first_line, sides.base.is_some()),
        (2, 5, false)
    );
    let maps = sides.parse();
    let ours = maps.ours.unwrap().map;
    let theirs = maps.theirs.unwrap().map;
    assert!(maps.base.is_none());
    assert_eq!(ours.title, "Coffee shop: spring campaign");
    assert_eq!(theirs.title, "Coffee shop: Anna's version");
    let ids = |m: &journey_core::model::Map| {
        m.touchpoints
            .iter()
            .map(|t| t.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&ours), ["t-ad", "t-poster", "t-queue"]);
    assert_eq!(ids(&theirs), ["t-ad", "t-queue"]);
    assert_eq!(sentiment_of(&ours, "t-ad"), Sentiment::Negative);
    assert_eq!(sentiment_of(&theirs, "t-ad"), Sentiment::Positive);
    assert_eq!(
        ours.id, theirs.id,
        "the lines outside the blocks are in both"
    );
}

#[test]
fn the_diff3_style_gives_the_base_as_a_third_map() {
    let text = fixture("invalid/merge-conflict-diff3.journey.json");
    assert!(matches!(
        format::parse(text.as_bytes()),
        Err(LoadError::Conflicted {
            line: 16,
            blocks: 1
        })
    ));
    let maps = split_conflict(&text).unwrap().parse();
    let title = |r: Result<format::Loaded, LoadError>| r.unwrap().map.touchpoints[0].title.clone();
    assert_eq!(title(maps.ours), "Short queue at the till");
    assert_eq!(title(maps.theirs), "Queue at the till");
    let base = maps.base.expect("a base").unwrap().map;
    assert_eq!(sentiment_of(&base, "t-queue"), Sentiment::Negative);
}

#[test]
fn a_side_that_is_no_map_still_makes_a_conflicted_file() {
    // Ours leaves a trailing comma: that side alone is bad JSON, but what the user must
    // act on is the conflict, so that is what the loader says.
    let text = fixture("invalid/merge-conflict.journey.json").replacen(
        "  \"title\": \"Coffee shop: spring campaign\",\n",
        "  \"title\": \"Coffee shop: spring campaign\",,\n",
        1,
    );
    let err = format::parse(text.as_bytes()).unwrap_err();
    assert!(
        matches!(err, LoadError::Conflicted { line: 5, blocks: 2 }),
        "{err:?}"
    );
    assert!(!err.to_string().contains("JSON"), "{err}");
    let maps = split_conflict(&text).unwrap().parse();
    assert!(
        matches!(maps.ours, Err(LoadError::Syntax { line: 5, .. })),
        "{:?}",
        maps.ours
    );
    assert!(maps.theirs.is_ok());
}

#[test]
fn a_crlf_file_with_a_bom_is_recognised_too() {
    let text = fixture("invalid/merge-conflict.journey.json").replace('\n', "\r\n");
    let bytes = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
    assert!(matches!(
        format::parse(&bytes),
        Err(LoadError::Conflicted { line: 5, blocks: 2 })
    ));
    let sides = split_conflict(&text).unwrap();
    assert!(
        sides.ours.lines().all(|l| !l.contains('\r')) && sides.ours.ends_with("}\r\n"),
        "CRLF kept"
    );
    assert_eq!(
        sides.parse().theirs.unwrap().map.title,
        "Coffee shop: Anna's version"
    );
}

#[test]
fn markers_inside_strings_leave_a_valid_map_valid() {
    let loaded =
        format::parse(fixture("valid/conflict-markers-in-text.journey.json").as_bytes()).unwrap();
    assert!(loaded.notes.is_empty(), "{:?}", loaded.notes);
    assert_eq!(loaded.map.title, "<<<<<<< HEAD is not a conflict here");
    assert_eq!(loaded.map.stages[0].name, "=======");
    assert_eq!(loaded.map.touchpoints[0].title, "<<<<<<< HEAD");
}

#[test]
fn a_lone_split_line_is_a_json_error_not_a_conflict() {
    let text = fixture("valid/conflict-markers-in-text.journey.json").replacen(
        "  \"stages\"",
        "=======\n  \"stages\"",
        1,
    );
    match format::parse(text.as_bytes()) {
        Err(LoadError::Syntax { line, column, .. }) => assert_eq!((line, column), (6, 1)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_unclosed_block_is_left_to_the_json_parser() {
    let text =
        fixture("invalid/merge-conflict.journey.json").replacen(">>>>>>> anna-edits\n", "", 2);
    assert_eq!(split_conflict(&text), None);
    assert!(matches!(
        format::parse(text.as_bytes()),
        Err(LoadError::Syntax {
            line: 5,
            column: 1,
            ..
        })
    ));
}
