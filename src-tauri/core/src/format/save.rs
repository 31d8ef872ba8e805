use std::io::Write;
use std::path::Path;

use super::error::SaveError;
use crate::model::Map;

/// The canonical text of a map: two-space indented JSON, fields in a fixed order (known
/// fields as declared, unknown ones after them, sorted), and a final newline. Saving an
/// unchanged map therefore gives the same bytes, and diffs stay small.
pub fn to_canonical_json(map: &Map) -> String {
    // Cards are written grouped by stage, in stage order, so that two maps that look the
    // same (say, after an undo) are also the same bytes. The sort is stable: card order
    // within a stage is kept.
    let mut canonical = map.clone();
    let rank: std::collections::HashMap<&str, usize> =
        map.stages.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    canonical.touchpoints.sort_by_key(|t| rank.get(t.stage.as_str()).copied().unwrap_or(usize::MAX));
    // Serialising our own types to a String cannot fail: every key is a string.
    let mut text = serde_json::to_string_pretty(&canonical).unwrap_or_default();
    text.push('\n');
    text
}

pub fn save_map(map: &Map, path: &Path) -> Result<(), SaveError> {
    save_atomic(path, to_canonical_json(map).as_bytes())
}

/// Like [`save_map`], but fails if `path` already exists: never overwrites a file.
pub fn save_new(map: &Map, path: &Path) -> Result<(), SaveError> {
    write_atomic(path, to_canonical_json(map).as_bytes(), false)
}

/// Writes a temporary file beside the target, flushes it to disk and renames it over the
/// target: a crash leaves either the old file or the new one, never a torn one.
pub fn save_atomic(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomic(path, bytes, true)
}

fn write_atomic(path: &Path, bytes: &[u8], overwrite: bool) -> Result<(), SaveError> {
    let err = |source| SaveError { file: path.to_path_buf(), source };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".journey-save-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    // Keep the permissions the user gave the file; a new temp file is private by default.
    if let Ok(meta) = std::fs::metadata(path) {
        std::fs::set_permissions(tmp.path(), meta.permissions()).map_err(err)?;
    }
    tmp.as_file().sync_all().map_err(err)?;
    if overwrite {
        tmp.persist(path).map_err(|e| err(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| err(e.error))?;
    }
    // Make the rename itself durable; not every filesystem supports syncing a directory,
    // and the data is already safe, so a failure here is not reported.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}
