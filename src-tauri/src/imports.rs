//! File → Import… (and a sheet or diagram dropped on a window): the page shows the core's
//! preview of the file (the columns as understood, which the user may change, and the
//! first cards as they will land), then the import opens as a new, untitled map in a window
//! of its own, as a map read out of an exported picture does. The file is read and the core
//! runs on a blocking thread each time: a 100,000-row sheet never stalls a window.

use std::path::{Path, PathBuf};

use journey_core::document::Document;
use journey_core::i18n::text;
use journey_core::document::Update;
use journey_core::edit::Edit;
use journey_core::import::measures::Measured;
use journey_core::import::metrics_preview::{self, MetricsPreview};
use journey_core::import::preview::{self, Preview};
use journey_core::import::{self, ImportError, Layout, Options};
use journey_core::language::Language;
use journey_core::model::Map;
use tauri::{Manager, WebviewWindow};

use crate::dialogs;
use crate::documents::{Documents, Slot};
use crate::error::{CommandError, ErrorCode};
use crate::windows::{self, ui_language, ImportFiles};

/// Asks which file to import; the window keeps it, the page gets its name. `None` when
/// cancelled.
pub async fn pick(window: &WebviewWindow) -> Result<Option<String>, CommandError> {
    let dir = window
        .state::<Documents>()
        .with_open(window.label(), |d| d.path().and_then(Path::parent).map(Path::to_path_buf))
        .flatten();
    let Some(path) = dialogs::pick_import_path(window, dir).await else { return Ok(None) };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    window.state::<ImportFiles>().set(window.label(), path);
    Ok(Some(name))
}

/// The file the window previews: picked in its dialog, or dropped on it.
fn file_of(window: &WebviewWindow, lang: Language) -> Result<PathBuf, CommandError> {
    window
        .state::<ImportFiles>()
        .get(window.label())
        .ok_or_else(|| CommandError::new(ErrorCode::Import, &text(lang, "import-no-file", &[])))
}

/// What the window's file would import as, read with `sheet` and `layout` (`None`: the
/// first sheet, the layout guessed from the header).
pub async fn preview(window: &WebviewWindow, sheet: Option<String>, layout: Option<Layout>) -> Result<Preview, CommandError> {
    let lang = ui_language(window.app_handle());
    let path = file_of(window, lang)?;
    let options = Options { sheet, layout };
    blocking(lang, move || preview_of(&path, &options, lang)).await?
}

/// Imports the window's file as the preview showed it, into a new window.
pub async fn finish(window: &WebviewWindow, sheet: Option<String>, layout: Option<Layout>) -> Result<(), CommandError> {
    let app = window.app_handle();
    let lang = ui_language(app);
    let path = file_of(window, lang)?;
    let options = Options { sheet, layout };
    let map = blocking(lang, move || imported(&path, &options).map_err(|e| CommandError::import(&e, lang, &path))).await??;
    windows::open_map_window(app, Slot::with_doc(Document::untitled(map))).map_err(|e| CommandError::window(&e, lang))?;
    window.state::<ImportFiles>().forget(window.label());
    Ok(())
}

fn preview_of(path: &Path, options: &Options, lang: Language) -> Result<Preview, CommandError> {
    let fail = |e: ImportError| CommandError::import(&e, lang, path);
    let kind = import::kind_of(path).map_err(fail)?;
    let bytes = import::read_file(path).map_err(fail)?;
    preview::preview(&bytes, kind, options, lang).map_err(fail)
}

/// The new map: a sheet's is named after the file; so is a diagram's without a title.
fn imported(path: &Path, options: &Options) -> Result<Map, ImportError> {
    let title = import::title_of(path);
    let bytes = import::read_file(path)?;
    let mut map = import::import_with(&bytes, import::kind_of(path)?, &title, options)?.map;
    if map.title.trim().is_empty() {
        map.title = title;
    }
    Ok(map)
}

/// Import Metrics…: what the window's file would change in the window's map, read with
/// `sheet` (`None`: the first) and dating rows without a date column with `date`.
pub async fn metrics_preview(window: &WebviewWindow, sheet: Option<String>, date: Option<String>) -> Result<MetricsPreview, CommandError> {
    let lang = ui_language(window.app_handle());
    let path = file_of(window, lang)?;
    let map = map_of(window)?;
    blocking(lang, move || {
        let (measured, sheets, sheet) = measured(&path, sheet.as_deref(), &map, date.as_deref()).map_err(|e| CommandError::import(&e, lang, &path))?;
        Ok(metrics_preview::preview(&map, &measured, sheets, sheet, lang))
    })
    .await?
}

