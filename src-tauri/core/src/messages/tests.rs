use std::io::{Error as IoError, ErrorKind};
use std::path::PathBuf;

use super::*;
use crate::document::SaveFailure;
use crate::edit::EditError;
use crate::export::ExportError;
use crate::format::{Entity, FileError, LoadError, Note, Repair, SaveError};

const OTHERS: [Language; 2] = [Language::Ru, Language::Pl];

fn file() -> PathBuf {
    PathBuf::from("/maps/q3.journey.json")
}

fn save_error(kind: ErrorKind) -> SaveError {
    SaveError { file: file(), source: IoError::new(kind, "boom") }
}

/// One of each error and note, the values it must show whatever the language, and its
/// English text as the app has always written it.
fn samples() -> Vec<(Box<dyn Localize>, Vec<&'static str>, &'static str)> {
    let f = "/maps/q3.journey.json";
    let b = |x: Box<dyn Localize>, values: Vec<&'static str>, en: &'static str| (x, values, en);
    vec![
        b(Box::new(LoadError::Io(IoError::from_raw_os_error(2))), vec![], "cannot be read: No such file or directory (os error 2)"),
        b(
            Box::new(LoadError::TooLarge { size: 70 * 1024 * 1024 + 512 * 1024, limit: 64 * 1024 * 1024 }),
            vec!["70", "64"],
            "is 70.5 MiB, over the 64 MiB limit for a map file",
        ),
        b(Box::new(LoadError::Empty), vec![], "is empty; expected a journey map in JSON"),
        b(Box::new(LoadError::Binary), vec![], "is a binary file, not text; expected a journey map in JSON"),
        b(
            Box::new(LoadError::ImageWithoutMap { image: "PNG" }),
            vec!["PNG"],
            "is a PNG image with no journey map inside; only images exported by Journey Mapper carry one",
        ),
        b(
            Box::new(LoadError::NotUtf8 { offset: 17 }),
            vec!["17"],
            "is not UTF-8 text (invalid byte at offset 17); expected a journey map in JSON",
        ),
        b(Box::new(LoadError::Truncated { line: 3, column: 9 }), vec!["3:9"], "3:9: the file ends too early; it looks truncated"),
        b(
            Box::new(LoadError::Syntax { line: 3, column: 9, message: "expected value".into() }),
            vec!["3:9"],
            "3:9: not valid JSON: expected value",
        ),
        b(
            Box::new(LoadError::NotAMap),
            vec!["\"format\": \"journey-map\""],
            "is not a journey map: expected a JSON object with \"format\": \"journey-map\"",
        ),
        b(Box::new(LoadError::MissingVersion), vec!["\"version\"", "\"1.0\""], "\"version\": expected a version such as \"1.0\", found nothing"),
        b(
            Box::new(LoadError::BadVersion { found: "\"x.y\"".into() }),
            vec!["\"x.y\""],
            "\"version\": expected a version such as \"1.0\", found \"x.y\"",
        ),
        b(
            Box::new(LoadError::NewerMajor { found: "2.0".into() }),
            vec!["2.0", "Journey Mapper"],
            "uses format version 2.0, made by a newer Journey Mapper; update the app to open it",
        ),
        b(
            Box::new(LoadError::TooDeep { line: 1, column: 221, limit: 128 }),
            vec!["1:221", "128"],
            "1:221: nested deeper than 128 levels, the limit for a map file",
        ),
        b(
            Box::new(LoadError::Shape {
                path: "stages[0].name".into(),
                line: 4,
                column: 5,
                message: "invalid type: integer `42`, expected a string".into(),
            }),
            vec!["4:5", "stages[0].name", "`42`"],
            "4:5: at stages[0].name: invalid type: integer `42`, expected a string",
        ),
        b(
            Box::new(LoadError::Shape { path: String::new(), line: 1, column: 2, message: "missing field `stages`".into() }),
            vec!["1:2", "`stages`"],
            "1:2: at the top level: missing field `stages`",
        ),
        b(
            Box::new(LoadError::Conflicted { line: 12, blocks: 3 }),
            vec!["12: ", "3 ", "Journey Mapper"],
            "12: has unresolved merge conflicts (3 conflicting blocks, the first at line 12); merge it with Journey Mapper or resolve them by hand",
        ),
        b(
            Box::new(LoadError::Conflicted { line: 4, blocks: 1 }),
            vec!["4: ", "1 ", "Journey Mapper"],
            "4: has unresolved merge conflicts (1 conflicting block, at line 4); merge it with Journey Mapper or resolve them by hand",
        ),
        b(
            Box::new(FileError::new(&file(), LoadError::Conflicted { line: 5, blocks: 2 })),
            vec!["/maps/q3.journey.json:5: "],
            "/maps/q3.journey.json:5: has unresolved merge conflicts (2 conflicting blocks, the first at line 5); merge it with Journey Mapper or resolve them by hand",
        ),
        b(Box::new(FileError::new(&file(), LoadError::Empty)), vec![f], "/maps/q3.journey.json is empty; expected a journey map in JSON"),
        b(
            Box::new(FileError::new(&file(), LoadError::Truncated { line: 3, column: 9 })),
            vec!["/maps/q3.journey.json:3:9: "],
            "/maps/q3.journey.json:3:9: the file ends too early; it looks truncated",
        ),
        b(
            Box::new(save_error(ErrorKind::PermissionDenied)),
            vec![f],
            "Could not save /maps/q3.journey.json: permission denied; the file or its folder is read-only. Save it somewhere else",
        ),
        b(
            Box::new(save_error(ErrorKind::NotFound)),
            vec![f],
            "Could not save /maps/q3.journey.json: its folder no longer exists. Save it somewhere else",
        ),
        b(Box::new(save_error(ErrorKind::AlreadyExists)), vec![f], "Could not save /maps/q3.journey.json: a file with that name already exists"),
        b(
            Box::new(save_error(ErrorKind::StorageFull)),
            vec![f],
            "Could not save /maps/q3.journey.json: the disk is full. Free some space or save it elsewhere",
        ),
        b(Box::new(save_error(ErrorKind::Other)), vec![f, "boom"], "Could not save /maps/q3.journey.json: boom"),
        b(
            Box::new(SaveFailure::ChangedOnDisk { file: file() }),
            vec![f],
            "/maps/q3.journey.json was changed on disk since you opened it; save it under another name, or reload it to see the other changes",
        ),
        b(Box::new(SaveFailure::NoFile), vec![], "the map has no file yet; use Save As"),
        b(
            Box::new(SaveFailure::Write(save_error(ErrorKind::NotFound))),
            vec![f],
            "Could not save /maps/q3.journey.json: its folder no longer exists. Save it somewhere else",
        ),
        b(Box::new(EditError::NoSuchStage("s-gone".into())), vec!["s-gone"], "there is no stage with the id \"s-gone\"; it may have been deleted"),
        b(
            Box::new(EditError::NoSuchTouchpoint("t-gone".into())),
            vec!["t-gone"],
            "there is no touchpoint with the id \"t-gone\"; it may have been deleted",
        ),
        b(Box::new(EditError::NoSuchLane("l-gone".into())), vec!["l-gone"], "there is no lane with the id \"l-gone\"; it may have been deleted"),
        b(Box::new(EditError::DuplicateId("t-twice".into())), vec!["t-twice"], "the id \"t-twice\" is already used in this map"),
        b(Box::new(EditError::BadScore(9)), vec!["9"], "a score is a whole number from 1 to 5, not 9"),
        b(Box::new(EditError::BadDate("soon".into())), vec!["soon"], "\"soon\" is not a date; use YYYY-MM-DD"),
        b(Box::new(ExportError::Cancelled), vec![], "the export was cancelled"),
        b(
            Box::new(ExportError::Render { format: "png", reason: "bad svg".into() }),
            vec!["png", "bad svg"],
            "the map could not be drawn as png: bad svg",
        ),
        b(
            Box::new(ExportError::ThreadFailed { format: "PNG" }),
            vec!["PNG"],
            "the map could not be drawn as PNG: a drawing thread failed",
        ),
        b(
            Box::new(ExportError::NoMemory { format: "PNG", width: 9000, height: 12000 }),
            vec!["PNG", "9000", "12000"],
            "the map could not be drawn as PNG: could not allocate a 9000 × 12000 picture",
        ),
        b(
            Box::new(ExportError::TooLarge { width: 10624, height: 28714, limit: 16384, scale: 1 }),
            vec!["10624", "28714", "16384", "PDF"],
            "the picture would be 10624 × 28714 pixels, over the 16384-pixel limit of a PNG; export it as a PDF",
        ),
        b(
            Box::new(ExportError::TooLarge { width: 21248, height: 9000, limit: 16384, scale: 2 }),
            vec!["21248", "9000", "1×", "PDF"],
            "the picture would be 21248 × 9000 pixels, over the 16384-pixel limit of a PNG; export it at 1× or as a PDF",
        ),
        b(
            Box::new(ExportError::WouldOverwriteMap { file: file() }),
            vec![f],
            "/maps/q3.journey.json is the map itself; choose another name for the export",
        ),
        b(
            Box::new(ExportError::Write(save_error(ErrorKind::StorageFull))),
            vec![f],
            "Could not save /maps/q3.journey.json: the disk is full. Free some space or save it elsewhere",
        ),
        b(
            Box::new(Note::NewerMinor { version: "1.7".into() }),
            vec!["1.7", "Journey Mapper"],
            "made with a newer Journey Mapper (format 1.7); fields this version does not know are kept",
        ),
        b(
            Box::new(Note::FromImage { image: "SVG" }),
            vec!["SVG"],
            "read from the map inside this SVG image; Save As keeps it as a map file",
        ),
        b(
            Box::new(Note::Conflicts { count: 2 }),
            vec!["2"],
            "2 merge conflicts recorded in the file; our values are kept until they are resolved",
        ),
    ]
}

