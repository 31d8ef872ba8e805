//! Resolving the conflicts a merge recorded in a map, one at a time: keep our value (it is
//! already in the map) or take the other copy's. Each resolution gives the whole new map,
//! which the document applies as one edit (`Edit::ReplaceMap`), so that it undoes.
//!
//! What taking the other copy's side means, for each kind of conflict, is in FORMAT.md
//! ("Resolving conflicts").

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{Conflict, ConflictKind, Entity, Shell, CONFLICTS_FIELD};
use crate::diff::Place;
use crate::edit::{apply, Edit};
use crate::i18n::text;
use crate::language::Language;
use crate::messages::Localize;
use crate::model::{Lane, Map, Stage, Touchpoint};

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub enum Take {
    /// Our value, already in the map: the conflict's record goes, nothing else changes.
    /// Also what "done" means after the user edited the thing by hand.
    Ours,
    /// The other copy's value replaces ours.
    Theirs,
}

/// Why a conflict could not be resolved as asked. The map is unchanged then.
/// `Display` in English; [`Localize`] in any language of the app.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub enum ResolveError {
    /// The map records fewer conflicts than that (`count` of them).
    NoSuchConflict { index: usize, count: usize },
    /// The record at `index` is not a conflict this version can read.
    Unreadable { index: usize },
    /// This kind of conflict has no other value to take (the conflict's own sentence says
    /// what was done).
    NothingToTake { name: String },
    /// The thing the conflict is about is no longer in the map (`name`), e.g. deleted since.
    Gone { name: String },
    /// A card cannot go back: its stage is not in the map; take the stage first.
    NoStage { name: String, stage: String },
    /// The same id is in the map already.
    AlreadyThere { name: String },
}

impl Localize for ResolveError {
    fn message(&self, lang: Language) -> String {
        match self {
            ResolveError::NoSuchConflict { index, count } => {
                text(lang, "resolve-no-such-conflict", &[("index", &(index + 1)), ("count", count)])
            }
            ResolveError::Unreadable { index } => text(lang, "resolve-unreadable", &[("index", &(index + 1))]),
            ResolveError::NothingToTake { name } => text(lang, "resolve-nothing-to-take", &[("name", name)]),
            ResolveError::Gone { name } => text(lang, "resolve-gone", &[("name", name)]),
            ResolveError::NoStage { name, stage } => text(lang, "resolve-no-stage", &[("name", name), ("stage", stage)]),
            ResolveError::AlreadyThere { name } => text(lang, "resolve-already-there", &[("name", name)]),
        }
    }
}

/// One recorded conflict as the app shows it: the sentence, what each side has in words,
/// and whether the other side can be taken.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ConflictView {
    /// Its place in the map's record, as [`resolved`] takes it.
    pub index: u32,
    pub kind: ConflictKind,
    pub entity: Entity,
    /// The card, stage or lane it is about; empty for the map itself.
    pub id: String,
    pub sentence: String,
    /// What this copy has, in words.
    pub ours: String,
    /// What the other copy has, in words.
    pub theirs: String,
    pub can_take_theirs: bool,
}

/// Whether taking the other copy's side means anything for this conflict.
pub fn can_take_theirs(c: &Conflict) -> bool {
    match c.kind {
        ConflictKind::IdClash => false,
        // A card kept somewhere can be moved by hand; one left out can be brought in.
        ConflictKind::CellRemoved => c.ours.is_none() && c.theirs.is_some(),
        _ => true,
    }
}

