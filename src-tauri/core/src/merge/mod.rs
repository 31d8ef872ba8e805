//! The three-way merge of two edited copies of one map (OURS, THEIRS) with their common
//! ancestor (BASE), by the entities' stable ids and field by field, never by lines of JSON.
//!
//! Each entity (the map itself, a stage, a lane, a card) is merged on its own, and each of
//! its fields on its own: a field one side changed takes that side's value, so changes to
//! different entities or to different fields never conflict. Which entities each side moved
//! comes from [`crate::diff::diff`] (a move is what the diff calls one: outside the longest
//! run that kept its order), so that the merge and the diff agree on what a side did. Where
//! both sides did different things to one thing, that is a [`Conflict`]: OUR value stays in
//! the merged map, and the conflict (with both values and the base's) is recorded in the
//! map's top-level `conflicts` field, so that the app can offer the choice later. The rules
//! and the list of conflicts are in FORMAT.md ("Merging two copies of a map").

mod into_document;
mod open;
mod resolve;
mod say;
mod two_way;

pub use into_document::{likely_base, merge_into, resolve_in, MergeDone};
pub use open::open_conflicted;
pub use resolve::{can_take_theirs, conflict_views, resolved, ConflictView, ResolveError, Take};
pub use two_way::two_way;

use std::collections::{HashMap, HashSet};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::diff::{diff, normalized, Change};
use crate::model::{Lane, Map, Stage, Touchpoint};

pub use crate::format::CONFLICTS_FIELD;

/// The merged map, always a valid one, and what could not be merged.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub map: Map,
    pub conflicts: Vec<Conflict>,
}

/// What the two sides did differently to one thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum ConflictKind {
    /// The same field set to different values on both sides (`field` names it). Also two
    /// entities added on both sides with the same id and different values of a field.
    Field,
    /// Removed here (OURS), changed or moved in the other copy: it stays removed.
    RemovedHere,
    /// Changed or moved here, removed in the other copy: it stays. A stage or lane the
    /// other copy removed is also kept, with this conflict, while cards of the merged map
    /// are in it.
    RemovedThere,
    /// Moved to different places on both sides (or added on both sides at different
    /// places): it stays where we put it.
    Moved,
    /// A card the other copy put into (added to, or moved into) a stage or lane that was
    /// removed here: a moved card stays where we have it, an added card goes to the first
    /// lane of its stage when only its lane is gone, and is left out when its stage is gone
    /// (the whole card is in `theirs`).
    CellRemoved,
    /// A lane with the id of a stage (ids of stages and lanes are one set in a map): two
    /// unrelated copies can bring such a pair; the lane is left out.
    IdClash,
    /// A merge without a common ancestor ([`two_way`]): it is in our copy only (kept).
    OnlyOurs,
    /// A merge without a common ancestor: it is in the other copy only (not taken).
    OnlyTheirs,
}

/// What a conflict is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Entity {
    Map,
    Stage,
    Lane,
    Touchpoint,
}

/// One conflict as the file records it. `ours`, `theirs` and `base` are JSON values, absent
/// when that side has nothing there (the field is not set, the entity does not exist): for
/// a field conflict, the field's values; for a removal, the whole entity on the side that
/// has it; for a move, the place on each side (a card's: a diff `Place`; a stage's or
/// lane's: `{"index", "after"}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    pub kind: ConflictKind,
    pub entity: Entity,
    /// The entity's id; empty for the map itself.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Its title or name, as ours has it (else theirs), to say the conflict in words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ours: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theirs: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Value>,
    /// For a thing only the other copy has (removed here, or a merge without a common
    /// version): where the other copy has it, for taking it to put it there (a card's: a
    /// diff `Place`; a stage's or lane's: `{"index", "after"}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Value>,
}

/// The conflicts a map file records (its `conflicts` field), oldest first; none when the
/// field is absent or not a list of conflicts.
pub fn recorded_conflicts(map: &Map) -> Vec<Conflict> {
    map.extra
        .get(CONFLICTS_FIELD)
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_default()
}

