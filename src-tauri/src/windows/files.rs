//! The windows' file work: opening a map, saving it, reading it again after an outside
//! change. The reading and writing run on blocking threads, never on the async runtime's
//! own, and never while holding the documents' lock (see `Documents::save`): one window's
//! big file never stalls another window.

use std::path::{Path, PathBuf};

use journey_core::document::{DocState, Document};
use journey_core::i18n::text;
use journey_core::language::Language;
use tauri::{AppHandle, Emitter, Manager, WebviewWindow};

use super::{focus_window_of, open_map_window, remember, retitle, show_opened, ui_language, view, with_doc};
use crate::dialogs;
use crate::documents::{DocumentView, Documents, Slot};
use crate::error::CommandError;
use crate::services::Services;

/// Runs `work` on a blocking thread. A panic there is reported, not passed on.
async fn blocking<T: Send + 'static>(lang: Language, work: impl FnOnce() -> T + Send + 'static) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(work).await.map_err(|_| CommandError::interrupted(lang))
}

async fn read(path: &Path, lang: Language) -> Result<Document, CommandError> {
    let path = path.to_path_buf();
    blocking(lang, move || crate::documents::open_document(&path)).await?.map_err(|e| CommandError::load(&e, lang))
}

/// Saves to the map's file, or asks where when it has none. `Ok(None)`: cancelled.
pub async fn save(window: &WebviewWindow) -> Result<Option<DocState>, CommandError> {
    if !with_doc(window, |d| d.path().is_some())? {
        return save_as(window).await;
    }
    write(window, None).await.map(Some)
}

/// Asks where to save, then saves there. `Ok(None)`: cancelled.
pub async fn save_as(window: &WebviewWindow) -> Result<Option<DocState>, CommandError> {
    let untitled = text(ui_language(window.app_handle()), "dialog-untitled", &[]);
    let (name, dir) = with_doc(window, |d| {
        let name = d.file_name().unwrap_or_else(|| dialogs::suggested_file_name(&d.map().title, &untitled));
        (name, d.path().and_then(Path::parent).map(Path::to_path_buf))
    })?;
    let Some(path) = dialogs::pick_save_path(window, name, dir).await else {
        return Ok(None);
    };
    write(window, Some(path)).await.map(Some)
}

/// Writes the window's map to `to`, or its own file; then the title, the recent list and
/// the recovery copy follow.
async fn write(window: &WebviewWindow, to: Option<PathBuf>) -> Result<DocState, CommandError> {
    let app = window.app_handle().clone();
    let lang = ui_language(&app);
    let label = window.label().to_owned();
    let saving = app.clone();
    let saved = blocking(lang, move || {
        saving.state::<Documents>().save(&label, to.as_deref(), journey_core::format::save_atomic)
    })
    .await?;
    retitle(window);
    let saved = saved.map_err(|e| CommandError::document(&e, lang))?;
    // Edited while the file was written: the copy is still the only record of those edits.
    if !saved.state.dirty {
        app.state::<Services>().recovery.remove(&saved.key);
    }
    remember(&app, &saved.path);
    Ok(saved.state)
}

/// File → Open…: asks which map, then opens it. The map, when it is now in this window;
/// `None` when cancelled or when it opened in another window.
pub async fn open(window: &WebviewWindow) -> Result<Option<DocumentView>, CommandError> {
    let dir = window
        .state::<Documents>()
        .with_open(window.label(), |d| d.path().and_then(Path::parent).map(Path::to_path_buf))
        .flatten();
    let Some(path) = dialogs::pick_open_path(window, dir).await else {
        return Ok(None);
    };
    Ok(match open_from(window, &path).await? {
        Opened::Here => Some(view(window)),
        Opened::Elsewhere => None,
    })
}

/// Opens entry `index` of the recent list: the path comes from our own list, never from
/// the page.
pub async fn open_recent(window: &WebviewWindow, index: usize) -> Result<(), CommandError> {
    let entry = window.state::<Services>().recent_entries().into_iter().nth(index);
    let Some(entry) = entry else { return Ok(()) };
    if let Opened::Here = open_from(window, &entry.path).await? {
        let _ = window.emit_to(window.label(), "document-replaced", ());
    }
    Ok(())
}

/// What opening a file from a window did.
enum Opened {
    /// The map is now in that window.
    Here,
    /// The map is in another window: one that had it already, or a new one.
    Elsewhere,
}

/// Opens `path` from `window` (Open…, Open Recent): focuses the window that has it already,
/// puts it in `window` when that shows an untouched, never-saved map, else opens a window
/// of its own. A file that cannot be read leaves every window as it was and says why.
async fn open_from(window: &WebviewWindow, path: &Path) -> Result<Opened, CommandError> {
    let app = window.app_handle();
    if focus_window_of(app, path) {
        return Ok(Opened::Elsewhere);
    }
    let lang = ui_language(app);
    let doc = read(path, lang).await?;
    remember(app, path);
    // Decided under the lock, as the window may have been edited while the file was read.
    let declined = app.state::<Documents>().with(window.label(), |slot| {
        if !slot.is_disposable() {
            return Some(doc);
        }
        *slot = Slot::with_doc(doc);
        None
    });
    match declined {
        None => {
            retitle(window);
            Ok(Opened::Here)
        }
        Some(doc) => {
            open_map_window(app, Slot::with_doc(doc)).map_err(|e| CommandError::window(&e, lang))?;
            Ok(Opened::Elsewhere)
        }
    }
}

/// A map file dropped on a window: it opens in a window of its own, or focuses the one that
/// has it. A file that cannot be read still gets a window, showing why.
pub(super) async fn open_dropped(app: AppHandle, path: PathBuf) {
    if focus_window_of(&app, &path) {
        return;
    }
    let file = path.clone();
    if let Ok(slot) = blocking(ui_language(&app), move || Slot::opened(&file)).await {
        let _ = show_opened(&app, &path, slot);
    }
}

/// "Load theirs" after an outside change: the file's new version replaces this map.
pub async fn load_theirs(window: &WebviewWindow) -> Result<DocumentView, CommandError> {
    let w = window.clone();
    blocking(ui_language(window.app_handle()), move || reload_from_disk(&w)).await?
}

/// Replaces the window's map with its file as it is now; on failure nothing changes. It
/// reads the file with no lock held, on the thread it is called on: a blocking task, or the
/// watcher's own thread.
pub(super) fn reload_from_disk(window: &WebviewWindow) -> Result<DocumentView, CommandError> {
    let docs = window.state::<Documents>();
    let lang = ui_language(window.app_handle());
    let path = docs
        .with_open(window.label(), |d| d.path().map(Path::to_path_buf))
        .flatten()
        .ok_or_else(|| CommandError::no_map(lang))?;
    let doc = crate::documents::open_document(&path).map_err(|e| CommandError::load(&e, lang))?;
    let old_key = docs.with(window.label(), |slot| {
        let old = slot.doc.as_ref().map(|d| d.key().to_owned());
        *slot = Slot::with_doc(doc);
        old
    });
    if let Some(key) = old_key {
        window.state::<Services>().recovery.remove(&key);
    }
    retitle(window);
    Ok(view(window))
}