/// The raw records, as the map holds them.
fn records(map: &Map) -> &[Value] {
    map.extra.get(CONFLICTS_FIELD).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

/// The recorded conflicts as the app lists them, in `lang`. A record this version cannot
/// read is listed too (it can be dismissed), said as what it is.
pub fn conflict_views(map: &Map, lang: Language) -> Vec<ConflictView> {
    records(map)
        .iter()
        .enumerate()
        .map(|(index, raw)| match serde_json::from_value::<Conflict>(raw.clone()) {
            Ok(c) => ConflictView {
                index: index as u32,
                kind: c.kind,
                entity: c.entity,
                id: c.id.clone(),
                sentence: c.sentence(lang),
                ours: c.side_words(true, lang),
                theirs: c.side_words(false, lang),
                can_take_theirs: can_take_theirs(&c),
            },
            Err(_) => ConflictView {
                index: index as u32,
                kind: ConflictKind::Field,
                entity: Entity::Map,
                id: String::new(),
                sentence: text(lang, "resolve-unreadable-record", &[("record", &short(raw))]),
                ours: String::new(),
                theirs: String::new(),
                can_take_theirs: false,
            },
        })
        .collect()
}

fn short(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s,
    }
}

/// The map with conflict `index` resolved: the other copy's value taken if asked, and the
/// conflict's record removed (the `conflicts` field goes with the last one).
pub fn resolved(map: &Map, index: usize, take: Take) -> Result<Map, ResolveError> {
    let list = records(map);
    let raw = list.get(index).ok_or(ResolveError::NoSuchConflict { index, count: list.len() })?;
    let mut out = map.clone();
    if take == Take::Theirs {
        let c: Conflict = serde_json::from_value(raw.clone()).map_err(|_| ResolveError::Unreadable { index })?;
        take_theirs(&mut out, &c)?;
        out.keep_rated_criteria(&[map]);
    }
    let mut rest = records(&out).to_vec();
    if index < rest.len() {
        rest.remove(index);
    }
    if rest.is_empty() {
        out.extra.remove(CONFLICTS_FIELD);
    } else {
        out.extra.insert(CONFLICTS_FIELD.into(), Value::Array(rest));
    }
    Ok(out)
}

fn take_theirs(map: &mut Map, c: &Conflict) -> Result<(), ResolveError> {
    let name = || c.name.clone();
    let nothing = || ResolveError::NothingToTake { name: name() };
    match c.kind {
        ConflictKind::IdClash => Err(nothing()),
        ConflictKind::Field => {
            let field = c.field.as_deref().ok_or_else(nothing)?;
            set_field(map, c, field)
        }
        ConflictKind::RemovedHere | ConflictKind::OnlyTheirs => bring_back(map, c, false),
        ConflictKind::CellRemoved => {
            if c.ours.is_some() {
                return Err(nothing());
            }
            bring_back(map, c, true)
        }
        ConflictKind::RemovedThere | ConflictKind::OnlyOurs => {
            // Gone already (its stage was removed with it): that is what the other copy has.
            let present = match c.entity {
                Entity::Touchpoint => map.touchpoint_index(&c.id).is_some(),
                Entity::Stage => map.stage_index(&c.id).is_some(),
                Entity::Lane => map.lane_index(&c.id).is_some(),
                Entity::Map => true,
            };
            if !present {
                return Ok(());
            }
            let edit = match c.entity {
                Entity::Touchpoint => Edit::DeleteTouchpoint { id: c.id.clone() },
                Entity::Stage => Edit::DeleteStage { id: c.id.clone() },
                Entity::Lane => Edit::DeleteLane { id: c.id.clone() },
                Entity::Map => return Err(nothing()),
            };
            apply(map, edit).map(|_| ()).map_err(|_| ResolveError::Gone { name: name() })
        }
        ConflictKind::Moved => {
            let to = c.theirs.as_ref().ok_or_else(nothing)?;
            match c.entity {
                Entity::Touchpoint => {
                    let place: Place = serde_json::from_value(to.clone()).map_err(|_| nothing())?;
                    move_card(map, c, &place)
                }
                Entity::Stage => {
                    let at = list_place(&map.stages, |s| &s.id, &c.id, to).ok_or(ResolveError::Gone { name: name() })?;
                    apply(map, Edit::MoveStage { id: c.id.clone(), index: at }).map(|_| ()).map_err(|_| ResolveError::Gone { name: name() })
                }
                Entity::Lane => {
                    let at = list_place(&map.lanes, |l| &l.id, &c.id, to).ok_or(ResolveError::Gone { name: name() })?;
                    apply(map, Edit::MoveLane { id: c.id.clone(), index: at }).map(|_| ()).map_err(|_| ResolveError::Gone { name: name() })
                }
                Entity::Map => Err(nothing()),
            }
        }
    }
}