/// Merges OURS and THEIRS, both edited from BASE. Never fails: what cannot be merged keeps
/// our value and is listed (and recorded in the map's `conflicts`, after any the map
/// already had).
pub fn merge(base: &Map, ours: &Map, theirs: &Map) -> Merged {
    let mut conflicts = Vec::new();
    let sides = Sides {
        ours: diff_moves(base, ours),
        theirs: diff_moves(base, theirs),
    };

    let mut map = merge_shell(base, ours, theirs, &mut conflicts);

    // Cards first: a stage or lane they removed stays while merged cards are in it.
    let cards = merge_cards(base, ours, theirs, &sides, &mut conflicts);
    let needed_stages: HashSet<String> = cards.iter().map(|(_, k)| k.value.stage.clone()).collect();
    let needed_lanes: HashSet<String> = cards.iter().map(|(_, k)| k.value.lane.clone()).collect();
    let lanes = merge_list(
        &base.lanes,
        &ours.lanes,
        &theirs.lanes,
        (&sides.ours.lanes, &sides.theirs.lanes),
        &needed_lanes,
        Entity::Lane,
        |l| &l.id,
        |l| &l.name,
        &mut conflicts,
    );
    let stages = merge_list(
        &base.stages,
        &ours.stages,
        &theirs.stages,
        (&sides.ours.stages, &sides.theirs.stages),
        &needed_stages,
        Entity::Stage,
        |s| &s.id,
        |s| &s.name,
        &mut conflicts,
    );
    assemble(&mut map, stages, lanes, cards, ours, &mut conflicts);
    map.keep_rated_criteria(&[ours, theirs, base]);

    criteria_last(&mut conflicts);
    record(&mut map, &conflicts);
    Merged {
        map: normalized(&map),
        conflicts,
    }
}

/// The map's criteria are decided after the cards' ratings on them: resolved one by one,
/// first to last, their copy's choices then give their copy (a criterion they removed is
/// still there while a card is rated on it, see [`Map::keep_rated_criteria`]).
pub(crate) fn criteria_last(conflicts: &mut [Conflict]) {
    conflicts.sort_by_key(|c| c.entity == Entity::Map && c.field.as_deref() == Some("criteria"));
}

/// Records `conflicts` in the map's `conflicts` field, after any it already has.
fn record(map: &mut Map, conflicts: &[Conflict]) {
    if conflicts.is_empty() {
        return;
    }
    let mut list = match map.extra.remove(CONFLICTS_FIELD) {
        Some(Value::Array(list)) => list,
        _ => Vec::new(),
    };
    list.extend(
        conflicts
            .iter()
            .map(|c| serde_json::to_value(c).unwrap_or(Value::Null)),
    );
    map.extra.insert(CONFLICTS_FIELD.into(), Value::Array(list));
}

/// What one side moved, by the diff from the base: ids of stages, lanes and cards.
#[derive(Default)]
struct Moves {
    stages: HashSet<String>,
    lanes: HashSet<String>,
    cards: HashSet<String>,
    /// The cards among `cards` that changed cell (stage or lane), not only place in it.
    across: HashSet<String>,
}

/// What each side moved.
struct Sides {
    ours: Moves,
    theirs: Moves,
}

fn diff_moves(base: &Map, side: &Map) -> Moves {
    let mut moves = Moves::default();
    for change in diff(base, side) {
        match change {
            Change::StageMoved { id, .. } => {
                moves.stages.insert(id);
            }
            Change::LaneMoved { id, .. } => {
                moves.lanes.insert(id);
            }
            Change::TouchpointMoved { id, from, to, .. } => {
                if (from.stage, from.lane) != (to.stage, to.lane) {
                    moves.across.insert(id.clone());
                }
                moves.cards.insert(id);
            }
            _ => {}
        }
    }
    moves
}

fn to_value<T: Serialize>(t: &T) -> Value {
    // Our model types always serialise: every key is a string.
    serde_json::to_value(t).unwrap_or(Value::Null)
}

fn object(v: Value) -> serde_json::Map<String, Value> {
    match v {
        Value::Object(o) => o,
        _ => serde_json::Map::new(),
    }
}

