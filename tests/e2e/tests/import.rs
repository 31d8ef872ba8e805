//! File → Import… in the real window: a Russian Excel CSV (windows-1251, semicolons) picked
//! through the file dialog's test hook, its preview (the columns as understood, one of them
//! left out by the user), then the import, which opens as a new untitled map in a window of
//! its own, titled by the file's name.

use std::time::{Duration, Instant};

use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{copy_fixture, App, Launch, PATIENCE};

const STEM: &str = "ru-excel-windows-1251";

/// The text of the option chosen in the role picker of column `i`.
async fn role_of(app: &App, i: usize) -> String {
    let script = format!("return document.querySelector('[data-role-select=\"{i}\"]').selectedOptions[0].textContent");
    app.eval(&script).await.as_str().unwrap_or_default().to_owned()
}

/// Chooses `role` for column `i`, as picking it in the list does (WebDriver cannot drive
/// the toolkit's own popup of a <select>).
async fn set_role(app: &App, i: usize, role: &str) {
    let script = format!(
        "const s = document.querySelector('[data-role-select=\"{i}\"]'); s.focus(); s.value = '{role}'; \
         s.dispatchEvent(new Event('change', {{ bubbles: true }})); return s.value"
    );
    assert_eq!(app.eval(&script).await.as_str(), Some(role));
}

#[tokio::test]
async fn import_a_russian_excel_sheet_with_a_preview_into_a_new_window() {
    let dir = tempfile::tempdir().unwrap();
    let csv = copy_fixture(&format!("import/{STEM}.csv"), dir.path());
    let launch = Launch::default()
        .env("JOURNEY_MAPPER_TEST_DIALOG_PATH", csv.to_str().unwrap())
        .env("LANGUAGE", "ru_RU")
        .env("LANG", "ru_RU.UTF-8")
        .env("LC_ALL", "");
    let app = App::launch(launch).await;
    app.ready().await;

    // File → Import… (Ctrl+Shift+I, as in the File menu): the preview.
    app.chord(&[Key::Control, Key::Shift], 'i').await;
    app.wait_for("[data-import-dialog] [data-role-select='0']").await;
    app.wait_text("[data-import-file]", &format!("{STEM}.csv")).await;
    app.wait_text("[data-import-read]", "windows-1251").await;
    app.wait_text("[data-import-columns] th[data-column='0']", "Этап").await;
    assert_eq!(role_of(&app, 0).await, "Этап");
    assert_eq!(role_of(&app, 1).await, "Название точки контакта");
    assert_eq!(role_of(&app, 3).await, "Канал");
    app.wait_text("[data-import-counts]", "4 этапа, 7 точек контакта").await;
    app.wait_text("[data-import-cards]", "Реклама в соцсетях").await;
    app.wait_text("[data-import-notes] h3", "2 замечания").await;
    app.wait_for("[data-import-card] .chip.positive").await;
    app.screenshot("90-import-preview").await;

    // The channel column left out: its cells are struck through, and the note about
    // "Телеграм" (no channel the app knows) goes.
    set_role(&app, 3, "ignore").await;
    app.wait_for("[data-import-columns] th[data-column='3'].left-out").await;
    app.wait_text("[data-import-notes] h3", "1 замечание").await;
    assert_eq!(role_of(&app, 3).await, "Не импортировать");
    app.screenshot("91-import-preview-changed").await;

    // Import: the map opens in a window of its own, titled by the file's name.
    app.wait_for("[data-action='start-import']:not(:disabled)").await.click().await.unwrap();
    let end = Instant::now() + PATIENCE;
    let first = app.client.window().await.unwrap();
    let handles = loop {
        let handles = app.client.windows().await.unwrap();
        if handles.len() == 2 {
            break handles;
        }
        assert!(Instant::now() < end, "a window for the imported map");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    app.wait_count("[data-import-dialog]", 0).await;
    let title = format!("{STEM} — Journey Mapper");
    let end = Instant::now() + PATIENCE;
    while !app.window_titles().contains(&title) {
        assert!(Instant::now() < end, "a window titled {title:?}: {:?}", app.window_titles());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let second = handles.into_iter().find(|h| *h != first).unwrap();
    app.client.switch_to_window(second).await.unwrap();
    app.ready().await;
    app.wait_text("[data-map-title]", STEM).await;
    app.wait_count("[data-stage-id]", 4).await;
    app.wait_count("[data-touchpoint-id]", 7).await;
    app.wait_text("[data-stage-id]", "Осведомлённость").await;
    let titles = app.eval("return [...document.querySelectorAll('[data-touchpoint-id]')].map(c => c.textContent).join('\\n')").await;
    let titles = titles.as_str().unwrap_or_default();
    for card in ["Реклама в соцсетях", "Сравнение цен; отзывы", "Чат в Telegram"] {
        assert!(titles.contains(card), "{card} on the board: {titles}");
    }
    // A new map, never saved: no file yet.
    app.wait_text("[data-file-name]", "Ещё не сохранена").await;
    app.screenshot_of("92-import-map", &title).await;
    app.close().await;
}
