//! Each error and note of the core as a catalogue key and its parameters.

use std::io;

use super::{json, text, Language, Localize};
use crate::document::SaveFailure;
use crate::edit::EditError;
use crate::export::ExportError;
use crate::format::{Entity, FileError, LoadError, Note, Repair, SaveError};

impl Localize for LoadError {
    fn message(&self, lang: Language) -> String {
        use LoadError::*;
        match self {
            Io(e) => text(lang, "load.io", &[("reason", &io_reason(e, lang))]),
            TooLarge { size, limit } => {
                text(lang, "load.tooLarge", &[("size", &mib(*size, lang)), ("limit", &mib(*limit, lang))])
            }
            Empty => text(lang, "load.empty", &[]),
            Binary => text(lang, "load.binary", &[]),
            ImageWithoutMap { image } => text(lang, "load.imageWithoutMap", &[("image", image)]),
            NotUtf8 { offset } => text(lang, "load.notUtf8", &[("offset", offset)]),
            Truncated { line, column } => text(lang, "load.truncated", &[("line", line), ("column", column)]),
            Syntax { line, column, message } => text(
                lang,
                "load.syntax",
                &[("line", line), ("column", column), ("detail", &json::detail(message, lang))],
            ),
            NotAMap => text(lang, "load.notAMap", &[]),
            MissingVersion => text(lang, "load.missingVersion", &[]),
            BadVersion { found } => text(lang, "load.badVersion", &[("found", found)]),
            NewerMajor { found } => text(lang, "load.newerMajor", &[("found", found)]),
            TooDeep { line, column, limit } => {
                text(lang, "load.tooDeep", &[("line", line), ("column", column), ("limit", limit)])
            }
            Shape { path, line, column, message } => {
                let detail = json::detail(message, lang);
                if path.is_empty() {
                    text(lang, "load.shapeTop", &[("line", line), ("column", column), ("detail", &detail)])
                } else {
                    text(lang, "load.shape", &[("line", line), ("column", column), ("path", path), ("detail", &detail)])
                }
            }
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
            PermissionDenied | ReadOnlyFilesystem => text(lang, "save.readOnly", &[]),
            NotFound => text(lang, "save.noFolder", &[]),
            AlreadyExists => text(lang, "save.exists", &[]),
            StorageFull | QuotaExceeded => text(lang, "save.diskFull", &[]),
            _ => io_reason(&self.source, lang),
        };
        text(lang, "save.failed", &[("file", &self.file.display()), ("reason", &reason)])
    }
}

impl Localize for SaveFailure {
    fn message(&self, lang: Language) -> String {
        match self {
            SaveFailure::Write(e) => e.message(lang),
            SaveFailure::ChangedOnDisk { file } => text(lang, "save.changedOnDisk", &[("file", &file.display())]),
            SaveFailure::NoFile => text(lang, "save.noFile", &[]),
        }
    }
}

impl Localize for EditError {
    fn message(&self, lang: Language) -> String {
        match self {
            EditError::NoSuchStage(id) => text(lang, "edit.noSuchStage", &[("id", id)]),
            EditError::NoSuchTouchpoint(id) => text(lang, "edit.noSuchTouchpoint", &[("id", id)]),
            EditError::NoSuchLane(id) => text(lang, "edit.noSuchLane", &[("id", id)]),
            EditError::DuplicateId(id) => text(lang, "edit.duplicateId", &[("id", id)]),
            EditError::BadScore(score) => text(lang, "edit.badScore", &[("score", score)]),
            EditError::BadDate(date) => text(lang, "edit.badDate", &[("date", date)]),
        }
    }
}

