//! Colleagues' files are untrusted input: their text shows as text, nothing in them runs,
//! and repairs are shown without touching the file.
//! Run: cargo test -p journey-mapper-e2e -- --test-threads=1   (after building the app)


use journey_mapper_e2e::{copy_fixture, App, Launch};
use serde_json::Value;

const PROBE: &str = r#"
    const cards = {};
    for (const el of document.querySelectorAll('[data-touchpoint-id]')) cards[el.dataset.touchpointId] = el.textContent;
    const stages = {};
    for (const el of document.querySelectorAll('[data-stage-id]')) stages[el.dataset.stageId] = el.querySelector('[data-stage-header]')?.textContent ?? el.textContent;
    return {
      cards,
      stages,
      title: document.querySelector('[data-map-title]')?.textContent ?? '',
      pwned: window.__pwned === undefined ? null : String(window.__pwned),
      tauriGlobal: typeof window.__TAURI__,
      injected: document.querySelectorAll('img, iframe, object, embed, a[href^="javascript"], [onerror], [onload]').length
        + [...document.querySelectorAll('style')].filter((s) => s.textContent.includes('display:none')).length
        + [...document.querySelectorAll('svg circle')].filter((c) => c.getAttribute('r') === '5').length,
      scriptsMentioningPayload: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
    };
"#;

#[tokio::test]
async fn hostile_text_shows_as_literal_text_and_nothing_runs() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture("valid/hostile-text.journey.json", dir.path());
    let map: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let before = std::fs::read(&file).unwrap();

    let app = App::launch(Launch::file(&file)).await;
    app.ready().await;
    let n = map["touchpoints"].as_array().unwrap().len();
    app.wait_count("[data-touchpoint-id]", n).await;
    // Interact once, so that any handler a payload managed to attach has had its chance.
    let first = app.wait_for("[data-touchpoint-id='tp-img']").await;
    first.click().await.unwrap();
    app.wait_for("[data-touchpoint-id='tp-img'][data-selected='true']").await;

    let probe = app.eval(PROBE).await;
    assert_eq!(probe["pwned"], Value::Null, "a payload ran");
    assert_eq!(probe["tauriGlobal"], "undefined", "no global Tauri object");
    assert_eq!(probe["scriptsMentioningPayload"], 0);
    // The app draws its own icons as inline SVG, so the probe looks for the payload's own
    // elements and attributes, not for SVG in general.
    assert_eq!(probe["injected"], 0, "payload markup became elements: {probe}");
    for tp in map["touchpoints"].as_array().unwrap() {
        let id = tp["id"].as_str().unwrap();
        let shown = probe["cards"][id].as_str().unwrap_or_default();
        assert!(shown.contains(tp["title"].as_str().unwrap()), "{id} shows its title literally; shown: {shown}");
    }
    for stage in map["stages"].as_array().unwrap() {
        let shown = probe["stages"][stage["id"].as_str().unwrap()].as_str().unwrap_or_default();
        assert!(shown.contains(stage["name"].as_str().unwrap()), "stage {} shown: {shown}", stage["id"]);
    }
    assert!(probe["title"].as_str().unwrap().contains(map["title"].as_str().unwrap()), "{probe}");
    app.screenshot("10-hostile-text").await;
    app.close().await;
    assert_eq!(std::fs::read(&file).unwrap(), before, "opening never changes the file");
}

#[tokio::test]
async fn a_repaired_file_lists_its_repairs_and_stays_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture("repaired/several-repairs.journey.json", dir.path());
    let before = std::fs::read(&file).unwrap();
    let app = App::launch(Launch::file(&file)).await;
    app.ready().await;
    app.wait_count("[data-notes] [data-note]", 2).await;
    let notes = app.wait_for("[data-notes]").await.text().await.unwrap();
    assert!(notes.contains("touchpoints[1].sentiment") && notes.contains("set to neutral"), "{notes}");
    assert!(notes.contains("Unsorted"), "{notes}");
    // The card with no stage is on the map, in the new stage: nothing was dropped.
    app.wait_count("[data-touchpoint-id]", 6).await;
    app.wait_for("[data-stage-id='stage-unsorted'] [data-touchpoint-id='t-queue']").await;
    app.screenshot("11-repaired-file").await;
    app.close().await;
    assert_eq!(std::fs::read(&file).unwrap(), before, "repairs are not written without a save");
}

