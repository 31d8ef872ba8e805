//! A sheet read for the import, and what the app shows before importing it: the columns as
//! understood, which the user may change, and the first cards as they will land.

use serde::{Deserialize, Serialize};

use super::table::{self, Layout, Table};
use super::{delimited, text, workbook, ImportError, Kind, Options};
use crate::language::Language;
use crate::messages::Localize;
use crate::model::Sentiment;

/// A sheet's cells and how they were read.
pub struct ReadSheet {
    pub table: Table,
    /// The workbook's sheets, and the one read; empty for a CSV file.
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    /// The text encoding and delimiter of a CSV file.
    pub encoding: Option<&'static str>,
    pub delimiter: Option<u8>,
}

/// The cells of a CSV, TSV or workbook file. A file that starts like a workbook is read as
/// one whatever its name says; a CSV in any text encoding is read.
pub fn read_sheet(bytes: &[u8], kind: Kind, sheet: Option<&str>) -> Result<ReadSheet, ImportError> {
    if kind == Kind::Workbook || workbook::looks_like_workbook(bytes) {
        let read = workbook::read(bytes, sheet)?;
        if read.table.rows.iter().all(|r| r.iter().all(|c| c.trim().is_empty())) {
            return Err(ImportError::Empty);
        }
        return Ok(ReadSheet { table: read.table, sheets: read.names, sheet: Some(read.name), encoding: None, delimiter: None });
    }
    let decoded = text::decode(bytes).ok_or(ImportError::NotText)?;
    if decoded.text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let delimiter = delimited::sniff(&decoded.text, (kind == Kind::Tsv).then_some(b'\t'));
    let table = delimited::read(&decoded.text, delimiter);
    Ok(ReadSheet { table, sheets: Vec::new(), sheet: None, encoding: Some(decoded.encoding), delimiter: Some(delimiter) })
}

/// How many cards and rows of cells the preview shows.
const SHOWN: usize = 8;
/// How many notes it says, of all it counts.
const NOTES_SHOWN: usize = 50;

/// What the import dialog shows of a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    pub sheets: Vec<String>,
    pub sheet: Option<String>,
    /// "UTF-8", "windows-1251"…, for a CSV file.
    pub encoding: Option<String>,
    /// The delimiter of a CSV file as a character (`;`, `\t`).
    pub delimiter: Option<String>,
    /// The header row and the columns' roles; `None` for a diagram, which has no columns.
    pub layout: Option<Layout>,
    /// The texts of the header row, one per column.
    pub headers: Vec<String>,
    /// The first rows below the header, as the sheet has them.
    pub sample: Vec<Vec<String>>,
    /// The first cards as they will land.
    pub cards: Vec<PreviewCard>,
    pub stages: u32,
    pub touchpoints: u32,
    /// What will be noted, said in the language asked for (the first of them), and how many.
    pub notes: Vec<String>,
    pub note_count: u32,
    /// Why this layout imports nothing (no stage or title column), said in the language
    /// asked for; the other fields still describe the sheet, so the user can fix the layout.
    pub problem: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct PreviewCard {
    pub stage: String,
    pub title: String,
    pub sentiment: Sentiment,
}

/// The preview of `bytes` read with `options` (a layout the user changed, a sheet picked).
pub fn preview(bytes: &[u8], kind: Kind, options: &Options, lang: Language) -> Result<Preview, ImportError> {
    let mut preview = Preview {
        sheets: Vec::new(),
        sheet: None,
        encoding: None,
        delimiter: None,
        layout: None,
        headers: Vec::new(),
        sample: Vec::new(),
        cards: Vec::new(),
        stages: 0,
        touchpoints: 0,
        notes: Vec::new(),
        note_count: 0,
        problem: None,
    };
    let imported = match kind {
        Kind::Mermaid | Kind::Markdown => super::import_with(bytes, kind, "", options)?,
        Kind::Csv | Kind::Tsv | Kind::Workbook => {
            let read = read_sheet(bytes, kind, options.sheet.as_deref())?;
            let mut layout = options.layout.clone().unwrap_or_else(|| table::guess(&read.table));
            let headers = read.table.rows.get(layout.header).cloned().unwrap_or_default();
            let width = table::width(&read.table).max(headers.len());
            layout.roles.resize(width, table::Role::Keep);
            preview.sheets = read.sheets;
            preview.sheet = read.sheet;
            preview.encoding = read.encoding.map(str::to_owned);
            preview.delimiter = read.delimiter.map(|d| (d as char).to_string());
            preview.headers = headers;
            preview.headers.resize(width, String::new());
            preview.sample = read.table.rows.iter().skip(layout.header + 1).filter(|r| !r.is_empty()).take(SHOWN).cloned().collect();
            let built = table::build(&read.table, &layout, "");
            preview.layout = Some(layout);
            match built {
                Ok(imported) => imported,
                Err(e) => {
                    preview.problem = Some(e.message(lang));
                    return Ok(preview);
                }
            }
        }
    };
    let map = &imported.map;
    let stage_name = |id: &str| map.stages.iter().find(|s| s.id == id).map(|s| s.name.clone()).unwrap_or_default();
    preview.cards = map
        .touchpoints
        .iter()
        .take(SHOWN)
        .map(|t| PreviewCard { stage: stage_name(&t.stage), title: t.title.clone(), sentiment: t.sentiment })
        .collect();
    preview.stages = map.stages.len() as u32;
    preview.touchpoints = map.touchpoints.len() as u32;
    preview.note_count = imported.notes.len() as u32;
    preview.notes = imported.notes.iter().take(NOTES_SHOWN).map(|n| n.message(lang)).collect();
    Ok(preview)
}
