use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast::{CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

const ISOLATION: [char; 2] = ['\u{2068}', '\u{2069}'];

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Every catalogue file on disk, the web page's too: language -> file name -> text.
fn files_on_disk() -> BTreeMap<String, BTreeMap<String, String>> {
    let mut all = BTreeMap::new();
    for lang in std::fs::read_dir(locales()).unwrap() {
        let lang = lang.unwrap().path();
        let mut files = BTreeMap::new();
        for file in std::fs::read_dir(&lang).unwrap() {
            let file = file.unwrap().path();
            files.insert(file.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&file).unwrap());
        }
        all.insert(lang.file_name().unwrap().to_string_lossy().into_owned(), files);
    }
    all
}

/// What a message must have alike in every language: its variables, per value and attribute.
#[derive(Debug, PartialEq)]
struct Shape {
    has_value: bool,
    variables: BTreeSet<String>,
    attributes: BTreeMap<String, BTreeSet<String>>,
}

fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_variables(inline, out),
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    let arguments = |args: &CallArguments<&str>, out: &mut BTreeSet<String>| {
        args.positional.iter().for_each(|a| inline_variables(a, out));
        args.named.iter().for_each(|a| inline_variables(&a.value, out));
    };
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments: args, .. } => arguments(args, out),
        InlineExpression::TermReference { arguments: Some(args), .. } => arguments(args, out),
        _ => {}
    }
}

/// The messages of one file, parsed with no error.
fn messages(lang: &str, file: &str, source: &str) -> BTreeMap<String, Shape> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{lang}/{file} does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                let attributes = m
                    .attributes
                    .iter()
                    .map(|a| {
                        let mut vars = BTreeSet::new();
                        variables(&a.value, &mut vars);
                        (a.id.name.to_owned(), vars)
                    })
                    .collect();
                let shape = Shape { has_value: m.value.is_some(), variables: vars, attributes };
                assert!(out.insert(m.id.name.to_owned(), shape).is_none(), "{lang}/{file}: {} twice", m.id.name);
            }
            Entry::Junk { content } => panic!("{lang}/{file}: cannot read {content:?}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_catalogue_parses_and_every_language_has_every_message_with_the_same_variables() {
    let disk = files_on_disk();
    assert_eq!(disk.keys().collect::<Vec<_>>(), ["en", "pl", "ru"], "one folder per language");
    let en = &disk["en"];
    let mut file_names: Vec<&str> = en.keys().map(String::as_str).collect();
    file_names.sort();
    let mut rust_files: Vec<&str> = SOURCES[0].1.iter().map(|(name, _)| *name).chain(["ui.ftl"]).collect();
    rust_files.sort();
    assert_eq!(file_names, rust_files, "the Rust bundles read every file but the web page's ui.ftl");

    let mut total = 0;
    for (lang, files) in &disk {
        assert_eq!(files.keys().collect::<Vec<_>>(), en.keys().collect::<Vec<_>>(), "{lang}: the same files as en");
        let mut ids_of_language = BTreeSet::new();
        for (file, source) in files {
            let ours = messages(lang, file, source);
            let english = messages("en", file, &en[file]);
            assert_eq!(ours.keys().collect::<Vec<_>>(), english.keys().collect::<Vec<_>>(), "{lang}/{file}: same ids as en");
            for (id, shape) in &ours {
                assert_eq!(shape, &english[id], "{lang}/{file}: {id} has the variables and attributes of en");
                // One language's files could all share one bundle: no id in two of them.
                assert!(ids_of_language.insert(id.clone()), "{lang}: {id} is in two files");
            }
            total += ours.len();
        }
    }
    assert!(total > 3 * 500, "the catalogues were read ({total} messages)");
    // The embedded texts are the files on disk.
    for (lang, files) in SOURCES {
        for (name, text) in files {
            assert_eq!(text, disk[lang.code()][name], "{lang:?}/{name}");
        }
    }
}

