use std::path::Path;

use journey_core::format::{self, LoadError, Note};
use journey_core::model::{sample_map, Sentiment, SAMPLE_JSON};
use proptest::prelude::*;

fn fixture(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(rel)
}

#[test]
fn the_sample_is_canonical_and_resaving_gives_the_same_bytes() {
    let map = sample_map();
    assert_eq!(format::to_canonical_json(&map), SAMPLE_JSON);
    let again = format::parse(format::to_canonical_json(&map).as_bytes()).unwrap().map;
    assert_eq!(again, map);
}

#[test]
fn the_sample_reads_through_the_loader_as_the_model_reads_it() {
    let loaded = format::parse(SAMPLE_JSON.as_bytes()).unwrap();
    assert!(loaded.notes.is_empty(), "{:?}", loaded.notes);
    assert_eq!(loaded.map, sample_map());
}

/// New, template and generated maps are valid maps: they save and read back unchanged,
/// with nothing for the reader to note.
#[test]
fn made_maps_save_and_read_back_unchanged() {
    use journey_core::language::Language;
    use journey_core::model::{from_template, generate, generate_with_lanes};
    let maps = [from_template("funnel", Language::Pl).unwrap(), generate(8, 1000, 7), generate_with_lanes(5, 8, 2000, 3)];
    for map in maps {
        let loaded = format::parse(format::to_canonical_json(&map).as_bytes()).unwrap();
        assert!(loaded.notes.is_empty(), "{}: {:?}", map.title, loaded.notes);
        assert_eq!(loaded.map, map);
    }
}

#[test]
fn the_sample_is_a_believable_online_store_journey() {
    let map = sample_map();
    assert_eq!(map.stages.len(), 5);
    assert!((15..=25).contains(&map.touchpoints.len()));
    for s in Sentiment::ALL {
        assert!(map.touchpoints.iter().any(|t| t.sentiment == s), "has {s:?} touchpoints");
    }
    for stage in &map.stages {
        assert!(!map.cards_of(&stage.id).is_empty(), "{} has cards", stage.name);
    }
}

#[test]
fn unknown_fields_survive_a_load_save_cycle_byte_for_byte_after_the_first_save() {
    let map = format::load_file(&fixture("valid/unknown-fields.journey.json")).unwrap().map;
    let first = format::to_canonical_json(&map);
    let v: serde_json::Value = serde_json::from_str(&first).unwrap();
    assert_eq!(v["x-owner"]["tags"], serde_json::json!(["q3", 1, null]));
    assert_eq!(v["touchpoints"][0]["campaign"], "spring-sale");
    let second = format::to_canonical_json(&format::parse(first.as_bytes()).unwrap().map);
    assert_eq!(first, second);
}

#[test]
fn a_newer_minor_version_opens_and_keeps_its_number_and_fields() {
    let map = format::load_file(&fixture("valid/newer-minor.journey.json")).unwrap().map;
    assert_eq!(map.version, "1.7");
    assert!(format::to_canonical_json(&map).contains("\"lanes\""));
}

#[test]
fn cards_are_written_grouped_by_stage_in_stage_order() {
    let mut map = sample_map();
    let last = map.touchpoints.remove(map.touchpoints.len() - 1);
    map.touchpoints.insert(0, last.clone());
    let text = format::to_canonical_json(&map);
    let back = format::parse(text.as_bytes()).unwrap().map;
    let ranks: Vec<usize> = back.touchpoints.iter().map(|t| back.stage_index(&t.stage).unwrap()).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "grouped by stage: {ranks:?}");
    // Within its stage it is still the first card, as it was in memory.
    assert_eq!(back.touchpoints[back.cards_of(&last.stage)[0]].id, last.id);
}

