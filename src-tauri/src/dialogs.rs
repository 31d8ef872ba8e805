//! Native file dialogs (rfd), and the test hook that stands in for them.
//!
//! Test hook: when JOURNEY_MAPPER_TEST_DIALOG_PATH is set, no dialog is shown and every
//! file dialog answers with that path (an empty value answers "cancelled"). WebDriver cannot
//! drive native dialogs; unset, nothing changes.

use std::path::PathBuf;

use tauri::WebviewWindow;

pub const TEST_DIALOG_PATH: &str = "JOURNEY_MAPPER_TEST_DIALOG_PATH";

fn test_answer() -> Option<Option<PathBuf>> {
    let value = std::env::var_os(TEST_DIALOG_PATH)?;
    Some(if value.is_empty() { None } else { Some(PathBuf::from(value)) })
}

fn base_dialog(window: &WebviewWindow, start_dir: Option<PathBuf>) -> rfd::AsyncFileDialog {
    let dir = start_dir.or_else(dirs::document_dir).or_else(dirs::home_dir);
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_parent(window)
        .add_filter("Journey maps", &["journey.json"])
        .add_filter("JSON files", &["json"]);
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    dialog
}

/// Asks where to save; `None` when the user cancels.
pub async fn pick_save_path(window: &WebviewWindow, file_name: String, start_dir: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(answer) = test_answer() {
        return answer;
    }
    let w = window.clone();
    on_main_thread(window, move || base_dialog(&w, start_dir).set_file_name(file_name).save_file()).await
}

/// Asks which map to open; `None` when the user cancels.
pub async fn pick_open_path(window: &WebviewWindow, start_dir: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(answer) = test_answer() {
        return answer;
    }
    let w = window.clone();
    on_main_thread(window, move || base_dialog(&w, start_dir).pick_file()).await
}

/// GTK dialogs must be created on the main thread, and blocking it would freeze every
/// window; so the dialog's future is started there and its answer sent back here.
async fn on_main_thread<F, Fut>(window: &WebviewWindow, make: F) -> Option<PathBuf>
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = Option<rfd::FileHandle>> + Send + 'static,
{
    let (tx, rx) = tokio::sync::oneshot::channel();
    let started = window.run_on_main_thread(move || {
        let future = make();
        tauri::async_runtime::spawn(async move {
            let _ = tx.send(future.await.map(|h| h.path().to_path_buf()));
        });
    });
    if started.is_err() {
        return None;
    }
    rx.await.ok().flatten()
}

/// A file name proposed for a map never saved: its title, made safe for any file system.
pub fn suggested_file_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() || c == ' ' || c == '-' || c == '_' { c } else { ' ' })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let stem = if words.is_empty() { "Journey map".to_owned() } else { words.join(" ") };
    let stem: String = stem.chars().take(80).collect();
    format!("{stem}.journey.json")
}

#[cfg(test)]
mod tests {
    use super::suggested_file_name;

    #[test]
    fn file_names_come_from_the_title() {
        assert_eq!(suggested_file_name("Online store: a first purchase"), "Online store a first purchase.journey.json");
        assert_eq!(suggested_file_name("Кофейня / ścieżka"), "Кофейня ścieżka.journey.json");
        assert_eq!(suggested_file_name("  ../ "), "Journey map.journey.json");
    }
}
