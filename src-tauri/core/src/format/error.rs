use std::fmt;
use std::path::{Path, PathBuf};

use crate::language::Language;
use crate::messages::Localize;

/// Why bytes are not a map this build can open. Each message says where and what was
/// expected, so that it can be shown to the user as it is: `Display` in English,
/// [`Localize`] in any language of the app (texts in `messages/*.json`).
#[derive(Debug)]
pub enum LoadError {
    Io(std::io::Error),
    TooLarge { size: u64, limit: u64 },
    Empty,
    Binary,
    ImageWithoutMap { image: &'static str },
    NotUtf8 { offset: usize },
    Truncated { line: usize, column: usize },
    /// `message` is the JSON parser's own (English) description.
    Syntax { line: usize, column: usize, message: String },
    NotAMap,
    /// The file has no `"version"`.
    MissingVersion,
    BadVersion { found: String },
    NewerMajor { found: String },
    TooDeep { line: usize, column: usize, limit: usize },
    /// `path` is empty when the problem is the top level of the document.
    Shape { path: String, line: usize, column: usize, message: String },
}

impl LoadError {
    /// True when the message starts with a `line:column` position.
    pub fn has_position(&self) -> bool {
        matches!(self, LoadError::Truncated { .. } | LoadError::Syntax { .. } | LoadError::Shape { .. } | LoadError::TooDeep { .. })
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io(e) => Some(e),
            _ => None,
        }
    }
}

/// A load error together with the file it came from: the one line the user sees.
#[derive(Debug)]
pub struct FileError {
    pub file: PathBuf,
    pub error: LoadError,
}

impl FileError {
    pub fn new(file: &Path, error: LoadError) -> Self {
        FileError { file: file.to_path_buf(), error }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Why a map could not be written. The old file, if any, is untouched in every case.
#[derive(Debug)]
pub struct SaveError {
    pub file: PathBuf,
    pub source: std::io::Error,
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}
