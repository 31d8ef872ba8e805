//! An open map: the map itself, where it lives on disk, its undo history and whether it
//! has unsaved changes. The app holds one per window; the UI only mirrors it.
//!
//! Writing a big map takes far longer than copying it, and the app keeps every open
//! document behind one lock; so the document hands out a [`Snapshot`] (a copy of the map
//! at a revision), the copy is written with the lock released, and the document is then
//! told which revision reached the disk. Saves and recovery copies both work this way, and
//! so does the check for changes others made to the file ([`Document::disk_probe`]).
//!
//! The document keeps which revision its crash-recovery copy holds, and the key that names
//! the copy, because only it knows its revisions; the copies themselves, like the recent
//! list, are the desktop app's (src-tauri/src/workspace).

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::Serialize;

use crate::edit::{self, Edit, EditError, History, PatchOp};
use crate::format::{self, FileError, FileStamp, Loaded, Note, SaveError};
use crate::language::Language;
use crate::messages::{text, Localize};
use crate::model::{new_id, sample_map, Map, Measures};

/// Why a save did not happen. In every case the map stays open with its changes.
/// `Display` in English; [`Localize`] in any language of the app.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub enum SaveFailure {
    /// The write error stands for itself, in its message and its source.
    #[error(transparent)]
    Write(#[from] SaveError),
    ChangedOnDisk { file: PathBuf },
    NoFile,
}

