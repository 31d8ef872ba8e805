//! The map as an Excel workbook: a sheet of touchpoints with the CSV's columns and cells
//! ([`table::touchpoints`]), and a sheet of the map's details (title, personas, goals,
//! notes, last review).
//!
//! The touchpoints' sheet is made to be read: a bold header row, frozen, with filters on;
//! the rows of a stage grouped under its first card (which the outline keeps when the
//! group is collapsed); the sentiment's word in a cell of its colour (the app's palette,
//! never colour alone); wrapped text, top-aligned, in columns as wide as their longest line.
//!
//! Every text is a string cell, which a spreadsheet never runs as a formula, so unlike the
//! CSV no apostrophe is needed. A text is made safe for the file: the characters XML cannot
//! hold are dropped (as the SVG export does), and a text over Excel's 32,767 characters is
//! cut and ends in "…". Numbers (stage number, order, score, a number in an unknown field) are
//! number cells.

use std::borrow::Cow;

use rust_xlsxwriter::{Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::table::{self, Cell, SENTIMENT_COLUMN, STAGE_COLUMN};
use super::{step, ExportError, Labels, Progress};
use crate::model::{Map, Sentiment};

/// Excel's limit of characters (UTF-16 code units) in a cell.
pub(crate) const MAX_CELL: usize = 32_767;
/// Column widths, in characters of the default font.
const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 60;
/// Room for the filter's drop-down button beside a header.
const FILTER_BUTTON: usize = 3;
/// Progress is reported (and a cancel noticed) every this many rows.
const ROWS_PER_STEP: usize = 1_000;

// The app's palette (ui/src/app.css): the soft fill of each sentiment, its text colour.
const POSITIVE: (u32, u32) = (0xE3F4EA, 0x156B3C);
const NEUTRAL: (u32, u32) = (0xECEFF3, 0x4A5363);
const NEGATIVE: (u32, u32) = (0xFCEAEA, 0xB0262C);
const HEADER_FILL: u32 = 0xE9EEFC;
const BORDER: u32 = 0xC5CBD4;
const MUTED: u32 = 0x8A93A2;

pub fn render(map: &Map, labels: &Labels, progress: &dyn Progress) -> Result<Vec<u8>, ExportError> {
    write(map, labels, progress).map_err(|e| match e {
        Failure::Export(e) => e,
        Failure::Xlsx(e) => ExportError::Render { format: "xlsx", reason: e.to_string() },
    })
}

/// Why the workbook was not made: the export's own reason (the user cancelled), or the
/// writer's.
enum Failure {
    Export(ExportError),
    Xlsx(XlsxError),
}

impl From<XlsxError> for Failure {
    fn from(e: XlsxError) -> Self {
        Failure::Xlsx(e)
    }
}

impl From<ExportError> for Failure {
    fn from(e: ExportError) -> Self {
        Failure::Export(e)
    }
}

fn write(map: &Map, labels: &Labels, progress: &dyn Progress) -> Result<Vec<u8>, Failure> {
    let mut workbook = Workbook::new();
    let title = if map.title.trim().is_empty() { labels.untitled.as_str() } else { map.title.as_str() };
    // The creation date is fixed, like the archive's file dates: the same map gives the
    // same bytes (an export kept in git does not change by being made again).
    let created = ExcelDateTime::from_ymd(1980, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_title(cut(&clean(title), 255)).set_creation_datetime(&created));

    let mut sheet = Worksheet::new();
    sheet.set_name(sheet_name(&labels.sheet_touchpoints))?;
    touchpoints(&mut sheet, map, labels, progress)?;
    workbook.push_worksheet(sheet);

    let mut sheet = Worksheet::new();
    sheet.set_name(sheet_name(&labels.sheet_details))?;
    details(&mut sheet, map, labels)?;
    workbook.push_worksheet(sheet);

    step(progress, 0.8)?;
    Ok(workbook.save_to_buffer()?)
}

/// The formats of the touchpoints' cells: `[later row, first row of its stage]`.
struct Formats {
    text: [Format; 2],
    number: [Format; 2],
    stage: [Format; 2],
    positive: [Format; 2],
    neutral: [Format; 2],
    negative: [Format; 2],
}

impl Formats {
    fn new() -> Formats {
        let body = Format::new().set_align(FormatAlign::Top).set_text_wrap();
        // A stage's first row has a line above it, which separates the stages.
        let pair = |f: Format| [f.clone(), f.set_border_top(FormatBorder::Thin).set_border_top_color(Color::RGB(BORDER))];
        let sentiment = |(fill, ink): (u32, u32)| {
            pair(body.clone().set_background_color(Color::RGB(fill)).set_font_color(Color::RGB(ink)).set_bold())
        };
        let [later, first] = pair(body.clone());
        Formats {
            number: pair(Format::new().set_align(FormatAlign::Top)),
            // The stage's name is strong on its first row and quiet on the rows below it.
            stage: [later.clone().set_font_color(Color::RGB(MUTED)), first.clone().set_bold()],
            text: [later, first],
            positive: sentiment(POSITIVE),
            neutral: sentiment(NEUTRAL),
            negative: sentiment(NEGATIVE),
        }
    }
}

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(HEADER_FILL))
        .set_border_bottom(FormatBorder::Thin)
        .set_border_bottom_color(Color::RGB(BORDER))
}

