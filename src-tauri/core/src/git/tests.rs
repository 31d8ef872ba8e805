use std::path::Path;

use super::*;
use crate::model::{sample_map, Map, Sentiment};

fn fixture(name: &str) -> Map {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name);
    crate::format::load_file(&path).unwrap().map
}

#[test]
fn a_map_with_lanes_and_details_is_one_line_per_thing() {
    let map = fixture("valid/details-and-lanes.journey.json");
    let expected = "\
Map «Фитнес-клуб: первый месяц»
Persona «Marta» · «Office worker, 34» · goals: «Lose 5 kg», «Train after work»
Customer goal «Get fit before summer»
Business goal «Sell annual memberships»
Notes: «Reviewed with the club managers.»
Last review: 2025-09-01
Lane 1 «Customer actions»
Lane 2 «Touchpoints»
Lane 3 «Pain points»

Stage 1 «Need»
  Lane «Customer actions»
    • «Notices the summer is near» · Neutral · Description: «The trigger: a photo from last summer.» · Online or offline: Offline · Score: 3 of 5
  Lane «Touchpoints»
  Lane «Pain points»

Stage 2 «Поиск информации»
  Lane «Customer actions»
  Lane «Touchpoints»
    • «Реклама в ВКонтакте» · Positive · Channel: Social media · Online or offline: Online · Owner: «Marketing» · Controlled by: Third party · Term: Short-term · Frequency: Recurring · Score: 4 of 5 · Moments of delight: «A free first week» · Hypotheses: «Video ads beat photos» (Testing)
  Lane «Pain points»

Stage 3 «Decyzja»
  Lane «Customer actions»
  Lane «Touchpoints»
  Lane «Pain points»
    • «Cennik ukryty w PDF» · Negative · Channel: Website · Owner: «E-commerce» · Controlled by: Brand · Score: 1 of 5 · Pain points: «Prices only in a PDF», «No monthly option» · Hypotheses: «A price table on the page» (Idea), «Monthly plans» (Rejected)
";
    assert_eq!(outline(&map, Language::En), expected);
}

#[test]
fn unknown_fields_are_shown_as_json_and_the_words_are_translated() {
    let map = fixture("valid/unknown-fields.journey.json");
    let ru = outline(&map, Language::Ru);
    assert!(ru.starts_with("Карта «Кофейня — ścieżka klienta»\nПоле «x-owner»: {\"tags\":[\"q3\",1,null],\"team\":\"Growth\"}\n"), "{ru}");
    assert!(ru.contains("\nЭтап 1 «Before»\n  Поле «color»: \"#ffcc00\"\n"), "{ru}");
    assert!(ru.contains("  • «Instagram ad» · Нейтральная · Поле «campaign»: \"spring-sale\" · Поле «metrics»: {\"ctr\":0.031}\n"), "{ru}");
    let pl = outline(&map, Language::Pl);
    assert!(pl.starts_with("Mapa «") && pl.contains("\nEtap 2 «Во время»\n") && pl.contains("Pole «campaign»"), "{pl}");
}

#[test]
fn the_same_map_gives_the_same_bytes_and_one_edit_changes_one_line() {
    let map = sample_map();
    let before = outline(&map, Language::En);
    assert_eq!(before, outline(&map.clone(), Language::En));
    assert!(before.ends_with('\n') && !before.contains('{'), "{before}");
    // Every card is one line of its own.
    let card_lines = before.lines().filter(|l| l.trim_start().starts_with("• ")).count();
    assert_eq!(card_lines, map.touchpoints.len());

    let mut edited = map.clone();
    edited.touchpoints[2].title = "Renamed card".into();
    edited.touchpoints[2].sentiment = Sentiment::Negative;
    let after = outline(&edited, Language::En);
    let changed: Vec<(&str, &str)> = before.lines().zip(after.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(before.lines().count(), after.lines().count());
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].0.contains(&format!("«{}»", map.touchpoints[2].title)), "{changed:?}");
    assert!(changed[0].1.contains("«Renamed card» · Negative"), "{changed:?}");
}

#[test]
fn line_breaks_in_text_stay_on_the_line_and_hide_nothing() {
    let mut map = sample_map();
    map.title = "Two\nlines\tand\u{7}".into();
    map.notes = "first\r\nsecond".into();
    map.touchpoints[0].description = "a\nb".into();
    let text = outline(&map, Language::En);
    assert!(text.starts_with("Map «Two\\nlines\\tand\\u{0007}»\n"), "{text}");
    assert!(text.contains("Notes: «first\\r\\nsecond»\n"), "{text}");
    assert!(text.contains("Description: «a\\nb»"), "{text}");
    let cards = text.lines().filter(|l| l.trim_start().starts_with("• ")).count();
    assert_eq!(cards, map.touchpoints.len());
}

#[test]
fn a_merges_conflicts_are_said_one_line_each() {
    let base = sample_map();
    let (mut ours, mut theirs) = (base.clone(), base.clone());
    ours.touchpoints[0].title = "Ours".into();
    theirs.touchpoints[0].title = "Theirs".into();
    let merged = crate::merge::merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let text = outline(&merged.map, Language::En);
    let said: Vec<&str> = text.lines().filter(|l| l.starts_with("Conflict: ")).collect();
    assert_eq!(said, [format!("Conflict: {}", merged.conflicts[0].sentence(Language::En))]);
    assert!(said[0].contains("«Ours»") && said[0].contains("«Theirs»"), "{said:?}");
    assert!(!text.contains("\"ours\""), "the record itself is not repeated as JSON: {text}");
}

