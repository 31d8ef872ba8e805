//! The native File menu. Actions that need the page's state (Save commits an open text
//! field first, Export asks for a format in the page) go to the page as a "menu-action"
//! event and come back as commands; the rest (New, Open Recent, Close, Quit) are carried
//! out by the windows module. Windows get the menu through [`hooks`].

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, MenuItemKind, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, Runtime, WebviewWindow, Wry};

use crate::documents::{Documents, Slot};
use crate::services::Services;
use crate::windows::{self, MenuHooks};

/// The menu as the windows module builds and reports it.
pub fn hooks() -> MenuHooks {
    MenuHooks { build: build::<Wry>, on_event, sync }
}

const RECENT_PREFIX: &str = "recent:";
const TEMPLATE_PREFIX: &str = "template:";
const FILE_MENU: &str = "file";
const COMPARE_SAVED: &str = "compare-saved";

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let services = app.state::<Services>();
    let lang = services.ui_language();
    let tr = |key: &str| journey_core::i18n::text(lang, key, &[]);
    let entries = services.recent_entries();
    let mut recent = SubmenuBuilder::new(app, tr("menu-open-recent"));
    if entries.is_empty() {
        recent = recent.item(&MenuItemBuilder::with_id("recent-none", tr("menu-no-recent")).enabled(false).build(app)?);
    }
    for (i, entry) in entries.iter().enumerate() {
        let folder = entry.path.parent().map(|p| p.display().to_string()).unwrap_or_default();
        let name = if entry.exists {
            entry.name.clone()
        } else {
            journey_core::i18n::text(lang, "menu-missing", &[("name", &entry.name)])
        };
        let label = format!("{name}  —  {folder}");
        recent = recent.item(&MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{i}"), label).enabled(entry.exists).build(app)?);
    }
    let any_missing = entries.iter().any(|e| !e.exists);
    recent = recent
        .separator()
        .item(&MenuItemBuilder::with_id("recent-remove-missing", tr("menu-remove-missing")).enabled(any_missing).build(app)?)
        .item(&MenuItemBuilder::with_id("recent-clear", tr("menu-clear-recent")).enabled(!entries.is_empty()).build(app)?);

    let item = |id: &str, key: &str, keys: Option<&str>| {
        let mut b = MenuItemBuilder::with_id(id, tr(key));
        if let Some(k) = keys {
            b = b.accelerator(k);
        }
        b.build(app)
    };
    let mut from_template = SubmenuBuilder::new(app, tr("menu-new-from-template"));
    for template in journey_core::model::templates(lang) {
        from_template = from_template
            .item(&MenuItemBuilder::with_id(format!("{TEMPLATE_PREFIX}{}", template.id), template.name).build(app)?);
    }
    let file = SubmenuBuilder::with_id(app, FILE_MENU, tr("menu-file"))
        .item(&item("new", "menu-new", Some("CmdOrCtrl+N"))?)
        .item(&from_template.build()?)
        .item(&item("new-sample", "menu-new-sample", None)?)
        .item(&item("open", "menu-open", Some("CmdOrCtrl+O"))?)
        .item(&recent.build()?)
        .separator()
        .item(&item("save", "menu-save", Some("CmdOrCtrl+S"))?)
        .item(&item("save-as", "menu-save-as", Some("CmdOrCtrl+Shift+S"))?)
        .separator()
        .item(&item("import", "menu-import", Some("CmdOrCtrl+Shift+I"))?)
        .item(&item("import-metrics", "menu-import-metrics", None)?)
        .item(&item("export", "menu-export", Some("CmdOrCtrl+E"))?)
        .item(&item("merge", "menu-merge", Some("CmdOrCtrl+Shift+M"))?)
        .separator()
        .item(&item("compare", "menu-compare", Some("CmdOrCtrl+Shift+D"))?)
        // Enabled for a map that has a file (see `sync`).
        .item(&MenuItemBuilder::with_id(COMPARE_SAVED, tr("menu-compare-saved")).enabled(false).build(app)?)
        .separator()
        .item(&item("close", "menu-close", Some("CmdOrCtrl+W"))?)
        .item(&item("quit", "menu-quit", Some("CmdOrCtrl+Q"))?)
        .build()?;
    MenuBuilder::new(app).item(&file).build()
}

fn on_event(window: &WebviewWindow, event: MenuEvent) {
    let app = window.app_handle();
    let id = event.id().as_ref();
    match id {
        "new" => windows::open_new(app, Slot::new_map(windows::ui_language(app))),
        "new-sample" => windows::open_new(app, Slot::sample()),
        // Open, Save, Save As, Import, Export, Merge and the comparisons start in the page,
        // which runs them as it runs the keys (Import and Export open the page's dialogs).
        "open" | "save" | "save-as" | "import" | "import-metrics" | "export" | "merge" | "compare" | "compare-saved" => {
            let _ = window.emit_to(window.label(), "menu-action", id);
        }
        "close" => windows::close(window),
        "quit" => {
            for w in app.webview_windows().values() {
                windows::close(w);
            }
        }
        "recent-clear" => windows::clear_recent(app),
        "recent-remove-missing" => windows::remove_missing_recent(app),
        other => {
            if let Some(index) = other.strip_prefix(RECENT_PREFIX).and_then(|i| i.parse::<usize>().ok()) {
                let window = window.clone();
                tauri::async_runtime::spawn(async move {
                    if let Err(e) = windows::open_recent(&window, index).await {
                        windows::show_error(&window, &e.message);
                    }
                });
            } else if let Some(template) = other.strip_prefix(TEMPLATE_PREFIX) {
                if let Some(slot) = Slot::from_template(template, windows::ui_language(app)) {
                    windows::open_new(app, slot);
                }
            }
        }
    }
}

/// Compare with Saved Version needs a saved file: enabled when the window's map has one.
fn sync(window: &WebviewWindow) {
    let has_file = window.state::<Documents>().with_open(window.label(), |d| d.path().is_some()).unwrap_or(false);
    let Some(menu) = window.menu() else { return };
    if let Some(MenuItemKind::Submenu(file)) = menu.get(FILE_MENU) {
        if let Some(MenuItemKind::MenuItem(item)) = file.get(COMPARE_SAVED) {
            let _ = item.set_enabled(has_file);
        }
    }
}