impl Localize for SaveFailure {
    fn message(&self, lang: Language) -> String {
        match self {
            SaveFailure::Write(e) => e.message(lang),
            SaveFailure::ChangedOnDisk { file } => text(lang, "save-changed-on-disk", &[("file", &file.display())]),
            SaveFailure::NoFile => text(lang, "save-no-file", &[]),
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
    /// Saves begun and not yet finished: meanwhile the file changes under our own hand,
    /// and that is not someone else's change.
    saves_running: u32,
    /// The measures' summary the UI was last sent (with the document or an update): an
    /// update carries one only when it differs, so that an edit that changes no measure
    /// (a sentiment, a title) stays a small answer.
    measures_sent: std::cell::RefCell<Option<Measures>>,
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
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct DocState {
    pub file_name: Option<String>,
    pub dirty: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    /// How many merge conflicts the map records (its `conflicts` field), still to resolve.
    pub conflicts: u32,
}

/// What a window shows, as `load_document` answers: its map, or why the file it was asked
/// to open could not be read, with the messages in the UI's language.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct DocumentView {
    pub map: Option<Map>,
    pub state: DocState,
    pub error: Option<String>,
    /// What the reader noted about the file: repairs made, a newer format version.
    pub notes: Vec<String>,
    /// The map's metrics and criteria summed up for the board.
    pub measures: Option<Measures>,
    /// Set when the map was restored after a crash: when it was last edited (ms since
    /// the Unix epoch), for the UI to show in the user's own time format.
    #[serde(rename = "recoveredAt")]
    pub recovered_at: Option<u64>,
}

/// The answer to an edit, undo or redo: what changed, sized by the change.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Update {
    pub patch: Vec<PatchOp>,
    pub state: DocState,
    /// The id of an entity the edit created, for the UI to select.
    pub focus: Option<String>,
    /// The map's measures summed up again; `None` when nothing changed.
    pub measures: Option<Measures>,
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
            saves_running: 0,
            measures_sent: Default::default(),
        }
    }

    pub fn sample() -> Self {
        Self::untitled(sample_map())
    }

    /// Opens a map file. A repaired map counts as changed: it differs from the file, and
    /// only an explicit save writes the repairs over the original.
    pub fn open(path: &Path) -> Result<Self, FileError> {
        Ok(Self::from_file(format::load_file(path)?, path))
    }

    /// A map read from the file at `path` (by [`format::load_file`] or another reader of
    /// that file), watched for outside changes from now on.
    pub fn from_file(loaded: Loaded, path: &Path) -> Self {
        let mut doc = Self::loaded(loaded, Some(path));
        if doc.path.is_some() {
            doc.stamp = FileStamp::of(path);
        }
        doc
    }

    /// A map read from `path` by its host, as [`Document::open`] makes it but with no stamp
    /// to notice outside changes by: the WebAssembly build runs where there are no files.
    /// Without a path the map is untitled, its notes kept.
    pub fn loaded(loaded: Loaded, path: Option<&Path>) -> Self {
        let repaired = loaded.was_repaired();
        let from_image = loaded.from_image();
        let mut doc = Self::untitled(loaded.map);
        doc.notes = loaded.notes;
        // A map taken out of a picture has no map file yet: saving must never write
        // JSON over the PNG or SVG it came from.
        let Some(path) = path.filter(|_| !from_image) else {
            return doc;
        };
        doc.path = Some(path.to_path_buf());
        if repaired {
            doc.saved_revision = doc.bump();
        }
        doc
    }

    /// A map brought back from a recovery copy: unsaved, tied to its original file (if it
    /// had one), and still named by the copy's `key` so that saving it removes the copy.
    pub fn recovered(map: Map, original: Option<PathBuf>, key: String, edited_at: SystemTime) -> Self {
        let mut doc = Self::untitled(map);
        doc.stamp = original.as_deref().and_then(FileStamp::of);
        doc.path = original;
        doc.key = key;
        doc.edited_at = Some(edited_at);
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

    /// A change on disk not reported yet: each outside change is returned once. None while
    /// a save of ours is writing the file. Reads the file while holding the document; the
    /// app uses [`Document::disk_probe`] instead.
    pub fn take_disk_change(&mut self) -> Option<DiskChange> {
        let look = self.disk_probe()?.look();
        self.settle_disk(look)
    }

    /// The first half of the outside-change check: what to look at, to be looked at with
    /// the app's lock released (reading a big changed file takes a while). None while a save
    /// of ours is writing the file, or when the document has no file.
    pub fn disk_probe(&self) -> Option<DiskProbe> {
        if self.saves_running > 0 {
            return None;
        }
        Some(DiskProbe { path: self.path.clone()?, stamp: self.stamp.clone()? })
    }

    /// The second half of the check: the outside change the look found, if it is new. A
    /// look made before the document last read or wrote its file is stale and ignored.
    pub fn settle_disk(&mut self, look: DiskLook) -> Option<DiskChange> {
        if self.saves_running > 0 || self.path.as_ref() != Some(&look.path) || self.stamp.as_ref() != Some(&look.was) {
            return None;
        }
        let now = match look.seen {
            Seen::Unchanged(refreshed) => {
                // The same bytes with a new time: later checks need not read them again.
                self.stamp = Some(refreshed);
                return None;
            }
            Seen::Changed(now) => now,
        };
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

    /// The map as it is now, to be written while the document is free for edits.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            key: self.key.clone(),
            map: self.map.clone(),
            path: self.path.clone(),
            edited_at: self.edited_at.unwrap_or_else(SystemTime::now),
            revision: self.revision,
            guard: if self.overwrite_allowed { None } else { self.stamp.clone() },
        }
    }

    /// What the recovery copy needs, if the map has changes the copy lacks.
    pub fn recovery_snapshot(&self) -> Option<Snapshot> {
        if !self.is_dirty() || self.recovered_revision == Some(self.revision) {
            return None;
        }
        Some(self.snapshot())
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
            conflicts: self
                .map
                .extra
                .get(format::CONFLICTS_FIELD)
                .and_then(serde_json::Value::as_array)
                .map_or(0, |list| list.len() as u32),
        }
    }

    pub fn file_name(&self) -> Option<String> {
        self.path.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned())
    }

    pub fn apply(&mut self, edit: Edit) -> Result<Update, EditError> {
        let measures = may_change_measures(&edit);
        let applied = edit::apply(&mut self.map, edit)?;
        if !applied.patch.is_empty() {
            self.edited_at = edit_time();
            let before = self.revision;
            self.revision = self.bump();
            self.history.record(applied.inverse, before);
        }
        Ok(self.update_with(applied.patch, applied.created, measures))
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
        let measures = may_change_measures(&edit);
        match edit::apply(&mut self.map, edit) {
            Ok(applied) => {
                self.edited_at = edit_time();
                let before = std::mem::replace(&mut self.revision, revision_after);
                if undo {
                    self.history.push_redo(applied.inverse, before);
                } else {
                    self.history.push_undo(applied.inverse, before);
                }
                self.update_with(applied.patch, applied.created, measures)
            }
            // Inverses are built against the state they are applied to, so this is not
            // expected; if it happens the step is dropped rather than corrupting the map.
            Err(_) => self.update(Vec::new(), None),
        }
    }

    /// Saves to the document's file, unless someone else changed it since we read it.
    /// Writes while holding the document: the app uses [`Document::begin_save`] instead.
    pub fn save(&mut self) -> Result<DocState, SaveFailure> {
        let snapshot = self.begin_save();
        let saved = snapshot.save(None, format::save_atomic);
        self.finish_save(saved)
    }

    /// Saves to `path`, which becomes the document's file.
    pub fn save_as(&mut self, path: &Path) -> Result<DocState, SaveFailure> {
        let snapshot = self.begin_save();
        let saved = snapshot.save(Some(path), format::save_atomic);
        self.finish_save(saved)
    }

    /// The first half of a save: the map to write. Until [`Document::finish_save`], the
    /// file changing on disk is taken for our own write, not reported as someone else's.
    pub fn begin_save(&mut self) -> Snapshot {
        self.saves_running += 1;
        self.snapshot()
    }

    /// The second half of a save begun with [`Document::begin_save`], whatever its outcome.
    /// The document counts as saved at the snapshot's revision: edits made while the file
    /// was written keep it unsaved.
    pub fn finish_save(&mut self, saved: Result<Saved, SaveFailure>) -> Result<DocState, SaveFailure> {
        self.saves_running = self.saves_running.saturating_sub(1);
        let saved = saved?;
        self.stamp = saved.stamp;
        self.overwrite_allowed = false;
        self.reported_disk = None;
        self.path = Some(saved.path);
        self.saved_revision = saved.revision;
        Ok(self.state())
    }

    /// What a save to `path` leaves behind, once the map's text is there: `path` is the
    /// document's file, the map counts as unchanged. The WebAssembly build, which has no
    /// files, calls it alone.
    pub fn mark_saved(&mut self, path: &Path) -> DocState {
        self.stamp = None;
        self.overwrite_allowed = false;
        self.reported_disk = None;
        self.path = Some(path.to_path_buf());
        self.saved_revision = self.revision;
        self.state()
    }

    fn bump(&mut self) -> u64 {
        let r = self.next_revision;
        self.next_revision += 1;
        r
    }

    /// The answer of a step that changed nothing: the state as it is.
    pub fn unchanged(&self) -> Update {
        self.update(Vec::new(), None)
    }

    fn update(&self, patch: Vec<PatchOp>, focus: Option<String>) -> Update {
        self.update_with(patch, focus, true)
    }

    /// `measures`: whether the edit behind the patch can change the measures' summary.
    fn update_with(&self, patch: Vec<PatchOp>, focus: Option<String>, measures: bool) -> Update {
        let measures = if patch.is_empty() || !measures { None } else { self.measures_if_changed() };
        Update { patch, state: self.state(), focus, measures }
    }

    /// The map's measures summed up, for a view of the whole document: the UI starts from them.
    pub fn measures(&self) -> Measures {
        let now = self.map.measures();
        *self.measures_sent.borrow_mut() = Some(now.clone());
        now
    }

    /// The map's measures, when they differ from what the UI was last sent.
    fn measures_if_changed(&self) -> Option<Measures> {
        let now = self.map.measures();
        let mut sent = self.measures_sent.borrow_mut();
        if sent.as_ref() == Some(&now) {
            return None;
        }
        *sent = Some(now.clone());
        Some(now)
    }
}

