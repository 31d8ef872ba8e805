//! The text exports (CSV, Markdown, Mermaid, HTML) through the public API, on the sample map and on
//! a hostile map whose text tries to be markup, a formula or a broken record.

use journey_core::export::{render, Delimiter, Format, Language, Options, Quiet};
use journey_core::model::{sample_map, Extra, Map, Sentiment, Stage, Touchpoint};
use serde_json::json;

const SCRIPT: &str = "<script>alert(1)</script>";
const QUOTED: &str = "\"quoted\", with comma";
const MULTILINE: &str = "first line\nsecond; line\r\nthird";
const FORMULA: &str = "=HYPERLINK(\"http://x\")";
const CYRILLIC: &str = "Оплата картой";
const POLISH: &str = "Zażółć gęślą jaźń";
const EMOJI: &str = "Happy 🎉 customer 👍🏽";
const MARKUP: &str = "*bold* _it_ [link](x) `code` # | & ' -";

fn hostile_map() -> Map {
    let mut map = Map::new(format!("{SCRIPT} & {POLISH}"));
    for (id, name) in [
        ("s1", SCRIPT),
        ("s2", CYRILLIC),
        ("s3", "@stage \"three\""),
        ("s4", "Empty"),
    ] {
        map.stages.push(Stage {
            id: id.into(),
            name: name.into(),
            extra: Extra::new(),
        });
    }
    let cards = [
        ("t1", "s1", SCRIPT, Sentiment::Negative),
        ("t2", "s2", QUOTED, Sentiment::Positive),
        ("t3", "s1", MULTILINE, Sentiment::Neutral),
        ("t4", "s3", FORMULA, Sentiment::Negative),
        ("t5", "s2", CYRILLIC, Sentiment::Positive),
        ("t6", "s3", POLISH, Sentiment::Neutral),
        ("t7", "s3", EMOJI, Sentiment::Positive),
        ("t8", "s1", MARKUP, Sentiment::Negative),
        ("t9", "missing-stage", "orphan card", Sentiment::Positive),
    ];
    for (id, stage, title, sentiment) in cards {
        map.touchpoints.push(Touchpoint {
            id: id.into(),
            stage: stage.into(),
            title: title.into(),
            sentiment,
            extra: Extra::new(),
            ..Default::default()
        });
    }
    map.touchpoints[1]
        .extra
        .insert("contact".into(), json!("Anna <anna@example.com>"));
    map.touchpoints[1].extra.insert("priority".into(), json!(2));
    map.touchpoints[3]
        .extra
        .insert("contact".into(), json!("=cmd|'/c calc'!A1"));
    map.touchpoints[4]
        .extra
        .insert("notes".into(), json!({"a": [1, "b"]}));
    map
}

/// Exported cards in stage order then card order: (stage name, title, touchpoint).
/// One row per card, and one for each stage without cards (`None`).
fn expected_rows(map: &Map) -> Vec<(usize, usize, &Stage, Option<&Touchpoint>)> {
    let mut rows = Vec::new();
    for (n, stage) in map.stages.iter().enumerate() {
        let cards = map.cards_of(&stage.id);
        if cards.is_empty() {
            rows.push((n + 1, 0, stage, None));
        }
        for (k, i) in cards.into_iter().enumerate() {
            rows.push((n + 1, k + 1, stage, Some(&map.touchpoints[i])));
        }
    }
    rows
}

fn export(map: &Map, format: Format, language: Language, delimiter: Delimiter) -> Vec<u8> {
    let options = Options {
        language,
        delimiter,
        ..Options::default()
    };
    render(map, format, &options, &Quiet).expect("text exports do not fail")
}

fn text(map: &Map, format: Format, language: Language) -> String {
    String::from_utf8(export(map, format, language, Delimiter::Comma)).expect("UTF-8")
}

/// What the CSV shows for a cell: text that a spreadsheet would run gets an apostrophe.
fn defused(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    }
}

// ---------------------------------------------------------------------------- CSV

fn parse_csv(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte order mark");
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .from_reader(&bytes[3..])
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_owned).collect())
        .collect()
}

