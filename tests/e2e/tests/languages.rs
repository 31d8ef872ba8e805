//! The UI speaks the system's language: English, Russian or Polish. Text the user typed
//! (the map) is never translated.

use journey_mapper_e2e::{copy_fixture, App, Launch};

async fn in_language(lang: &str, save_label: &str, shot: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture("valid/online-store.journey.json", dir.path());
    let launch = Launch::file(&file).env("LANGUAGE", lang).env("LANG", format!("{lang}.UTF-8")).env("LC_ALL", "");
    let app = App::launch(launch).await;
    app.ready().await;
    app.wait_text("[data-action='save']", save_label).await;
    // The map's own text stays as the file has it.
    app.wait_text("[data-touchpoint-id='tp-cart']", "Adding to cart").await;
    app.screenshot(shot).await;
    app.close().await;
}

#[tokio::test]
async fn russian() {
    in_language("ru_RU", "Сохранить", "30-russian").await;
}

#[tokio::test]
async fn polish() {
    in_language("pl_PL", "Zapisz", "31-polish").await;
}

#[tokio::test]
async fn the_language_can_be_switched_in_the_app_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let launch = || Launch::default().env("JOURNEY_MAPPER_HOME", home.to_str().unwrap()).env("LANGUAGE", "en");
    let app = App::launch(launch()).await;
    app.ready().await;
    app.wait_text("[data-action='save']", "Save").await;
    app.wait_for("[data-language]").await.click().await.unwrap();
    app.wait_for("[data-language] option[value='ru']").await.click().await.unwrap();
    app.wait_text("[data-action='save']", "Сохранить").await;
    app.wait_text("[data-touchpoint-id='tp-cart']", "Adding to cart").await;
    app.close().await;
    let settings = std::fs::read_to_string(home.join("config/settings.json")).unwrap();
    assert!(settings.contains("\"ru\""), "{settings}");

    let app = App::launch(launch()).await;
    app.ready().await;
    app.wait_text("[data-action='save']", "Сохранить").await;
    app.close().await;
}