#[test]
fn saving_is_atomic_keeps_permissions_and_leaves_no_temporary_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("map.journey.json");
    std::fs::write(&file, "old").unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
    format::save_map(&sample_map(), &file).unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), SAMPLE_JSON);
    assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o644);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn saving_into_a_missing_folder_fails_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("gone/map.journey.json");
    let e = format::save_map(&sample_map(), &file).unwrap_err();
    let msg = e.to_string();
    assert!(msg.starts_with("Could not save ") && msg.contains("folder no longer exists"), "{msg}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("huge.journey.json");
    let f = std::fs::File::create(&file).unwrap();
    f.set_len(format::MAX_FILE_BYTES + 1).unwrap(); // sparse: costs no disk
    let e = format::load_file(&file).unwrap_err();
    assert!(matches!(e.error, LoadError::TooLarge { .. }));
    assert!(e.to_string().contains("over the 64 MiB limit"), "{e}");
}

#[test]
fn invalid_utf8_is_reported_with_its_offset() {
    let mut bytes = br#"{"format":"journey-map","version":"1.0","id":"m","title":""#.to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(br#"","stages":[],"touchpoints":[]}"#);
    match format::parse(&bytes) {
        Err(LoadError::NotUtf8 { offset }) => assert_eq!(offset, 58),
        other => panic!("{other:?}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Arbitrary bytes never panic the loader.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = format::parse(&bytes);
    }

    /// A valid map with a span replaced by arbitrary text either loads or gives an error;
    /// it never panics.
    #[test]
    fn damaged_maps_never_panic(start in 0usize..3700, len in 0usize..64, junk in "[\\[\\]{}\",:0-9a-z \\\\]{0,16}") {
        let text = SAMPLE_JSON;
        let start = start.min(text.len());
        let end = (start + len).min(text.len());
        let (start, end) = (floor_char(text, start), floor_char(text, end));
        let damaged = format!("{}{}{}", &text[..start], junk, &text[end..]);
        if let Ok(loaded) = format::parse(damaged.as_bytes()) {
            let map = loaded.map;
            // Whatever loads, repaired or not, saves to a file that loads clean and equal.
            let again = format::parse(format::to_canonical_json(&map).as_bytes()).unwrap();
            prop_assert!(!again.was_repaired(), "{:?}", again.notes);
            prop_assert_eq!(again.map.touchpoints.len(), map.touchpoints.len());
        }
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[test]
fn repairs_keep_every_card_and_a_saved_repair_loads_clean() {
    for name in ["duplicate-id", "missing-and-duplicate-stage-ids", "several-repairs", "unknown-sentiment", "unknown-stage", "metrics-1.2-bad-input"] {
        let path = fixture(&format!("repaired/{name}.journey.json"));
        let raw: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let loaded = format::load_file(&path).unwrap();
        assert!(loaded.was_repaired(), "{name}");
        assert_eq!(loaded.map.touchpoints.len(), raw["touchpoints"].as_array().unwrap().len(), "{name}: no card lost");
        let again = format::parse(format::to_canonical_json(&loaded.map).as_bytes()).unwrap();
        assert!(again.notes.is_empty(), "{name}: {:?}", again.notes);
        let titles = |m: &journey_core::model::Map| m.touchpoints.iter().map(|t| t.title.clone()).collect::<std::collections::BTreeSet<_>>();
        assert_eq!(titles(&again.map), titles(&loaded.map));
    }
}

#[test]
fn repairs_are_the_same_every_time() {
    let path = fixture("repaired/missing-and-duplicate-stage-ids.journey.json");
    assert_eq!(format::load_file(&path).unwrap().map, format::load_file(&path).unwrap().map);
}

#[test]
fn an_unknown_sentiment_becomes_neutral_with_a_note_naming_where() {
    let loaded = format::load_file(&fixture("repaired/unknown-sentiment.journey.json")).unwrap();
    let tp = loaded.map.touchpoints.iter().find(|t| t.id == "t-queue").unwrap();
    assert_eq!(tp.sentiment, journey_core::model::Sentiment::Neutral);
    assert!(matches!(&loaded.notes[..], [Note::Repaired { path, .. }] if path == "touchpoints[2].sentiment"));
}

/// 1.0 → 1.1 adds only optional fields: every 1.0 map that opens silently reads as the same
/// map with the new fields empty, and is written as 1.1 with nothing else changed.
#[test]
fn every_1_0_fixture_migrates_to_1_1_with_its_content_unchanged() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid");
    let mut migrated = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.to_string_lossy().ends_with(".journey.json") {
            continue;
        }
        let original: serde_json::Value = match serde_json::from_slice(&std::fs::read(&path).unwrap()) {
            Ok(v) => v,
            Err(_) => continue,
        };
        if original["version"] != "1.0" {
            continue;
        }
        let loaded = format::load_file(&path).unwrap();
        assert!(loaded.notes.is_empty(), "{}: {:?}", path.display(), loaded.notes);
        let map = loaded.map;
        assert!(map.lanes.is_empty() && map.personas.is_empty() && map.last_review.is_none());
        let mut saved: serde_json::Value = serde_json::from_str(&format::to_canonical_json(&map)).unwrap();
        assert_eq!(saved["version"], "1.1");
        // Same content: the saved file, with its version put back, is the original map
        // read the way the 1.0 reader read it (ids and order as in the file).
        saved["version"] = "1.0".into();
        let mut expected = original.clone();
        if let (Some(a), Some(b)) = (saved["touchpoints"].as_array_mut(), expected["touchpoints"].as_array_mut()) {
            let key = |t: &serde_json::Value| t["id"].as_str().unwrap_or_default().to_owned();
            a.sort_by_key(key);
            b.sort_by_key(key);
            // Sentiments in any case are read as the canonical spelling (1.0 did the same).
            for t in b.iter_mut() {
                if let Some(s) = t.get("sentiment").and_then(|s| s.as_str()) {
                    t["sentiment"] = s.trim().to_lowercase().into();
                }
            }
        }
        // Everything the file said is in the saved map, with the same value; the saved map
        // may spell out defaults the file left out (an empty name, a neutral sentiment).
        contains(&saved, &expected, &path.display().to_string());
        migrated += 1;
    }
    assert!(migrated >= 3, "the 1.0 fixtures are there");
}

#[test]
fn a_1_1_map_with_every_detail_round_trips_through_the_file() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/details-and-lanes.journey.json");
    let map = format::load_file(&path).unwrap().map;
    assert_eq!(map.lanes.len(), 3);
    let price = &map.touchpoints[map.touchpoint_index("t-price").unwrap()];
    assert_eq!(price.lane, "l-pains");
    assert_eq!(price.channel, Some(journey_core::model::Channel::Website));
    assert_eq!(price.score, Some(1));
    assert_eq!(price.pain_points.len(), 2);
    assert_eq!(price.hypotheses[1].status, journey_core::model::HypothesisStatus::Rejected);
    assert_eq!(map.personas[0].goals.len(), 2);
    assert_eq!(map.last_review.as_deref(), Some("2025-09-01"));
    let text = format::to_canonical_json(&map);
    assert_eq!(format::parse(text.as_bytes()).unwrap().map, map);
    assert!(text.contains("\"painPoints\"") && text.contains("\"lastReview\"") && text.contains("\"third-party\""));
}

