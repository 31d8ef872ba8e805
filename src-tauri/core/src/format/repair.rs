//! Repairs of maps that are readable but inconsistent: what a hand edit, a script or a
//! merge typically leaves behind. Each repair is reported; nothing is dropped.

use std::collections::HashSet;

use super::{Entity, Note, Repair};
use super::lenient::shorten;
use crate::model::{valid_date, valid_score, Map, Stage};

/// The name of the stage that receives cards whose stage does not exist.
pub const UNSORTED_STAGE: &str = "Unsorted";

/// Makes ids unique and non-empty and gives every card an existing stage.
pub fn repair(map: &mut Map, notes: &mut Vec<Note>) {
    if map.id.trim().is_empty() {
        // The map's own id is optional in the format: no note.
        map.id = crate::model::new_id("map");
    }

    let mut seen: HashSet<String> = HashSet::with_capacity(map.stages.len());
    for i in 0..map.stages.len() {
        let id = map.stages[i].id.clone();
        if id.is_empty() || seen.contains(&id) {
            let fresh = repaired_id(map, &id, "stage", i);
            notes.push(Note::repaired(format!("stages[{i}].id"), id_repair(&id, Entity::Stage, &fresh)));
            map.stages[i].id = fresh;
        }
        seen.insert(map.stages[i].id.clone());
    }

    let mut lanes: HashSet<String> = HashSet::with_capacity(map.lanes.len());
    for i in 0..map.lanes.len() {
        let id = map.lanes[i].id.clone();
        if id.is_empty() || seen.contains(&id) || lanes.contains(&id) {
            let fresh = repaired_id(map, &id, "lane", i);
            notes.push(Note::repaired(format!("lanes[{i}].id"), id_repair(&id, Entity::Lane, &fresh)));
            map.lanes[i].id = fresh;
        }
        lanes.insert(map.lanes[i].id.clone());
    }
    if let Some(review) = &map.last_review {
        if !valid_date(review) {
            notes.push(Note::repaired("lastReview".into(), Repair::NotADate { found: format!("\"{}\"", shorten(review)) }));
            map.last_review = None;
        }
    }

    let mut seen_tp: HashSet<String> = HashSet::with_capacity(map.touchpoints.len());
    let mut unsorted: Option<String> = None;
    for i in 0..map.touchpoints.len() {
        let id = map.touchpoints[i].id.clone();
        if id.is_empty() || seen_tp.contains(&id) {
            let fresh = repaired_id(map, &id, "tp", i);
            notes.push(Note::repaired(format!("touchpoints[{i}].id"), id_repair(&id, Entity::Touchpoint, &fresh)));
            map.touchpoints[i].id = fresh;
        }
        seen_tp.insert(map.touchpoints[i].id.clone());

        let stage = map.touchpoints[i].stage.clone();
        if !seen.contains(&stage) {
            let target = match &unsorted {
                Some(id) => id.clone(),
                None => {
                    let id = unused_id(map, "stage-unsorted");
                    map.stages.push(Stage { id: id.clone(), name: UNSORTED_STAGE.into(), extra: Default::default() });
                    seen.insert(id.clone());
                    unsorted = Some(id.clone());
                    id
                }
            };
            let repair = if stage.is_empty() {
                Repair::NoStage { stage: UNSORTED_STAGE.into() }
            } else {
                Repair::UnknownStage { missing: stage, stage: UNSORTED_STAGE.into() }
            };
            notes.push(Note::repaired(format!("touchpoints[{i}].stage"), repair));
            map.touchpoints[i].stage = target;
        }

        let lane = &map.touchpoints[i].lane;
        if map.lanes.is_empty() && !lane.is_empty() {
            notes.push(Note::repaired(format!("touchpoints[{i}].lane"), Repair::NoLanes { lane: shorten(lane) }));
            map.touchpoints[i].lane.clear();
        } else if !map.lanes.is_empty() && lane.is_empty() {
            // A card without a lane is in the first lane: that is how a card added by an
            // app that predates lanes reads, and no repair.
            map.touchpoints[i].lane = map.lanes[0].id.clone();
        } else if !map.lanes.is_empty() && !lanes.contains(lane) {
            let first = map.lanes[0].clone();
            notes.push(Note::repaired(
                format!("touchpoints[{i}].lane"),
                Repair::UnknownLane { missing: shorten(lane), first: shorten(&first.name) },
            ));
            map.touchpoints[i].lane = first.id;
        }
        if let Some(score) = map.touchpoints[i].score {
            if !valid_score(score) {
                notes.push(Note::repaired(format!("touchpoints[{i}].score"), Repair::NotAScore { found: score.to_string() }));
                map.touchpoints[i].score = None;
            }
        }
    }
}

/// Repairs give predictable ids (`t-queue-2`, `tp-5`), not random ones: two people who
/// open the same damaged file get the same map, which keeps their copies mergeable.
fn repaired_id(map: &Map, old: &str, kind: &str, index: usize) -> String {
    if old.is_empty() { unused_id(map, &format!("{kind}-{}", index + 1)) } else { unused_id(map, old) }
}

fn unused_id(map: &Map, base: &str) -> String {
    let taken = |id: &str| {
        map.stages.iter().any(|s| s.id == id)
            || map.lanes.iter().any(|l| l.id == id)
            || map.touchpoints.iter().any(|t| t.id == id)
    };
    if !taken(base) {
        return base.to_owned();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or_default()
}

fn id_repair(old: &str, entity: Entity, fresh: &str) -> Repair {
    if old.is_empty() {
        Repair::MissingId { entity, given: fresh.to_owned() }
    } else {
        Repair::DuplicateId { entity, id: old.to_owned(), given: fresh.to_owned() }
    }
}
