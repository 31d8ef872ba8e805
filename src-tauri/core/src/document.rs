//! An open map: the map itself, where it lives on disk, its undo history and whether it
//! has unsaved changes. The app holds one per window; the UI only mirrors it.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Serialize;

use crate::edit::{self, Edit, EditError, History, PatchOp};
use crate::format::{self, FileError, Note, SaveError};
use crate::model::{new_id, sample_map, Map};
use crate::workspace::{FileStamp, Recovered, RecoveryStore};

/// Why a save did not happen. In every case the map stays open with its changes.
/// `Display` in English; [`crate::messages::Localize`] in any language of the app.
#[derive(Debug)]
pub enum SaveFailure {
    Write(SaveError),
    ChangedOnDisk { file: PathBuf },
    NoFile,
}

impl From<SaveError> for SaveFailure {
    fn from(e: SaveError) -> Self {
        SaveFailure::Write(e)
    }
}

impl std::fmt::Display for SaveFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::Localize::message(self, crate::language::Language::En))
    }
}

impl std::error::Error for SaveFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            // As `#[error(transparent)]` did: the write error stands for itself.
            SaveFailure::Write(e) => std::error::Error::source(e),
            _ => None,
        }
    }
}

#[derive(Debug)]
pub struct Document {
    map: Map,
    path: Option<PathBuf>,
    history: History,
    revision: u64,
    next_revision: u64,
    /// The revision that matches the file on disk (or the untouched new map).
    saved_revision: u64,
    /// What the reader reported when the file was opened (repairs, a newer version).
    notes: Vec<Note>,
    /// Names this document's crash-recovery copy.
    key: String,
    /// The file as we last read or wrote it, to notice changes made by others.
    stamp: Option<FileStamp>,
    /// The user chose to keep their version over a change on disk: the next save may
    /// overwrite it.
    overwrite_allowed: bool,
    edited_at: Option<SystemTime>,
    /// The revision last written to the recovery copy.
    recovered_revision: Option<u64>,
    /// The state of the file on disk that was last reported as an outside change, so
    /// that each change is reported once.
    reported_disk: Option<Option<FileStamp>>,
}

/// A change to the document's file made by someone else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiskChange {
    /// The file has new content.
    Modified,
    /// The file was moved or deleted.
    Missing,
}

/// What the UI needs to know about the document besides the map.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocState {
    pub file_name: Option<String>,
    pub dirty: bool,
    pub can_undo: bool,
    pub can_redo: bool,
}

/// The answer to an edit, undo or redo: what changed, sized by the change.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Update {
    pub patch: Vec<PatchOp>,
    pub state: DocState,
    /// The id of an entity the edit created, for the UI to select.
    pub focus: Option<String>,
}

impl Document {
    /// A document for a map that has never been saved (the sample, a new map). It counts
    /// as unchanged until edited: closing an untouched sample loses nothing.
    pub fn untitled(map: Map) -> Self {
        Document {
            map,
            path: None,
            history: History::default(),
            revision: 0,
            next_revision: 1,
            saved_revision: 0,
            notes: Vec::new(),
            key: new_id("doc"),
            stamp: None,
            overwrite_allowed: false,
            edited_at: None,
            recovered_revision: None,
            reported_disk: None,
        }
    }

    pub fn sample() -> Self {
        Self::untitled(sample_map())
    }