impl Localize for ExportError {
    fn message(&self, lang: Language) -> String {
        match self {
            ExportError::Cancelled => text(lang, "export.cancelled", &[]),
            // The renderer's own reason is technical and stays as it says it.
            ExportError::Render { format, reason } => {
                text(lang, "export.render", &[("format", format), ("reason", reason)])
            }
            ExportError::TooLarge { width, height, limit, scale } => {
                let key = if *scale > 1 { "export.tooLargeScaled" } else { "export.tooLarge" };
                text(lang, key, &[("width", width), ("height", height), ("limit", limit)])
            }
            ExportError::WouldOverwriteMap { file } => {
                text(lang, "export.wouldOverwriteMap", &[("file", &file.display())])
            }
            ExportError::Write(e) => e.message(lang),
        }
    }
}

impl Localize for Note {
    fn message(&self, lang: Language) -> String {
        match self {
            Note::NewerMinor { version } => text(lang, "note.newerMinor", &[("version", version)]),
            Note::FromImage { image } => text(lang, "note.fromImage", &[("image", image)]),
            Note::Repaired { path, repair } => format!("{path}: {}", repair.message(lang)),
        }
    }
}

impl Localize for Repair {
    fn message(&self, lang: Language) -> String {
        use Repair::*;
        match self {
            NotADate { found } => text(lang, "repair.notADate", &[("found", found)]),
            NotOneOf { found, choices, fallback: Some(value) } => {
                text(lang, "repair.notOneOfSet", &[("found", found), ("choices", choices), ("value", value)])
            }
            NotOneOf { found, choices, fallback: None } => {
                text(lang, "repair.notOneOfEmpty", &[("found", found), ("choices", choices)])
            }
            NotASentiment { found } => text(lang, "repair.notASentiment", &[("found", found)]),
            NotAScore { found } => text(lang, "repair.notAScore", &[("found", found)]),
            NotText { found } => text(lang, "repair.notText", &[("found", found)]),
            NotATextList { found } => text(lang, "repair.notATextList", &[("found", found)]),
            NotAHypothesisList { found } => text(lang, "repair.notAHypothesisList", &[("found", found)]),
            NotAHypothesis { found } => text(lang, "repair.notAHypothesis", &[("found", found)]),
            MissingId { entity, given } => {
                text(lang, &format!("repair.{}MissingId", entity_key(*entity)), &[("given", given)])
            }
            DuplicateId { entity, id, given } => {
                text(lang, &format!("repair.{}DuplicateId", entity_key(*entity)), &[("id", id), ("given", given)])
            }
            NoStage { stage } => text(lang, "repair.noStage", &[("stage", stage)]),
            UnknownStage { missing, stage } => {
                text(lang, "repair.unknownStage", &[("missing", missing), ("stage", stage)])
            }
            NoLanes { lane } => text(lang, "repair.noLanes", &[("lane", lane)]),
            UnknownLane { missing, first } => {
                text(lang, "repair.unknownLane", &[("missing", missing), ("first", first)])
            }
        }
    }
}

fn entity_key(entity: Entity) -> &'static str {
    match entity {
        Entity::Stage => "stage",
        Entity::Lane => "lane",
        Entity::Touchpoint => "touchpoint",
    }
}

/// What the operating system said: its own words in English, the app's in the other
/// languages for the failures people meet, and its own words for the rest.
fn io_reason(e: &io::Error, lang: Language) -> String {
    let key = match e.kind() {
        _ if lang == Language::En => None,
        io::ErrorKind::NotFound => Some("io.notFound"),
        io::ErrorKind::PermissionDenied => Some("io.permissionDenied"),
        io::ErrorKind::IsADirectory => Some("io.isADirectory"),
        _ => None,
    };
    key.map_or_else(|| e.to_string(), |k| text(lang, k, &[]))
}

/// Bytes as MiB, with a decimal comma where the language writes one.
fn mib(bytes: u64, lang: Language) -> String {
    let m = bytes as f64 / (1024.0 * 1024.0);
    let s = if m.fract() == 0.0 { format!("{m:.0}") } else { format!("{m:.1}") };
    match lang {
        Language::En => s,
        Language::Ru | Language::Pl => s.replace('.', ","),
    }
}
