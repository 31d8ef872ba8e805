//! The whole journey at a glance, in the real window: zoom with the keys, a ten-stage map
//! fitted to the window, a card dragged at 50 % landing where the pointer let go of it, Find
//! reaching a card of a 2,000-card map that was not rendered, the overview moving the view,
//! and the workshop mode (in and out, a card added there and undone).
//! Run: cargo test -p journey-mapper-e2e --test glance -- --test-threads=1   (after building the app)

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use journey_mapper_e2e::fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{cards_in_stage, app_binary, wait_for_file, App, Launch};
use serde_json::Value;

fn generate(path: &Path, touchpoints: usize, stages: usize, lanes: usize) {
    let status = Command::new(app_binary())
        .args(["generate", path.to_str().unwrap(), "--touchpoints", &touchpoints.to_string()])
        .args(["--stages", &stages.to_string(), "--seed", "7", "--lanes", &lanes.to_string()])
        .status()
        .expect("journey-mapper generate");
    assert!(status.success());
}

/// The page's function `screen(el)`: an element's rectangle on screen, where the pointer's
/// coordinates are. WebKit reports rectangles inside CSS zoom in the zoom's own pixels; the
/// probe tells, as the app's own code does.
const SCREEN: &str = "\
    const level = Number(document.querySelector('[data-zoom]').dataset.zoom); \
    const probe = document.createElement('div'); probe.style.cssText = 'position:absolute;zoom:0.5;visibility:hidden'; \
    const inner = document.createElement('div'); inner.style.cssText = 'width:100px;height:1px'; probe.appendChild(inner); \
    document.body.appendChild(probe); const k = inner.getBoundingClientRect().width > 75 ? level : 1; probe.remove(); \
    const screen = (el) => { const r = el.getBoundingClientRect(); \
      return { left: r.left * k, top: r.top * k, right: r.right * k, bottom: r.bottom * k }; };";

async fn level(app: &App) -> f64 {
    app.eval("return Number(document.querySelector('[data-zoom]').dataset.zoom)").await.as_f64().unwrap()
}

async fn wait_level(app: &App, want: f64) {
    app.wait_js(&format!("zoom {want}"), &format!("return Number(document.querySelector('[data-zoom]').dataset.zoom) === {want}"))
        .await;
}

/// Presses a chord of Ctrl and a key given as a string (`=`, `-`, `0`, `1`).
async fn ctrl(app: &App, key: char) {
    app.chord(&[Key::Control], key).await;
}

async fn click(app: &App, action: &str) {
    app.wait_for(&format!("[data-action='{action}']")).await.click().await.unwrap_or_else(|e| panic!("click {action}: {e}"));
}

async fn press(app: &App, key: Key) {
    app.chord(&[], char::from(key)).await;
}

/// Every stage column's rectangle lies inside the board's visible area.
async fn every_stage_in_view(app: &App) -> bool {
    let script = format!(
        "{SCREEN} const view = document.querySelector('[data-board-scroll]').getBoundingClientRect(); \
         const cols = [...document.querySelectorAll('[data-stage-id]')]; \
         return cols.length > 0 && cols.every((c) => {{ const r = screen(c); \
           return r.left >= view.left - 1 && r.right <= view.right + 1 && r.top >= view.top - 1 && r.bottom <= view.bottom + 1; }})"
    );
    app.eval(&script).await == Value::Bool(true)
}


