//! A big map in the real window: only the cards near the visible area are in the DOM, the
//! others come as the board scrolls; a card dragged from far down a stage lands at the right
//! place among cards that are not rendered; the selected card stays rendered when scrolled
//! away, and the keyboard reaches a card that was not rendered. Saved, the order is right.
//! Run: cargo test -p journey-mapper-e2e --test big_map -- --test-threads=1   (after building the app)

use std::process::Command;
use std::time::{Duration, Instant};

use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{cards_in_stage, app_binary, wait_for_file, App, Launch, PATIENCE};
use serde_json::Value;

/// Writes a generated map: 2,000 touchpoints over 10 stages, so stage-N holds tp-(200N) to
/// tp-(200N+199), in that order.
fn generate(path: &std::path::Path, lanes: usize) {
    let status = Command::new(app_binary())
        .args(["generate", path.to_str().unwrap(), "--touchpoints", "2000", "--stages", "10", "--seed", "5"])
        .args(["--lanes", &lanes.to_string()])
        .status()
        .expect("journey-mapper generate");
    assert!(status.success());
}

async fn scroll_board(app: &App, top: &str) {
    app.eval(&format!("document.querySelector('[data-board-scroll]').scrollTop = {top}; return null")).await;
}

async fn wait_gone(app: &App, css: &str) {
    let end = Instant::now() + PATIENCE;
    while app.count(css).await > 0 {
        assert!(Instant::now() < end, "{css} still in the DOM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}


#[tokio::test]
async fn a_big_map_renders_what_is_visible_and_drags_and_keys_work_across_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.journey.json");
    generate(&file, 0);
    let app = App::launch(Launch::file(&file).env("LANGUAGE", "en")).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;

    // The first cards are there; far fewer than 2,000 are in the DOM.
    app.wait_for("[data-touchpoint-id='tp-0']").await;
    app.wait_for("[data-touchpoint-id='tp-200']").await;
    let rendered = app.count("[data-touchpoint-id]").await;
    assert!(rendered < 600, "{rendered} cards rendered of 2,000");
    assert_eq!(app.count("[data-touchpoint-id='tp-199']").await, 0);
    // Each stage still says how many cards it has.
    app.wait_text("[data-stage-id='stage-0'] [data-stage-header]", "200").await;
    app.screenshot("61-big-map").await;

    // Scrolled to the bottom: the last cards come, the first go.
    scroll_board(&app, "1e9").await;
    app.wait_for("[data-touchpoint-id='tp-199']").await;
    app.wait_for("[data-touchpoint-id='tp-399']").await;
    wait_gone(&app, "[data-touchpoint-id='tp-0']").await;

    // The last card of stage 0 dragged above the last card of stage 1: it lands there,
    // among 199 cards of which most are not rendered.
    let from = app.wait_for("[data-touchpoint-id='tp-199']").await;
    let to = app.wait_for("[data-touchpoint-id='tp-399']").await;
    app.drag(&from, &to, -20.0).await;
    app.wait_for("[data-stage-id='stage-1'] [data-touchpoint-id='tp-199'][data-selected='true']").await;
    app.wait_text("[data-stage-id='stage-1'] [data-stage-header]", "201").await;

    // Scrolled back to the top, the selected card stays in the DOM (it has the focus).
    scroll_board(&app, "0").await;
    app.wait_for("[data-touchpoint-id='tp-0']").await;
    wait_gone(&app, "[data-touchpoint-id='tp-398']").await;
    assert_eq!(app.count("[data-touchpoint-id='tp-199']").await, 1, "the selected card stays rendered");
    // The arrow key goes to the next card, far below and not rendered: it comes, selected,
    // focused and scrolled into view.
    app.chord(&[], char::from(Key::Down)).await;
    app.wait_for("[data-touchpoint-id='tp-399'][data-selected='true']:focus").await;
    let top = app.eval("return document.querySelector('[data-board-scroll]').scrollTop").await;
    assert!(top.as_f64().unwrap_or(0.0) > 1000.0, "scrolled to the card: {top}");

    app.chord(&[Key::Control], 's').await;
    let text = wait_for_file(&file, "the map saved with the moved card", |t| t.contains("\"tp-199\"") && {
        serde_json::from_str::<Value>(t).is_ok_and(|m| cards_in_stage(&m, "stage-1").contains(&"tp-199".to_owned()))
    })
    .await;
    let saved: Value = serde_json::from_str(&text).unwrap();
    let stage1 = cards_in_stage(&saved, "stage-1");
    assert_eq!(stage1.len(), 201);
    assert_eq!(&stage1[198..], ["tp-398", "tp-199", "tp-399"], "dropped just above tp-399");
    assert_eq!(cards_in_stage(&saved, "stage-0").len(), 199);
    app.close().await;
}

#[tokio::test]
async fn a_big_map_with_lanes_renders_each_cell_windowed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lanes.journey.json");
    generate(&file, 4);
    let app = App::launch(Launch::file(&file).env("LANGUAGE", "en")).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;
    app.wait_for("[data-lanes] [data-cell] [data-touchpoint-id]").await;
    let rendered = app.count("[data-touchpoint-id]").await;
    assert!(rendered > 0 && rendered < 800, "{rendered} cards rendered of 2,000");
    // The last lane's cells are far below; scrolled there, their cards come.
    let last_lane = "[data-stage-id='stage-0'] [data-cell][data-lane-id='lane-3'] [data-touchpoint-id]";
    scroll_board(&app, "1e9").await;
    app.wait_for(last_lane).await;
    app.screenshot("62-big-map-lanes").await;
    app.close().await;
}
