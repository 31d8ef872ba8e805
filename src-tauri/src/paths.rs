//! Where the app keeps its own files: the recent list and settings (config) and recovery
//! copies (data).
//!
//! Test hook: JOURNEY_MAPPER_HOME=/some/dir puts them in /some/dir/config and
//! /some/dir/data instead of the user's folders. Unset, the platform folders are used.

use std::path::PathBuf;

pub const HOME_HOOK: &str = "JOURNEY_MAPPER_HOME";

#[derive(Debug, Clone)]
pub struct AppPaths {
    pub config: PathBuf,
    pub data: PathBuf,
}

impl AppPaths {
    pub fn resolve() -> AppPaths {
        if let Some(home) = std::env::var_os(HOME_HOOK).filter(|h| !h.is_empty()) {
            let home = PathBuf::from(home);
            return AppPaths { config: home.join("config"), data: home.join("data") };
        }
        let base = |dir: Option<PathBuf>| dir.unwrap_or_else(std::env::temp_dir).join("journey-mapper");
        AppPaths { config: base(dirs::config_dir()), data: base(dirs::data_dir()) }
    }

    pub fn recent_list(&self) -> PathBuf {
        self.config.join("recent.json")
    }

    pub fn settings(&self) -> PathBuf {
        self.config.join("settings.json")
    }

    pub fn recovery_dir(&self) -> PathBuf {
        self.data.join("recovery")
    }
}