    /// Opens a map file. A repaired map counts as changed: it differs from the file, and
    /// only an explicit save writes the repairs over the original.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        let loaded = format::load_file(path)?;
        let repaired = loaded.was_repaired();
        let from_image = loaded.from_image();
        let mut doc = Self::untitled(loaded.map);
        doc.notes = loaded.notes;
        // A map taken out of a picture has no map file yet: saving must never write
        // JSON over the PNG or SVG it came from.
        if from_image {
            return Ok(doc);
        }
        doc.path = Some(path.to_path_buf());
        doc.stamp = FileStamp::of(path);
        if repaired {
            doc.saved_revision = doc.bump();
        }
        Ok(doc)
    }

    /// A map brought back from a recovery copy: unsaved, tied to its original file.
    pub fn recovered(copy: Recovered) -> Self {
        let mut doc = Self::untitled(copy.map);
        doc.stamp = copy.original.as_deref().and_then(FileStamp::of);
        doc.path = copy.original;
        doc.key = copy.key;
        doc.edited_at = Some(copy.edited_at);
        doc.saved_revision = doc.bump();
        doc.recovered_revision = Some(doc.revision);
        doc
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// True when the file was changed by someone else since we read or wrote it.
    pub fn changed_on_disk(&mut self) -> bool {
        match (&self.path, &mut self.stamp) {
            (Some(path), Some(stamp)) => stamp.changed_on_disk(path),
            _ => false,
        }
    }

    /// A change on disk not reported yet: each outside change is returned once.
    pub fn take_disk_change(&mut self) -> Option<DiskChange> {
        if !self.changed_on_disk() {
            return None;
        }
        let path = self.path.as_deref()?;
        let now = FileStamp::of(path);
        if self.reported_disk.as_ref() == Some(&now) {
            return None;
        }
        let change = if now.is_some() { DiskChange::Modified } else { DiskChange::Missing };
        self.reported_disk = Some(now);
        Some(change)
    }

    /// "Keep mine": the next save overwrites the other version on disk.
    pub fn keep_mine(&mut self) {
        self.overwrite_allowed = true;
        if self.saved_revision == self.revision {
            self.saved_revision = self.bump();
        }
    }

    /// Writes the recovery copy if the map has changes the copy lacks. Returns whether
    /// it wrote.
    pub fn write_recovery(&mut self, store: &RecoveryStore) -> Result<bool, SaveError> {
        let Some(snapshot) = self.recovery_snapshot() else { return Ok(false) };
        snapshot.write(store)?;
        self.mark_recovered(snapshot.revision);
        Ok(true)
    }

    /// What the recovery copy needs, if the map has changes the copy lacks: a copy of the
    /// map, to be written while the document is free for edits (writing a big map takes
    /// longer than a copy of it, and edits must not wait for the disk).
    pub fn recovery_snapshot(&self) -> Option<RecoverySnapshot> {
        if !self.is_dirty() || self.recovered_revision == Some(self.revision) {
            return None;
        }
        Some(RecoverySnapshot {
            key: self.key.clone(),
            map: self.map.clone(),
            path: self.path.clone(),
            edited_at: self.edited_at.unwrap_or_else(SystemTime::now),
            revision: self.revision,
        })
    }

    /// The recovery copy of `revision` is written. Returns whether the copy is still wanted:
    /// false once the map has been saved since (the caller then removes it).
    pub fn mark_recovered(&mut self, revision: u64) -> bool {
        if !self.is_dirty() {
            return false;
        }
        // At a later revision than this, the next tick writes again.
        self.recovered_revision = Some(revision);
        true
    }

    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    pub fn map(&self) -> &Map {
        &self.map
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// True when the map has edits that are not on disk.
    pub fn is_dirty(&self) -> bool {
        self.saved_revision != self.revision
    }

    pub fn state(&self) -> DocState {
        DocState {
            file_name: self.file_name(),
            dirty: self.is_dirty(),
            can_undo: self.history.can_undo(),
            can_redo: self.history.can_redo(),
        }
    }

    pub fn file_name(&self) -> Option<String> {
        self.path.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned())
    }

    /// The window title: the file (or the map's title when never saved), a mark for
    /// unsaved changes, then the app's name.
    pub fn window_title(&self) -> String {
        let name = self.file_name().unwrap_or_else(|| self.map.title.clone());
        let mark = if self.is_dirty() { "• " } else { "" };
        format!("{mark}{name} — Journey Mapper")
    }

    pub fn apply(&mut self, edit: Edit) -> Result<Update, EditError> {
        let applied = edit::apply(&mut self.map, edit)?;
        if !applied.patch.is_empty() {
            self.edited_at = Some(SystemTime::now());
            let before = self.revision;
            self.revision = self.bump();
            self.history.record(applied.inverse, before);
        }
        Ok(self.update(applied.patch, applied.created))
    }

    pub fn undo(&mut self) -> Update {
        self.step(true)
    }

    pub fn redo(&mut self) -> Update {
        self.step(false)
    }

    fn step(&mut self, undo: bool) -> Update {
        let entry = if undo { self.history.pop_undo() } else { self.history.pop_redo() };
        let Some((edit, revision_after)) = entry else {
            return self.update(Vec::new(), None);
        };
        match edit::apply(&mut self.map, edit) {
            Ok(applied) => {
                self.edited_at = Some(SystemTime::now());
                let before = std::mem::replace(&mut self.revision, revision_after);
                if undo {
                    self.history.push_redo(applied.inverse, before);
                } else {
                    self.history.push_undo(applied.inverse, before);
                }
                self.update(applied.patch, None)
            }
            // Inverses are built against the state they are applied to, so this is not
            // expected; if it happens the step is dropped rather than corrupting the map.
            Err(_) => self.update(Vec::new(), None),
        }
    }

    /// Saves to the document's file, unless someone else changed it since we read it.
    pub fn save(&mut self) -> Result<DocState, SaveFailure> {
        let path = self.path.clone().ok_or(SaveFailure::NoFile)?;
        if !self.overwrite_allowed && self.changed_on_disk() {
            return Err(SaveFailure::ChangedOnDisk { file: path });
        }
        Ok(self.save_as(&path)?)
    }

    /// Saves to `path`, which becomes the document's file.
    pub fn save_as(&mut self, path: &Path) -> Result<DocState, SaveError> {
        let text = format::to_canonical_json(&self.map);
        format::save_atomic(path, text.as_bytes())?;
        self.stamp = FileStamp::of_written(path, text.as_bytes());
        self.overwrite_allowed = false;
        self.reported_disk = None;
        self.path = Some(path.to_path_buf());
        self.saved_revision = self.revision;
        Ok(self.state())
    }

    fn bump(&mut self) -> u64 {
        let r = self.next_revision;
        self.next_revision += 1;
        r
    }

    fn update(&self, patch: Vec<PatchOp>, focus: Option<String>) -> Update {
        Update { patch, state: self.state(), focus }
    }
}