/// One of each repair, with the English note it gives.
fn repairs() -> Vec<(Repair, Vec<&'static str>, &'static str)> {
    let found = |s: &str| s.to_owned();
    vec![
        (Repair::NotADate { found: found("\"last spring\"") }, vec!["\"last spring\""], "\"last spring\" is not a date (YYYY-MM-DD); it was removed"),
        (
            Repair::NotOneOf { found: found("\"moon\""), choices: "online, offline".into(), fallback: None },
            vec!["\"moon\"", "online, offline"],
            "\"moon\" is not one of online, offline; it was left empty",
        ),
        (
            Repair::NotOneOf { found: found("\"maybe\""), choices: "idea, testing".into(), fallback: Some("idea".into()) },
            vec!["\"maybe\"", "idea, testing", "idea"],
            "\"maybe\" is not one of idea, testing; it was set to idea",
        ),
        (
            Repair::NotASentiment { found: found("\"awful\"") },
            vec!["\"awful\"", "positive", "neutral", "negative"],
            "\"awful\" is not a sentiment (positive, neutral or negative); it was set to neutral",
        ),
        (Repair::NotAScore { found: found("7") }, vec!["7"], "7 is not a score (a whole number from 1 to 5); it was removed"),
        (Repair::NotText { found: found("12") }, vec!["12"], "12 was not text; it was written as text"),
        (Repair::NotATextList { found: found("{\"a\":1}") }, vec!["{\"a\":1}"], "{\"a\":1} is not a list of texts; it was kept as one text"),
        (Repair::NotAHypothesisList { found: found("{\"x\":1}") }, vec!["{\"x\":1}"], "{\"x\":1} is not a list of hypotheses; it was kept as one"),
        (Repair::NotAHypothesis { found: found("3") }, vec!["3"], "3 is not a hypothesis; it was kept as its text"),
        (
            Repair::MissingId { entity: Entity::Stage, given: "stage-2".into() },
            vec!["stage-2"],
            "the stage had no id; it was given \"stage-2\"",
        ),
        (Repair::MissingId { entity: Entity::Lane, given: "lane-2".into() }, vec!["lane-2"], "the lane had no id; it was given \"lane-2\""),
        (
            Repair::MissingId { entity: Entity::Touchpoint, given: "tp-3".into() },
            vec!["tp-3"],
            "the touchpoint had no id; it was given \"tp-3\"",
        ),
        (
            Repair::DuplicateId { entity: Entity::Stage, id: "s1".into(), given: "s1-2".into() },
            vec!["s1", "s1-2"],
            "the stage id \"s1\" was used twice; this one was given \"s1-2\"",
        ),
        (
            Repair::DuplicateId { entity: Entity::Lane, id: "l1".into(), given: "l1-2".into() },
            vec!["l1", "l1-2"],
            "the lane id \"l1\" was used twice; this one was given \"l1-2\"",
        ),
        (
            Repair::DuplicateId { entity: Entity::Touchpoint, id: "t-queue".into(), given: "t-queue-2".into() },
            vec!["t-queue", "t-queue-2"],
            "the touchpoint id \"t-queue\" was used twice; this one was given \"t-queue-2\"",
        ),
        (
            Repair::NoStage { stage: "Unsorted".into() },
            vec!["Unsorted"],
            "the touchpoint has no stage; it was put in a new stage \"Unsorted\"",
        ),
        (
            Repair::UnknownStage { missing: "s-nowhere".into(), stage: "Unsorted".into() },
            vec!["s-nowhere", "Unsorted"],
            "the touchpoint names the stage \"s-nowhere\", which does not exist; it was put in a new stage \"Unsorted\"",
        ),
        (Repair::NoLanes { lane: "ghost".into() }, vec!["ghost"], "the map has no lanes, so the lane \"ghost\" was removed"),
        (
            Repair::UnknownLane { missing: "nowhere".into(), first: "Actions".into() },
            vec!["nowhere", "Actions"],
            "the touchpoint names the lane \"nowhere\", which does not exist; it was put in the first lane, \"Actions\"",
        ),
    ]
}