/// When an edit happened, for the recovery copy. wasm32-unknown-unknown has no clock
/// (`SystemTime::now` panics there) and no recovery copies either.
fn edit_time() -> Option<SystemTime> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(SystemTime::now());
    #[cfg(target_arch = "wasm32")]
    None
}

/// A document's file and how the document last saw it (see [`Document::disk_probe`]).
#[derive(Debug, Clone)]
pub struct DiskProbe {
    path: PathBuf,
    stamp: FileStamp,
}

/// What a [`DiskProbe`] saw, for [`Document::settle_disk`].
#[derive(Debug)]
pub struct DiskLook {
    path: PathBuf,
    was: FileStamp,
    seen: Seen,
}

#[derive(Debug)]
enum Seen {
    /// The content is as the document knows it; the stamp as it is now.
    Unchanged(FileStamp),
    /// The file changed: its stamp now, `None` when it is gone.
    Changed(Option<FileStamp>),
}

impl DiskProbe {
    /// Looks at the file: cheap unless its size or time moved, then it is read.
    pub fn look(self) -> DiskLook {
        let mut stamp = self.stamp.clone();
        let seen = if stamp.changed_on_disk(&self.path) {
            Seen::Changed(FileStamp::of(&self.path))
        } else {
            Seen::Unchanged(stamp)
        };
        DiskLook { path: self.path, was: self.stamp, seen }
    }
}