/// Sets one field of the map, a stage, a lane or a card to the other copy's value (its
/// absence removes the field), through the field's JSON so that unknown fields go too.
fn set_field(map: &mut Map, c: &Conflict, field: &str) -> Result<(), ResolveError> {
    fn with_field<T: Serialize + serde::de::DeserializeOwned>(t: &T, field: &str, value: &Option<Value>) -> Option<T> {
        let mut v = serde_json::to_value(t).ok()?;
        let o = v.as_object_mut()?;
        match value {
            Some(x) => o.insert(field.to_owned(), x.clone()),
            None => o.remove(field),
        };
        serde_json::from_value(v).ok()
    }
    let gone = || ResolveError::Gone { name: c.name.clone() };
    let bad = || ResolveError::NothingToTake { name: c.name.clone() };
    match c.entity {
        Entity::Map => {
            let mut shell = with_field(&map.clone_shell(), field, &c.theirs).ok_or_else(bad)?;
            shell.stages = std::mem::take(&mut map.stages);
            shell.lanes = std::mem::take(&mut map.lanes);
            shell.touchpoints = std::mem::take(&mut map.touchpoints);
            *map = shell;
        }
        Entity::Stage => {
            let s = map.stages.iter_mut().find(|s| s.id == c.id).ok_or_else(gone)?;
            *s = with_field(s, field, &c.theirs).ok_or_else(bad)?;
        }
        Entity::Lane => {
            let l = map.lanes.iter_mut().find(|l| l.id == c.id).ok_or_else(gone)?;
            *l = with_field(l, field, &c.theirs).ok_or_else(bad)?;
        }
        Entity::Touchpoint => {
            let t = map.touchpoints.iter_mut().find(|t| t.id == c.id).ok_or_else(gone)?;
            // Its place is not a field to set here: moves are conflicts of their own.
            if matches!(field, "id" | "stage" | "lane") {
                return Err(bad());
            }
            *t = with_field(t, field, &c.theirs).ok_or_else(bad)?;
        }
    }
    Ok(())
}

