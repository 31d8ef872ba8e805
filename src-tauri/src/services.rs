//! The app's own state beside the documents: its folders, the recent list and the
//! recovery store.

use std::path::Path;
use std::sync::Mutex;

use journey_core::workspace::{RecentFiles, RecoveryStore};

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
        let mut recent = self.recent.lock().unwrap_or_else(|p| p.into_inner());
        recent.touch(path);
        let _ = recent.save(&self.paths.recent_list());
    }
}
