//! The app's own state beside the documents: its folders, the recent list and the
//! recovery store.

use std::path::Path;
use std::sync::Mutex;

use journey_core::language::Language;
use journey_core::format::SaveError;

use crate::paths::AppPaths;
use crate::workspace::{RecentEntry, RecentFiles, RecoveryStore};

pub struct Services {
    pub paths: AppPaths,
    pub recent: Mutex<RecentFiles>,
    pub recovery: RecoveryStore,
    /// The language chosen in the app, if any; otherwise the session's is used.
    pub language: Mutex<Option<String>>,
}

#[derive(serde::Serialize, serde::Deserialize, Default)]
struct Settings {
    language: Option<String>,
}

impl Services {
    pub fn new(paths: AppPaths) -> Self {
        let recent = RecentFiles::load(&paths.recent_list());
        let recovery = RecoveryStore::new(paths.recovery_dir());
        // Settings are a convenience: a missing or damaged file means the defaults.
        let settings: Settings = std::fs::read(paths.settings())
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Services { paths, recent: Mutex::new(recent), recovery, language: Mutex::new(settings.language) }
    }

    /// The UI's languages, most preferred first: the one chosen in the app, then the
    /// desktop session's.
    pub fn languages(&self) -> Vec<String> {
        let session = crate::locale::preferred_languages(|name| std::env::var(name).ok());
        self.language().into_iter().chain(session).collect()
    }

    /// The one language of the app's texts: the page's, the shell's own (menu, native
    /// questions) and the core's (messages, templates, exports).
    pub fn ui_language(&self) -> Language {
        Language::pick(&self.languages())
    }

    pub fn language(&self) -> Option<String> {
        self.language.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Remembers the language chosen in the app (`None`: follow the session again). It
    /// applies at once, even when it cannot be written down for the next start.
    pub fn set_language(&self, language: Option<String>) -> Result<(), SaveError> {
        let language = language.filter(|l| !l.is_empty() && l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
        *self.language.lock().unwrap_or_else(|p| p.into_inner()) = language.clone();
        let mut text = serde_json::to_string_pretty(&Settings { language }).unwrap_or_default();
        text.push('\n');
        let file = self.paths.settings();
        std::fs::create_dir_all(&self.paths.config).map_err(|source| SaveError { file: file.clone(), source })?;
        journey_core::format::save_atomic(&file, text.as_bytes())
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
