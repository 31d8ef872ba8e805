//! Edits as data: what the UI (or a script) asks for, applied by the core, each giving
//! back its inverse for undo and a patch sized by the change for the UI's mirror.

mod apply;
mod history;
mod patch;

pub use apply::{apply, Applied, EditError};
pub use history::History;
pub use patch::{MapDetails, PatchOp};

use serde::{Deserialize, Serialize};

use crate::model::{
    Channel, Control, Frequency, Horizon, Hypothesis, Lane, Persona, Presence, Sentiment, Stage, Touchpoint,
};

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
    /// `lane`: where the card goes when the map has lanes; the first lane when `None`.
    /// `channel`: the card's channel from the start (a card from the touchpoint library),
    /// so that adding it is one undo step.
    AddTouchpoint {
        stage: String,
        index: usize,
        title: String,
        sentiment: Sentiment,
        #[serde(default)]
        lane: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        channel: Option<Channel>,
    },
    RenameTouchpoint { id: String, title: String },
    SetSentiment { id: String, sentiment: Sentiment },
    /// `index` is the card's place among `to_stage`'s cards (of every lane) once it has
    /// been taken out; `lane`, when given, is the lane it moves to.
    MoveTouchpoint {
        id: String,
        to_stage: String,
        index: usize,
        #[serde(default)]
        lane: Option<String>,
    },
    /// Sets one of the touchpoint's details (description, channel, owner, score...).
    SetTouchpointField { id: String, field: TouchpointField },
    /// Sets one of the map's details (personas, goals, notes, last review).
    SetMapField { field: MapField },
    AddLane { index: usize, name: String },
    RenameLane { id: String, name: String },
    /// `index` is the lane's place in the list once it has been taken out.
    MoveLane { id: String, index: usize },
    /// Deletes the lane; its cards move to the lane that takes its place (or the one
    /// before it). Deleting the last lane leaves a map without lanes, cards kept.
    DeleteLane { id: String },
    /// Puts back a lane (the inverse of a delete). The first lane of a map takes in
    /// every card.
    InsertLane { lane: Lane, index: usize },
    DeleteTouchpoint { id: String },
    /// Puts back a whole stage with all its fields (the inverse of a delete).
    InsertStage { stage: Stage, index: usize },
    /// Puts back a whole touchpoint with all its fields (the inverse of a delete);
    /// `index` is its place among its stage's cards.
    InsertTouchpoint { touchpoint: Touchpoint, index: usize },
    /// Several edits that undo and redo as one.
    Batch { edits: Vec<Edit> },
}

/// A touchpoint detail and its new value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "field", content = "value", rename_all = "camelCase")]
pub enum TouchpointField {
    Description(String),
    Channel(Option<Channel>),
    Presence(Option<Presence>),
    Owner(String),
    Control(Option<Control>),
    Horizon(Option<Horizon>),
    Frequency(Option<Frequency>),
    /// 1 to 5, or none.
    Score(Option<u8>),
    PainPoints(Vec<String>),
    Delights(Vec<String>),
    Hypotheses(Vec<Hypothesis>),
}

/// A map detail and its new value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "field", content = "value", rename_all = "camelCase")]
pub enum MapField {
    Personas(Vec<Persona>),
    CustomerGoals(Vec<String>),
    BusinessGoals(Vec<String>),
    Notes(String),
    /// `YYYY-MM-DD`, or none.
    LastReview(Option<String>),
}

#[cfg(test)]
mod tests;
