//! File → Compare With… and Compare with Saved Version: the window's map (NEW, the live
//! document) against another copy of it (OLD: a file picked in the dialog, or the map's own
//! file as it is on disk). The core computes the comparison
//! ([`journey_core::diff::Comparison`]); this reads the old copy, keeps it for the window
//! while it compares, and computes the comparison again on request (after each edit, the
//! page asks), since NEW is the map being edited.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use journey_core::diff::Comparison;
use journey_core::i18n::text;
use journey_core::language::Language;
use journey_core::model::Map;
use serde::Deserialize;
use tauri::{Manager, WebviewWindow};

use crate::dialogs;
use crate::documents::Documents;
use crate::error::{CommandError, ErrorCode};
use crate::windows::ui_language;

/// What to compare the window's map with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum CompareWith {
    /// Another copy, picked in the file dialog.
    File,
    /// The map's own file as it is on disk.
    Saved,
}

/// The old side of each window's comparison, by window label.
#[derive(Default)]
pub struct Comparisons(Mutex<HashMap<String, OldSide>>);

struct OldSide {
    /// The document compared: another map opened in the window ends the comparison.
    key: String,
    map: Map,
    name: String,
}

impl Comparisons {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, OldSide>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Window `label` compares its document (`key`) with `old`, named `name` to the reader;
    /// the windows not in `open` any more are forgotten.
    fn set(&self, label: &str, key: String, old: Map, name: String, open: impl Fn(&str) -> bool) {
        let mut all = self.lock();
        all.retain(|l, _| open(l));
        all.insert(label.to_owned(), OldSide { key, map: old, name });
    }

    /// Window `label`'s comparison with its document as it is now; `None` when it compares
    /// nothing, or shows another document than the one it compared (which ends it).
    fn compared(&self, label: &str, docs: &Documents, lang: Language) -> Option<Comparison> {
        let mut all = self.lock();
        let old = all.get(label)?;
        let compared = docs
            .with_open(label, |d| (d.key() == old.key).then(|| Comparison::of(&old.map, d.map(), old.name.clone(), lang)))
            .flatten();
        if compared.is_none() {
            all.remove(label);
        }
        compared
    }

    fn end(&self, label: &str) {
        self.lock().remove(label);
    }
}

/// Starts comparing: asks for the other copy (or takes the saved file), reads it, and
/// answers the comparison. `Ok(None)`: the dialog was cancelled.
pub async fn start(window: &WebviewWindow, with: CompareWith) -> Result<Option<Comparison>, CommandError> {
    let lang = ui_language(window.app_handle());
    let docs = window.state::<Documents>();
    let (key, path) = docs
        .with_open(window.label(), |d| (d.key().to_owned(), d.path().map(Path::to_path_buf)))
        .ok_or_else(|| CommandError::no_map(lang))?;
    let (path, name) = match with {
        CompareWith::Saved => {
            let path = path.ok_or_else(|| CommandError::new(ErrorCode::NotSaved, &text(lang, "compare-never-saved", &[])))?;
            let name = text(lang, "compare-saved-version", &[("name", &file_name(&path))]);
            (path, name)
        }
        CompareWith::File => {
            let dir = path.as_deref().and_then(Path::parent).map(Path::to_path_buf);
            let Some(path) = dialogs::pick_open_path(window, dir).await else { return Ok(None) };
            let name = file_name(&path);
            (path, name)
        }
    };
    let map = read(path, lang).await?;
    // Windows that closed while comparing leave their old copies behind; they go here.
    let open = window.app_handle().webview_windows();
    window.state::<Comparisons>().set(window.label(), key, map, name, |label| open.contains_key(label));
    Ok(current(window))
}

/// The window's comparison with its map as it is now; `None` when it compares nothing (or
/// another map was opened in it since).
pub fn current(window: &WebviewWindow) -> Option<Comparison> {
    let lang = ui_language(window.app_handle());
    window.state::<Comparisons>().compared(window.label(), &window.state::<Documents>(), lang)
}

/// Ends the window's comparison.
pub fn end(window: &WebviewWindow) {
    window.state::<Comparisons>().end(window.label());
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// Reads the old copy on a blocking thread; a file that cannot be read fails with the
/// loader's message, as `journey-mapper check` says it.
async fn read(path: PathBuf, lang: Language) -> Result<Map, CommandError> {
    tauri::async_runtime::spawn_blocking(move || read_copy(&path, lang)).await.map_err(|_| CommandError::interrupted(lang))?
}

fn read_copy(path: &Path, lang: Language) -> Result<Map, CommandError> {
    journey_core::format::load_file(path).map(|l| l.map).map_err(|e| CommandError::load(&e, lang))
}

#[cfg(test)]
mod tests {
    use journey_core::document::Document;
    use journey_core::edit::Edit;
    use journey_core::messages::Localize;

    use super::*;
    use crate::documents::Slot;

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name)
    }

    #[test]
    fn a_window_compares_its_live_map_until_another_map_is_in_it() {
        let docs = Documents::default();
        let doc = Document::open(&fixture("compare/new.journey.json")).unwrap();
        let key = doc.key().to_owned();
        docs.insert("w", Slot::with_doc(doc));
        let old = read_copy(&fixture("compare/old.journey.json"), Language::En).unwrap();
        let comparisons = Comparisons::default();
        comparisons.set("gone", "k".into(), old.clone(), "x".into(), |_| true);
        comparisons.set("w", key, old, "old.journey.json".into(), |label| label == "w");
        assert!(comparisons.lock().get("gone").is_none(), "a closed window's copy is forgotten");

        let first = comparisons.compared("w", &docs, Language::En).expect("a comparison");
        assert_eq!(first.old_name, "old.journey.json");
        assert_eq!(first.count, 15);
        // NEW is the live map: an edit shows in the next comparison.
        docs.with_open("w", |d| d.apply(Edit::DeleteTouchpoint { id: "tp-chat".into() })).unwrap().unwrap();
        assert_eq!(comparisons.compared("w", &docs, Language::Ru).unwrap().count, 14);
        // Another map in the window ends the comparison.
        docs.with("w", |slot| *slot = Slot::sample());
        assert!(comparisons.compared("w", &docs, Language::En).is_none());
        assert!(comparisons.lock().get("w").is_none());
        assert!(comparisons.compared("nobody", &docs, Language::En).is_none());
    }

    #[test]
    fn a_copy_that_cannot_be_read_says_why_as_check_does() {
        let path = fixture("invalid/truncated.journey.json");
        let e = read_copy(&path, Language::En).unwrap_err();
        let check = journey_core::format::load_file(&path).unwrap_err().message(Language::En);
        assert_eq!(e.code, ErrorCode::Load);
        assert!(e.message.starts_with(check.trim_end_matches('.')), "{} / {check}", e.message);
        assert_eq!(e.file.as_deref(), Some("truncated.journey.json"));
    }

    #[test]
    fn comparing_ends_on_request() {
        let docs = Documents::default();
        let doc = Document::sample();
        let key = doc.key().to_owned();
        let map = doc.map().clone();
        docs.insert("w", Slot::with_doc(doc));
        let comparisons = Comparisons::default();
        comparisons.set("w", key, map, "same".into(), |_| true);
        assert_eq!(comparisons.compared("w", &docs, Language::Pl).unwrap().count, 0);
        comparisons.end("w");
        assert!(comparisons.compared("w", &docs, Language::En).is_none());
    }
}
