//! The file format: reading (with limits, checks and clear errors), canonical writing,
//! atomic saving and the JSON Schema. See FORMAT.md in this crate for the format itself.

mod conflict;
mod embedded;
mod error;
mod header;
pub(crate) mod lenient;
mod load;
mod repair;
mod save;
pub mod schema;
mod stamp;

pub use conflict::{split_conflict, ConflictSides, ConflictedMaps};
#[cfg(feature = "export")]
pub use embedded::{embedded_map, png_text_chunk, Embedded};
pub use embedded::{svg_metadata_text, MAP_CHUNK, MAP_METADATA_ID};
pub use error::{FileError, LoadError, SaveError};
pub use load::{file_text, load_file, parse, MAX_FILE_BYTES};
pub use repair::UNSORTED_STAGE;
pub use stamp::FileStamp;

/// The top-level field in which a merge records its conflicts (FORMAT.md, "Merging two
/// copies of a map"). An unknown field to the model, kept as such, so that the format
/// needs no new version: older versions keep it too.
pub const CONFLICTS_FIELD: &str = "conflicts";

use crate::language::Language;
use crate::messages::{text, Localize};
use crate::model::Map;

/// A map as read from a file, with what the reader had to say about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub map: Map,
    pub notes: Vec<Note>,
}

impl Loaded {
    /// True when the map differs from the file: saving would change the file's content
    /// beyond its layout.
    pub fn was_repaired(&self) -> bool {
        self.notes.iter().any(|n| matches!(n, Note::Repaired { .. } | Note::FromConflictMarkers { .. }))
    }

    /// True when the map was read out of an exported PNG or SVG.
    pub fn from_image(&self) -> bool {
        self.notes.iter().any(|n| matches!(n, Note::FromImage { .. }))
    }
}

/// Something the user should know about a map that opened. `Display` gives the English
/// sentence; [`crate::messages::Localize`] gives it in any language of the app.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub enum Note {
    NewerMinor { version: String },
    /// A value the reader changed, at `path` in the file (`touchpoints[2].sentiment`).
    Repaired { path: String, repair: Repair },
    /// The map came out of an exported picture; saving writes a map file elsewhere,
    /// never over the picture.
    FromImage { image: &'static str },
    /// The map came out of a merge with `count` conflicts, recorded in its `conflicts`
    /// field; it opens as it is (our side's values), the conflicts wait to be resolved.
    Conflicts { count: usize },
    /// The file had git's conflict markers in `blocks` places: the map is the merge of the
    /// versions they hold, with the common ancestor taken from `base`.
    FromConflictMarkers { blocks: usize, base: MarkerBase },
}

/// Where the merge of a file with conflict markers took the common ancestor from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerBase {
    /// The file itself holds it (git's diff3 style).
    File,
    /// The repository: the version git's merge started from.
    Git,
    /// None was found: every difference is a choice.
    None,
}

impl Note {
    pub fn repaired(path: String, repair: Repair) -> Note {
        Note::Repaired { path, repair }
    }
}

/// What the reader repaired, with the values concerned, so that the note can be said in
/// any language. `found` is the value as the file has it, shortened, written as in JSON
/// (a text keeps its quotes); ids and names are the file's own. None of them is translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repair {
    NotADate { found: String },
    /// Not one of `choices` (the format's names, comma-separated); set to `fallback`, or
    /// left empty when there is none.
    NotOneOf { found: String, choices: String, fallback: Option<String> },
    NotASentiment { found: String },
    NotAScore { found: String },
    NotText { found: String },
    NotATextList { found: String },
    NotAHypothesisList { found: String },
    NotAHypothesis { found: String },
    MissingId { entity: Entity, given: String },
    DuplicateId { entity: Entity, id: String, given: String },
    /// A card without a stage was put in the new stage `stage`.
    NoStage { stage: String },
    /// A card naming the stage `missing` was put in the new stage `stage`.
    UnknownStage { missing: String, stage: String },
    NoLanes { lane: String },
    /// A card naming the lane `missing` was put in the first lane, named `first`.
    UnknownLane { missing: String, first: String },
    // Format 1.2: `card` is the card's title, as the file has it.
    /// `metrics` was not a list; removed.
    NotAMetricList { card: String, found: String },
    /// An item of `metrics` was not an object; removed.
    NotAMetric { card: String, found: String },
    /// The metric's value was not a number; the metric was removed.
    MetricNotANumber { card: String, name: String, found: String },
    /// A metric with neither value nor target; removed.
    MetricWithoutValue { card: String, name: String },
    /// A metric with a target and no value; removed.
    TargetWithoutValue { card: String, name: String, target: String },
    /// A value outside the metric's scale (written like `−100…100`); set to the nearest end.
    MetricOutOfScale { card: String, name: String, found: String, scale: String, value: String },
    /// A second metric of the same name on a card; renamed `given`.
    DuplicateMetric { card: String, name: String, given: String },
    /// `ratings` was not an object; removed.
    NotRatings { card: String, found: String },
    /// A rating that is not a whole number from 1 to 5; removed.
    NotARating { card: String, criterion: String, found: String },
    /// A rating on a criterion the map does not define; the criterion was added.
    UnknownCriterion { card: String, id: String },
    /// `feedback` was not a list; kept as one quote.
    NotAFeedbackList { card: String, found: String },
}

