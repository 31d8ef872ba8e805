//! The changes from one map to another, found by the entities' stable ids, never by lines
//! of JSON: a card that changed stage is one move, a retitled stage is one rename.
//!
//! [`diff`] lists the [`Change`]s; [`apply`] replays them on the old map and gives the new
//! one, which is how the diff is tested (and what a merge builds on: it computes
//! diff(base, ours) and diff(base, theirs) and combines them). [`Change::sentence`] says
//! each change in words (say.rs); [`sections`] groups them by stage for a reader.
//!
//! Positions are positions among the cards of one *cell* (a stage, and a lane when the map
//! has lanes): that is what a marketer sees. Where in the file's flat `touchpoints` array
//! two cards of different cells sit is not part of the map's meaning (the board shows the
//! same thing either way), so neither the diff nor [`same_map`] looks at it.
//!
//! The JSON shape of a change is documented in FORMAT.md ("Differences between two maps").

mod apply;
mod compare;
mod say;

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

pub use apply::{apply, normalized, same_map};
pub use compare::{ChangeDetail, ComparedChange, ComparedSection, Comparison, Subject};
// The merge says its conflicts with the same words for fields, values and places.
pub(crate) use say::{field_name, place as place_words, value as value_words};

use crate::model::{Lane, Map, Sentiment, Stage, Touchpoint};

/// Where a card is: its stage and lane (with their names, so that a change can be said
/// without the maps), its position among the cards of that cell, and the card just before
/// it there (`None`: first), which a merge uses to place it among the other side's cards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    pub stage: String,
    pub stage_name: String,
    /// Empty when the map has no lanes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lane: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lane_name: String,
    /// From 0, among the cards of the cell.
    pub index: usize,
    pub after: Option<String>,
}

/// One difference between two maps. `field` is the JSON name of a field (`owner`,
/// `painPoints`, or a field this version does not know); `from` and `to` are its JSON
/// values, absent when the field is absent (a JSON `null` is a value).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Change {
    /// A field of the map itself: title, personas, goals, notes, last review, unknown ones.
    MapChanged {
        field: String,
        #[specta(type = Option<Value>)]
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        from: Option<Value>,
        #[specta(type = Option<Value>)]
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        to: Option<Value>,
    },
    /// `index`: its position among the new map's lanes.
    LaneAdded {
        id: String,
        index: usize,
        lane: Lane,
    },
    /// `index`: its position among the old map's lanes.
    LaneRemoved {
        id: String,
        index: usize,
        lane: Lane,
    },
    LaneRenamed {
        id: String,
        from: String,
        to: String,
    },
    /// Positions among the old and the new map's lanes.
    LaneMoved {
        id: String,
        name: String,
        from: usize,
        to: usize,
    },
    LaneChanged {
        id: String,
        name: String,
        field: String,
        #[specta(type = Option<Value>)]
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        from: Option<Value>,
        #[specta(type = Option<Value>)]
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        to: Option<Value>,
    },
    StageAdded {
        id: String,
        index: usize,
        stage: Stage,
    },
    StageRemoved {
        id: String,
        index: usize,
        stage: Stage,
    },
    StageRenamed {
        id: String,
        from: String,
        to: String,
    },
    StageMoved {
        id: String,
        name: String,
        from: usize,
        to: usize,
    },
    StageChanged {
        id: String,
        name: String,
        field: String,
        #[specta(type = Option<Value>)]
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        from: Option<Value>,
        #[specta(type = Option<Value>)]
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        to: Option<Value>,
    },
    TouchpointAdded {
        id: String,
        to: Place,
        touchpoint: Touchpoint,
    },
    TouchpointRemoved {
        id: String,
        from: Place,
        touchpoint: Touchpoint,
    },
    /// To another stage, another lane, or another position in its cell: one change.
    TouchpointMoved {
        id: String,
        title: String,
        from: Place,
        to: Place,
    },
    TouchpointRenamed {
        id: String,
        from: String,
        to: String,
    },
    TouchpointSentimentChanged {
        id: String,
        title: String,
        from: Sentiment,
        to: Sentiment,
    },
    /// Any other field of a card: its details, or a field this version does not know.
    TouchpointChanged {
        id: String,
        title: String,
        field: String,
        #[specta(type = Option<Value>)]
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        from: Option<Value>,
        #[specta(type = Option<Value>)]
        #[serde(
            default,
            deserialize_with = "present",
            skip_serializing_if = "Option::is_none"
        )]
        to: Option<Value>,
    },
}

/// A field given in the JSON is `Some`, even when its value is `null`: only an absent
/// field (serde's `default`) is `None`.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(d).map(Some)
}

