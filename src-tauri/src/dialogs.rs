//! Native dialogs (rfd), and the test hooks that stand in for them. WebDriver cannot drive
//! native dialogs; with the hooks unset, nothing changes.
//!
//! - JOURNEY_MAPPER_TEST_DIALOG_PATH: every file dialog answers with this path without
//!   showing anything (an empty value answers "cancelled").
//! - JOURNEY_MAPPER_TEST_UNSAVED_ANSWER: `save`, `discard` or `cancel` answers the
//!   unsaved-changes question without showing it.

use std::path::PathBuf;

use journey_core::i18n::text;
use journey_core::language::Language;
use tauri::{Manager, WebviewWindow};

use crate::services::Services;

fn ui_language(window: &WebviewWindow) -> Language {
    window.state::<Services>().ui_language()
}

pub const TEST_DIALOG_PATH: &str = "JOURNEY_MAPPER_TEST_DIALOG_PATH";
pub const TEST_UNSAVED_ANSWER: &str = "JOURNEY_MAPPER_TEST_UNSAVED_ANSWER";

/// The answer to "save changes before closing?".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unsaved {
    Save,
    Discard,
    Cancel,
}

/// Asks what to do with unsaved changes to `name`.
pub async fn ask_unsaved(window: &WebviewWindow, name: String) -> Unsaved {
    if let Ok(answer) = std::env::var(TEST_UNSAVED_ANSWER) {
        return match answer.as_str() {
            "save" => Unsaved::Save,
            "discard" => Unsaved::Discard,
            _ => Unsaved::Cancel,
        };
    }
    let lang = ui_language(window);
    let (save, discard, cancel) =
        (text(lang, "unsaved-save", &[]), text(lang, "unsaved-discard", &[]), text(lang, "unsaved-cancel", &[]));
    let (title, message) = (text(lang, "unsaved-title", &[]), text(lang, "unsaved-message", &[("name", &name)]));
    let w = window.clone();
    let buttons = rfd::MessageButtons::YesNoCancelCustom(save.clone(), discard.clone(), cancel);
    let result = on_main_thread(window, move || {
        rfd::AsyncMessageDialog::new()
            .set_parent(&w)
            .set_level(rfd::MessageLevel::Warning)
            .set_title(title)
            .set_description(message)
            .set_buttons(buttons)
            .show()
    })
    .await;
    match result {
        Some(rfd::MessageDialogResult::Custom(b)) if b == save => Unsaved::Save,
        Some(rfd::MessageDialogResult::Custom(b)) if b == discard => Unsaved::Discard,
        Some(rfd::MessageDialogResult::Yes) => Unsaved::Save,
        Some(rfd::MessageDialogResult::No) => Unsaved::Discard,
        _ => Unsaved::Cancel,
    }
}

fn test_answer() -> Option<Option<PathBuf>> {
    let value = std::env::var_os(TEST_DIALOG_PATH)?;
    Some(if value.is_empty() { None } else { Some(PathBuf::from(value)) })
}

/// A file dialog over `window`, starting in `start_dir` (else Documents, else home).
fn file_dialog(window: &WebviewWindow, start_dir: Option<PathBuf>) -> rfd::AsyncFileDialog {
    let dir = start_dir.or_else(dirs::document_dir).or_else(dirs::home_dir);
    let mut dialog = rfd::AsyncFileDialog::new().set_parent(window);
    if let Some(dir) = dir {
        dialog = dialog.set_directory(dir);
    }
    dialog
}

/// A file dialog for map files.
fn base_dialog(window: &WebviewWindow, start_dir: Option<PathBuf>) -> rfd::AsyncFileDialog {
    let lang = ui_language(window);
    file_dialog(window, start_dir)
        .add_filter(text(lang, "dialog-maps", &[]), &["journey.json"])
        .add_filter(text(lang, "dialog-json", &[]), &["json"])
}

/// Asks where to save; `None` when the user cancels.
pub async fn pick_save_path(window: &WebviewWindow, file_name: String, start_dir: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(answer) = test_answer() {
        return answer;
    }
    let w = window.clone();
    on_main_thread(window, move || base_dialog(&w, start_dir).set_file_name(file_name).save_file())
        .await
        .flatten()
        .map(|h| h.path().to_path_buf())
}

