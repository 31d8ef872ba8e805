//! Starting the app and its map window.

use std::path::PathBuf;

use tauri::{Manager, WebviewUrl, WebviewWindow, WebviewWindowBuilder};

use crate::commands;
use crate::documents::{Documents, Slot};

pub const MAIN: &str = "main";

pub fn run(file: Option<PathBuf>) -> tauri::Result<()> {
    tauri::Builder::default()
        .manage(Documents::default())
        .invoke_handler(tauri::generate_handler![
            commands::load_document,
            commands::apply_edit,
            commands::undo,
            commands::redo,
            commands::save,
            commands::save_as,
            commands::open,
            commands::open_sample,
        ])
        .setup(move |app| {
            let slot = match &file {
                Some(path) => Slot::opened(path),
                None => Slot::sample(),
            };
            let title = slot.title();
            app.state::<Documents>().insert(MAIN, slot);
            WebviewWindowBuilder::new(app, MAIN, WebviewUrl::App("index.html".into()))
                .title(title)
                .inner_size(1280.0, 820.0)
                .min_inner_size(720.0, 480.0)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!())
}

/// Shows the document's name and unsaved mark in the title bar.
pub fn retitle(window: &WebviewWindow, docs: &Documents) {
    let title = docs.with(window.label(), |slot| slot.title());
    let _ = window.set_title(&title);
}