/// A `{$name}` left in a rendered message: a variable the code did not give.
fn leftover(s: &str) -> Option<String> {
    let start = s.find("{$")?;
    Some(s[start..].split('}').next().unwrap_or_default().to_owned())
}

#[test]
fn english_is_the_text_the_app_always_wrote() {
    for (error, _, english) in samples() {
        assert_eq!(error.message(Language::En), english);
    }
    for (repair, _, english) in repairs() {
        assert_eq!(repair.message(Language::En), english);
        let note = Note::repaired("touchpoints[1].x".into(), repair);
        assert_eq!(note.to_string(), format!("touchpoints[1].x: {english}"), "Display is the English text");
    }
}

#[test]
fn display_is_english() {
    let e = FileError::new(&file(), LoadError::NotUtf8 { offset: 3 });
    assert_eq!(e.to_string(), e.message(Language::En));
    assert_eq!(EditError::BadScore(7).to_string(), EditError::BadScore(7).message(Language::En));
    assert_eq!(SaveFailure::NoFile.to_string(), "the map has no file yet; use Save As");
    let s = save_error(ErrorKind::PermissionDenied);
    assert_eq!(s.to_string(), s.message(Language::En));
    assert_eq!(Note::FromImage { image: "PNG" }.to_string(), Note::FromImage { image: "PNG" }.message(Language::En));
    // ExportError too says in `Display` what the English catalogue says.
    for e in [ExportError::Cancelled, ExportError::WouldOverwriteMap { file: file() }, ExportError::Write(save_error(ErrorKind::NotFound))] {
        assert_eq!(e.to_string(), e.message(Language::En));
    }
}

