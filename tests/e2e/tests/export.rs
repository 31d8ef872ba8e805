//! File → Export… in the real window: the dialog, the file the core writes, the toast.
//! The save dialog is answered by the test hook (JOURNEY_MAPPER_TEST_DIALOG_PATH).

use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};

use journey_mapper_e2e::fantoccini::key::Key;
use journey_mapper_e2e::{workspace_root, App, Launch, PATIENCE};
use serde_json::Value;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The ids of the cards on screen: the map the export was made from.
async fn touchpoint_ids(app: &App) -> BTreeSet<String> {
    let ids = app.eval("return [...document.querySelectorAll('[data-touchpoint-id]')].map(e => e.dataset.touchpointId)").await;
    ids.as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
}

/// The export's column name for touchpoint ids, in `lang`, from the app's catalogue.
fn id_column(lang: &str) -> String {
    let path = workspace_root().join(format!("src-tauri/core/locales/{lang}/export.ftl"));
    let catalogue = std::fs::read_to_string(&path).unwrap();
    let line = catalogue.lines().find_map(|l| l.strip_prefix("label-col-id = "));
    line.unwrap_or_else(|| panic!("label-col-id in {}", path.display())).to_owned()
}

/// Waits for a toast containing `needle` (older toasts may still be on screen). Fails at
/// once with the dialog's message if the export failed instead.
async fn wait_toast(app: &App, needle: &str) -> String {
    let end = Instant::now() + PATIENCE;
    loop {
        let toasts = app.eval("return [...document.querySelectorAll('[data-toast]')].map(t => t.textContent).join('\\n')").await;
        // As a person reads them: without the page's invisible isolation marks.
        let toasts = toasts.as_str().unwrap_or_default().replace(['\u{2068}', '\u{2069}'], "");
        if toasts.contains(needle) {
            return toasts;
        }
        if let Some(error) = app.text_of("[data-export-error]").await {
            panic!("the export failed instead of writing {needle}: {error}");
        }
        assert!(Instant::now() < end, "waited for a toast with {needle:?}; toasts: {toasts:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn open_dialog(app: &App) {
    app.chord(&[Key::Control], 'e').await;
    app.wait_for("[data-export-dialog]").await;
}

async fn export_as(app: &App, format: &str) {
    app.wait_for(&format!("[data-export-dialog] [data-format='{format}']")).await.click().await.unwrap();
    app.wait_for(&format!("[data-format='{format}'] input:checked")).await;
}

async fn start(app: &App) {
    app.wait_for("[data-action='start-export']").await.click().await.unwrap();
}

/// Reads a CSV export: UTF-8 with a BOM (so that Excel reads the letters right).
fn read_csv(path: &Path, delimiter: u8) -> (Vec<String>, Vec<Vec<String>>) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(bytes.starts_with(BOM), "{} starts with a UTF-8 BOM: {:?}", path.display(), &bytes[..bytes.len().min(8)]);
    let text = std::str::from_utf8(&bytes[BOM.len()..]).expect("UTF-8");
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().expect("a header row").iter().map(str::to_owned).collect();
    let rows = reader
        .records()
        .map(|r| r.expect("a well-formed row").iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

/// The values of the column named `name`.
fn column(header: &[String], rows: &[Vec<String>], name: &str) -> BTreeSet<String> {
    let at = header.iter().position(|h| h == name).unwrap_or_else(|| panic!("a column {name:?} in {header:?}"));
    rows.iter().map(|r| r[at].clone()).collect()
}

#[tokio::test]
async fn exports_the_sample_map_as_csv_and_png() {
    let dir = tempfile::tempdir().unwrap();
    // One answer for every save dialog, without an extension: the app adds the format's.
    let answer = dir.path().join("exported");
    let launch = Launch::default().env("LANGUAGE", "en").env("JOURNEY_MAPPER_TEST_DIALOG_PATH", answer.to_str().unwrap());
    let app = App::launch(launch).await;
    app.ready().await;
    let ids = touchpoint_ids(&app).await;
    assert!(ids.len() >= 10, "the sample map is on screen: {ids:?}");

    open_dialog(&app).await;
    app.wait_for("[data-export-dialog] [data-format='png'] input:checked").await;
    app.wait_for("[data-export-dialog] [data-options='png']").await;
    app.screenshot("40-export-dialog").await;

    // CSV, comma-separated.
    export_as(&app, "csv").await;
    app.wait_for("[data-export-dialog] [data-options='csv']").await;
    app.wait_for("[data-delimiter='comma']").await.click().await.unwrap();
    app.wait_for("[data-delimiter='comma'] input:checked").await;
    app.screenshot("41-export-dialog-csv").await;
    start(&app).await;
    wait_toast(&app, "Exported to exported.csv").await;
    app.wait_count("[data-export-dialog]", 0).await;
    app.screenshot("42-exported").await;
    let csv_file = dir.path().join("exported.csv");
    let (header, rows) = read_csv(&csv_file, b',');
    assert_eq!(rows.len(), ids.len(), "one row per touchpoint; header {header:?}");
    assert_eq!(column(&header, &rows, &id_column("en")), ids);

    // PNG, at twice the size: the dialog remembers CSV, so choose again.
    open_dialog(&app).await;
    app.wait_for("[data-format='csv'] input:checked").await;
    export_as(&app, "png").await;
    app.wait_for("[data-scale='2']").await.click().await.unwrap();
    app.wait_for("[data-scale='2'] input:checked").await;
    start(&app).await;
    wait_toast(&app, "Exported to exported.png").await;
    let png_file = dir.path().join("exported.png");
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png_file).unwrap()));
    let mut reader = decoder.read_info().expect("a PNG header");
    let (width, height) = (reader.info().width, reader.info().height);
    assert!(width > 0 && height > 0, "{width} × {height}");
    let mut pixels = vec![0; reader.output_buffer_size()];
    reader.next_frame(&mut pixels).expect("the picture decodes");
    assert!(pixels.iter().any(|&b| b != 0), "the picture is not blank");
    // Nothing else was written beside them: no temporary files left over.
    let mut names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["exported.csv", "exported.png"]);
    app.close().await;
}

