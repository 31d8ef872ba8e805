//! Lanes in the real window: the grid of lanes and stages, dragging a card across both,
//! saving, adding and renaming a lane, and undo.
//! Run: cargo test -p journey-mapper-e2e --test lanes -- --test-threads=1   (after building the app)

use std::time::Duration;

use journey_mapper_e2e::fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{copy_fixture, wait_for_file, App, Launch};
use serde_json::{json, Value};

fn touchpoint(map: &Value, id: &str) -> Value {
    map["touchpoints"].as_array().unwrap().iter().find(|t| t["id"] == id).cloned().unwrap_or(Value::Null)
}

/// The card ids in one cell, top to bottom.
async fn cell(app: &App, stage: &str, lane: &str) -> Value {
    app.eval(&format!(
        "return [...document.querySelectorAll(\"[data-stage-id='{stage}'] [data-cell][data-lane-id='{lane}'] [data-touchpoint-id]\")]\
         .map(e => e.dataset.touchpointId)"
    ))
    .await
}

async fn lane_names(app: &App) -> Value {
    app.eval("return [...document.querySelectorAll('[data-lane-header] [data-lane-name]')].map(e => e.textContent.trim())").await
}

async fn wait_lane_names(app: &App, expected: Value) {
    let end = std::time::Instant::now() + journey_mapper_e2e::PATIENCE;
    loop {
        let names = lane_names(app).await;
        if names == expected {
            return;
        }
        assert!(std::time::Instant::now() < end, "lanes: expected {expected}, shown {names}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn drag_across_lanes_and_stages_then_add_and_rename_a_lane() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture("valid/details-and-lanes.journey.json", dir.path());
    let app = App::launch(Launch::file(&file)).await;
    app.ready().await;

    // The grid: three lanes down the left, three stages across, a cell for each pair.
    app.wait_count("[data-lane-header]", 3).await;
    app.wait_count("[data-stage-id]", 3).await;
    app.wait_count("[data-cell]", 9).await;
    wait_lane_names(&app, json!(["Customer actions", "Touchpoints", "Pain points"])).await;
    assert_eq!(cell(&app, "s-need", "l-actions").await, json!(["t-mirror"]));
    assert_eq!(cell(&app, "s-search", "l-touchpoints").await, json!(["t-ad"]));
    assert_eq!(cell(&app, "s-decision", "l-pains").await, json!(["t-price"]));
    // A lane's cells line up with its header across the stages.
    let tops = app
        .eval(
            "return ['l-actions', 'l-touchpoints', 'l-pains'].map(l => [\
               document.querySelector(`[data-lane-header][data-lane-id='${l}']`).getBoundingClientRect().top,\
               ...[...document.querySelectorAll(`[data-cell][data-lane-id='${l}']`)].map(c => c.getBoundingClientRect().top)])",
        )
        .await;
    for row in tops.as_array().unwrap() {
        let row: Vec<f64> = row.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
        assert!(row[1..].iter().all(|t| (t - row[1]).abs() < 1.0), "cells of a lane line up: {row:?}");
        assert!(row[0] >= row[1] && row[0] - row[1] < 16.0, "the lane header sits in its row: {row:?}");
    }
    app.screenshot("55-lanes").await;

    // Drag the VK ad (Поиск информации, Touchpoints) to Decyzja, Pain points, above the price
    // card: press, move there, look at the drop gap, release.
    // The target in the middle of the view: near the board's edge a drag scrolls it.
    app.eval("document.querySelector(\"[data-touchpoint-id='t-price']\").scrollIntoView({ block: 'center' }); return null").await;
    let ad = app.wait_for("[data-touchpoint-id='t-ad']").await;
    let price = app.wait_for("[data-touchpoint-id='t-price']").await;
    let press = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: ad.clone(), duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(50)), x: 8.0, y: 8.0 })
        .then(PointerAction::MoveToElement { element: price.clone(), duration: Some(Duration::from_millis(300)), x: 0.0, y: -20.0 })
        .then(PointerAction::MoveToElement { element: price.clone(), duration: Some(Duration::from_millis(100)), x: 1.0, y: -20.0 });
    app.client.perform_actions(press).await.expect("pointer press and move");
    app.wait_for("[data-stage-id='s-decision'] [data-lane-id='l-pains'] [data-drop-indicator]").await;
    app.wait_for("[data-drag-ghost]").await;
    app.screenshot("56-lane-drag").await;
    let release = MouseActions::new("mouse".into()).then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    app.client.perform_actions(release).await.expect("pointer release");
    let _ = app.client.release_actions().await;

    app.wait_for("[data-stage-id='s-decision'] [data-lane-id='l-pains'] [data-touchpoint-id='t-ad']").await;
    assert_eq!(cell(&app, "s-decision", "l-pains").await, json!(["t-ad", "t-price"]));
    app.wait_count("[data-stage-id='s-search'] [data-touchpoint-id]", 0).await;
    app.wait_count("[data-drop-indicator]", 0).await;

    // Alt+Down at the bottom of a cell moves the card into the lane below.
    app.wait_for("[data-touchpoint-id='t-mirror']").await.click().await.unwrap();
    app.chord(&[Key::Alt], Key::Down.into()).await;
    app.wait_for("[data-stage-id='s-need'] [data-lane-id='l-touchpoints'] [data-touchpoint-id='t-mirror']").await;

    app.chord(&[Key::Control], 's').await;
    let text = wait_for_file(&file, "the ad saved in Decyzja / Pain points, the mirror in Touchpoints", |text| {
        serde_json::from_str::<Value>(text).is_ok_and(|m| {
            let ad = touchpoint(&m, "t-ad");
            ad["stage"] == "s-decision" && ad["lane"] == "l-pains" && touchpoint(&m, "t-mirror")["lane"] == "l-touchpoints"
        })
    })
    .await;
    let saved: Value = serde_json::from_str(&text).unwrap();
    let order: Vec<&str> = saved["touchpoints"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["stage"] == "s-decision")
        .map(|t| t["id"].as_str().unwrap())
        .collect();
    assert_eq!(order, ["t-ad", "t-price"], "the ad is above the price card");
    assert_eq!(saved["lanes"].as_array().unwrap().len(), 3);

    // Add a blank lane and name it at once (the button is below the lanes: scroll to it).
    app.wait_for("[data-action='add-lane']").await;
    app.eval("document.querySelector(\"[data-action='add-lane']\").scrollIntoView({ block: 'center' }); return null").await;
    app.wait_for("[data-action='add-lane']").await.click().await.unwrap();
    app.wait_for("[data-lane-menu]").await;
    app.wait_for("[data-action='add-blank-lane']").await.click().await.unwrap();
    let field = app.wait_for("[data-lane-header] input").await;
    field.send_keys(&format!("Emotions{}", char::from(Key::Enter))).await.unwrap();
    wait_lane_names(&app, json!(["Customer actions", "Touchpoints", "Pain points", "Emotions"])).await;
    app.wait_count("[data-cell]", 12).await;

    // Rename a lane from its header's tools.
    app.wait_for("[data-lane-header][data-lane-id='l-pains'] [data-action='rename-lane']").await.click().await.unwrap();
    let field = app.wait_for("[data-lane-header][data-lane-id='l-pains'] input").await;
    field.send_keys(&format!("Frictions{}", char::from(Key::Enter))).await.unwrap();
    wait_lane_names(&app, json!(["Customer actions", "Touchpoints", "Frictions", "Emotions"])).await;

    // Undo the rename, the new lane's name and the new lane.
    app.wait_for("[data-touchpoint-id='t-price']").await.click().await.unwrap();
    app.chord(&[Key::Control], 'z').await;
    wait_lane_names(&app, json!(["Customer actions", "Touchpoints", "Pain points", "Emotions"])).await;
    app.chord(&[Key::Control], 'z').await;
    app.chord(&[Key::Control], 'z').await;
    wait_lane_names(&app, json!(["Customer actions", "Touchpoints", "Pain points"])).await;
    app.wait_count("[data-cell]", 9).await;
    // The moves made before stay.
    assert_eq!(cell(&app, "s-decision", "l-pains").await, json!(["t-ad", "t-price"]));
    app.close().await;
}