/// Asks where to write an export; `None` when the user cancels. The dialog shows files
/// with `extension` (no dot), under `filter_name`.
pub async fn pick_export_path(
    window: &WebviewWindow,
    file_name: String,
    start_dir: Option<PathBuf>,
    filter_name: String,
    extension: &'static str,
) -> Option<PathBuf> {
    if let Some(answer) = test_answer() {
        return answer;
    }
    let w = window.clone();
    on_main_thread(window, move || {
        file_dialog(&w, start_dir).add_filter(filter_name, &[extension]).set_file_name(file_name).save_file()
    })
    .await
    .flatten()
    .map(|h| h.path().to_path_buf())
}

/// Asks which map to open; `None` when the user cancels.
pub async fn pick_open_path(window: &WebviewWindow, start_dir: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(answer) = test_answer() {
        return answer;
    }
    let w = window.clone();
    // Pictures exported by the app carry their map, so Open takes them too.
    let pictures = text(ui_language(window), "dialog-pictures", &[]);
    on_main_thread(window, move || base_dialog(&w, start_dir).add_filter(pictures, &["png", "svg"]).pick_file())
        .await
        .flatten()
        .map(|h| h.path().to_path_buf())
}

/// The extensions File → Import… offers: sheets, then Mermaid journeys.
pub const IMPORTABLE: [&str; 8] = ["csv", "tsv", "txt", "xlsx", "xls", "ods", "mmd", "md"];

/// Asks which sheet or diagram to import; `None` when the user cancels.
pub async fn pick_import_path(window: &WebviewWindow, start_dir: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(answer) = test_answer() {
        return answer;
    }
    let w = window.clone();
    let name = text(ui_language(window), "dialog-importable", &[]);
    on_main_thread(window, move || file_dialog(&w, start_dir).add_filter(name, &IMPORTABLE).pick_file())
        .await
        .flatten()
        .map(|h| h.path().to_path_buf())
}

/// GTK dialogs must be created on the main thread, and blocking it would freeze every
/// window; so the dialog's future is started there and its answer sent back here.
/// `None` when the dialog could not be shown at all.
async fn on_main_thread<F, Fut, T>(window: &WebviewWindow, make: F) -> Option<T>
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = T> + Send + 'static,
    T: Send + 'static,
{
    let (tx, rx) = tokio::sync::oneshot::channel();
    let started = window.run_on_main_thread(move || {
        let future = make();
        tauri::async_runtime::spawn(async move {
            let _ = tx.send(future.await);
        });
    });
    if started.is_err() {
        return None;
    }
    rx.await.ok()
}

/// A file name proposed for a map never saved: its title, made safe for any file system;
/// `untitled` (in the UI's language) when the title gives no name.
pub fn suggested_file_name(title: &str, untitled: &str) -> String {
    format!("{}.journey.json", file_stem(title, untitled))
}

/// A file name proposed for an export of a map: its title with the format's extension.
pub fn suggested_export_name(title: &str, extension: &str, untitled: &str) -> String {
    format!("{}.{extension}", file_stem(title, untitled))
}

/// The title made safe for any file system, for a file name without its extension.
fn file_stem(title: &str, untitled: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() || c == ' ' || c == '-' || c == '_' { c } else { ' ' })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let stem = if words.is_empty() { file_stem(untitled, "Journey map") } else { words.join(" ") };
    stem.chars().take(80).collect()
}

#[cfg(test)]
mod tests {
    use super::{suggested_export_name, suggested_file_name};

    #[test]
    fn file_names_come_from_the_title() {
        assert_eq!(suggested_file_name("Online store: a first purchase", "Journey map"), "Online store a first purchase.journey.json");
        assert_eq!(suggested_file_name("Кофейня / ścieżka", "Journey map"), "Кофейня ścieżka.journey.json");
        assert_eq!(suggested_file_name("  ../ ", "Journey map"), "Journey map.journey.json");
        assert_eq!(suggested_file_name("", "Карта пути клиента"), "Карта пути клиента.journey.json");
    }

    #[test]
    fn export_names_come_from_the_title_with_the_formats_extension() {
        assert_eq!(suggested_export_name("Online store: a first purchase", "png", "Journey map"), "Online store a first purchase.png");
        assert_eq!(suggested_export_name("Кофейня / ścieżka", "csv", "Journey map"), "Кофейня ścieżka.csv");
        assert_eq!(suggested_export_name("", "md", "Journey map"), "Journey map.md");
        assert_eq!(suggested_export_name("", "md", "Mapa podróży klienta"), "Mapa podróży klienta.md");
    }
}