#[test]
fn cards_outside_the_maps_stages_and_lanes_are_shown_too() {
    let mut map = fixture("valid/details-and-lanes.journey.json");
    map.touchpoints[0].lane = "gone".into();
    map.touchpoints[1].stage = "gone".into();
    let text = outline(&map, Language::En);
    assert!(text.contains("  In no lane of the map\n    • «Notices the summer is near»"), "{text}");
    let last_stage = text.find("Stage 3 «Decyzja»").unwrap();
    let no_stage = text.find("\nIn no stage of the map\n  • «Реклама в ВКонтакте» · Positive · Channel: Social media").unwrap();
    assert!(no_stage > last_stage, "{text}");
}

#[test]
fn words_are_quoted_for_the_shell_only_when_they_need_it() {
    assert_eq!(shell_quoted("/usr/bin/journey-mapper"), "/usr/bin/journey-mapper");
    assert_eq!(shell_quoted("/home/a b/jm"), "'/home/a b/jm'");
    assert_eq!(shell_quoted("/tmp/it's/jm"), r"'/tmp/it'\''s/jm'");
    assert_eq!(shell_quoted("/tmp/$HOME;rm"), "'/tmp/$HOME;rm'");
    assert_eq!(shell_quoted(""), "''");
}

#[test]
fn the_program_is_its_bare_name_when_path_finds_this_very_file() {
    let dir = tempfile::tempdir().unwrap();
    let exe = dir.path().join("with space").join("journey-mapper");
    std::fs::create_dir_all(exe.parent().unwrap()).unwrap();
    std::fs::write(&exe, "").unwrap();
    let other = dir.path().join("other");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("journey-mapper"), "").unwrap();
    let path = |dirs: &[&Path]| std::env::join_paths(dirs).unwrap();

    let quoted = format!("'{}'", exe.display());
    assert_eq!(program_for(&exe, None), quoted);
    assert_eq!(program_for(&exe, Some(&path(&[exe.parent().unwrap()]))), "journey-mapper");
    // Another journey-mapper first on PATH is not this one: the full path is written.
    assert_eq!(program_for(&exe, Some(&path(&[&other, exe.parent().unwrap()]))), quoted);
    #[cfg(unix)]
    {
        // A link on PATH to this file is this file.
        let linked = dir.path().join("bin");
        std::fs::create_dir_all(&linked).unwrap();
        std::os::unix::fs::symlink(&exe, linked.join("journey-mapper")).unwrap();
        assert_eq!(program_for(&exe, Some(&path(&[&linked]))), "journey-mapper");
    }
}

#[test]
fn the_config_runs_the_merge_driver_on_gits_files_and_textconv() {
    let config = config_for("'/a b/jm'");
    let keys: Vec<&str> = config.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["merge.journey-map.name", "merge.journey-map.driver", "diff.journey-map.textconv"]);
    assert_eq!(config[1].1, "'/a b/jm' merge %O %A %B -o %A --name %P");
    assert_eq!(config[2].1, "'/a b/jm' textconv");
}

#[test]
fn each_step_and_error_is_said_in_every_language() {
    let steps = [
        Step::AttributesAdded { file: "/r/.gitattributes".into(), line: "*.journey.json merge=journey-map".into() },
        Step::AttributesKept { attributes: "*.journey.json merge=journey-map diff=journey-map".into() },
        Step::ConfigSet { key: "diff.journey-map.textconv".into(), value: "jm textconv".into() },
        Step::ConfigChanged { key: "diff.journey-map.textconv".into(), from: "old textconv".into(), to: "jm textconv".into() },
        Step::ConfigKept { key: "diff.journey-map.textconv".into(), value: "jm textconv".into() },
    ];
    let errors = [
        GitError::NoGit(io::Error::from(io::ErrorKind::NotFound)),
        GitError::NotAWorkTree { dir: "/tmp/x".into(), said: "fatal: not a git repository".into() },
        GitError::Failed { args: "config --local x".into(), said: "error: could not lock config file".into() },
    ];
    for lang in Language::ALL {
        for step in &steps {
            let said = step.message(lang);
            assert!(!said.contains("git-setup-") && !said.contains("{$"), "{lang:?}: {said}");
        }
        for e in &errors {
            let said = e.message(lang);
            assert!(said.starts_with("journey-mapper: ") && !said.contains("{$"), "{lang:?}: {said}");
        }
        let setup = Setup { top: "/r".into(), steps: steps[1..2].to_vec() };
        assert!(!setup.changed() && setup.report(lang).lines().count() == 2);
    }
    assert_eq!(errors[0].exit_code(), 2);
    assert_eq!(errors[1].exit_code(), 2);
    assert_eq!(errors[2].exit_code(), 1);
    assert!(steps.iter().filter(|s| s.changed()).count() == 3);
}
