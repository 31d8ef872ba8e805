//! A map file that git left with conflict markers in it: someone merged two branches that
//! both edited the map without Journey Mapper's merge driver, and git wrote both versions
//! of each conflicting region into the file:
//!
//! ```text
//! <<<<<<< ours            (the label after the marker is optional)
//!   our lines
//! ||||||| base            (only in git's diff3 / zdiff3 style)
//!   the common ancestor's lines
//! =======
//!   their lines
//! >>>>>>> theirs
//! ```
//!
//! Such a file is not JSON, but it is two (or three) maps interleaved. Rather than refuse it
//! at the first `<` as bad JSON, the loader recognises it and says so, and
//! [`split_conflict`] gives back the sides for a merge.
//!
//! Why a marker can be told from the map's own text: JSON strings cannot hold a raw line
//! break (a newline inside a string must be written `\n`), so every line of a JSON file
//! starts outside any string. And no JSON token starts with `<`, `|`, `=` or `>`. So a line
//! that begins, at its very first column, with one of the four markers can never be part of
//! a JSON text, hand-written or ours: a card titled "<<<<<<< HEAD" holds the marker inside a
//! string, after the quote, never at the start of a line.

use super::error::LoadError;
use super::load::parse;
use super::Loaded;

/// The markers git writes by default (`conflict-marker-size` 7): exactly seven characters,
/// then the end of the line or a space and a label.
const OURS: &str = "<<<<<<<";
const BASE: &str = "|||||||";
const SPLIT: &str = "=======";
const THEIRS: &str = ">>>>>>>";

/// The versions a conflicted file holds, each as a complete text: the lines outside the
/// conflicting blocks, plus each block's part of that side. Line endings are kept as the
/// file has them (a CRLF file gives CRLF sides); the marker lines themselves are dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictSides {
    /// Each block's first part, between `<<<<<<<` and `|||||||` or `=======`.
    pub ours: String,
    /// Each block's last part, between `=======` and `>>>>>>>`.
    pub theirs: String,
    /// The common ancestor, when every block has a `|||||||` part (git's diff3 style).
    pub base: Option<String>,
    /// How many conflicting blocks the file has (at least one).
    pub blocks: usize,
    /// The line (from 1) of the first `<<<<<<<` marker.
    pub first_line: usize,
}

/// Each side of a conflicted file as the normal loader reads it, for the merge: a side
/// that is no map has the error it would give opened on its own.
#[derive(Debug)]
pub struct ConflictedMaps {
    pub ours: Result<Loaded, LoadError>,
    pub theirs: Result<Loaded, LoadError>,
    pub base: Option<Result<Loaded, LoadError>>,
}

