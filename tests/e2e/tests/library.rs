//! The touchpoint library in the real window: L opens it beside the board with the sections
//! that suit the selected card's stage first; a touchpoint dragged from it lands where it is
//! dropped, with its channel; another is added with the keyboard (search, Tab, Enter) in one
//! undo step; both are saved.
//! Run: cargo test -p journey-mapper-e2e --test library -- --test-threads=1   (after building the app)

use std::time::{Duration, Instant};

use journey_mapper_e2e::fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{wait_for_file, App, Launch, PATIENCE};
use serde_json::{json, Value};

/// The titles of a stage's cards, top to bottom.
async fn titles(app: &App, stage: &str) -> Value {
    app.eval(&format!(
        "return [...document.querySelectorAll(\"[data-stage-id='{stage}'] [data-touchpoint-id] .title\")].map(e => e.textContent.trim())"
    ))
    .await
}

async fn wait_titles(app: &App, stage: &str, expected: Value) {
    let end = Instant::now() + PATIENCE;
    loop {
        let shown = titles(app, stage).await;
        if shown == expected {
            return;
        }
        assert!(Instant::now() < end, "{stage}: expected {expected}, shown {shown}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The library's sections in the order shown, and which of them suit the target stage.
async fn sections(app: &App) -> (Value, Value) {
    let all = app.eval("return [...document.querySelectorAll('[data-library-section]')].map(e => e.dataset.librarySection)").await;
    let suits =
        app.eval("return [...document.querySelectorAll('[data-library-section][data-suits]')].map(e => e.dataset.librarySection)").await;
    (all, suits)
}

fn touchpoint<'a>(map: &'a Value, title: &str) -> Option<&'a Value> {
    map["touchpoints"].as_array()?.iter().find(|t| t["title"] == title)
}

#[tokio::test]
async fn drag_a_touchpoint_from_the_library_add_one_by_keyboard_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("library.journey.json");
    // The sample is untitled: Save asks where, and the test hook answers.
    let launch = Launch::default().env("JOURNEY_MAPPER_TEST_DIALOG_PATH", target.to_str().unwrap()).env("LANGUAGE", "en");
    let app = App::launch(launch).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;

    // A card in Purchase selected, then L: the library opens beside the board, the sections
    // for a purchase stage first.
    app.wait_for("[data-touchpoint-id='tp-payment']").await.click().await.unwrap();
    app.wait_for("[data-touchpoint-id='tp-payment'][data-selected='true']").await;
    app.chord(&[], 'l').await;
    app.wait_for("[data-library-panel]").await;
    app.wait_count("[data-library-item]", 26).await;
    let (all, suits) = sections(&app).await;
    assert_eq!(all, json!(["purchase", "awareness", "consideration", "decision", "loyalty"]));
    assert_eq!(suits, json!(["purchase"]));
    app.wait_text("[data-library-target]", "“Purchase”").await;
    assert_eq!(app.count("[data-touchpoint-panel], [data-map-details-panel]").await, 0, "one panel at a time");

    // Drag "Delivery by courier" onto Purchase, just above the order confirmation. Both ends
    // in the middle of their views first: near the board's edge a drag scrolls it.
    app.eval(
        "document.querySelector(\"[data-touchpoint-id='tp-confirmation']\").scrollIntoView({ block: 'center', inline: 'center' });\
         document.querySelector(\"[data-library-item='Delivery by courier']\").scrollIntoView({ block: 'center' }); return null",
    )
    .await;
    let item = app.wait_for("[data-library-item='Delivery by courier']").await;
    let confirmation = app.wait_for("[data-touchpoint-id='tp-confirmation']").await;
    let press = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: item.clone(), duration: None, x: 0.0, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(50)), x: -8.0, y: 8.0 })
        .then(PointerAction::MoveToElement { element: confirmation.clone(), duration: Some(Duration::from_millis(400)), x: 0.0, y: -20.0 })
        .then(PointerAction::MoveToElement { element: confirmation.clone(), duration: Some(Duration::from_millis(100)), x: 1.0, y: -20.0 });
    app.client.perform_actions(press).await.expect("pointer press and move");
    // The same drop gap as a card's drag, in Purchase, and the new card under the pointer.
    app.wait_for("[data-stage-id='stage-purchase'] [data-drop-indicator]").await;
    assert_eq!(app.count("[data-drop-indicator]").await, 1);
    app.wait_text("[data-drag-ghost]", "Delivery by courier").await;
    app.screenshot("58-library").await;
    let release = MouseActions::new("mouse".into()).then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    app.client.perform_actions(release).await.expect("pointer release");
    let _ = app.client.release_actions().await;

    // Dropped there, with its channel, and selected; added once.
    wait_titles(
        &app,
        "stage-purchase",
        json!([
            "Adding to cart",
            "Checkout asks to create an account",
            "Paying by card or BLIK",
            "Delivery by courier",
            "Order confirmation email",
            "Courier delivery, two days late"
        ]),
    )
    .await;
    app.wait_count("[data-drop-indicator]", 0).await;
    app.wait_count("[data-drag-ghost]", 0).await;
    let selected = app.wait_for("[data-stage-id='stage-purchase'] [data-touchpoint-id][data-selected='true']").await;
    assert_eq!(selected.attr("data-touchpoint-id").await.unwrap().as_deref().map(|id| id.starts_with("tp")), Some(true));
    app.wait_text("[data-stage-id='stage-purchase'] [data-touchpoint-id][data-selected='true'] [data-card-meta]", "Partner").await;
    assert_eq!(app.count("[data-touchpoint-id]").await, 22, "one card added");

    // With the keyboard: a card in Decision selected, a search, Tab to the one item left, Enter.
    app.eval("document.querySelector(\"[data-touchpoint-id='tp-comparison']\").scrollIntoView({ block: 'center', inline: 'center' }); return null").await;
    app.wait_for("[data-touchpoint-id='tp-comparison']").await.click().await.unwrap();
    app.wait_text("[data-library-target]", "“Decision”").await;
    let (all, _) = sections(&app).await;
    assert_eq!(all[0], "decision");
    let search = app.wait_for("[data-library-search]").await;
    search.click().await.unwrap();
    search.send_keys("sales team").await.unwrap();
    app.wait_count("[data-library-item]", 1).await;
    app.chord(&[], char::from(Key::Tab)).await;
    app.wait_for("[data-library-item='Call to the sales team']:focus").await;
    app.chord(&[], char::from(Key::Enter)).await;
    let decision = json!([
        "Comparing prices with a marketplace",
        "Welcome promo code in a pop-up",
        "Delivery costs shown late",
        "Call to the sales team"
    ]);
    wait_titles(&app, "stage-decision", decision.clone()).await;
    // The focus stays in the library; the new card is selected.
    app.wait_for("[data-library-item='Call to the sales team']:focus").await;
    app.wait_text("[data-stage-id='stage-decision'] [data-touchpoint-id][data-selected='true'] .title", "Call to the sales team").await;
    app.screenshot("59-library-search").await;

    // One undo step takes the card away, channel and all; redo brings it back.
    app.chord(&[Key::Control], 'z').await;
    wait_titles(&app, "stage-decision", json!(["Comparing prices with a marketplace", "Welcome promo code in a pop-up", "Delivery costs shown late"])).await;
    app.chord(&[Key::Control, Key::Shift], 'z').await;
    wait_titles(&app, "stage-decision", decision).await;

    app.chord(&[Key::Control], 's').await;
    let text = wait_for_file(&target, "the map saved with both new cards", |t| {
        serde_json::from_str::<Value>(t)
            .is_ok_and(|m| touchpoint(&m, "Delivery by courier").is_some() && touchpoint(&m, "Call to the sales team").is_some())
    })
    .await;
    let saved: Value = serde_json::from_str(&text).unwrap();
    let courier = touchpoint(&saved, "Delivery by courier").unwrap();
    assert_eq!((&courier["stage"], &courier["channel"], &courier["sentiment"]), (&json!("stage-purchase"), &json!("partner"), &json!("neutral")));
    let call = touchpoint(&saved, "Call to the sales team").unwrap();
    assert_eq!((&call["stage"], &call["channel"]), (&json!("stage-decision"), &json!("phone")));
    let purchase: Vec<&str> = saved["touchpoints"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["stage"] == "stage-purchase")
        .map(|t| t["title"].as_str().unwrap())
        .collect();
    assert_eq!(purchase[3], "Delivery by courier", "saved where it was dropped: {purchase:?}");
    app.close().await;
}

#[tokio::test]
async fn the_library_speaks_the_ui_language_and_follows_a_switch() {
    let launch = Launch::default().env("LANGUAGE", "pl_PL").env("LANG", "pl_PL.UTF-8").env("LC_ALL", "");
    let app = App::launch(launch).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;
    app.wait_for("[data-action='library']").await.click().await.unwrap();
    app.wait_for("[data-library-panel]").await;
    app.wait_text("[data-library-panel]", "Biblioteka punktów styku").await;
    // Nothing selected: the first stage's sections first; the map's own text is untranslated.
    app.wait_text("[data-library-section='awareness'] h3", "Świadomość").await;
    app.wait_text("[data-library-target]", "„Awareness”").await;
    app.wait_text("[data-library-item='Reklama online']", "Reklama online").await;
    app.screenshot("60-library-polish").await;

    // Switched in the app, the library follows at once.
    app.wait_for("[data-language]").await.click().await.unwrap();
    app.wait_for("[data-language] option[value='ru']").await.click().await.unwrap();
    app.wait_text("[data-library-section='awareness'] h3", "Осведомлённость").await;
    app.wait_for("[data-library-item='Онлайн-реклама']").await;
    app.close().await;
}
