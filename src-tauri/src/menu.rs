//! The native File menu. Actions that need the page's state (Save commits an open text
//! field first) go to the page as a "menu-action" event and come back as commands; the
//! rest (New, Open, Open Recent, Close, Quit) are carried out here.

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewWindow};

use crate::documents::{Documents, Slot};
use crate::services::Services;
use crate::windows;

const RECENT_PREFIX: &str = "recent:";

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let entries = app.state::<Services>().recent_entries();
    let mut recent = SubmenuBuilder::new(app, "Open Recent");
    if entries.is_empty() {
        recent = recent.item(&MenuItemBuilder::with_id("recent-none", "No Recent Maps").enabled(false).build(app)?);
    }
    for (i, entry) in entries.iter().enumerate() {
        let folder = entry.path.parent().map(|p| p.display().to_string()).unwrap_or_default();
        let label = if entry.exists {
            format!("{}  —  {folder}", entry.name)
        } else {
            format!("{} (missing)  —  {folder}", entry.name)
        };
        recent = recent.item(&MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{i}"), label).enabled(entry.exists).build(app)?);
    }
    let any_missing = entries.iter().any(|e| !e.exists);
    recent = recent
        .separator()
        .item(&MenuItemBuilder::with_id("recent-remove-missing", "Remove Missing Files").enabled(any_missing).build(app)?)
        .item(&MenuItemBuilder::with_id("recent-clear", "Clear List").enabled(!entries.is_empty()).build(app)?);

    let file = SubmenuBuilder::new(app, "File")
        .item(&MenuItemBuilder::with_id("new", "New Map").accelerator("CmdOrCtrl+N").build(app)?)
        .item(&MenuItemBuilder::with_id("new-sample", "New from Sample").build(app)?)
        .item(&MenuItemBuilder::with_id("open", "Open…").accelerator("CmdOrCtrl+O").build(app)?)
        .item(&recent.build()?)
        .separator()
        .item(&MenuItemBuilder::with_id("save", "Save").accelerator("CmdOrCtrl+S").build(app)?)
        .item(&MenuItemBuilder::with_id("save-as", "Save As…").accelerator("CmdOrCtrl+Shift+S").build(app)?)
        .separator()
        .item(&MenuItemBuilder::with_id("close", "Close Window").accelerator("CmdOrCtrl+W").build(app)?)
        .item(&MenuItemBuilder::with_id("quit", "Quit").accelerator("CmdOrCtrl+Q").build(app)?)
        .build()?;
    MenuBuilder::new(app).item(&file).build()
}

/// Rebuilds every window's menu, after the recent list changed.
pub fn refresh(app: &AppHandle) {
    for window in app.webview_windows().values() {
        if let Ok(menu) = build(app) {
            let _ = window.set_menu(menu);
        }
    }
}

pub fn on_event(window: &WebviewWindow, event: MenuEvent) {
    let app = window.app_handle();
    let id = event.id().as_ref();
    match id {
        "new" => {
            let _ = windows::open_map_window(app, Slot::new_map());
        }
        "new-sample" => {
            let _ = windows::open_map_window(app, Slot::sample());
        }
        // Open, Save and Save As start in the page, which runs them as it runs the keys.
        "open" | "save" | "save-as" => {
            let _ = window.emit_to(window.label(), "menu-action", id);
        }
        "close" => {
            let _ = window.close();
        }
        "quit" => {
            for w in app.webview_windows().values() {
                let _ = w.close();
            }
        }
        "recent-clear" => {
            app.state::<Services>().edit_recent(|r| *r = Default::default());
            refresh(app);
        }
        "recent-remove-missing" => {
            app.state::<Services>().edit_recent(|r| r.remove_missing());
            refresh(app);
        }
        other => {
            if let Some(index) = other.strip_prefix(RECENT_PREFIX).and_then(|i| i.parse::<usize>().ok()) {
                open_recent(window, index);
            }
        }
    }
}

/// Puts a file first in Open Recent, in every window's menu.
pub fn remember(app: &AppHandle, path: &std::path::Path) {
    app.state::<Services>().remember(path);
    refresh(app);
}

/// Opens entry `index` of the recent list: the path comes from our own list, never from
/// the page.
pub fn open_recent(window: &WebviewWindow, index: usize) {
    let app = window.app_handle();
    let Some(entry) = app.state::<Services>().recent_entries().into_iter().nth(index) else { return };
    let reuse = app.state::<Documents>().with(window.label(), |s| s.is_disposable());
    if reuse && app.state::<Documents>().window_of(&entry.path).is_none() {
        if let Ok(doc) = journey_core::document::Document::open(&entry.path) {
            app.state::<Documents>().with(window.label(), |slot| *slot = Slot::with_doc(doc));
            remember(app, &entry.path);
            windows::retitle(window, &app.state::<Documents>());
            let _ = window.emit_to(window.label(), "document-replaced", ());
            refresh(app);
            return;
        }
    }
    let _ = windows::open_path(app, &entry.path);
}