/// A field both sides changed differently: its name, then ours, theirs and base's values.
type FieldConflict = (String, Option<Value>, Option<Value>, Option<Value>);

/// The three-way merge of two JSON objects key by key, but those in `skip` (taken from
/// ours): a key one side changed takes that side's value (absent: removed), a key both
/// changed to different values keeps ours and is a conflict.
fn merge_object(
    base: Option<&Value>,
    ours: &Value,
    theirs: &Value,
    skip: &[&str],
) -> (serde_json::Map<String, Value>, Vec<FieldConflict>) {
    let empty = serde_json::Map::new();
    let b = base.and_then(Value::as_object).unwrap_or(&empty);
    let o = ours.as_object().unwrap_or(&empty);
    let t = theirs.as_object().unwrap_or(&empty);
    let mut keys: Vec<&String> = o.keys().chain(t.keys()).chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut out = o.clone();
    let mut conflicts = Vec::new();
    for key in keys {
        if skip.contains(&key.as_str()) {
            continue;
        }
        let (bv, ov, tv) = (b.get(key), o.get(key), t.get(key));
        if ov == tv || tv == bv {
            continue;
        }
        if ov == bv {
            match tv {
                Some(v) => out.insert(key.clone(), v.clone()),
                None => out.remove(key),
            };
        } else {
            conflicts.push((key.clone(), ov.cloned(), tv.cloned(), bv.cloned()));
        }
    }
    (out, conflicts)
}

/// A merged JSON object back into its type; ours when the mix is not one (it always is:
/// every field's value comes from a valid map of the same type).
fn typed<T: DeserializeOwned + Clone>(merged: serde_json::Map<String, Value>, ours: &T) -> T {
    serde_json::from_value(Value::Object(merged)).unwrap_or_else(|_| ours.clone())
}

/// The map's own fields (title, personas, goals, notes, review date, unknown ones).
fn merge_shell(base: &Map, ours: &Map, theirs: &Map, conflicts: &mut Vec<Conflict>) -> Map {
    let shell = |m: &Map| {
        let mut v = object(to_value(&m.clone_shell()));
        for key in ["stages", "lanes", "touchpoints"] {
            v.remove(key);
        }
        Value::Object(v)
    };
    let (merged, fields) = merge_object(Some(&shell(base)), &shell(ours), &shell(theirs), &[]);
    for (field, o, t, b) in fields {
        conflicts.push(Conflict {
            kind: ConflictKind::Field,
            entity: Entity::Map,
            id: String::new(),
            name: ours.title.clone(),
            field: Some(field),
            ours: o,
            theirs: t,
            base: b,
            place: None,
        });
    }
    typed(merged, &ours.clone_shell())
}

trait Shell {
    fn clone_shell(&self) -> Map;
}

impl Shell for Map {
    /// The map without its stages, lanes and cards, copied without copying them.
    fn clone_shell(&self) -> Map {
        Map {
            format: self.format.clone(),
            version: self.version.clone(),
            id: self.id.clone(),
            title: self.title.clone(),
            stages: Vec::new(),
            lanes: Vec::new(),
            touchpoints: Vec::new(),
            personas: self.personas.clone(),
            customer_goals: self.customer_goals.clone(),
            business_goals: self.business_goals.clone(),
            notes: self.notes.clone(),
            last_review: self.last_review.clone(),
            metric_definitions: self.metric_definitions.clone(),
            criteria: self.criteria.clone(),
            extra: self.extra.clone(),
        }
    }
}

/// One merged entity: its value, and whose order places it.
struct Kept<T> {
    value: T,
    /// Placed by their order (they added or moved it, we did not).
    theirs_placed: bool,
    /// New at its place on our side (we added or moved it): their insertions at the same
    /// anchor go after it.
    ours_new: bool,
}

/// Index by id, the first of repeated ids (a loaded map has none; a hand-built one may).
fn by_id<T>(list: &[T], id: fn(&T) -> &String) -> HashMap<&str, (usize, &T)> {
    let mut out = HashMap::with_capacity(list.len());
    for (i, t) in list.iter().enumerate() {
        out.entry(id(t).as_str()).or_insert((i, t));
    }
    out
}

