//! Edits as data: what the UI (or a script) asks for, applied by the core, each giving
//! back its inverse for undo and a patch sized by the change for the UI's mirror.

mod apply;
mod history;
mod patch;

pub use apply::{apply, set_metric_at, Applied, EditError};
pub use history::History;
pub use patch::{patch_between, MapDetails, PatchOp};

use serde::{Deserialize, Serialize};

use crate::model::{
    Channel, Control, Criterion, Feedback, Frequency, Horizon, Hypothesis, Lane, Metric, MetricDefinition, Persona,
    Presence, Sentiment, Stage, Touchpoint,
};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
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
    /// Sets the card's metric of `metric.name` (any case) in its place, or adds it last.
    SetMetric { id: String, metric: Metric },
    /// Takes the card's metric called `name` (any case) off it.
    RemoveMetric { id: String, name: String },
    /// Rates the card 1 to 5 on one of the map's criteria; `None` takes the rating off.
    SetRating { id: String, criterion: String, rating: Option<u8> },
    /// `index`: the quote's place among the card's feedback (at the end when past it).
    AddFeedback { id: String, index: usize, feedback: Feedback },
    EditFeedback { id: String, index: usize, feedback: Feedback },
    RemoveFeedback { id: String, index: usize },
    /// Takes a criterion off the map and the cards' ratings on it, as one step.
    RemoveCriterion { id: String },
    /// Several edits that undo and redo as one.
    Batch { edits: Vec<Edit> },
    /// The whole map at once: a merge taking the other copy's changes, a conflict resolved.
    /// Its inverse is the map before; its patch holds only what differs.
    ReplaceMap { map: Box<crate::model::Map> },
}

/// A touchpoint detail and its new value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
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
    /// One per name; values finite, dates `YYYY-MM-DD`.
    Metrics(Vec<Metric>),
    /// Criterion id → 1 to 5, on criteria the map defines.
    Ratings(std::collections::BTreeMap<String, u8>),
    Feedback(Vec<Feedback>),
}

/// A map detail and its new value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(tag = "field", content = "value", rename_all = "camelCase")]
pub enum MapField {
    Personas(Vec<Persona>),
    CustomerGoals(Vec<String>),
    BusinessGoals(Vec<String>),
    Notes(String),
    /// `YYYY-MM-DD`, or none.
    LastReview(Option<String>),
    /// One per name.
    MetricDefinitions(Vec<MetricDefinition>),
    /// Ids unique and non-empty; a criterion some card is rated on stays (see
    /// [`Edit::RemoveCriterion`]).
    Criteria(Vec<Criterion>),
}

// The diff's tests make their random edits with these tests' generator.
#[cfg(test)]
pub(crate) mod tests;