/// A copy of a document at one revision, taken under the app's lock and written outside
/// it, as a save ([`Snapshot::save`]) or a recovery copy.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The document's key, which names its recovery copy.
    pub key: String,
    pub map: Map,
    /// The document's file; `None` for a map never saved.
    pub path: Option<PathBuf>,
    pub edited_at: SystemTime,
    pub revision: u64,
    /// The file as the document last saw it; `None` when the user chose to overwrite
    /// whatever is there, or there is no file.
    guard: Option<FileStamp>,
}

/// A save that reached the disk, for [`Document::finish_save`].
#[derive(Debug)]
pub struct Saved {
    path: PathBuf,
    revision: u64,
    stamp: Option<FileStamp>,
}

impl Snapshot {
    /// Writes the map with `write` (the app passes [`format::save_atomic`]) to `to`, or
    /// to the document's own file, which must not have been changed by someone else.
    pub fn save(
        &self,
        to: Option<&Path>,
        write: impl FnOnce(&Path, &[u8]) -> Result<(), SaveError>,
    ) -> Result<Saved, SaveFailure> {
        let path = match to {
            Some(path) => path.to_path_buf(),
            None => {
                let path = self.path.clone().ok_or(SaveFailure::NoFile)?;
                if let Some(mut stamp) = self.guard.clone() {
                    if stamp.changed_on_disk(&path) {
                        return Err(SaveFailure::ChangedOnDisk { file: path });
                    }
                }
                path
            }
        };
        let text = format::to_canonical_json(&self.map);
        write(&path, text.as_bytes())?;
        let stamp = FileStamp::of_written(&path, text.as_bytes());
        Ok(Saved { path, revision: self.revision, stamp })
    }
}

