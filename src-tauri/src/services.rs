//! The app's own state beside the documents: its folders, the recent list and the
//! recovery store.

use std::path::Path;
use std::sync::Mutex;

use journey_core::workspace::{RecentEntry, RecentFiles, RecoveryStore};

use crate::paths::AppPaths;

pub struct Services {
    pub paths: AppPaths,
    pub recent: Mutex<RecentFiles>,
    pub recovery: RecoveryStore,
}

impl Services {
    pub fn new(paths: AppPaths) -> Self {
        let recent = RecentFiles::load(&paths.recent_list());
        let recovery = RecoveryStore::new(paths.recovery_dir());
        Services { paths, recent: Mutex::new(recent), recovery }
    }

    /// Puts a file first in Open Recent. The list is a convenience: failing to write it
    /// must not fail the open or save that triggered it.
    pub fn remember(&self, path: &Path) {
        self.edit_recent(|r| r.touch(path));
    }

    /// Changes the recent list and writes it.
    pub fn edit_recent(&self, f: impl FnOnce(&mut RecentFiles)) {
        let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut recent);
        let _ = recent.save(&self.paths.recent_list());
    }

    pub fn recent_entries(&self) -> Vec<RecentEntry> {
        self.recent.lock().unwrap_or_else(|p| p.into_inner()).entries()
    }
}
