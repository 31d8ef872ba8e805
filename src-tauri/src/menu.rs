//! The native File menu. Actions that need the page's state (Save commits an open text
//! field first, Export asks for a format in the page) go to the page as a "menu-action"
//! event and come back as commands; the rest (New, Open, Open Recent, Close, Quit) are carried out here.

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewWindow};

use crate::documents::Slot;
use crate::services::Services;
use crate::windows;

const RECENT_PREFIX: &str = "recent:";
const TEMPLATE_PREFIX: &str = "template:";

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let services = app.state::<Services>();
    let lang = services.ui_language();
    let tr = |key: &str| crate::i18n::tr(lang, key, &[]);
    let entries = services.recent_entries();
    let mut recent = SubmenuBuilder::new(app, tr("menu.openRecent"));
    if entries.is_empty() {
        recent = recent.item(&MenuItemBuilder::with_id("recent-none", tr("menu.noRecent")).enabled(false).build(app)?);
    }
    for (i, entry) in entries.iter().enumerate() {
        let folder = entry.path.parent().map(|p| p.display().to_string()).unwrap_or_default();
        let name = if entry.exists {
            entry.name.clone()
        } else {
            crate::i18n::tr(lang, "menu.missing", &[("name", &entry.name)])
        };
        let label = format!("{name}  —  {folder}");
        recent = recent.item(&MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{i}"), label).enabled(entry.exists).build(app)?);
    }
    let any_missing = entries.iter().any(|e| !e.exists);
    recent = recent
        .separator()
        .item(&MenuItemBuilder::with_id("recent-remove-missing", tr("menu.removeMissing")).enabled(any_missing).build(app)?)
        .item(&MenuItemBuilder::with_id("recent-clear", tr("menu.clearRecent")).enabled(!entries.is_empty()).build(app)?);

    let item = |id: &str, key: &str, keys: Option<&str>| {
        let mut b = MenuItemBuilder::with_id(id, tr(key));
        if let Some(k) = keys {
            b = b.accelerator(k);
        }
        b.build(app)
    };
    let mut from_template = SubmenuBuilder::new(app, tr("menu.newFromTemplate"));
    for template in journey_core::model::templates(journey_core::language::Language::from_tag(lang)) {
        from_template = from_template
            .item(&MenuItemBuilder::with_id(format!("{TEMPLATE_PREFIX}{}", template.id), template.name).build(app)?);
    }
    let file = SubmenuBuilder::new(app, tr("menu.file"))
        .item(&item("new", "menu.new", Some("CmdOrCtrl+N"))?)
        .item(&from_template.build()?)
        .item(&item("new-sample", "menu.newSample", None)?)
        .item(&item("open", "menu.open", Some("CmdOrCtrl+O"))?)
        .item(&recent.build()?)
        .separator()
        .item(&item("save", "menu.save", Some("CmdOrCtrl+S"))?)
        .item(&item("save-as", "menu.saveAs", Some("CmdOrCtrl+Shift+S"))?)
        .separator()
        .item(&item("export", "menu.export", Some("CmdOrCtrl+E"))?)
        .separator()
        .item(&item("close", "menu.close", Some("CmdOrCtrl+W"))?)
        .item(&item("quit", "menu.quit", Some("CmdOrCtrl+Q"))?)
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
            let _ = windows::open_map_window(app, Slot::new_map(app.state::<Services>().ui_language()));
        }
        "new-sample" => {
            let _ = windows::open_map_window(app, Slot::sample());
        }
        // Open, Save, Save As and Export start in the page, which runs them as it runs the
        // keys (Export opens the page's export dialog).
        "open" | "save" | "save-as" | "export" => {
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
            } else if let Some(template) = other.strip_prefix(TEMPLATE_PREFIX) {
                let lang = app.state::<Services>().ui_language();
                if let Some(slot) = Slot::from_template(template, lang) {
                    let _ = windows::open_map_window(app, slot);
                }
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
    match windows::open_from(window, &entry.path) {
        Ok(windows::Opened::Here) => {
            let _ = window.emit_to(window.label(), "document-replaced", ());
        }
        Ok(windows::Opened::Elsewhere) => {}
        Err(message) => crate::commands::show_error(window, &message),
    }
}
