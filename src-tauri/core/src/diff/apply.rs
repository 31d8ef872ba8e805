//! Replaying a diff: [`apply`] turns the old map into the new one with nothing but the
//! changes, the property the tests check and a merge relies on.

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use super::{Change, Place};
use crate::model::{Map, Touchpoint};

/// `old` with `changes` applied. Changes that do not fit the map (an id it lacks) are
/// skipped: a diff of `old` always fits, and a merge checks its changes before applying.
///
/// The cards come out grouped by cell, in stage and lane order ([`normalized`]): the file's
/// interleaving of different cells is not part of a map's meaning, so compare the result
/// with [`same_map`].
pub fn apply(old: &Map, changes: &[Change]) -> Map {
    let mut map = old.clone();
    let (stages, lanes, touchpoints) = (
        std::mem::take(&mut map.stages),
        std::mem::take(&mut map.lanes),
        std::mem::take(&mut map.touchpoints),
    );
    for change in changes {
        if let Change::MapChanged { field, to, .. } = change {
            set_field(&mut map, field, to);
        }
    }

    let mut lane_places = Vec::new();
    let mut lane_gone = HashSet::new();
    let mut stage_places = Vec::new();
    let mut stage_gone = HashSet::new();
    let (mut lanes, mut stages) = (lanes, stages);
    for change in changes {
        match change {
            Change::LaneAdded { index, lane, .. } => {
                lane_places.push((*index, Placed::New(lane.clone())))
            }
            Change::LaneRemoved { id, .. } => {
                lane_gone.insert(id.as_str());
            }
            Change::LaneMoved { id, to, .. } => lane_places.push((*to, Placed::Old(id.as_str()))),
            Change::LaneRenamed { id, to, .. } => {
                if let Some(l) = lanes.iter_mut().find(|l| l.id == *id) {
                    l.name = to.clone();
                }
            }
            Change::LaneChanged { id, field, to, .. } => {
                if let Some(l) = lanes.iter_mut().find(|l| l.id == *id) {
                    set_field(l, field, to);
                }
            }
            Change::StageAdded { index, stage, .. } => {
                stage_places.push((*index, Placed::New(stage.clone())))
            }
            Change::StageRemoved { id, .. } => {
                stage_gone.insert(id.as_str());
            }
            Change::StageMoved { id, to, .. } => stage_places.push((*to, Placed::Old(id.as_str()))),
            Change::StageRenamed { id, to, .. } => {
                if let Some(s) = stages.iter_mut().find(|s| s.id == *id) {
                    s.name = to.clone();
                }
            }
            Change::StageChanged { id, field, to, .. } => {
                if let Some(s) = stages.iter_mut().find(|s| s.id == *id) {
                    set_field(s, field, to);
                }
            }
            _ => {}
        }
    }
    map.lanes = reorder(lanes, |l| &l.id, &lane_gone, lane_places);
    map.stages = reorder(stages, |s| &s.id, &stage_gone, stage_places);
    map.touchpoints = apply_to_cards(touchpoints, changes);
    normalized(&map)
}

/// An entity put at a position: a new one, or an old one (by id) that moved.
enum Placed<'a, T> {
    New(T),
    Old(&'a str),
}

/// The survivors that did not move, in their old order, with the placed ones inserted at
/// their final positions (in increasing order, so each lands where it was put).
fn reorder<T>(
    old: Vec<T>,
    id: fn(&T) -> &String,
    gone: &HashSet<&str>,
    mut placed: Vec<(usize, Placed<T>)>,
) -> Vec<T> {
    let moving: HashSet<&str> = placed
        .iter()
        .filter_map(|(_, p)| {
            if let Placed::Old(id) = p {
                Some(*id)
            } else {
                None
            }
        })
        .collect();
    let mut by_id: HashMap<String, T> = HashMap::new();
    let mut list = Vec::new();
    for t in old {
        if gone.contains(id(&t).as_str()) {
            continue;
        }
        if moving.contains(id(&t).as_str()) {
            by_id.insert(id(&t).clone(), t);
        } else {
            list.push(t);
        }
    }
    placed.sort_by_key(|(i, _)| *i);
    for (index, p) in placed {
        let item = match p {
            Placed::New(t) => Some(t),
            Placed::Old(key) => by_id.remove(key),
        };
        if let Some(item) = item {
            list.insert(index.min(list.len()), item);
        }
    }
    list
}

