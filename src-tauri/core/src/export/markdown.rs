//! The map as Markdown, for a wiki page, a ticket or a chat: the title, the map as a
//! Mermaid `journey` diagram (drawn by the wikis and forges that draw Mermaid, shown as its
//! text by the others), a summary of the sentiment, then each stage as a heading with its
//! cards as a list.
//!
//! The map's text is the user's, not Markdown: every character a renderer could read as
//! markup is escaped, so that `*bold* <script>` shows exactly as typed, in CommonMark and
//! GitHub alike, and a title with line breaks stays one list item.

use super::{sentiment_label, stages_with_cards, Labels};
use crate::model::{Map, Sentiment};

pub fn render(map: &Map, labels: &Labels) -> String {
    let stages = stages_with_cards(map);
    let mut out = String::new();

    let title = if map.title.trim().is_empty() {
        &labels.untitled
    } else {
        &map.title
    };
    out.push_str(&format!("# {}\n\n", escape(title)));
    // No line of the diagram starts with a backtick (each starts with a keyword or is
    // indented by four spaces), so none can close the fence.
    out.push_str(&format!("```mermaid\n{}```\n\n", super::mermaid::render(map)));

    let mut counts = [0usize; 3];
    for (_, cards) in &stages {
        for card in cards {
            counts[index(card.sentiment)] += 1;
        }
    }
    let total: usize = counts.iter().sum();
    let by_sentiment: Vec<String> = Sentiment::ALL
        .into_iter()
        .map(|s| {
            format!(
                "{} {}",
                marker(s),
                escape(&format!(
                    "{}: {}",
                    sentiment_label(labels, s),
                    counts[index(s)]
                ))
            )
        })
        .collect();
    out.push_str(&format!(
        "{}: {} · {}\n",
        escape(&labels.touchpoints),
        total,
        by_sentiment.join(" · ")
    ));

    let details = super::map_details(map, labels);
    if !details.is_empty() {
        out.push('\n');
        write_details(&mut out, &details, "");
    }

    for (stage, cards) in &stages {
        out.push_str(&format!("\n## {}\n\n", escape(&stage.name)));
        if cards.is_empty() {
            out.push_str(&format!("_{}_\n", escape(&labels.no_touchpoints)));
        }
        for card in cards {
            out.push_str(&format!(
                "- {} **{}** · {}\n",
                marker(card.sentiment),
                escape(sentiment_label(labels, card.sentiment)),
                escape(&card.title)
            ));
            write_details(&mut out, &super::card_details(map, card, labels), "  ");
        }
    }

    out.push_str(&format!("\n---\n\n_{}_\n", escape(&labels.made_with)));
    out
}

/// Details as a nested list: "- **Channel:** Website", lists one level deeper.
fn write_details(out: &mut String, details: &[(String, super::Detail)], indent: &str) {
    for (label, detail) in details {
        match detail {
            super::Detail::Text(text) => {
                out.push_str(&format!("{indent}- **{}:** {}\n", escape(label), escape(&one_line(text))));
            }
            super::Detail::List(items) => {
                out.push_str(&format!("{indent}- **{}:**\n", escape(label)));
                for item in items {
                    out.push_str(&format!("{indent}  - {}\n", escape(&one_line(item))));
                }
            }
        }
    }
}

/// Line breaks would end a list item; inside one they become spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn index(s: Sentiment) -> usize {
    Sentiment::ALL.iter().position(|v| *v == s).unwrap_or(1)
}

/// A plain-text sign before the word, so that a list scans at a glance even where the
/// renderer shows no colour: (+) positive, (○) neutral, (−) negative.
fn marker(s: Sentiment) -> &'static str {
    match s {
        Sentiment::Positive => "(+)",
        Sentiment::Neutral => "(○)",
        Sentiment::Negative => "(−)",
    }
}

