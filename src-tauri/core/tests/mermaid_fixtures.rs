//! The Mermaid export of the sample map, of maps full of hostile text, of a map with lanes
//! and of every template in every language, kept in tests/fixtures/mermaid/*.mmd: the UI's
//! tests (ui/src/lib/mermaidExport.test.ts) give each to the real Mermaid parser. This test
//! keeps the files equal to what the export writes now; run with UPDATE_EXPECTED=1 to
//! rewrite them, then run the UI's test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use journey_core::export::{render, Format, Language, Options, Quiet};
use journey_core::model::{from_template, generate_with_lanes, sample_map, templates, Extra, Map, Sentiment, Stage, Touchpoint};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/mermaid")
}

/// Every kind of text that the journey grammar reads as something else.
fn hostile_map() -> Map {
    let mut map = Map::new("Q3: #1; the <script>alert(1)</script> journey\nsecond line %% not a comment");
    let stages = [
        "Awareness: first # look; now",
        "Этап оплаты 💳",
        "Płatność: „żółć”",
        "  ",
        "section title journey",
        "%% comment?",
        "Empty",
    ];
    for (n, name) in stages.iter().enumerate() {
        map.stages.push(Stage { id: format!("s{n}"), name: (*name).into(), extra: Extra::new() });
    }
    let cards: [(&str, &str, Option<u8>, &str); 19] = [
        ("a: b: c", "", None, "Sales: EU, Support; #2"),
        ("#hashtag and ; semicolon", "", Some(4), ""),
        ("line one\nline two\r\nline three\u{2028}four", "", Some(1), ",,"),
        ("journey", "", None, ""),
        ("Journey planning", "", None, "journey"),
        ("JOURNEY-map", "", None, ""),
        ("title page", "", Some(2), "title x"),
        ("Section 2", "", Some(5), "section"),
        ("accTitle: x", "", None, ""),
        ("accDescr: x", "", None, ""),
        ("accDescr { many }", "", None, ""),
        ("%comment", "", None, ""),
        ("%% comment", "", None, ""),
        ("5%% off", "", None, ""),
        ("50% off, 100%", "", Some(3), ""),
        ("", "", None, ""),
        ("Оплата картой 🙂", "", None, "Отдел продаж"),
        ("Zażółć gęślą jaźń", "", None, "Dział obsługi"),
        ("<img src=x onerror=alert(1)> & \"quotes\" 'single' `tick` {braces} [brackets] |pipe| \\back", "", Some(5), "<b>me</b>"),
    ];
    let sentiments = [Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative];
    for (n, (title, _, score, owner)) in cards.iter().enumerate() {
        map.touchpoints.push(Touchpoint {
            id: format!("t{n}"),
            stage: format!("s{}", n % (stages.len() - 1)),
            title: (*title).into(),
            sentiment: sentiments[n % 3],
            score: *score,
            owner: (*owner).into(),
            ..Default::default()
        });
    }
    map
}

fn maps() -> BTreeMap<String, Map> {
    let mut all = BTreeMap::new();
    all.insert("sample".to_owned(), sample_map());
    all.insert("hostile".to_owned(), hostile_map());
    all.insert("hostile-text-fixture".to_owned(), {
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/hostile-text.journey.json");
        journey_core::format::load_file(&file).unwrap().map
    });
    all.insert("lanes".to_owned(), generate_with_lanes(4, 3, 30, 7));
    all.insert("empty".to_owned(), Map::new(""));
    for language in Language::ALL {
        for template in templates(language) {
            let map = from_template(&template.id, language).unwrap();
            all.insert(format!("template-{}-{}", template.id, language.code()), map);
        }
    }
    all
}

#[test]
fn the_fixtures_are_what_the_mermaid_export_writes() {
    let update = std::env::var_os("UPDATE_EXPECTED").is_some();
    let maps = maps();
    assert!(maps.len() >= 5 + 3 * 3, "every template in every language: {:?}", maps.keys());
    if update {
        std::fs::create_dir_all(dir()).unwrap();
        for entry in std::fs::read_dir(dir()).unwrap() {
            std::fs::remove_file(entry.unwrap().path()).unwrap();
        }
    }
    let mut stale = Vec::new();
    for (name, map) in &maps {
        let text = String::from_utf8(render(map, Format::Mermaid, &Options::default(), &Quiet).unwrap()).unwrap();
        // Each reads back whole, as the import reads it.
        let back = journey_core::import::import(text.as_bytes(), journey_core::import::Kind::Mermaid).unwrap();
        assert!(back.notes.is_empty(), "{name}: {:?}", back.notes);
        assert_eq!(back.map.stages.len(), map.stages.len(), "{name}");
        let cards = map.touchpoints.iter().filter(|t| map.stage_index(&t.stage).is_some()).count();
        assert_eq!(back.map.touchpoints.len(), cards, "{name}");
        let path = dir().join(format!("{name}.mmd"));
        if update {
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    assert!(stale.is_empty(), "out of date (run with UPDATE_EXPECTED=1): {stale:?}");
    let files = std::fs::read_dir(dir()).unwrap().count();
    assert_eq!(files, maps.len(), "no fixture left over from a map that is gone");
}
