//! Starting the window app: its shared state, the commands the page may call, the window
//! events, then the first windows. The one place that knows every other module.

use std::path::PathBuf;

use crate::documents::Documents;
use crate::exports::Exports;
use crate::paths::AppPaths;
use crate::services::Services;
use crate::{menu, windows};

pub fn run(files: Vec<PathBuf>) -> tauri::Result<()> {
    tauri::Builder::default()
        .manage(Documents::default())
        .manage(Services::new(AppPaths::resolve()))
        .manage(Exports::default())
        .manage(crate::windows::Merges::default())
        .manage(crate::windows::ImportFiles::default())
        .manage(crate::compare::Comparisons::default())
        .manage(menu::hooks())
        .invoke_handler(crate::bindings::builder().invoke_handler())
        .setup(move |app| Ok(windows::open_first(app.handle(), &files)?))
        .on_window_event(windows::on_window_event)
        .run(tauri::generate_context!())
}
