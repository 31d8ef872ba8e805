//! File → Export…: asks where to write, then renders the window's map on a worker thread,
//! so that this window and every other keep working meanwhile. Progress goes to the page
//! as "export-progress" events (0 to 1); the page's Cancel sets a flag the export reads.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use journey_core::export::{self, ExportError, Format, Options, Progress};
use tauri::{Emitter, Manager, WebviewWindow};

use crate::dialogs;
use crate::documents::Documents;
use crate::error::{CommandError, ErrorCode};
use journey_core::i18n::text;
use crate::services::Services;

/// The event that carries how far an export got, from 0 to 1.
pub const PROGRESS_EVENT: &str = "export-progress";

/// Progress events are sent at most this often (and always at the end): enough for a
/// smooth bar, not so many that they crowd the page's other messages.
const PROGRESS_INTERVAL: Duration = Duration::from_millis(80);

/// The exports running now, at most one per window: their cancel flags, by window label.
#[derive(Default)]
pub struct Exports(Mutex<HashMap<String, Arc<AtomicBool>>>);

impl Exports {
    /// Registers an export for the window; `None` when one is running there already.
    fn begin(&self, label: &str) -> Option<Running<'_>> {
        let mut all = self.lock();
        if all.contains_key(label) {
            return None;
        }
        let flag = Arc::new(AtomicBool::new(false));
        all.insert(label.to_owned(), flag.clone());
        Some(Running { exports: self, label: label.to_owned(), cancelled: flag })
    }

    /// Asks the window's running export, if any, to stop.
    pub fn cancel(&self, label: &str) {
        if let Some(flag) = self.lock().get(label) {
            flag.store(true, Ordering::Relaxed);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<AtomicBool>>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A registered export; dropping it (however the export ended) frees the window's slot.
struct Running<'a> {
    exports: &'a Exports,
    label: String,
    cancelled: Arc<AtomicBool>,
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.exports.lock().remove(&self.label);
    }
}

/// Exports the window's map: asks where (the native save dialog, or its test hook), then
/// writes the file. `Ok(Some(name))`: written, as `name`; `Ok(None)`: the user cancelled,
/// in the dialog or during the export; `Err`: what went wrong.
pub async fn export_map(
    window: &WebviewWindow,
    docs: &Documents,
    format: Format,
    mut options: Options,
) -> Result<Option<String>, CommandError> {
    let lang = window.state::<Services>().ui_language();
    let exports = window.state::<Exports>();
    // A second export of the same window while one runs is refused.
    let running = exports.begin(window.label()).ok_or_else(|| CommandError::export_running(lang))?;
    // A copy of the map as it is now: editing goes on while the export runs.
    let (map, map_file) = docs
        .with_open(window.label(), |d| (d.map().clone(), d.path().map(Path::to_path_buf)))
        .ok_or_else(|| CommandError::no_map(lang))?;
    let name = dialogs::suggested_export_name(&map.title, format.extension(), &text(lang, "dialog-untitled", &[]));
    let folder = map_file.as_deref().and_then(Path::parent).map(Path::to_path_buf);
    let filter = text(lang, &format!("dialog-{}", format.extension()), &[]);
    let Some(chosen) = dialogs::pick_export_path(window, name, folder, filter, format.extension()).await else {
        return Ok(None);
    };
    let target = with_extension(chosen, format);
    // The words the export adds (legend, column names) and its messages are in the UI's language.
    options.language = lang;
    export::check_target(map_file.as_deref(), &target).map_err(|e| CommandError::export(&e, lang, &target))?;

    let progress = WindowProgress::new(window.clone(), running.cancelled.clone());
    let path = target.clone();
    let job = tauri::async_runtime::spawn_blocking(move || export::export_file(&map, format, &options, &path, &progress));
    let result = job.await.map_err(|_| CommandError::new(ErrorCode::Interrupted, &text(lang, "export-stopped", &[])))?;
    drop(running);
    match result {
        Ok(()) => Ok(Some(display_name(&target))),
        Err(ExportError::Cancelled) => Ok(None),
        Err(e) => Err(CommandError::export(&e, lang, &target)),
    }
}

/// Cancels the window's running export; it ends with nothing written.
pub fn cancel(window: &WebviewWindow) {
    window.state::<Exports>().cancel(window.label());
}