#[test]
fn every_error_and_note_is_translated_with_all_its_values() {
    for lang in OTHERS {
        let all = samples()
            .into_iter()
            .map(|(e, values, en)| (e.message(lang), values, en))
            .chain(repairs().into_iter().map(|(r, values, en)| (r.message(lang), values, en)));
        for (text, values, english) in all {
            assert_ne!(text, english, "{lang:?}: not translated");
            assert_eq!(leftover(&text), None, "{lang:?}: a parameter was not filled in {text:?}");
            for v in values {
                assert!(text.contains(v), "{lang:?}: {text:?} lacks {v:?}");
            }
        }
    }
}

#[test]
fn a_conflicted_file_counts_its_blocks_in_each_language() {
    let said = |blocks, lang| LoadError::Conflicted { line: 7, blocks }.message(lang);
    let ru = "; объедините версии в Journey Mapper или разрешите конфликты вручную";
    assert_eq!(said(1, Language::Ru), format!("7: содержит неразрешённые конфликты слияния (1 конфликтный блок, в строке 7){ru}"));
    assert!(said(2, Language::Ru).contains("(2 конфликтных блока, первый — в строке 7)"), "{}", said(2, Language::Ru));
    assert!(said(5, Language::Ru).contains("(5 конфликтных блоков, первый"));
    assert!(said(21, Language::Ru).contains("(21 конфликтный блок, первый"));
    let pl = "; scal go w aplikacji Journey Mapper lub rozwiąż konflikty ręcznie";
    assert_eq!(said(1, Language::Pl), format!("7: zawiera nierozwiązane konflikty scalania (1 fragment z konfliktem, w wierszu 7){pl}"));
    assert!(said(3, Language::Pl).contains("(3 fragmenty z konfliktami, pierwszy w wierszu 7)"));
    assert!(said(12, Language::Pl).contains("(12 fragmentów z konfliktami, pierwszy"));
    assert!(said(22, Language::Pl).contains("(22 fragmenty z konfliktami, pierwszy"));
}

