//! The Journey Mapper engine. It owns the map, its edits and undo history, and the file
//! format; it knows nothing of windows or Tauri, so that it tests in seconds and the CLI,
//! the app and scripts all share one code path.

pub mod cli;
pub mod document;
pub mod edit;
pub mod export;
pub mod format;
pub mod language;
pub mod messages;
pub mod model;
pub mod workspace;