/// A map's state for its recovery copy, taken under the documents' lock and written
/// outside it (see `Document::recovery_snapshot`).
pub struct RecoverySnapshot {
    pub key: String,
    map: Map,
    path: Option<PathBuf>,
    edited_at: SystemTime,
    pub revision: u64,
}

impl RecoverySnapshot {
    pub fn write(&self, store: &RecoveryStore) -> Result<(), SaveError> {
        store.write(&self.key, &self.map, self.path.as_deref(), self.edited_at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Sentiment;

    fn set_negative(doc: &mut Document) -> Update {
        doc.apply(Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Negative }).unwrap()
    }

    #[test]
    fn unsaved_follows_undo_and_redo_back_to_the_saved_state() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.journey.json");
        let mut doc = Document::sample();
        assert!(!doc.is_dirty(), "an untouched sample has nothing to lose");
        assert!(doc.window_title().starts_with("Online store"));
        let u = set_negative(&mut doc);
        assert!(u.state.dirty && u.state.can_undo && !u.state.can_redo);
        assert!(doc.window_title().starts_with("• "));
        doc.save_as(&file).unwrap();
        assert!(!doc.is_dirty());
        assert_eq!(doc.window_title(), "m.journey.json — Journey Mapper");
        assert!(doc.undo().state.dirty, "undo past the save is a change");
        assert!(!doc.redo().state.dirty, "redo back to the saved state is clean");
        let reopened = Document::open(&file).unwrap();
        assert_eq!(reopened.map(), doc.map());
        assert!(!reopened.is_dirty());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut doc = Document::sample();
        set_negative(&mut doc);
        doc.undo();
        assert!(doc.state().can_redo);
        doc.apply(Edit::SetMapTitle { title: "Q3 review".into() }).unwrap();
        assert!(!doc.state().can_redo);
        assert!(doc.redo().patch.is_empty());
    }