#[tokio::test]
async fn zoom_keys_fit_a_ten_stage_map_and_a_drag_at_half_size_lands_under_the_pointer() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ten.journey.json");
    generate(&file, 40, 10, 0);
    let app = App::launch(Launch::file(&file).env("LANGUAGE", "en")).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1280, 800).await;
    app.wait_for("[data-touchpoint-id]").await;
    assert_eq!(level(&app).await, 1.0);
    // At 100 % ten stages run off the right edge.
    assert!(!every_stage_in_view(&app).await);

    // Ctrl+= and Ctrl+- step through the levels; the status bar says the level.
    ctrl(&app, '=').await;
    wait_level(&app, 1.1).await;
    app.wait_js("the control shows 110%", "return document.querySelector('[data-zoom-level]').selectedOptions[0].textContent.includes('110')").await;
    ctrl(&app, '-').await;
    ctrl(&app, '-').await;
    wait_level(&app, 0.9).await;
    ctrl(&app, '0').await;
    wait_level(&app, 1.0).await;
    // Ctrl+wheel up over a card zooms in around the pointer: the card stays under it.
    let before = app
        .eval(&format!(
            "{SCREEN} const card = document.querySelectorAll('[data-touchpoint-id]')[5]; const r = screen(card); \
             const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2; \
             document.querySelector('[data-board-scroll]').dispatchEvent(new WheelEvent('wheel', {{ deltaY: -100, ctrlKey: true, clientX: x, clientY: y, bubbles: true, cancelable: true }})); \
             return [card.dataset.touchpointId, x, y]"
        ))
        .await;
    app.wait_js("zoomed in by the wheel", "const z = Number(document.querySelector('[data-zoom]').dataset.zoom); return z > 1.1 && z < 1.3").await;
    let (id, x, y) = (before[0].as_str().unwrap().to_owned(), before[1].as_f64().unwrap(), before[2].as_f64().unwrap());
    app.wait_js("the card still under the pointer", &format!(
        "{SCREEN} const card = [...document.querySelectorAll('[data-touchpoint-id]')].find((c) => c.dataset.touchpointId === {id:?}); \
         const r = screen(card); return r.left <= {x} && r.right >= {x} && r.top <= {y} && r.bottom >= {y}"
    ))
    .await;
    ctrl(&app, '0').await;
    wait_level(&app, 1.0).await;
    // At the limit the limit stays.
    for _ in 0..12 {
        ctrl(&app, '=').await;
    }
    wait_level(&app, 2.0).await;
    ctrl(&app, '=').await;
    wait_level(&app, 2.0).await;

    // Ctrl+1 fits the map: every stage in the window.
    ctrl(&app, '1').await;
    app.wait_js("a level below 100 %", "return Number(document.querySelector('[data-zoom]').dataset.zoom) < 1").await;
    app.wait_js("every stage in view", &format!(
        "{SCREEN} const view = document.querySelector('[data-board-scroll]').getBoundingClientRect(); \
         return [...document.querySelectorAll('[data-stage-id]')].every((c) => {{ const r = screen(c); return r.right <= view.right + 1 && r.left >= view.left - 1; }})"
    ))
    .await;
    assert!(every_stage_in_view(&app).await, "after a fit every stage is inside the board");
    app.screenshot("100-fit-ten-stages-en").await;

    // At 50 % (picked in the control), the first card of stage 0 dragged to just below the
    // middle of the second card of stage 3 lands after it.
    app.eval("const s = document.querySelector('[data-zoom-level]'); s.value = '0.5'; s.dispatchEvent(new Event('change', { bubbles: true })); return null").await;
    wait_level(&app, 0.5).await;
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let moved = cards_in_stage(&saved, "stage-0")[0].clone();
    let target_cards = cards_in_stage(&saved, "stage-3");
    assert!(target_cards.len() >= 2, "stage 3 has two cards to drop between");
    let points = app
        .eval(&format!(
            "{SCREEN} const card = (id) => [...document.querySelectorAll('[data-touchpoint-id]')].find((c) => c.dataset.touchpointId === id); \
             const a = screen(card({moved:?})); const b = screen(card({second:?})); \
             return [(a.left + a.right) / 2, (a.top + a.bottom) / 2, (b.left + b.right) / 2, (b.top + b.bottom) / 2 + (b.bottom - b.top) * 0.2]",
            second = target_cards[1]
        ))
        .await;
    let p: Vec<f64> = points.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    let mouse = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: p[0].round(), y: p[1].round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveTo { duration: Some(Duration::from_millis(60)), x: p[0].round() + 8.0, y: p[1].round() + 8.0 })
        .then(PointerAction::MoveTo { duration: Some(Duration::from_millis(300)), x: p[2].round(), y: p[3].round() })
        .then(PointerAction::MoveTo { duration: Some(Duration::from_millis(100)), x: p[2].round() + 1.0, y: p[3].round() })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    app.client.perform_actions(mouse).await.expect("pointer drag");
    let _ = app.client.release_actions().await;
    app.wait_for(&format!("[data-stage-id='stage-3'] [data-touchpoint-id='{moved}'][data-selected='true']")).await;
    app.screenshot("101-drag-at-half-en").await;

    ctrl(&app, 's').await;
    let text = wait_for_file(&file, "the saved move", |t| {
        serde_json::from_str::<Value>(t).map(|m| cards_in_stage(&m, "stage-3").contains(&moved)).unwrap_or(false)
    })
    .await;
    let map: Value = serde_json::from_str(&text).unwrap();
    let order = cards_in_stage(&map, "stage-3");
    assert_eq!(order[..3], [target_cards[0].clone(), target_cards[1].clone(), moved.clone()], "dropped after the card it was let go below");
    app.close().await;
}

