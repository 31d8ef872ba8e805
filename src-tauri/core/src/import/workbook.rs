//! XLSX, XLS and ODS workbooks, read by calamine: the first sheet, or the one named. A
//! formula cell gives the value its program last computed and saved; nothing is ever
//! evaluated here.

use std::io::Cursor;

use calamine::{Data, Reader, Sheets};

use super::table::Table;
use super::ImportError;

/// The first bytes of a zip archive (XLSX, ODS) and of an OLE compound file (XLS, and any
/// password-protected workbook: Excel encrypts into one).
pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
pub const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// True when `bytes` start like a workbook, whatever the file is called.
pub fn looks_like_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC) || bytes.starts_with(OLE_MAGIC)
}

/// A workbook's sheet names, and the table of the one asked for (the first by default).
pub struct Sheet {
    pub names: Vec<String>,
    pub name: String,
    pub table: Table,
}

pub fn read(bytes: &[u8], sheet: Option<&str>) -> Result<Sheet, ImportError> {
    if bytes.starts_with(OLE_MAGIC) && is_encrypted(bytes) {
        return Err(ImportError::Encrypted);
    }
    let mut book: Sheets<_> =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| ImportError::Workbook { reason: e.to_string() })?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(wanted) => names
            .iter()
            .find(|n| n.as_str() == wanted)
            .or_else(|| names.iter().find(|n| n.to_lowercase() == wanted.to_lowercase()))
            .cloned()
            .ok_or_else(|| ImportError::NoSheet { name: wanted.to_owned(), sheets: names.clone() })?,
        None => names.first().cloned().ok_or(ImportError::Empty)?,
    };
    let range = book.worksheet_range(&name).map_err(|e| ImportError::Workbook { reason: e.to_string() })?;
    let (first_row, first_column) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
    let rows = range.rows().map(|row| row.iter().map(cell_text).collect()).collect();
    Ok(Sheet { names, name, table: Table { rows, first_row: first_row + 1, first_column } })
}

/// A cell as its text: whole numbers without a fraction, dates as `YYYY-MM-DD` (with the
/// time when it has one), an error cell (`#DIV/0!`) as its code.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, mo, day, h, mi, s, _) = d.to_ymd_hms_milli();
            if (h, mi, s) == (0, 0, 0) { format!("{y:04}-{mo:02}-{day:02}") } else { format!("{y:04}-{mo:02}-{day:02} {h:02}:{mi:02}") }
        }
        other => other.to_string(),
    }
}

/// Excel's encrypted package is an OLE file holding a stream named "EncryptedPackage"
/// (its directory names are UTF-16).
fn is_encrypted(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_and_encrypted_workbooks_are_refused_with_the_reason() {
        assert!(matches!(read(b"PK\x03\x04 not really a zip", None), Err(ImportError::Workbook { .. })));
        let mut ole = OLE_MAGIC.to_vec();
        ole.extend(vec![0u8; 64]);
        ole.extend("EncryptedPackage".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert!(matches!(read(&ole, None), Err(ImportError::Encrypted)));
    }
}
