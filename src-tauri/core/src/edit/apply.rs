use super::{Edit, PatchOp};
use crate::model::{Map, Stage, Touchpoint};

/// What applying an edit did: the changes for the UI, the edit that undoes it, and the id
/// of an entity it created (for the UI to select).
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub patch: Vec<PatchOp>,
    pub inverse: Edit,
    pub created: Option<String>,
}

/// An edit that does not fit the map. The map is unchanged when one is returned.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("there is no stage with the id \"{0}\"; it may have been deleted")]
    NoSuchStage(String),
    #[error("there is no touchpoint with the id \"{0}\"; it may have been deleted")]
    NoSuchTouchpoint(String),
    #[error("the id \"{0}\" is already used in this map")]
    DuplicateId(String),
}

/// Applies one edit. On error the map is left as it was.
pub fn apply(map: &mut Map, edit: Edit) -> Result<Applied, EditError> {
    match edit {
        Edit::SetMapTitle { title } => {
            let old = std::mem::replace(&mut map.title, title.clone());
            Ok(done(vec![PatchOp::MapTitle { title }], Edit::SetMapTitle { title: old }))
        }
        Edit::AddStage { index, name } => {
            let stage = Stage { id: map.fresh_id("stage"), name, extra: Default::default() };
            let mut applied = apply(map, Edit::InsertStage { stage, index })?;
            applied.created = applied.patch.iter().find_map(|op| match op {
                PatchOp::StageUpsert { stage, .. } => Some(stage.id.clone()),
                _ => None,
            });
            Ok(applied)
        }
        Edit::InsertStage { stage, index } => {
            if map.stage_index(&stage.id).is_some() {
                return Err(EditError::DuplicateId(stage.id));
            }
            let index = index.min(map.stages.len());
            map.stages.insert(index, stage.clone());
            let inverse = Edit::DeleteStage { id: stage.id.clone() };
            Ok(done(vec![PatchOp::StageUpsert { stage, index }], inverse))
        }
        Edit::RenameStage { id, name } => {
            let i = stage_at(map, &id)?;
            let old = std::mem::replace(&mut map.stages[i].name, name);
            let patch = vec![PatchOp::StageUpsert { stage: map.stages[i].clone(), index: i }];
            Ok(done(patch, Edit::RenameStage { id, name: old }))
        }
        Edit::MoveStage { id, index } => {
            let from = stage_at(map, &id)?;
            let stage = map.stages.remove(from);
            let index = index.min(map.stages.len());
            map.stages.insert(index, stage.clone());
            let patch = vec![PatchOp::StageUpsert { stage, index }];
            Ok(done(patch, Edit::MoveStage { id, index: from }))
        }
        Edit::DeleteStage { id } => {
            let at = stage_at(map, &id)?;
            let cards = map.cards_of(&id);
            let mut patch = Vec::with_capacity(cards.len() + 1);
            let mut undo = Vec::with_capacity(cards.len() + 1);
            // Positions are among the stage's cards, so putting them back in order, first
            // to last, rebuilds the column exactly.
            let mut taken = Vec::with_capacity(cards.len());
            for &i in cards.iter().rev() {
                taken.push(map.touchpoints.remove(i));
            }
            let stage = map.stages.remove(at);
            undo.push(Edit::InsertStage { stage, index: at });
            for (position, tp) in taken.into_iter().rev().enumerate() {
                patch.push(PatchOp::TouchpointRemove { id: tp.id.clone() });
                undo.push(Edit::InsertTouchpoint { touchpoint: tp, index: position });
            }
            patch.push(PatchOp::StageRemove { id });
            Ok(done(patch, Edit::Batch { edits: undo }))
        }
        Edit::AddTouchpoint { stage, index, title, sentiment } => {
            stage_at(map, &stage)?;
            let id = map.fresh_id("tp");
            let touchpoint = Touchpoint { id: id.clone(), stage, title, sentiment, extra: Default::default() };
            let mut applied = apply(map, Edit::InsertTouchpoint { touchpoint, index })?;
            applied.created = Some(id);
            Ok(applied)
        }
        Edit::InsertTouchpoint { touchpoint, index } => {
            stage_at(map, &touchpoint.stage)?;
            if map.touchpoint_index(&touchpoint.id).is_some() {
                return Err(EditError::DuplicateId(touchpoint.id));
            }
            let at = array_index_for(map, &touchpoint.stage, index);
            let id = touchpoint.id.clone();
            map.touchpoints.insert(at, touchpoint);
            Ok(done(vec![touchpoint_upsert(map, at)], Edit::DeleteTouchpoint { id }))
        }
        Edit::RenameTouchpoint { id, title } => {
            let i = touchpoint_at(map, &id)?;
            let old = std::mem::replace(&mut map.touchpoints[i].title, title);
            Ok(done(vec![touchpoint_upsert(map, i)], Edit::RenameTouchpoint { id, title: old }))
        }
        Edit::SetSentiment { id, sentiment } => {
            let i = touchpoint_at(map, &id)?;
            let old = std::mem::replace(&mut map.touchpoints[i].sentiment, sentiment);
            Ok(done(vec![touchpoint_upsert(map, i)], Edit::SetSentiment { id, sentiment: old }))
        }
        Edit::MoveTouchpoint { id, to_stage, index } => {
            let from = touchpoint_at(map, &id)?;
            stage_at(map, &to_stage)?;
            let old_stage = map.touchpoints[from].stage.clone();
            let old_index = map.card_position(&id).unwrap_or(0);
            let mut tp = map.touchpoints.remove(from);
            tp.stage = to_stage;
            let at = array_index_for(map, &tp.stage, index);
            map.touchpoints.insert(at, tp);
            let inverse = Edit::MoveTouchpoint { id, to_stage: old_stage, index: old_index };
            Ok(done(vec![touchpoint_upsert(map, at)], inverse))
        }
        Edit::DeleteTouchpoint { id } => {
            let i = touchpoint_at(map, &id)?;
            let position = map.card_position(&id).unwrap_or(0);
            let touchpoint = map.touchpoints.remove(i);
            let patch = vec![PatchOp::TouchpointRemove { id }];
            Ok(done(patch, Edit::InsertTouchpoint { touchpoint, index: position }))
        }
        Edit::Batch { edits } => apply_batch(map, edits),
    }
}

