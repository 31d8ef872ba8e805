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
    // A field of an older file kept as unknown under a name 1.2 took (FORMAT.md, "Added in
    // 1.2") gives way to the card's own once the card has one: a key is written once.
    for t in &mut canonical.touchpoints {
        if !t.metrics.is_empty() {
            t.extra.remove("metrics");
        }
        if !t.ratings.is_empty() {
            t.extra.remove("ratings");
        }
        if !t.feedback.is_empty() {
            t.extra.remove("feedback");
        }
    }
    if !canonical.metric_definitions.is_empty() {
        canonical.extra.remove("metricDefinitions");
    }
    if !canonical.criteria.is_empty() {
        canonical.extra.remove("criteria");
    }
    // The version follows what the map uses (FORMAT.md, "Versions"), whatever edits did;
    // decided once the older fields that gave way are gone.
    canonical.version = canonical.fitting_version();
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
    let mut builder = tempfile::Builder::new();
    builder.prefix(".journey-save-").suffix(".tmp");
    // A new file gets the user's usual permissions, as any program's `File::create` gives
    // it, not tempfile's private 0600. Asking open(2) for 0666 lets the kernel apply the
    // umask (and a folder's default ACL) atomically at creation; reading the umask
    // ourselves would need umask(2), which sets it to read it and so races with every
    // other thread that creates a file meanwhile.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    // An existing file keeps the permissions the user gave it.
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