/// Puts back the other copy's whole entity: a card at the end of its cell (or, when its
/// stage is gone and `first_stage_if_gone`, of the map's first stage), a stage or a lane
/// at the end of its list.
fn bring_back(map: &mut Map, c: &Conflict, first_stage_if_gone: bool) -> Result<(), ResolveError> {
    let value = c.theirs.clone().ok_or(ResolveError::NothingToTake { name: c.name.clone() })?;
    let bad = || ResolveError::NothingToTake { name: c.name.clone() };
    let there = || ResolveError::AlreadyThere { name: c.name.clone() };
    match c.entity {
        Entity::Touchpoint => {
            let mut card: Touchpoint = serde_json::from_value(value).map_err(|_| bad())?;
            if map.touchpoint_index(&card.id).is_some() {
                return Err(there());
            }
            if map.stage_index(&card.stage).is_none() {
                match map.stages.first() {
                    Some(first) if first_stage_if_gone => {
                        card.stage = first.id.clone();
                        card.lane = map.lanes.first().map(|l| l.id.clone()).unwrap_or_default();
                    }
                    _ => return Err(ResolveError::NoStage { name: c.name.clone(), stage: card.stage.clone() }),
                }
            }
            let (stage, lane) = (card.stage.clone(), card.lane.clone());
            apply(map, Edit::InsertTouchpoint { touchpoint: card, index: usize::MAX }).map(|_| ()).map_err(|_| bad())?;
            // Where the other copy has it, when that cell is the one it went into.
            match c.place.clone().and_then(|p| serde_json::from_value::<Place>(p).ok()) {
                Some(place) if place.stage == stage && (place.lane == lane || map.lanes.is_empty()) => move_card(map, c, &place),
                _ => Ok(()),
            }
        }
        Entity::Stage => {
            let stage: Stage = serde_json::from_value(value).map_err(|_| bad())?;
            let end = map.stages.len();
            apply(map, Edit::InsertStage { stage, index: end }).map_err(|_| there())?;
            if let Some(at) = c.place.as_ref().and_then(|p| list_place(&map.stages, |s| &s.id, &c.id, p)) {
                apply(map, Edit::MoveStage { id: c.id.clone(), index: at }).map_err(|_| bad())?;
            }
            Ok(())
        }
        Entity::Lane => {
            let lane: Lane = serde_json::from_value(value).map_err(|_| bad())?;
            if map.stage_index(&lane.id).is_some() {
                return Err(there());
            }
            let end = map.lanes.len();
            apply(map, Edit::InsertLane { lane, index: end }).map_err(|_| there())?;
            if let Some(at) = c.place.as_ref().and_then(|p| list_place(&map.lanes, |l| &l.id, &c.id, p)) {
                apply(map, Edit::MoveLane { id: c.id.clone(), index: at }).map_err(|_| bad())?;
            }
            Ok(())
        }
        Entity::Map => Err(bad()),
    }
}

/// Moves a card to the other copy's place: its cell, right after the card it follows
/// there when that card is in the cell, else at the same position in the cell.
fn move_card(map: &mut Map, c: &Conflict, to: &Place) -> Result<(), ResolveError> {
    let gone = || ResolveError::Gone { name: c.name.clone() };
    if map.stage_index(&to.stage).is_none() {
        return Err(ResolveError::NoStage { name: c.name.clone(), stage: to.stage_name.clone() });
    }
    let lane = if map.lanes.is_empty() {
        String::new()
    } else if map.lane_index(&to.lane).is_some() {
        to.lane.clone()
    } else {
        return Err(gone());
    };
    let from = map.touchpoint_index(&c.id).ok_or_else(gone)?;
    let mut card = map.touchpoints.remove(from);
    card.stage = to.stage.clone();
    card.lane = lane;
    let cell: Vec<usize> = (0..map.touchpoints.len())
        .filter(|&i| map.touchpoints[i].stage == card.stage && map.touchpoints[i].lane == card.lane)
        .collect();
    let after = to.after.as_deref().and_then(|a| cell.iter().copied().find(|&i| map.touchpoints[i].id == a));
    let at = match after {
        Some(i) => i + 1,
        None if to.after.is_none() => cell.first().copied().unwrap_or(map.touchpoints.len()),
        None => match cell.get(to.index) {
            Some(&i) => i,
            None => cell.last().map_or(map.touchpoints.len(), |&i| i + 1),
        },
    };
    map.touchpoints.insert(at, card);
    Ok(())
}

/// Where a stage or lane goes to stand where the other copy has it (`{"index", "after"}`):
/// right after the one before it there, else at the same index. None when it is not in
/// the list.
fn list_place<T>(list: &[T], id: fn(&T) -> &String, which: &str, to: &Value) -> Option<usize> {
    let from = list.iter().position(|x| id(x) == which)?;
    let after = to.get("after").and_then(Value::as_str);
    let index = to.get("index").and_then(Value::as_u64).unwrap_or(0) as usize;
    let without: Vec<&T> = list.iter().enumerate().filter(|&(i, _)| i != from).map(|(_, x)| x).collect();
    Some(match after.and_then(|a| without.iter().position(|x| id(x) == a)) {
        Some(i) => i + 1,
        None if after.is_none() => 0,
        None => index.min(without.len()),
    })
}
