//! The open documents, one per window, keyed by window label. The core's Document does the
//! work; this finds the right one, and keeps file work out of the one lock all windows
//! share. Nothing here knows of Tauri, so that it tests without a window.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use journey_core::document::{DocState, Document, SaveFailure};
use journey_core::format::{FileError, LoadError, SaveError};
use journey_core::language::Language;
use journey_core::messages::Localize;
use journey_core::model::CurveSummary;
use serde::Serialize;

use crate::workspace::Recovered;

/// What a window shows: its map, or why the file it was asked to open could not be read.
#[derive(Default)]
pub struct Slot {
    pub doc: Option<Document>,
    /// Said in the UI's language each time the window asks (see [`Slot::view`]).
    pub error: Option<FileError>,
    /// When the map was restored from a recovery copy: when it was last edited.
    pub recovered_at: Option<SystemTime>,
    /// Taken by each save of this window for its whole length, outside the documents'
    /// lock: saves of one map take turns, so the file ends with the newest of them.
    save_turn: Arc<Mutex<()>>,
}

impl Slot {
    pub fn opened(path: &Path) -> Self {
        match open_document(path) {
            Ok(doc) => Slot { doc: Some(doc), ..Slot::default() },
            Err(e) => Slot { error: Some(e), ..Slot::default() },
        }
    }

    pub fn sample() -> Self {
        Slot { doc: Some(Document::sample()), ..Slot::default() }
    }

    /// A new map: the classic five stages (awareness to loyalty) in the UI's language, no
    /// touchpoints yet.
    pub fn new_map(ui_language: Language) -> Self {
        Self::from_template("funnel", ui_language).unwrap_or_else(|| Slot::with_doc(Document::untitled(journey_core::model::empty_map())))
    }

    /// A new map from one of the core's templates, named in the UI's language.
    pub fn from_template(id: &str, ui_language: Language) -> Option<Self> {
        journey_core::model::from_template(id, ui_language).map(|map| Slot::with_doc(Document::untitled(map)))
    }

    pub fn with_doc(doc: Document) -> Self {
        Slot { doc: Some(doc), ..Slot::default() }
    }

    pub fn recovered(copy: Recovered) -> Self {
        let edited_at = copy.edited_at;
        let doc = Document::recovered(copy.map, copy.original, copy.key, edited_at);
        Slot { doc: Some(doc), recovered_at: Some(edited_at), ..Slot::default() }
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
                conflicts: 0,
            }),
            error: self.error.as_ref().map(|e| e.message(lang)),
            notes: self
                .doc
                .as_ref()
                .map(|d| d.notes().iter().map(|n| n.message(lang)).collect())
                .unwrap_or_default(),
            measures: self.doc.as_ref().map(Document::measures),
            recovered_at: self
                .recovered_at
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map(|d| d.as_millis() as u64),
        }
    }

    pub fn title(&self) -> String {
        self.doc.as_ref().map(window_title).unwrap_or_else(|| "Journey Mapper".into())
    }
}

/// Opens a map file; one that git left with conflict markers opens as the merge of the
/// versions in it (with the common version from git while its merge is under way), for
/// the user to resolve its conflicts.
pub fn open_document(path: &Path) -> Result<Document, FileError> {
    match Document::open(path) {
        Err(e) if matches!(e.error, LoadError::Conflicted { .. }) => {
            journey_core::merge::open_conflicted(path, journey_core::git::unmerged_base(path).as_deref())
        }
        opened => opened,
    }
}

/// The window title: the file (or the map's title when never saved), a mark for unsaved
/// changes, then the app's name.
pub fn window_title(doc: &Document) -> String {
    let name = doc.file_name().unwrap_or_else(|| doc.map().title.clone());
    let mark = if doc.is_dirty() { "• " } else { "" };
    format!("{mark}{name} — Journey Mapper")
}

// The core declares it, so that its WebAssembly build answers the UI's tests in the same shape.
pub use journey_core::document::DocumentView;

#[derive(Default)]
pub struct Documents(Mutex<HashMap<String, Slot>>);

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

    pub fn remove(&self, label: &str) -> Option<Slot> {
        self.lock().remove(label)
    }

    /// The window that has `path` open, if any. Paths are compared as the file system
    /// resolves them, outside the lock.
    pub fn window_of(&self, path: &Path) -> Option<String> {
        let resolve = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
        let want = resolve(path);
        let open: Vec<(String, PathBuf)> = self
            .lock()
            .iter()
            .filter_map(|(label, slot)| Some((label.clone(), slot.doc.as_ref()?.path()?.to_path_buf())))
            .collect();
        open.into_iter().find_map(|(label, have)| (resolve(&have) == want).then_some(label))
    }

    /// Saves the window's map to `to`, or to its own file. The map is copied under the
    /// lock, written (by `write`: `format::save_atomic` in the app) with the lock released,
    /// and the save recorded under the lock again: other windows' edits, and this one's,
    /// never wait for the disk. Edits made meanwhile keep the map unsaved.
    pub fn save(
        &self,
        label: &str,
        to: Option<&Path>,
        write: impl FnOnce(&Path, &[u8]) -> Result<(), SaveError>,
    ) -> Result<SavedDoc, DocumentError> {
        let turn = self.lock().get(label).map(|slot| slot.save_turn.clone()).ok_or(DocumentError::NoMap)?;
        let _turn = turn.lock().unwrap_or_else(PoisonError::into_inner);
        let snapshot = self.with_open(label, Document::begin_save).ok_or(DocumentError::NoMap)?;
        let saved = snapshot.save(to, write);
        self.with_open(label, |doc| {
            // The window's map was replaced while the file was written (its file reloaded,
            // another opened in its place): there is no save to record on the new one.
            if doc.key() != snapshot.key {
                return Err(DocumentError::NoMap);
            }
            let state = doc.finish_save(saved)?;
            let path = doc.path().map(Path::to_path_buf).unwrap_or_default();
            Ok(SavedDoc { state, key: snapshot.key.clone(), path })
        })
        .unwrap_or(Err(DocumentError::NoMap))
    }

    /// The other windows' emotion curves, to compare with this window's map.
    pub fn other_maps(&self, label: &str) -> Vec<OtherMap> {
        let mut out = Vec::new();
        self.each_doc(|other, doc| {
            if other != label {
                out.push(OtherMap { label: other.to_owned(), summary: CurveSummary::of(doc.map()) });
            }
        });
        out.sort_by(|a, b| a.summary.title.cmp(&b.summary.title));
        out
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

    /// Whether someone holds the lock right now (for the tests: a save must not).
    #[cfg(test)]
    fn is_locked(&self) -> bool {
        matches!(self.0.try_lock(), Err(std::sync::TryLockError::WouldBlock))
    }
}

