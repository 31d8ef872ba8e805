//! The map as pure data: stages, touchpoints and their sentiment. No I/O here.

mod details;
mod generate;
mod ids;
mod metrics;
mod sample;
mod summary;
mod templates;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub use details::{
    valid_date, valid_score, Channel, Control, Frequency, Horizon, Hypothesis, HypothesisStatus, Lane, Persona,
    Presence,
};
pub use generate::{generate, generate_with_lanes};
pub use ids::new_id;
pub use metrics::{
    criterion_preset, mean_rating, on_target, same_metric_name, Aggregate, Better, Criterion, Feedback, Metric,
    MetricDefinition, MetricPreset, MetricRule, CRITERION_PRESETS, METRIC_PRESETS,
};
#[cfg(target_arch = "wasm32")]
pub use ids::seed_ids;
pub use sample::{empty_map, sample_map, SAMPLE_JSON};
pub use summary::{
    heat_step, level, presets, BoardMeasure, CriterionSummary, Measures, MetricSummary, NamedPreset, Presets, Reading,
    ShownMeasure, StageSum, UnknownMeasure, HEAT_STEPS, RATING_HIGH, RATING_LOW,
};
pub use templates::{from_template, library, library_kinds_for, templates, LibraryItem, LibrarySection, Template};

/// Fields this version does not know, kept verbatim so that a file written by a newer
/// app (or by a script) loses nothing when we save it again.
pub type Extra = BTreeMap<String, Value>;

/// How [`Extra`] crosses to the UI: as fields it does not know and keeps untouched, typed
/// `unknown` rather than as JSON values the UI could be tempted to read.
pub(crate) type ExtraFields = BTreeMap<String, specta_typescript::Unknown>;

/// The value of the `format` field that marks a file as a journey map.
pub const FORMAT_NAME: &str = "journey-map";
// The types below are the format's current version: a map made here says so, and the
// loader in `format` migrates older files up to it. The version is kept with the types it
// describes so that the model needs nothing from `format`, which reads and writes them
// (`format` re-exports these names).
/// The newest version this build writes: a map that uses metrics, ratings, feedback or
/// criteria says it (see [`Map::fitting_version`]).
pub const CURRENT_VERSION: &str = "1.2";
/// The version a map that uses nothing of 1.2 says, so that it opens in a 1.1 app
/// without a note: such an app would lose nothing of it.
pub const BASE_VERSION: &str = "1.1";
/// The major version this build reads; a file with a larger major is refused.
pub const CURRENT_MAJOR: u64 = 1;
pub const CURRENT_MINOR: u64 = 2;

/// The minor number of a version `"MAJOR.MINOR"`.
fn parse_minor(version: &str) -> Option<u64> {
    version.split_once('.')?.1.parse().ok()
}

/// A customer journey map: the stages, left to right, and the touchpoints inside them.
///
/// The order of `touchpoints` is the order of the cards within each stage; touchpoints of
/// different stages may interleave in the array.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
#[schemars(title = "Journey map")]
pub struct Map {
    /// Always `"journey-map"`.
    #[schemars(extend("const" = "journey-map"))]
    pub format: String,
    /// The format version, `"MAJOR.MINOR"`. Readers open any minor version of the major
    /// they know, keeping the fields they do not know.
    #[schemars(regex(pattern = r"^[0-9]+\.[0-9]+$"))]
    pub version: String,
    /// Stable id of the map, kept across saves. Given one on load when missing.
    #[serde(default)]
    pub id: String,
    /// The map's title, shown above the grid.
    #[serde(default)]
    pub title: String,
    /// Stages, left to right.
    #[serde(default)]
    pub stages: Vec<Stage>,
    /// Rows across the stages (since 1.1). With no lanes, the map is one row.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lanes: Vec<Lane>,
    /// Touchpoints; each names its stage (and lane) by id.
    #[serde(default)]
    pub touchpoints: Vec<Touchpoint>,
    /// Personas or segments the map is about (since 1.1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Persona>,
    /// What the customer wants to achieve (since 1.1).
    #[serde(default, rename = "customerGoals", skip_serializing_if = "Vec::is_empty")]
    pub customer_goals: Vec<String>,
    /// What the business wants from the journey (since 1.1).
    #[serde(default, rename = "businessGoals", skip_serializing_if = "Vec::is_empty")]
    pub business_goals: Vec<String>,
    /// Free notes about the map (since 1.1).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// When the team last reviewed the map, `YYYY-MM-DD` (since 1.1).
    #[serde(default, rename = "lastReview", skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub last_review: Option<String>,
    /// The metrics the map's cards are measured by: names, units, scales, targets (since 1.2).
    #[serde(default, rename = "metricDefinitions", skip_serializing_if = "Vec::is_empty")]
    pub metric_definitions: Vec<MetricDefinition>,
    /// The criteria each card is rated on, 1 to 5 (since 1.2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub criteria: Vec<Criterion>,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = ExtraFields)]
    pub extra: Extra,
}

/// A phase of the journey: a column of the map.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
pub struct Stage {
    /// Stable id, unique among the map's stages. Given a new one on load when missing,
    /// empty or already used.
    #[serde(default)]
    pub id: String,
    /// The name shown in the column header.
    #[serde(default)]
    pub name: String,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = ExtraFields)]
    pub extra: Extra,
}

