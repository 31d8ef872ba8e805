//! The file format: reading (with limits, checks and clear errors), canonical writing,
//! atomic saving and the JSON Schema. See FORMAT.md in this crate for the format itself.

mod error;
mod header;
mod load;
mod save;
pub mod schema;
mod validate;

pub use error::{FileError, LoadError, SaveError};
pub use load::{load_file, parse, MAX_FILE_BYTES};
pub use save::{save_atomic, save_map, save_new, to_canonical_json};

/// The version this build writes.
pub const CURRENT_VERSION: &str = "1.0";
/// The major version this build reads; a file with a larger major is refused.
pub const CURRENT_MAJOR: u64 = 1;
pub const CURRENT_MINOR: u64 = 0;
