// The app's own commands are declared here so that Tauri generates a permission for each;
// the capability file then grants the web view exactly these and nothing else.
const COMMANDS: &[&str] = &[
    "load_document", "apply_edit", "undo", "redo", "save", "save_as", "open", "open_sample", "close_window",
    "set_full_screen",
    "recent_files", "open_recent", "keep_mine", "load_theirs",
    "preferred_languages", "set_language",
    "export_map", "cancel_export", "other_maps", "touchpoint_library", "measure_presets",
    "merge_begin", "merge_finish", "merge_conflicts", "resolve_conflict",
    "start_comparison", "comparison", "end_comparison",
    "pick_import_file", "import_preview", "import_finish", "metrics_preview", "metrics_finish",
];

fn main() {
    let attributes =
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        eprintln!("tauri-build failed: {e:#}");
        std::process::exit(1);
    }
}