/// Why a window's document could not be worked on.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("no map is open in this window")]
    NoMap,
    #[error(transparent)]
    Save(#[from] SaveFailure),
}

/// A save that reached the disk.
#[derive(Debug)]
pub struct SavedDoc {
    pub state: DocState,
    /// The document's key: its recovery copy is obsolete once the map is saved.
    pub key: String,
    /// The file written, now the document's own.
    pub path: PathBuf,
}

/// Another open map, as the comparison of emotion curves needs it.
#[derive(Serialize, specta::Type)]
pub struct OtherMap {
    label: String,
    #[serde(flatten)]
    summary: CurveSummary,
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_core::edit::Edit;
    use journey_core::model::Sentiment;

    #[test]
    fn the_title_names_the_file_and_marks_unsaved_changes() {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = Document::sample();
        assert!(window_title(&doc).starts_with("Online store"), "a map never saved goes by its title");
        doc.apply(Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Negative }).unwrap();
        assert!(window_title(&doc).starts_with("• "));
        doc.save_as(&dir.path().join("m.journey.json")).unwrap();
        assert_eq!(window_title(&doc), "m.journey.json — Journey Mapper");
        assert_eq!(Slot::default().title(), "Journey Mapper", "a window whose file did not open");
    }

    /// Window A saves a 10,000-card map; its write is held half-way (the test holds the
    /// writer) while window B edits, undoes and redoes, and A itself is edited. None of it
    /// may wait for A's save, which then completes with a valid file.
    #[test]
    fn a_save_in_one_window_never_holds_up_the_edits_of_another() {
        use std::sync::mpsc;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("big.journey.json");
        let mut big = Document::untitled(journey_core::model::generate(10, 10_000, 13));
        big.save_as(&file).unwrap();
        big.apply(Edit::SetMapTitle { title: "Saved while B works".into() }).unwrap();
        let docs = Arc::new(Documents::default());
        docs.insert("a", Slot::with_doc(big));
        docs.insert("b", Slot::sample());

        let (reached, writing) = mpsc::channel();
        let (release, held) = mpsc::channel::<()>();
        let saver = std::thread::spawn({
            let docs = docs.clone();
            move || {
                docs.save("a", None, |path, bytes| {
                    reached.send(()).unwrap();
                    // Until the test lets go (or fails, dropping `release`).
                    let _ = held.recv();
                    journey_core::format::save_atomic(path, bytes)
                })
            }
        });
        writing.recv().expect("A's save reaches its write");
        assert!(!docs.is_locked(), "A's save holds the documents' lock while it writes");

        let edit_b = |edit: Edit| docs.with_open("b", |d| d.apply(edit)).expect("B is open").expect("B's edit applies");
        edit_b(Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Negative });
        edit_b(Edit::SetMapTitle { title: "B's own title".into() });
        assert!(!docs.with_open("b", Document::undo).unwrap().patch.is_empty());
        assert!(!docs.with_open("b", Document::redo).unwrap().patch.is_empty());
        docs.with_open("a", |d| d.apply(Edit::SetMapTitle { title: "Edited during the save".into() }))
            .expect("A is open")
            .unwrap();

        release.send(()).unwrap();
        let saved = saver.join().expect("the save ends").expect("the save succeeds");
        assert!(saved.state.dirty, "the edit made during the save is not on disk yet");
        assert_eq!(saved.path, file);
        let on_disk = journey_core::format::load_file(&file).expect("the file is valid").map;
        assert_eq!(on_disk.touchpoints.len(), 10_000);
        assert_eq!(on_disk.title, "Saved while B works");
        docs.with_open("b", |b| {
            assert_eq!(b.map().title, "B's own title");
            let cart = b.map().touchpoints.iter().find(|t| t.id == "tp-cart").unwrap();
            assert_eq!(cart.sentiment, Sentiment::Negative);
            assert!(b.is_dirty() && b.state().can_undo);
        })
        .unwrap();
    }

    #[test]
    fn a_refused_save_leaves_the_map_unsaved_and_says_why() {
        let docs = Documents::default();
        docs.insert("sample", Slot::sample());
        assert!(matches!(
            docs.save("sample", None, journey_core::format::save_atomic),
            Err(DocumentError::Save(SaveFailure::NoFile))
        ));
        assert!(matches!(docs.save("gone", None, journey_core::format::save_atomic), Err(DocumentError::NoMap)));
    }
}
