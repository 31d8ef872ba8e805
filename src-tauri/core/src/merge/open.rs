//! Opening a map file that git left with conflict markers: the versions it interleaves are
//! merged by id, as the merge driver would have done, and the document opens unsaved with
//! the conflicts recorded, for the user to resolve and save over the marked-up file.

use std::path::Path;

use super::{merge, two_way, Merged};
use crate::document::Document;
use crate::format::{self, split_conflict, FileError, Loaded, MarkerBase, Note};

/// The merged document of a file with conflict markers. `git_base` is the common ancestor
/// as the repository has it (the version git's merge started from), used when the file
/// does not hold one itself (git's diff3 style does). Without either, every difference is
/// a choice ([`two_way`]). Any other file, or one whose versions are not both maps, gives
/// the error opening it normally gives.
pub fn open_conflicted(path: &Path, git_base: Option<&[u8]>) -> Result<Document, FileError> {
    let normal = match format::load_file(path) {
        Ok(loaded) => return Ok(Document::from_file(loaded, path)),
        Err(e) => e,
    };
    let Ok(bytes) = std::fs::read(path) else { return Err(normal) };
    let Some(sides) = format::file_text(&bytes).and_then(|text| split_conflict(&text)) else {
        return Err(normal);
    };
    let maps = sides.parse();
    let (Ok(ours), Ok(theirs)) = (maps.ours, maps.theirs) else { return Err(normal) };
    let in_file = maps.base.and_then(Result::ok).map(|b| (b.map, MarkerBase::File));
    let base = in_file.or_else(|| {
        let from_git = format::parse(git_base?).ok()?;
        Some((from_git.map, MarkerBase::Git))
    });
    let (Merged { map, conflicts }, base) = match base {
        Some((b, which)) => (merge(&b, &ours.map, &theirs.map), which),
        None => (two_way(&ours.map, &theirs.map), MarkerBase::None),
    };
    let mut notes = vec![Note::FromConflictMarkers { blocks: sides.blocks, base }];
    if !conflicts.is_empty() {
        notes.push(Note::Conflicts { count: super::recorded_conflicts(&map).len() });
    }
    // What the reader said of our version (repairs, a newer minor version) still holds.
    notes.extend(ours.notes.into_iter().filter(|n| !matches!(n, Note::Conflicts { .. })));
    Ok(Document::from_file(Loaded { map, notes }, path))
}