#[test]
fn the_cores_messages_are_translated() {
    let disk = files_on_disk();
    let en = messages("en", "core.ftl", &disk["en"]["core.ftl"]);
    for lang in [Language::Ru, Language::Pl] {
        for id in en.keys() {
            assert_ne!(text(lang, id, &[]), text(Language::En, id, &[]), "{lang:?}: {id} is still English");
        }
    }
}

#[test]
fn a_value_is_never_substituted_again() {
    for lang in Language::ALL {
        for tricky in ["{ $reason }", "{reason}", "{$reason}", "{ \"}\" }"] {
            let out = text(lang, "load-io", &[("reason", &tricky)]);
            assert!(out.contains(tricky), "{lang:?}: {out}");
            let name = format!("{tricky}.journey.json");
            let out = text(lang, "disk-unreadable", &[("name", &name), ("reason", &"it is broken")]);
            assert!(out.contains(&name) && out.contains("it is broken"), "{lang:?}: {out}");
        }
    }
    assert_eq!(
        text(Language::En, "disk-unreadable", &[("name", &"{reason}.journey.json"), ("reason", &"{name}")]),
        "“{reason}.journey.json” was changed on disk, but the new version cannot be opened, so your map is unchanged. {name}"
    );
}

#[test]
fn texts_with_variables_carry_no_isolation_marks() {
    let file = std::path::Path::new("/maps/שלום.journey.json");
    for lang in Language::ALL {
        for out in [
            text(lang, "save-failed", &[("file", &file.display()), ("reason", &"boom")]),
            text(lang, "menu-missing", &[("name", &"a.journey.json")]),
            text(lang, "label-page-of", &[("page", &1usize), ("pages", &3usize)]),
        ] {
            assert!(!out.contains(ISOLATION), "{lang:?}: {out:?}");
        }
    }
}

#[test]
fn numbers_are_written_as_they_are_and_missing_texts_fall_back() {
    assert_eq!(text(Language::En, "label-page-of", &[("page", &2usize), ("pages", &10624usize)]), "Page 2 of 10624");
    assert_eq!(text(Language::Ru, "no-such-message", &[]), "no-such-message");
    // A variable the caller forgot shows, rather than vanishing.
    assert_eq!(text(Language::En, "menu-missing", &[]), "{$name} (missing)");
}

/// What leaves the app as bytes (exported files, the command line's words) has no marks
/// even where a variable, a file name or a right-to-left title is in it.
#[test]
fn exports_and_the_command_line_carry_no_isolation_marks() {
    use crate::export::{self, Format, Options, Quiet};
    let mut map = crate::model::sample_map();
    map.title = "מסע הלקוח".into();
    map.stages[0].name = "מודעות".into();
    for card in &mut map.touchpoints {
        card.score = Some(4);
    }
    for language in Language::ALL {
        let options = Options { language, ..Options::default() };
        for format in [Format::Csv, Format::Markdown, Format::Html, Format::Svg] {
            let bytes = export::render(&map, format, &options, &Quiet).unwrap();
            let out = String::from_utf8_lossy(&bytes);
            assert!(!out.contains(ISOLATION), "{language:?} {format:?}");
            assert!(out.contains("מודעות"), "{language:?} {format:?} has the stage");
            if matches!(format, Format::Html | Format::Svg) {
                assert!(out.contains(&crate::export::Labels::get(language).score_of(4)), "{language:?} {format:?} shows a score");
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("{ $reason } שלום.journey.json");
    std::fs::write(&file, "").unwrap();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = crate::cli::run([std::ffi::OsString::from("journey-mapper"), "check".into(), file.clone().into()], &mut out, &mut err);
    let err = String::from_utf8(err).unwrap();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(&format!("{} is empty", file.display())), "{err}");
    assert!(!err.contains(ISOLATION) && !String::from_utf8(out).unwrap().contains(ISOLATION));
}