/// What a reader sees a change under: the map itself, its lanes, or one stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Section {
    Map,
    Lanes,
    /// A stage of the new map, or a removed one of the old map; `name` as its map has it.
    Stage {
        id: String,
        name: String,
    },
}

// The order the fields of a touchpoint and of the map are reported in: as a card's details
// and the map's details show them. Fields not named here come after, sorted by name.
const TOUCHPOINT_FIELDS: [&str; 13] = [
    "title",
    "sentiment",
    "description",
    "channel",
    "presence",
    "owner",
    "control",
    "horizon",
    "frequency",
    "score",
    "painPoints",
    "delights",
    "hypotheses",
];
const MAP_FIELDS: [&str; 6] = [
    "title",
    "personas",
    "customerGoals",
    "businessGoals",
    "notes",
    "lastReview",
];

/// The changes that turn `old` into `new`, ordered: the map's own fields, then the lanes,
/// then stage by stage in the new map's order (a removed stage, and a removed card, under
/// its old stage, after the new map's stages), each stage's own changes before its cards'.
pub fn diff(old: &Map, new: &Map) -> Vec<Change> {
    let mut out: Vec<(Key, Change)> = Vec::new();
    let stage_rank = Ranks::new(
        new.stages.iter().map(|s| s.id.as_str()),
        old.stages.iter().map(|s| s.id.as_str()),
    );
    let lane_rank = Ranks::new(
        new.lanes.iter().map(|l| l.id.as_str()),
        old.lanes.iter().map(|l| l.id.as_str()),
    );

    for (field, from, to) in field_changes(
        &map_shell(old),
        &map_shell(new),
        &["stages", "lanes", "touchpoints"],
        &MAP_FIELDS,
    ) {
        out.push((Key::MAP, Change::MapChanged { field, from, to }));
    }

    // Lanes and stages: the same rules, on lists of entities with ids.
    let lane_changes = entity_changes(&old.lanes, &new.lanes, |l| &l.id, |l| &l.name);
    for (rank, change) in lane_changes.into_iter().map(|c| (lane_rank.of(c.id()), c)) {
        let change = match change {
            EntityChange::Added(index, lane) => Change::LaneAdded {
                id: lane.id.clone(),
                index,
                lane,
            },
            EntityChange::Removed(index, lane) => Change::LaneRemoved {
                id: lane.id.clone(),
                index,
                lane,
            },
            EntityChange::Renamed(id, from, to) => Change::LaneRenamed { id, from, to },
            EntityChange::Moved(id, name, from, to) => Change::LaneMoved { id, name, from, to },
            EntityChange::Changed(id, name, field, from, to) => Change::LaneChanged {
                id,
                name,
                field,
                from,
                to,
            },
        };
        out.push((
            Key {
                section: 1,
                rank,
                ..Key::MAP
            },
            change,
        ));
    }
    let stage_changes = entity_changes(&old.stages, &new.stages, |s| &s.id, |s| &s.name);
    for (rank, change) in stage_changes
        .into_iter()
        .map(|c| (stage_rank.of(c.id()), c))
    {
        let change = match change {
            EntityChange::Added(index, stage) => Change::StageAdded {
                id: stage.id.clone(),
                index,
                stage,
            },
            EntityChange::Removed(index, stage) => Change::StageRemoved {
                id: stage.id.clone(),
                index,
                stage,
            },
            EntityChange::Renamed(id, from, to) => Change::StageRenamed { id, from, to },
            EntityChange::Moved(id, name, from, to) => Change::StageMoved { id, name, from, to },
            EntityChange::Changed(id, name, field, from, to) => Change::StageChanged {
                id,
                name,
                field,
                from,
                to,
            },
        };
        out.push((
            Key {
                section: 2,
                rank,
                ..Key::MAP
            },
            change,
        ));
    }

    touchpoint_changes(old, new, &stage_rank, &lane_rank, &mut out);

    // Stable: the changes of one entity keep the order they were found in.
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out.into_iter().map(|(_, c)| c).collect()
}

/// Where a change is sorted: section (map, lanes, stages), the lane's or stage's rank, then
/// for cards their lane's rank, position and id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    section: u8,
    rank: usize,
    card: bool,
    lane: usize,
    index: usize,
    id: String,
}

impl Key {
    const MAP: Key = Key {
        section: 0,
        rank: 0,
        card: false,
        lane: 0,
        index: 0,
        id: String::new(),
    };
}

/// Ranks of ids: the new map's in its order, then those only the old map has, after them.
struct Ranks<'a>(HashMap<&'a str, usize>);