fn apply_to_cards(old: Vec<Touchpoint>, changes: &[Change]) -> Vec<Touchpoint> {
    let mut gone = HashSet::new();
    // Per cell, the cards put at a position in it: added, or moved there.
    let mut placed: HashMap<(String, String), Vec<(usize, String)>> = HashMap::new();
    let mut moved: HashMap<&str, &Place> = HashMap::new();
    let mut added = Vec::new();
    for change in changes {
        match change {
            Change::TouchpointRemoved { id, .. } => {
                gone.insert(id.as_str());
            }
            Change::TouchpointAdded { touchpoint, to, .. } => {
                placed
                    .entry((to.stage.clone(), to.lane.clone()))
                    .or_default()
                    .push((to.index, touchpoint.id.clone()));
                added.push(touchpoint.clone());
            }
            Change::TouchpointMoved { id, to, .. } => {
                placed
                    .entry((to.stage.clone(), to.lane.clone()))
                    .or_default()
                    .push((to.index, id.clone()));
                moved.insert(id.as_str(), to);
            }
            _ => {}
        }
    }
    let mut cards: HashMap<String, Touchpoint> = HashMap::new();
    // The cards that stay where they were, per cell, in their old order.
    let mut cells: HashMap<(String, String), Vec<String>> = HashMap::new();
    let mut cell_order: Vec<(String, String)> = Vec::new();
    for mut t in old {
        if gone.contains(t.id.as_str()) {
            continue;
        }
        if let Some(to) = moved.get(t.id.as_str()) {
            t.stage = to.stage.clone();
            t.lane = to.lane.clone();
        } else {
            let cell = (t.stage.clone(), t.lane.clone());
            if !cells.contains_key(&cell) {
                cell_order.push(cell.clone());
            }
            cells.entry(cell).or_default().push(t.id.clone());
        }
        cards.insert(t.id.clone(), t);
    }
    for t in added {
        cards.insert(t.id.clone(), t);
    }
    for change in changes {
        match change {
            Change::TouchpointRenamed { id, to, .. } => {
                if let Some(t) = cards.get_mut(id) {
                    t.title = to.clone();
                }
            }
            Change::TouchpointSentimentChanged { id, to, .. } => {
                if let Some(t) = cards.get_mut(id) {
                    t.sentiment = *to;
                }
            }
            Change::TouchpointChanged { id, field, to, .. } => {
                if let Some(t) = cards.get_mut(id) {
                    set_field(t, field, to);
                }
            }
            _ => {}
        }
    }
    for (cell, mut list) in placed {
        let stayers = cells.entry(cell.clone()).or_default();
        if stayers.is_empty() && !cell_order.contains(&cell) {
            cell_order.push(cell.clone());
        }
        list.sort_by_key(|(i, _)| *i);
        for (index, id) in list {
            stayers.insert(index.min(stayers.len()), id);
        }
    }
    let mut out = Vec::with_capacity(cards.len());
    for cell in cell_order {
        for id in cells.remove(&cell).unwrap_or_default() {
            if let Some(t) = cards.remove(&id) {
                out.push(t);
            }
        }
    }
    out
}

/// Sets (or, with `None`, removes) the field named `field` in JSON on `target`, through its
/// JSON form, so that known and unknown fields are one case. A value the type cannot take
/// leaves `target` as it was.
fn set_field<T: Serialize + DeserializeOwned>(target: &mut T, field: &str, to: &Option<Value>) {
    let Ok(Value::Object(mut object)) = serde_json::to_value(&*target) else {
        return;
    };
    match to {
        Some(value) => object.insert(field.to_owned(), value.clone()),
        None => object.remove(field),
    };
    if let Ok(changed) = serde_json::from_value(Value::Object(object)) {
        *target = changed;
    }
}

/// `map` with its cards grouped by cell: stage by stage in stage order, and within a stage
/// lane by lane in lane order (cards of an unknown stage or lane last, by its id), each
/// cell's cards in their order. It is the same map to a marketer: the board shows exactly
/// the same cards in the same places.
pub fn normalized(map: &Map) -> Map {
    let stage: HashMap<&str, usize> = map
        .stages
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let lane: HashMap<&str, usize> = map
        .lanes
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    let mut out = map.clone();
    // Known stages and lanes sort by rank alone, unknown ones after them by id.
    out.touchpoints.sort_by_cached_key(|t| {
        let (s, l) = (stage.get(t.stage.as_str()), lane.get(t.lane.as_str()));
        (
            s.copied().unwrap_or(usize::MAX),
            if s.is_some() {
                String::new()
            } else {
                t.stage.clone()
            },
            l.copied().unwrap_or(usize::MAX),
            if l.is_some() {
                String::new()
            } else {
                t.lane.clone()
            },
        )
    });
    out
}

/// True when the two maps are the same map: equal in everything but the interleaving of
/// different cells' cards in the file's flat list of cards, which the board does not show.
pub fn same_map(a: &Map, b: &Map) -> bool {
    normalized(a) == normalized(b)
}