fn contains(saved: &serde_json::Value, expected: &serde_json::Value, at: &str) {
    use serde_json::Value;
    match (saved, expected) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                contains(a.get(k).unwrap_or(&Value::Null), v, &format!("{at}.{k}"));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{at}");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                contains(x, y, &format!("{at}[{i}]"));
            }
        }
        (x, y) => assert_eq!(x, y, "{at}"),
    }
}

/// Format 1.2: metrics, ratings, feedback, the map's metric definitions and criteria read,
/// save as 1.2 and read back unchanged; a field unknown to 1.2 inside a metric is kept.
#[test]
fn a_1_2_map_with_metrics_ratings_and_feedback_round_trips() {
    let path = fixture("valid/metrics-1.2.journey.json");
    let loaded = format::load_file(&path).unwrap();
    assert!(loaded.notes.is_empty(), "{:?}", loaded.notes);
    let map = &loaded.map;
    assert_eq!(map.version, "1.2");
    assert_eq!(map.metric_definitions.len(), 5);
    assert_eq!(map.criteria.len(), 5);
    let call = map.touchpoints.iter().find(|t| t.id == "t-call").unwrap();
    assert_eq!(call.metrics[0].name, "Response time");
    assert_eq!(call.metrics[0].better, Some(journey_core::model::Better::Lower));
    assert_eq!(call.ratings.get("response-speed"), Some(&1));
    assert_eq!(call.feedback.len(), 2);
    assert_eq!(call.feedback[0].date.as_deref(), Some("2026-11-12"));
    // Off target: 9 minutes against 2, lower is better.
    assert_eq!(map.on_target(&call.metrics[0]), Some(false));
    let doctor = map.touchpoints.iter().find(|t| t.id == "t-doctor").unwrap();
    assert_eq!(doctor.metrics[0].extra["x-survey-id"], "Q4-17");
    assert_eq!(map.stage_aggregates("Reach"), vec![Some(12400.0), None, None]);

    let text = format::to_canonical_json(map);
    let again = format::parse(text.as_bytes()).unwrap();
    assert!(again.notes.is_empty());
    assert_eq!(&again.map, map);
    let saved: serde_json::Value = serde_json::from_str(&text).unwrap();
    let raw: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(saved, raw, "nothing of the file is lost or changed");
}