impl<'a> Ranks<'a> {
    fn new(new: impl Iterator<Item = &'a str>, old: impl Iterator<Item = &'a str>) -> Self {
        let mut ranks: HashMap<&str, usize> = HashMap::new();
        for id in new.chain(old) {
            let next = ranks.len();
            ranks.entry(id).or_insert(next);
        }
        Ranks(ranks)
    }

    fn of(&self, id: &str) -> usize {
        self.0.get(id).copied().unwrap_or(usize::MAX)
    }
}

enum EntityChange<T> {
    Added(usize, T),
    Removed(usize, T),
    Renamed(String, String, String),
    Moved(String, String, usize, usize),
    Changed(String, String, String, Option<Value>, Option<Value>),
}

impl<T: HasId> EntityChange<T> {
    fn id(&self) -> &str {
        match self {
            EntityChange::Added(_, t) | EntityChange::Removed(_, t) => t.id(),
            EntityChange::Renamed(id, ..)
            | EntityChange::Moved(id, ..)
            | EntityChange::Changed(id, ..) => id,
        }
    }
}

trait HasId {
    fn id(&self) -> &str;
}
impl HasId for Stage {
    fn id(&self) -> &str {
        &self.id
    }
}
impl HasId for Lane {
    fn id(&self) -> &str {
        &self.id
    }
}

/// Added, removed, renamed, moved and otherwise changed entities of one list (stages or
/// lanes). Only the fewest moves are reported: those outside the longest run of surviving
/// entities that kept their relative order, so one insertion moves nothing else.
fn entity_changes<T: Clone + Serialize + HasId>(
    old: &[T],
    new: &[T],
    id: fn(&T) -> &String,
    name: fn(&T) -> &String,
) -> Vec<EntityChange<T>> {
    let old_index: HashMap<&str, usize> = old
        .iter()
        .enumerate()
        .map(|(i, t)| (id(t).as_str(), i))
        .collect();
    let new_ids: HashSet<&str> = new.iter().map(|t| id(t).as_str()).collect();
    let mut out = Vec::new();
    for (i, t) in old.iter().enumerate() {
        if !new_ids.contains(id(t).as_str()) {
            out.push(EntityChange::Removed(i, t.clone()));
        }
    }
    let survivors: Vec<usize> = new
        .iter()
        .filter_map(|t| old_index.get(id(t).as_str()).copied())
        .collect();
    let kept = increasing_run(&survivors);
    for (i, t) in new.iter().enumerate() {
        let Some(&o) = old_index.get(id(t).as_str()) else {
            out.push(EntityChange::Added(i, t.clone()));
            continue;
        };
        let before = &old[o];
        if name(before) != name(t) {
            out.push(EntityChange::Renamed(
                id(t).clone(),
                name(before).clone(),
                name(t).clone(),
            ));
        }
        if !kept.contains(&o) {
            out.push(EntityChange::Moved(id(t).clone(), name(t).clone(), o, i));
        }
        for (field, from, to) in
            field_changes(&to_value(before), &to_value(t), &["id", "name"], &[])
        {
            out.push(EntityChange::Changed(
                id(t).clone(),
                name(t).clone(),
                field,
                from,
                to,
            ));
        }
    }
    out
}

