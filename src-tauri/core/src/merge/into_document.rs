//! A merge or a resolution applied to an open document: the whole new map as one edit, so
//! that the user can undo it, and the map unsaved until they save.

use serde::Serialize;

use super::{merge, resolved, two_way, ResolveError, Take, CONFLICTS_FIELD};
use crate::diff::diff;
use crate::document::{Document, Update};
use crate::edit::Edit;
use crate::model::Map;

/// What merging another copy into a document did.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MergeDone {
    pub update: Update,
    /// How many of the other copy's changes were taken without a question.
    pub taken: u32,
    /// How many conflicts wait to be resolved (all the map records).
    pub conflicts: u32,
}

/// Merges `theirs` into the document's map, from their common ancestor `base` (without
/// one, every difference is a choice), as one undoable edit.
pub fn merge_into(doc: &mut Document, base: Option<&Map>, theirs: &Map) -> MergeDone {
    let ours = doc.map().clone();
    let merged = match base {
        Some(base) => merge(base, &ours, theirs),
        None => two_way(&ours, theirs),
    };
    let mut plain = merged.map.clone();
    plain.extra.remove(CONFLICTS_FIELD);
    let mut before = ours.clone();
    before.extra.remove(CONFLICTS_FIELD);
    let taken = diff(&before, &plain).len() as u32;
    let update = replace(doc, merged.map);
    let conflicts = update.state.conflicts;
    MergeDone { update, taken, conflicts }
}

/// Resolves recorded conflict `index` of the document's map, as one undoable edit.
pub fn resolve_in(doc: &mut Document, index: usize, take: Take) -> Result<Update, ResolveError> {
    let map = resolved(doc.map(), index, take)?;
    Ok(replace(doc, map))
}

fn replace(doc: &mut Document, map: Map) -> Update {
    // Replacing the map never fails: it names nothing that could be missing.
    match doc.apply(Edit::ReplaceMap { map: Box::new(map) }) {
        Ok(update) => update,
        Err(_) => doc.unchanged(),
    }
        
}

/// Which of a file's earlier versions (newest first) a colleague's copy `theirs` was most
/// likely made from: the one it differs from least. On a tie the older one: a base too old
/// turns some of their changes into questions, one too new takes changes of ours for theirs
/// without a question (the version that is our own copy is always as far from theirs as we
/// are). Only a version of the same map (its id) that is no further from theirs than `ours`
/// is, counts: merging from an unrelated version would read every difference as a removal.
pub fn likely_base<'a>(versions: impl IntoIterator<Item = &'a Map>, ours: &Map, theirs: &Map) -> Option<usize> {
    let limit = diff(ours, theirs).len();
    let mut best: Option<(usize, usize)> = None;
    for (i, version) in versions.into_iter().enumerate() {
        if version.id != theirs.id {
            continue;
        }
        let distance = diff(version, theirs).len();
        if distance <= limit && best.is_none_or(|(_, d)| distance <= d) {
            best = Some((i, distance));
        }
    }
    best.map(|(i, _)| i)
}
