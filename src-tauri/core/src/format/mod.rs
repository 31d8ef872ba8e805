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

/// Something the user should know about a map that opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Note {
    #[error("made with a newer Journey Mapper (format {version}); fields this version does not know are kept")]
    NewerMinor { version: String },
    #[error("{path}: {message}")]
    Repaired { path: String, message: String },
    /// The map came out of an exported picture; saving writes a map file elsewhere,
    /// never over the picture.
    #[error("read from the map inside this {image} image; Save As keeps it as a map file")]
    FromImage { image: &'static str },
}

impl Note {
    pub fn repaired(path: String, message: String) -> Note {
        Note::Repaired { path, message }
    }
}
pub use save::{save_atomic, save_map, save_new, to_canonical_json};

/// The version this build writes.
pub const CURRENT_VERSION: &str = "1.1";
/// The major version this build reads; a file with a larger major is refused.
pub const CURRENT_MAJOR: u64 = 1;
pub const CURRENT_MINOR: u64 = 1;
