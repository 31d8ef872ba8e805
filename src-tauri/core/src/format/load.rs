use std::io::Read;
use std::path::Path;

use serde_json::{error::Category, Value};

use super::error::{FileError, LoadError};
use super::header::{parse_version, Header};
use super::lenient::{is_lenient_path, repair_tree};
use super::repair::repair;
use super::{Loaded, Note, CURRENT_MAJOR, CURRENT_MINOR, CURRENT_VERSION};
use crate::export::Embedded;
use crate::model::{Map, FORMAT_NAME};

/// Larger files are refused before they are read: no real map comes near this, and it
/// bounds the memory a hostile file can make us use.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// serde_json's own nesting limit; we name it in the message.
const MAX_DEPTH: usize = 128;
/// Paths longer than this are cut in messages: a hostile file can make them huge.
const MAX_PATH_CHARS: usize = 120;

/// Reads and checks a map file. The file is never modified.
pub fn load_file(path: &Path) -> Result<Loaded, FileError> {
    let err = |e| FileError::new(path, e);
    let file = std::fs::File::open(path).map_err(|e| err(LoadError::Io(e)))?;
    let size = file.metadata().map_err(|e| err(LoadError::Io(e)))?.len();
    if size > MAX_FILE_BYTES {
        return Err(err(LoadError::TooLarge { size, limit: MAX_FILE_BYTES }));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // `take` guards against a file that grows while we read it.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| err(LoadError::Io(e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(err(LoadError::TooLarge { size: bytes.len() as u64, limit: MAX_FILE_BYTES }));
    }
    parse(&bytes).map_err(err)
}

/// Parses and checks the bytes of a map file, repairing what can be repaired safely. A
/// PNG or SVG exported by Journey Mapper counts as a map file: the map inside is read.
pub fn parse(bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge { size: bytes.len() as u64, limit: MAX_FILE_BYTES });
    }
    match crate::export::embedded_map(bytes) {
        None => parse_json(bytes),
        Some(Embedded::NoMap { image }) => Err(LoadError::ImageWithoutMap { image }),
        Some(Embedded::Map { image, json }) => {
            let mut loaded = parse_json(json.as_bytes())?;
            loaded.notes.insert(0, Note::FromImage { image });
            Ok(loaded)
        }
    }
}

fn parse_json(bytes: &[u8]) -> Result<Loaded, LoadError> {    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Empty);
    }
    // A NUL never occurs in JSON text; its presence near the start means an image, an
    // archive or a spreadsheet, which deserves a plainer message than a syntax error.
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(LoadError::Binary);
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| LoadError::NotUtf8 { offset: e.valid_up_to() })?;

    let header: Header = serde_json::from_str(text).map_err(syntax_error)?;
    let Header::Object { format, version } = header else {
        return Err(LoadError::NotAMap);
    };
    if format.as_ref().and_then(Value::as_str) != Some(FORMAT_NAME) {
        return Err(LoadError::NotAMap);
    }
    let version = version.ok_or(LoadError::MissingVersion)?;
    let (major, minor) = parse_version(&version)
        .filter(|(major, _)| *major >= 1)
        .ok_or_else(|| LoadError::BadVersion { found: version.to_string() })?;
    if major > CURRENT_MAJOR {
        return Err(LoadError::NewerMajor { found: version_text(&version) });
    }

    let mut notes = Vec::new();
    let mut map = parse_typed(text, &mut notes)?;
    // Re-saving writes the canonical spelling; a newer minor version keeps its number
    // because the file may carry fields of that version, which we keep.
    if minor > CURRENT_MINOR {
        map.version = format!("{major}.{minor}");
        notes.insert(0, Note::NewerMinor { version: map.version.clone() });
    } else {
        map.version = CURRENT_VERSION.into();
    }
    repair(&mut map, &mut notes);
    Ok(Loaded { map, notes })
}

/// The fast path parses straight into the model. Only when that fails on a loose value
/// (a sentiment, a channel, a score: values people type by hand) does the slow path go through a JSON tree to fix it.
fn parse_typed(text: &str, notes: &mut Vec<Note>) -> Result<Map, LoadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let fast = serde_path_to_error::deserialize(&mut de);
    let err = match fast {
        Ok(map) => return Ok(map),
        Err(e) if is_lenient_path(&e.path().to_string()) => e,
        Err(e) => return Err(shape_error(e)),
    };
    let mut tree: Value = serde_json::from_str(text).map_err(syntax_error)?;
    repair_tree(&mut tree, notes);
    match serde_path_to_error::deserialize::<_, Map>(tree) {
        Ok(map) => Ok(map),
        // Another problem besides the sentiment: report the first one, with its position.
        Err(_) => Err(shape_error(err)),
    }
}

fn version_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn syntax_error(e: serde_json::Error) -> LoadError {
    let (line, column) = (e.line(), e.column());
    match e.classify() {
        _ if is_too_deep(&e) => LoadError::TooDeep { line, column, limit: MAX_DEPTH },
        Category::Eof => LoadError::Truncated { line, column },
        _ => LoadError::Syntax { line, column, message: bare_message(&e) },
    }
}

fn shape_error(e: serde_path_to_error::Error<serde_json::Error>) -> LoadError {
    let path = match e.path().to_string() {
        // The top level: the message names it in words.
        p if p == "." || p.is_empty() => String::new(),
        p if p.chars().count() > MAX_PATH_CHARS => {
            format!("{}…", p.chars().take(MAX_PATH_CHARS).collect::<String>())
        }
        p => p,
    };
    let inner = e.into_inner();
    if is_too_deep(&inner) {
        return LoadError::TooDeep { line: inner.line(), column: inner.column(), limit: MAX_DEPTH };
    }
    if inner.classify() == Category::Eof {
        return LoadError::Truncated { line: inner.line(), column: inner.column() };
    }
    LoadError::Shape { path, line: inner.line(), column: inner.column(), message: bare_message(&inner) }
}

/// serde_json appends " at line L column C"; we report the position ourselves.
fn bare_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

fn is_too_deep(e: &serde_json::Error) -> bool {
    bare_message(e) == "recursion limit exceeded"
}