/// The id just before position `i` in `list`, as a move's place says it.
fn after_of<T>(list: &[T], i: usize, id: fn(&T) -> &String) -> Value {
    match i.checked_sub(1).and_then(|j| list.get(j)) {
        Some(t) => Value::String(id(t).clone()),
        None => Value::Null,
    }
}

/// Stages or lanes: each entity merged field by field, kept or removed, then ordered.
#[allow(clippy::too_many_arguments)]
fn merge_list<T: Serialize + DeserializeOwned + Clone>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    (ours_moved, theirs_moved): (&HashSet<String>, &HashSet<String>),
    needed: &HashSet<String>,
    entity: Entity,
    id: fn(&T) -> &String,
    name: fn(&T) -> &String,
    conflicts: &mut Vec<Conflict>,
) -> Vec<(String, Kept<T>)> {
    let (b, o, t) = (by_id(base, id), by_id(ours, id), by_id(theirs, id));
    let place =
        |list: &[T], i: usize| serde_json::json!({"index": i, "after": after_of(list, i, id)});
    let conflict = |kind, key: &str, nm: &str, ov, tv, bv| Conflict {
        kind,
        entity,
        id: key.to_owned(),
        name: nm.to_owned(),
        field: None,
        ours: ov,
        theirs: tv,
        base: bv,
        place: None,
    };
    let mut kept: HashMap<String, Kept<T>> = HashMap::new();
    let ids: Vec<&str> = {
        let mut seen = HashSet::new();
        ours.iter()
            .chain(theirs)
            .chain(base)
            .map(|x| id(x).as_str())
            .filter(|k| seen.insert(*k))
            .collect()
    };
    for key in ids {
        let (bx, ox, tx) = (b.get(key), o.get(key), t.get(key));
        let changed = |side: Option<&(usize, &T)>, moved: &HashSet<String>| match (side, bx) {
            (Some((_, s)), Some((_, bb))) => to_value(*s) != to_value(*bb) || moved.contains(key),
            _ => false,
        };
        match (ox, tx) {
            (None, None) => {}
            (Some(&(_, ov)), None) => {
                if bx.is_some() {
                    // They removed it: it goes, unless we changed it (or, for a stage or
                    // lane, cards end up in it: `assemble` brings it back then).
                    if changed(ox, ours_moved) || needed.contains(key) {
                        conflicts.push(conflict(
                            ConflictKind::RemovedThere,
                            key,
                            name(ov),
                            Some(to_value(ov)),
                            None,
                            bx.map(|(_, x)| to_value(*x)),
                        ));
                    } else {
                        continue;
                    }
                }
                kept.insert(
                    key.to_owned(),
                    Kept {
                        value: ov.clone(),
                        theirs_placed: false,
                        ours_new: true,
                    },
                );
            }
            (None, Some(&(_, tv))) => {
                if bx.is_some() {
                    if changed(tx, theirs_moved) {
                        let at = tx.map(|&(ti, _)| place(theirs, ti));
                        conflicts.push(Conflict {
                            place: at,
                            ..conflict(
                                ConflictKind::RemovedHere,
                                key,
                                name(tv),
                                None,
                                Some(to_value(tv)),
                                bx.map(|(_, x)| to_value(*x)),
                            )
                        });
                    }
                    continue;
                }
                kept.insert(
                    key.to_owned(),
                    Kept {
                        value: tv.clone(),
                        theirs_placed: true,
                        ours_new: false,
                    },
                );
            }
            (Some(&(oi, ov)), Some(&(ti, tv))) => {
                let (merged, fields) = merge_object(
                    bx.map(|(_, x)| to_value(*x)).as_ref(),
                    &to_value(ov),
                    &to_value(tv),
                    &["id"],
                );
                for (field, fo, ft, fb) in fields {
                    conflicts.push(Conflict {
                        field: Some(field),
                        ..conflict(ConflictKind::Field, key, name(ov), fo, ft, fb)
                    });
                }
                let om = bx.is_none() || ours_moved.contains(key);
                let tm = bx.is_none() || theirs_moved.contains(key);
                if om && tm && after_of(ours, oi, id) != after_of(theirs, ti, id) {
                    conflicts.push(conflict(
                        ConflictKind::Moved,
                        key,
                        name(ov),
                        Some(place(ours, oi)),
                        Some(place(theirs, ti)),
                        bx.map(|&(bi, _)| place(base, bi)),
                    ));
                }
                kept.insert(
                    key.to_owned(),
                    Kept {
                        value: typed(merged, ov),
                        theirs_placed: tm && !om,
                        ours_new: om,
                    },
                );
            }
        }
    }
    order(ours, theirs, id, kept, |_| true)
}

