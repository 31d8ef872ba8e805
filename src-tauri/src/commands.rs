//! The commands the web view may call: each finds the window's document and hands the
//! work to the core. No logic of their own beyond that plumbing.

use journey_core::document::{DocState, Document, Update};
use journey_core::edit::Edit;
use journey_core::export::{Format, Options};
use journey_core::language::Language;
use journey_core::messages::Localize;
use tauri::{Emitter, Manager, State, WebviewWindow};

use crate::dialogs;
use crate::documents::{capitalise, DocumentView, Documents, Slot};
use crate::services::Services;
use crate::windows::{self, retitle};

type Docs<'a> = State<'a, Documents>;

/// The UI's language, for the core's messages.
pub fn language(window: &WebviewWindow) -> Language {
    Language::from_tag(window.state::<Services>().ui_language())
}

/// A core error or note in the UI's language.
pub fn tr_err(window: &WebviewWindow, e: &impl Localize) -> String {
    e.message(language(window))
}

#[tauri::command]
pub fn load_document(window: WebviewWindow, docs: Docs) -> DocumentView {
    docs.with(window.label(), |slot| slot.view(language(&window)))
}

#[tauri::command]
pub fn apply_edit(window: WebviewWindow, docs: Docs, edit: Edit) -> Result<Update, String> {
    let lang = language(&window);
    let update = docs.with_doc(&window, |d| d.apply(edit).map_err(|e| capitalise(e.message(lang))))?;
    retitle(&window, &docs);
    update
}

#[tauri::command]
pub fn undo(window: WebviewWindow, docs: Docs) -> Result<Update, String> {
    let update = docs.with_doc(&window, Document::undo);
    retitle(&window, &docs);
    update
}

#[tauri::command]
pub fn redo(window: WebviewWindow, docs: Docs) -> Result<Update, String> {
    let update = docs.with_doc(&window, Document::redo);
    retitle(&window, &docs);
    update
}

#[tauri::command]
pub async fn save(window: WebviewWindow, docs: Docs<'_>) -> Result<Option<DocState>, String> {
    save_document(&window, &docs).await
}

#[tauri::command]
pub async fn save_as(window: WebviewWindow, docs: Docs<'_>) -> Result<Option<DocState>, String> {
    save_document_as(&window, &docs).await
}

#[tauri::command]
pub fn close_window(window: WebviewWindow) {
    // Goes through the same close request as the title bar's button, question included.
    let _ = window.close();
}

/// Saves to the map's file, or asks where when it has none. `Ok(None)`: cancelled.
pub async fn save_document(window: &WebviewWindow, docs: &Documents) -> Result<Option<DocState>, String> {
    let has_file = docs.with_doc(window, |d| d.path().is_some())?;
    if !has_file {
        return save_document_as(window, docs).await;
    }
    let lang = language(window);
    let state = docs.with_doc(window, |d| d.save().map_err(|e| capitalise(e.message(lang))))?;
    after_save(window, docs);
    state.map(Some)
}

pub async fn save_document_as(window: &WebviewWindow, docs: &Documents) -> Result<Option<DocState>, String> {
    let untitled = crate::i18n::tr(window.state::<Services>().ui_language(), "dialog.untitled", &[]);
    let (name, dir) = docs.with_doc(window, |d| {
        let name = d.file_name().unwrap_or_else(|| dialogs::suggested_file_name(&d.map().title, &untitled));
        (name, d.path().and_then(|p| p.parent()).map(|p| p.to_path_buf()))
    })?;
    let Some(path) = dialogs::pick_save_path(window, name, dir).await else {
        return Ok(None);
    };
    let lang = language(window);
    let state = docs.with_doc(window, |d| d.save_as(&path).map_err(|e| e.message(lang)))?;
    after_save(window, docs);
    state.map(Some)
}

fn after_save(window: &WebviewWindow, docs: &Documents) {
    retitle(window, docs);
    let done = docs.with(window.label(), |s| {
        let d = s.doc.as_ref()?;
        let path = d.path()?.to_path_buf();
        (!d.is_dirty()).then(|| (d.key().to_owned(), path))
    });
    if let Some((key, path)) = done {
        window.state::<Services>().recovery.remove(&key);
        crate::menu::remember(window.app_handle(), &path);
    }
}

/// Shows a message in the window, for failures of actions the web view did not start
/// (closing, the menu).
pub fn show_error(window: &WebviewWindow, message: &str) {
    let _ = window.emit_to(window.label(), "app-error", message);
}

