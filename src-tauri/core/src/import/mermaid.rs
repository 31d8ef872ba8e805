//! Mermaid's `journey` diagram, both ways: what its grammar allows in a name (used by the
//! export, `export/mermaid.rs`), and reading a diagram into a new map.
//!
//! The grammar (Mermaid 11, `diagrams/user-journey/parser/journey.jison`) is line based:
//!
//! ```text
//! journey
//!   title Buying shoes
//!   section Awareness
//!     Sees an ad: 5: Marketing, Sales
//!     Reads reviews: 3
//! ```
//!
//! A task is `name: score` or `name: score: actor, actor`; the actors may be left out.
//! `#` starts a comment anywhere and `;` is no character of any token, so neither can be in
//! any text; `:` ends a task's or a section's name and separates the score from the actors;
//! `,` separates actors; a line starting with `%` (or with one character and `%%`) is a
//! comment; a task whose name starts with the word `journey`, or with `title `, `section `
//! or `accDescr {`, is read as that keyword. The export writes look-alikes for the
//! forbidden characters and a word joiner (U+2060, invisible) after a name's first
//! character where the start would be misread; the import turns them back.

use crate::model::{new_id, Map, Sentiment, Stage, Touchpoint};

use super::{Imported, Note, Problem};

/// The characters the grammar forbids in a name, and what the export writes instead.
pub const SUBSTITUTES: [(char, char); 3] = [
    (':', '\u{A789}'), // ꞉ modifier letter colon
    ('#', '\u{FF03}'), // ＃ fullwidth number sign
    (';', '\u{FF1B}'), // ； fullwidth semicolon
];

/// Invisible; put where the start of a name would otherwise be read as a keyword or a comment.
pub const WORD_JOINER: char = '\u{2060}';

/// What goes where the text would be empty, which the grammar does not allow for a task or
/// a section: the import reads it back as an empty text.
pub const EMPTY: &str = "\u{2060}";

/// Where in a line a text goes, which decides what it may contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// After `title `: anything but `#` and `;`.
    Title,
    /// After `section `: no `:` either.
    Section,
    /// A task's name: no `:`, and its start must not look like a keyword or a comment.
    Task,
    /// The actors: no `:`; a `,` separates two actors.
    Actors,
}

/// `text` as it can stand in `place`: on one line, the forbidden characters replaced by
/// their look-alikes, never empty where the grammar needs a text.
pub fn escape(text: &str, place: Place) -> String {
    // Every run of white space (line breaks, tabs, and what JavaScript's `\s` also counts)
    // becomes one space: the grammar is one statement a line.
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || c.is_control() || c == '\u{FEFF}').filter(|w| !w.is_empty()).collect();
    let mut out: String = words
        .join(" ")
        .chars()
        .map(|c| match SUBSTITUTES.iter().find(|(from, _)| *from == c) {
            Some((':', _)) if place == Place::Title => c,
            Some((_, to)) => *to,
            None => c,
        })
        .collect();
    if place == Place::Task {
        guard_start(&mut out);
    }
    if out.is_empty() && matches!(place, Place::Section | Place::Task) {
        out.push_str(EMPTY);
    }
    out
}

/// Puts word joiners into the start of a task's name until the lexer would read it as a
/// name: not as a keyword (`journey`, `title `, `section `, `accDescr {`) and not as a
/// comment (`%…`, or any character then `%%`).
fn guard_start(name: &mut String) {
    loop {
        let chars: Vec<char> = name.chars().collect();
        if chars.first() == Some(&'%') {
            name.insert(0, WORD_JOINER);
        } else if chars.len() >= 3 && chars[1] == '%' && chars[2] == '%' {
            name.insert(chars[0].len_utf8(), WORD_JOINER);
        } else if starts_with_keyword(name) {
            name.insert(chars[0].len_utf8(), WORD_JOINER);
        } else {
            return;
        }
    }
}

fn starts_with_keyword(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let after = |word: &str| lower.strip_prefix(word);
    if let Some(rest) = after("journey") {
        // JavaScript's `\b`: the next character is no ASCII letter, digit or underscore.
        return !rest.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_');
    }
    if after("title ").or(after("section ")).is_some() {
        return true;
    }
    // accTitle: and accDescr: need a colon, which a name never has; accDescr { does not.
    after("accdescr").is_some_and(|rest| rest.trim_start().starts_with('{'))
}