/// A map that uses nothing of 1.2 is still written as 1.1, so that a 1.1 app opens it
/// without a note; its first metric makes it 1.2.
#[test]
fn the_version_written_is_1_2_only_with_something_of_1_2() {
    let path = fixture("valid/score-only-1.1.journey.json");
    let mut map = format::load_file(&path).unwrap().map;
    assert_eq!(map.version, "1.1");
    let saved: serde_json::Value = serde_json::from_str(&format::to_canonical_json(&map)).unwrap();
    assert_eq!(saved["version"], "1.1");
    map.touchpoints[0].metrics.push(journey_core::model::Metric::new("NPS", 12.0));
    let saved: serde_json::Value = serde_json::from_str(&format::to_canonical_json(&map)).unwrap();
    assert_eq!(saved["version"], "1.2");
    // A 1.0 map is saved as 1.1, as before.
    let old = format::load_file(&fixture("valid/coffee-shop-small.journey.json")).unwrap().map;
    assert_eq!(old.version, "1.1");
}

/// A 1.1 file whose script filled 1.2's names its own way beside fields of 1.2's shape (the
/// loader's fuzz test found it): the map stays 1.1 however it is edited, so each field is
/// read again as it was read the first time, and nothing is repaired or lost.
#[test]
fn a_1_1_map_keeping_older_fields_of_1_2_names_stays_1_1() {
    let text = r#"{"format":"journey-map","version":"1.1","id":"m","title":"Script",
      "stages":[{"id":"s","name":"Awareness"}],
      "touchpoints":[
        {"id":"a","stage":"s","title":"Ad","sentiment":"neutral","metrics":{"ctr":0.031}},
        {"id":"b","stage":"s","title":"Cart","sentiment":"neutral","ratings":{"design":2.5}},
        {"id":"c","stage":"s","title":"Shop","sentiment":"neutral"}],
      "criteria":[{"id":"design","name":"Design"}]}"#;
    let loaded = format::parse(text.as_bytes()).unwrap();
    assert!(loaded.notes.is_empty(), "{:?}", loaded.notes);
    let mut map = loaded.map;
    assert_eq!(map.criteria.len(), 1, "a field of 1.2's shape is read as 1.2 reads it");
    assert_eq!(map.version, "1.1");
    map.touchpoints[2].metrics.push(journey_core::model::Metric::new("NPS", 12.0));
    for _ in 0..2 {
        let saved = format::to_canonical_json(&map);
        let value: serde_json::Value = serde_json::from_str(&saved).unwrap();
        assert_eq!(value["version"], "1.1");
        assert_eq!(value["touchpoints"][0]["metrics"], serde_json::json!({"ctr": 0.031}));
        assert_eq!(value["touchpoints"][1]["ratings"], serde_json::json!({"design": 2.5}));
        let again = format::parse(saved.as_bytes()).unwrap();
        assert!(again.notes.is_empty(), "{:?}", again.notes);
        assert_eq!(again.map, map);
        map = again.map;
    }
    // Once every older field has given way to the app's own, the map is a 1.2 map.
    map.touchpoints[0].metrics.push(journey_core::model::Metric::new("CTR", 3.1));
    map.touchpoints[1].ratings.insert("design".into(), 3);
    let value: serde_json::Value = serde_json::from_str(&format::to_canonical_json(&map)).unwrap();
    assert_eq!(value["version"], "1.2");
    assert_eq!(value["touchpoints"][1]["ratings"], serde_json::json!({"design": 3}));
}

