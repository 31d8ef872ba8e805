//! The file format: reading (with limits, checks and clear errors), canonical writing,
//! atomic saving and the JSON Schema. See FORMAT.md in this crate for the format itself.

mod error;
mod header;
mod lenient;
mod load;
mod repair;
mod save;
pub mod schema;

pub use error::{FileError, LoadError, SaveError};
pub use load::{load_file, parse, MAX_FILE_BYTES};
pub use repair::UNSORTED_STAGE;

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
        self.notes.iter().any(|n| matches!(n, Note::Repaired { .. }))
    }

    /// True when the map was read out of an exported PNG or SVG.
    pub fn from_image(&self) -> bool {
        self.notes.iter().any(|n| matches!(n, Note::FromImage { .. }))
    }
}

/// Something the user should know about a map that opened. `Display` gives the English
/// sentence; [`crate::messages::Localize`] gives it in any language of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    NewerMinor { version: String },
    /// A value the reader changed, at `path` in the file (`touchpoints[2].sentiment`).
    Repaired { path: String, repair: Repair },
    /// The map came out of an exported picture; saving writes a map file elsewhere,
    /// never over the picture.
    FromImage { image: &'static str },
}

impl Note {
    pub fn repaired(path: String, repair: Repair) -> Note {
        Note::Repaired { path, repair }
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::messages::Localize::message(self, crate::language::Language::En))
    }
}

impl std::error::Error for Note {}

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
}

/// The things of a map that have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Stage,
    Lane,
    Touchpoint,
}

pub use save::{save_atomic, save_map, save_new, to_canonical_json};

/// The version this build writes.
pub const CURRENT_VERSION: &str = "1.1";
/// The major version this build reads; a file with a larger major is refused.
pub const CURRENT_MAJOR: u64 = 1;
pub const CURRENT_MINOR: u64 = 1;
