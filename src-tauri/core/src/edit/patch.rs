use serde::Serialize;

use crate::model::{Stage, Touchpoint};

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
}