#[test]
fn messages_read_naturally_in_russian_and_polish() {
    let e = FileError::new(&file(), LoadError::Empty);
    assert_eq!(e.message(Language::Ru), "/maps/q3.journey.json пуст; ожидалась карта пути клиента в формате JSON");
    assert_eq!(e.message(Language::Pl), "/maps/q3.journey.json jest pusty; oczekiwano mapy podróży klienta w formacie JSON");
    let shape = LoadError::Shape { path: "title".into(), line: 5, column: 13, message: "invalid type: integer `42`, expected a string".into() };
    assert_eq!(shape.message(Language::Ru), "5:13: в title: неверный тип: целое число `42`, ожидается: строка");
    assert_eq!(shape.message(Language::Pl), "5:13: w title: nieprawidłowy typ: liczba całkowita `42`, oczekiwano: tekst");
    let note = Note::repaired("touchpoints[2].sentiment".into(), Repair::NotASentiment { found: "\"awful\"".into() });
    assert_eq!(note.message(Language::Ru), "touchpoints[2].sentiment: \"awful\" — не оценка (positive, neutral или negative); установлено neutral");
    let too_large = LoadError::TooLarge { size: 70 * 1024 * 1024 + 512 * 1024, limit: 64 * 1024 * 1024 };
    assert!(too_large.message(Language::Pl).contains("70,5 MiB"), "a decimal comma");
    let io = LoadError::Io(IoError::from(ErrorKind::NotFound));
    assert_eq!(io.message(Language::Ru), "не удаётся прочитать: такого файла или папки нет");
}

#[test]
fn the_parsers_words_are_translated_when_known_and_kept_otherwise() {
    let ru = |m: &str| json::detail(m, Language::Ru);
    assert_eq!(ru("expected `,` or `}`"), "ожидалось `,` или `}`");
    assert_eq!(ru("invalid type: sequence, expected a string"), "неверный тип: список, ожидается: строка");
    assert_eq!(ru("invalid type: string \"a, expected b\", expected struct Lane"), "неверный тип: строка \"a, expected b\", ожидается: объект");
    assert_eq!(ru("invalid type: null, expected u64"), "неверный тип: null, ожидается: целое число");
    assert_eq!(ru("missing field `stages`"), "нет поля `stages`");
    assert_eq!(
        json::detail("unknown variant `x`, expected one of `a`, `b`", Language::Pl),
        "nieznana wartość `x`, oczekiwano: jedna z `a`, `b`"
    );
    assert_eq!(ru("something new from serde"), "something new from serde");
    assert_eq!(json::detail("invalid type: map, expected a sequence", Language::En), "invalid type: map, expected a sequence");
}

#[test]
fn values_that_look_like_parameters_are_left_as_they_are() {
    let e = EditError::DuplicateId("{id}{score}".into());
    assert_eq!(e.message(Language::En), "the id \"{id}{score}\" is already used in this map");
    let e = EditError::DuplicateId("{ $id }{$score}".into());
    for lang in Language::ALL {
        assert!(e.message(lang).contains("{ $id }{$score}"), "{lang:?}: {}", e.message(lang));
    }
}

/// The notes of a real load, in English exactly as before, and in every language with
/// their values.
#[test]
fn repair_notes_of_a_damaged_map_in_every_language() {
    let doc = r#"{"format":"journey-map","version":"1.0","lastReview":"someday","stages":[{"id":"s1","name":"A"}],
        "touchpoints":[{"id":"t1","stage":"s1","lane":"ghost","title":"a","score":9,"sentiment":"awful"}]}"#;
    let loaded = crate::format::parse(doc.as_bytes()).unwrap();
    let en: Vec<String> = loaded.notes.iter().map(ToString::to_string).collect();
    assert_eq!(
        en,
        [
            "touchpoints[0].sentiment: \"awful\" is not a sentiment (positive, neutral or negative); it was set to neutral",
            "touchpoints[0].score: 9 is not a score (a whole number from 1 to 5); it was removed",
            "lastReview: \"someday\" is not a date (YYYY-MM-DD); it was removed",
            "touchpoints[0].lane: the map has no lanes, so the lane \"ghost\" was removed",
        ]
    );
    for lang in OTHERS {
        for note in &loaded.notes {
            let text = note.message(lang);
            assert_eq!(leftover(&text), None, "{text}");
            let Note::Repaired { path, .. } = note else { panic!("{note:?}") };
            assert!(text.starts_with(&format!("{path}: ")), "{text}");
        }
    }
}