/// A moment where the customer meets the brand: a card in a stage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema, specta::Type)]
pub struct Touchpoint {
    /// Stable id, unique among the map's touchpoints. Given a new one on load when
    /// missing, empty or already used.
    #[serde(default)]
    pub id: String,
    /// The id of the stage the touchpoint belongs to.
    #[serde(default)]
    pub stage: String,
    /// The id of its lane; empty when the map has no lanes (since 1.1).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lane: String,
    /// The card's title.
    #[serde(default)]
    pub title: String,
    /// How the customer feels at this touchpoint.
    #[serde(default)]
    pub sentiment: Sentiment,
    /// Since 1.1, like every field below.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// Online or offline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence: Option<Presence>,
    /// The team that owns the touchpoint.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Controlled by the brand or by a third party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control: Option<Control>,
    /// Short- or long-term.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<Horizon>,
    /// One-off or recurring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
    /// How well the touchpoint works, 1 to 5.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 5))]
    pub score: Option<u8>,
    #[serde(default, rename = "painPoints", skip_serializing_if = "Vec::is_empty")]
    pub pain_points: Vec<String>,
    /// Moments of delight.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub delights: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hypotheses: Vec<Hypothesis>,
    /// Measured values (since 1.2, like the two fields below).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metrics: Vec<Metric>,
    /// The card's rating, 1 to 5, on each of the map's criteria, by criterion id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    #[schemars(extend("additionalProperties" = {"type": "integer", "minimum": 1, "maximum": 5}))]
    pub ratings: BTreeMap<String, u8>,
    /// Verbatim customer quotes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<Feedback>,
    #[serde(flatten)]
    #[schemars(skip)]
    #[specta(type = ExtraFields)]
    pub extra: Extra,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Sentiment {
    Positive,
    #[default]
    Neutral,
    Negative,
}

impl Sentiment {
    pub const ALL: [Sentiment; 3] = [Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative];

    /// Reads a sentiment leniently, as people type it: any case, surrounding spaces.
    pub fn parse_lenient(s: &str) -> Option<Sentiment> {
        let s = s.trim();
        Sentiment::ALL.into_iter().find(|v| v.as_str().eq_ignore_ascii_case(s))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Sentiment::Positive => "positive",
            Sentiment::Neutral => "neutral",
            Sentiment::Negative => "negative",
        }
    }
}

/// What another window needs to draw this map's emotion curve beside its own: the
/// comparison of two maps side by side.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct CurveSummary {
    pub title: String,
    pub stages: Vec<String>,
    pub curve: Vec<Option<f32>>,
}

impl CurveSummary {
    pub fn of(map: &Map) -> Self {
        CurveSummary {
            title: map.title.clone(),
            stages: map.stages.iter().map(|s| s.name.clone()).collect(),
            curve: map.emotion_curve(),
        }
    }
}

impl Map {
    /// An empty map in the current format version.
    pub fn new(title: impl Into<String>) -> Self {
        Map {
            format: FORMAT_NAME.to_owned(),
            version: BASE_VERSION.to_owned(),
            id: new_id("map"),
            title: title.into(),
            stages: Vec::new(),
            lanes: Vec::new(),
            touchpoints: Vec::new(),
            personas: Vec::new(),
            customer_goals: Vec::new(),
            business_goals: Vec::new(),
            notes: String::new(),
            last_review: None,
            metric_definitions: Vec::new(),
            criteria: Vec::new(),
            extra: Extra::new(),
        }
    }

    pub fn stage_index(&self, id: &str) -> Option<usize> {
        self.stages.iter().position(|s| s.id == id)
    }

    pub fn touchpoint_index(&self, id: &str) -> Option<usize> {
        self.touchpoints.iter().position(|t| t.id == id)
    }

    /// Indices into `touchpoints` of the cards of one stage, in card order.
    pub fn cards_of(&self, stage: &str) -> Vec<usize> {
        self.touchpoints
            .iter()
            .enumerate()
            .filter(|(_, t)| t.stage == stage)
            .map(|(i, _)| i)
            .collect()
    }

    /// The position of a touchpoint among the cards of its stage.
    pub fn card_position(&self, id: &str) -> Option<usize> {
        let tp = self.touchpoints.iter().find(|t| t.id == id)?;
        self.touchpoints
            .iter()
            .filter(|t| t.stage == tp.stage)
            .position(|t| t.id == id)
    }

    /// The emotion curve: for each stage, the mean of its cards' sentiments (positive 1,
    /// neutral 0, negative −1), or `None` for a stage with no cards. The UI draws the same
    /// curve from the same rule (ui/src/lib/curve.ts).
    pub fn emotion_curve(&self) -> Vec<Option<f32>> {
        let mut sums = vec![(0i64, 0usize); self.stages.len()];
        let index: std::collections::HashMap<&str, usize> =
            self.stages.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
        for t in &self.touchpoints {
            if let Some(&i) = index.get(t.stage.as_str()) {
                sums[i].0 += match t.sentiment {
                    Sentiment::Positive => 1,
                    Sentiment::Neutral => 0,
                    Sentiment::Negative => -1,
                };
                sums[i].1 += 1;
            }
        }
        sums.into_iter().map(|(sum, n)| (n > 0).then(|| sum as f32 / n as f32)).collect()
    }

    pub fn lane_index(&self, id: &str) -> Option<usize> {
        self.lanes.iter().position(|l| l.id == id)
    }

    /// An id of the given kind that no stage, lane or touchpoint of this map uses.
    pub fn fresh_id(&self, prefix: &str) -> String {
        loop {
            let id = new_id(prefix);
            let taken = self.stages.iter().any(|s| s.id == id)
                || self.lanes.iter().any(|l| l.id == id)
                || self.touchpoints.iter().any(|t| t.id == id);
            if !taken {
                return id;
            }
        }
    }
}
