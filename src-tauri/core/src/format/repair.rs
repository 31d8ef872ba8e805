//! Repairs of maps that are readable but inconsistent: what a hand edit, a script or a
//! merge typically leaves behind. Each repair is reported; nothing is dropped.

use std::collections::HashSet;

use serde_json::Value;

use super::Note;
use crate::model::{Map, Sentiment, Stage};

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
            notes.push(Note::repaired(format!("stages[{i}].id"), id_message(&id, "stage", &fresh)));
            map.stages[i].id = fresh;
        }
        seen.insert(map.stages[i].id.clone());
    }

    let mut seen_tp: HashSet<String> = HashSet::with_capacity(map.touchpoints.len());
    let mut unsorted: Option<String> = None;
    for i in 0..map.touchpoints.len() {
        let id = map.touchpoints[i].id.clone();
        if id.is_empty() || seen_tp.contains(&id) {
            let fresh = repaired_id(map, &id, "tp", i);
            notes.push(Note::repaired(format!("touchpoints[{i}].id"), id_message(&id, "touchpoint", &fresh)));
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
            let what = if stage.is_empty() { "has no stage".to_owned() } else { format!("names the stage \"{stage}\", which does not exist") };
            notes.push(Note::repaired(
                format!("touchpoints[{i}].stage"),
                format!("the touchpoint {what}; it was put in a new stage \"{UNSORTED_STAGE}\""),
            ));
            map.touchpoints[i].stage = target;
        }
    }
}

/// Repairs give predictable ids (`t-queue-2`, `tp-5`), not random ones: two people who
/// open the same damaged file get the same map, which keeps their copies mergeable.
fn repaired_id(map: &Map, old: &str, kind: &str, index: usize) -> String {
    if old.is_empty() { unused_id(map, &format!("{kind}-{}", index + 1)) } else { unused_id(map, old) }
}

fn unused_id(map: &Map, base: &str) -> String {
    let taken = |id: &str| map.stages.iter().any(|s| s.id == id) || map.touchpoints.iter().any(|t| t.id == id);
    if !taken(base) {
        return base.to_owned();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or_default()
}

fn id_message(old: &str, kind: &str, fresh: &str) -> String {
    if old.is_empty() {
        format!("the {kind} had no id; it was given \"{fresh}\"")
    } else {
        format!("the {kind} id \"{old}\" was used twice; this one was given \"{fresh}\"")
    }
}

/// Replaces sentiments that are not one of the three values, in the JSON before typed
/// parsing: `"Positive"` is read silently, anything else becomes neutral with a note.
pub fn repair_sentiments(doc: &mut Value, notes: &mut Vec<Note>) {
    let Some(touchpoints) = doc.get_mut("touchpoints").and_then(Value::as_array_mut) else {
        return;
    };
    for (i, tp) in touchpoints.iter_mut().enumerate() {
        let Some(obj) = tp.as_object_mut() else { continue };
        let Some(value) = obj.get("sentiment") else { continue };
        let fixed = match value {
            Value::String(s) => match Sentiment::parse_lenient(s) {
                Some(v) if v.as_str() == s => continue,
                Some(v) => v,
                None => {
                    notes.push(Note::repaired(
                        format!("touchpoints[{i}].sentiment"),
                        format!("\"{}\" is not a sentiment (positive, neutral or negative); it was set to neutral", shorten(s)),
                    ));
                    Sentiment::Neutral
                }
            },
            Value::Null => Sentiment::Neutral,
            other => {
                notes.push(Note::repaired(
                    format!("touchpoints[{i}].sentiment"),
                    format!("{} is not a sentiment (positive, neutral or negative); it was set to neutral", shorten(&other.to_string())),
                ));
                Sentiment::Neutral
            }
        };
        obj.insert("sentiment".into(), Value::String(fixed.as_str().into()));
    }
}

/// Values from a file are quoted in messages; a hostile one can be huge.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() > MAX { format!("{}…", s.chars().take(MAX).collect::<String>()) } else { s.to_owned() }
}