    #[test]
    fn a_failed_edit_changes_nothing() {
        let mut doc = Document::sample();
        assert!(doc.apply(Edit::DeleteTouchpoint { id: "nope".into() }).is_err());
        assert!(!doc.is_dirty() && !doc.state().can_undo);
    }

    #[test]
    fn saving_a_map_without_a_file_fails_cleanly() {
        let mut doc = Document::sample();
        assert!(matches!(doc.save(), Err(SaveFailure::NoFile)));
    }

    #[test]
    fn a_save_never_overwrites_a_change_made_by_someone_else_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.journey.json");
        crate::format::save_map(&crate::model::sample_map(), &file).unwrap();
        let mut doc = Document::open(&file).unwrap();
        assert!(!doc.changed_on_disk());
        set_negative(&mut doc);
        doc.save().unwrap();
        assert!(!doc.changed_on_disk(), "our own save is not someone else's change");

        let theirs = std::fs::read_to_string(&file).unwrap().replace("Online store", "Their store");
        std::fs::write(&file, &theirs).unwrap();
        assert!(doc.changed_on_disk());
        doc.apply(Edit::SetMapTitle { title: "Mine".into() }).unwrap();
        let err = doc.save().unwrap_err();
        assert!(matches!(err, SaveFailure::ChangedOnDisk { .. }), "{err}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), theirs, "their file is intact");
        assert!(doc.is_dirty());

        doc.keep_mine();
        doc.save().unwrap();
        assert!(std::fs::read_to_string(&file).unwrap().contains("\"Mine\""));
    }

    #[test]
    fn each_outside_change_is_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.journey.json");
        crate::format::save_map(&crate::model::sample_map(), &file).unwrap();
        let mut doc = Document::open(&file).unwrap();
        assert_eq!(doc.take_disk_change(), None);
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, text.replace("Online store", "Their store")).unwrap();
        assert_eq!(doc.take_disk_change(), Some(DiskChange::Modified));
        assert_eq!(doc.take_disk_change(), None, "reported once");
        std::fs::write(&file, text.replace("Online store", "Another store")).unwrap();
        assert_eq!(doc.take_disk_change(), Some(DiskChange::Modified), "a further change is new");
        std::fs::remove_file(&file).unwrap();
        assert_eq!(doc.take_disk_change(), Some(DiskChange::Missing));
        assert_eq!(doc.take_disk_change(), None);
    }

    #[test]
    fn recovery_copies_follow_unsaved_changes() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        let mut doc = Document::sample();
        assert!(!doc.write_recovery(&store).unwrap(), "nothing to recover yet");
        set_negative(&mut doc);
        assert!(doc.write_recovery(&store).unwrap());
        assert!(!doc.write_recovery(&store).unwrap(), "written once per change");

        let copy = store.list().pop().unwrap();
        assert_eq!(copy.key, doc.key());
        let restored = Document::recovered(copy);
        assert_eq!(restored.map(), doc.map());
        assert!(restored.is_dirty(), "a restored map stays unsaved");

        // Taken, written outside the lock, and the map edited meanwhile: marked at the
        // older revision, so the next tick copies again.
        doc.apply(Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Positive }).unwrap();
        let snapshot = doc.recovery_snapshot().expect("a change to copy");
        assert!(doc.recovery_snapshot().is_some(), "still wanted until marked");
        snapshot.write(&store).unwrap();
        doc.apply(Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Neutral }).unwrap();
        assert!(doc.mark_recovered(snapshot.revision));
        let newer = doc.recovery_snapshot().expect("a newer change is copied again");
        assert!(newer.revision > snapshot.revision);
        // Saved before the copy was marked: the copy is not wanted (the caller removes it).
        doc.save_as(&dir.path().join("saved.journey.json")).unwrap();
        assert!(!doc.mark_recovered(newer.revision));
        assert!(doc.recovery_snapshot().is_none());
    }
}
