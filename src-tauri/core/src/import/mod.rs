//! Maps made elsewhere, read into a new map: a sheet (CSV, TSV, XLSX, XLS, ODS; see
//! [`table`] for the columns it reads) or a Mermaid `journey` diagram (a `.mmd` file, or the
//! first `journey` block of a Markdown file). The import is always a new map, never saved by
//! this module; what could not be read is listed in [`Imported::notes`] by line or row and
//! column, never dropped silently.

#[cfg(feature = "spreadsheets")]
pub mod delimited;
pub mod measure_columns;
pub mod measures;
#[cfg(feature = "spreadsheets")]
pub mod metrics_preview;
pub mod mermaid;
#[cfg(feature = "spreadsheets")]
pub mod preview;
pub mod table;
#[cfg(feature = "spreadsheets")]
pub mod text;
#[cfg(feature = "spreadsheets")]
pub mod workbook;

use std::path::Path;

use crate::messages::{text, Localize};
pub use crate::language::Language;
use crate::model::Map;
pub use table::{Layout, Role, Table};

/// The kinds of file the import reads, told by the file's extension (and a workbook by its
/// first bytes too, whatever it is called).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `.mmd` or `.mermaid`: the diagram itself.
    Mermaid,
    /// `.md` or `.markdown`: the first ```` ```mermaid ```` block that holds a `journey`.
    Markdown,
    /// `.csv` or `.txt`: cells split at the delimiter found in it.
    Csv,
    /// `.tsv` or `.tab`: cells split at tabs unless another delimiter fits better.
    Tsv,
    /// `.xlsx`, `.xlsm`, `.xls`, `.ods`.
    Workbook,
}

impl Kind {
    pub fn of(path: &Path) -> Option<Kind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "mmd" | "mermaid" => Some(Kind::Mermaid),
            "md" | "markdown" => Some(Kind::Markdown),
            "csv" | "txt" => Some(Kind::Csv),
            "tsv" | "tab" => Some(Kind::Tsv),
            "xlsx" | "xlsm" | "xls" | "ods" => Some(Kind::Workbook),
            _ => None,
        }
    }
}

/// How to read a file: the sheet of a workbook (the first by default) and the layout of
/// its columns (guessed from the header by default).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub sheet: Option<String>,
    pub layout: Option<Layout>,
}

/// A new map, and what of the file it could not take.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub map: Map,
    pub notes: Vec<Note>,
}

/// A line (of a diagram) or a row (of a sheet) that was left out or read only in part;
/// `line` counts from 1 in the file as given (in a Markdown file, the Markdown file's line;
/// in a sheet, the row as the spreadsheet numbers it), `column` names a sheet's column by
/// its header, or its letter when it has none.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub struct Note {
    pub line: usize,
    pub column: Option<String>,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A task without `: score`; left out.
    NoScore { text: String },
    /// A score that is not a number from 1 to 5; the task was imported as neutral, with no score.
    BadScore { text: String, score: String },
    /// A line that is no title, section or task (a task without a name); left out.
    Unreadable { text: String },
    /// A row with no stage, above every row that has one; left out.
    NoStage,
    /// A row with content but no title; left out.
    NoTitle,
    /// A cell whose value is none the column takes (a channel, a score); kept on the card
    /// as an unknown field named by the column.
    UnknownValue { value: String },
    /// A touchpoint id a row above has; the row's card got a new id.
    DuplicateId { id: String },
    /// A metric cell that holds no number; passed over.
    NotANumber { value: String },
    /// A metric value outside its metric's scale (an NPS of 140); passed over.
    OutOfScale { value: String },
    /// A metric's other field (its date, its source…) in a row with no value of it; kept
    /// on the card as an unknown field named by the column.
    NoMetricValue { value: String },
}

