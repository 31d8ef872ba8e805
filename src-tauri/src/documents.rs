//! The open documents, one per window, keyed by window label. The core's Document does the
//! work; this only finds the right one.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::{SystemTime, UNIX_EPOCH};

use journey_core::document::{DocState, Document};
use journey_core::format::FileError;
use journey_core::language::Language;
use journey_core::messages::Localize;
use journey_core::model::Map;
use journey_core::workspace::Recovered;
use serde::Serialize;
use tauri::{Manager, WebviewWindow};

use crate::services::Services;

/// What a window shows: its map, or why the file it was asked to open could not be read.
#[derive(Default)]
pub struct Slot {
    pub doc: Option<Document>,
    /// Said in the UI's language each time the window asks (see [`Slot::view`]).
    pub error: Option<FileError>,
    /// When the map was restored from a recovery copy: when it was last edited.
    pub recovered_at: Option<SystemTime>,
}

impl Slot {
    pub fn opened(path: &Path) -> Self {
        match Document::open(path) {
            Ok(doc) => Slot { doc: Some(doc), ..Slot::default() },
            Err(e) => Slot { error: Some(e), ..Slot::default() },
        }
    }

    pub fn sample() -> Self {
        Slot { doc: Some(Document::sample()), ..Slot::default() }
    }

    /// A new map: the classic five stages (awareness to loyalty) in the UI's language, no
    /// touchpoints yet.
    pub fn new_map(ui_language: &str) -> Self {
        Self::from_template("funnel", ui_language).unwrap_or_else(|| Slot::with_doc(Document::untitled(journey_core::model::empty_map())))
    }

    /// A new map from one of the core's templates, named in the UI's language.
    pub fn from_template(id: &str, ui_language: &str) -> Option<Self> {
        let language = journey_core::language::Language::from_tag(ui_language);
        journey_core::model::from_template(id, language).map(|map| Slot::with_doc(Document::untitled(map)))
    }

    pub fn with_doc(doc: Document) -> Self {
        Slot { doc: Some(doc), ..Slot::default() }
    }

    pub fn recovered(copy: Recovered) -> Self {
        let edited_at = copy.edited_at;
        Slot { doc: Some(Document::recovered(copy)), error: None, recovered_at: Some(edited_at) }
    }

    pub fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(Document::is_dirty)
    }

    /// An untouched map never saved: a window the next Open may reuse.
    pub fn is_disposable(&self) -> bool {
        match &self.doc {
            Some(d) => d.path().is_none() && !d.is_dirty(),
            None => true,
        }
    }

    /// What the window shows, the core's messages in `lang`.
    pub fn view(&self, lang: Language) -> DocumentView {
        DocumentView {
            map: self.doc.as_ref().map(|d| d.map().clone()),
            state: self.doc.as_ref().map(Document::state).unwrap_or(DocState {
                file_name: None,
                dirty: false,
                can_undo: false,
                can_redo: false,
            }),
            error: self.error.as_ref().map(|e| e.message(lang)),
            notes: self
                .doc
                .as_ref()
                .map(|d| d.notes().iter().map(|n| n.message(lang)).collect())
                .unwrap_or_default(),
            recovered_at: self
                .recovered_at
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map(|d| d.as_millis() as u64),
        }
    }

    pub fn title(&self) -> String {
        self.doc.as_ref().map(Document::window_title).unwrap_or_else(|| "Journey Mapper".into())
    }
}

#[derive(Serialize)]
pub struct DocumentView {
    pub map: Option<Map>,
    pub state: DocState,
    pub error: Option<String>,
    /// What the reader noted about the file: repairs made, a newer format version.
    pub notes: Vec<String>,
    /// Set when the map was restored after a crash: when it was last edited (ms since
    /// the Unix epoch), for the UI to show in the user's own time format.
    #[serde(rename = "recoveredAt")]
    pub recovered_at: Option<u64>,
}

/// Core messages are sentence fragments; the UI shows whole sentences.
pub fn capitalise(s: String) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => s,
    }
}

#[derive(Default)]
pub struct Documents(Mutex<HashMap<String, Slot>>);

/// Shown when a command arrives for a window with no map, e.g. after a failed open.
pub fn no_map(window: &WebviewWindow) -> String {
    crate::i18n::tr(window.state::<Services>().ui_language(), "error.noMap", &[])
}

impl Documents {
    pub fn insert(&self, label: &str, slot: Slot) {
        self.lock().insert(label.to_owned(), slot);
    }

    /// Runs `f` on the window's slot. A poisoned lock (a panic elsewhere) still gives the
    /// data: the map is more valuable than the consistency the poison flag protects.
    pub fn with<R>(&self, label: &str, f: impl FnOnce(&mut Slot) -> R) -> R {
        let mut all = self.lock();
        f(all.entry(label.to_owned()).or_default())
    }

    /// Runs `f` on the document of a window that is still registered; None for one that is
    /// gone (nothing is registered for it, unlike `with`).
    pub fn with_open<R>(&self, label: &str, f: impl FnOnce(&mut Document) -> R) -> Option<R> {
        self.lock().get_mut(label)?.doc.as_mut().map(f)
    }

    /// Runs `f` on the window's document, or fails with [`no_map`].
    pub fn with_doc<R>(&self, window: &WebviewWindow, f: impl FnOnce(&mut Document) -> R) -> Result<R, String> {
        self.with(window.label(), |slot| slot.doc.as_mut().map(f)).ok_or_else(|| no_map(window))
    }

    pub fn remove(&self, label: &str) -> Option<Slot> {
        self.lock().remove(label)
    }

    /// The window that has `path` open, if any.
    pub fn window_of(&self, path: &Path) -> Option<String> {
        let want = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.lock().iter().find_map(|(label, slot)| {
            let have = slot.doc.as_ref()?.path()?;
            let have = std::fs::canonicalize(have).unwrap_or_else(|_| have.to_path_buf());
            (have == want).then(|| label.clone())
        })
    }

    /// Runs `f` on every open document.
    pub fn each_doc(&self, mut f: impl FnMut(&str, &mut Document)) {
        for (label, slot) in self.lock().iter_mut() {
            if let Some(doc) = slot.doc.as_mut() {
                f(label, doc);
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Slot>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}
