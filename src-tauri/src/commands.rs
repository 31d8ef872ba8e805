//! The commands the web view may call: each hands the work, in one line, to the module that
//! owns the windows, to the exports, or to the core. Each fails with a [`CommandError`].

use journey_core::diff::Comparison;
use journey_core::document::{DocState, Update};
use journey_core::edit::Edit;
use journey_core::export::{Format, Options};
use journey_core::import::metrics_preview::MetricsPreview;
use journey_core::import::preview::Preview;
use journey_core::import::Layout;
use journey_core::language::Language;
use journey_core::merge::{ConflictView, MergeDone, Take};
use journey_core::model::{LibrarySection, Presets};
use tauri::{Manager, State, WebviewWindow};

use crate::compare::{self, CompareWith};
use crate::documents::{DocumentView, Documents, OtherMap};
use crate::error::CommandError;
use crate::exports;
use crate::imports;
use crate::services::Services;
use crate::windows::{self, BaseChoice, MergeStart};
use crate::workspace::RecentEntry;

type Docs<'a> = State<'a, Documents>;
type Result<T> = std::result::Result<T, CommandError>;

/// The document of this window; also right after a web view reload.
#[tauri::command]
#[specta::specta]
pub fn load_document(window: WebviewWindow) -> Result<DocumentView> {
    Ok(windows::view(&window))
}

#[tauri::command]
#[specta::specta]
pub fn apply_edit(window: WebviewWindow, edit: Edit) -> Result<Update> {
    windows::apply_edit(&window, edit)
}

#[tauri::command]
#[specta::specta]
pub fn undo(window: WebviewWindow) -> Result<Update> {
    windows::undo(&window)
}

#[tauri::command]
#[specta::specta]
pub fn redo(window: WebviewWindow) -> Result<Update> {
    windows::redo(&window)
}

/// Saves to the map's file, or asks where when it has none. `Ok(None)`: cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save(window: WebviewWindow) -> Result<Option<DocState>> {
    windows::save(&window).await
}

/// Asks where, then saves there. `Ok(None)`: cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_as(window: WebviewWindow) -> Result<Option<DocState>> {
    windows::save_as(&window).await
}

/// Closes this window through the same close request as the title bar's button,
/// question included.
#[tauri::command]
#[specta::specta]
pub fn close_window(window: WebviewWindow) -> Result<()> {
    windows::close(&window);
    Ok(())
}

/// Workshop mode: the window full screen, or back as it was. A window manager that will
/// not is no failure: the mode works in the window as it is.
#[tauri::command]
#[specta::specta]
pub fn set_full_screen(window: WebviewWindow, on: bool) -> Result<()> {
    windows::set_full_screen(&window, on);
    Ok(())
}

/// File → Open…: the map when it opened in this window; `None` when cancelled or when it
/// opened in another window.
#[tauri::command]
#[specta::specta]
pub async fn open(window: WebviewWindow) -> Result<Option<DocumentView>> {
    windows::open(&window).await
}

#[tauri::command]
#[specta::specta]
pub fn open_sample(window: WebviewWindow) -> Result<DocumentView> {
    Ok(windows::open_sample(&window))
}

/// The recent list, for the page's own Open Recent.
#[tauri::command]
#[specta::specta]
pub fn recent_files(window: WebviewWindow) -> Result<Vec<RecentEntry>> {
    Ok(window.state::<Services>().recent_entries())
}

/// Opens entry `index` of the recent list: the page names an entry, never a path.
#[tauri::command]
#[specta::specta]
pub async fn open_recent(window: WebviewWindow, index: usize) -> Result<()> {
    windows::open_recent(&window, index).await
}

/// "Keep mine" after an outside change: the map stays, and the next save overwrites.
#[tauri::command]
#[specta::specta]
pub fn keep_mine(window: WebviewWindow) -> Result<DocState> {
    windows::keep_mine(&window)
}

/// "Load theirs" after an outside change: the file's new version replaces this map.
#[tauri::command]
#[specta::specta]
pub async fn load_theirs(window: WebviewWindow) -> Result<DocumentView> {
    windows::load_theirs(&window).await
}

/// File → Export…: asks where, then writes the map in `format`. `Ok(None)`: cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_map(window: WebviewWindow, docs: Docs<'_>, format: Format, options: Options) -> Result<Option<String>> {
    exports::export_map(&window, &docs, format, options).await
}

/// Stops this window's running export; nothing is written.
#[tauri::command]
#[specta::specta]
pub fn cancel_export(window: WebviewWindow) -> Result<()> {
    exports::cancel(&window);
    Ok(())
}

/// The languages to show the UI in, most preferred first: the one chosen in the app, then
/// the session's.
#[tauri::command]
#[specta::specta]
pub fn preferred_languages(window: WebviewWindow) -> Result<Vec<String>> {
    Ok(window.state::<Services>().languages())
}

/// Remembers the language chosen in the app; an empty one follows the session again.
#[tauri::command]
#[specta::specta]
pub fn set_language(window: WebviewWindow, language: String) -> Result<()> {
    windows::set_language(&window, language)
}