impl Localize for Note {
    fn message(&self, lang: Language) -> String {
        let line = self.line;
        let column = self.column.as_deref().unwrap_or("");
        let cell = |id: &str, value: &str| text(lang, id, &[("row", &line), ("column", &column), ("value", &value)]);
        match &self.problem {
            Problem::NoScore { text: t } => text(lang, "import-no-score", &[("line", &line), ("text", &t.as_str())]),
            Problem::BadScore { text: t, score } => {
                text(lang, "import-bad-score", &[("line", &line), ("text", &t.as_str()), ("score", &score.as_str())])
            }
            Problem::Unreadable { text: t } => text(lang, "import-unreadable", &[("line", &line), ("text", &t.as_str())]),
            Problem::NoStage => cell("import-row-no-stage", ""),
            Problem::NoTitle => cell("import-row-no-title", ""),
            Problem::UnknownValue { value } => cell("import-cell-unknown", value),
            Problem::DuplicateId { id } => cell("import-cell-duplicate-id", id),
            Problem::NotANumber { value } => cell("import-cell-not-a-number", value),
            Problem::OutOfScale { value } => cell("import-cell-out-of-scale", value),
            Problem::NoMetricValue { value } => cell("import-cell-no-metric-value", value),
        }
    }
}

/// Why nothing was imported.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub enum ImportError {
    /// The file has no text at all (or only blanks), or the sheet no cells.
    Empty,
    /// Text, but no `journey` diagram in it.
    NoJourney { markdown: bool },
    /// Not text (a diagram must be UTF-8; a CSV any text encoding).
    NotText,
    /// A kind of file the import does not read.
    Unsupported { extension: String },
    /// No column of stages or none of titles: the headers found, and which of the two are there.
    NoColumns { found: Vec<String>, stage: bool, title: bool },
    /// A sheet of metrics without a column naming the touchpoint (`has_key` false), or
    /// without a column of values beside it.
    NoMetricColumns { found: Vec<String>, has_key: bool },
    /// A workbook calamine cannot read (damaged, or not a workbook after all).
    Workbook { reason: String },
    /// A password-protected workbook.
    Encrypted,
    /// `--sheet` names no sheet of the workbook.
    NoSheet { name: String, sheets: Vec<String> },
    Read { file: std::path::PathBuf, source: std::io::Error },
}

impl Localize for ImportError {
    fn message(&self, lang: Language) -> String {
        let quoted = |list: &[String]| {
            list.iter().map(|s| text(lang, "import-quoted", &[("text", &s.as_str())])).collect::<Vec<_>>().join(", ")
        };
        match self {
            ImportError::Empty => text(lang, "import-empty", &[]),
            ImportError::NoJourney { markdown: false } => text(lang, "import-no-journey", &[]),
            ImportError::NoJourney { markdown: true } => text(lang, "import-no-journey-block", &[]),
            ImportError::NotText => text(lang, "import-not-text", &[]),
            ImportError::Unsupported { extension } => {
                text(lang, "import-unsupported", &[("extension", &extension.as_str())])
            }
            ImportError::NoColumns { found, stage, title } => {
                let missing = match (stage, title) {
                    (false, false) => "both",
                    (false, true) => "stage",
                    _ => "title",
                };
                text(lang, "import-no-columns", &[("missing", &missing), ("found", &quoted(found)), ("count", &found.len())])
            }
            ImportError::NoMetricColumns { found, has_key } => text(
                lang,
                if *has_key { "import-no-metric-columns" } else { "import-no-touchpoint-column" },
                &[("found", &quoted(found)), ("count", &found.len())],
            ),
            ImportError::Workbook { reason } => text(lang, "import-workbook", &[("reason", &reason.as_str())]),
            ImportError::Encrypted => text(lang, "import-encrypted", &[]),
            ImportError::NoSheet { name, sheets } => {
                text(lang, "import-no-sheet", &[("name", &name.as_str()), ("sheets", &quoted(sheets))])
            }
            ImportError::Read { file, source } => text(
                lang,
                "import-read",
                &[("file", &file.display()), ("reason", &crate::messages::io_reason(source, lang))],
            ),
        }
    }
}

