//! The merge of two copies with no common ancestor known: nothing tells which side
//! changed what, so every difference is a choice. Our copy stays as it is and each
//! difference from it to the other copy is recorded as a conflict, to be taken or not.

use serde_json::{json, Value};

use super::{after_of, record, to_value, Conflict, ConflictKind, Entity, Merged};
use crate::diff::{diff, normalized, Change};
use crate::model::Map;

/// Our copy, with every difference to theirs recorded as a conflict.
pub fn two_way(ours: &Map, theirs: &Map) -> Merged {
    let mut conflicts: Vec<Conflict> = diff(ours, theirs)
        .into_iter()
        .map(|change| conflict_of(change, ours, theirs))
        .collect();
    super::criteria_last(&mut conflicts);
    let mut map = ours.clone();
    record(&mut map, &conflicts);
    Merged { map: normalized(&map), conflicts }
}

fn conflict_of(change: Change, ours: &Map, theirs: &Map) -> Conflict {
    let c = |kind, entity, id: &str, name: &str, field: Option<&str>, o: Option<Value>, t: Option<Value>| Conflict {
        kind,
        entity,
        id: id.to_owned(),
        name: name.to_owned(),
        field: field.map(str::to_owned),
        ours: o,
        theirs: t,
        base: None,
        place: None,
    };
    use ConflictKind::{Field, Moved, OnlyOurs, OnlyTheirs};
    let stage_name = |id: &str| ours.stages.iter().find(|s| s.id == id).map(|s| s.name.clone()).unwrap_or_default();
    let lane_name = |id: &str| ours.lanes.iter().find(|l| l.id == id).map(|l| l.name.clone()).unwrap_or_default();
    let card_title = |id: &str| ours.touchpoints.iter().find(|t| t.id == id).map(|t| t.title.clone()).unwrap_or_default();
    let place = |list_ids: Vec<&String>, i: usize| json!({"index": i, "after": after_of(&list_ids, i, |x| *x)});
    fn stage_ids(m: &Map) -> Vec<&String> {
        m.stages.iter().map(|s| &s.id).collect()
    }
    fn lane_ids(m: &Map) -> Vec<&String> {
        m.lanes.iter().map(|l| &l.id).collect()
    }
    match change {
        Change::MapChanged { field, from, to } => c(Field, Entity::Map, "", &ours.title, Some(&field), from, to),
        Change::LaneAdded { id, lane, index } => Conflict {
            place: Some(place(lane_ids(theirs), index)),
            ..c(OnlyTheirs, Entity::Lane, &id, &lane.name, None, None, Some(to_value(&lane)))
        },
        Change::LaneRemoved { id, lane, .. } => c(OnlyOurs, Entity::Lane, &id, &lane.name, None, Some(to_value(&lane)), None),
        Change::LaneRenamed { id, from, to } => {
            c(Field, Entity::Lane, &id, &from, Some("name"), Some(Value::String(from.clone())), Some(Value::String(to)))
        }
        Change::LaneMoved { id, name, from, to } => {
            c(Moved, Entity::Lane, &id, &name, None, Some(place(lane_ids(ours), from)), Some(place(lane_ids(theirs), to)))
        }
        Change::LaneChanged { id, field, from, to, .. } => c(Field, Entity::Lane, &id, &lane_name(&id), Some(&field), from, to),
        Change::StageAdded { id, stage, index } => Conflict {
            place: Some(place(stage_ids(theirs), index)),
            ..c(OnlyTheirs, Entity::Stage, &id, &stage.name, None, None, Some(to_value(&stage)))
        },
        Change::StageRemoved { id, stage, .. } => c(OnlyOurs, Entity::Stage, &id, &stage.name, None, Some(to_value(&stage)), None),
        Change::StageRenamed { id, from, to } => {
            c(Field, Entity::Stage, &id, &from, Some("name"), Some(Value::String(from.clone())), Some(Value::String(to)))
        }
        Change::StageMoved { id, name, from, to } => {
            c(Moved, Entity::Stage, &id, &name, None, Some(place(stage_ids(ours), from)), Some(place(stage_ids(theirs), to)))
        }
        Change::StageChanged { id, field, from, to, .. } => c(Field, Entity::Stage, &id, &stage_name(&id), Some(&field), from, to),
        Change::TouchpointAdded { id, to, touchpoint } => Conflict {
            place: Some(to_value(&to)),
            ..c(OnlyTheirs, Entity::Touchpoint, &id, &touchpoint.title, None, None, Some(to_value(&touchpoint)))
        },
        Change::TouchpointRemoved { id, touchpoint, .. } => {
            c(OnlyOurs, Entity::Touchpoint, &id, &touchpoint.title, None, Some(to_value(&touchpoint)), None)
        }
        Change::TouchpointMoved { id, title, from, to } => {
            c(Moved, Entity::Touchpoint, &id, &title, None, Some(to_value(&from)), Some(to_value(&to)))
        }
        Change::TouchpointRenamed { id, from, to } => {
            c(Field, Entity::Touchpoint, &id, &from, Some("title"), Some(Value::String(from.clone())), Some(Value::String(to)))
        }
        Change::TouchpointSentimentChanged { id, title, from, to } => {
            c(Field, Entity::Touchpoint, &id, &title, Some("sentiment"), Some(to_value(&from)), Some(to_value(&to)))
        }
        Change::TouchpointChanged { id, field, from, to, .. } => {
            c(Field, Entity::Touchpoint, &id, &card_title(&id), Some(&field), from, to)
        }
    }
}