/// The core's messages follow the UI's language: a file that cannot be read says why in
/// Russian, repairs are listed in Polish, and what comes from the file stays as it is.
#[tokio::test]
async fn the_cores_messages_are_in_the_uis_language() {
    // A message of the core's catalogue, as written there (one line each).
    let message = |lang: &str, id: &str| -> String {
        let path = journey_mapper_e2e::workspace_root().join(format!("src-tauri/core/locales/{lang}/core.ftl"));
        let catalogue = std::fs::read_to_string(&path).unwrap();
        let line = catalogue.lines().find_map(|l| l.strip_prefix(&format!("{id} = ")).map(str::to_owned));
        line.unwrap_or_else(|| panic!("{id} in {}", path.display()))
    };
    let in_language = |file: &std::path::Path, lang: &str| {
        Launch::file(file).env("LANGUAGE", lang).env("LANG", format!("{lang}.UTF-8")).env("LC_ALL", "")
    };
    let dir = tempfile::tempdir().unwrap();

    // The same line `check` prints in English (see truncated.journey.json.expected).
    let file = copy_fixture("invalid/truncated.journey.json", dir.path());
    let app = App::launch(in_language(&file, "ru_RU")).await;
    let shown = app.wait_for("[data-error]").await.attr("data-error").await.unwrap().unwrap_or_default();
    let template = message("ru", "load-truncated");
    let expected = format!("{}:{}", file.display(), template.replace("{ $line }", "31").replace("{ $column }", "6"));
    assert_eq!(shown, expected);
    assert!(shown.contains("файл обрывается"), "{shown}");
    app.screenshot("12-unreadable-file-russian").await;
    app.close().await;

    let file = copy_fixture("repaired/several-repairs.journey.json", dir.path());
    let app = App::launch(in_language(&file, "pl_PL")).await;
    app.ready().await;
    app.wait_count("[data-notes] [data-note]", 2).await;
    let notes = app.wait_for("[data-notes]").await.text().await.unwrap();
    let sentiment = message("pl", "repair-not-a-sentiment").replace("{ $found }", "5");
    let stage = message("pl", "repair-no-stage").replace("{ $stage }", "Unsorted");
    assert!(notes.contains(&format!("touchpoints[1].sentiment: {sentiment}")), "{notes}");
    assert!(notes.contains(&format!("touchpoints[2].stage: {stage}")), "{notes}");
    app.screenshot("13-repaired-file-polish").await;
    app.close().await;
}

/// Every fixture gives, in the window, the outcome written next to it: a map on screen
/// (`ok`), a map with its repairs listed, or the error screen with the very line that
/// `journey-mapper check` prints.
#[tokio::test]
async fn every_fixture_gives_its_written_outcome_in_the_window() {
    let root = journey_mapper_e2e::workspace_root().join("tests/fixtures");
    let mut checked = 0;
    for group in ["valid", "repaired", "invalid"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(group))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for path in files {
            let expected = std::fs::read_to_string(format!("{}.expected", path.display())).unwrap();
            let expected = expected.trim_end().replace("{file}", path.to_str().unwrap());
            let before = std::fs::read(&path).unwrap();
            let app = App::launch(Launch::file(&path)).await;
            match group {
                // What `check` refuses for its git conflict markers the app opens as the merge
                // of the versions in the file, to be resolved (tests/e2e/tests/merge.rs).
                "invalid" if expected.contains("unresolved merge conflicts") => {
                    app.ready().await;
                    app.wait_text("[data-notes]", "git conflict markers").await;
                }
                "invalid" => {
                    let screen = app.wait_for("[data-error]").await;
                    let shown = screen.attr("data-error").await.unwrap().unwrap_or_default();
                    assert_eq!(shown, expected, "{}", path.display());
                    assert_eq!(app.count("[data-ready='true']").await, 0);
                }
                _ => {
                    app.ready().await;
                    let notes = app.count("[data-notes] [data-note]").await;
                    if expected == "ok" {
                        assert_eq!(notes, 0, "{}: opens silently", path.display());
                    } else {
                        // The CLI's line lists the same notes, separated by "; ".
                        assert!(notes > 0, "{}: shows its notes", path.display());
                        for note in app.find_all("[data-notes] [data-note]").await {
                            let text = note.text().await.unwrap();
                            assert!(expected.contains(text.trim()), "{}: note {text:?} not in {expected}", path.display());
                        }
                    }
                }
            }
            app.close().await;
            assert_eq!(std::fs::read(&path).unwrap(), before, "{} unchanged", path.display());
            checked += 1;
        }
    }
    assert!(checked >= 20, "{checked} fixtures");
}
