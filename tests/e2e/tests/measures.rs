//! A card's measures in the real window: the metric badge on the board, the details
//! panel's metrics, ratings and feedback sections, the heat view with its legend and the
//! stages' aggregates, in English, Russian and Polish; a metric added and saved.
//! Run: cargo test -p journey-mapper-e2e --test measures -- --test-threads=1   (after building the app)

use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{copy_fixture, wait_for_file, App, Launch};
use serde_json::Value;

#[tokio::test]
async fn a_cards_measures_show_on_the_board_and_in_its_details_in_three_languages() {
    let app = App::launch(Launch::default().env("LANGUAGE", "en")).await;
    app.ready().await;
    // The sample's checkout misses its NPS target: the badge says so with a sign, not colour alone.
    let badge = app.wait_text("[data-touchpoint-id='tp-checkout'] [data-metric-badge]", "✗").await;
    assert!(!badge.trim().is_empty(), "the badge shows a value");
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;
    app.wait_for("[data-touchpoint-id='tp-checkout']").await.click().await.unwrap();
    app.wait_for("[data-touchpoint-id='tp-checkout'] [data-action='touchpoint-details']").await.click().await.unwrap();
    app.wait_for("[data-section='metrics'] [data-metric='NPS']").await;
    app.wait_for("[data-section='ratings']").await;
    app.wait_for("[data-section='feedback']").await;
    app.scroll_panel_to("[data-section='metrics']").await;
    app.screenshot("93-touchpoint-measures").await;
    for (lang, heading, shot) in [("ru", "Метрики", "94-touchpoint-measures-russian"), ("pl", "Wskaźniki", "95-touchpoint-measures-polish")] {
        app.wait_for("[data-language]").await.click().await.unwrap();
        app.wait_for(&format!("[data-language] option[value='{lang}']")).await.click().await.unwrap();
        app.wait_text("[data-section='metrics']", heading).await;
        app.scroll_panel_to("[data-section='metrics']").await;
        app.screenshot(shot).await;
    }
    app.close().await;
}

#[tokio::test]
async fn the_heat_view_colours_the_board_by_a_measure_in_three_languages() {
    let app = App::launch(Launch::default().env("LANGUAGE", "en")).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;
    // The sample's first metric is on the board; the heat view colours every card by it.
    app.wait_for("[data-measure-pick]").await;
    app.wait_for("[data-action='heat-view']").await.click().await.unwrap();
    app.wait_for("[data-heat-legend]").await;
    app.wait_for("[data-touchpoint-id='tp-checkout'][data-heat]").await;
    app.wait_for("[data-heat='none']").await;
    app.wait_for("[data-stage-measure]").await;
    let steps = app.eval("return [...document.querySelectorAll('[data-touchpoint-id][data-heat]')].map((c) => c.dataset.heat)").await;
    let steps: Vec<&str> = steps.as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert!(steps.iter().any(|s| *s != "none"), "some cards are measured: {steps:?}");
    app.screenshot("96-heat-view").await;
    for (lang, legend, shot) in [("ru", "хуже", "97-heat-view-russian"), ("pl", "gorzej", "98-heat-view-polish")] {
        app.wait_for("[data-language]").await.click().await.unwrap();
        app.wait_for(&format!("[data-language] option[value='{lang}']")).await.click().await.unwrap();
        app.wait_text("[data-heat-legend]", legend).await;
        app.screenshot(shot).await;
    }
    app.close().await;
}