/// Our order of what we place, their placed ones inserted after the one before them in
/// their order (after ours new at that same anchor), `in_scope` telling which of their
/// entries count as anchors.
fn order<T>(
    ours: &[T],
    theirs: &[T],
    id: fn(&T) -> &String,
    mut kept: HashMap<String, Kept<T>>,
    in_scope: impl Fn(&str) -> bool,
) -> Vec<(String, Kept<T>)> {
    let mut list: Vec<String> = Vec::with_capacity(kept.len());
    let mut listed: HashSet<&str> = HashSet::with_capacity(kept.len());
    for x in ours {
        if kept.get(id(x)).is_some_and(|k| !k.theirs_placed) && listed.insert(id(x)) {
            list.push(id(x).clone());
        }
    }
    insert_theirs(
        &mut list,
        theirs.iter().map(|x| id(x).as_str()),
        &kept,
        in_scope,
    );
    // Whatever is kept but neither side placed (none today) goes last, never lost.
    let mut out: Vec<(String, Kept<T>)> = Vec::with_capacity(kept.len());
    for key in list {
        if let Some(k) = kept.remove(&key) {
            out.push((key, k));
        }
    }
    let mut rest: Vec<(String, Kept<T>)> = kept.into_iter().collect();
    rest.sort_by(|a, b| a.0.cmp(&b.0));
    out.extend(rest);
    out
}

/// Inserts into `list` the ids of `theirs` that they place, each after the nearest id
/// before it in their order that is already in `list`, skipping over our new entries right
/// after that anchor (both sides inserted there: ours first, then theirs).
fn insert_theirs<'a, T>(
    list: &mut Vec<String>,
    theirs: impl Iterator<Item = &'a str>,
    kept: &HashMap<String, Kept<T>>,
    in_scope: impl Fn(&str) -> bool,
) {
    // One search of the anchor per insertion: a few hundred insertions into a cell of
    // thousands of cards stay quick.
    let mut listed: HashSet<String> = list.iter().cloned().collect();
    let mut anchor: Option<String> = None;
    for key in theirs {
        if !in_scope(key) {
            continue;
        }
        let Some(k) = kept.get(key) else { continue };
        if !k.theirs_placed {
            if listed.contains(key) {
                anchor = Some(key.to_owned());
            }
            continue;
        }
        if !listed.insert(key.to_owned()) {
            continue;
        }
        let mut at = match &anchor {
            Some(a) => list
                .iter()
                .position(|x| x == a)
                .map_or(list.len(), |i| i + 1),
            None => 0,
        };
        while at < list.len()
            && kept
                .get(&list[at])
                .is_some_and(|k| k.ours_new && !k.theirs_placed)
        {
            at += 1;
        }
        list.insert(at, key.to_owned());
        anchor = Some(key.to_owned());
    }
}

/// A card's cell.
type Cell = (String, String);

