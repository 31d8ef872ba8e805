//! CSV and TSV: the delimiter is the one of comma, semicolon (Excel's in locales whose
//! decimal mark is a comma, as Russian and Polish), tab and bar that splits the top rows
//! into the same number of cells; quoted cells may hold delimiters and line breaks.

use super::table::Table;

const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
/// How many rows the delimiter is judged on.
const SAMPLE: usize = 50;

/// The delimiter of `text`; `hint` (tab for a .tsv file) wins a tie.
pub fn sniff(text: &str, hint: Option<u8>) -> u8 {
    // The delimiter that splits the most rows into the most cells alike wins: rows of one
    // number of cells (two or more), weighed by the splits in each. A title row above the
    // table, with a comma in it, does not decide; nor do commas inside a semicolon sheet's
    // texts, which split a few rows in two where semicolons split every row in twenty.
    let score = |d: u8| {
        let mut counts: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
        for record in reader(text, d).records().take(SAMPLE).filter_map(Result::ok) {
            if record.len() >= 2 {
                *counts.entry(record.len()).or_default() += 1;
            }
        }
        counts.into_iter().map(|(cells, rows)| (rows * (cells - 1), rows)).max().unwrap_or((0, 0))
    };
    let mut best = (hint.unwrap_or(b','), (0, 0));
    for d in hint.into_iter().chain(CANDIDATES) {
        let s = score(d);
        if s > best.1 {
            best = (d, s);
        }
    }
    best.0
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes())
}

/// The rows of `text`, split at `delimiter`. Blank lines stay rows (the reader skips
/// them), so that a row's number is the one a spreadsheet shows for it. A record the
/// reader cannot split is left as far as it goes: the reader never fails on text.
pub fn read(text: &str, delimiter: u8) -> Table {
    let mut rows = Vec::new();
    let mut reader = reader(text, delimiter);
    let mut record = csv::StringRecord::new();
    rows.extend(std::iter::repeat_n(Vec::new(), blank_lines(text)));
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(_) => continue,
        }
        rows.push(record.iter().map(str::to_owned).collect());
        // The reader's position is where the record's own line break starts.
        let rest = text.get(reader.position().byte() as usize..).unwrap_or("");
        let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n')).unwrap_or(rest);
        rows.extend(std::iter::repeat_n(Vec::new(), blank_lines(rest)));
    }
    Table { rows, first_row: 1, first_column: 0 }
}

/// How many empty lines `text` starts with; the last line break of a file starts none.
fn blank_lines(text: &str) -> usize {
    let mut rest = text;
    let mut n = 0;
    while let Some(after) = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n')) {
        if after.is_empty() {
            break;
        }
        n += 1;
        rest = after;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_one_that_splits_rows_alike() {
        assert_eq!(sniff("Stage,Title\nA,B\n", None), b',');
        assert_eq!(sniff("Этап;Название\nА;Реклама, баннер\nБ;Звонок\n", None), b';');
        assert_eq!(sniff("Stage\tTitle\nA\tB, C; D\n", None), b'\t');
        assert_eq!(sniff("one column\nonly\n", Some(b'\t')), b'\t');
        assert_eq!(sniff("Journey, Q3\nStage\tTitle\tOwner\nA\tB\tC\n", None), b'\t');
        let commas_inside = "Stage;Title;Owner;Notes\nA;\"x,\ny,\nz,\";o;n\nB;\"p,\nq,\";o;n\n";
        assert_eq!(sniff(commas_inside, None), b';', "commas in texts do not make a comma sheet");
    }

    #[test]
    fn quoted_cells_keep_delimiters_and_line_breaks_and_row_numbers_count_blank_lines() {
        let t = read("Stage;Title\r\n\r\nA;\"Ad; big\r\nbanner\"\r\nB;\"Say \"\"hi\"\"\"\r\n", b';');
        assert_eq!(
            t.rows,
            [vec!["Stage".to_owned(), "Title".into()], vec![], vec!["A".into(), "Ad; big\r\nbanner".into()], vec!["B".into(), "Say \"hi\"".into()]]
        );
    }
}
