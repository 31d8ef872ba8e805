//! The map windows and their lifecycle: opening a window for a map (or reusing an untouched
//! one, or focusing the one that has it), titles, the question before closing with unsaved
//! changes, the recent list that opening and saving update, and the recovery copies that
//! saving and closing make obsolete. The commands and the menu call into this module; it
//! calls neither of them (the menu hands in its [`MenuHooks`] at start-up).

mod files;
pub mod merge;
mod watch;

pub use files::{load_theirs, open, open_recent, save, save_as};
pub use merge::{BaseChoice, MergeStart, Merges};

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use journey_core::document::{DocState, Document, Update};
use journey_core::edit::Edit;
use journey_core::language::Language;
use tauri::menu::{Menu, MenuEvent};
use tauri::{AppHandle, Emitter, Manager, WebviewUrl, WebviewWindow, WebviewWindowBuilder, Window, WindowEvent, Wry};

use crate::dialogs::{self, Unsaved};
use crate::documents::{DocumentView, Documents, Slot};
use crate::error::CommandError;
use crate::services::Services;

/// The event that tells the page a sheet or diagram was dropped on its window (its file
/// name), to preview.
pub const IMPORT_DROPPED_EVENT: &str = "import-file";

/// The file each window previews for File → Import…, from its native dialog or a drop: the
/// page names no path, it asks about "the file" of its window.
#[derive(Default)]
pub struct ImportFiles(std::sync::Mutex<std::collections::HashMap<String, PathBuf>>);

impl ImportFiles {
    fn lock(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<String, PathBuf>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set(&self, label: &str, path: PathBuf) {
        self.lock().insert(label.to_owned(), path);
    }

    pub fn get(&self, label: &str) -> Option<PathBuf> {
        self.lock().get(label).cloned()
    }

    pub fn forget(&self, label: &str) {
        self.lock().remove(label);
    }
}

static NEXT_WINDOW: AtomicUsize = AtomicUsize::new(1);

/// The native menu each map window carries. Its items open and close windows, so the menu
/// module sits above this one and hands these in (as app state) rather than being called
/// from here: calls go one way.
#[derive(Clone, Copy)]
pub struct MenuHooks {
    pub build: fn(&AppHandle) -> tauri::Result<Menu<Wry>>,
    pub on_event: fn(&WebviewWindow, MenuEvent),
    /// Brings the window's menu in line with its map (items that need a saved file).
    pub sync: fn(&WebviewWindow),
}

/// The app's one language, for the shell's texts and the core's messages.
pub fn ui_language(app: &AppHandle) -> Language {
    app.state::<Services>().ui_language()
}

/// The first windows: maps with unsaved changes from a session that ended abruptly (still
/// unsaved; the user saves or drops them), then the files named on the command line, else
/// the sample. These files are read right here: no window exists yet to be held up, and the
/// windows open in the order given.
pub fn open_first(app: &AppHandle, files: &[PathBuf]) -> tauri::Result<()> {
    let recovered = app.state::<Services>().recovery.list();
    let mut opened = 0;
    for copy in recovered {
        open_map_window(app, Slot::recovered(copy))?;
        opened += 1;
    }
    for file in files {
        if !focus_window_of(app, file) {
            show_opened(app, file, Slot::opened(file))?;
        }
        opened += 1;
    }
    if opened == 0 {
        open_map_window(app, Slot::sample())?;
    }
    watch::start(app.clone());
    Ok(())
}

pub fn on_window_event(window: &Window, event: &WindowEvent) {
    // By the time a window is destroyed it may be gone from the app's list, so this one
    // needs only its label.
    if let WindowEvent::Destroyed = event {
        forget_window(window.app_handle(), window.label());
        return;
    }
    let Some(window) = window.app_handle().get_webview_window(window.label()) else { return };
    match event {
        WindowEvent::CloseRequested { api, .. } => {
            if window.state::<Documents>().with(window.label(), |slot| slot.is_dirty()) {
                api.prevent_close();
                tauri::async_runtime::spawn(close_with_question(window));
            }
        }
        // A map file dropped on a window opens (in a window of its own, or the window that
        // has it already); a sheet or a Mermaid journey opens the page's import preview
        // (the first one dropped). Card drags use pointer events, not HTML drag and drop,
        // so they are not affected.
        WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) => {
            for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
                tauri::async_runtime::spawn(files::open_dropped(window.app_handle().clone(), path.clone()));
            }
            if let Some(path) = paths.iter().find(|p| journey_core::import::Kind::of(p).is_some()) {
                window.state::<ImportFiles>().set(window.label(), path.clone());
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let _ = window.emit_to(window.label(), IMPORT_DROPPED_EVENT, name);
            }
        }
        _ => {}
    }
}

/// Focuses the window that has `path` open, if there is one.
fn focus_window_of(app: &AppHandle, path: &Path) -> bool {
    let Some(label) = app.state::<Documents>().window_of(path) else { return false };
    match app.get_webview_window(&label) {
        Some(w) => {
            let _ = w.set_focus();
            true
        }
        None => false,
    }
}

/// A window for a file just read: its map, or why it could not be read.
fn show_opened(app: &AppHandle, path: &Path, slot: Slot) -> tauri::Result<WebviewWindow> {
    if slot.doc.is_some() {
        remember(app, path);
    }
    open_map_window(app, slot)
}