/// Python's csv module, as a second, independent reader; None when python3 is missing.
fn parse_csv_with_python(bytes: &[u8], delimiter: u8) -> Option<Vec<Vec<String>>> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let script = "import csv, io, json, sys\n\
                  data = sys.stdin.buffer.read().decode('utf-8-sig')\n\
                  rows = list(csv.reader(io.StringIO(data, newline=''), delimiter=sys.argv[1]))\n\
                  sys.stdout.write(json.dumps(rows))\n";
    let mut child = Command::new("python3")
        .args(["-c", script, &(delimiter as char).to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .ok()?;
    child.stdin.take().unwrap().write_all(bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "python's csv module read the file");
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

fn check_csv(map: &Map, language: Language, delimiter: Delimiter) {
    let bytes = export(map, Format::Csv, language, delimiter);
    let rows = parse_csv(&bytes, delimiter.byte());
    let expected = expected_rows(map);
    assert_eq!(
        rows.len(),
        expected.len() + 1,
        "a header and one row per exported card or empty stage"
    );
    let width = rows[0].len();
    assert!(
        rows.iter().all(|r| r.len() == width),
        "every row has {width} fields"
    );

    let mut extra_keys: Vec<&String> = expected
        .iter()
        .flat_map(|(_, _, _, t)| t.iter().flat_map(|t| t.extra.keys()))
        .collect();
    extra_keys.sort();
    extra_keys.dedup();
    // The card's place (7 columns), its details (12), its measures, then one per unknown field.
    const KNOWN: usize = 7 + 12;
    let extras = width - extra_keys.len();
    assert!(extras >= KNOWN);
    for header in &rows[0][KNOWN..extras] {
        assert!(journey_core::import::measure_columns::measure_column(header).is_some(), "a measure's column: {header}");
    }
    assert_eq!(rows[0][extras..].iter().collect::<Vec<_>>(), extra_keys);

    for (row, (n, k, stage, t)) in rows[1..].iter().zip(&expected) {
        assert_eq!(row[0], defused(&stage.name));
        assert_eq!(row[1], n.to_string());
        let Some(t) = t else {
            assert_eq!(row[6], stage.id);
            assert!(row.iter().enumerate().all(|(i, c)| [0, 1, 6].contains(&i) || c.is_empty()), "an empty stage's row: {row:?}");
            continue;
        };
        assert_eq!(row[2], k.to_string());
        assert_eq!(
            row[3],
            defused(&t.title),
            "titles round-trip, line breaks and quotes included"
        );
        assert_eq!(row[5], t.id);
        assert_eq!(row[6], stage.id);
        assert_eq!(row[11], defused(&t.owner));
        assert_eq!(row[15], t.score.map(|s| s.to_string()).unwrap_or_default());
        assert_eq!(row[16], defused(&t.pain_points.join("\n")));
        for (cell, key) in row[extras..].iter().zip(&extra_keys) {
            let want = match t.extra.get(*key) {
                None => String::new(),
                Some(serde_json::Value::String(s)) => defused(s),
                Some(v) => v.to_string(),
            };
            assert_eq!(cell, &want, "{key}");
        }
    }
    // Records end in CRLF; a line break inside a title stays as it was.
    let text = std::str::from_utf8(&bytes).unwrap();
    assert!(text.ends_with("\r\n"));
    assert_eq!(
        text.matches("\r\n").count(),
        rows.len() + usize::from(text.contains(MULTILINE))
    );

    if let Some(python_rows) = parse_csv_with_python(&bytes, delimiter.byte()) {
        assert_eq!(
            python_rows, rows,
            "Python's csv module reads the same cells"
        );
    } else {
        eprintln!("python3 not found: skipped the second CSV reader");
    }
}

#[test]
fn csv_of_the_sample_map_in_both_delimiters_and_every_language() {
    let map = sample_map();
    for language in Language::ALL {
        for delimiter in [Delimiter::Comma, Delimiter::Semicolon] {
            check_csv(&map, language, delimiter);
        }
    }
    let rows = parse_csv(
        &export(&map, Format::Csv, Language::Ru, Delimiter::Semicolon),
        b';',
    );
    assert_eq!(
        rows[0][..7],
        [
            "Этап",
            "Номер этапа",
            "Порядок в этапе",
            "Название",
            "Оценка",
            "Id точки контакта",
            "Id этапа"
        ]
    );
    let first = &map.touchpoints[map.cards_of(&map.stages[0].id)[0]];
    let sentiment = match first.sentiment {
        Sentiment::Positive => "Позитивная",
        Sentiment::Neutral => "Нейтральная",
        Sentiment::Negative => "Негативная",
    };
    assert_eq!(rows[1][4], sentiment);
}

#[test]
fn csv_of_a_hostile_map_round_trips_and_defuses_formulas() {
    let map = hostile_map();
    for delimiter in [Delimiter::Comma, Delimiter::Semicolon] {
        check_csv(&map, Language::Pl, delimiter);
    }
    let rows = parse_csv(
        &export(&map, Format::Csv, Language::En, Delimiter::Comma),
        b',',
    );
    // The hostile map ends with a stage without cards: its row has no title.
    let titles: Vec<&str> = rows[1..].iter().filter(|r| !r[5].is_empty()).map(|r| r[3].as_str()).collect();
    assert_eq!(
        titles,
        [
            SCRIPT,
            MULTILINE,
            MARKUP,
            QUOTED,
            CYRILLIC,
            "'=HYPERLINK(\"http://x\")",
            POLISH,
            EMOJI
        ]
    );
    assert!(
        !titles.contains(&"orphan card"),
        "a card without a stage is not exported"
    );
    // Unknown fields follow the card's place (7 columns) and its details (12).
    assert_eq!(rows[0][19..], ["contact", "notes", "priority"]);
    let formula_row = rows.iter().find(|r| r[5] == "t4").unwrap();
    assert_eq!(formula_row[0], "'@stage \"three\"");
    assert_eq!(formula_row[19], "'=cmd|'/c calc'!A1");
    let quoted_row = rows.iter().find(|r| r[5] == "t2").unwrap();
    assert_eq!(quoted_row[19..], ["Anna <anna@example.com>", "", "2"]);
    let cyrillic_row = rows.iter().find(|r| r[5] == "t5").unwrap();
    assert_eq!(cyrillic_row[20], r#"{"a":[1,"b"]}"#);
    // No cell starts with a character that makes a spreadsheet evaluate it.
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------- Markdown

#[test]
fn markdown_of_the_sample_map() {
    let map = sample_map();
    let md = text(&map, Format::Markdown, Language::En);
    assert!(md.starts_with(&format!("# {}\n", map.title)));
    for stage in &map.stages {
        assert!(
            md.contains(&format!("\n## {}\n", stage.name)),
            "{}",
            stage.name
        );
    }
    for t in &map.touchpoints {
        assert!(
            md.lines()
                .any(|l| l.starts_with("- ") && l.ends_with(&format!(" · {}", t.title))),
            "{}",
            t.title
        );
    }
    assert!(md.contains("Made with Journey Mapper"));
    let ru = text(&map, Format::Markdown, Language::Ru);
    assert!(ru.contains("Сделано в Journey Mapper") && ru.contains("**Позитивная**"));
}

/// The Markdown without the Mermaid diagram at its top, and the diagram.
fn split_diagram(md: &str) -> (String, String) {
    let start = md.find("```mermaid\n").expect("a diagram");
    let end = start + md[start..].find("\n```\n").expect("its end");
    let diagram = md[start + "```mermaid\n".len()..=end].to_owned();
    (format!("{}{}", &md[..start], &md[end + "\n```\n".len()..]), diagram)
}

#[test]
fn markdown_starts_with_the_mermaid_diagram_after_the_title() {
    for map in [sample_map(), hostile_map(), Map::new("")] {
        let md = text(&map, Format::Markdown, Language::Pl);
        let heading_end = md.find('\n').unwrap();
        assert!(md[heading_end..].starts_with("\n\n```mermaid\njourney\n"), "{md}");
        let (_, diagram) = split_diagram(&md);
        assert_eq!(diagram, text(&map, Format::Mermaid, Language::Pl));
        // The fence is closed only by its own end.
        assert!(!diagram.lines().any(|l| l.trim_start().starts_with("```")), "{diagram}");
    }
}

#[test]
fn markdown_of_a_hostile_map_shows_text_literally() {
    let map = hostile_map();
    let md = text(&map, Format::Markdown, Language::En);
    // Inside the fenced diagram Markdown is literal text; Mermaid draws it as text.
    let (md, _) = split_diagram(&md);
    // Every "<" is escaped, so no renderer sees a tag.
    assert!(!md.contains("<script>"), "{md}");
    assert!(
        md.match_indices('<').all(|(i, _)| md[..i].ends_with('\\')),
        "{md}"
    );
    assert!(md.starts_with("# \\<script\\>alert(1)\\</script\\> \\& Zażółć gęślą jaźń\n"));
    assert!(md.contains("\n## \\<script\\>alert(1)\\</script\\>\n"));
    assert!(md.contains("\n## Оплата картой\n"));
    assert!(md.contains("\n## Empty\n\n_No touchpoints yet_\n"));
    for title in [
        "\\<script\\>alert(1)\\</script\\>",
        "\"quoted\", with comma",
        "first line second; line third",
        "\\=HYPERLINK(\"http://x\")",
        CYRILLIC,
        POLISH,
        EMOJI,
        "\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` \\# \\| \\& ' -",
    ] {
        assert!(
            md.lines()
                .any(|l| l.starts_with("- ") && l.ends_with(&format!(" · {title}"))),
            "{title}\n{md}"
        );
    }
    // One list item per exported card; multi-line titles do not add lines.
    assert_eq!(md.lines().filter(|l| l.starts_with("- ")).count(), 8);
    assert!(!md.contains("orphan card"));
    assert!(md.contains("Touchpoints: 8 · (+) Positive: 3 · (○) Neutral: 2 · (−) Negative: 3"));
}

// ---------------------------------------------------------------------------- Mermaid

/// (stage name, [(title, score)]) of a map, as a Mermaid journey can carry them.
fn journey_of(map: &Map) -> Vec<(String, Vec<(String, u8)>)> {
    map.stages
        .iter()
        .map(|s| {
            let cards = map
                .cards_of(&s.id)
                .into_iter()
                .map(|i| &map.touchpoints[i])
                .map(|t| (t.title.split_whitespace().collect::<Vec<_>>().join(" "), journey_core::import::mermaid::score_of(t)))
                .collect();
            (s.name.split_whitespace().collect::<Vec<_>>().join(" "), cards)
        })
        .collect()
}

fn mermaid_round_trip(map: &Map) -> Map {
    let text = text(map, Format::Mermaid, Language::En);
    let imported = journey_core::import::import(text.as_bytes(), journey_core::import::Kind::Mermaid).expect(&text);
    assert!(imported.notes.is_empty(), "{:?}\n{text}", imported.notes);
    imported.map
}

#[test]
fn mermaid_of_a_hostile_map_comes_back_with_its_stages_titles_and_scores() {
    let mut map = hostile_map();
    map.title = format!("{SCRIPT}: # ; {POLISH}\n{CYRILLIC}");
    map.touchpoints[0].owner = "Sales: EU; #1, Support".into();
    map.touchpoints[1].score = Some(2);
    map.touchpoints[2].title = "journey: %%ends here".into();
    map.touchpoints[5].title = "%% not a comment".into();
    let back = mermaid_round_trip(&map);
    assert_eq!(back.title, format!("{SCRIPT}: # ; {POLISH} {CYRILLIC}"));
    assert_eq!(journey_of(&back), journey_of(&map));
    let sentiments: Vec<Sentiment> = back.touchpoints.iter().map(|t| t.sentiment).collect();
    let expected: Vec<Sentiment> = journey_of(&map)
        .into_iter()
        .flat_map(|(_, cards)| cards)
        .map(|(_, score)| journey_core::import::mermaid::sentiment_of(score))
        .collect();
    assert_eq!(sentiments, expected);
    assert_eq!(back.touchpoints[0].owner, "Sales: EU; #1, Support");
    assert_eq!(back.touchpoints.iter().find(|t| t.title == QUOTED.replace('\n', " ")).unwrap().score, Some(2));
}

#[test]
fn mermaid_of_the_sample_map_and_an_empty_map_come_back() {
    let map = sample_map();
    assert_eq!(journey_of(&mermaid_round_trip(&map)), journey_of(&map));
    let empty = Map::new("");
    let back = mermaid_round_trip(&empty);
    assert!(back.stages.is_empty() && back.touchpoints.is_empty() && back.title.is_empty());
    assert_eq!(text(&empty, Format::Mermaid, Language::En), "journey\n");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any stage names, titles, scores and sentiments: export then import gives them back
    /// in order (white space runs read back as one space, as the diagram is one line each).
    #[test]
    fn mermaid_export_then_import_gives_back_stages_titles_and_scores(
        stages in proptest::collection::vec(
            ("\\PC{0,12}", proptest::collection::vec(("\\PC{0,16}", proptest::option::of(1u8..=5), 0usize..3, "[a-z ,:#;]{0,8}"), 0..4)),
            0..4,
        ),
        title in "\\PC{0,20}",
    ) {
        let mut map = Map::new(title.clone());
        for (n, (name, cards)) in stages.iter().enumerate() {
            map.stages.push(Stage { id: format!("s{n}"), name: name.clone(), extra: Extra::new() });
            for (k, (title, score, sentiment, owner)) in cards.iter().enumerate() {
                map.touchpoints.push(Touchpoint {
                    id: format!("t{n}-{k}"),
                    stage: format!("s{n}"),
                    title: title.clone(),
                    score: *score,
                    sentiment: Sentiment::ALL[*sentiment],
                    owner: owner.clone(),
                    ..Default::default()
                });
            }
        }
        let back = mermaid_round_trip(&map);
        let trimmed = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        proptest::prop_assert_eq!(&back.title, &trimmed(&title));
        proptest::prop_assert_eq!(journey_of(&back), journey_of(&map));
        for t in &back.touchpoints {
            proptest::prop_assert_eq!(t.sentiment, journey_core::import::mermaid::sentiment_of(t.score.unwrap()));
        }
    }
}

// ---------------------------------------------------------------------------- HTML

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Pages to look at in a browser:
/// `JOURNEY_HTML_PREVIEW=/tmp cargo test -p journey-mapper-core --test export_text html`.
fn preview(name: &str, page: &str) {
    if let Some(dir) = std::env::var_os("JOURNEY_HTML_PREVIEW") {
        std::fs::write(std::path::Path::new(&dir).join(name), page).unwrap();
    }
}

/// Nothing the page could fetch: no URL in an attribute or a style, no import, no script.
fn assert_self_contained(page: &str) {
    let lower = page.to_lowercase();
    for banned in [
        "<script",
        "<link",
        "<iframe",
        "<img",
        "@import",
        "@font-face",
        "url(",
        "src=",
        "href=",
        "srcset",
        "<base",
    ] {
        assert!(!lower.contains(banned), "{banned} in the page");
    }
    assert!(!lower.contains("=\"http") && !lower.contains("=\"//"));
}

#[test]
fn html_of_the_sample_map() {
    let map = sample_map();
    let page = text(&map, Format::Html, Language::En);
    assert_self_contained(&page);
    for banned in ["http://", "https://", "//"] {
        assert!(!page.contains(banned), "{banned}");
    }
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(
        page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
    assert!(page.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;"
    ));
    assert!(page.contains(&format!("<title>{}</title>", html_escape(&map.title))));
    for stage in &map.stages {
        assert!(page.contains(&format!("data-stage-id=\"{}\"", stage.id)));
        assert!(page.contains(&format!(">{}</h2>", html_escape(&stage.name))));
    }
    for t in &map.touchpoints {
        // The card, then (with the measure shown) its heat step, then its title.
        let card = format!("data-touchpoint-id=\"{}\" data-sentiment=\"{}\"", t.id, t.sentiment.as_str());
        let at = page.find(&card).unwrap_or_else(|| panic!("{card}"));
        let rest = &page[at..];
        let title = format!("><p class=\"title\" dir=\"auto\">{}</p>", html_escape(&t.title));
        assert_eq!(rest.find(&title), rest.find('>'), "{}", t.id);
    }
    for id in ["show-all", "show-positive", "show-neutral", "show-negative"] {
        assert!(page.contains(&format!(
            "<input class=\"filter\" type=\"radio\" name=\"show\" id=\"{id}\""
        )));
        assert!(page.contains(&format!("<label for=\"{id}\"")));
    }
    assert!(page.contains("#show-positive:checked ~ main .card:not(.positive)"));
    // The legend names each sentiment with its count on the whole map.
    for s in Sentiment::ALL {
        let n = map.touchpoints.iter().filter(|t| t.sentiment == s).count();
        let label = journey_core::export::Labels::get(Language::En);
        let word = match s {
            Sentiment::Positive => &label.positive,
            Sentiment::Neutral => &label.neutral,
            Sentiment::Negative => &label.negative,
        };
        assert!(
            page.contains(&format!("{word} <b>{n}</b></span>")),
            "{word} {n}"
        );
    }
    assert_eq!(
        page,
        text(&map, Format::Html, Language::En),
        "deterministic"
    );

    preview("sample.html", &page);
}

#[test]
fn html_of_a_hostile_map_has_every_payload_escaped() {
    let map = hostile_map();
    for (language, lang) in [
        (Language::En, "en"),
        (Language::Ru, "ru"),
        (Language::Pl, "pl"),
    ] {
        let page = text(&map, Format::Html, language);
        assert!(
            page.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">\n")),
            "{lang}"
        );
        assert_self_contained(&page);
        for payload in [SCRIPT, QUOTED, MULTILINE, FORMULA, MARKUP, "\"three\""] {
            if payload != html_escape(payload) {
                assert!(!page.contains(payload), "{payload:?} raw in the page");
            }
        }
        for title in [
            SCRIPT, QUOTED, MULTILINE, FORMULA, CYRILLIC, POLISH, EMOJI, MARKUP,
        ] {
            assert!(
                page.contains(&format!(
                    "<p class=\"title\" dir=\"auto\">{}</p>",
                    html_escape(title)
                )),
                "{title}"
            );
        }
        assert!(page.contains(&format!("<title>{}</title>", html_escape(&map.title))));
        assert!(page.contains(&format!(">{}</h2>", html_escape("@stage \"three\""))));
        // The formula's URL is text on a card, never an attribute.
        assert_eq!(page.matches("http:").count(), 1);
        assert!(page.contains("=HYPERLINK(&quot;http://x&quot;)</p>"));
        assert!(!page.contains("orphan card"));
        assert_eq!(page.matches("<li class=\"card ").count(), 8);
    }
    let ru = text(&map, Format::Html, Language::Ru);
    preview("hostile-ru.html", &ru);
    assert!(ru.contains(">Все</label>") && ru.contains("Пока нет точек контакта"));
    let pl = text(&map, Format::Html, Language::Pl);
    assert!(pl.contains(">Wszystkie</label>") && pl.contains("Utworzono w Journey Mapper"));
}

/// Markdown and the web page list a card's metrics (with their target and whether it is
/// met, in words and a sign), its ratings on the map's criteria and its customers' quotes.
#[test]
fn text_exports_list_each_cards_metrics_ratings_and_feedback() {
    let map = journey_core::model::sample_map();
    let md = text(&map, Format::Markdown, Language::En);
    assert!(md.contains("- **Metrics:**"), "{md}");
    assert!(md.contains("NPS: -12 (target 30, ✗ off target) · 2026-11-20 · post-purchase survey"), "{md}");
    let rated = map.touchpoints.iter().find(|t| !t.ratings.is_empty()).expect("the sample rates cards");
    let (id, rating) = rated.ratings.iter().next().unwrap();
    let criterion = map.criteria.iter().find(|c| &c.id == id).unwrap();
    assert!(md.contains(&format!("{}: {rating} of 5", criterion.name)), "{md}");
    let quoted = map.touchpoints.iter().flat_map(|t| &t.feedback).next().expect("the sample has feedback");
    assert!(md.contains(&format!("“{}”", quoted.quote)), "{md}");
    let ru = text(&map, Format::Markdown, Language::Ru);
    assert!(ru.contains("- **Метрики:**") && ru.contains("✗ цель не достигнута"), "{ru}");
}
