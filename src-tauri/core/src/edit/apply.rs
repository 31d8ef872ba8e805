use super::{Edit, MapDetails, MapField, PatchOp, TouchpointField};
use crate::model::{valid_date, valid_score, Lane, Map, Stage, Touchpoint};

/// What applying an edit did: the changes for the UI, the edit that undoes it, and the id
/// of an entity it created (for the UI to select).
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub patch: Vec<PatchOp>,
    pub inverse: Edit,
    pub created: Option<String>,
}

/// An edit that does not fit the map. The map is unchanged when one is returned.
/// `Display` in English; [`crate::messages::Localize`] in any language of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum EditError {
    NoSuchStage(String),
    NoSuchTouchpoint(String),
    DuplicateId(String),
    NoSuchLane(String),
    BadScore(u8),
    BadDate(String),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::Localize::message(self, crate::language::Language::En))
    }
}

impl std::error::Error for EditError {}

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
        Edit::AddTouchpoint { stage, index, title, sentiment, lane, channel } => {
            stage_at(map, &stage)?;
            let lane = match lane {
                Some(l) if !map.lanes.is_empty() => map.lanes[lane_at(map, &l)?].id.clone(),
                _ => map.lanes.first().map(|l| l.id.clone()).unwrap_or_default(),
            };
            let id = map.fresh_id("tp");
            let touchpoint = Touchpoint { id: id.clone(), stage, lane, title, sentiment, channel, ..Default::default() };
            let mut applied = apply(map, Edit::InsertTouchpoint { touchpoint, index })?;
            applied.created = Some(id);
            Ok(applied)
        }
        Edit::InsertTouchpoint { mut touchpoint, index } => {
            stage_at(map, &touchpoint.stage)?;
            if map.lanes.is_empty() {
                touchpoint.lane.clear();
            } else if map.lane_index(&touchpoint.lane).is_none() {
                touchpoint.lane = map.lanes[0].id.clone();
            }
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
        Edit::MoveTouchpoint { id, to_stage, index, lane } => {
            let from = touchpoint_at(map, &id)?;
            stage_at(map, &to_stage)?;
            if let Some(l) = &lane {
                lane_at(map, l)?;
            }
            let old_stage = map.touchpoints[from].stage.clone();
            let old_lane = map.touchpoints[from].lane.clone();
            let old_index = map.card_position(&id).unwrap_or(0);
            let mut tp = map.touchpoints.remove(from);
            tp.stage = to_stage;
            if let Some(l) = lane {
                tp.lane = l;
            }
            let at = array_index_for(map, &tp.stage, index);
            map.touchpoints.insert(at, tp);
            let old_lane = (!map.lanes.is_empty()).then_some(old_lane);
            let inverse = Edit::MoveTouchpoint { id, to_stage: old_stage, index: old_index, lane: old_lane };
            Ok(done(vec![touchpoint_upsert(map, at)], inverse))
        }
        Edit::SetTouchpointField { id, field } => {
            let i = touchpoint_at(map, &id)?;
            let old = set_touchpoint_field(&mut map.touchpoints[i], field)?;
            Ok(done(vec![touchpoint_upsert(map, i)], Edit::SetTouchpointField { id, field: old }))
        }
        Edit::SetMapField { field } => {
            let old = set_map_field(map, field)?;
            Ok(done(vec![PatchOp::MapDetails { details: MapDetails::of(map) }], Edit::SetMapField { field: old }))
        }
        Edit::AddLane { index, name } => {
            let lane = Lane { id: map.fresh_id("lane"), name, extra: Default::default() };
            let id = lane.id.clone();
            let mut applied = apply(map, Edit::InsertLane { lane, index })?;
            applied.created = Some(id);
            Ok(applied)
        }
        Edit::InsertLane { lane, index } => {
            if map.lane_index(&lane.id).is_some() || map.stage_index(&lane.id).is_some() {
                return Err(EditError::DuplicateId(lane.id));
            }
            let index = index.min(map.lanes.len());
            let first = map.lanes.is_empty();
            map.lanes.insert(index, lane.clone());
            let mut patch = vec![PatchOp::LaneUpsert { lane: lane.clone(), index }];
            // The first lane takes in every card: a map without lanes is one row.
            if first {
                for i in 0..map.touchpoints.len() {
                    map.touchpoints[i].lane = lane.id.clone();
                    patch.push(touchpoint_upsert(map, i));
                }
            }
            Ok(done(patch, Edit::DeleteLane { id: lane.id }))
        }
        Edit::RenameLane { id, name } => {
            let i = lane_at(map, &id)?;
            let old = std::mem::replace(&mut map.lanes[i].name, name);
            let patch = vec![PatchOp::LaneUpsert { lane: map.lanes[i].clone(), index: i }];
            Ok(done(patch, Edit::RenameLane { id, name: old }))
        }
        Edit::MoveLane { id, index } => {
            let from = lane_at(map, &id)?;
            let lane = map.lanes.remove(from);
            let index = index.min(map.lanes.len());
            map.lanes.insert(index, lane.clone());
            Ok(done(vec![PatchOp::LaneUpsert { lane, index }], Edit::MoveLane { id, index: from }))
        }
        Edit::DeleteLane { id } => {
            let at = lane_at(map, &id)?;
            let lane = map.lanes.remove(at);
            // The cards go to the lane now in its place, or the one before; with no lane
            // left they stay, in a map without lanes.
            let heir = map.lanes.get(at).or_else(|| map.lanes.last()).map(|l| l.id.clone()).unwrap_or_default();
            let mut patch = Vec::new();
            let mut moved = Vec::new();
            for i in 0..map.touchpoints.len() {
                if map.touchpoints[i].lane == id || map.lanes.is_empty() {
                    map.touchpoints[i].lane = heir.clone();
                    moved.push(map.touchpoints[i].id.clone());
                    patch.push(touchpoint_upsert(map, i));
                }
            }
            patch.push(PatchOp::LaneRemove { id: id.clone() });
            let mut undo = vec![Edit::InsertLane { lane, index: at }];
            // Putting back the only lane takes in every card by itself.
            if !map.lanes.is_empty() {
                for card in moved {
                    let stage = map.touchpoints[touchpoint_at(map, &card)?].stage.clone();
                    let index = map.card_position(&card).unwrap_or(0);
                    undo.push(Edit::MoveTouchpoint { id: card, to_stage: stage, index, lane: Some(id.clone()) });
                }
            }
            Ok(done(patch, Edit::Batch { edits: undo }))
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

/// Sets one detail and returns the old value, as the edit that puts it back.
fn set_touchpoint_field(tp: &mut Touchpoint, field: TouchpointField) -> Result<TouchpointField, EditError> {
    use std::mem::replace;
    use TouchpointField as F;
    Ok(match field {
        F::Description(v) => F::Description(replace(&mut tp.description, v)),
        F::Channel(v) => F::Channel(replace(&mut tp.channel, v)),
        F::Presence(v) => F::Presence(replace(&mut tp.presence, v)),
        F::Owner(v) => F::Owner(replace(&mut tp.owner, v)),
        F::Control(v) => F::Control(replace(&mut tp.control, v)),
        F::Horizon(v) => F::Horizon(replace(&mut tp.horizon, v)),
        F::Frequency(v) => F::Frequency(replace(&mut tp.frequency, v)),
        F::Score(Some(s)) if !valid_score(s) => return Err(EditError::BadScore(s)),
        F::Score(v) => F::Score(replace(&mut tp.score, v)),
        F::PainPoints(v) => F::PainPoints(replace(&mut tp.pain_points, v)),
        F::Delights(v) => F::Delights(replace(&mut tp.delights, v)),
        F::Hypotheses(v) => F::Hypotheses(replace(&mut tp.hypotheses, v)),
    })
}

fn set_map_field(map: &mut Map, field: MapField) -> Result<MapField, EditError> {
    use std::mem::replace;
    Ok(match field {
        MapField::Personas(v) => MapField::Personas(replace(&mut map.personas, v)),
        MapField::CustomerGoals(v) => MapField::CustomerGoals(replace(&mut map.customer_goals, v)),
        MapField::BusinessGoals(v) => MapField::BusinessGoals(replace(&mut map.business_goals, v)),
        MapField::Notes(v) => MapField::Notes(replace(&mut map.notes, v)),
        MapField::LastReview(Some(d)) if !valid_date(&d) => return Err(EditError::BadDate(d)),
        MapField::LastReview(v) => MapField::LastReview(replace(&mut map.last_review, v)),
    })
}

fn lane_at(map: &Map, id: &str) -> Result<usize, EditError> {
    map.lane_index(id).ok_or_else(|| EditError::NoSuchLane(id.to_owned()))
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