/// Applies edits in order; if one fails, the ones before it are undone so that the batch
/// is all or nothing.
fn apply_batch(map: &mut Map, edits: Vec<Edit>) -> Result<Applied, EditError> {
    let mut patch = Vec::new();
    let mut inverses = Vec::with_capacity(edits.len());
    let mut created = None;
    for edit in edits {
        match apply(map, edit) {
            Ok(a) => {
                patch.extend(a.patch);
                inverses.push(a.inverse);
                created = a.created.or(created);
            }
            Err(e) => {
                for inverse in inverses.into_iter().rev() {
                    // Each inverse was produced against the state it now meets, so it applies.
                    let _ = apply(map, inverse);
                }
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(Applied { patch, inverse: Edit::Batch { edits: inverses }, created })
}

fn done(patch: Vec<PatchOp>, inverse: Edit) -> Applied {
    Applied { patch, inverse, created: None }
}

fn stage_at(map: &Map, id: &str) -> Result<usize, EditError> {
    map.stage_index(id).ok_or_else(|| EditError::NoSuchStage(id.to_owned()))
}

fn touchpoint_at(map: &Map, id: &str) -> Result<usize, EditError> {
    map.touchpoint_index(id).ok_or_else(|| EditError::NoSuchTouchpoint(id.to_owned()))
}

/// Where in the flat touchpoint array a card must go to be the `index`-th card of `stage`.
fn array_index_for(map: &Map, stage: &str, index: usize) -> usize {
    let cards = map.cards_of(stage);
    match cards.get(index) {
        Some(&i) => i,
        None => cards.last().map(|&i| i + 1).unwrap_or(map.touchpoints.len()),
    }
}

fn touchpoint_upsert(map: &Map, array_index: usize) -> PatchOp {
    let touchpoint = map.touchpoints[array_index].clone();
    let index = map.touchpoints[..array_index].iter().filter(|t| t.stage == touchpoint.stage).count();
    PatchOp::TouchpointUpsert { touchpoint, index }
}
