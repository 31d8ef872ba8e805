//! The watcher: twice a second it writes recovery copies of maps with new unsaved changes,
//! and looks for changes that others made to open files.

use std::time::Duration;

use journey_core::document::DiskChange;
use tauri::{AppHandle, Emitter, Manager, WebviewWindow};

use super::files::reload_from_disk;
use super::{retitle, show_error, ui_language};
use crate::documents::Documents;
use crate::services::Services;

/// Recovery copies are written, and open files checked for outside changes, this often:
/// a copy is never older than this interval plus one write.
const RECOVERY_INTERVAL: Duration = Duration::from_millis(500);

/// Twice a second: writes recovery copies of maps with new unsaved changes, and looks for
/// changes that others made to open files.
pub(super) fn start(app: AppHandle) {
    std::thread::Builder::new()
        .name("recovery-and-disk-watch".into())
        .spawn(move || loop {
            std::thread::sleep(RECOVERY_INTERVAL);
            let services = app.state::<Services>();
            let docs = app.state::<Documents>();
            let mut probes = Vec::new();
            let mut copies = Vec::new();
            docs.each_doc(|label, doc| {
                copies.extend(doc.recovery_snapshot().map(|s| (label.to_owned(), s)));
                probes.extend(doc.disk_probe().map(|p| (label.to_owned(), p)));
            });
            // Files are looked at, and copies written, outside the documents' lock: reading a
            // big changed file or writing a big map takes a while, and edits (which need the
            // lock) must not wait for it.
            let looks: Vec<_> = probes.into_iter().map(|(label, probe)| (label, probe.look())).collect();
            let mut changes = Vec::new();
            for (label, look) in looks {
                let change = docs.with_open(&label, |d| d.settle_disk(look).map(|c| (c, d.is_dirty()))).flatten();
                changes.extend(change.map(|(change, dirty)| (label, change, dirty)));
            }
            // A failed copy is retried on the next tick; the map in memory is intact.
            for (label, copy) in copies {
                if services.recovery.write_snapshot(&copy).is_err() {
                    continue;
                }
                // Closed or saved meanwhile: the copy must not outlive the need for it.
                let wanted = docs.with_open(&label, |d| d.key() == copy.key && d.mark_recovered(copy.revision));
                if wanted != Some(true) {
                    services.recovery.remove(&copy.key);
                }
            }
            for (label, change, dirty) in changes {
                if let Some(window) = app.get_webview_window(&label) {
                    disk_changed(&window, change, dirty);
                }
            }
        })
        .map(|_| ())
        .unwrap_or_else(|e| eprintln!("journey-mapper: recovery copies and change detection are off: {e}"));
}

/// Someone else changed or removed the open file. Without unsaved changes the map is
/// reloaded in place; with them, the user chooses, and nothing is overwritten meanwhile.
fn disk_changed(window: &WebviewWindow, change: DiskChange, dirty: bool) {
    let docs = window.state::<Documents>();
    let name = docs.with(window.label(), |s| s.doc.as_ref().and_then(|d| d.file_name())).unwrap_or_default();
    match (change, dirty) {
        (DiskChange::Missing, _) => {
            docs.with_open(window.label(), |d| d.keep_mine());
            retitle(window);
            let lang = ui_language(window.app_handle());
            show_error(window, &journey_core::i18n::text(lang, "disk-missing", &[("name", &name)]));
        }
        (DiskChange::Modified, false) => match reload_from_disk(window) {
            Ok(_) => {
                let _ = window.emit_to(window.label(), "document-replaced", "reloaded");
            }
            Err(e) => {
                let lang = ui_language(window.app_handle());
                let text = journey_core::i18n::text(lang, "disk-unreadable", &[("name", &name), ("reason", &e.message)]);
                show_error(window, &text);
            }
        },
        (DiskChange::Modified, true) => {
            let _ = window.emit_to(window.label(), "disk-changed", name);
        }
    }
}