#[tokio::test]
async fn a_fitted_ten_stage_map_in_russian_and_polish() {
    for lang in ["ru", "pl"] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("ten.journey.json");
        generate(&file, 40, 10, 3);
        let app = App::launch(Launch::file(&file).env("LANGUAGE", lang)).await;
        app.ready().await;
        let _ = app.client.set_window_rect(0, 0, 1280, 800).await;
        app.wait_for("[data-touchpoint-id]").await;
        click(&app, "zoom-fit").await;
        app.wait_js("a level below 100 %", "return Number(document.querySelector('[data-zoom]').dataset.zoom) < 1").await;
        assert!(every_stage_in_view(&app).await, "{lang}: after a fit every stage is inside the board");
        app.screenshot(&format!("102-fit-ten-stages-lanes-{lang}")).await;
        // Fitted, the map needs no overview; back at 100 % it runs past the window and has one.
        assert_eq!(app.count("[data-overview]").await, 0, "{lang}: no overview for a map in view");
        ctrl(&app, '0').await;
        wait_level(&app, 1.0).await;
        app.wait_for("[data-overview] canvas").await;
        app.screenshot(&format!("103-overview-{lang}")).await;
        app.close().await;
    }
}

#[tokio::test]
async fn find_reaches_a_card_that_is_not_rendered_and_the_overview_moves_the_view() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.journey.json");
    generate(&file, 2000, 10, 0);
    // A word only one card far down its stage has, in its description.
    let mut map: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let far = "tp-1790";
    for t in map["touchpoints"].as_array_mut().unwrap() {
        if t["id"] == far {
            t["description"] = Value::String("Zebra crossing outside the Łódź store".into());
        }
    }
    std::fs::write(&file, serde_json::to_string_pretty(&map).unwrap()).unwrap();

    let app = App::launch(Launch::file(&file).env("LANGUAGE", "en")).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;
    app.wait_for("[data-touchpoint-id='tp-0']").await;
    assert_eq!(app.count(&format!("[data-touchpoint-id='{far}']")).await, 0, "the far card is not rendered");

    // The overview is there (the map is larger than the window); a click near its bottom
    // right scrolls the board there, and its frame follows.
    app.wait_for("[data-overview] canvas").await;
    app.screenshot("103-overview-en").await;
    let corner = app
        .eval("const r = document.querySelector('[data-overview] canvas').getBoundingClientRect(); return [r.right - 4, r.bottom - 4]")
        .await;
    let c: Vec<f64> = corner.as_array().unwrap().iter().map(|v| v.as_f64().unwrap()).collect();
    let mouse = MouseActions::new("mouse".into())
        .then(PointerAction::MoveTo { duration: None, x: c[0].round(), y: c[1].round() })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    app.client.perform_actions(mouse).await.expect("a click in the overview");
    let _ = app.client.release_actions().await;
    app.wait_js("the board scrolled to its end", "const s = document.querySelector('[data-board-scroll]'); return s.scrollTop > 1000 && s.scrollLeft > 100").await;
    app.wait_js("the frame at the overview's end", "const f = document.querySelector('[data-overview-frame]'); return parseFloat(f.style.top) > 20").await;
    // Hidden, it stays hidden until shown again from the status bar.
    click(&app, "hide-overview").await;
    app.wait_count("[data-overview]", 0).await;
    click(&app, "toggle-overview").await;
    app.wait_for("[data-overview]").await;

    // Ctrl+F, a word of the far card's description without its accent: found, selected and
    // rendered, "1 of 1".
    ctrl(&app, 'f').await;
    let field = app.wait_for("[data-find-input]").await;
    field.send_keys("LODZ").await.unwrap();
    app.wait_text("[data-find-count]", "1 match").await;
    field.send_keys(&char::from(Key::Enter).to_string()).await.unwrap();
    app.wait_for(&format!("[data-touchpoint-id='{far}'][data-selected='true'][data-find-match='true']")).await;
    app.wait_text("[data-find-count]", "1 of 1").await;
    app.wait_js("the card in view", &format!(
        "const c = document.querySelector(\"[data-touchpoint-id='{far}']\").getBoundingClientRect(); \
         const v = document.querySelector('[data-board-scroll]').getBoundingClientRect(); return c.top >= v.top - 1 && c.bottom <= v.bottom + 1"
    ))
    .await;
    app.screenshot("104-find-en").await;
    // A word of many cards: F3 steps on; Escape closes and the marks go.
    let field = app.wait_for("[data-find-input]").await;
    field.clear().await.unwrap();
    field.send_keys("e").await.unwrap();
    app.wait_js("many matches", "return document.querySelectorAll(\"[data-find-match='true']\").length > 5").await;
    // The place is kept on the card stepped to (it still matches); F3 goes on from there.
    let position = || async {
        let text = app.text_of("[data-find-count]").await.unwrap_or_default();
        text.split(" of ").next().and_then(|n| n.trim().parse::<usize>().ok()).unwrap_or(0)
    };
    app.wait_text("[data-find-count]", " of ").await;
    let before = position().await;
    press(&app, Key::F3).await;
    app.wait_text("[data-find-count]", &format!("{} of", before + 1)).await;
    press(&app, Key::F3).await;
    app.wait_text("[data-find-count]", &format!("{} of", before + 2)).await;
    press(&app, Key::Escape).await;
    app.wait_count("[data-find-bar]", 0).await;
    app.wait_count("[data-find-match]", 0).await;
    app.close().await;
}

