//! A card's measures in the real window: the metric badge on the board, and the details
//! panel's metrics, ratings and feedback sections, in English, Russian and Polish.
//! Run: cargo test -p journey-mapper-e2e --test measures -- --test-threads=1   (after building the app)

use journey_mapper_e2e::{App, Launch};

/// Scrolls the side panel so that the element matching `css` is at its top.
async fn scroll_panel_to(app: &App, css: &str) {
    let script = format!(
        "const el = document.querySelector({css:?}); const body = el.closest('[data-side-panel]').lastElementChild; \
         body.scrollTop += el.getBoundingClientRect().top - body.getBoundingClientRect().top - 12; return true"
    );
    app.eval(&script).await;
}

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
    scroll_panel_to(&app, "[data-section='metrics']").await;
    app.screenshot("93-touchpoint-measures").await;
    for (lang, heading, shot) in [("ru", "Метрики", "94-touchpoint-measures-russian"), ("pl", "Wskaźniki", "95-touchpoint-measures-polish")] {
        app.wait_for("[data-language]").await.click().await.unwrap();
        app.wait_for(&format!("[data-language] option[value='{lang}']")).await.click().await.unwrap();
        app.wait_text("[data-section='metrics']", heading).await;
        scroll_panel_to(&app, "[data-section='metrics']").await;
        app.screenshot(shot).await;
    }
    app.close().await;
}
