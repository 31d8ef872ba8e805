//! The one error that crosses IPC: a code the page can act on, one sentence for the user
//! in the UI's language, and the name of the file concerned. Every command fails with it,
//! and every message becomes a sentence here, nowhere else.

use std::path::Path;

use journey_core::document::SaveFailure;
use journey_core::edit::EditError;
use journey_core::export::ExportError;
use journey_core::format::FileError;
use journey_core::i18n::text;
use journey_core::import::ImportError;
use journey_core::language::Language;
use journey_core::messages::Localize;
use serde::Serialize;

use crate::documents::DocumentError;

/// What kind of failure a command reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum ErrorCode {
    /// The window has no map, e.g. after its file failed to open.
    NoMap,
    /// A map file could not be opened.
    Load,
    /// The map could not be written.
    Save,
    /// The file was changed by someone else since it was read; saving would lose that.
    ChangedOnDisk,
    /// The core refused an edit.
    Edit,
    /// An export failed.
    Export,
    /// An export of this window's map is running already.
    ExportRunning,
    /// A window for the map could not be opened.
    Window,
    /// The chosen language could not be remembered.
    Language,
    /// The work stopped unexpectedly (a bug, not the user's doing); nothing changed.
    Interrupted,
    /// The map has no file yet, so there is no saved version of it.
    NotSaved,
    /// A sheet or diagram could not be imported (nothing was).
    Import,
}

/// A failed command, as the page receives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{message}")]
pub struct CommandError {
    pub code: ErrorCode,
    /// One whole sentence in the UI's language.
    pub message: String,
    /// The name of the file concerned, when there is one.
    pub file: Option<String>,
}

impl CommandError {
    /// `message` (a core fragment or a catalogue's sentence) made a sentence.
    pub fn new(code: ErrorCode, message: &str) -> Self {
        CommandError { code, message: sentence(message), file: None }
    }

    fn with_file(mut self, path: &Path) -> Self {
        self.file = Some(file_name(path));
        self
    }

    /// `lang` is the UI's language, as `Services::ui_language` gives it.
    pub fn no_map(lang: Language) -> Self {
        Self::new(ErrorCode::NoMap, &text(lang, "error-no-map", &[]))
    }

    pub fn load(e: &FileError, lang: Language) -> Self {
        Self::new(ErrorCode::Load, &e.message(lang)).with_file(&e.file)
    }

    pub fn save(e: &SaveFailure, lang: Language) -> Self {
        let message = e.message(lang);
        match e {
            SaveFailure::ChangedOnDisk { file } => Self::new(ErrorCode::ChangedOnDisk, &message).with_file(file),
            SaveFailure::Write(write) => Self::new(ErrorCode::Save, &message).with_file(&write.file),
            SaveFailure::NoFile => Self::new(ErrorCode::Save, &message),
        }
    }

    pub fn document(e: &DocumentError, lang: Language) -> Self {
        match e {
            DocumentError::NoMap => Self::no_map(lang),
            DocumentError::Save(failure) => Self::save(failure, lang),
        }
    }

    pub fn edit(e: &EditError, lang: Language) -> Self {
        Self::new(ErrorCode::Edit, &e.message(lang))
    }

    /// An export to `target` that failed.
    pub fn export(e: &ExportError, lang: Language, target: &Path) -> Self {
        Self::new(ErrorCode::Export, &e.message(lang)).with_file(target)
    }

    pub fn export_running(lang: Language) -> Self {
        Self::new(ErrorCode::ExportRunning, &text(lang, "export-running", &[]))
    }

    pub fn window(e: &tauri::Error, lang: Language) -> Self {
        Self::new(ErrorCode::Window, &text(lang, "error-window", &[("reason", &e.to_string())]))
    }

    /// The language setting could not be written to `file`.
    pub fn language(e: &journey_core::format::SaveError, lang: Language) -> Self {
        Self::new(ErrorCode::Language, &e.message(lang)).with_file(&e.file)
    }

    /// An import of `file` that read nothing.
    pub fn import(e: &ImportError, lang: Language, file: &Path) -> Self {
        Self::new(ErrorCode::Import, &e.message(lang)).with_file(file)
    }

    /// A worker thread ended without an answer (it panicked).
    pub fn interrupted(lang: Language) -> Self {
        Self::new(ErrorCode::Interrupted, &text(lang, "error-stopped", &[]))
    }
}


fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// The core's messages are fragments or sentences without a full stop; the page shows
/// whole sentences: capitalised, with one final stop.
fn sentence(text: &str) -> String {
    let mut chars = text.trim().chars();
    let Some(first) = chars.next() else { return String::new() };
    let mut out: String = first.to_uppercase().chain(chars).collect();
    if !out.ends_with(['.', '!', '?', '…']) {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn messages_become_sentences_once() {
        assert_eq!(sentence("the map could not be drawn as PNG: too big"), "The map could not be drawn as PNG: too big.");
        assert_eq!(
            sentence("Could not save /a.png: the disk is full. Free some space"),
            "Could not save /a.png: the disk is full. Free some space."
        );
        assert_eq!(sentence("Done."), "Done.");
        assert_eq!(sentence("  по-русски "), "По-русски.");
    }

    #[test]
    fn crosses_ipc_as_code_message_and_file_name() {
        let e = SaveFailure::ChangedOnDisk { file: PathBuf::from("/maps/coffee.journey.json") };
        let json = serde_json::to_value(CommandError::save(&e, Language::En)).unwrap();
        assert_eq!(json["code"], "changedOnDisk");
        assert_eq!(json["file"], "coffee.journey.json");
        let message = json["message"].as_str().unwrap();
        assert!(message.starts_with("/maps/coffee.journey.json was changed on disk"), "{message}");
        assert!(message.ends_with("other changes.") && !message.ends_with(".."), "{message}");
    }

    #[test]
    fn every_failure_is_said_in_the_uis_language() {
        let e = EditError::NoSuchStage("st-1".into());
        let ru = CommandError::edit(&e, Language::Ru);
        assert_eq!(ru.code, ErrorCode::Edit);
        assert_ne!(ru.message, CommandError::edit(&e, Language::En).message);
        assert!(ru.message.chars().next().unwrap().is_uppercase() && ru.message.ends_with('.'), "{}", ru.message);
        assert_eq!(serde_json::to_value(CommandError::no_map(Language::Pl)).unwrap()["code"], "noMap");
        assert_eq!(CommandError::no_map(Language::Pl).file, None);
    }
}
