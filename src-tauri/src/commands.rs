//! The commands the web view may call: each finds the window's document and hands the
//! work to the core. No logic of their own beyond that plumbing.

use journey_core::document::{DocState, Document, Update};
use journey_core::edit::Edit;
use tauri::{State, WebviewWindow};

use crate::dialogs;
use crate::documents::{capitalise, DocumentView, Documents, Slot};
use crate::windows::retitle;

type Docs<'a> = State<'a, Documents>;

#[tauri::command]
pub fn load_document(window: WebviewWindow, docs: Docs) -> DocumentView {
    docs.with(window.label(), |slot| slot.view())
}

#[tauri::command]
pub fn apply_edit(window: WebviewWindow, docs: Docs, edit: Edit) -> Result<Update, String> {
    let update = docs.with_doc(window.label(), |d| d.apply(edit).map_err(|e| capitalise(e.to_string())))?;
    retitle(&window, &docs);
    update
}

#[tauri::command]
pub fn undo(window: WebviewWindow, docs: Docs) -> Result<Update, String> {
    let update = docs.with_doc(window.label(), Document::undo);
    retitle(&window, &docs);
    update
}

#[tauri::command]
pub fn redo(window: WebviewWindow, docs: Docs) -> Result<Update, String> {
    let update = docs.with_doc(window.label(), Document::redo);
    retitle(&window, &docs);
    update
}

#[tauri::command]
pub async fn save(window: WebviewWindow, docs: Docs<'_>) -> Result<Option<DocState>, String> {
    let has_file = docs.with_doc(window.label(), |d| d.path().is_some())?;
    if !has_file {
        return save_as(window, docs).await;
    }
    let state = docs.with_doc(window.label(), |d| d.save().map_err(|e| e.to_string()))?;
    retitle(&window, &docs);
    state.map(Some)
}

#[tauri::command]
pub async fn save_as(window: WebviewWindow, docs: Docs<'_>) -> Result<Option<DocState>, String> {
    let (name, dir) = docs.with_doc(window.label(), |d| {
        let name = d.file_name().unwrap_or_else(|| dialogs::suggested_file_name(&d.map().title));
        (name, d.path().and_then(|p| p.parent()).map(|p| p.to_path_buf()))
    })?;
    let Some(path) = dialogs::pick_save_path(&window, name, dir).await else {
        return Ok(None);
    };
    let state = docs.with_doc(window.label(), |d| d.save_as(&path).map_err(|e| e.to_string()))?;
    retitle(&window, &docs);
    state.map(Some)
}

#[tauri::command]
pub async fn open(window: WebviewWindow, docs: Docs<'_>) -> Result<Option<DocumentView>, String> {
    let dir = docs.with(window.label(), |s| s.doc.as_ref().and_then(|d| d.path()?.parent().map(|p| p.to_path_buf())));
    let Some(path) = dialogs::pick_open_path(&window, dir).await else {
        return Ok(None);
    };
    // A file that cannot be read leaves the open map as it was.
    let doc = Document::open(&path).map_err(|e| e.to_string())?;
    let view = docs.with(window.label(), |slot| {
        *slot = Slot { doc: Some(doc), error: None };
        slot.view()
    });
    retitle(&window, &docs);
    Ok(Some(view))
}

#[tauri::command]
pub fn open_sample(window: WebviewWindow, docs: Docs) -> DocumentView {
    let view = docs.with(window.label(), |slot| {
        *slot = Slot::sample();
        slot.view()
    });
    retitle(&window, &docs);
    view
}
