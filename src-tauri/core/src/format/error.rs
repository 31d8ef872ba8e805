use std::fmt;
use std::path::{Path, PathBuf};

/// Why bytes are not a map this build can open. Each message says where and what was
/// expected, so that it can be shown to the user as it is.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot be read: {0}")]
    Io(#[source] std::io::Error),
    #[error("is {size_mib} MiB, over the {limit_mib} MiB limit for a map file", size_mib = mib(*size), limit_mib = mib(*limit))]
    TooLarge { size: u64, limit: u64 },
    #[error("is empty; expected a journey map in JSON")]
    Empty,
    #[error("is a binary file, not text; expected a journey map in JSON")]
    Binary,
    #[error("is a {image} image with no journey map inside; only images exported by Journey Mapper carry one")]
    ImageWithoutMap { image: &'static str },
    #[error("is not UTF-8 text (invalid byte at offset {offset}); expected a journey map in JSON")]
    NotUtf8 { offset: usize },
    #[error("{line}:{column}: the file ends too early; it looks truncated")]
    Truncated { line: usize, column: usize },
    #[error("{line}:{column}: not valid JSON: {message}")]
    Syntax { line: usize, column: usize, message: String },
    #[error("is not a journey map: expected a JSON object with \"format\": \"journey-map\"")]
    NotAMap,
    #[error("\"version\": expected a version such as \"1.0\", found {found}")]
    BadVersion { found: String },
    #[error("uses format version {found}, made by a newer Journey Mapper; update the app to open it")]
    NewerMajor { found: String },
    #[error("{line}:{column}: nested deeper than {limit} levels, the limit for a map file")]
    TooDeep { line: usize, column: usize, limit: usize },
    #[error("{line}:{column}: at {path}: {message}")]
    Shape { path: String, line: usize, column: usize, message: String },
}

fn mib(bytes: u64) -> String {
    let m = bytes as f64 / (1024.0 * 1024.0);
    if m.fract() == 0.0 { format!("{m:.0}") } else { format!("{m:.1}") }
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
        // "file:line:column: message" when there is a position, as compilers do, so that
        // editors and terminals can jump to it.
        write!(f, "{}", self.file.display())?;
        match &self.error {
            LoadError::Truncated { .. } | LoadError::Syntax { .. } | LoadError::Shape { .. } | LoadError::TooDeep { .. } => {
                write!(f, ":{}", self.error)
            }
            other => write!(f, " {other}"),
        }
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Why a map could not be written. The old file, if any, is untouched in every case.
#[derive(Debug, thiserror::Error)]
#[error("Could not save {}: {}", file.display(), reason(source))]
pub struct SaveError {
    pub file: PathBuf,
    #[source]
    pub source: std::io::Error,
}

fn reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        PermissionDenied | ReadOnlyFilesystem => {
            "permission denied; the file or its folder is read-only. Save it somewhere else".into()
        }
        NotFound => "its folder no longer exists. Save it somewhere else".into(),
        AlreadyExists => "a file with that name already exists".into(),
        StorageFull | QuotaExceeded => "the disk is full. Free some space or save it elsewhere".into(),
        _ => e.to_string(),
    }
}
