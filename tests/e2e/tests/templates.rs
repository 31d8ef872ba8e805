//! New maps from each template, in each language, shown in the real window. The native
//! menu (File → New from Template) cannot be driven by WebDriver, so the map is made by the
//! same core function through `journey-mapper new --template`, then opened.

use journey_mapper_e2e::{app_binary, App, Launch};

async fn stage_names(app: &App) -> Vec<String> {
    let names = app
        .eval("return [...document.querySelectorAll('[data-stage-id]')].map(s => s.querySelector('h2, h3, [data-stage-name]')?.textContent?.trim() ?? '')")
        .await;
    names.as_array().unwrap().iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect()
}

async fn from_template(template: &str, lang: &str, expected: &[&str], shot: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join(format!("{template}.journey.json"));
    let status = std::process::Command::new(app_binary())
        .args(["new", file.to_str().unwrap(), "--template", template, "--lang", lang])
        .status()
        .unwrap();
    assert!(status.success());
    let app = App::launch(Launch::file(&file).env("LANGUAGE", lang)).await;
    app.ready().await;
    app.wait_count("[data-stage-id]", expected.len()).await;
    let names = stage_names(&app).await;
    for (name, want) in names.iter().zip(expected) {
        assert!(name.contains(want), "stage {name:?} should read {want:?}");
    }
    assert_eq!(app.count("[data-touchpoint-id]").await, 0, "a new map has no cards yet");
    if let Some(shot) = shot {
        app.screenshot(shot).await;
    }
    app.close().await;
}

#[tokio::test]
async fn funnel_in_english() {
    from_template("funnel", "en", &["Awareness", "Consideration", "Decision", "Purchase", "Loyalty"], None).await;
}

#[tokio::test]
async fn before_during_after_in_russian() {
    from_template("purchase", "ru", &["До покупки", "Во время покупки", "После покупки"], Some("57-template-russian")).await;
}

#[tokio::test]
async fn need_to_purchase_in_polish() {
    from_template("decision", "pl", &["Potrzeba", "Szukanie informacji", "Porównanie", "Decyzja", "Zakup"], None).await;
}

#[tokio::test]
async fn empty_map() {
    from_template("empty", "en", &[], None).await;
}