/// The migration of the 1.1 `score`: it stays in its field, as the file has it, and is the
/// card's overall rating until the card is rated on the map's criteria.
#[test]
fn the_1_1_score_is_kept_and_is_the_overall_rating_of_a_card_without_ratings() {
    let path = fixture("valid/score-only-1.1.journey.json");
    let mut map = format::load_file(&path).unwrap().map;
    let desk = &map.touchpoints[0];
    assert_eq!(desk.score, Some(3));
    assert!(desk.ratings.is_empty() && desk.metrics.is_empty());
    assert_eq!(desk.overall_rating(), Some(3.0));
    let raw: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&format::to_canonical_json(&map)).unwrap();
    assert_eq!(saved, raw, "a 1.1 map opens and saves unchanged");
    map.touchpoints[0].ratings.insert("design".into(), 5);
    map.touchpoints[0].ratings.insert("content".into(), 4);
    assert_eq!(map.touchpoints[0].overall_rating(), Some(4.5));
    assert_eq!(map.touchpoints[0].score, Some(3), "the score is never overwritten");
}

/// A file older than 1.2 with a field named like one of 1.2 but not of its shape keeps it
/// as the unknown field it was there, byte for byte, and says nothing.
#[test]
fn an_older_files_own_metrics_field_is_kept_as_unknown() {
    let map = format::load_file(&fixture("valid/unknown-fields.journey.json")).unwrap();
    assert!(map.notes.is_empty(), "{:?}", map.notes);
    let ad = &map.map.touchpoints[0];
    assert!(ad.metrics.is_empty());
    assert_eq!(ad.extra["metrics"]["ctr"], 0.031);
    let saved: serde_json::Value = serde_json::from_str(&format::to_canonical_json(&map.map)).unwrap();
    assert_eq!(saved["touchpoints"][0]["metrics"]["ctr"], 0.031);
    assert_eq!(saved["version"], "1.1");
}

