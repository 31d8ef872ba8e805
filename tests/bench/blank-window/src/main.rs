//! A blank Tauri 2 window: what Journey Mapper would cost with nothing of its own. The app
//! benchmarks (tests/bench/app) start it beside the app to show start-up time and memory as
//! ratios. Built like the app (release profile, same Tauri version and features, same CSP, one
//! window of the same size made the same way); the page is a static file that sets
//! `data-ready` on its body once loaded.

// As the app: no console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use tauri::{WebviewUrl, WebviewWindowBuilder};

fn main() {
    let result = tauri::Builder::default()
        .setup(|app| {
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()))
                .title("Blank window")
                .inner_size(1280.0, 820.0)
                .min_inner_size(720.0, 480.0)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("blank-window: could not start the window: {e}");
        std::process::exit(1);
    }
}