fn touchpoints(sheet: &mut Worksheet, map: &Map, labels: &Labels, progress: &dyn Progress) -> Result<(), Failure> {
    let table = table::touchpoints(map, labels);
    let formats = Formats::new();
    let header = header_format();
    let columns = table.header.len();
    let mut widths: Vec<usize> = vec![0; columns];

    for (col, name) in table.header.iter().enumerate() {
        let name = clean(name);
        widths[col] = width(&name) + FILTER_BUTTON;
        sheet.write_string_with_format(0, col_num(col)?, name, &header)?;
    }

    let mut group_start = 1;
    for (i, row) in table.rows.iter().enumerate() {
        let r = row_num(i + 1)?;
        let first = i == 0 || table.rows[i - 1].stage != row.stage;
        if first {
            group(sheet, group_start, i)?;
            group_start = i + 2;
        }
        let k = usize::from(first);
        for (col, cell) in row.cells.iter().enumerate() {
            let c = col_num(col)?;
            match cell {
                Cell::Number { value: Some(value), text } => {
                    widths[col] = widths[col].max(text.len());
                    sheet.write_number_with_format(r, c, *value, &formats.number[k])?;
                }
                Cell::Number { value: None, text } => {
                    widths[col] = widths[col].max(text.len());
                    sheet.write_string_with_format(r, c, text, &formats.text[k])?;
                }
                Cell::Text(text) => {
                    let format = match col {
                        STAGE_COLUMN => &formats.stage[k],
                        SENTIMENT_COLUMN => match row.sentiment {
                            Some(Sentiment::Positive) => &formats.positive[k],
                            Some(Sentiment::Neutral) => &formats.neutral[k],
                            Some(Sentiment::Negative) => &formats.negative[k],
                            None => &formats.text[k],
                        },
                        _ => &formats.text[k],
                    };
                    if text.is_empty() {
                        // Blank, but formatted: the line above a stage runs across the row.
                        if first {
                            sheet.write_blank(r, c, format)?;
                        }
                        continue;
                    }
                    let text = clean(text);
                    widths[col] = widths[col].max(width(&text));
                    sheet.write_string_with_format(r, c, text, format)?;
                }
            }
        }
        if (i + 1) % ROWS_PER_STEP == 0 {
            step(progress, 0.7 * (i + 1) as f32 / table.rows.len() as f32)?;
        }
    }
    group(sheet, group_start, table.rows.len())?;
    // The outline's buttons sit on each stage's first row, above the rows they fold.
    sheet.group_symbols_above(true);

    for (col, w) in widths.iter().enumerate() {
        sheet.set_column_width(col_num(col)?, (*w).clamp(MIN_WIDTH, MAX_WIDTH) as f64 + 1.0)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, row_num(table.rows.len())?, col_num(columns - 1)?)?;
    // Printed: landscape, as wide as one page, the header atop every page.
    sheet.set_landscape();
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}

