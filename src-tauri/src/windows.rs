//! Starting the app, its map windows (one per map), closing them without losing work, and
//! the recovery copies written while maps have unsaved changes.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use journey_core::document::DiskChange;
use tauri::{AppHandle, Emitter, Manager, WebviewUrl, WebviewWindow, WebviewWindowBuilder, WindowEvent};

use crate::commands;
use crate::dialogs::{self, Unsaved};
use crate::documents::{Documents, Slot};
use crate::paths::AppPaths;
use crate::services::Services;

/// Recovery copies are written, and open files checked for outside changes, this often:
/// a copy is never older than this interval plus one write.
const RECOVERY_INTERVAL: Duration = Duration::from_millis(500);

static NEXT_WINDOW: AtomicUsize = AtomicUsize::new(1);

pub fn run(files: Vec<PathBuf>) -> tauri::Result<()> {
    tauri::Builder::default()
        .manage(Documents::default())
        .manage(Services::new(AppPaths::resolve()))
        .manage(crate::exports::Exports::default())
        .invoke_handler(tauri::generate_handler![
            commands::load_document,
            commands::apply_edit,
            commands::undo,
            commands::redo,
            commands::save,
            commands::save_as,
            commands::open,
            commands::open_sample,
            commands::close_window,
            commands::recent_files,
            commands::open_recent,
            commands::keep_mine,
            commands::load_theirs,
            commands::preferred_languages,
            commands::set_language,
            commands::export_map,
            commands::cancel_export,
            commands::other_maps,
            commands::touchpoint_library,
        ])
        .setup(move |app| {
            let handle = app.handle().clone();
            // Maps with unsaved changes from a session that ended abruptly come back first,
            // still unsaved; the user saves them or closes them without saving.
            let recovered = app.state::<Services>().recovery.list();
            let mut opened = 0;
            for copy in recovered {
                open_map_window(&handle, Slot::recovered(copy))?;
                opened += 1;
            }
            for file in &files {
                open_path(&handle, file)?;
                opened += 1;
            }
            if opened == 0 {
                open_map_window(&handle, Slot::sample())?;
            }
            start_watcher(handle);
            Ok(())
        })
        .on_window_event(|window, event| {
            // By the time a window is destroyed it may be gone from the app's list, so this
            // one needs only its label.
            if let WindowEvent::Destroyed = event {
                forget_window(window.app_handle(), window.label());
                return;
            }
            let Some(window) = window.app_handle().get_webview_window(window.label()) else { return };
            match event {
                WindowEvent::CloseRequested { api, .. } => {
                    let docs = window.state::<Documents>();
                    if docs.with(window.label(), |slot| slot.is_dirty()) {
                        api.prevent_close();
                        tauri::async_runtime::spawn(close_with_question(window));
                    }
                }
                // A map file dropped on a window opens (in a window of its own, or the
                // window that has it already). Card drags use pointer events, not HTML drag
                // and drop, so they are not affected.
                WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) => {
                    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
                        let _ = open_path(window.app_handle(), path);
                    }
                }
                _ => {}
            }
        })
        .run(tauri::generate_context!())
}

/// Opens `path` in a window: focuses the window that has it already, reuses an untouched
/// window showing a never-saved map, or opens a new one. A file that cannot be read still
/// gets a window, showing why.
pub fn open_path(app: &AppHandle, path: &std::path::Path) -> tauri::Result<WebviewWindow> {
    let docs = app.state::<Documents>();
    if let Some(label) = docs.window_of(path) {
        if let Some(w) = app.get_webview_window(&label) {
            let _ = w.set_focus();
            return Ok(w);
        }
    }
    let slot = Slot::opened(path);
    if slot.doc.is_some() {
        crate::menu::remember(app, path);
    }
    open_map_window(app, slot)
}

/// What opening a file from a window did.
pub enum Opened {
    /// The map is now in that window.
    Here,
    /// The map is in another window: one that had it already, or a new one.
    Elsewhere,
}

/// Opens `path` from `window` (Open…, Open Recent): focuses the window that has it already,
/// puts it in `window` when that shows an untouched, never-saved map, else opens a window
/// of its own. A file that cannot be read leaves every window as it was and says why.
pub fn open_from(window: &WebviewWindow, path: &std::path::Path) -> Result<Opened, String> {
    let app = window.app_handle();
    let docs = app.state::<Documents>();
    if let Some(label) = docs.window_of(path) {
        if let Some(w) = app.get_webview_window(&label) {
            let _ = w.set_focus();
        }
        return Ok(Opened::Elsewhere);
    }
    let doc = journey_core::document::Document::open(path).map_err(|e| commands::tr_err(window, &e))?;
    crate::menu::remember(app, path);
    if docs.with(window.label(), |slot| slot.is_disposable()) {
        docs.with(window.label(), |slot| *slot = Slot::with_doc(doc));
        retitle(window, &docs);
        Ok(Opened::Here)
    } else {
        open_map_window(app, Slot::with_doc(doc)).map_err(|e| {
            let lang = app.state::<Services>().ui_language();
            crate::i18n::tr(lang, "error.window", &[("reason", &e.to_string())])
        })?;
        Ok(Opened::Elsewhere)
    }
}