/// The values of a longest strictly increasing subsequence of `seq` (distinct values):
/// the surviving entities that keep their order, the complement of the fewest moves.
/// O(n log n), so that a cell of thousands of cards is quick.
fn increasing_run(seq: &[usize]) -> HashSet<usize> {
    // tails[k]: index in seq of the smallest tail of an increasing run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; seq.len()];
    for (i, &v) in seq.iter().enumerate() {
        let k = tails.partition_point(|&t| seq[t] < v);
        prev[i] = k.checked_sub(1).map(|k| tails[k]);
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut kept = HashSet::new();
    let mut at = tails.last().copied();
    while let Some(i) = at {
        kept.insert(seq[i]);
        at = prev[i];
    }
    kept
}

fn to_value<T: Serialize>(t: &T) -> Value {
    // Our model types always serialise: every key is a string.
    serde_json::to_value(t).unwrap_or(Value::Null)
}

/// The map without its stages, lanes and cards: its own fields, as JSON.
fn map_shell(map: &Map) -> Value {
    // Serialised whole and then stripped would clone every card; field by field, only the
    // map's own fields are copied. The pattern names every field, so that a field added to
    // the map cannot be forgotten here.
    let Map {
        format,
        version,
        id,
        title,
        stages: _,
        lanes: _,
        touchpoints: _,
        personas,
        customer_goals,
        business_goals,
        notes,
        last_review,
        metric_definitions,
        criteria,
        extra,
    } = map;
    let shell = Map {
        format: format.clone(),
        version: version.clone(),
        id: id.clone(),
        title: title.clone(),
        stages: Vec::new(),
        lanes: Vec::new(),
        touchpoints: Vec::new(),
        personas: personas.clone(),
        customer_goals: customer_goals.clone(),
        business_goals: business_goals.clone(),
        notes: notes.clone(),
        last_review: last_review.clone(),
        metric_definitions: metric_definitions.clone(),
        criteria: criteria.clone(),
        extra: extra.clone(),
    };
    to_value(&shell)
}

/// The fields of two JSON objects that differ, but those in `skip`: `order` first, in
/// that order, then the others sorted by name.
fn field_changes(
    old: &Value,
    new: &Value,
    skip: &[&str],
    order: &[&str],
) -> Vec<(String, Option<Value>, Option<Value>)> {
    let empty = serde_json::Map::new();
    let (old, new) = (
        old.as_object().unwrap_or(&empty),
        new.as_object().unwrap_or(&empty),
    );
    let mut others: Vec<&String> = old
        .keys()
        .chain(new.keys())
        .filter(|k| !skip.contains(&k.as_str()) && !order.contains(&k.as_str()))
        .collect();
    others.sort();
    others.dedup();
    order
        .iter()
        .copied()
        .chain(others.into_iter().map(String::as_str))
        .filter(|k| !skip.contains(k) && old.get(*k) != new.get(*k))
        .map(|k| (k.to_owned(), old.get(k).cloned(), new.get(k).cloned()))
        .collect()
}

/// A card's cell: its stage and lane ids.
type Cell<'a> = (&'a str, &'a str);

/// Each cell's cards, in order.
type Cells<'a> = HashMap<Cell<'a>, Vec<&'a Touchpoint>>;
/// Where each card is, by id: its cell and its index there.
type Places<'a> = HashMap<&'a str, (Cell<'a>, usize)>;

fn cells(map: &Map) -> (Cells<'_>, Places<'_>) {
    let mut cells: HashMap<Cell, Vec<&Touchpoint>> = HashMap::new();
    let mut at = HashMap::new();
    for t in &map.touchpoints {
        let cell = (t.stage.as_str(), t.lane.as_str());
        let list = cells.entry(cell).or_default();
        at.insert(t.id.as_str(), (cell, list.len()));
        list.push(t);
    }
    (cells, at)
}

fn place(map: &Map, cells: &Cells, cell: Cell, index: usize) -> Place {
    let stage_name = map
        .stages
        .iter()
        .find(|s| s.id == cell.0)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let lane_name = map
        .lanes
        .iter()
        .find(|l| l.id == cell.1)
        .map(|l| l.name.clone())
        .unwrap_or_default();
    let after = index
        .checked_sub(1)
        .and_then(|i| cells.get(&cell)?.get(i))
        .map(|t| t.id.clone());
    Place {
        stage: cell.0.to_owned(),
        stage_name,
        lane: cell.1.to_owned(),
        lane_name,
        index,
        after,
    }
}

fn touchpoint_changes(
    old: &Map,
    new: &Map,
    stage_rank: &Ranks,
    lane_rank: &Ranks,
    out: &mut Vec<(Key, Change)>,
) {
    let (old_cells, old_at) = cells(old);
    let (new_cells, new_at) = cells(new);
    let key = |cell: Cell, index: usize, id: &str| Key {
        section: 2,
        rank: stage_rank.of(cell.0),
        card: true,
        lane: lane_rank.of(cell.1),
        index,
        id: id.to_owned(),
    };

    // Cards that stayed in their cell but are not in the longest run that kept its order.
    let mut moved_within: HashSet<&str> = HashSet::new();
    for (cell, cards) in &new_cells {
        let stayers: Vec<usize> = cards
            .iter()
            .filter_map(|t| {
                old_at
                    .get(t.id.as_str())
                    .filter(|(c, _)| c == cell)
                    .map(|(_, i)| *i)
            })
            .collect();
        let Some(old_cards) = old_cells.get(cell) else {
            continue;
        };
        let kept = increasing_run(&stayers);
        moved_within.extend(
            stayers
                .iter()
                .filter(|i| !kept.contains(i))
                .map(|&i| old_cards[i].id.as_str()),
        );
    }

    for t in &old.touchpoints {
        if !new_at.contains_key(t.id.as_str()) {
            let (cell, index) = old_at[t.id.as_str()];
            let from = place(old, &old_cells, cell, index);
            out.push((
                key(cell, index, &t.id),
                Change::TouchpointRemoved {
                    id: t.id.clone(),
                    from,
                    touchpoint: t.clone(),
                },
            ));
        }
    }
    for t in &new.touchpoints {
        let (cell, index) = new_at[t.id.as_str()];
        let k = key(cell, index, &t.id);
        let Some(&(old_cell, old_index)) = old_at.get(t.id.as_str()) else {
            let to = place(new, &new_cells, cell, index);
            out.push((
                k,
                Change::TouchpointAdded {
                    id: t.id.clone(),
                    to,
                    touchpoint: t.clone(),
                },
            ));
            continue;
        };
        if old_cell != cell || moved_within.contains(t.id.as_str()) {
            let from = place(old, &old_cells, old_cell, old_index);
            let to = place(new, &new_cells, cell, index);
            out.push((
                k.clone(),
                Change::TouchpointMoved {
                    id: t.id.clone(),
                    title: t.title.clone(),
                    from,
                    to,
                },
            ));
        }
        let before = old_cells[&old_cell][old_index];
        if before == t {
            continue;
        }
        if before.title != t.title {
            let change = Change::TouchpointRenamed {
                id: t.id.clone(),
                from: before.title.clone(),
                to: t.title.clone(),
            };
            out.push((k.clone(), change));
        }
        if before.sentiment != t.sentiment {
            let change = Change::TouchpointSentimentChanged {
                id: t.id.clone(),
                title: t.title.clone(),
                from: before.sentiment,
                to: t.sentiment,
            };
            out.push((k.clone(), change));
        }
        let skip = ["id", "stage", "lane", "title", "sentiment"];
        for (field, from, to) in
            field_changes(&to_value(before), &to_value(t), &skip, &TOUCHPOINT_FIELDS)
        {
            out.push((
                k.clone(),
                Change::TouchpointChanged {
                    id: t.id.clone(),
                    title: t.title.clone(),
                    field,
                    from,
                    to,
                },
            ));
        }
    }
}

/// The changes (in [`diff`]'s order) grouped under what a reader sees them under: the map,
/// its lanes, then each stage, new or removed. A card's changes are under its stage in the
/// new map, a removed card's under its stage in the old one.
pub fn sections<'c>(
    old: &Map,
    new: &Map,
    changes: &'c [Change],
) -> Vec<(Section, Vec<&'c Change>)> {
    // By id, the new map's first: a card's or stage's place and name as the new map has
    // them, the old map's for what it alone has. Looked up once per change.
    let mut card_stage: HashMap<&str, &str> = HashMap::new();
    for t in new.touchpoints.iter().chain(&old.touchpoints) {
        card_stage.entry(t.id.as_str()).or_insert(t.stage.as_str());
    }
    let mut stage_name: HashMap<&str, &str> = HashMap::new();
    for st in new.stages.iter().chain(&old.stages) {
        stage_name.entry(st.id.as_str()).or_insert(st.name.as_str());
    }
    let stage_of_card = |id: &str| card_stage.get(id).copied().unwrap_or_default().to_owned();
    let stage_section = |id: &str| Section::Stage {
        id: id.to_owned(),
        name: stage_name.get(id).copied().unwrap_or_default().to_owned(),
    };
    let mut out: Vec<(Section, Vec<&Change>)> = Vec::new();
    for change in changes {
        let section = match change {
            Change::MapChanged { .. } => Section::Map,
            Change::LaneAdded { .. }
            | Change::LaneRemoved { .. }
            | Change::LaneRenamed { .. }
            | Change::LaneMoved { .. }
            | Change::LaneChanged { .. } => Section::Lanes,
            Change::StageAdded { id, .. }
            | Change::StageRemoved { id, .. }
            | Change::StageRenamed { id, .. }
            | Change::StageMoved { id, .. }
            | Change::StageChanged { id, .. } => stage_section(id),
            Change::TouchpointAdded { to, .. } | Change::TouchpointMoved { to, .. } => {
                stage_section(&to.stage)
            }
            Change::TouchpointRemoved { from, .. } => stage_section(&from.stage),
            Change::TouchpointRenamed { id, .. }
            | Change::TouchpointSentimentChanged { id, .. }
            | Change::TouchpointChanged { id, .. } => stage_section(&stage_of_card(id)),
        };
        match out.last_mut() {
            Some((last, list)) if *last == section => list.push(change),
            _ => out.push((section, vec![change])),
        }
    }
    out
}

#[cfg(test)]
mod tests;