/// The sample map (the app opens it when given no file) in workshop mode.
async fn workshop_in(lang: &str) {
    let app = App::launch(Launch::default().env("LANGUAGE", lang)).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;
    let cards = app.count("[data-touchpoint-id]").await;

    // F5: no toolbar, no status bar, the stage panel; the board larger.
    press(&app, Key::F5).await;
    app.wait_for("[data-workshop='true']").await;
    app.wait_for("[data-workshop-panel]").await;
    assert_eq!(app.count("[data-action='save']").await, 0, "no editing chrome");
    wait_level(&app, 1.25).await;
    let first = app.text_of("[data-workshop-stage]").await.unwrap();
    press(&app, Key::Right).await;
    app.wait_js("the next stage", &format!("return document.querySelector('[data-workshop-stage]').textContent !== {first:?}")).await;
    let second = app.text_of("[data-workshop-stage]").await.unwrap();
    let second_id = app
        .eval(&format!(
            "return [...document.querySelectorAll('[data-stage-id]')].find((c) => c.querySelector('[data-stage-name]')?.textContent === {second:?})?.dataset.stageId ?? null"
        ))
        .await;
    let second_id = second_id.as_str().expect("the stage in view is on the board").to_owned();
    app.screenshot(&format!("105-workshop-{lang}")).await;

    // N: a new card in that stage, its title typed at once.
    app.chord(&[], 'n').await;
    let field = app.wait_for("[data-touchpoint-id] textarea, [data-touchpoint-id] input").await;
    field.send_keys(&format!("Sticky note{}", char::from(Key::Enter))).await.unwrap();
    app.wait_text(&format!("[data-stage-id='{second_id}']"), "Sticky note").await;
    app.wait_count("[data-touchpoint-id]", cards + 1).await;

    // Escape leaves: the chrome and the zoom come back; the card is an ordinary edit.
    press(&app, Key::Escape).await;
    app.wait_count("[data-workshop='true']", 0).await;
    app.wait_for("[data-action='save']").await;
    wait_level(&app, 1.0).await;
    // Two steps: the title typed, then the card added.
    ctrl(&app, 'z').await;
    app.wait_js("the title undone", &format!("return !document.querySelector(\"[data-stage-id='{second_id}']\").textContent.includes('Sticky note')")).await;
    ctrl(&app, 'z').await;
    app.wait_count("[data-touchpoint-id]", cards).await;
    app.close().await;
}

#[tokio::test]
async fn the_workshop_mode_steps_through_the_stages_adds_a_card_and_leaves_where_it_was() {
    for lang in ["en", "ru", "pl"] {
        workshop_in(lang).await;
    }
}

#[tokio::test]
async fn a_very_small_window_keeps_the_board_usable_and_fits_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ten.journey.json");
    generate(&file, 40, 10, 0);
    let app = App::launch(Launch::file(&file).env("LANGUAGE", "en")).await;
    app.ready().await;
    // As small as the window goes (its minimum inner size is 720 × 480).
    let _ = app.client.set_window_rect(0, 0, 600, 400).await;
    app.wait_js("the window is small", "return window.innerWidth <= 740 && window.innerHeight <= 520").await;
    // The board keeps a visible area, and the zoom control stays reachable.
    app.wait_js("the board has room", "const r = document.querySelector('[data-board-scroll]').getBoundingClientRect(); return r.width > 200 && r.height > 60").await;
    click(&app, "zoom-fit").await;
    app.wait_js("a level below 100 %", "return Number(document.querySelector('[data-zoom]').dataset.zoom) < 1").await;
    assert!(every_stage_in_view(&app).await || level(&app).await == 0.25, "fitted, or as small as it goes");
    app.screenshot("106-small-window-en").await;
    // Back to a large window: a fit there goes no larger than 100 %.
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;
    app.wait_js("the window is large", "return window.innerWidth > 1200").await;
    click(&app, "zoom-fit").await;
    app.wait_js("fitted", "return Number(document.querySelector('[data-zoom]').dataset.zoom) > 0.25").await;
    assert!(level(&app).await <= 1.0);
    app.close().await;
}
