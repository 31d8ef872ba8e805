//! The Journey Mapper engine. It owns the map, its edits and undo history, and the file
//! format; it knows nothing of windows or Tauri, so that it tests in seconds and the CLI,
//! the app and scripts all share one code path.
//!
//! The modules are layers, from the bottom up: `language`, `i18n`, `messages`, `model`,
//! `edit`, `format`, `document`, `diff`, `merge`, `import`, `export`, `git`, `cli`. Each uses only those below it: the
//! messages say errors without knowing them (each error says itself beside its type), the
//! model knows no file, and a map inside an exported picture is the format's. So each
//! layer can be read and tested alone; tests/layering.rs derives the graph from the sources.

#[cfg(feature = "cli")]
pub mod cli;
pub mod diff;
pub mod document;
pub mod edit;
#[cfg(feature = "export")]
pub mod export;
pub mod format;
#[cfg(feature = "cli")]
pub mod git;
pub mod i18n;
pub mod import;
pub mod language;
pub mod merge;
pub mod messages;
pub mod model;