pub fn open_map_window(app: &AppHandle, slot: Slot) -> tauri::Result<WebviewWindow> {
    let label = format!("map-{}", NEXT_WINDOW.fetch_add(1, Ordering::Relaxed));
    let title = slot.title();
    app.state::<Documents>().insert(&label, slot);
    WebviewWindowBuilder::new(app, &label, WebviewUrl::App("index.html".into()))
        .menu(crate::menu::build(app)?)
        .on_menu_event(|window, event| {
            if let Some(w) = window.app_handle().get_webview_window(window.label()) {
                crate::menu::on_event(&w, event);
            }
        })
        .title(title)
        .inner_size(1280.0, 820.0)
        .min_inner_size(720.0, 480.0)
        .build()
}

/// Shows the document's name and unsaved mark in the title bar.
pub fn retitle(window: &WebviewWindow, docs: &Documents) {
    let title = docs.with(window.label(), |slot| slot.title());
    let _ = window.set_title(&title);
}

/// Asks Save / Don't Save / Cancel, then acts. The window closes only once the map is
/// saved or the user chose to drop the changes.
async fn close_with_question(window: WebviewWindow) {
    let docs = window.state::<Documents>();
    let name = docs.with(window.label(), |slot| {
        slot.doc.as_ref().map(|d| d.file_name().unwrap_or_else(|| d.map().title.clone())).unwrap_or_default()
    });
    match dialogs::ask_unsaved(&window, name).await {
        Unsaved::Cancel => {}
        Unsaved::Discard => {
            // Out of the registry first, so that the recovery writer cannot bring the
            // copy back between its removal and the window's end.
            if let Some(doc) = docs.remove(window.label()).and_then(|slot| slot.doc) {
                window.state::<Services>().recovery.remove(doc.key());
            }
            let _ = window.destroy();
        }
        Unsaved::Save => {
            let saved = commands::save_document(&window, &docs).await;
            if matches!(saved, Ok(Some(_))) {
                let _ = window.destroy();
            }
            // A failed or cancelled save keeps the window open with its changes; the
            // save's own message has been shown in the window by then.
            if let Err(message) = saved {
                commands::show_error(&window, &message);
            }
        }
    }
}

fn forget_window(app: &AppHandle, label: &str) {
    // An export nobody waits for any more stops, leaving no file.
    app.state::<crate::exports::Exports>().cancel(label);
    if let Some(slot) = app.state::<Documents>().remove(label) {
        // A window that closes with unsaved changes keeps its recovery copy only when it
        // was not closed on purpose, and closing on purpose went through the question.
        if let Some(doc) = slot.doc.filter(|d| !d.is_dirty()) {
            app.state::<Services>().recovery.remove(doc.key());
        }
    }
}

/// Twice a second: writes recovery copies of maps with new unsaved changes, and looks for
/// changes that others made to open files.
fn start_watcher(app: AppHandle) {
    std::thread::Builder::new()
        .name("recovery-and-disk-watch".into())
        .spawn(move || loop {
            std::thread::sleep(RECOVERY_INTERVAL);
            let services = app.state::<Services>();
            let docs = app.state::<Documents>();
            let mut changes = Vec::new();
            let mut copies = Vec::new();
            docs.each_doc(|label, doc| {
                copies.extend(doc.recovery_snapshot().map(|s| (label.to_owned(), s)));
                if let Some(change) = doc.take_disk_change() {
                    changes.push((label.to_owned(), change, doc.is_dirty()));
                }
            });
            // Written outside the documents' lock: a big map takes tens of milliseconds to
            // write, and edits (which need the lock) must not wait for it. A failed copy is
            // retried on the next tick; the map in memory is intact.
            for (label, copy) in copies {
                if copy.write(&services.recovery).is_err() {
                    continue;
                }
                // Closed or saved meanwhile: the copy must not outlive the need for it.
                let wanted = docs.with_open(&label, |d| d.key() == copy.key && d.mark_recovered(copy.revision));
                if wanted != Some(true) {
                    services.recovery.remove(&copy.key);
                }
            }
            for (label, change, dirty) in changes {
                if let Some(window) = app.get_webview_window(&label) {
                    disk_changed(&window, change, dirty);
                }
            }
        })
        .map(|_| ())
        .unwrap_or_else(|e| eprintln!("journey-mapper: recovery copies and change detection are off: {e}"));
}

/// Someone else changed or removed the open file. Without unsaved changes the map is
/// reloaded in place; with them, the user chooses, and nothing is overwritten meanwhile.
fn disk_changed(window: &WebviewWindow, change: DiskChange, dirty: bool) {
    let docs = window.state::<Documents>();
    let name = docs.with(window.label(), |s| s.doc.as_ref().and_then(|d| d.file_name())).unwrap_or_default();
    match (change, dirty) {
        (DiskChange::Missing, _) => {
            let _ = docs.with_doc(window, |d| d.keep_mine());
            retitle(window, &docs);
            let lang = window.state::<Services>().ui_language();
            crate::commands::show_error(window, &crate::i18n::tr(lang, "disk.missing", &[("name", &name)]));
        }
        (DiskChange::Modified, false) => match crate::commands::reload_from_disk(window, &docs) {
            Ok(_) => {
                let _ = window.emit_to(window.label(), "document-replaced", "reloaded");
            }
            Err(message) => {
                let lang = window.state::<Services>().ui_language();
                let text = crate::i18n::tr(lang, "disk.unreadable", &[("name", &name), ("reason", &message)]);
                crate::commands::show_error(window, &text);
            }
        },
        (DiskChange::Modified, true) => {
            let _ = window.emit_to(window.label(), "disk-changed", name);
        }
    }
}