/// Groups the rows `first..=last` (sheet rows) below a stage's first row, if there are any.
fn group(sheet: &mut Worksheet, first: usize, last: usize) -> Result<(), Failure> {
    if last >= first {
        sheet.group_rows(row_num(first)?, row_num(last)?)?;
    }
    Ok(())
}

fn details(sheet: &mut Worksheet, map: &Map, labels: &Labels) -> Result<(), Failure> {
    let label_format = Format::new().set_bold().set_align(FormatAlign::Top).set_background_color(Color::RGB(HEADER_FILL));
    let value_format = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let mut widths = [0, 0];
    for (i, (label, value)) in table::details(map, labels).into_iter().enumerate() {
        let r = row_num(i)?;
        let label = clean(&label);
        widths[0] = widths[0].max(width(&label));
        sheet.write_string_with_format(r, 0, label, &label_format)?;
        if value.is_empty() {
            sheet.write_blank(r, 1, &value_format)?;
        } else {
            let value = clean(&value);
            widths[1] = widths[1].max(width(&value));
            sheet.write_string_with_format(r, 1, value, &value_format)?;
        }
    }
    for (col, w) in widths.into_iter().enumerate() {
        sheet.set_column_width(col as u16, w.clamp(MIN_WIDTH, MAX_WIDTH) as f64 + 1.0)?;
    }
    Ok(())
}

fn row_num(row: usize) -> Result<u32, Failure> {
    u32::try_from(row).map_err(|_| Failure::Xlsx(XlsxError::RowColumnLimitError))
}

fn col_num(col: usize) -> Result<u16, Failure> {
    u16::try_from(col).map_err(|_| Failure::Xlsx(XlsxError::RowColumnLimitError))
}

/// A sheet name Excel takes: at most 31 characters, none of `[]:*?/\`, not empty, not
/// starting or ending with an apostrophe.
pub(crate) fn sheet_name(name: &str) -> String {
    let name: String = name.chars().filter(|c| !"[]:*?/\\".contains(*c) && !c.is_control()).take(31).collect();
    let name = name.trim().trim_matches('\'').trim();
    if name.is_empty() { "Sheet".to_owned() } else { name.to_owned() }
}

/// The text as a cell holds it: without the characters XML 1.0 cannot hold (control
/// characters other than tab, line feed and carriage return; U+FFFE, U+FFFF), and cut to
/// Excel's limit of 32,767 characters, ending in "…". (A literal `_x0041_` needs nothing:
/// rust_xlsxwriter escapes it as Excel does, `_x005F_x0041_`, so that no reader takes it
/// for the escape of an "A".)
pub(crate) fn clean(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| matches!(c, '\0'..='\x08' | '\x0B' | '\x0C' | '\x0E'..='\x1F' | '\u{FFFE}' | '\u{FFFF}');
    let text = if text.contains(unsafe_char) { Cow::Owned(text.replace(unsafe_char, "")) } else { Cow::Borrowed(text) };
    // Bytes are at least as many as UTF-16 units: a short text fits.
    if text.len() <= MAX_CELL {
        return text;
    }
    match cut(&text, MAX_CELL) {
        Cow::Borrowed(_) => text,
        Cow::Owned(cut) => Cow::Owned(cut),
    }
}

/// The text cut to at most `max` UTF-16 units, "…" included, after a whole character.
fn cut(text: &str, max: usize) -> Cow<'_, str> {
    let mut units = 0;
    // Where the text ends if it is cut: the last character that leaves room for "…".
    let mut end = 0;
    for (i, c) in text.char_indices() {
        units += c.len_utf16();
        if units < max {
            end = i + c.len_utf8();
        }
        if units > max {
            return Cow::Owned(format!("{}…", &text[..end]));
        }
    }
    Cow::Borrowed(text)
}