#[tauri::command]
pub async fn open(window: WebviewWindow, docs: Docs<'_>) -> Result<Option<DocumentView>, String> {
    let dir = docs.with(window.label(), |s| s.doc.as_ref().and_then(|d| d.path()?.parent().map(|p| p.to_path_buf())));
    let Some(path) = dialogs::pick_open_path(&window, dir).await else {
        return Ok(None);
    };
    match windows::open_from(&window, &path)? {
        windows::Opened::Here => Ok(Some(docs.with(window.label(), |slot| slot.view(language(&window))))),
        windows::Opened::Elsewhere => Ok(None),
    }
}

#[tauri::command]
pub fn open_sample(window: WebviewWindow, docs: Docs) -> DocumentView {
    let lang = language(&window);
    let view = docs.with(window.label(), |slot| {
        *slot = Slot::sample();
        slot.view(lang)
    });
    retitle(&window, &docs);
    view
}

/// The recent list, for the page's own Open Recent.
#[tauri::command]
pub fn recent_files(window: WebviewWindow) -> Vec<journey_core::workspace::RecentEntry> {
    window.state::<Services>().recent_entries()
}

/// Opens entry `index` of the recent list: the page names an entry, never a path.
#[tauri::command]
pub fn open_recent(window: WebviewWindow, index: usize) {
    crate::menu::open_recent(&window, index);
}

/// "Keep mine" after an outside change: the map stays, and the next save overwrites.
#[tauri::command]
pub fn keep_mine(window: WebviewWindow, docs: Docs) -> Result<DocState, String> {
    let state = docs.with_doc(&window, |d| {
        d.keep_mine();
        d.state()
    });
    retitle(&window, &docs);
    state
}

/// "Load theirs" after an outside change: the file's new version replaces this map.
#[tauri::command]
pub fn load_theirs(window: WebviewWindow, docs: Docs) -> Result<DocumentView, String> {
    reload_from_disk(&window, &docs)
}

/// Replaces the window's map with its file as it is now; on failure nothing changes.
pub fn reload_from_disk(window: &WebviewWindow, docs: &Documents) -> Result<DocumentView, String> {
    let path = docs
        .with(window.label(), |s| s.doc.as_ref().and_then(|d| d.path().map(|p| p.to_path_buf())))
        .ok_or_else(|| crate::documents::no_map(window))?;
    let doc = Document::open(&path).map_err(|e| tr_err(window, &e))?;
    let old_key = docs.with(window.label(), |slot| {
        let old = slot.doc.as_ref().map(|d| d.key().to_owned());
        *slot = Slot::with_doc(doc);
        old
    });
    if let Some(key) = old_key {
        window.state::<Services>().recovery.remove(&key);
    }
    retitle(window, docs);
    Ok(docs.with(window.label(), |slot| slot.view(language(window))))
}

/// File → Export…: asks where, then writes the map in `format`. `Ok(None)`: cancelled.
#[tauri::command]
pub async fn export_map(window: WebviewWindow, docs: Docs<'_>, format: Format, options: Options) -> Result<Option<String>, String> {
    crate::exports::export_map(&window, &docs, format, options).await
}

/// Stops this window's running export; nothing is written.
#[tauri::command]
pub fn cancel_export(window: WebviewWindow) {
    crate::exports::cancel(&window);
}

/// The languages to show the UI in, most preferred first: the one chosen in the app, then
/// the session's.
#[tauri::command]
pub fn preferred_languages(window: WebviewWindow) -> Vec<String> {
    window.state::<Services>().languages()
}

/// Remembers the language chosen in the app; an empty one follows the session again.
#[tauri::command]
pub fn set_language(window: WebviewWindow, language: String) -> Result<(), String> {
    window.state::<Services>().set_language(Some(language))?;
    // The native menus follow at once.
    crate::menu::refresh(window.app_handle());
    Ok(())
}

/// The touchpoint library, in `language` (the UI's own, so that it always matches the
/// page's texts) or else the UI's language as the shell knows it.
#[tauri::command]
pub fn touchpoint_library(window: WebviewWindow, language: Option<String>) -> Vec<journey_core::model::LibrarySection> {
    journey_core::model::library(language.as_deref().map_or_else(|| self::language(&window), Language::from_tag))
}

/// The other open maps' emotion curves, to compare with this one (two maps side by side,
/// each in its own window).
#[tauri::command]
pub fn other_maps(window: WebviewWindow, docs: Docs) -> Vec<OtherMap> {
    let mut out = Vec::new();
    docs.each_doc(|label, doc| {
        if label != window.label() {
            out.push(OtherMap { label: label.to_owned(), summary: journey_core::model::CurveSummary::of(doc.map()) });
        }
    });
    out.sort_by(|a, b| a.summary.title.cmp(&b.summary.title));
    out
}

#[derive(serde::Serialize)]
pub struct OtherMap {
    label: String,
    #[serde(flatten)]
    summary: journey_core::model::CurveSummary,
}
