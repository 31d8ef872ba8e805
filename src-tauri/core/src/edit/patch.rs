use serde::Serialize;

use crate::model::{Lane, Map, Persona, Stage, Touchpoint};

/// One change to the UI's mirror of the map. A patch is applied in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MapDetails {
    pub personas: Vec<Persona>,
    pub customer_goals: Vec<String>,
    pub business_goals: Vec<String>,
    pub notes: String,
    pub last_review: Option<String>,
}

impl MapDetails {
    pub fn of(map: &Map) -> Self {
        MapDetails {
            personas: map.personas.clone(),
            customer_goals: map.customer_goals.clone(),
            business_goals: map.business_goals.clone(),
            notes: map.notes.clone(),
            last_review: map.last_review.clone(),
        }
    }
}
