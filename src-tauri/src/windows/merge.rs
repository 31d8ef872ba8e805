//! File → Merge…: another copy of the map merged into this window's, in two steps. First the
//! user picks the copy, and the common version it was made from is looked for in git; then
//! the page says which base to merge from (the one found, one the user picks, or none), and
//! the merge lands as one undoable edit, conflicts recorded for the page to resolve.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use journey_core::document::Update;
use journey_core::format::{self, FileError};
use journey_core::language::Language;
use journey_core::merge::{self, ConflictView, MergeDone, Take};
use journey_core::messages::Localize;
use journey_core::model::Map;
use serde::{Deserialize, Serialize};
use tauri::{Manager, WebviewWindow};

use super::{retitle, ui_language, with_doc};
use crate::dialogs;
use crate::error::{CommandError, ErrorCode};
use journey_core::git;

/// The copy each window is merging, between the two steps.
#[derive(Default)]
pub struct Merges(Mutex<HashMap<String, Pending>>);

struct Pending {
    theirs: Map,
    base: Option<Map>,
}

impl Merges {
    fn put(&self, label: &str, pending: Pending) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).insert(label.to_owned(), pending);
    }

    fn take(&self, label: &str) -> Option<Pending> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).remove(label)
    }
}

/// The copy picked, and the common version found for it in git, if any.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MergeStart {
    /// The other copy's file name.
    pub other: String,
    pub base: Option<BaseVersion>,
}

/// A committed version of this map's file, as the page names it.
#[derive(Debug, Clone, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct BaseVersion {
    /// The commit's short hash.
    pub commit: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub subject: String,
}

/// Which common version the merge starts from.
#[derive(Debug, Clone, Copy, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum BaseChoice {
    /// The version found in git.
    Found,
    /// A file the user picks now.
    Pick,
    /// None: every difference is a choice.
    Without,
}

fn load(path: &Path, lang: Language) -> Result<Map, CommandError> {
    format::load_file(path).map(|l| l.map).map_err(|e: FileError| CommandError::load(&e, lang))
}

/// Step one: asks for the other copy and looks for its common version. `None`: cancelled.
pub async fn begin(window: &WebviewWindow) -> Result<Option<MergeStart>, CommandError> {
    let lang = ui_language(window.app_handle());
    let (ours, own_path) = with_doc(window, |d| (d.map().clone(), d.path().map(Path::to_path_buf)))?;
    let start_dir = own_path.as_deref().and_then(Path::parent).map(Path::to_path_buf);
    let Some(other) = dialogs::pick_open_path(window, start_dir).await else {
        return Ok(None);
    };
    let name = other.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (theirs, found) = tauri::async_runtime::spawn_blocking(move || -> Result<_, CommandError> {
        let theirs = load(&other, lang)?;
        let found = own_path.and_then(|path| base_in_git(&path, &ours, &theirs));
        Ok((theirs, found))
    })
    .await
    .map_err(|_| CommandError::interrupted(lang))??;
    let (base, shown) = match found {
        Some((map, version)) => (Some(map), Some(version)),
        None => (None, None),
    };
    window.state::<Merges>().put(window.label(), Pending { theirs, base });
    Ok(Some(MergeStart { other: name, base: shown }))
}

/// The committed version of our file that their copy was most likely made from.
fn base_in_git(path: &Path, ours: &Map, theirs: &Map) -> Option<(Map, BaseVersion)> {
    let versions: Vec<(git::Version, Map)> = git::committed_versions(path, git::VERSIONS_LOOKED_AT)
        .into_iter()
        .filter_map(|v| {
            let map = format::parse(&v.bytes).ok()?.map;
            Some((v, map))
        })
        .collect();
    let i = merge::likely_base(versions.iter().map(|(_, m)| m), ours, theirs)?;
    let (v, map) = versions.into_iter().nth(i)?;
    let version = BaseVersion { commit: v.commit.chars().take(7).collect(), date: v.date, subject: v.subject };
    Some((map, version))
}

/// Step two: merges the copy picked in step one from the chosen base. `None`: cancelled
/// (the base's dialog), or no copy was picked.
pub async fn finish(window: &WebviewWindow, choice: BaseChoice) -> Result<Option<MergeDone>, CommandError> {
    let lang = ui_language(window.app_handle());
    let merges = window.state::<Merges>();
    let Some(pending) = merges.take(window.label()) else { return Ok(None) };
    let base = match choice {
        BaseChoice::Found => pending.base,
        BaseChoice::Without => None,
        BaseChoice::Pick => {
            let dir = with_doc(window, |d| d.path().and_then(Path::parent).map(Path::to_path_buf))?;
            let Some(path): Option<PathBuf> = dialogs::pick_open_path(window, dir).await else {
                return Ok(None);
            };
            Some(tauri::async_runtime::spawn_blocking(move || load(&path, lang)).await.map_err(|_| CommandError::interrupted(lang))??)
        }
    };
    let done = with_doc(window, |d| merge::merge_into(d, base.as_ref(), &pending.theirs))?;
    retitle(window);
    Ok(Some(done))
}

/// The conflicts the window's map records, in `language`, else the UI's language.
pub fn conflicts(window: &WebviewWindow, language: Option<Language>) -> Result<Vec<ConflictView>, CommandError> {
    let lang = language.unwrap_or_else(|| ui_language(window.app_handle()));
    with_doc(window, |d| merge::conflict_views(d.map(), lang))
}

/// Resolves one recorded conflict as one undoable edit.
pub fn resolve(window: &WebviewWindow, index: usize, take: Take) -> Result<Update, CommandError> {
    let lang = ui_language(window.app_handle());
    let update = with_doc(window, |d| merge::resolve_in(d, index, take))?;
    retitle(window);
    update.map_err(|e| CommandError::new(ErrorCode::Edit, &e.message(lang)))
}
