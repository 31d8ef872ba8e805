//! The detail panels in the real window: a touchpoint's details and the map's, filled in
//! with the mouse and keyboard, saved, and found in the file; the yearly review reminder.
//! Run: cargo test -p journey-mapper-e2e --test details -- --test-threads=1   (after building the app)

use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{app_binary, wait_for_file, App, Launch};
use serde_json::{json, Value};

fn touchpoint(map: &Value, id: &str) -> Value {
    map["touchpoints"].as_array().unwrap().iter().find(|t| t["id"] == id).cloned().unwrap_or(Value::Null)
}

/// Today's local date, `YYYY-MM-DD`, as the app sees it.
fn local_today() -> String {
    let out = std::process::Command::new("date").arg("+%F").output().expect("date");
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

#[tokio::test]
async fn fill_in_a_touchpoint_and_the_map_then_save() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("details.journey.json");
    // The sample is untitled: Save asks where, and the test hook answers.
    let launch = Launch::default().env("JOURNEY_MAPPER_TEST_DIALOG_PATH", target.to_str().unwrap()).env("LANGUAGE", "en");
    let app = App::launch(launch).await;
    app.ready().await;
    // The whole screen, so that the screenshots show the board beside the panel.
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;

    // Select a card and open its details from the card's own button.
    app.wait_for("[data-touchpoint-id='tp-cart']").await.click().await.unwrap();
    app.wait_for("[data-touchpoint-id='tp-cart'] [data-action='touchpoint-details']").await.click().await.unwrap();
    let panel = "[data-touchpoint-panel='tp-cart']";
    app.wait_for(panel).await;
    app.wait_text(panel, "Stage: Purchase").await;

    // Channel: a choice of the fifteen.
    app.wait_for(&format!("{panel} [data-field='channel'] option[value='store']")).await.click().await.unwrap();
    app.wait_for(&format!("{panel} [data-field='channel'] option[value='store']:checked")).await;
    // Owner team: free text, committed with Enter.
    app.type_and_enter(&format!("{panel} [data-field='owner']"), "Web shop team").await;
    // Score: the fifth segment.
    app.wait_for(&format!("{panel} [data-field='score'] input[data-value='5']")).await.click().await.unwrap();
    app.wait_for(&format!("{panel} [data-field='score'] input[data-value='5']:checked")).await;
    // A pain point and a hypothesis, added from their lists' last fields.
    app.type_and_enter(&format!("{panel} [data-list='painPoints'] [data-add-item] textarea"), "Delivery cost shows up late").await;
    app.wait_count(&format!("{panel} [data-list='painPoints'] [data-item]"), 1).await;
    app.type_and_enter(&format!("{panel} [data-list='hypotheses'] [data-add-item] textarea"), "A free-delivery badge lifts add-to-cart").await;
    app.wait_count(&format!("{panel} [data-list='hypotheses'] [data-item]"), 1).await;
    app.wait_for(&format!("{panel} [data-field='hypothesis-status'] option[value='testing']")).await.click().await.unwrap();
    app.wait_for(&format!("{panel} [data-field='hypothesis-status'] option[value='testing']:checked")).await;
    app.wait_for(&format!("{panel} [data-list='hypotheses'] .item.testing")).await;
    app.scroll_panel_to(&format!("{panel} [data-list='painPoints']")).await;
    app.screenshot("53-touchpoint-panel-lists").await;
    app.scroll_panel_to(&format!("{panel} section")).await;
    app.screenshot("50-touchpoint-panel").await;

    // Map details, from the toolbar: a customer's goal and today's review.
    app.wait_for("[data-action='map-details']").await.click().await.unwrap();
    app.wait_for("[data-map-details-panel]").await;
    assert_eq!(app.count("[data-touchpoint-panel]").await, 0, "one panel at a time");
    app.type_and_enter("[data-map-details-panel] [data-list='customerGoals'] [data-add-item] textarea", "Get the parcel before the weekend").await;
    app.wait_js("the new customer's goal in the list",
        "return [...document.querySelectorAll(\"[data-list='customerGoals'] [data-item] textarea\")].some((f) => f.value === 'Get the parcel before the weekend')",
    )
    .await;
    let review_field = "return document.querySelector('[data-field=\"lastReview\"]').value";
    let before = app.eval(review_field).await;
    assert_ne!(before.as_str(), Some(local_today().as_str()), "the sample was reviewed on another day");
    app.wait_for("[data-map-details-panel] [data-action='reviewed-today']").await.click().await.unwrap();
    app.wait_text("[data-review-status]", "Last reviewed today").await;
    app.scroll_panel_to("[data-map-details-panel] [data-list='businessGoals']").await;
    app.screenshot("54-map-details-review").await;
    app.scroll_panel_to("[data-map-details-panel] section").await;
    app.screenshot("51-map-details").await;

    app.chord(&[Key::Control], 's').await;
    let text = wait_for_file(&target, "the map saved where the dialog said", |t| t.ends_with("}\n")).await;
    let saved: Value = serde_json::from_str(&text).unwrap();
    let cart = touchpoint(&saved, "tp-cart");
    assert_eq!(cart["channel"], "store", "{cart}");
    assert_eq!(cart["owner"], "Web shop team", "{cart}");
    assert_eq!(cart["score"], 5, "{cart}");
    assert_eq!(cart["painPoints"], json!(["Delivery cost shows up late"]), "{cart}");
    assert_eq!(cart["hypotheses"], json!([{ "text": "A free-delivery badge lifts add-to-cart", "status": "testing" }]), "{cart}");
    // What the test did not touch stays.
    assert_eq!(cart["presence"], "online", "{cart}");
    assert_eq!(cart["title"], "Adding to cart", "{cart}");
    let goals = saved["customerGoals"].as_array().unwrap();
    assert_eq!(goals.last().unwrap(), "Get the parcel before the weekend", "{goals:?}");
    assert_eq!(saved["lastReview"], local_today().as_str());
    assert_eq!(saved["personas"].as_array().map(|p| p.len()), Some(1), "the sample's persona stays");

    // Undo is per change: one step takes the review date back, and the panel shows it.
    app.wait_for("[data-action='undo']").await.click().await.unwrap();
    // "Last reviewed today" also contains "Last reviewed": wait for the date itself.
    app.wait_js("the date before the review back in the panel", &format!("{review_field} === {before}")).await;
    app.close().await;
}

#[tokio::test]
async fn a_map_not_reviewed_for_over_a_year_shows_a_reminder() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("old.journey.json");
    let made = std::process::Command::new(app_binary()).args(["new", file.to_str().unwrap()]).output().unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let mut map: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    map["lastReview"] = json!("2024-03-15");
    std::fs::write(&file, serde_json::to_string_pretty(&map).unwrap() + "\n").unwrap();

    let app = App::launch(Launch::file(&file).env("LANGUAGE", "en")).await;
    app.ready().await;
    app.wait_text("[data-review-reminder]", "Last reviewed").await;
    app.wait_text("[data-review-reminder]", "time to review this map").await;
    app.screenshot("52-review-reminder").await;
    app.wait_for("[data-review-reminder] [data-action='mark-reviewed']").await.click().await.unwrap();
    app.wait_count("[data-review-reminder]", 0).await;
    app.wait_for("[data-unsaved]").await;
    app.chord(&[Key::Control], 's').await;
    let today = local_today();
    let text = wait_for_file(&file, "the review date saved", |t| t.contains(&today)).await;
    let saved: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(saved["lastReview"], today.as_str());
    app.close().await;
}
