//! Repairs of maps that are readable but inconsistent: what a hand edit, a script or a
//! merge typically leaves behind. Each repair is reported; nothing is dropped.

use std::collections::HashSet;

use super::{Entity, Note, Repair};
use super::lenient::{number_text, shorten, MetricPlaces};
use crate::model::{same_metric_name, valid_date, valid_score, Criterion, Map, Stage};

/// The name of the stage that receives cards whose stage does not exist.
pub const UNSORTED_STAGE: &str = "Unsorted";

/// Makes ids unique and non-empty and gives every card an existing stage.
/// `places`: where the file has the metrics the lenient reader kept (see [`MetricPlaces`]).
pub fn repair(map: &mut Map, places: &MetricPlaces, notes: &mut Vec<Note>) {
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
        measures(map, i, places.get(&i).map(Vec::as_slice), notes);
    }
}

/// Format 1.2 on card `i`: one metric per name, values within their scale, dates that are
/// dates, ratings from 1 to 5 on criteria the map defines.
fn measures(map: &mut Map, i: usize, places: Option<&[usize]>, notes: &mut Vec<Note>) {
    let card = shorten(&map.touchpoints[i].title);
    let at = |field: String| format!("touchpoints[{i}].{field}");
    let place = |j: usize| places.and_then(|p| p.get(j).copied()).unwrap_or(j);
    let mut names: Vec<String> = Vec::new();
    for j in 0..map.touchpoints[i].metrics.len() {
        let mut name = map.touchpoints[i].metrics[j].name.clone();
        if names.iter().any(|n| same_metric_name(n, &name)) {
            let given = (2..)
                .map(|n| format!("{} ({n})", name.trim()))
                .find(|g| !map.touchpoints[i].metrics.iter().any(|m| same_metric_name(&m.name, g)))
                .unwrap_or_default();
            notes.push(Note::repaired(
                at(format!("metrics[{}].name", place(j))),
                Repair::DuplicateMetric { card: card.clone(), name: shorten(&name), given: given.clone() },
            ));
            // Renamed, it is checked like any other metric of that name (its scale, its date),
            // as it will be when the repaired map is opened again.
            map.touchpoints[i].metrics[j].name = given.clone();
            name = given;
        }
        names.push(name.clone());
        let rule = map.metric_rule(&name);
        let value = map.touchpoints[i].metrics[j].value;
        let clamped = match (rule.min, rule.max) {
            (Some(min), _) if value < min => Some(min),
            (_, Some(max)) if value > max => Some(max),
            _ => None,
        };
        if let Some(fixed) = clamped {
            let scale = match (rule.min, rule.max) {
                (Some(min), Some(max)) => format!("{}…{}", minus(min), minus(max)),
                (Some(min), None) => format!("≥ {}", minus(min)),
                (None, Some(max)) => format!("≤ {}", minus(max)),
                (None, None) => String::new(),
            };
            notes.push(Note::repaired(
                at(format!("metrics[{}].value", place(j))),
                Repair::MetricOutOfScale {
                    card: card.clone(),
                    name: shorten(&name),
                    found: number_text(value),
                    scale,
                    value: number_text(fixed),
                },
            ));
            map.touchpoints[i].metrics[j].value = fixed;
        }
        let metric = &mut map.touchpoints[i].metrics[j];
        if let Some(date) = metric.date.as_ref().filter(|d| !valid_date(d)) {
            notes.push(Note::repaired(at(format!("metrics[{}].date", place(j))), Repair::NotADate { found: format!("\"{}\"", shorten(date)) }));
            metric.date = None;
        }
    }
    for j in 0..map.touchpoints[i].feedback.len() {
        let feedback = &mut map.touchpoints[i].feedback[j];
        if let Some(date) = feedback.date.as_ref().filter(|d| !valid_date(d)) {
            notes.push(Note::repaired(at(format!("feedback[{j}].date")), Repair::NotADate { found: format!("\"{}\"", shorten(date)) }));
            feedback.date = None;
        }
    }
    let ratings: Vec<(String, u8)> = map.touchpoints[i].ratings.iter().map(|(k, v)| (k.clone(), *v)).collect();
    for (criterion, rating) in ratings {
        if !valid_score(rating) {
            notes.push(Note::repaired(
                at(format!("ratings.{criterion}")),
                Repair::NotARating { card: card.clone(), criterion: shorten(&criterion), found: rating.to_string() },
            ));
            map.touchpoints[i].ratings.remove(&criterion);
            continue;
        }
        if !map.criteria.iter().any(|c| c.id == criterion) {
            notes.push(Note::repaired(
                at(format!("ratings.{criterion}")),
                Repair::UnknownCriterion { card: card.clone(), id: shorten(&criterion) },
            ));
            map.criteria.push(Criterion { id: criterion.clone(), name: criterion, extra: Default::default() });
        }
    }
}

/// A number with a true minus sign, as the notes write scales.
fn minus(n: f64) -> String {
    number_text(n).replace('-', "−")
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