/// Whether `edit` can change the measures' summary, which reads only the cards' metrics,
/// ratings and cells, the stages, and the map's metric and criterion definitions. Summing
/// them up walks every card (5 ms on 10,000 cards), so the edits a user makes most (a
/// sentiment, a title, a description) skip it. Anything not listed here is summed up again,
/// so a new edit or field is safe until it is listed.
fn may_change_measures(edit: &Edit) -> bool {
    use edit::TouchpointField as F;
    match edit {
        Edit::SetMapTitle { .. }
        | Edit::RenameTouchpoint { .. }
        | Edit::SetSentiment { .. }
        | Edit::RenameLane { .. }
        | Edit::AddFeedback { .. }
        | Edit::EditFeedback { .. }
        | Edit::RemoveFeedback { .. } => false,
        Edit::SetTouchpointField { field, .. } => !matches!(
            field,
            F::Description(_)
                | F::Channel(_)
                | F::Presence(_)
                | F::Owner(_)
                | F::Control(_)
                | F::Horizon(_)
                | F::Frequency(_)
                | F::PainPoints(_)
                | F::Delights(_)
                | F::Hypotheses(_)
                | F::Feedback(_)
        ),
        Edit::Batch { edits } => edits.iter().any(may_change_measures),
        _ => true,
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
    fn an_update_carries_the_measures_only_when_they_changed() {
        let mut doc = Document::sample();
        let first = doc.measures();
        assert!(!first.metrics.is_empty());
        // A sentiment changes no measure: the answer stays small.
        assert_eq!(set_negative(&mut doc).measures, None);
        let nps = crate::model::Metric::new("NPS", 55.0);
        let update = doc.apply(Edit::SetMetric { id: "tp-cart".into(), metric: nps }).unwrap();
        let sent = update.measures.expect("a new value changes the stage's aggregate");
        assert_ne!(sent, first);
        assert_eq!(sent, doc.map().measures());
        // Undo brings the old aggregate back, and says so.
        assert_eq!(doc.undo().measures.map(|m| m.metrics[0].stages.clone()), Some(first.metrics[0].stages.clone()));
    }

    /// The edits that skip the summary must really leave it as it was, undone too.
    #[test]
    fn the_edits_that_skip_the_measures_leave_them_unchanged() {
        use crate::edit::TouchpointField as F;
        let mut doc = Document::sample();
        doc.apply(Edit::AddLane { index: 0, name: "Channels".into() }).unwrap();
        let lane = doc.map().lanes[0].id.clone();
        let before = doc.map().measures();
        let id = || "tp-cart".to_owned();
        let skipped = [
            Edit::SetMapTitle { title: "Renamed".into() },
            Edit::RenameTouchpoint { id: id(), title: "Basket".into() },
            Edit::SetSentiment { id: id(), sentiment: Sentiment::Negative },
            Edit::RenameLane { id: lane, name: "Media".into() },
            Edit::SetTouchpointField { id: id(), field: F::Description("Slow page".into()) },
            Edit::SetTouchpointField { id: id(), field: F::Owner("Web team".into()) },
            Edit::SetTouchpointField { id: id(), field: F::PainPoints(vec!["Hidden fees".into()]) },
        ];
        for edit in skipped {
            assert!(!may_change_measures(&edit), "{edit:?}");
            assert_eq!(doc.apply(edit.clone()).unwrap().measures, None, "{edit:?}");
            assert_eq!(doc.map().measures(), before, "{edit:?} changed the measures");
            assert_eq!(doc.undo().measures, None, "undo of {edit:?}");
            doc.redo();
        }
        let nps = crate::model::Metric::new("NPS", 12.0);
        assert!(may_change_measures(&Edit::SetMetric { id: id(), metric: nps }));
    }

    #[test]
    fn unsaved_follows_undo_and_redo_back_to_the_saved_state() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.journey.json");
        let mut doc = Document::sample();
        assert!(!doc.is_dirty(), "an untouched sample has nothing to lose");
        let u = set_negative(&mut doc);
        assert!(u.state.dirty && u.state.can_undo && !u.state.can_redo);
        doc.save_as(&file).unwrap();
        assert!(!doc.is_dirty());
        assert_eq!(doc.file_name().as_deref(), Some("m.journey.json"));
        assert!(doc.undo().state.dirty, "undo past the save is a change");
        assert!(!doc.redo().state.dirty, "redo back to the saved state is clean");
        let reopened = Document::open(&file).unwrap();
        assert_eq!(reopened.map(), doc.map());
        assert!(!reopened.is_dirty());
    }

    #[test]
    fn undo_of_a_delete_focuses_the_card_it_brings_back_and_undo_of_an_add_nothing() {
        let mut doc = Document::sample();
        doc.apply(Edit::DeleteTouchpoint { id: "tp-cart".into() }).unwrap();
        assert_eq!(doc.undo().focus.as_deref(), Some("tp-cart"));
        assert_eq!(doc.redo().focus, None);
        let added = doc
            .apply(Edit::AddTouchpoint {
                stage: "stage-loyalty".into(),
                index: 0,
                title: "Survey".into(),
                sentiment: Sentiment::Neutral,
                lane: None,
                channel: None,
            })
            .unwrap()
            .focus
            .unwrap();
        assert_eq!(doc.undo().focus, None);
        assert_eq!(doc.redo().focus, Some(added), "redo of an add brings the card back");
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
        let mut doc = Document::sample();
        assert!(doc.recovery_snapshot().is_none(), "nothing to recover yet");
        set_negative(&mut doc);
        let first = doc.recovery_snapshot().expect("a change to copy");
        assert_eq!((first.key.as_str(), &first.map), (doc.key(), doc.map()));
        assert!(doc.mark_recovered(first.revision));
        assert!(doc.recovery_snapshot().is_none(), "copied once per change");

        let restored = Document::recovered(first.map.clone(), None, first.key.clone(), first.edited_at);
        assert_eq!(restored.map(), doc.map());
        assert_eq!(restored.key(), doc.key(), "saving it removes the same copy");
        assert!(restored.is_dirty(), "a restored map stays unsaved");

        // Taken, written outside the lock, and the map edited meanwhile: marked at the
        // older revision, so the next tick copies again.
        doc.apply(Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Positive }).unwrap();
        let snapshot = doc.recovery_snapshot().expect("a change to copy");
        assert!(doc.recovery_snapshot().is_some(), "still wanted until marked");
        doc.apply(Edit::SetSentiment { id: "tp-cart".into(), sentiment: Sentiment::Neutral }).unwrap();
        assert!(doc.mark_recovered(snapshot.revision));
        let newer = doc.recovery_snapshot().expect("a newer change is copied again");
        assert!(newer.revision > snapshot.revision);
        // Saved before the copy was marked: the copy is not wanted (the caller removes it).
        doc.save_as(&dir.path().join("saved.journey.json")).unwrap();
        assert!(!doc.mark_recovered(newer.revision));
        assert!(doc.recovery_snapshot().is_none());
    }

    #[test]
    fn edits_made_while_the_file_is_written_stay_unsaved() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.journey.json");
        let mut doc = Document::sample();
        doc.save_as(&file).unwrap();
        set_negative(&mut doc);
        let snapshot = doc.begin_save();
        // The lock is released here: another edit comes in before the write ends.
        doc.apply(Edit::SetMapTitle { title: "Edited during the save".into() }).unwrap();
        let saved = snapshot.save(None, crate::format::save_atomic);
        let state = doc.finish_save(saved).unwrap();
        assert!(state.dirty, "the later edit is not on disk");
        let on_disk = Document::open(&file).unwrap();
        assert_eq!(on_disk.map(), &snapshot.map, "the file holds the map as it was when the save began");
        assert_ne!(on_disk.map().title, "Edited during the save");
        // Undoing the later edit comes back to the revision on disk.
        assert!(!doc.undo().state.dirty);
    }

    #[test]
    fn an_unedited_save_leaves_the_map_saved_and_its_own_write_unreported() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.journey.json");
        crate::format::save_map(&crate::model::sample_map(), &file).unwrap();
        let mut doc = Document::open(&file).unwrap();
        set_negative(&mut doc);
        let snapshot = doc.begin_save();
        let saved = snapshot.save(None, crate::format::save_atomic);
        // Between the write and finish_save the file is new to the document's stamp.
        assert_eq!(doc.take_disk_change(), None, "our own save is not someone else's change");
        assert!(!doc.finish_save(saved).unwrap().dirty);
        assert_eq!(doc.take_disk_change(), None);
        assert!(!doc.changed_on_disk());
    }

    #[test]
    fn a_failed_save_keeps_the_changes_and_reports_later_outside_changes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.journey.json");
        crate::format::save_map(&crate::model::sample_map(), &file).unwrap();
        let mut doc = Document::open(&file).unwrap();
        set_negative(&mut doc);
        let snapshot = doc.begin_save();
        let gone = dir.path().join("no such folder").join("m.journey.json");
        let err = doc.finish_save(snapshot.save(Some(&gone), crate::format::save_atomic)).unwrap_err();
        assert!(matches!(err, SaveFailure::Write(_)), "{err}");
        assert!(doc.is_dirty());
        assert_eq!(doc.path(), Some(file.as_path()), "the file stays the one it was");
        std::fs::write(&file, "changed by someone else").unwrap();
        assert_eq!(doc.take_disk_change(), Some(DiskChange::Modified), "reports resume once the save ended");
    }

    #[test]
    fn an_outside_change_seen_without_the_lock_is_reported_once_and_a_stale_look_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.journey.json");
        crate::format::save_map(&crate::model::sample_map(), &file).unwrap();
        let mut doc = Document::open(&file).unwrap();
        let quiet = doc.disk_probe().expect("a file to watch").look();
        assert_eq!(doc.settle_disk(quiet), None);

        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, text.replace("Online store", "Their store")).unwrap();
        let probe = doc.disk_probe().unwrap();
        let (first, again) = (probe.clone().look(), probe.look());
        assert_eq!(doc.settle_disk(first), Some(DiskChange::Modified));
        assert_eq!(doc.settle_disk(again), None, "reported once");

        // Looked at, then the document saved its own version before the look came back.
        std::fs::write(&file, text.replace("Online store", "Another store")).unwrap();
        let stale = doc.disk_probe().unwrap().look();
        doc.keep_mine();
        doc.save().unwrap();
        assert_eq!(doc.settle_disk(stale), None, "the look predates our save");
        assert_eq!(doc.take_disk_change(), None);

        let saving = doc.begin_save();
        assert!(doc.disk_probe().is_none(), "nothing to look at while our save writes");
        doc.finish_save(saving.save(None, crate::format::save_atomic)).unwrap();
        assert!(Document::sample().disk_probe().is_none(), "a map without a file");
    }
}