/// Reads `bytes` as a file of the given kind, with the sheet and layout guessed.
pub fn import(bytes: &[u8], kind: Kind) -> Result<Imported, ImportError> {
    import_with(bytes, kind, "", &Options::default())
}

/// Reads `bytes` as a file of the given kind; `title` names a map from a sheet (a diagram
/// has its own).
pub fn import_with(bytes: &[u8], kind: Kind, title: &str, options: &Options) -> Result<Imported, ImportError> {
    match kind {
        Kind::Mermaid | Kind::Markdown => diagram(bytes, kind),
        #[cfg(feature = "spreadsheets")]
        Kind::Csv | Kind::Tsv | Kind::Workbook => {
            let sheet = preview::read_sheet(bytes, kind, options.sheet.as_deref())?;
            let layout = options.layout.clone().unwrap_or_else(|| table::guess(&sheet.table));
            table::build(&sheet.table, &layout, title)
        }
        #[cfg(not(feature = "spreadsheets"))]
        Kind::Csv | Kind::Tsv | Kind::Workbook => {
            let _ = (title, options);
            Err(ImportError::Unsupported { extension: String::new() })
        }
    }
}

fn diagram(bytes: &[u8], kind: Kind) -> Result<Imported, ImportError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    match kind {
        Kind::Markdown => {
            let (block, first_line) = mermaid::journey_block(text).ok_or(ImportError::NoJourney { markdown: true })?;
            mermaid::parse(&block, first_line).ok_or(ImportError::NoJourney { markdown: true })
        }
        _ => mermaid::parse(text, 0).ok_or(ImportError::NoJourney { markdown: false }),
    }
}

/// The kind of the file at `path` by its extension, or an error naming the extension.
pub fn kind_of(path: &Path) -> Result<Kind, ImportError> {
    Kind::of(path).ok_or_else(|| ImportError::Unsupported {
        extension: path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default(),
    })
}

/// The bytes of the file at `path`.
pub fn read_file(path: &Path) -> Result<Vec<u8>, ImportError> {
    std::fs::read(path).map_err(|source| ImportError::Read { file: path.to_path_buf(), source })
}

