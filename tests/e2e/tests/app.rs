//! The flows of a marketer's first session, in the real window.
//! Run: cargo test -p journey-mapper-e2e -- --test-threads=1   (after building the app)


use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{app_binary, copy_fixture, fixture, wait_for_file, App, Launch};
use serde_json::Value;

fn touchpoint(map: &Value, id: &str) -> Value {
    map["touchpoints"].as_array().unwrap().iter().find(|t| t["id"] == id).cloned().unwrap_or(Value::Null)
}

#[tokio::test]
async fn drag_tag_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture("valid/coffee-shop-small.journey.json", dir.path());
    let on_disk: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let expected_cards = on_disk["touchpoints"].as_array().unwrap().len();

    let app = App::launch(Launch::file(&file)).await;
    app.ready().await;
    app.wait_count("[data-touchpoint-id]", expected_cards).await;
    app.wait_count("[data-stage-id]", 3).await;
    app.screenshot("01-opened-file").await;

    // Drag the ad from "Before" into "Во время" with the pointer.
    let card = app.wait_for("[data-touchpoint-id='t-ad']").await;
    let target = app.wait_for("[data-stage-id='s-during'] [data-touchpoint-id='t-barista']").await;
    app.drag(&card, &target, 20.0).await;
    app.wait_for("[data-stage-id='s-during'] [data-touchpoint-id='t-ad']").await;
    app.wait_count("[data-stage-id='s-before'] [data-touchpoint-id]", 1).await;

    // Tag it negative from the keyboard (the selected card takes 1/2/3).
    let card = app.wait_for("[data-touchpoint-id='t-ad']").await;
    card.click().await.unwrap();
    app.chord(&[], '3').await;
    app.wait_for("[data-touchpoint-id='t-ad'][data-sentiment='negative']").await;
    app.screenshot("02-dragged-and-tagged").await;

    app.chord(&[Key::Control], 's').await;
    let text = wait_for_file(&file, "the ad saved in Во время as negative", |text| {
        serde_json::from_str::<Value>(text).is_ok_and(|m| {
            let t = touchpoint(&m, "t-ad");
            t["stage"] == "s-during" && t["sentiment"] == "negative"
        })
    })
    .await;
    let saved: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(saved["touchpoints"].as_array().unwrap().len(), expected_cards);
    assert_eq!(saved["title"], on_disk["title"]);
    app.close().await;

    let app = App::launch(Launch::file(&file)).await;
    app.ready().await;
    app.wait_for("[data-stage-id='s-during'] [data-touchpoint-id='t-ad'][data-sentiment='negative']").await;
    app.wait_count("[data-touchpoint-id]", expected_cards).await;
    app.screenshot("03-reopened").await;
    app.close().await;
}

#[tokio::test]
async fn keyboard_moves_and_undo_redo() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture("valid/coffee-shop-small.journey.json", dir.path());
    let before = std::fs::read(&file).unwrap();
    let app = App::launch(Launch::file(&file)).await;
    app.ready().await;

    let card = app.wait_for("[data-touchpoint-id='t-review']").await;
    card.click().await.unwrap();
    app.chord(&[Key::Alt], Key::Right.into()).await;
    app.wait_for("[data-stage-id='s-during'] [data-touchpoint-id='t-review']").await;

    app.chord(&[Key::Control], 'z').await;
    app.wait_for("[data-stage-id='s-before'] [data-touchpoint-id='t-review']").await;
    app.chord(&[Key::Control, Key::Shift], 'z').await;
    app.wait_for("[data-stage-id='s-during'] [data-touchpoint-id='t-review']").await;
    app.close().await;
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing is written without a save");
}

#[tokio::test]
async fn the_sample_map_opens_without_arguments() {
    let app = App::launch(Launch::default()).await;
    app.ready().await;
    app.wait_count("[data-stage-id]", 5).await;
    let cards = app.count("[data-stage-id] [data-touchpoint-id]").await;
    assert!((15..=25).contains(&cards), "{cards} cards");
    for sentiment in ["positive", "neutral", "negative"] {
        assert!(app.count(&format!("[data-sentiment='{sentiment}']")).await > 0, "{sentiment} cards shown");
    }
    app.screenshot("00-sample-map").await;
    app.close().await;
}

#[tokio::test]
async fn a_broken_file_gets_a_message_and_stays_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture("invalid/truncated.journey.json", dir.path());
    let before = std::fs::read(&file).unwrap();
    let app = App::launch(Launch::file(&file)).await;
    let error = app.wait_for("[data-error]").await;
    let text = error.text().await.unwrap();
    assert!(text.contains("truncated.journey.json") && text.contains("truncated"), "{text}");
    assert_eq!(app.count("[data-ready='true']").await, 0);
    app.screenshot("04-broken-file").await;
    app.close().await;
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn the_binary_runs_the_cli_without_a_window() {
    let ok = std::process::Command::new(app_binary())
        .args(["check", fixture("valid/online-store.journey.json").to_str().unwrap()])
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stderr));
    let bad = std::process::Command::new(app_binary())
        .args(["check", fixture("invalid/truncated.journey.json").to_str().unwrap()])
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("truncated.journey.json:31:6: the file ends too early"));
}

#[tokio::test]
async fn saving_the_sample_asks_where_and_writes_a_map_named_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("chosen.journey.json");
    // The test hook answers the Save dialog with this path.
    let launch = Launch::default().env("JOURNEY_MAPPER_TEST_DIALOG_PATH", target.to_str().unwrap());
    let app = App::launch(launch).await;
    app.ready().await;
    let card = app.wait_for("[data-touchpoint-id='tp-cart']").await;
    card.click().await.unwrap();
    app.chord(&[], '3').await;
    app.wait_for("[data-touchpoint-id='tp-cart'][data-sentiment='negative']").await;
    app.chord(&[Key::Control], 's').await;
    let text = wait_for_file(&target, "the sample saved where the dialog said", |t| t.ends_with("}\n")).await;
    let saved: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(touchpoint(&saved, "tp-cart")["sentiment"], "negative");
    app.wait_text("[data-file-name]", "chosen.journey.json").await;
    app.close().await;
}
