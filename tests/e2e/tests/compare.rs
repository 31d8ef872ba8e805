//! File → Compare With…: the map on screen (the new copy of tests/fixtures/compare) against
//! the old copy, picked through the file dialog's test hook. The board marks what changed,
//! the changes panel lists them, F7 and Shift+F7 step through them and select each card,
//! Escape ends the comparison. Screenshots in English, Russian and Polish.

use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{copy_fixture, App, Launch};

/// The app with the new copy open, Compare With… answered with the old copy.
async fn comparing(lang: &str) -> (App, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let new = copy_fixture("compare/new.journey.json", dir.path());
    let old = copy_fixture("compare/old.journey.json", dir.path());
    let launch = Launch::file(&new)
        .env("JOURNEY_MAPPER_TEST_DIALOG_PATH", old.to_str().unwrap())
        .env("LANGUAGE", lang)
        .env("LANG", format!("{lang}.UTF-8"))
        .env("LC_ALL", "");
    let app = App::launch(launch).await;
    app.ready().await;
    app.wait_for("[data-touchpoint-id='tp-pricing']").await;
    // Compare With… (Ctrl+Shift+D, as in the File menu).
    app.chord(&[Key::Control, Key::Shift], 'd').await;
    app.wait_for("[data-compare-panel]").await;
    (app, dir)
}

async fn current_index(app: &App) -> Option<i64> {
    app.eval("const b = document.querySelector('[data-change-index][aria-current=\"true\"]'); return b ? Number(b.dataset.changeIndex) : null")
        .await
        .as_i64()
}

async fn wait_current(app: &App, index: i64) {
    let end = std::time::Instant::now() + journey_mapper_e2e::PATIENCE;
    loop {
        let now = current_index(app).await;
        if now == Some(index) {
            return;
        }
        assert!(std::time::Instant::now() < end, "the current change is {now:?}, not {index}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn selected(app: &App) -> Option<String> {
    app.eval("const c = document.querySelector('[data-touchpoint-id][data-selected]'); return c ? c.dataset.touchpointId : null")
        .await
        .as_str()
        .map(str::to_owned)
}

#[tokio::test]
async fn compare_with_another_copy_marks_the_board_and_steps_through_the_changes() {
    let (app, _dir) = comparing("en_US").await;
    // The fixture's changes, on the board.
    app.wait_count("[data-touchpoint-id][data-compare-mark='added']", 3).await;
    app.wait_count("[data-touchpoint-id][data-compare-mark='moved']", 1).await;
    app.wait_count("[data-touchpoint-id][data-compare-mark='changed']", 3).await;
    app.wait_count("[data-ghost-id]", 2).await;
    app.wait_count("[data-removed-lane-id='l-back']", 1).await;
    app.wait_text("[data-touchpoint-id='tp-pricing'] [data-compare-badge='moved']", "From Decision").await;
    app.wait_text("[data-stage-id='st-consider'] [data-stage-header]", "Was «Consideration»").await;
    app.wait_text("[data-compare-count]", "15 changes").await;
    app.wait_count("[data-change-index]", 15).await;
    app.wait_for("[data-compare-curve]").await;
    app.screenshot("70-compare").await;

    // F7 from the start: the first change.
    app.chord(&[], char::from(Key::F7)).await;
    wait_current(&app, 0).await;
    // On to the first new card: it is selected, and it is the one the list names.
    let first_card = app
        .eval("return Number(document.querySelector('[data-change-kind=\"touchpointAdded\"]').dataset.changeIndex)")
        .await
        .as_i64()
        .unwrap();
    assert!(first_card > 0, "the lanes' and stages' changes come first");
    for i in 1..=first_card {
        app.chord(&[], char::from(Key::F7)).await;
        wait_current(&app, i).await;
    }
    let card = app
        .eval(&format!("return document.querySelector('[data-change-index=\"{first_card}\"]').dataset.changeSubject"))
        .await
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(selected(&app).await.as_deref(), Some(card.as_str()));
    app.wait_count(&format!("[data-touchpoint-id='{card}'][data-compare-mark='added'][data-selected]"), 1).await;
    // The board scrolled to it: the new stage and lane are in sight.
    app.screenshot("74-compare-new-card").await;
    // Shift+F7 goes back one.
    app.chord(&[Key::Shift], char::from(Key::F7)).await;
    wait_current(&app, first_card - 1).await;

    // A renamed card's details show the old and the new title.
    let renamed = app
        .eval("return Number(document.querySelector('[data-change-kind=\"touchpointRenamed\"]').dataset.changeIndex)")
        .await
        .as_i64()
        .unwrap();
    let mut at = first_card - 1;
    while at != renamed {
        let back = renamed < at;
        app.chord(if back { &[Key::Shift][..] } else { &[][..] }, char::from(Key::F7)).await;
        at += if back { -1 } else { 1 };
        wait_current(&app, at).await;
    }
    assert_eq!(selected(&app).await.as_deref(), Some("tp-trial"));
    // (The keys went to the changes panel, which keeps the focus; the card's button opens its details.)
    app.wait_for("[data-touchpoint-id='tp-trial'] [data-action='touchpoint-details']").await.click().await.unwrap();
    app.wait_text("[data-card-changes] [data-old-value]", "Orders a trial box").await;
    app.wait_text("[data-card-changes] [data-new-value]", "Orders a free trial box").await;
    app.screenshot("71-compare-details").await;

    // Escape closes the details, then ends the comparison.
    app.chord(&[], char::from(Key::Escape)).await;
    app.wait_count("[data-touchpoint-panel]", 0).await;
    app.wait_count("[data-compare-panel]", 1).await;
    app.chord(&[], char::from(Key::Escape)).await;
    app.wait_count("[data-compare-panel]", 0).await;
    app.wait_count("[data-compare-mark]", 0).await;
    app.wait_count("[data-ghost-id]", 0).await;
    app.close().await;
}

#[tokio::test]
async fn the_comparison_speaks_russian() {
    let (app, _dir) = comparing("ru_RU").await;
    app.wait_text("[data-compare-count]", "15 изменений").await;
    app.wait_count("[data-ghost-id]", 2).await;
    app.screenshot("72-compare-russian").await;
    app.close().await;
}

#[tokio::test]
async fn the_comparison_speaks_polish() {
    let (app, _dir) = comparing("pl_PL").await;
    app.wait_text("[data-compare-count]", "15 zmian").await;
    app.wait_count("[data-ghost-id]", 2).await;
    app.screenshot("73-compare-polish").await;
    app.close().await;
}