#[tokio::test]
async fn nps_added_in_the_panel_shows_on_the_board_and_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture("valid/metrics-1.2.journey.json", dir.path());
    let app = App::launch(Launch::file(&file).env("LANGUAGE", "en")).await;
    app.ready().await;
    app.wait_for("[data-touchpoint-id='t-search']").await.click().await.unwrap();
    app.wait_for("[data-touchpoint-id='t-search'] [data-action='touchpoint-details']").await.click().await.unwrap();
    app.wait_for("[data-section='metrics']").await;
    let name = app.wait_for("[data-field='new-metric-name']").await;
    name.click().await.unwrap();
    name.send_keys("NPS").await.unwrap();
    app.type_and_enter("[data-field='new-metric-value']", "35").await;
    app.wait_for("[data-section='metrics'] [data-metric='NPS']").await;
    // NPS is the map's first metric: the board shows it, off its target of 50, by a sign.
    app.wait_text("[data-touchpoint-id='t-search'] [data-metric-badge='NPS']", "✗").await;
    app.wait_for("[data-action='heat-view']").await.click().await.unwrap();
    app.wait_for("[data-touchpoint-id='t-search'][data-heat='3']").await;
    app.wait_for("[data-touchpoint-id='t-call'][data-heat='none']").await;
    app.wait_for("[data-filter-measure='offTarget']").await.click().await.unwrap();
    app.wait_for("[data-touchpoint-id='t-doctor'][data-dimmed='true']").await;

    app.chord(&[Key::Control], 's').await;
    let text = wait_for_file(&file, "the map saved with the card's NPS", |t| t.contains("\"value\": 35")).await;
    let saved: Value = serde_json::from_str(&text).unwrap();
    let search = saved["touchpoints"].as_array().unwrap().iter().find(|t| t["id"] == "t-search").unwrap();
    let nps = search["metrics"].as_array().unwrap().iter().find(|m| m["name"] == "NPS").unwrap();
    assert_eq!(nps["value"], 35, "{search}");
    assert_eq!(search["metrics"].as_array().unwrap().len(), 3, "the card's other metrics stay: {search}");
    assert_eq!(saved["version"], "1.2");
    app.close().await;
}

#[tokio::test]
async fn a_survey_export_goes_into_the_cards_it_names_in_one_step_and_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let map = dir.path().join("shop.journey.json");
    std::fs::copy(journey_mapper_e2e::workspace_root().join("src-tauri/core/src/model/sample.journey.json"), &map).unwrap();
    // A survey tool's export as Excel writes it in Russian: Windows-1251, semicolons,
    // decimal commas, a row dated by its own column.
    let survey = copy_fixture("metrics/survey-ru-windows-1251.csv", dir.path());
    let launch = Launch::file(&map).env("LANGUAGE", "en").env("JOURNEY_MAPPER_TEST_DIALOG_PATH", survey.to_str().unwrap());
    let app = App::launch(launch).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;
    app.wait_for("[data-action='map-details']").await.click().await.unwrap();
    app.wait_for("[data-map-details-panel] [data-action='import-metrics']").await.click().await.unwrap();
    // The preview: each card with its new value beside its old one.
    let checkout = app.wait_text("[data-metrics-import-dialog] [data-metrics-card='tp-checkout']", "-8").await;
    assert!(checkout.contains("NPS"), "{checkout}");
    app.wait_for("[data-metrics-import-dialog] [data-metrics-counts]").await;
    assert_eq!(app.count("[data-metrics-unmatched]").await, 0, "every row names one card");
    app.screenshot("99-import-metrics").await;
    app.wait_for("[data-action='start-metrics-import']").await.click().await.unwrap();
    app.wait_count("[data-metrics-import-dialog]", 0).await;
    app.wait_text("[data-touchpoint-id='tp-checkout'] [data-metric-badge='NPS']", "-8").await;
    app.wait_for("[data-unsaved]").await;

    app.chord(&[Key::Control], 's').await;
    let text = wait_for_file(&map, "the map saved with the survey's values", |t| t.contains("\"value\": -8")).await;
    let saved: Value = serde_json::from_str(&text).unwrap();
    let card = saved["touchpoints"].as_array().unwrap().iter().find(|t| t["id"] == "tp-checkout").unwrap();
    let nps = card["metrics"].as_array().unwrap().iter().find(|m| m["name"] == "NPS").unwrap();
    assert_eq!((nps["value"].as_f64(), nps["date"].as_str()), (Some(-8.0), Some("2026-11-30")), "{card}");
    // One undo step takes every value back.
    app.wait_for("[data-action='undo']").await.click().await.unwrap();
    app.wait_js("the old NPS back on the board", "return !document.querySelector(\"[data-touchpoint-id='tp-checkout'] [data-metric-badge]\")?.textContent.includes('-8')").await;
    app.close().await;
}