/// The title a map from a sheet gets: the file's name without its extension.
pub fn title_of(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Reads the file at `path`, its kind told by its extension.
pub fn import_file(path: &Path, options: &Options) -> Result<Imported, ImportError> {
    let kind = kind_of(path)?;
    let bytes = read_file(path)?;
    import_with(&bytes, kind, &title_of(path), options)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<(Box<dyn Localize>, Vec<&'static str>)> {
        let note = |problem| Box::new(Note { line: 12, column: None, problem }) as Box<dyn Localize>;
        let cell = |problem| Box::new(Note { line: 12, column: Some("Etap".into()), problem }) as Box<dyn Localize>;
        vec![
            (Box::new(ImportError::Empty), vec![]),
            (Box::new(ImportError::NoJourney { markdown: false }), vec!["journey"]),
            (Box::new(ImportError::NoJourney { markdown: true }), vec!["```mermaid", "journey"]),
            (Box::new(ImportError::NotText), vec!["CSV", "UTF-8"]),
            (Box::new(ImportError::Unsupported { extension: "numbers".into() }), vec![".numbers", ".csv", ".xlsx", ".ods", "Mermaid", ".mmd"]),
            (Box::new(ImportError::NoColumns { found: vec!["Step".into(), "Cost".into()], stage: false, title: true }), vec!["Step", "Cost", "Stage", "Этап", "Etap"]),
            (Box::new(ImportError::NoColumns { found: vec![], stage: true, title: false }), vec!["Touchpoint"]),
            (Box::new(ImportError::Workbook { reason: "zip: bad CRC".into() }), vec!["zip: bad CRC"]),
            (Box::new(ImportError::Encrypted), vec![]),
            (Box::new(ImportError::NoMetricColumns { found: vec!["Week".into()], has_key: false }), vec!["Week"]),
            (Box::new(ImportError::NoMetricColumns { found: vec!["Touchpoint".into()], has_key: true }), vec!["Touchpoint"]),
            (Box::new(ImportError::NoSheet { name: "Q3".into(), sheets: vec!["Q1".into(), "Q2".into()] }), vec!["Q3", "Q1", "Q2"]),
            (
                Box::new(ImportError::Read {
                    file: "/maps/j.mmd".into(),
                    source: std::io::Error::from(std::io::ErrorKind::NotFound),
                }),
                vec!["/maps/j.mmd"],
            ),
            (note(Problem::NoScore { text: "Pays".into() }), vec!["12", "Pays"]),
            (note(Problem::BadScore { text: "Pays".into(), score: "7".into() }), vec!["12", "Pays", "7"]),
            (note(Problem::Unreadable { text: ": 4".into() }), vec!["12", ": 4"]),
            (cell(Problem::NoStage), vec!["12", "Etap"]),
            (cell(Problem::NoTitle), vec!["12", "Etap"]),
            (cell(Problem::UnknownValue { value: "Pigeon".into() }), vec!["12", "Etap", "Pigeon"]),
            (cell(Problem::DuplicateId { id: "tp-1".into() }), vec!["12", "Etap", "tp-1"]),
            (cell(Problem::NotANumber { value: "n/a".into() }), vec!["12", "Etap", "n/a"]),
            (cell(Problem::OutOfScale { value: "140".into() }), vec!["12", "Etap", "140"]),
            (cell(Problem::NoMetricValue { value: "2026-03-01".into() }), vec!["12", "Etap", "2026-03-01"]),
        ]
    }

    #[test]
    fn every_error_and_note_is_said_in_every_language_with_its_values() {
        for (e, values) in all() {
            let english = e.message(Language::En);
            for lang in Language::ALL {
                let text = e.message(lang);
                if lang != Language::En {
                    assert_ne!(text, english, "{lang:?}: not translated");
                }
                assert!(!text.contains("{ $") && !text.contains('\u{2068}'), "{lang:?}: {text}");
                for v in &values {
                    assert!(text.contains(v), "{lang:?}: {text:?} lacks {v:?}");
                }
            }
        }
    }

    #[test]
    fn the_kind_of_file_comes_from_its_extension() {
        assert_eq!(Kind::of(Path::new("a/j.MMD")), Some(Kind::Mermaid));
        assert_eq!(Kind::of(Path::new("j.mermaid")), Some(Kind::Mermaid));
        assert_eq!(Kind::of(Path::new("page.Markdown")), Some(Kind::Markdown));
        assert_eq!(Kind::of(Path::new("page.md")), Some(Kind::Markdown));
        assert_eq!(Kind::of(Path::new("sheet.CSV")), Some(Kind::Csv));
        assert_eq!(Kind::of(Path::new("sheet.tsv")), Some(Kind::Tsv));
        assert_eq!(Kind::of(Path::new("book.ods")), Some(Kind::Workbook));
        assert_eq!(Kind::of(Path::new("book.numbers")), None);
        assert_eq!(Kind::of(Path::new("noext")), None);
    }

    #[test]
    fn bytes_that_are_no_journey_are_refused_with_the_reason() {
        assert!(matches!(import(b"", Kind::Mermaid), Err(ImportError::Empty)));
        assert!(matches!(import("\u{FEFF}  \r\n".as_bytes(), Kind::Markdown), Err(ImportError::Empty)));
        assert!(matches!(import(b"\xff\xfej\x00", Kind::Mermaid), Err(ImportError::NotText)));
        assert!(matches!(import(b"pie\n", Kind::Mermaid), Err(ImportError::NoJourney { markdown: false })));
        assert!(matches!(import(b"journey\n", Kind::Markdown), Err(ImportError::NoJourney { markdown: true })));
        let ok = import("\u{FEFF}journey\r\n  section A\r\n    T: 4\r\n".as_bytes(), Kind::Mermaid).unwrap();
        assert_eq!(ok.map.stages[0].name, "A");
        assert_eq!(ok.map.touchpoints[0].title, "T");
    }
}