/// Cards: merged field by field, kept or removed, each in its cell (from the side that
/// placed it), in order.
fn merge_cards(
    base: &Map,
    ours: &Map,
    theirs: &Map,
    sides: &Sides,
    conflicts: &mut Vec<Conflict>,
) -> Vec<(String, Kept<Touchpoint>)> {
    let id: fn(&Touchpoint) -> &String = |t| &t.id;
    let (b, o, t) = (
        by_id(&base.touchpoints, id),
        by_id(&ours.touchpoints, id),
        by_id(&theirs.touchpoints, id),
    );
    let (ours_moved, theirs_moved) = (&sides.ours.cards, &sides.theirs.cards);
    // Against a removal, only a move to another cell counts as a change: of two cards that
    // swapped places the diff calls one moved, and cannot know which, so a reorder in the
    // cell would make a removal of either card a conflict.
    let (ours_across, theirs_across) = (&sides.ours.across, &sides.theirs.across);
    let place_of = |map: &Map, card: &Touchpoint| Some(to_value(&card_place(map, card)));
    let conflict = |kind, card: &Touchpoint, ov, tv, bv| Conflict {
        kind,
        entity: Entity::Touchpoint,
        id: card.id.clone(),
        name: card.title.clone(),
        field: None,
        ours: ov,
        theirs: tv,
        base: bv,
        place: None,
    };
    let skip = ["id", "stage", "lane"];
    let content = |c: &Touchpoint| {
        let mut v = object(to_value(c));
        for k in skip {
            v.remove(k);
        }
        v
    };
    let mut kept: HashMap<String, Kept<Touchpoint>> = HashMap::new();
    let mut seen = HashSet::new();
    for key in ours
        .touchpoints
        .iter()
        .chain(&theirs.touchpoints)
        .chain(&base.touchpoints)
        .map(|c| c.id.as_str())
    {
        if !seen.insert(key) {
            continue;
        }
        let (bx, ox, tx) = (
            b.get(key).map(|x| x.1),
            o.get(key).map(|x| x.1),
            t.get(key).map(|x| x.1),
        );
        let changed = |side: &Touchpoint, moved: &HashSet<String>| {
            bx.is_some_and(|bb| content(bb) != content(side)) || moved.contains(key)
        };
        match (ox, tx) {
            (None, None) => {}
            (Some(ov), None) => {
                if let Some(bb) = bx {
                    if !changed(ov, ours_across) {
                        continue;
                    }
                    conflicts.push(conflict(
                        ConflictKind::RemovedThere,
                        ov,
                        Some(to_value(ov)),
                        None,
                        Some(to_value(bb)),
                    ));
                }
                kept.insert(
                    key.to_owned(),
                    Kept {
                        value: ov.clone(),
                        theirs_placed: false,
                        ours_new: true,
                    },
                );
            }
            (None, Some(tv)) => {
                if let Some(bb) = bx {
                    if changed(tv, theirs_across) {
                        conflicts.push(Conflict {
                            place: place_of(theirs, tv),
                            ..conflict(
                                ConflictKind::RemovedHere,
                                tv,
                                None,
                                Some(to_value(tv)),
                                Some(to_value(bb)),
                            )
                        });
                    }
                    continue;
                }
                kept.insert(
                    key.to_owned(),
                    Kept {
                        value: tv.clone(),
                        theirs_placed: true,
                        ours_new: false,
                    },
                );
            }
            (Some(ov), Some(tv)) => {
                // Most cards are the same on both sides, or changed on one: no JSON then.
                let mut value: Touchpoint = if ov == tv || bx == Some(tv) {
                    ov.clone()
                } else if bx == Some(ov) {
                    tv.clone()
                } else {
                    let (merged, fields) = merge_object(
                        bx.map(to_value).as_ref(),
                        &to_value(ov),
                        &to_value(tv),
                        &skip,
                    );
                    for (field, fo, ft, fb) in fields {
                        conflicts.push(Conflict {
                            field: Some(field),
                            ..conflict(ConflictKind::Field, ov, fo, ft, fb)
                        });
                    }
                    typed(merged, ov)
                };
                let om = bx.is_none() || ours_moved.contains(key);
                let tm = bx.is_none() || theirs_moved.contains(key);
                // A card's place is found by a walk over its map: only for the few both moved.
                let places = || (card_place(ours, ov), card_place(theirs, tv));
                if om && tm && {
                    let (op, tp) = places();
                    (op.stage, op.lane, op.after) != (tp.stage, tp.lane, tp.after)
                } {
                    conflicts.push(conflict(
                        ConflictKind::Moved,
                        ov,
                        place_of(ours, ov),
                        place_of(theirs, tv),
                        bx.and_then(|bb| place_of(base, bb)),
                    ));
                }
                let from = if tm && !om { tv } else { ov };
                value.stage = from.stage.clone();
                value.lane = from.lane.clone();
                kept.insert(
                    key.to_owned(),
                    Kept {
                        value,
                        theirs_placed: tm && !om,
                        ours_new: om,
                    },
                );
            }
        }
    }

    // Per cell: our cards there in our order, theirs inserted by their order in that cell.
    let mut cells: Vec<Cell> = Vec::new();
    let mut per_cell: HashMap<Cell, Vec<String>> = HashMap::new();
    for c in ours.touchpoints.iter().chain(&theirs.touchpoints) {
        if let Some(k) = kept.get(&c.id) {
            let cell = (k.value.stage.clone(), k.value.lane.clone());
            if let std::collections::hash_map::Entry::Vacant(e) = per_cell.entry(cell) {
                cells.push(e.key().clone());
                e.insert(Vec::new());
            }
        }
    }
    for c in &ours.touchpoints {
        if let Some(k) = kept.get(&c.id) {
            if !k.theirs_placed
                && (c.stage.as_str(), c.lane.as_str())
                    == (k.value.stage.as_str(), k.value.lane.as_str())
            {
                per_cell
                    .entry((c.stage.clone(), c.lane.clone()))
                    .or_default()
                    .push(c.id.clone());
            }
        }
    }
    let mut theirs_cells: HashMap<Cell, Vec<&str>> = HashMap::new();
    for c in &theirs.touchpoints {
        theirs_cells
            .entry((c.stage.clone(), c.lane.clone()))
            .or_default()
            .push(c.id.as_str());
    }
    for cell in &cells {
        let list = per_cell.entry(cell.clone()).or_default();
        if let Some(their_list) = theirs_cells.get(cell) {
            let kept_ref = &kept;
            insert_theirs(list, their_list.iter().copied(), kept_ref, |key| {
                kept_ref.get(key).is_some_and(|k| {
                    (k.value.stage.as_str(), k.value.lane.as_str())
                        == (cell.0.as_str(), cell.1.as_str())
                })
            });
        }
    }
    let mut out = Vec::with_capacity(kept.len());
    for cell in cells {
        for key in per_cell.remove(&cell).unwrap_or_default() {
            if let Some(k) = kept.remove(&key) {
                out.push((key, k));
            }
        }
    }
    // Repeated ids in a hand-built side: whatever is left keeps its value, last.
    let mut rest: Vec<(String, Kept<Touchpoint>)> = kept.into_iter().collect();
    rest.sort_by(|a, b| a.0.cmp(&b.0));
    out.extend(rest);
    out
}

