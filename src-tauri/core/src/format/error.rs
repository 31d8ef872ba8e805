use std::io;
use std::path::{Path, PathBuf};

use crate::language::Language;
use crate::messages::{io_reason, json, mib, text, Localize};

/// Why bytes are not a map this build can open. Each message says where and what was
/// expected, so that it can be shown to the user as it is: `Display` in English,
/// [`Localize`] in any language of the app (texts in `locales/*/core.ftl`).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub enum LoadError {
    Io(#[source] std::io::Error),
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
    /// Git's conflict markers: `blocks` conflicting blocks, the first `<<<<<<<` at `line`.
    /// [`super::split_conflict`] gives the sides.
    Conflicted { line: usize, blocks: usize },
}

impl LoadError {
    /// True when the message starts with a `line:column` position.
    pub fn has_position(&self) -> bool {
        matches!(
            self,
            LoadError::Truncated { .. }
                | LoadError::Syntax { .. }
                | LoadError::Shape { .. }
                | LoadError::TooDeep { .. }
                | LoadError::Conflicted { .. }
        )
    }
}

/// A load error together with the file it came from: the one line the user sees.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub struct FileError {
    pub file: PathBuf,
    #[source]
    pub error: LoadError,
}

impl FileError {
    pub fn new(file: &Path, error: LoadError) -> Self {
        FileError { file: file.to_path_buf(), error }
    }
}

/// Why a map could not be written. The old file, if any, is untouched in every case.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub struct SaveError {
    pub file: PathBuf,
    pub source: std::io::Error,
}

impl Localize for LoadError {
    fn message(&self, lang: Language) -> String {
        use LoadError::*;
        match self {
            Io(e) => text(lang, "load-io", &[("reason", &io_reason(e, lang))]),
            TooLarge { size, limit } => {
                text(lang, "load-too-large", &[("size", &mib(*size, lang)), ("limit", &mib(*limit, lang))])
            }
            Empty => text(lang, "load-empty", &[]),
            Binary => text(lang, "load-binary", &[]),
            ImageWithoutMap { image } => text(lang, "load-image-without-map", &[("image", image)]),
            NotUtf8 { offset } => text(lang, "load-not-utf8", &[("offset", offset)]),
            Truncated { line, column } => text(lang, "load-truncated", &[("line", line), ("column", column)]),
            Syntax { line, column, message } => text(
                lang,
                "load-syntax",
                &[("line", line), ("column", column), ("detail", &json::detail(message, lang))],
            ),
            NotAMap => text(lang, "load-not-a-map", &[]),
            MissingVersion => text(lang, "load-missing-version", &[]),
            BadVersion { found } => text(lang, "load-bad-version", &[("found", found)]),
            NewerMajor { found } => text(lang, "load-newer-major", &[("found", found)]),
            TooDeep { line, column, limit } => {
                text(lang, "load-too-deep", &[("line", line), ("column", column), ("limit", limit)])
            }
            Shape { path, line, column, message } => {
                let detail = json::detail(message, lang);
                if path.is_empty() {
                    text(lang, "load-shape-top", &[("line", line), ("column", column), ("detail", &detail)])
                } else {
                    text(lang, "load-shape", &[("line", line), ("column", column), ("path", path), ("detail", &detail)])
                }
            }
            Conflicted { line, blocks } => text(lang, "load-conflicted", &[("line", line), ("blocks", blocks)]),
        }
    }
}

impl Localize for FileError {
    /// "file:line:column: message" when there is a position, as compilers do, so that
    /// editors and terminals can jump to it; else "file message".
    fn message(&self, lang: Language) -> String {
        let file = self.file.display();
        let message = self.error.message(lang);
        if self.error.has_position() { format!("{file}:{message}") } else { format!("{file} {message}") }
    }
}

impl Localize for SaveError {
    fn message(&self, lang: Language) -> String {
        use io::ErrorKind::*;
        let reason = match self.source.kind() {
            PermissionDenied | ReadOnlyFilesystem => text(lang, "save-read-only", &[]),
            NotFound => text(lang, "save-no-folder", &[]),
            AlreadyExists => text(lang, "save-exists", &[]),
            StorageFull | QuotaExceeded => text(lang, "save-disk-full", &[]),
            _ => io_reason(&self.source, lang),
        };
        text(lang, "save-failed", &[("file", &self.file.display()), ("reason", &reason)])
    }
}
