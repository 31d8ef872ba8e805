use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use journey_core::format::{save_atomic, SaveError};

/// How many files Open Recent lists.
pub const MAX_RECENT: usize = 10;

/// The most recently opened or saved maps, newest first, kept in a small JSON file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RecentFiles {
    files: Vec<PathBuf>,
}

/// One line of Open Recent.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct RecentEntry {
    pub path: PathBuf,
    pub name: String,
    /// False when the file is gone (moved, deleted, an unplugged drive): shown as missing.
    pub exists: bool,
}

impl RecentFiles {
    /// Reads the list; a missing or unreadable list is an empty one, since losing the
    /// recent list must never stop the app from starting.
    pub fn load(file: &Path) -> Self {
        std::fs::read(file)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<RecentFiles>(&bytes).ok())
            .map(|mut r| {
                r.files.truncate(MAX_RECENT);
                r
            })
            .unwrap_or_default()
    }

    pub fn save(&self, file: &Path) -> Result<(), SaveError> {
        if let Some(dir) = file.parent() {
            std::fs::create_dir_all(dir).map_err(|source| SaveError { file: file.to_path_buf(), source })?;
        }
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        save_atomic(file, text.as_bytes())
    }

    /// Puts `path` first, once.
    pub fn touch(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.files.retain(|p| p != &path);
        self.files.insert(0, path);
        self.files.truncate(MAX_RECENT);
    }

    /// Forgets every file that no longer exists.
    pub fn remove_missing(&mut self) {
        self.files.retain(|p| p.exists());
    }

    pub fn entries(&self) -> Vec<RecentEntry> {
        self.files
            .iter()
            .map(|p| RecentEntry {
                path: p.clone(),
                name: p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                exists: p.is_file(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_first_once_at_most_ten_and_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("config/recent.json");
        let mut recent = RecentFiles::load(&list);
        assert!(recent.entries().is_empty());
        let files: Vec<PathBuf> = (0..12).map(|i| dir.path().join(format!("m{i}.journey.json"))).collect();
        for f in &files {
            std::fs::write(f, "{}").unwrap();
            recent.touch(f);
        }
        recent.touch(&files[5]);
        recent.save(&list).unwrap();
        let again = RecentFiles::load(&list);
        let names: Vec<String> = again.entries().into_iter().map(|e| e.name).collect();
        assert_eq!(names.len(), MAX_RECENT);
        assert_eq!(names[0], "m5.journey.json");
        assert_eq!(names[1], "m11.journey.json");
        assert_eq!(names.iter().filter(|n| *n == "m5.journey.json").count(), 1);
    }

    #[test]
    fn missing_files_are_marked_and_can_be_removed() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.journey.json"), dir.path().join("b.journey.json"));
        std::fs::write(&a, "{}").unwrap();
        std::fs::write(&b, "{}").unwrap();
        let mut recent = RecentFiles::default();
        recent.touch(&a);
        recent.touch(&b);
        std::fs::remove_file(&a).unwrap();
        let entries = recent.entries();
        assert!(entries[0].exists && !entries[1].exists);
        recent.remove_missing();
        assert_eq!(recent.entries().len(), 1);
    }

    #[test]
    fn a_damaged_list_is_an_empty_one() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("recent.json");
        std::fs::write(&list, "not json").unwrap();
        assert!(RecentFiles::load(&list).entries().is_empty());
    }
}