#[tokio::test]
async fn a_polish_ui_exports_polish_column_names_separated_by_semicolons() {
    let dir = tempfile::tempdir().unwrap();
    let answer = dir.path().join("mapa.csv");
    let launch = Launch::default()
        .env("LANGUAGE", "pl_PL")
        .env("LANG", "pl_PL.UTF-8")
        .env("LC_ALL", "")
        .env("JOURNEY_MAPPER_TEST_DIALOG_PATH", answer.to_str().unwrap());
    let app = App::launch(launch).await;
    app.ready().await;
    let ids = touchpoint_ids(&app).await;
    // Opened from the toolbar this time.
    app.wait_for("[data-action='export']").await.click().await.unwrap();
    app.wait_for("[data-export-dialog]").await;
    export_as(&app, "pdf").await;
    app.wait_for("[data-export-dialog] [data-options='pdf']").await;
    app.screenshot("43-export-dialog-polish-pdf").await;
    export_as(&app, "csv").await;
    // The separator is not touched: Polish means semicolons.
    app.wait_for("[data-delimiter='semicolon'] input:checked").await;
    app.wait_text("[data-export-dialog]", "Średnik").await;
    start(&app).await;
    wait_toast(&app, "mapa.csv").await;
    let (header, rows) = read_csv(&answer, b';');
    assert_eq!(rows.len(), ids.len(), "one row per touchpoint; header {header:?}");
    assert_eq!(column(&header, &rows, &id_column("pl")), ids);
    app.close().await;
}

#[tokio::test]
async fn a_cancelled_save_dialog_closes_the_export_quietly() {
    // An empty answer is the hook's "cancelled".
    let launch = Launch::default().env("LANGUAGE", "en").env("JOURNEY_MAPPER_TEST_DIALOG_PATH", "");
    let app = App::launch(launch).await;
    app.ready().await;
    open_dialog(&app).await;
    export_as(&app, "md").await;
    start(&app).await;
    app.wait_count("[data-export-dialog]", 0).await;
    assert_eq!(app.count("[data-toast]").await, 0);
    assert_eq!(app.count("[data-export-error]").await, 0);
    app.close().await;
}

/// A colleague who received only the picture opens it and gets the editable map back: the
/// PNG made by `journey-mapper export` opens from the command line, as an unsaved map with a
/// note, and saving writes a map file, never JSON over the picture.
#[tokio::test]
async fn an_exported_png_opens_as_the_editable_map_and_saves_as_a_map_file() {
    let dir = tempfile::tempdir().unwrap();
    let map = journey_mapper_e2e::copy_fixture("valid/coffee-shop-small.journey.json", dir.path());
    let picture = dir.path().join("shared.png");
    let status = std::process::Command::new(journey_mapper_e2e::app_binary())
        .args(["export", map.to_str().unwrap(), "-o", picture.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    let picture_bytes = std::fs::read(&picture).unwrap();
    let expected = journey_core_ids(&map);

    let saved = dir.path().join("from-picture.journey.json");
    let launch = Launch::file(&picture).env("LANGUAGE", "en").env("JOURNEY_MAPPER_TEST_DIALOG_PATH", saved.to_str().unwrap());
    let app = App::launch(launch).await;
    app.ready().await;
    assert_eq!(touchpoint_ids(&app).await, expected);
    app.wait_text("[data-notes]", "PNG image").await;
    app.screenshot("44-opened-from-png").await;

    app.chord(&[Key::Control], 's').await;
    journey_mapper_e2e::wait_for_file(&saved, "the map saved from the picture", |text| text.contains("\"format\": \"journey-map\"")).await;
    app.wait_text("[data-file-name]", "from-picture.journey.json").await;
    assert_eq!(std::fs::read(&picture).unwrap(), picture_bytes, "the picture is untouched");
    app.close().await;
}

/// The card ids of a map file, read the way a script would.
fn journey_core_ids(path: &Path) -> BTreeSet<String> {
    let map: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    map["touchpoints"].as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap().to_owned()).collect()
}