/// User text as literal Markdown inline text on one line.
///
/// Line breaks (and other vertical whitespace) become spaces, so a multi-line title cannot
/// end its list item or start a block of its own. Every ASCII punctuation character that
/// means something to CommonMark or GitHub Flavored Markdown (emphasis, code, links,
/// raw HTML, entities, tables, strikethrough, headings, math) is backslash-escaped, which
/// CommonMark defines for any ASCII punctuation; a list or quote marker at the start is
/// escaped too, should the text ever begin a line.
fn escape(text: &str) -> String {
    let one_line: String = text
        .replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' | '\t' => ' ',
            c => c,
        })
        .collect();
    let one_line = one_line.trim();
    let mut out = String::with_capacity(one_line.len() + 8);
    for c in one_line.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '<'
                | '>'
                | '#'
                | '|'
                | '~'
                | '&'
                | '$'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A leading "-", "+" or "=" (a list marker or a setext underline), or "1." / "1)"
    // (an ordered list), is markup only at the start of a line.
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else {
        let digits = out.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && out[digits..].starts_with(['.', ')']) {
            out.insert(digits, '\\');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Language;
    use crate::model::{sample_map, Stage, Touchpoint};

    #[test]
    fn escapes_markup_and_keeps_one_line() {
        assert_eq!(escape("*bold* <script>"), r"\*bold\* \<script\>");
        assert_eq!(
            escape("a_b [x](y) `c` #1 | ~d~ &amp;"),
            r"a\_b \[x\](y) \`c\` \#1 \| \~d\~ \&amp;"
        );
        assert_eq!(escape("back\\slash"), r"back\\slash");
        assert_eq!(escape("line one\r\nline two\n"), "line one line two");
        assert_eq!(escape("- item"), r"\- item");
        assert_eq!(escape("+1"), r"\+1");
        assert_eq!(escape("2024. year"), r"2024\. year");
        assert_eq!(escape("3) three"), r"3\) three");
        assert_eq!(escape("Zażółć gęślą jaźń 🙂"), "Zażółć gęślą jaźń 🙂");
    }

    #[test]
    fn sample_map_has_title_summary_stages_cards_and_footer() {
        let map = sample_map();
        let labels = Labels::get(Language::En);
        let md = render(&map, labels);
        assert!(
            md.starts_with(&format!("# {}\n\n", escape(&map.title))),
            "{md}"
        );
        let n = map.touchpoints.len();
        let count = |s: Sentiment| map.touchpoints.iter().filter(|t| t.sentiment == s).count();
        assert!(md.contains(&format!(
            "Touchpoints: {n} · (+) Positive: {} · (○) Neutral: {} · (−) Negative: {}\n",
            count(Sentiment::Positive),
            count(Sentiment::Neutral),
            count(Sentiment::Negative)
        )));
        let mut from = 0;
        for stage in &map.stages {
            let heading = format!("\n## {}\n\n", stage.name);
            let at = md[from..]
                .find(&heading)
                .unwrap_or_else(|| panic!("{heading} in order"))
                + from;
            from = at;
            for i in map.cards_of(&stage.id) {
                let t = &map.touchpoints[i];
                let line = format!(
                    "- {} **{}** · {}\n",
                    marker(t.sentiment),
                    sentiment_label(labels, t.sentiment),
                    escape(&t.title)
                );
                let at = md[from..]
                    .find(&line)
                    .unwrap_or_else(|| panic!("{line} in order"))
                    + from;
                from = at;
            }
        }
        // One top-level item per card (they start with the sentiment's marker); the map's
        // details are top-level items too, and each card's details are nested.
        assert_eq!(md.lines().filter(|l| l.starts_with("- (")).count(), n);
        assert!(md.contains("- **Customer goals:**\n  - Find the right shoes quickly"));
        assert!(md.contains("  - **Channel:** Online ad\n"));
        assert!(md.contains("  - **Pain points:**\n    - No tracking link\n"));
        assert!(md.ends_with("\n---\n\n_Made with Journey Mapper_\n"));
    }

    #[test]
    fn empty_stage_and_untitled_map_use_the_labels() {
        let mut map = Map::new("  ");
        map.stages.push(Stage {
            id: "s".into(),
            name: "Etap".into(),
            extra: Default::default(),
        });
        map.touchpoints.push(Touchpoint {
            id: "t".into(),
            stage: "gone".into(),
            title: "lost".into(),
            sentiment: Sentiment::Negative,
            extra: Default::default(),
            ..Default::default()
        });
        let md = render(&map, Labels::get(Language::Pl));
        assert_eq!(
            md,
            "# Mapa bez nazwy\n\n\
             ```mermaid\njourney\n  section Etap\n```\n\n\
             Punkty styku: 0 · (+) Pozytywna: 0 · (○) Neutralna: 0 · (−) Negatywna: 0\n\n\
             ## Etap\n\n\
             _Brak punktów styku_\n\n\
             ---\n\n\
             _Utworzono w Journey Mapper_\n"
        );
    }
}