/// The touchpoint library, in `language` (the UI's own, so that it always matches the
/// page's texts) or else the UI's language as the shell knows it.
#[tauri::command]
#[specta::specta]
pub fn touchpoint_library(window: WebviewWindow, language: Option<String>) -> Result<Vec<LibrarySection>> {
    Ok(journey_core::model::library(language.as_deref().map_or_else(|| windows::ui_language(window.app_handle()), Language::from_tag)))
}

/// The metrics and criteria a map can start from, named in `language` (as the library).
#[tauri::command]
#[specta::specta]
pub fn measure_presets(window: WebviewWindow, language: Option<String>) -> Result<Presets> {
    Ok(journey_core::model::presets(language.as_deref().map_or_else(|| windows::ui_language(window.app_handle()), Language::from_tag)))
}

/// The other open maps' emotion curves, to compare with this one (two maps side by side,
/// each in its own window).
#[tauri::command]
#[specta::specta]
pub fn other_maps(window: WebviewWindow, docs: Docs) -> Result<Vec<OtherMap>> {
    Ok(docs.other_maps(window.label()))
}

/// File → Merge…, step one: asks for the other copy and looks for its common version in
/// git. `Ok(None)`: cancelled.
#[tauri::command]
#[specta::specta]
pub async fn merge_begin(window: WebviewWindow) -> Result<Option<MergeStart>> {
    windows::merge::begin(&window).await
}

/// Merge…, step two: merges the copy from the chosen base, as one undoable edit.
/// `Ok(None)`: cancelled.
#[tauri::command]
#[specta::specta]
pub async fn merge_finish(window: WebviewWindow, base: BaseChoice) -> Result<Option<MergeDone>> {
    windows::merge::finish(&window, base).await
}

/// The merge conflicts this window's map records, said in `language` (the page's own, so
/// that they always match its texts) or else the UI's language as the shell knows it.
#[tauri::command]
#[specta::specta]
pub fn merge_conflicts(window: WebviewWindow, language: Option<String>) -> Result<Vec<ConflictView>> {
    windows::merge::conflicts(&window, language.as_deref().map(Language::from_tag))
}

/// Resolves recorded conflict `index`: our value kept, or the other copy's taken.
#[tauri::command]
#[specta::specta]
pub fn resolve_conflict(window: WebviewWindow, index: u32, take: Take) -> Result<Update> {
    windows::merge::resolve(&window, index as usize, take)
}

/// File → Compare With… (`against` a `file`: asks which copy) or Compare with Saved Version (`saved`):
/// the changes from that copy to this window's map. `Ok(None)`: cancelled.
#[tauri::command]
#[specta::specta]
pub async fn start_comparison(window: WebviewWindow, against: CompareWith) -> Result<Option<Comparison>> {
    compare::start(&window, against).await
}

/// This window's comparison with its map as it is now (after an edit); `None`: none.
#[tauri::command]
#[specta::specta]
pub fn comparison(window: WebviewWindow) -> Result<Option<Comparison>> {
    Ok(compare::current(&window))
}

#[tauri::command]
#[specta::specta]
pub fn end_comparison(window: WebviewWindow) -> Result<()> {
    compare::end(&window);
    Ok(())
}

/// File → Import…: asks which sheet or diagram; its file name, or `None` when cancelled.
/// The window keeps the file: the commands below work on it.
#[tauri::command]
#[specta::specta]
pub async fn pick_import_file(window: WebviewWindow) -> Result<Option<String>> {
    imports::pick(&window).await
}

/// What the window's file to import (picked or dropped) would import as, read with `sheet`
/// and `layout` (`None`: the first sheet, the columns guessed from the header).
#[tauri::command]
#[specta::specta]
pub async fn import_preview(window: WebviewWindow, sheet: Option<String>, layout: Option<Layout>) -> Result<Preview> {
    imports::preview(&window, sheet, layout).await
}

/// Imports the window's file as previewed, as a new untitled map in a window of its own.
#[tauri::command]
#[specta::specta]
pub async fn import_finish(window: WebviewWindow, sheet: Option<String>, layout: Option<Layout>) -> Result<()> {
    imports::finish(&window, sheet, layout).await
}

/// Import Metrics…: what the window's file (picked with `pick_import_file`) would change in
/// this window's map, read with `sheet`; `date` dates rows without a date column.
#[tauri::command]
#[specta::specta]
pub async fn metrics_preview(window: WebviewWindow, sheet: Option<String>, date: Option<String>) -> Result<MetricsPreview> {
    imports::metrics_preview(&window, sheet, date).await
}

/// Import Metrics…, as previewed: the sheet's values go into this map as one undo step.
#[tauri::command]
#[specta::specta]
pub async fn metrics_finish(window: WebviewWindow, sheet: Option<String>, date: Option<String>) -> Result<Update> {
    imports::metrics_finish(&window, sheet, date).await
}