/// The export's text back as it was typed (as far as the grammar lets it come back).
pub fn unescape(text: &str) -> String {
    let out: String = text
        .chars()
        .filter(|c| *c != WORD_JOINER)
        .map(|c| match SUBSTITUTES.iter().find(|(_, to)| *to == c) {
            Some((from, _)) => *from,
            None => c,
        })
        .collect();
    out.trim().to_owned()
}

/// The score a card shows in a journey: its own 1–5 score if it has one, else its
/// sentiment's (positive 5, neutral 3, negative 1).
pub fn score_of(card: &Touchpoint) -> u8 {
    match card.score {
        Some(s) => s.clamp(1, 5),
        None => match card.sentiment {
            Sentiment::Positive => 5,
            Sentiment::Neutral => 3,
            Sentiment::Negative => 1,
        },
    }
}

/// The sentiment of a score: 1–2 negative, 3 neutral, 4–5 positive.
pub fn sentiment_of(score: u8) -> Sentiment {
    match score {
        0..=2 => Sentiment::Negative,
        3 => Sentiment::Neutral,
        _ => Sentiment::Positive,
    }
}

/// The first fenced ```` ```mermaid ```` block of a Markdown text whose diagram is a
/// `journey`, and the line (from 0) before its first line, so that notes count lines of
/// the Markdown file.
pub fn journey_block(markdown: &str) -> Option<(String, usize)> {
    let lines: Vec<&str> = markdown.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim_start();
        let indent = lines[i].len() - line.len();
        let fence_char = line.chars().next().filter(|c| *c == '`' || *c == '~');
        if let (Some(fc), true) = (fence_char, indent <= 3) {
            let fence_len = line.chars().take_while(|c| *c == fc).count();
            let info = line[fence_len..].trim();
            if fence_len >= 3 {
                let start = i + 1;
                let mut end = start;
                while end < lines.len() {
                    let l = lines[end].trim();
                    if l.chars().take_while(|c| *c == fc).count() >= fence_len && l.chars().all(|c| c == fc) {
                        break;
                    }
                    end += 1;
                }
                let body = lines[start..end.min(lines.len())].join("\n");
                let is_mermaid = info.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("mermaid"));
                if is_mermaid && header_line(&body).is_some() {
                    return Some((body, start));
                }
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    None
}

/// The index of the `journey` line, when it is the diagram's first statement (after blank
/// lines, comments, directives and a `---` front matter block).
fn header_line(text: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    if lines.first().is_some_and(|l| l.trim() == "---") {
        i = 1 + lines[1..].iter().position(|l| l.trim() == "---")?;
        i += 1;
    }
    while i < lines.len() {
        let code = strip_comment(lines[i]);
        let code = code.trim();
        if code.is_empty() {
            i += 1;
            continue;
        }
        let lower = code.to_ascii_lowercase();
        let rest = lower.strip_prefix("journey")?;
        return rest.trim().is_empty().then_some(i);
    }
    None
}

/// The line without its comment: from `#`, or a whole line starting with `%%`.
fn strip_comment(line: &str) -> &str {
    if line.trim_start().starts_with('%') {
        return "";
    }
    match line.find('#') {
        Some(at) => &line[..at],
        None => line,
    }
}

/// The `title:` of a `---` front matter block, which Mermaid shows when the diagram has no
/// `title` line of its own.
fn front_matter_title(text: &str) -> Option<String> {
    let mut lines = text.lines();
    if lines.next()?.trim() != "---" {
        return None;
    }
    let value = lines.take_while(|l| l.trim() != "---").find_map(|l| l.strip_prefix("title:"))?.trim();
    let unquoted = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')).or_else(|| value.strip_prefix('\'').and_then(|v| v.strip_suffix('\''))).unwrap_or(value);
    Some(unescape(unquoted))
}

/// `line` is `word`, white space, then `then` (Mermaid's `accTitle\s*:` and the like).
fn keyword_then(line: &str, word: &str, then: char) -> bool {
    line.strip_prefix(word).is_some_and(|rest| rest.trim_start().starts_with(then))
}

