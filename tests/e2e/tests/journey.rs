//! A marketer builds a journey from a template in English, Russian and Polish: the funnel
//! template in the UI's language, one touchpoint per stage from the library (in that
//! language, with its channel), sentiments, a card's owner and pain point in the details
//! panel, the review marked, lanes added; the emotion curve follows. Saved, the file has it
//! all. Screenshots 70–72 show the result in each language.
//! Run: cargo test -p journey-mapper-e2e --test journey -- --test-threads=1   (after building the app)

use std::time::{Duration, Instant};

use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{app_binary, wait_for_file, App, Launch, PATIENCE};
use serde_json::Value;

struct Language {
    /// The LANGUAGE of the session the app starts in.
    env: &'static str,
    /// The template's language.
    tag: &'static str,
    /// The first stage's name and the Save button's label in that language.
    first_stage: &'static str,
    save: &'static str,
    /// Typed into the details panel: text the app never translates.
    owner: &'static str,
    pain: &'static str,
    shot: &'static str,
}

async fn wait_js(app: &App, what: &str, script: &str) {
    let end = Instant::now() + PATIENCE;
    while app.eval(script).await != Value::Bool(true) {
        assert!(Instant::now() < end, "waited for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn stage_id(app: &App, k: usize) -> String {
    let id = app.eval(&format!("return document.querySelectorAll('[data-stage-id]')[{k}].dataset.stageId")).await;
    id.as_str().expect("a stage").to_owned()
}

/// Adds the `n`-th touchpoint of the library's sections that suit the target stage.
async fn add_from_library(app: &App, n: usize, cards_after: usize) {
    app.wait_for("[data-library-section][data-suits] [data-library-item]").await;
    let items = app.find_all("[data-library-section][data-suits] [data-library-item]").await;
    assert!(items.len() > n, "the library offers this stage at least {} touchpoints", n + 1);
    items[n].click().await.unwrap();
    app.wait_count("[data-touchpoint-id]", cards_after).await;
}

async fn select(app: &App, css: &str) {
    app.wait_for(css).await.click().await.unwrap();
    app.wait_for(&format!("{css}[data-selected='true']")).await;
}

async fn build(lang: Language) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("journey.journey.json");
    let status = std::process::Command::new(app_binary())
        .args(["new", file.to_str().unwrap(), "--template", "funnel", "--lang", lang.tag])
        .status()
        .unwrap();
    assert!(status.success());
    let launch = Launch::file(&file).env("LANGUAGE", lang.env).env("LANG", format!("{}.UTF-8", lang.env)).env("LC_ALL", "");
    let app = App::launch(launch).await;
    app.ready().await;
    let _ = app.client.set_window_rect(0, 0, 1440, 900).await;
    app.wait_text("[data-action='save']", lang.save).await;
    app.wait_text("[data-stage-id] [data-stage-header]", lang.first_stage).await;

    // The library (L) adds to the first stage while nothing is selected. Each further card
    // is added beside the last one and moved on to the next stage with Alt+→, so that the
    // library then offers that stage's touchpoints.
    app.chord(&[], 'l').await;
    app.wait_for("[data-library-panel]").await;
    add_from_library(&app, 0, 1).await;
    for k in 1..5 {
        add_from_library(&app, 1, k + 1).await;
        select(&app, "[data-touchpoint-id][data-selected='true']").await;
        app.chord(&[Key::Alt], char::from(Key::Right)).await;
        let next = stage_id(&app, k).await;
        app.wait_for(&format!("[data-stage-id='{next}'] [data-touchpoint-id][data-selected='true']")).await;
    }
    for k in 0..5 {
        let stage = stage_id(&app, k).await;
        assert_eq!(app.count(&format!("[data-stage-id='{stage}'] [data-touchpoint-id]")).await, 1, "one card in stage {k}");
    }

    // Sentiments: the journey rises, falls in decision and purchase, and ends well.
    for (k, key) in [(0, '1'), (2, '3'), (3, '3'), (4, '1')] {
        let stage = stage_id(&app, k).await;
        let card = format!("[data-stage-id='{stage}'] [data-touchpoint-id]");
        select(&app, &card).await;
        app.chord(&[], key).await;
        let sentiment = if key == '1' { "positive" } else { "negative" };
        app.wait_for(&format!("{card}[data-sentiment='{sentiment}']")).await;
    }

    // Details of the decision card: its owner and a pain point, typed in the user's language.
    let decision = stage_id(&app, 2).await;
    select(&app, &format!("[data-stage-id='{decision}'] [data-touchpoint-id]")).await;
    app.chord(&[], 'i').await;
    let panel = "[data-touchpoint-panel]";
    app.wait_for(panel).await;
    let owner = app.wait_for(&format!("{panel} [data-field='owner']")).await;
    owner.click().await.unwrap();
    owner.send_keys(&format!("{}{}", lang.owner, char::from(Key::Enter))).await.unwrap();
    let pain = app.wait_for(&format!("{panel} [data-list='painPoints'] [data-add-item] textarea")).await;
    pain.click().await.unwrap();
    pain.send_keys(&format!("{}{}", lang.pain, char::from(Key::Enter))).await.unwrap();
    app.wait_count(&format!("{panel} [data-list='painPoints'] [data-item]"), 1).await;
    app.wait_text(&format!("[data-stage-id='{decision}'] [data-card-meta]"), lang.owner).await;

    // The review is marked, lanes are added, and the curve shows the rise and fall.
    app.wait_for("[data-action='mark-reviewed']").await.click().await.unwrap();
    app.wait_count("[data-action='mark-reviewed']", 0).await;
    app.wait_for("[data-action='add-lanes']").await.click().await.unwrap();
    app.wait_for("[data-lanes]").await;
    wait_js(&app, "the emotion curve", "return document.querySelectorAll('[data-curve-point]').length >= 5").await;
    app.screenshot(&format!("{}-details", lang.shot)).await;
    // The whole journey, without the panel, from its first stage.
    app.wait_for("[data-action='close-panel']").await.click().await.unwrap();
    app.wait_count(panel, 0).await;
    app.eval("document.querySelector('[data-board-scroll]').scrollLeft = 0; return null").await;
    app.screenshot(lang.shot).await;

    app.chord(&[Key::Control], 's').await;
    let text = wait_for_file(&file, "the journey saved", |t| t.contains(lang.pain) && t.contains("\"lanes\"")).await;
    let map: Value = serde_json::from_str(&text).unwrap();
    let cards = map["touchpoints"].as_array().unwrap();
    assert_eq!(cards.len(), 5);
    assert!(cards.iter().all(|c| c["channel"].is_string()), "library cards carry their channel: {cards:?}");
    let sentiments: Vec<&str> = cards.iter().map(|c| c["sentiment"].as_str().unwrap()).collect();
    for s in ["positive", "neutral", "negative"] {
        assert!(sentiments.contains(&s), "{sentiments:?}");
    }
    let detailed = cards.iter().find(|c| c["stage"] == decision.as_str()).unwrap();
    assert_eq!(detailed["owner"], lang.owner);
    assert_eq!(detailed["painPoints"][0], lang.pain);
    assert_eq!(map["lanes"].as_array().map(Vec::len), Some(1));
    assert!(map["lastReview"].is_string(), "the review is dated");
    app.close().await;
}

#[tokio::test]
async fn in_english() {
    build(Language {
        env: "en_GB",
        tag: "en",
        first_stage: "Awareness",
        save: "Save",
        owner: "E-commerce team",
        pain: "Delivery costs appear only at checkout",
        shot: "70-journey-english",
    })
    .await;
}

#[tokio::test]
async fn in_russian() {
    build(Language {
        env: "ru_RU",
        tag: "ru",
        first_stage: "Осведомлённость",
        save: "Сохранить",
        owner: "Команда интернет-магазина",
        pain: "Стоимость доставки видна только при оформлении",
        shot: "71-journey-russian",
    })
    .await;
}

#[tokio::test]
async fn in_polish() {
    build(Language {
        env: "pl_PL",
        tag: "pl",
        first_stage: "Świadomość",
        save: "Zapisz",
        owner: "Zespół sklepu internetowego",
        pain: "Koszt dostawy widać dopiero przy płatności",
        shot: "72-journey-polish",
    })
    .await;
}