/// Import Metrics…, as previewed: the values go into the window's map as one undo step.
pub async fn metrics_finish(window: &WebviewWindow, sheet: Option<String>, date: Option<String>) -> Result<Update, CommandError> {
    let lang = ui_language(window.app_handle());
    let path = file_of(window, lang)?;
    let map = map_of(window)?;
    // The dialog is modal: the map does not change between the preview and this.
    let updated = blocking(lang, move || {
        let (measured, ..) = measured(&path, sheet.as_deref(), &map, date.as_deref()).map_err(|e| CommandError::import(&e, lang, &path))?;
        metrics_preview::imported(&map, &measured).ok_or_else(|| CommandError::new(ErrorCode::Import, &text(lang, "metrics-import-nothing", &[])))
    })
    .await??;
    let update = windows::apply_edit(window, Edit::ReplaceMap { map: Box::new(updated) })?;
    window.state::<ImportFiles>().forget(window.label());
    Ok(update)
}

fn map_of(window: &WebviewWindow) -> Result<Map, CommandError> {
    window
        .state::<Documents>()
        .with_open(window.label(), |d| d.map().clone())
        .ok_or_else(|| CommandError::new(ErrorCode::Import, &text(ui_language(window.app_handle()), "import-no-file", &[])))
}

fn measured(path: &Path, sheet: Option<&str>, map: &Map, date: Option<&str>) -> Result<(Measured, Vec<String>, Option<String>), ImportError> {
    let bytes = import::read_file(path)?;
    metrics_preview::read(&bytes, import::kind_of(path)?, sheet, map, date)
}

/// Runs `work` on a blocking thread. A panic there is reported, not passed on.
async fn blocking<T: Send + 'static>(lang: Language, work: impl FnOnce() -> T + Send + 'static) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(work).await.map_err(|_| CommandError::interrupted(lang))
}

#[cfg(test)]
mod tests {
    use journey_core::import::Role;

    use super::*;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/import").join(name)
    }

    #[test]
    fn a_russian_excel_sheet_previews_with_its_columns_understood_and_imports_under_its_file_name() {
        let path = fixture("ru-excel-windows-1251.csv");
        let preview = preview_of(&path, &Options::default(), Language::Ru).unwrap();
        assert_eq!(preview.encoding.as_deref(), Some("windows-1251"));
        assert_eq!(preview.delimiter.as_deref(), Some(";"));
        assert_eq!(preview.headers[0], "Этап");
        let layout = preview.layout.clone().expect("a sheet has columns");
        assert_eq!(&layout.roles[..3], &[Role::Stage, Role::Title, Role::Sentiment]);
        assert_eq!(preview.cards[0].title, "Реклама в соцсетях");
        assert!(preview.problem.is_none());

        // The user leaves the channel out: the cards keep no channel.
        let mut roles = layout.roles.clone();
        roles[3] = Role::Ignore;
        let options = Options { sheet: None, layout: Some(Layout { header: layout.header, roles }) };
        let map = imported(&path, &options).unwrap();
        assert_eq!(map.title, "ru-excel-windows-1251");
        assert_eq!(map.touchpoints.len() as u32, preview.touchpoints);
        assert!(map.touchpoints.iter().all(|t| t.channel.is_none()));
    }

    #[test]
    fn a_layout_without_a_title_column_is_a_problem_of_the_preview_not_a_failure() {
        let path = fixture("ru-excel-windows-1251.csv");
        let layout = preview_of(&path, &Options::default(), Language::En).unwrap().layout.unwrap();
        let roles = layout.roles.iter().map(|r| if *r == Role::Title { Role::Ignore } else { *r }).collect();
        let options = Options { sheet: None, layout: Some(Layout { header: layout.header, roles }) };
        let preview = preview_of(&path, &options, Language::En).unwrap();
        assert!(preview.problem.is_some_and(|p| p.contains("title")));
        assert!(imported(&path, &options).is_err());
    }

    #[test]
    fn a_file_that_cannot_be_imported_says_why_in_the_uis_language() {
        let e = preview_of(Path::new("/maps/plan.numbers"), &Options::default(), Language::Ru).unwrap_err();
        assert_eq!(e.code, ErrorCode::Import);
        assert_eq!(e.file.as_deref(), Some("plan.numbers"));
        assert!(e.message.contains(".numbers") && e.message.ends_with('.'), "{}", e.message);
        let e = preview_of(&fixture("empty.csv"), &Options::default(), Language::En).unwrap_err();
        assert!(e.message.starts_with("The file is empty"), "{}", e.message);
    }

    #[test]
    fn a_survey_export_previews_against_the_map_and_names_what_it_cannot_place() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/metrics/survey-ru-windows-1251.csv");
        let map = journey_core::model::sample_map();
        let (measured, sheets, sheet) = measured(&path, None, &map, Some("2026-11-30")).unwrap();
        let p = metrics_preview::preview(&map, &measured, sheets, sheet, Language::Ru);
        assert!(p.card_count > 0 && p.value_count >= p.card_count, "{p:?}");
        assert_eq!(p.unmatched_count, 0, "{p:?}");
        assert!(metrics_preview::imported(&map, &measured).is_some());
    }

    #[test]
    fn a_diagram_keeps_its_own_title() {
        let path = fixture("polish-crlf-bom.mmd");
        let preview = preview_of(&path, &Options::default(), Language::Pl).unwrap();
        assert!(preview.layout.is_none() && !preview.cards.is_empty());
        assert!(!imported(&path, &Options::default()).unwrap().title.is_empty());
    }
}
