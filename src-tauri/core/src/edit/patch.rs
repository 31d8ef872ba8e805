use serde::Serialize;

use crate::model::{Criterion, Lane, Map, MetricDefinition, Persona, Stage, Touchpoint};

/// One change to the UI's mirror of the map. A patch is applied in order.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(tag = "op", rename_all = "camelCase")]
pub enum PatchOp {
    MapTitle { title: String },
    /// Insert the stage, or replace it and move it to `index` in the stage order.
    StageUpsert { stage: Stage, index: usize },
    StageRemove { id: String },
    /// Insert the touchpoint, or replace it; `index` is its place among its stage's cards.
    TouchpointUpsert { touchpoint: Touchpoint, index: usize },
    TouchpointRemove { id: String },
    /// Insert the lane, or replace it and move it to `index` in the lane order.
    LaneUpsert { lane: Lane, index: usize },
    LaneRemove { id: String },
    /// The map's details, all of them: they are small.
    MapDetails { details: MapDetails },
}

/// Everything about the map besides its grid.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MapDetails {
    pub personas: Vec<Persona>,
    pub customer_goals: Vec<String>,
    pub business_goals: Vec<String>,
    pub notes: String,
    pub last_review: Option<String>,
    pub metric_definitions: Vec<MetricDefinition>,
    pub criteria: Vec<Criterion>,
}

impl MapDetails {
    pub fn of(map: &Map) -> Self {
        MapDetails {
            personas: map.personas.clone(),
            customer_goals: map.customer_goals.clone(),
            business_goals: map.business_goals.clone(),
            notes: map.notes.clone(),
            last_review: map.last_review.clone(),
            metric_definitions: map.metric_definitions.clone(),
            criteria: map.criteria.clone(),
        }
    }
}

/// The patch that turns the mirror of `old` into the mirror of `new`, sized by what differs:
/// a whole column of cards is resent only where that column changed. Ops come in an order
/// the mirror can apply: stages and lanes first (so that cards find their cell), the cards
/// that are gone, the columns that changed (each card upserted at its place, first to last,
/// which rebuilds the column whatever was there), then the stages and lanes that are gone.
pub fn patch_between(old: &Map, new: &Map) -> Vec<PatchOp> {
    let mut patch = Vec::new();
    if old.title != new.title {
        patch.push(PatchOp::MapTitle { title: new.title.clone() });
    }
    let details = MapDetails::of(new);
    if MapDetails::of(old) != details {
        patch.push(PatchOp::MapDetails { details });
    }
    // Stages and lanes are few: all of them, in order, when any changed (each upsert at its
    // index leaves the ones before it right, and those gone are removed last).
    if old.stages != new.stages {
        for (index, stage) in new.stages.iter().enumerate() {
            patch.push(PatchOp::StageUpsert { stage: stage.clone(), index });
        }
    }
    if old.lanes != new.lanes {
        for (index, lane) in new.lanes.iter().enumerate() {
            patch.push(PatchOp::LaneUpsert { lane: lane.clone(), index });
        }
    }

    fn columns(map: &Map) -> std::collections::HashMap<&str, Vec<&Touchpoint>> {
        let mut out: std::collections::HashMap<&str, Vec<&Touchpoint>> = std::collections::HashMap::new();
        for t in &map.touchpoints {
            out.entry(t.stage.as_str()).or_default().push(t);
        }
        out
    }
    let (before, after) = (columns(old), columns(new));
    let kept: std::collections::HashSet<&str> = new.touchpoints.iter().map(|t| t.id.as_str()).collect();
    for t in &old.touchpoints {
        if !kept.contains(t.id.as_str()) {
            patch.push(PatchOp::TouchpointRemove { id: t.id.clone() });
        }
    }
    // In the new stage order, so that the patch reads like the board.
    let mut stage_ids: Vec<&str> = new.stages.iter().map(|s| s.id.as_str()).collect();
    for t in &new.touchpoints {
        if !stage_ids.contains(&t.stage.as_str()) {
            stage_ids.push(t.stage.as_str());
        }
    }
    for stage in stage_ids {
        let Some(cards) = after.get(stage) else { continue };
        if before.get(stage) == Some(cards) {
            continue;
        }
        for (index, card) in cards.iter().enumerate() {
            patch.push(PatchOp::TouchpointUpsert { touchpoint: (*card).clone(), index });
        }
    }

    let has_stage: std::collections::HashSet<&str> = new.stages.iter().map(|s| s.id.as_str()).collect();
    for stage in &old.stages {
        if !has_stage.contains(stage.id.as_str()) {
            patch.push(PatchOp::StageRemove { id: stage.id.clone() });
        }
    }
    let has_lane: std::collections::HashSet<&str> = new.lanes.iter().map(|l| l.id.as_str()).collect();
    for lane in &old.lanes {
        if !has_lane.contains(lane.id.as_str()) {
            patch.push(PatchOp::LaneRemove { id: lane.id.clone() });
        }
    }
    patch
}