impl Localize for Note {
    fn message(&self, lang: Language) -> String {
        match self {
            Note::NewerMinor { version } => text(lang, "note-newer-minor", &[("version", version)]),
            Note::FromImage { image } => text(lang, "note-from-image", &[("image", image)]),
            Note::Conflicts { count } => text(lang, "note-conflicts", &[("count", count)]),
            Note::FromConflictMarkers { blocks, base } => {
                let base = match base {
                    MarkerBase::File => "file",
                    MarkerBase::Git => "git",
                    MarkerBase::None => "none",
                };
                text(lang, "note-from-conflict-markers", &[("blocks", blocks), ("base", &base)])
            }
            Note::Repaired { path, repair } => format!("{path}: {}", repair.message(lang)),
        }
    }
}

impl Localize for Repair {
    fn message(&self, lang: Language) -> String {
        use Repair::*;
        match self {
            NotADate { found } => text(lang, "repair-not-a-date", &[("found", found)]),
            NotOneOf { found, choices, fallback: Some(value) } => {
                text(lang, "repair-not-one-of-set", &[("found", found), ("choices", choices), ("value", value)])
            }
            NotOneOf { found, choices, fallback: None } => {
                text(lang, "repair-not-one-of-empty", &[("found", found), ("choices", choices)])
            }
            NotASentiment { found } => text(lang, "repair-not-a-sentiment", &[("found", found)]),
            NotAScore { found } => text(lang, "repair-not-a-score", &[("found", found)]),
            NotText { found } => text(lang, "repair-not-text", &[("found", found)]),
            NotATextList { found } => text(lang, "repair-not-a-text-list", &[("found", found)]),
            NotAHypothesisList { found } => text(lang, "repair-not-a-hypothesis-list", &[("found", found)]),
            NotAHypothesis { found } => text(lang, "repair-not-a-hypothesis", &[("found", found)]),
            MissingId { entity, given } => {
                text(lang, &format!("repair-{}-missing-id", entity_key(*entity)), &[("given", given)])
            }
            DuplicateId { entity, id, given } => {
                text(lang, &format!("repair-{}-duplicate-id", entity_key(*entity)), &[("id", id), ("given", given)])
            }
            NoStage { stage } => text(lang, "repair-no-stage", &[("stage", stage)]),
            UnknownStage { missing, stage } => {
                text(lang, "repair-unknown-stage", &[("missing", missing), ("stage", stage)])
            }
            NoLanes { lane } => text(lang, "repair-no-lanes", &[("lane", lane)]),
            UnknownLane { missing, first } => {
                text(lang, "repair-unknown-lane", &[("missing", missing), ("first", first)])
            }
            NotAMetricList { card, found } => text(lang, "repair-not-a-metric-list", &[("card", card), ("found", found)]),
            NotAMetric { card, found } => text(lang, "repair-not-a-metric", &[("card", card), ("found", found)]),
            MetricNotANumber { card, name, found } => {
                text(lang, "repair-metric-not-a-number", &[("card", card), ("name", name), ("found", found)])
            }
            MetricWithoutValue { card, name } => {
                text(lang, "repair-metric-without-value", &[("card", card), ("name", name)])
            }
            TargetWithoutValue { card, name, target } => text(
                lang,
                "repair-metric-target-without-value",
                &[("card", card), ("name", name), ("target", target)],
            ),
            MetricOutOfScale { card, name, found, scale, value } => text(
                lang,
                "repair-metric-out-of-scale",
                &[("card", card), ("name", name), ("found", found), ("scale", scale), ("value", value)],
            ),
            DuplicateMetric { card, name, given } => {
                text(lang, "repair-metric-duplicate", &[("card", card), ("name", name), ("given", given)])
            }
            NotRatings { card, found } => text(lang, "repair-not-ratings", &[("card", card), ("found", found)]),
            NotARating { card, criterion, found } => {
                text(lang, "repair-not-a-rating", &[("card", card), ("criterion", criterion), ("found", found)])
            }
            UnknownCriterion { card, id } => text(lang, "repair-unknown-criterion", &[("card", card), ("id", id)]),
            NotAFeedbackList { card, found } => {
                text(lang, "repair-not-a-feedback-list", &[("card", card), ("found", found)])
            }
        }
    }
}

/// The things of a map that have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Stage,
    Lane,
    Touchpoint,
}

fn entity_key(entity: Entity) -> &'static str {
    match entity {
        Entity::Stage => "stage",
        Entity::Lane => "lane",
        Entity::Touchpoint => "touchpoint",
    }
}

pub use save::{save_atomic, save_map, save_new, to_canonical_json};

pub use crate::model::{BASE_VERSION, CURRENT_MAJOR, CURRENT_MINOR, CURRENT_VERSION, FORMAT_NAME};