pub fn open_map_window(app: &AppHandle, slot: Slot) -> tauri::Result<WebviewWindow> {
    let label = format!("map-{}", NEXT_WINDOW.fetch_add(1, Ordering::Relaxed));
    let title = slot.title();
    let hooks = *app.state::<MenuHooks>();
    let menu = (hooks.build)(app)?;
    app.state::<Documents>().insert(&label, slot);
    WebviewWindowBuilder::new(app, &label, WebviewUrl::App("index.html".into()))
        .menu(menu)
        .on_menu_event(move |window, event| {
            if let Some(w) = window.app_handle().get_webview_window(window.label()) {
                (hooks.on_event)(&w, event);
            }
        })
        .title(title)
        .inner_size(1280.0, 820.0)
        .min_inner_size(720.0, 480.0)
        .build()
        .inspect(|window| (hooks.sync)(window))
}

/// A new window with a map made here (a new map, the sample, a template's).
pub fn open_new(app: &AppHandle, slot: Slot) {
    let _ = open_map_window(app, slot);
}

/// Shows the document's name and unsaved mark in the title bar.
pub fn retitle(window: &WebviewWindow) {
    let title = window.state::<Documents>().with(window.label(), |slot| slot.title());
    let _ = window.set_title(&title);
    (window.state::<MenuHooks>().sync)(window);
}

/// Shows a message in the window, for failures of actions the page did not start
/// (closing, the menu, a change on disk).
pub fn show_error(window: &WebviewWindow, message: &str) {
    let _ = window.emit_to(window.label(), "app-error", message);
}

/// Rebuilds every window's menu, after the recent list or the language changed.
fn refresh_menus(app: &AppHandle) {
    let hooks = *app.state::<MenuHooks>();
    for window in app.webview_windows().values() {
        if let Ok(menu) = (hooks.build)(app) {
            let _ = window.set_menu(menu);
            (hooks.sync)(window);
        }
    }
}

/// Puts a file first in Open Recent, in every window's menu.
fn remember(app: &AppHandle, path: &Path) {
    app.state::<Services>().remember(path);
    refresh_menus(app);
}

/// Empties Open Recent.
pub fn clear_recent(app: &AppHandle) {
    app.state::<Services>().edit_recent(|r| *r = Default::default());
    refresh_menus(app);
}

/// Forgets the recent files that no longer exist.
pub fn remove_missing_recent(app: &AppHandle) {
    app.state::<Services>().edit_recent(|r| r.remove_missing());
    refresh_menus(app);
}

/// Puts the window full screen or back (workshop mode); a refusal is only logged, as the
/// mode works in a window too.
pub fn set_full_screen(window: &WebviewWindow, on: bool) {
    if let Err(e) = window.set_fullscreen(on) {
        eprintln!("journey-mapper: full screen {}: {e}", if on { "on" } else { "off" });
    }
}

/// Remembers the language chosen in the app (an empty one follows the session again);
/// the native menus follow at once.
pub fn set_language(window: &WebviewWindow, language: String) -> Result<(), CommandError> {
    let app = window.app_handle();
    let written = app.state::<Services>().set_language(Some(language));
    refresh_menus(app);
    written.map_err(|e| CommandError::language(&e, ui_language(app)))
}

/// What the window shows, the core's messages in the UI's language.
pub fn view(window: &WebviewWindow) -> DocumentView {
    let lang = ui_language(window.app_handle());
    window.state::<Documents>().with(window.label(), |slot| slot.view(lang))
}

/// Runs `f` on the window's document, or fails because the window has none.
fn with_doc<R>(window: &WebviewWindow, f: impl FnOnce(&mut Document) -> R) -> Result<R, CommandError> {
    let docs = window.state::<Documents>();
    docs.with_open(window.label(), f).ok_or_else(|| CommandError::no_map(ui_language(window.app_handle())))
}

pub fn apply_edit(window: &WebviewWindow, edit: Edit) -> Result<Update, CommandError> {
    let applied = with_doc(window, |d| d.apply(edit))?;
    retitle(window);
    applied.map_err(|e| CommandError::edit(&e, ui_language(window.app_handle())))
}

pub fn undo(window: &WebviewWindow) -> Result<Update, CommandError> {
    let update = with_doc(window, Document::undo);
    retitle(window);
    update
}

pub fn redo(window: &WebviewWindow) -> Result<Update, CommandError> {
    let update = with_doc(window, Document::redo);
    retitle(window);
    update
}

/// "Keep mine" after an outside change: the map stays, and the next save overwrites.
pub fn keep_mine(window: &WebviewWindow) -> Result<DocState, CommandError> {
    let state = with_doc(window, |d| {
        d.keep_mine();
        d.state()
    });
    retitle(window);
    state
}

/// Replaces the window's map with the sample.
pub fn open_sample(window: &WebviewWindow) -> DocumentView {
    window.state::<Documents>().with(window.label(), |slot| *slot = Slot::sample());
    retitle(window);
    view(window)
}

/// Asks to close the window, as the title bar's button does: the question about unsaved
/// changes included.
pub fn close(window: &WebviewWindow) {
    let _ = window.close();
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
        Unsaved::Save => match files::save(&window).await {
            Ok(Some(_)) => {
                let _ = window.destroy();
            }
            // A cancelled save keeps the window open with its changes; so does a failed
            // one, which says why.
            Ok(None) => {}
            Err(e) => show_error(&window, &e.message),
        },
    }
}

fn forget_window(app: &AppHandle, label: &str) {
    // An export nobody waits for any more stops, leaving no file.
    app.state::<crate::exports::Exports>().cancel(label);
    app.state::<ImportFiles>().forget(label);
    if let Some(slot) = app.state::<Documents>().remove(label) {
        // A window that closes with unsaved changes keeps its recovery copy only when it
        // was not closed on purpose, and closing on purpose went through the question.
        if let Some(doc) = slot.doc.filter(|d| !d.is_dirty()) {
            app.state::<Services>().recovery.remove(doc.key());
        }
    }
}