/// Every bad value of 1.2 gives a note naming the card and the field; nothing changes silently.
#[test]
fn bad_metrics_and_ratings_are_repaired_with_a_note_each() {
    use journey_core::format::Repair;
    let loaded = format::load_file(&fixture("repaired/metrics-1.2-bad-input.journey.json")).unwrap();
    let at = |p: &str| {
        loaded
            .notes
            .iter()
            .find_map(|n| match n {
                Note::Repaired { path, repair } if path == p => Some(repair.clone()),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no note at {p}: {:?}", loaded.notes))
    };
    assert!(matches!(at("touchpoints[0].metrics[0].value"), Repair::MetricOutOfScale { value, .. } if value == "100"));
    assert!(matches!(at("touchpoints[0].metrics[1].value"), Repair::MetricNotANumber { name, card, .. } if name == "CTR" && card == "Banner ad"));
    assert!(matches!(at("touchpoints[0].metrics[2].value"), Repair::TargetWithoutValue { target, .. } if target == "5000"));
    assert!(matches!(at("touchpoints[0].metrics[3].name"), Repair::DuplicateMetric { given, .. } if given == "nps (2)"));
    assert!(matches!(at("touchpoints[0].ratings.design"), Repair::NotARating { found, .. } if found == "0"));
    assert!(matches!(at("touchpoints[0].ratings.content"), Repair::NotARating { found, .. } if found == "6"));
    assert!(matches!(at("touchpoints[1].ratings.design"), Repair::NotARating { found, .. } if found == "2.5"));
    assert!(matches!(at("touchpoints[0].ratings.speed"), Repair::UnknownCriterion { id, .. } if id == "speed"));
    assert_eq!(loaded.notes.len(), 8, "{:?}", loaded.notes);
    let ad = &loaded.map.touchpoints[0];
    let names: Vec<&str> = ad.metrics.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(names, ["NPS", "nps (2)", "CSAT"]);
    assert_eq!(ad.metrics[0].value, 100.0);
    // A decimal comma in a text is a number as people write it: read, no note.
    assert_eq!(ad.metrics[2].value, 4.5);
    assert_eq!(ad.ratings.keys().collect::<Vec<_>>(), ["engagement", "speed"]);
    assert!(loaded.map.criteria.iter().any(|c| c.id == "speed"));
    // One quote as a text is a list of one.
    assert_eq!(loaded.map.touchpoints[1].feedback[0].quote, "Checkout asked for my phone twice");
}

/// Windows Notepad's "Unicode" (UTF-16 with a byte-order mark, either byte order) is a text
/// file: it opens as the same map, silently, and is saved as UTF-8.
#[test]
fn a_map_saved_as_utf16_by_notepad_opens_as_itself() {
    let utf8 = format::load_file(&fixture("valid/coffee-shop-small.journey.json")).unwrap();
    let utf16 = format::load_file(&fixture("valid/notepad-utf16.journey.json")).unwrap();
    assert!(utf16.notes.is_empty(), "{:?}", utf16.notes);
    assert_eq!(utf16.map, utf8.map);
    let text = format::to_canonical_json(&utf8.map);
    let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    assert_eq!(format::parse(&be).unwrap().map, utf8.map);
    assert!(matches!(format::parse(&[0xFF, 0xFE, b'{']), Err(LoadError::NotUtf8 { .. })), "a cut character is refused");
    assert!(matches!(format::parse(&[0xFF, 0xFE, b' ', 0]), Err(LoadError::Empty)));
}

/// A second metric of a name a card already has is renamed, and is then checked like any
/// other (found by the loader's fuzzer: its bad date survived the first load and was only
/// flagged when the saved map was opened again).
#[test]
fn a_renamed_duplicate_metric_is_checked_too_and_the_saved_repair_loads_clean() {
    let text = r#"{"format":"journey-map","version":"1.2","id":"m","title":"T",
      "stages":[{"id":"s","name":"S"}],
      "touchpoints":[{"id":"t","stage":"s","title":"Search","sentiment":"neutral","metrics":[
        {"name":"Conversion rate","value":2.4,"unit":"%"},
        {"name":"Conversion rate","value":2.5,"unit":"%","date":"2026-126-10-31"}]}]}"#;
    let loaded = format::parse(text.as_bytes()).unwrap();
    let paths: Vec<&str> = loaded.notes.iter().filter_map(|n| match n { Note::Repaired { path, .. } => Some(path.as_str()), _ => None }).collect();
    assert_eq!(paths, ["touchpoints[0].metrics[1].name", "touchpoints[0].metrics[1].date"]);
    assert_eq!(loaded.map.touchpoints[0].metrics[1].date, None);
    let again = format::parse(format::to_canonical_json(&loaded.map).as_bytes()).unwrap();
    assert!(again.notes.is_empty(), "{:?}", again.notes);
}
