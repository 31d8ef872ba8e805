//! Edits as data: what the UI (or a script) asks for, applied by the core, each giving
//! back its inverse for undo and a patch sized by the change for the UI's mirror.

mod apply;
mod history;
mod patch;

pub use apply::{apply, Applied, EditError};
pub use history::History;
pub use patch::PatchOp;

use serde::{Deserialize, Serialize};

use crate::model::{Sentiment, Stage, Touchpoint};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all_fields = "camelCase")]
pub enum Edit {
    SetMapTitle { title: String },
    AddStage { index: usize, name: String },
    RenameStage { id: String, name: String },
    /// `index` is the stage's place in the list once it has been taken out.
    MoveStage { id: String, index: usize },
    /// Deletes the stage and the touchpoints in it.
    DeleteStage { id: String },
    AddTouchpoint { stage: String, index: usize, title: String, sentiment: Sentiment },
    RenameTouchpoint { id: String, title: String },
    SetSentiment { id: String, sentiment: Sentiment },
    /// `index` is the card's place among `to_stage`'s cards once it has been taken out.
    MoveTouchpoint { id: String, to_stage: String, index: usize },
    DeleteTouchpoint { id: String },
    /// Puts back a whole stage with all its fields (the inverse of a delete).
    InsertStage { stage: Stage, index: usize },
    /// Puts back a whole touchpoint with all its fields (the inverse of a delete);
    /// `index` is its place among its stage's cards.
    InsertTouchpoint { touchpoint: Touchpoint, index: usize },
    /// Several edits that undo and redo as one.
    Batch { edits: Vec<Edit> },
}

#[cfg(test)]
mod tests;