/// Where a card is in its map, as the diff says a place.
fn card_place(map: &Map, card: &Touchpoint) -> crate::diff::Place {
    let mut index = 0;
    let mut after = None;
    for c in &map.touchpoints {
        if c.id == card.id {
            break;
        }
        if c.stage == card.stage && c.lane == card.lane {
            index += 1;
            after = Some(c.id.clone());
        }
    }
    let (stage_name, lane_name) = cell_names(map, &card.stage, &card.lane);
    crate::diff::Place {
        stage: card.stage.clone(),
        stage_name,
        lane: card.lane.clone(),
        lane_name,
        index,
        after,
    }
}

/// The names of a cell's stage and lane in `map` (empty when it has none).
fn cell_names(map: &Map, stage: &str, lane: &str) -> (String, String) {
    let stage = map
        .stages
        .iter()
        .find(|s| s.id == stage)
        .map(|s| s.name.clone());
    let lane = map
        .lanes
        .iter()
        .find(|l| l.id == lane)
        .map(|l| l.name.clone());
    (stage.unwrap_or_default(), lane.unwrap_or_default())
}

/// Puts the merged stages, lanes and cards together into a valid map: a stage or lane
/// the other copy removed comes back while cards are in it; a card whose stage or lane is
/// gone goes where our copy has it, else to its stage's first lane, else it is left out;
/// a lane with a stage's id is left out.
fn assemble(
    map: &mut Map,
    stages: Vec<(String, Kept<Stage>)>,
    lanes: Vec<(String, Kept<Lane>)>,
    cards: Vec<(String, Kept<Touchpoint>)>,
    ours: &Map,
    conflicts: &mut Vec<Conflict>,
) {
    map.stages = stages.into_iter().map(|(_, k)| k.value).collect();
    let stage_ids: HashSet<String> = map.stages.iter().map(|s| s.id.clone()).collect();
    map.lanes = Vec::new();
    for (key, k) in lanes {
        if stage_ids.contains(&key) {
            conflicts.push(Conflict {
                kind: ConflictKind::IdClash,
                entity: Entity::Lane,
                name: k.value.name.clone(),
                id: key,
                field: None,
                ours: None,
                theirs: Some(to_value(&k.value)),
                base: None,
                place: None,
            });
        } else {
            map.lanes.push(k.value);
        }
    }
    let lane_ids: HashSet<String> = map.lanes.iter().map(|l| l.id.clone()).collect();
    let first_lane = map.lanes.first().map(|l| l.id.clone()).unwrap_or_default();
    let fits = |c: &Touchpoint| {
        stage_ids.contains(&c.stage)
            && if lane_ids.is_empty() {
                c.lane.is_empty()
            } else {
                lane_ids.contains(&c.lane)
            }
    };
    let ours_cards = by_id(&ours.touchpoints, |t| &t.id);
    let mut placed: Vec<Touchpoint> = Vec::with_capacity(cards.len());
    let mut moved_last: Vec<Touchpoint> = Vec::new();
    for (_, k) in cards {
        let mut card = k.value;
        if fits(&card) {
            placed.push(card);
            continue;
        }
        // An empty lane in a map that has lanes, or a lane in one that has none: the
        // loader's own rule (first lane, or none) and nothing to record.
        if stage_ids.contains(&card.stage) && (card.lane.is_empty() || lane_ids.is_empty()) {
            card.lane = if lane_ids.is_empty() {
                String::new()
            } else {
                first_lane.clone()
            };
            moved_last.push(card);
            continue;
        }
        let theirs_card = to_value(&card);
        let ours_place = ours_cards
            .get(card.id.as_str())
            .map(|(_, c)| (c.stage.clone(), c.lane.clone()));
        let mut kept_at = None;
        if let Some((stage, lane)) = ours_place.filter(|(s, l)| {
            stage_ids.contains(s)
                && if lane_ids.is_empty() {
                    l.is_empty()
                } else {
                    lane_ids.contains(l)
                }
        }) {
            card.stage = stage;
            card.lane = lane;
            kept_at = Some(card.clone());
        } else if stage_ids.contains(&card.stage) {
            card.lane = first_lane.clone();
            kept_at = Some(card.clone());
        }
        conflicts.push(Conflict {
            kind: ConflictKind::CellRemoved,
            entity: Entity::Touchpoint,
            id: card.id.clone(),
            name: card.title.clone(),
            field: None,
            ours: kept_at.as_ref().map(|c| {
                let so_far: Vec<&Touchpoint> = placed.iter().chain(&moved_last).collect();
                to_value(&place_last(map, &so_far, c))
            }),
            theirs: Some(theirs_card),
            base: None,
            place: None,
        });
        if let Some(c) = kept_at {
            moved_last.push(c);
        }
    }
    placed.extend(moved_last);
    map.touchpoints = placed;
}

/// Where a card put back into the map goes: last in its cell, after the cards placed there
/// so far, named as `map` names its stage and lane.
fn place_last(map: &Map, placed: &[&Touchpoint], card: &Touchpoint) -> crate::diff::Place {
    let before: Vec<&&Touchpoint> = placed
        .iter()
        .filter(|c| (&c.stage, &c.lane) == (&card.stage, &card.lane))
        .collect();
    let (stage_name, lane_name) = cell_names(map, &card.stage, &card.lane);
    crate::diff::Place {
        stage: card.stage.clone(),
        stage_name,
        lane: card.lane.clone(),
        lane_name,
        index: before.len(),
        after: before.last().map(|c| c.id.clone()),
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod resolve_tests;