/// A `journey` diagram into a new map, or `None` when the text is no journey. `offset` is
/// the number of lines before the text in its file, for the notes' line numbers.
///
/// Sections become stages, tasks touchpoints in order. A task's score is kept in the card's
/// score and gives its sentiment; its actors, joined with ", ", are the card's owner.
/// Tasks before the first section go to a stage with no name. The title is the `title`
/// line's, else the front matter's. `accTitle` and `accDescr` are read past.
pub fn parse(text: &str, offset: usize) -> Option<Imported> {
    let start = header_line(text)?;
    let mut map = Map::new(front_matter_title(text).unwrap_or_default());
    let mut notes = Vec::new();
    let mut stage: Option<String> = None;
    let mut in_descr_block = false;
    for (n, raw) in text.lines().enumerate().skip(start + 1) {
        let line = n + 1 + offset;
        if in_descr_block {
            in_descr_block = !raw.contains('}');
            continue;
        }
        // `;` belongs to no token; read as the end of a statement, as other diagrams do.
        for statement in strip_comment(raw).split(';') {
            let code = statement.trim();
            if code.is_empty() {
                continue;
            }
            let lower = code.to_ascii_lowercase();
            if lower.starts_with("title") && code[5..].starts_with(char::is_whitespace) {
                map.title = unescape(&code[5..]);
            } else if lower.starts_with("section") && code[7..].starts_with(char::is_whitespace) {
                let name = unescape(&code[7..]);
                let id = new_id("stage");
                map.stages.push(Stage { id: id.clone(), name, extra: Default::default() });
                stage = Some(id);
            } else if keyword_then(&lower, "acctitle", ':') || keyword_then(&lower, "accdescr", ':') {
                continue;
            } else if keyword_then(&lower, "accdescr", '{') {
                in_descr_block = !code.contains('}');
            } else {
                let Some((name, data)) = code.split_once(':') else {
                    notes.push(Note { column: None, line, problem: Problem::NoScore { text: code.to_owned() } });
                    continue;
                };
                let title = unescape(name);
                if name.trim().is_empty() {
                    notes.push(Note { column: None, line, problem: Problem::Unreadable { text: code.to_owned() } });
                    continue;
                }
                // As Mermaid reads it: the score, then the actors; more colons are ignored.
                let mut pieces = data.split(':');
                let score_text = pieces.next().unwrap_or("").trim();
                let actors: Vec<String> =
                    pieces.next().unwrap_or("").split(',').map(unescape).filter(|a| !a.is_empty()).collect();
                let score = score_text.parse::<f64>().ok().filter(|s| s.is_finite() && (1.0..=5.0).contains(s));
                let score = score.map(|s| s.round() as u8);
                if score.is_none() {
                    notes.push(Note {
                        column: None,
                        line,
                        problem: Problem::BadScore { text: title.clone(), score: score_text.to_owned() },
                    });
                }
                let stage_id = match &stage {
                    Some(id) => id.clone(),
                    None => {
                        let id = new_id("stage");
                        map.stages.push(Stage { id: id.clone(), name: String::new(), extra: Default::default() });
                        stage = Some(id.clone());
                        id
                    }
                };
                map.touchpoints.push(Touchpoint {
                    id: new_id("tp"),
                    stage: stage_id,
                    title,
                    sentiment: score.map_or(Sentiment::Neutral, sentiment_of),
                    score,
                    owner: actors.join(", "),
                    ..Default::default()
                });
            }
        }
    }
    Some(Imported { map, notes })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn imported(text: &str) -> Imported {
        parse(text, 0).expect("a journey")
    }

    #[test]
    fn escape_keeps_text_on_one_line_without_the_forbidden_characters() {
        assert_eq!(escape("a: b # c; d\r\ne\tf", Place::Task), "a\u{A789} b \u{FF03} c\u{FF1B} d e f");
        assert_eq!(escape("Time: 10:00", Place::Title), "Time: 10:00");
        assert_eq!(escape("Sales, Marketing: EU", Place::Actors), "Sales, Marketing\u{A789} EU");
        assert_eq!(escape("  ", Place::Task), EMPTY);
        assert_eq!(escape("", Place::Section), EMPTY);
        assert_eq!(escape("", Place::Title), "");
        assert_eq!(escape("Zażółć 🙂 Этап", Place::Section), "Zażółć 🙂 Этап");
    }

    #[test]
    fn names_that_would_read_as_keywords_or_comments_get_a_word_joiner() {
        for name in ["journey", "Journey planning", "JOURNEY-map", "title page", "Section 2", "accDescr { x }", "%done", "%%x", "5%% off"] {
            let escaped = escape(name, Place::Task);
            assert_ne!(escaped, name, "{name}");
            assert!(!starts_with_keyword(&escaped), "{escaped}");
            assert!(!escaped.starts_with('%'), "{escaped}");
            assert!(escaped.chars().nth(1) != Some('%') || escaped.chars().nth(2) != Some('%'), "{escaped}");
            assert_eq!(unescape(&escaped), name);
        }
        for name in ["Journeys", "journey_x", "Titles", "title", "Sections", "50% off", "100%"] {
            assert_eq!(escape(name, Place::Task), name, "{name}");
        }
    }

    #[test]
    fn sections_tasks_scores_and_actors_become_stages_and_cards() {
        let got = imported(
            "%% a comment\njourney\n  title My day # mine\n  section Go to work\n    Make tea: 5: Me\n    Go upstairs: 3: Me, Cat\n    Do work: 1\n  section Go home\n    Sit down: 4\n    Nap: 2: ; Walk: 3\n",
        );
        assert!(got.notes.is_empty(), "{:?}", got.notes);
        let map = got.map;
        assert_eq!(map.title, "My day");
        let names: Vec<&str> = map.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Go to work", "Go home"]);
        let cards: Vec<(&str, Option<u8>, Sentiment, &str, usize)> = map
            .touchpoints
            .iter()
            .map(|t| (t.title.as_str(), t.score, t.sentiment, t.owner.as_str(), map.stage_index(&t.stage).unwrap()))
            .collect();
        assert_eq!(
            cards,
            [
                ("Make tea", Some(5), Sentiment::Positive, "Me", 0),
                ("Go upstairs", Some(3), Sentiment::Neutral, "Me, Cat", 0),
                ("Do work", Some(1), Sentiment::Negative, "", 0),
                ("Sit down", Some(4), Sentiment::Positive, "", 1),
                ("Nap", Some(2), Sentiment::Negative, "", 1),
                ("Walk", Some(3), Sentiment::Neutral, "", 1),
            ]
        );
    }

    #[test]
    fn lines_that_cannot_be_read_are_noted_with_their_line_number() {
        let got = imported("journey\nsection A\n  No score here\n  : 4\n  Odd: five\n  Fine: 4\n  Zero: 0\n");
        assert_eq!(
            got.notes,
            [
                Note { column: None, line: 3, problem: Problem::NoScore { text: "No score here".into() } },
                Note { column: None, line: 4, problem: Problem::Unreadable { text: ": 4".into() } },
                Note { column: None, line: 5, problem: Problem::BadScore { text: "Odd".into(), score: "five".into() } },
                Note { column: None, line: 7, problem: Problem::BadScore { text: "Zero".into(), score: "0".into() } },
            ]
        );
        let titles: Vec<(&str, Option<u8>, Sentiment)> =
            got.map.touchpoints.iter().map(|t| (t.title.as_str(), t.score, t.sentiment)).collect();
        assert_eq!(titles, [("Odd", None, Sentiment::Neutral), ("Fine", Some(4), Sentiment::Positive), ("Zero", None, Sentiment::Neutral)]);
        use crate::messages::Localize;
        assert_eq!(got.notes[0].message(crate::language::Language::En), got.notes[0].to_string());
        assert!(got.notes[0].to_string().contains('3'), "{}", got.notes[0]);
    }

    #[test]
    fn tasks_before_any_section_go_to_a_stage_without_a_name_and_accessibility_lines_are_read_past() {
        let got = imported("---\ntitle: front\n---\njourney\naccTitle: Hi\naccDescr : Ho\naccDescr {\n  many\n  lines }\nFirst: 5\nsection S\nSecond: 4\naccTitles x: 3\n");
        assert!(got.notes.is_empty(), "{:?}", got.notes);
        let names: Vec<&str> = got.map.stages.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["", "S"]);
        assert_eq!(got.map.title, "front", "the front matter's title, when there is no title line");
        assert_eq!(imported("---\ntitle: \"Quoted: yes\"\n---\njourney\n").map.title, "Quoted: yes");
        assert_eq!(imported("---\ntitle: front\n---\njourney\ntitle Own\n").map.title, "Own");
        let titles: Vec<&str> = got.map.touchpoints.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(titles, ["First", "Second", "accTitles x"]);
    }

    #[test]
    fn a_text_without_a_journey_header_is_none() {
        assert!(parse("flowchart LR\n  A --> B\n", 0).is_none());
        assert!(parse("journeys\n", 0).is_none());
        assert!(parse("", 0).is_none());
    }

    #[test]
    fn the_first_mermaid_journey_block_of_markdown_is_found_with_its_line() {
        let md = "# Title\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n````Mermaid\njourney\n  section S\n    T: 4\n````\n";
        let (block, offset) = journey_block(md).unwrap();
        assert_eq!(block, "journey\n  section S\n    T: 4");
        assert_eq!(offset, 8);
        let got = parse(&block, offset).unwrap();
        assert_eq!(got.map.touchpoints[0].title, "T");
        assert!(journey_block("```\njourney\n```\n").is_none(), "a block that is not mermaid");
        assert!(journey_block("no blocks\n").is_none());
    }
}
