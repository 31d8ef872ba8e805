//! Whether a map's file changed on disk since the document read or wrote it. It stays in
//! the core, beside the reader and the writer, because it is part of the document's own
//! promise never to save over someone else's change (`Document::save`), which the CLI and
//! tests rely on as much as the app.

use std::path::Path;
use std::time::SystemTime;

/// What a file looked like when we read or wrote it. Size and modification time (to the
/// nanosecond on today's file systems) tell cheaply that something happened; the content
/// hash then tells whether the content really changed, so that a sync client touching the
/// file, or rewriting the same bytes, is not reported as someone else's change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
}

impl FileStamp {
    /// The stamp of the file as it is now; `None` when it cannot be read (deleted, say).
    pub fn of(path: &Path) -> Option<FileStamp> {
        let meta = std::fs::metadata(path).ok()?;
        let bytes = std::fs::read(path).ok()?;
        Some(FileStamp { len: meta.len(), modified: meta.modified().ok(), hash: fnv1a(&bytes) })
    }

    /// The stamp of bytes we have just written to `path`.
    pub fn of_written(path: &Path, bytes: &[u8]) -> Option<FileStamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(FileStamp { len: meta.len(), modified: meta.modified().ok(), hash: fnv1a(bytes) })
    }

    /// True when the file on disk no longer has the content this stamp describes. It is
    /// called twice a second per open map, so the file is read only when its size or time
    /// moved.
    /// When only the time moved (the same bytes rewritten), the stamp takes the new time,
    /// so that the file is not read again on every later check.
    pub fn changed_on_disk(&mut self, path: &Path) -> bool {
        let Ok(meta) = std::fs::metadata(path) else { return true };
        if meta.len() == self.len && meta.modified().ok() == self.modified {
            return false;
        }
        match std::fs::read(path) {
            Ok(bytes) if fnv1a(&bytes) == self.hash && bytes.len() as u64 == meta.len() => {
                self.len = meta.len();
                self.modified = meta.modified().ok();
                false
            }
            _ => true,
        }
    }
}

/// FNV-1a: a change detector, not a security measure; no crate needed for twelve lines.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_a_rewrite_a_deletion_and_not_a_mere_read_or_touch() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("m.journey.json");
        std::fs::write(&f, "one").unwrap();
        let mut stamp = FileStamp::of(&f).unwrap();
        let _ = std::fs::read(&f).unwrap();
        assert!(!stamp.changed_on_disk(&f));
        // The same bytes written again (a sync client does this): not a change.
        std::fs::write(&f, "one").unwrap();
        assert!(!stamp.changed_on_disk(&f));
        std::fs::write(&f, "two").unwrap();
        assert!(stamp.changed_on_disk(&f));
        let mut stamp = FileStamp::of(&f).unwrap();
        std::fs::remove_file(&f).unwrap();
        assert!(stamp.changed_on_disk(&f));
    }
}
