use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use journey_core::document::Snapshot;
use journey_core::format::{self, save_atomic, SaveError};
use journey_core::model::Map;

/// Copies of maps with unsaved changes, written while the user edits so that a crash, a
/// kill or a power cut loses at most the last moments. One file per open document.
#[derive(Debug, Clone)]
pub struct RecoveryStore {
    dir: PathBuf,
}

/// A recovery copy found at start-up.
#[derive(Debug, Clone)]
pub struct Recovered {
    pub key: String,
    /// The file the map came from; `None` for a map never saved.
    pub original: Option<PathBuf>,
    pub edited_at: SystemTime,
    pub map: Map,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct CopyFile {
    original: Option<PathBuf>,
    /// Milliseconds since the Unix epoch.
    edited_at: u64,
    map: Value,
}

const SUFFIX: &str = ".recovery.json";

impl RecoveryStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        RecoveryStore { dir: dir.into() }
    }

    fn file(&self, key: &str) -> PathBuf {
        // Keys are ours (random ids), but a path must never come from one unchecked.
        let safe: String = key.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
        self.dir.join(format!("{safe}{SUFFIX}"))
    }

    /// Writes (atomically) the recovery copy of one document.
    pub fn write(&self, key: &str, map: &Map, original: Option<&Path>, edited_at: SystemTime) -> Result<(), SaveError> {
        let file = self.file(key);
        std::fs::create_dir_all(&self.dir).map_err(|source| SaveError { file: file.clone(), source })?;
        let map: Value = serde_json::from_str(&format::to_canonical_json(map)).unwrap_or(Value::Null);
        let copy = CopyFile {
            original: original.map(Path::to_path_buf),
            edited_at: edited_at.duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0),
            map,
        };
        let mut text = serde_json::to_string_pretty(&copy).unwrap_or_default();
        text.push('\n');
        save_atomic(&file, text.as_bytes())
    }

    /// Writes the copy of a document's snapshot, taken under the documents' lock and
    /// written outside it.
    pub fn write_snapshot(&self, snapshot: &Snapshot) -> Result<(), SaveError> {
        self.write(&snapshot.key, &snapshot.map, snapshot.path.as_deref(), snapshot.edited_at)
    }

    /// Removes a document's copy, once it is saved or its changes are discarded.
    pub fn remove(&self, key: &str) {
        let _ = std::fs::remove_file(self.file(key));
    }

    /// Every readable copy, newest first. Unreadable ones are left on disk, untouched, for
    /// a person to look at: they may be all that remains of someone's work.
    pub fn list(&self) -> Vec<Recovered> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else { return Vec::new() };
        let mut found: Vec<Recovered> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let key = name.strip_suffix(SUFFIX)?.to_owned();
                let bytes = std::fs::read(e.path()).ok()?;
                let copy: CopyFile = serde_json::from_slice(&bytes).ok()?;
                let map = format::parse(copy.map.to_string().as_bytes()).ok()?.map;
                Some(Recovered {
                    key,
                    original: copy.original,
                    edited_at: UNIX_EPOCH + Duration::from_millis(copy.edited_at),
                    map,
                })
            })
            .collect();
        found.sort_by_key(|c| std::cmp::Reverse(c.edited_at));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use journey_core::model::sample_map;

    #[test]
    fn a_copy_survives_and_is_gone_once_removed() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("recovery"));
        assert!(store.list().is_empty());
        let mut map = sample_map();
        map.title = "Edited, not saved".into();
        let when = UNIX_EPOCH + Duration::from_millis(1_700_000_000_123);
        store.write("doc-1", &map, Some(Path::new("/maps/a.journey.json")), when).unwrap();
        store.write("doc-2", &sample_map(), None, when - Duration::from_secs(60)).unwrap();
        let found = store.list();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].key, "doc-1");
        assert_eq!(found[0].map, map);
        assert_eq!(found[0].edited_at, when);
        assert_eq!(found[0].original.as_deref(), Some(Path::new("/maps/a.journey.json")));
        assert_eq!(found[1].original, None);
        store.remove("doc-1");
        assert_eq!(store.list().len(), 1);
    }

    #[test]
    fn a_damaged_copy_is_skipped_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        std::fs::write(dir.path().join("x.recovery.json"), "{ torn").unwrap();
        assert!(store.list().is_empty());
        assert!(dir.path().join("x.recovery.json").exists());
    }

    #[test]
    fn keys_cannot_escape_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("r"));
        store.write("../../evil", &sample_map(), None, SystemTime::now()).unwrap();
        assert!(dir.path().join("r/evil.recovery.json").exists());
    }

    #[test]
    fn a_documents_snapshot_comes_back_as_the_same_unsaved_document() {
        use journey_core::document::Document;
        use journey_core::edit::Edit;
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        let mut doc = Document::sample();
        doc.apply(Edit::SetMapTitle { title: "Edited, not saved".into() }).unwrap();
        let snapshot = doc.recovery_snapshot().expect("a change to copy");
        store.write_snapshot(&snapshot).unwrap();
        assert!(doc.mark_recovered(snapshot.revision));

        let copy = store.list().pop().unwrap();
        assert_eq!(copy.key, doc.key());
        let restored = Document::recovered(copy.map, copy.original, copy.key, copy.edited_at);
        assert_eq!(restored.map(), doc.map());
        assert_eq!(restored.key(), doc.key());
        assert!(restored.is_dirty(), "a restored map stays unsaved");
    }
}