/// The chosen path, with the format's extension added when the name lacks it (a name
/// typed without one, or with another): a PNG is never written as "map" or "map.pdf".
fn with_extension(path: PathBuf, format: Format) -> PathBuf {
    let fits = path.extension().and_then(|e| e.to_str()).and_then(Format::from_extension) == Some(format);
    if fits {
        return path;
    }
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".");
    name.push(format.extension());
    path.with_file_name(name)
}

fn display_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// Sends an export's progress to its window, a few times a second at most, and tells the
/// export when the user cancelled it.
struct WindowProgress {
    window: WebviewWindow,
    cancelled: Arc<AtomicBool>,
    /// When the last event was sent, and what it said.
    last: Mutex<Option<(Instant, f32)>>,
}

impl WindowProgress {
    fn new(window: WebviewWindow, cancelled: Arc<AtomicBool>) -> Self {
        WindowProgress { window, cancelled, last: Mutex::new(None) }
    }
}

impl Progress for WindowProgress {
    fn report(&self, done: f32) {
        let now = Instant::now();
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if !worth_sending(*last, now, done) {
            return;
        }
        *last = Some((now, done));
        let _ = self.window.emit_to(self.window.label(), PROGRESS_EVENT, done);
    }

    fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
}

/// Whether a progress report is sent: the first, the end, and otherwise a step forward
/// once the interval has passed.
fn worth_sending(last: Option<(Instant, f32)>, now: Instant, done: f32) -> bool {
    match last {
        None => true,
        Some((_, before)) if done >= 1.0 => before < 1.0,
        Some((at, before)) => done > before && now.duration_since(at) >= PROGRESS_INTERVAL,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_formats_extension_is_added_when_the_name_lacks_it() {
        let p = |s: &str| PathBuf::from(s);
        assert_eq!(with_extension(p("/tmp/map.png"), Format::Png), p("/tmp/map.png"));
        assert_eq!(with_extension(p("/tmp/map.PNG"), Format::Png), p("/tmp/map.PNG"));
        assert_eq!(with_extension(p("/tmp/map.htm"), Format::Html), p("/tmp/map.htm"));
        assert_eq!(with_extension(p("/tmp/map"), Format::Csv), p("/tmp/map.csv"));
        assert_eq!(with_extension(p("/tmp/map.pdf"), Format::Png), p("/tmp/map.pdf.png"));
        assert_eq!(with_extension(p("/tmp/q3.final"), Format::Markdown), p("/tmp/q3.final.md"));
        assert_eq!(with_extension(p("/tmp/map"), Format::Mermaid), p("/tmp/map.mmd"));
        assert_eq!(with_extension(p("/tmp/map.mermaid"), Format::Mermaid), p("/tmp/map.mermaid"));
        assert_eq!(with_extension(p("/tmp/map"), Format::Xlsx), p("/tmp/map.xlsx"));
        assert_eq!(with_extension(p("/tmp/map.XLSX"), Format::Xlsx), p("/tmp/map.XLSX"));
        assert_eq!(with_extension(p("/tmp/map.csv"), Format::Xlsx), p("/tmp/map.csv.xlsx"));
    }

    #[test]
    fn every_format_has_a_file_dialog_filter_name() {
        for format in Format::ALL {
            let key = format!("dialog-{}", format.extension());
            assert!(journey_core::i18n::try_text(journey_core::i18n::Language::En, &key, &[]).is_some(), "{key}");
        }
    }

    #[test]
    fn progress_is_throttled_but_the_end_always_arrives() {
        let t0 = Instant::now();
        let soon = t0 + Duration::from_millis(10);
        let later = t0 + PROGRESS_INTERVAL;
        assert!(worth_sending(None, t0, 0.0));
        assert!(!worth_sending(Some((t0, 0.0)), soon, 0.2), "too soon");
        assert!(worth_sending(Some((t0, 0.0)), later, 0.2));
        assert!(!worth_sending(Some((t0, 0.5)), later, 0.5), "no step forward");
        assert!(worth_sending(Some((t0, 0.5)), soon, 1.0), "the end, however soon");
        assert!(!worth_sending(Some((t0, 1.0)), later, 1.0), "the end only once");
    }

    #[test]
    fn one_export_per_window_at_a_time() {
        let exports = Exports::default();
        let first = exports.begin("map-1").expect("the first starts");
        assert!(exports.begin("map-1").is_none());
        let other = exports.begin("map-2").expect("another window's starts");
        exports.cancel("map-1");
        assert!(first.cancelled.load(Ordering::Relaxed));
        assert!(!other.cancelled.load(Ordering::Relaxed));
        drop(first);
        assert!(exports.begin("map-1").is_some(), "free again once the first ended");
    }
}