/// How many characters wide the text's longest line is; East Asian wide characters and
/// emoji count two.
fn width(text: &str) -> usize {
    text.lines()
        .map(|line| line.chars().map(|c| if wide(c) { 2 } else { 1 }).sum())
        .max()
        .unwrap_or(0)
}

fn wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1FAFF | 0x20000..=0x3FFFD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Language, Quiet};

    #[test]
    fn clean_drops_what_xml_cannot_hold() {
        assert!(matches!(clean("plain text, = + @ -"), Cow::Borrowed(_)));
        assert_eq!(clean("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}"), "abcdefgh");
        assert_eq!(clean("tab\tline\ncr\r"), "tab\tline\ncr\r");
        assert!(matches!(clean("_x0041_ is escaped by the writer"), Cow::Borrowed(_)));
    }

    #[test]
    fn clean_cuts_at_excels_limit_with_an_ellipsis() {
        let long = "é".repeat(MAX_CELL + 10);
        let cut = clean(&long);
        assert_eq!(cut.encode_utf16().count(), MAX_CELL);
        assert!(cut.ends_with("é…"));
        // Characters outside the BMP take two units; the cut never splits one.
        let emoji = "🎉".repeat(MAX_CELL);
        let cut = clean(&emoji);
        assert!(cut.encode_utf16().count() <= MAX_CELL);
        assert!(cut.ends_with("🎉…"));
        let exact = "x".repeat(MAX_CELL);
        assert_eq!(clean(&exact), exact);
        let dropped = format!("{}\u{0}", "x".repeat(MAX_CELL));
        assert_eq!(clean(&dropped), exact, "what is dropped does not count");
    }

    #[test]
    fn sheet_names_are_ones_excel_takes_in_every_language() {
        assert_eq!(sheet_name("a[b]c:d*e?f/g\\h"), "abcdefgh");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
        assert_eq!(sheet_name("'' "), "Sheet");
        for language in Language::ALL {
            let labels = Labels::get(language);
            let (a, b) = (sheet_name(&labels.sheet_touchpoints), sheet_name(&labels.sheet_details));
            assert_eq!(a, labels.sheet_touchpoints, "{language:?}");
            assert_eq!(b, labels.sheet_details, "{language:?}");
            assert_ne!(a.to_lowercase(), b.to_lowercase());
        }
    }

    #[test]
    fn widths_follow_the_longest_line() {
        assert_eq!(width("ab\nabcd\nabc"), 4);
        assert_eq!(width(""), 0);
        assert_eq!(width("日本"), 4);
    }

    #[test]
    fn a_cancelled_export_says_so_and_a_writer_error_is_a_render_error() {
        struct Cancelled;
        impl Progress for Cancelled {
            fn report(&self, _: f32) {}
            fn is_cancelled(&self) -> bool {
                true
            }
        }
        let map = crate::model::generate(3, 2 * ROWS_PER_STEP, 1);
        assert!(matches!(render(&map, Labels::get(Language::En), &Cancelled), Err(ExportError::Cancelled)));
        // More columns than a sheet has (16,384): the writer refuses, the export says why.
        let mut map = crate::model::generate(1, 1, 1);
        for k in 0..16_400 {
            map.touchpoints[0].extra.insert(format!("f{k:05}"), serde_json::json!(k));
        }
        match render(&map, Labels::get(Language::En), &Quiet) {
            Err(ExportError::Render { format: "xlsx", reason }) => assert!(!reason.is_empty()),
            other => panic!("{:?}", other.map(|b| b.len())),
        }
    }

    #[test]
    fn a_map_at_excels_limits_exports_without_an_error() {
        let mut map = Map::new("t".repeat(100_000));
        map.notes = "\u{0}".repeat(10);
        map.stages.push(crate::model::Stage { id: "s".into(), name: "n".repeat(40_000), extra: Default::default() });
        map.touchpoints.push(crate::model::Touchpoint { id: "t".into(), stage: "s".into(), ..Default::default() });
        let bytes = render(&map, Labels::get(Language::En), &Quiet).unwrap();
        assert!(bytes.starts_with(b"PK"));
    }
}