impl ConflictSides {
    /// Reads each side with [`super::parse`], with its checks and repairs.
    pub fn parse(&self) -> ConflictedMaps {
        let read = |text: &str| parse(text.as_bytes());
        ConflictedMaps {
            ours: read(&self.ours),
            theirs: read(&self.theirs),
            base: self.base.as_deref().map(read),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marker {
    Ours,
    Base,
    Split,
    Theirs,
}

/// Which marker `line` is, if any. `line` still has its line break, which is not part of
/// the marker; git writes `=======` bare, the other three with an optional label.
fn marker(line: &str) -> Option<Marker> {
    let line = line.strip_suffix('\n').unwrap_or(line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    let is = |m: &str| {
        line.strip_prefix(m)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    if is(OURS) {
        Some(Marker::Ours)
    } else if is(BASE) {
        Some(Marker::Base)
    } else if line == SPLIT {
        Some(Marker::Split)
    } else if is(THEIRS) {
        Some(Marker::Theirs)
    } else {
        None
    }
}

/// Where the splitter is: outside any block, or in one of a block's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Outside,
    Ours,
    Base,
    Theirs,
}

/// The sides of a file with git conflict markers, or `None` when `text` has no complete
/// conflicting block. Only whole blocks in git's order count (`<<<<<<<`, optionally
/// `|||||||`, `=======`, `>>>>>>>`): a stray `=======` or `>>>>>>>` line on its own is kept
/// in both sides as it is (the JSON parser then says what is wrong with it), and markers out
/// of order (a block inside a block, a block never closed) are no conflict git writes, so
/// the file is left to the JSON parser too.
pub fn split_conflict(text: &str) -> Option<ConflictSides> {
    // The quick test first: almost every file has no marker at the start of a line, and
    // this keeps the loader's cost for them to one scan without allocating.
    if !(text.starts_with(OURS) || text.contains("\n<<<<<<<")) {
        return None;
    }
    let (mut ours, mut theirs, mut base) = (String::new(), String::new(), String::new());
    let mut part = Part::Outside;
    let (mut blocks, mut first_line, mut blocks_with_base) = (0, 0, 0);
    for (index, line) in text.split_inclusive('\n').enumerate() {
        part = match (part, marker(line)) {
            (Part::Outside, Some(Marker::Ours)) => {
                blocks += 1;
                if blocks == 1 {
                    first_line = index + 1;
                }
                Part::Ours
            }
            (Part::Ours, Some(Marker::Base)) => {
                blocks_with_base += 1;
                Part::Base
            }
            (Part::Ours | Part::Base, Some(Marker::Split)) => Part::Theirs,
            (Part::Theirs, Some(Marker::Theirs)) => Part::Outside,
            // A marker out of git's order: not a conflict git wrote.
            (Part::Ours | Part::Base | Part::Theirs, Some(_)) => return None,
            (Part::Outside, _) => {
                ours.push_str(line);
                theirs.push_str(line);
                base.push_str(line);
                Part::Outside
            }
            (Part::Ours, None) => {
                ours.push_str(line);
                Part::Ours
            }
            (Part::Base, None) => {
                base.push_str(line);
                Part::Base
            }
            (Part::Theirs, None) => {
                theirs.push_str(line);
                Part::Theirs
            }
        };
    }
    if part != Part::Outside || blocks == 0 {
        return None;
    }
    // A base is only whole when every block gave its part of it.
    let base = (blocks_with_base == blocks).then_some(base);
    Some(ConflictSides {
        ours,
        theirs,
        base,
        blocks,
        first_line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_blocks_with_labels_split_into_ours_and_theirs() {
        let text = "{\n\
                    <<<<<<< HEAD\n  \"title\": \"Ours\",\n=======\n  \"title\": \"Theirs\",\n>>>>>>> feature/pricing\n\
                    \x20 \"a\": 1,\n\
                    <<<<<<< HEAD\n  \"b\": 2\n=======\n  \"b\": 3,\n  \"c\": 4\n>>>>>>> feature/pricing\n\
                    }\n";
        let sides = split_conflict(text).unwrap();
        assert_eq!(
            sides.ours,
            "{\n  \"title\": \"Ours\",\n  \"a\": 1,\n  \"b\": 2\n}\n"
        );
        assert_eq!(
            sides.theirs,
            "{\n  \"title\": \"Theirs\",\n  \"a\": 1,\n  \"b\": 3,\n  \"c\": 4\n}\n"
        );
        assert_eq!(sides.base, None);
        assert_eq!((sides.blocks, sides.first_line), (2, 2));
    }

    #[test]
    fn bare_markers_without_labels_count_too() {
        let text = "[\n<<<<<<<\n1\n=======\n2\n>>>>>>>\n]";
        let sides = split_conflict(text).unwrap();
        assert_eq!(sides.ours, "[\n1\n]");
        assert_eq!(sides.theirs, "[\n2\n]");
        assert_eq!((sides.blocks, sides.first_line), (1, 2));
    }

    #[test]
    fn the_diff3_style_gives_the_base_too() {
        let text = "<<<<<<< ours\n\"o\"\n||||||| merged common ancestors\n\"b\"\n=======\n\"t\"\n>>>>>>> theirs\n";
        let sides = split_conflict(text).unwrap();
        assert_eq!(sides.ours, "\"o\"\n");
        assert_eq!(sides.base.as_deref(), Some("\"b\"\n"));
        assert_eq!(sides.theirs, "\"t\"\n");
        assert_eq!((sides.blocks, sides.first_line), (1, 1));

        // An empty base part (the ancestor had nothing there) is still a base.
        let text = "x\n<<<<<<< a\ny\n|||||||\n=======\nz\n>>>>>>> b\n";
        assert_eq!(split_conflict(text).unwrap().base.as_deref(), Some("x\n"));
    }

    #[test]
    fn a_base_missing_from_one_block_is_no_base() {
        let text =
            "<<<<<<<\n1\n|||||||\n0\n=======\n2\n>>>>>>>\n,\n<<<<<<<\n3\n=======\n4\n>>>>>>>\n";
        let sides = split_conflict(text).unwrap();
        assert_eq!(
            (sides.ours.as_str(), sides.theirs.as_str()),
            ("1\n,\n3\n", "2\n,\n4\n")
        );
        assert_eq!(sides.base, None);
    }

    #[test]
    fn crlf_files_keep_their_line_endings_in_each_side() {
        let text =
            "{\r\n<<<<<<< HEAD\r\n  \"a\": 1\r\n=======\r\n  \"a\": 2\r\n>>>>>>> other\r\n}\r\n";
        let sides = split_conflict(text).unwrap();
        assert_eq!(sides.ours, "{\r\n  \"a\": 1\r\n}\r\n");
        assert_eq!(sides.theirs, "{\r\n  \"a\": 2\r\n}\r\n");
        assert_eq!(sides.first_line, 2);
    }

    #[test]
    fn markers_inside_strings_or_indented_are_not_markers() {
        // What a valid map can hold: the markers inside strings, so never at a line start.
        let text = "{\n  \"title\": \"<<<<<<< HEAD\",\n  \"a\": \"\n=======\"\n}\n";
        assert_eq!(split_conflict(text), None);
        assert_eq!(
            split_conflict("{\"t\": \"x\\n<<<<<<< HEAD\\n=======\\n>>>>>>> b\"}"),
            None
        );
        assert_eq!(
            split_conflict("[\n  <<<<<<< a\n1\n=======\n2\n>>>>>>> b\n]"),
            None
        );
    }

    #[test]
    fn longer_runs_and_glued_labels_are_not_markers() {
        assert_eq!(split_conflict("<<<<<<<<\n1\n=======\n2\n>>>>>>>\n"), None);
        assert_eq!(
            split_conflict("<<<<<<<HEAD\n1\n=======\n2\n>>>>>>>\n"),
            None
        );
        assert_eq!(split_conflict("<<<<<<<\n1\n======= x\n2\n>>>>>>>\n"), None);
    }

    #[test]
    fn lone_or_disordered_markers_are_no_conflict() {
        assert_eq!(
            split_conflict("{\n=======\n}\n"),
            None,
            "a split line alone"
        );
        assert_eq!(split_conflict("{\n>>>>>>> theirs\n}\n"), None);
        assert_eq!(
            split_conflict("<<<<<<< a\n1\n=======\n2\n"),
            None,
            "never closed"
        );
        assert_eq!(
            split_conflict("<<<<<<< a\n1\n>>>>>>> b\n"),
            None,
            "no split"
        );
        assert_eq!(
            split_conflict("<<<<<<< a\n<<<<<<< a\n1\n=======\n2\n>>>>>>> b\n"),
            None,
            "nested"
        );
        assert_eq!(
            split_conflict("<<<<<<< a\n1\n=======\n2\n=======\n3\n>>>>>>> b\n"),
            None,
            "two splits"
        );
        assert_eq!(
            split_conflict("<<<<<<< a\n1\n=======\n2\n|||||||\n3\n>>>>>>> b\n"),
            None,
            "base after split"
        );
    }

    #[test]
    fn stray_markers_outside_a_block_are_kept_in_both_sides() {
        let text = "=======\n<<<<<<< a\n1\n=======\n2\n>>>>>>> b\n>>>>>>> c\n";
        let sides = split_conflict(text).unwrap();
        assert_eq!(sides.ours, "=======\n1\n>>>>>>> c\n");
        assert_eq!(sides.theirs, "=======\n2\n>>>>>>> c\n");
        assert_eq!(sides.first_line, 2);
    }

    #[test]
    fn a_last_line_without_a_line_break_is_a_marker_too() {
        let sides = split_conflict("<<<<<<< a\n1\n=======\n2\n>>>>>>> b").unwrap();
        assert_eq!((sides.ours.as_str(), sides.theirs.as_str()), ("1\n", "2\n"));
    }
}
