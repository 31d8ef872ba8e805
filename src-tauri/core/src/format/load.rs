use std::io::Read;
use std::path::Path;

use serde_json::{error::Category, Value};

use super::conflict::split_conflict;
use super::error::{FileError, LoadError};
use super::header::{parse_version, Header};
use super::lenient::{is_lenient_path, repair_tree, take_legacy, Legacy, MetricPlaces};
use super::repair::repair;
use super::{Loaded, Note, CURRENT_MAJOR, CURRENT_MINOR, FORMAT_NAME};
#[cfg(feature = "export")]
use super::embedded::{embedded_map, Embedded};
use crate::model::Map;

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
    #[cfg(feature = "export")]
    match embedded_map(bytes) {
        None => parse_json(bytes),
        Some(Embedded::NoMap { image }) => Err(LoadError::ImageWithoutMap { image }),
        Some(Embedded::Map { image, json }) => {
            let mut loaded = parse_json(json.as_bytes())?;
            loaded.notes.insert(0, Note::FromImage { image });
            Ok(loaded)
        }
    }
    // Without the image readers a picture is refused as binary, like any other.
    #[cfg(not(feature = "export"))]
    parse_json(bytes)
}

fn parse_json(bytes: &[u8]) -> Result<Loaded, LoadError> {
    // Windows Notepad's "Unicode" is UTF-16 with a byte-order mark: a text file, whose
    // NULs are half of every Latin letter, not a binary one.
    if let Some(text) = utf16_text(bytes)? {
        return parse_text(&text);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
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
    parse_text(text)
}

/// The text of a map file's bytes as the loader reads it: UTF-8 without its byte-order
/// mark, or UTF-16 with one; `None` when they are neither.
pub fn file_text(bytes: &[u8]) -> Option<std::borrow::Cow<'_, str>> {
    match utf16_text(bytes) {
        Ok(Some(text)) => Some(text.into()),
        Ok(None) => std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).ok().map(Into::into),
        Err(_) => None,
    }
}

/// The text of UTF-16 bytes with a byte-order mark, little- or big-endian; `None` for
/// bytes without one. A lone surrogate is refused at its byte offset.
fn utf16_text(bytes: &[u8]) -> Result<Option<String>, LoadError> {
    let little = match bytes {
        [0xFF, 0xFE, ..] => true,
        [0xFE, 0xFF, ..] => false,
        _ => return Ok(None),
    };
    let units = bytes[2..].chunks(2).map(|pair| match (pair, little) {
        ([a, b], true) => u16::from_le_bytes([*a, *b]),
        ([a, b], false) => u16::from_be_bytes([*a, *b]),
        // An odd last byte is half a character: the file was cut.
        _ => 0xD800,
    });
    let mut text = String::with_capacity(bytes.len() / 2);
    for (i, c) in char::decode_utf16(units).enumerate() {
        text.push(c.map_err(|_| LoadError::NotUtf8 { offset: 2 + 2 * i })?);
    }
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    Ok(Some(text))
}

fn parse_text(text: &str) -> Result<Loaded, LoadError> {
    // Git's conflict markers before the JSON parser, which would only see a bad `<`. The
    // sides are not parsed here: the conflict is what the user has to act on, whether or
    // not each side is a map; `split_conflict` gives them to whoever merges them.
    if let Some(sides) = split_conflict(text) {
        return Err(LoadError::Conflicted { line: sides.first_line, blocks: sides.blocks });
    }

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
    let (mut map, places) = parse_typed(text, minor, &mut notes)?;
    // Re-saving writes the canonical spelling; a newer minor version keeps its number
    // because the file may carry fields of that version, which we keep.
    if minor > CURRENT_MINOR {
        map.version = format!("{major}.{minor}");
        notes.insert(0, Note::NewerMinor { version: map.version.clone() });
    }
    repair(&mut map, &places, &mut notes);
    // An older or current version is saved as the oldest one that holds the map: 1.1, or
    // 1.2 when it uses metrics, ratings, feedback or criteria.
    if minor <= CURRENT_MINOR {
        map.version = map.fitting_version();
    }
    if let Some(serde_json::Value::Array(list)) = map.extra.get(super::CONFLICTS_FIELD) {
        if !list.is_empty() {
            notes.push(Note::Conflicts { count: list.len() });
        }
    }
    Ok(Loaded { map, notes })
}

/// The fast path parses straight into the model. Only when that fails on a loose value
/// (a sentiment, a channel, a score: values people type by hand) does the slow path go through a JSON tree to fix it.
/// A file older than 1.2 whose fields of 1.2's names do not have their shape keeps them as
/// the unknown fields they were in that file.
fn parse_typed(text: &str, minor: u64, notes: &mut Vec<Note>) -> Result<(Map, MetricPlaces), LoadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let fast = serde_path_to_error::deserialize(&mut de);
    let err = match fast {
        Ok(map) => return Ok((map, MetricPlaces::new())),
        Err(e) if is_lenient_path(&e.path().to_string()) => e,
        Err(e) => return Err(shape_error(e)),
    };
    let mut tree: Value = serde_json::from_str(text).map_err(syntax_error)?;
    let legacy = if minor < 2 { take_legacy(&mut tree) } else { Vec::new() };
    let places = repair_tree(&mut tree, notes);
    match serde_path_to_error::deserialize::<_, Map>(tree) {
        Ok(mut map) => {
            for Legacy { card, key, value } in legacy {
                let extra = match card {
                    Some(i) => &mut map.touchpoints[i].extra,
                    None => &mut map.extra,
                };
                extra.insert(key, value);
            }
            Ok((map, places))
        }
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
