//! The map as one self-contained web page, for people who do not have the app: the title,
//! the stages as columns (scrolling sideways when wide), the cards with their sentiment,
//! a legend, and filters by sentiment; with a measure (a metric or a criterion), its value on
//! each card that has it, each stage's aggregate under its header, and a heat view that
//! colours the cards by it.
//!
//! The page makes no request at all: no script, no external style, font or image; the
//! faces are inline SVG and the filters (and the heat view's toggle) are radio buttons
//! and a checkbox styled with `:checked ~`, so they work with JavaScript disabled. A Content-Security-Policy forbids everything but
//! the inline style, so even a page edited by hand cannot load or run anything.
//! Everything from the map is text, HTML-escaped; nothing in it becomes markup.

use std::fmt::Write;

use super::measure::{self, HEAT};
use super::{sentiment_label, stages_with_cards, Labels};
use crate::model::{Map, Sentiment, ShownMeasure, HEAT_STEPS};

/// The policy is a meta tag because the file is opened from disk, with no server to send
/// headers; `default-src 'none'` also blocks images, fonts and frames.
const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

pub fn render(map: &Map, labels: &Labels, shown: Option<&ShownMeasure>) -> String {
    let stages = stages_with_cards(map);
    let title = if map.title.trim().is_empty() {
        &labels.untitled
    } else {
        &map.title
    };
    let mut totals = [0usize; 3];
    for (_, cards) in &stages {
        for card in cards {
            totals[index(card.sentiment)] += 1;
        }
    }
    let total: usize = totals.iter().sum();

    let mut h = String::with_capacity(16 * 1024 + 600 * total);
    h.push_str("<!DOCTYPE html>\n");
    let _ = writeln!(h, "<html lang=\"{}\">", esc(&labels.lang));
    h.push_str("<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        h,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        esc(CSP)
    );
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str("<meta name=\"color-scheme\" content=\"light\">\n");
    h.push_str("<meta name=\"generator\" content=\"Journey Mapper\">\n");
    let _ = writeln!(h, "<title>{}</title>", esc(title));
    if shown.is_some() {
        let _ = writeln!(h, "<style>{CSS}{MEASURE_CSS}{}</style>", heat_css());
    } else {
        let _ = writeln!(h, "<style>{CSS}</style>");
    }
    h.push_str("</head>\n<body>\n");

    // The filters: radio buttons before everything they act on, so that `:checked ~`
    // reaches the toolbar (to mark the chosen one) and the board (to hide cards).
    h.push_str("<input class=\"filter\" type=\"radio\" name=\"show\" id=\"show-all\" checked>\n");
    for s in Sentiment::ALL {
        let _ = writeln!(
            h,
            "<input class=\"filter\" type=\"radio\" name=\"show\" id=\"show-{}\">",
            s.as_str()
        );
    }
    if shown.is_some() {
        h.push_str("<input class=\"filter\" type=\"checkbox\" id=\"view-heat\">\n");
    }

    h.push_str("<header class=\"page-head\">\n");
    let _ = writeln!(h, "<h1 dir=\"auto\">{}</h1>", esc(title));
    h.push_str("<div class=\"toolbar\">\n");
    // The legend: colour, face and word for each sentiment, with the map's counts.
    let _ = write!(
        h,
        "<div class=\"legend\"><span class=\"legend-head\">{}:</span>",
        esc(&labels.legend)
    );
    for s in Sentiment::ALL {
        let _ = write!(
            h,
            "<span class=\"key {s}\"><span class=\"swatch\"></span>{face}{label} <b>{n}</b></span>",
            s = s.as_str(),
            face = face(s),
            label = esc(sentiment_label(labels, s)),
            n = totals[index(s)],
        );
    }
    let _ = writeln!(
        h,
        "<span class=\"key total\">{}: <b>{total}</b></span>{}</div>",
        esc(&labels.touchpoints),
        bar(labels, &totals, "map-bar")
    );
    let _ = write!(
        h,
        "<div class=\"filters\"><span class=\"filters-head\">{}:</span>",
        esc(&labels.show)
    );
    let _ = write!(
        h,
        "<label for=\"show-all\" class=\"pill all\">{}</label>",
        esc(&labels.all)
    );
    for s in Sentiment::ALL {
        let _ = write!(
            h,
            "<label for=\"show-{s}\" class=\"pill {s}\">{face}{label}</label>",
            s = s.as_str(),
            face = face(s),
            label = esc(sentiment_label(labels, s)),
        );
    }
    h.push_str("</div>\n");
    if let Some(shown) = shown {
        h.push_str(&heat_controls(shown, labels));
    }
    h.push_str("</div>\n</header>\n");

    let about = super::map_details(map, labels);
    if !about.is_empty() {
        h.push_str("<section class=\"about\"><dl>");
        for (label, detail) in about {
            let _ = write!(h, "<div><dt>{}</dt>", esc(&label));
            match detail {
                super::Detail::Text(text) => {
                    let _ = write!(h, "<dd dir=\"auto\">{}</dd>", esc(&text));
                }
                super::Detail::List(items) => {
                    h.push_str("<dd><ul>");
                    for item in items {
                        let _ = write!(h, "<li dir=\"auto\">{}</li>", esc(&item));
                    }
                    h.push_str("</ul></dd>");
                }
            }
            h.push_str("</div>");
        }
        h.push_str("</dl></section>\n");
    }
    h.push_str("<main class=\"board-scroll\">\n");
    h.push_str(&curve(map, labels, stages.len()));
    h.push_str("<div class=\"board\">\n");
    if stages.is_empty() {
        let _ = writeln!(h, "<p class=\"empty\">{}</p>", esc(&labels.no_touchpoints));
    }
    for (stage, cards) in &stages {
        let mut counts = [0usize; 3];
        for card in cards {
            counts[index(card.sentiment)] += 1;
        }
        let _ = writeln!(
            h,
            "<section class=\"stage\" data-stage-id=\"{}\">",
            esc(&stage.id)
        );
        h.push_str("<header class=\"stage-head\">\n<div class=\"stage-top\">");
        let _ = write!(
            h,
            "<h2 class=\"stage-name\" dir=\"auto\">{}</h2>",
            esc(&stage.name)
        );
        // The count follows the filter: all the stage's cards, or those of one sentiment.
        let _ = write!(
            h,
            "<span class=\"count\" title=\"{}: {}\"><span class=\"n n-all\">{}</span>",
            esc(&labels.touchpoints),
            cards.len(),
            cards.len()
        );
        for s in Sentiment::ALL {
            let _ = write!(
                h,
                "<span class=\"n n-{}\">{}</span>",
                s.as_str(),
                counts[index(s)]
            );
        }
        h.push_str("</span></div>\n");
        h.push_str(&bar(labels, &counts, "stage-bar"));
        if let Some(shown) = shown {
            let position = map.stages.iter().position(|s| s.id == stage.id).unwrap_or(usize::MAX);
            let line = measure::stage_line(shown, position, labels);
            let class = if line.measured { "measure" } else { "measure none" };
            let _ = write!(h, "\n<p class=\"{class}\" dir=\"auto\">{}</p>", esc(&line.text));
        }
        h.push_str("\n</header>\n");
        if cards.is_empty() {
            let _ = writeln!(h, "<p class=\"empty\">{}</p>", esc(&labels.no_touchpoints));
        } else {
            h.push_str("<ol class=\"cards\">\n");
            for card in cards {
                let s = card.sentiment.as_str();
                let badge = shown.and_then(|shown| measure::badge(shown, card, labels));
                // The heat view's step; a card the measure does not reach is hatched.
                let heat = match (&badge, shown) {
                    (Some(b), _) => format!(" data-heat=\"{}\"", b.heat),
                    (None, Some(_)) => " data-heat=\"none\"".to_owned(),
                    (None, None) => String::new(),
                };
                let _ = writeln!(
                    h,
                    "<li class=\"card {s}\" data-touchpoint-id=\"{id}\" data-sentiment=\"{s}\"{heat}>\
                     <p class=\"title\" dir=\"auto\">{title}</p>{meta}{badge}\
                     <span class=\"chip {s}\">{face}<span>{label}</span></span>{details}</li>",
                    id = esc(&card.id),
                    title = esc(&card.title),
                    meta = card_meta(card, labels),
                    badge = badge.as_ref().map(badge_html).unwrap_or_default(),
                    face = face(card.sentiment),
                    label = esc(sentiment_label(labels, card.sentiment)),
                    details = card_details(map, card, labels),
                );
            }
            h.push_str("</ol>\n");
            // Shown by the filter when it hides every card of this stage.
            for s in Sentiment::ALL {
                if counts[index(s)] == 0 {
                    let _ = writeln!(
                        h,
                        "<p class=\"none none-{}\">{}</p>",
                        s.as_str(),
                        esc(&labels.no_matching)
                    );
                }
            }
        }
        h.push_str("</section>\n");
    }
    h.push_str("</div>\n</main>\n");
    let _ = writeln!(
        h,
        "<footer class=\"page-foot\">{}</footer>",
        esc(&labels.made_with)
    );
    h.push_str("</body>\n</html>\n");
    h
}

/// The quiet line under a card's title, as on the canvas: channel · owner, and the score.
fn card_meta(card: &crate::model::Touchpoint, labels: &Labels) -> String {
    let parts: Vec<String> = [card.channel.map(|c| labels.value("channel", &c)), Some(card.owner.trim().to_owned())]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
    let score = card.score.map(|s| labels.score_of(s));
    if parts.is_empty() && score.is_none() {
        return String::new();
    }
    format!(
        "<p class=\"meta\"><span dir=\"auto\">{}</span><span>{}</span></p>",
        esc(&parts.join(" · ")),
        esc(score.as_deref().unwrap_or(""))
    )
}

/// A card's value of the measure: ✓ or ✗ and a tint when it has a target, the name and
/// the value; the sentence for screen readers, which the signs would only garble.
fn badge_html(b: &measure::Badge) -> String {
    let (class, sign) = match b.on_target {
        Some(true) => (" on", "<span class=\"sign\">✓</span>"),
        Some(false) => (" off", "<span class=\"sign\">✗</span>"),
        None => ("", ""),
    };
    format!(
        "<span class=\"metric{class}\" title=\"{spoken}\"><span class=\"sr\">{spoken}</span>\
         <span aria-hidden=\"true\">{sign}<span dir=\"auto\">{name}</span> <b>{value}</b></span></span>",
        spoken = esc(&b.spoken),
        name = esc(&b.name),
        value = esc(&b.value),
    )
}

/// The heat view's toggle (the label of the checkbox before the page) and its legend, shown
/// while it is on: the steps from worse to better, each with the values it spans as its
/// tooltip, and the hatching of cards not measured.
fn heat_controls(shown: &ShownMeasure, labels: &Labels) -> String {
    let mut out = format!(
        "<div class=\"heat-bar\"><label for=\"view-heat\" class=\"pill heat-toggle\">{}</label>\
         <span class=\"heat-legend\"><span class=\"heat-head\" dir=\"auto\">{}:</span><span>{}</span>",
        esc(&labels.heat_view),
        esc(&labels.heat_legend(&shown.name)),
        esc(&labels.heat_worse),
    );
    let spans = heat_spans(shown);
    for step in 0..HEAT_STEPS {
        let title = spans.get(step).map(|(from, to)| format!(" title=\"{} – {}\"", labels.number(*from, 1), labels.number(*to, 1)));
        let _ = write!(out, "<span class=\"heat-key\" data-heat=\"{step}\"{}></span>", title.unwrap_or_default());
    }
    let _ = write!(
        out,
        "<span>{}</span><span class=\"heat-key\" data-heat=\"none\"></span><span>{}</span></span></div>\n",
        esc(&labels.heat_better),
        esc(&labels.heat_none)
    );
    out
}

/// The values each heat step spans, worst step first; none without a scale.
fn heat_spans(shown: &ShownMeasure) -> Vec<(f64, f64)> {
    let (Some(low), Some(high)) = (shown.low, shown.high) else { return Vec::new() };
    if !(high > low) {
        return Vec::new();
    }
    let width = (high - low) / HEAT_STEPS as f64;
    let mut spans: Vec<(f64, f64)> = (0..HEAT_STEPS).map(|i| (low + i as f64 * width, low + (i + 1) as f64 * width)).collect();
    if shown.better == crate::model::Better::Lower {
        spans.reverse();
        for span in &mut spans {
            *span = (span.1, span.0);
        }
    }
    spans
}

/// The heat view's rules: each step's line and tint, unmeasured cards hatched grey.
fn heat_css() -> String {
    let mut css = String::new();
    for (step, (line, soft)) in HEAT.iter().enumerate() {
        let _ = writeln!(
            css,
            "#view-heat:checked ~ main .card[data-heat=\"{step}\"] {{ --line: {line}; background: {soft}; }}\n\
             .heat-key[data-heat=\"{step}\"] {{ background: {soft}; border-color: {line}; }}"
        );
    }
    let _ = writeln!(
        css,
        "#view-heat:checked ~ main .card[data-heat=\"none\"], .heat-key[data-heat=\"none\"] {{ --line: {line}; border-color: {line}; background: repeating-linear-gradient(135deg, #fff 0 6px, {soft} 6px 12px); }}",
        line = measure::HEAT_NONE_LINE,
        soft = measure::HEAT_NONE_SOFT,
    );
    css
}

/// The rest of a card's details, folded: a <details> opens without any script.
fn card_details(map: &Map, card: &crate::model::Touchpoint, labels: &Labels) -> String {
    let details = super::card_details(map, card, labels);
    if details.is_empty() {
        return String::new();
    }
    let mut out = format!("<details><summary>{}</summary><dl>", esc(&labels.details));
    for (label, detail) in details {
        let _ = write!(out, "<dt>{}</dt>", esc(&label));
        match detail {
            super::Detail::Text(text) => {
                let _ = write!(out, "<dd dir=\"auto\">{}</dd>", esc(&text));
            }
            super::Detail::List(items) => {
                out.push_str("<dd><ul>");
                for item in items {
                    let _ = write!(out, "<li dir=\"auto\">{}</li>", esc(&item));
                }
                out.push_str("</ul></dd>");
            }
        }
    }
    out.push_str("</dl></details>");
    out
}

/// The emotion curve over the stage columns, an inline picture (the page runs no script and
/// loads nothing): a point at each column's centre, from all negative at the bottom to all
/// positive at the top, joined where neighbouring stages both have cards, each dot in its
/// sentiment's colour with the stage's name and value as its tooltip. Empty when no stage
/// has cards.
fn curve(map: &Map, labels: &Labels, columns: usize) -> String {
    // The board's geometry, as its CSS sets it: padding, column width and gap.
    const PAD: f32 = 32.0;
    const COLUMN: f32 = 248.0;
    const GAP: f32 = 14.0;
    const HEIGHT: f32 = 96.0;
    const INSET: f32 = 18.0;
    let values = map.emotion_curve();
    if columns == 0 || values.iter().all(Option::is_none) {
        return String::new();
    }
    let width = 2.0 * PAD + columns as f32 * COLUMN + (columns - 1) as f32 * GAP;
    let x = |i: usize| PAD + i as f32 * (COLUMN + GAP) + COLUMN / 2.0;
    let y = |v: f32| INSET + (1.0 - v) / 2.0 * (HEIGHT - 2.0 * INSET);
    let mut svg = format!(
        "<figure class=\"curve\"><figcaption>{}</figcaption><svg width=\"{width}\" height=\"{HEIGHT}\" viewBox=\"0 0 {width} {HEIGHT}\" role=\"img\" aria-label=\"{}\">",
        esc(&labels.emotion_curve),
        esc(&labels.emotion_curve)
    );
    let _ = write!(svg, "<rect class=\"band\" x=\"{PAD}\" y=\"1\" width=\"{}\" height=\"{}\" rx=\"12\"/>", width - 2.0 * PAD, HEIGHT - 2.0);
    let _ = write!(svg, "<path class=\"zero\" d=\"M{} {z}H{}\"/>", PAD + 12.0, width - PAD - 12.0, z = y(0.0));
    let mut run: Vec<(f32, f32)> = Vec::new();
    let mut paths = String::new();
    let flush = |run: &mut Vec<(f32, f32)>, paths: &mut String| {
        if run.len() > 1 {
            let d: Vec<String> = run.iter().enumerate().map(|(k, (px, py))| format!("{}{px} {py}", if k == 0 { 'M' } else { 'L' })).collect();
            let _ = write!(paths, "<path class=\"line\" d=\"{}\"/>", d.join(""));
        }
        run.clear();
    };
    let mut dots = String::new();
    for (i, stage) in map.stages.iter().enumerate().take(columns) {
        match values.get(i).copied().flatten() {
            Some(v) => {
                run.push((x(i), y(v)));
                let class = if v > 0.0 { "positive" } else if v < 0.0 { "negative" } else { "neutral" };
                let _ = write!(
                    dots,
                    "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"5\"><title>{}: {:+.2}</title></circle>",
                    x(i),
                    y(v),
                    esc(&stage.name),
                    v
                );
            }
            None => flush(&mut run, &mut paths),
        }
    }
    flush(&mut run, &mut paths);
    svg.push_str(&paths);
    svg.push_str(&dots);
    svg.push_str("</svg></figure>\n");
    svg
}

fn index(s: Sentiment) -> usize {
    Sentiment::ALL.iter().position(|v| *v == s).unwrap_or(1)
}

/// The share of each sentiment as a bar, with its numbers for screen readers.
fn bar(labels: &Labels, counts: &[usize; 3], class: &str) -> String {
    let summary: Vec<String> = Sentiment::ALL
        .into_iter()
        .map(|s| format!("{}: {}", sentiment_label(labels, s), counts[index(s)]))
        .collect();
    let summary = esc(&summary.join(", "));
    let mut out = format!(
        "<div class=\"bar {class}\" role=\"img\" aria-label=\"{summary}\" title=\"{summary}\">"
    );
    for s in Sentiment::ALL {
        let n = counts[index(s)];
        if n > 0 {
            let _ = write!(
                out,
                "<span class=\"seg {}\" style=\"flex-grow:{n}\"></span>",
                s.as_str()
            );
        }
    }
    out.push_str("</div>");
    out
}

/// A face for each sentiment, as the app draws it: smiling, straight, frowning; so that
/// sentiment is never told by colour alone. Inline SVG: no request, no emoji font.
fn face(s: Sentiment) -> String {
    let mouth = match s {
        Sentiment::Positive => "M6.3 11.4c1.9 2.6 5.5 2.6 7.4 0",
        Sentiment::Neutral => "M6.8 12.6h6.4",
        Sentiment::Negative => "M6.3 14c1.9-2.5 5.5-2.5 7.4 0",
    };
    format!(
        "<svg class=\"face {}\" viewBox=\"0 0 20 20\" width=\"14\" height=\"14\" aria-hidden=\"true\" focusable=\"false\">\
         <circle class=\"head\" cx=\"10\" cy=\"10\" r=\"8.4\"/><circle class=\"eye\" cx=\"7.2\" cy=\"7.9\" r=\"1.15\"/>\
         <circle class=\"eye\" cx=\"12.8\" cy=\"7.9\" r=\"1.15\"/><path class=\"mouth\" d=\"{mouth}\"/></svg>",
        s.as_str()
    )
}

/// Text as HTML text or attribute value: nothing in it can open a tag, end an attribute
/// or start an entity.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // NUL is a parse error in HTML; show what the browser would.
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The app's look (ui/src/app.css): its colours, radii, shadows and font stack, the
/// fonts being whatever the reader's system has.
const CSS: &str = r#"
:root {
  --font: 'Inter', 'Segoe UI', Cantarell, 'Noto Sans', 'DejaVu Sans', sans-serif;
  --bg: #f5f6f8; --surface: #ffffff; --column: #eceef2; --column-border: #e1e4ea;
  --border: #dde1e7; --border-strong: #c5cbd4;
  --text: #1b2230; --text-muted: #5a6474; --text-faint: #8a93a2;
  --accent: #3557d4; --accent-soft: #e9eefc;
  --positive: #1f8f52; --positive-text: #156b3c; --positive-soft: #e3f4ea;
  --neutral: #7d8898; --neutral-text: #4a5363; --neutral-soft: #eceff3;
  --negative: #d2393f; --negative-text: #b0262c; --negative-soft: #fceaea;
  --radius-sm: 6px; --radius: 8px; --radius-lg: 12px;
  --shadow-card: 0 1px 2px rgba(16, 24, 40, 0.06), 0 1px 1px rgba(16, 24, 40, 0.03);
  --column-width: 248px;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 14px/1.4 var(--font); -webkit-font-smoothing: antialiased;
}
.positive { --line: var(--positive); --soft: var(--positive-soft); --ink: var(--positive-text); }
.neutral { --line: var(--neutral); --soft: var(--neutral-soft); --ink: var(--neutral-text); }
.negative { --line: var(--negative); --soft: var(--negative-soft); --ink: var(--negative-text); }

.page-head { padding: 24px 32px 16px; }
h1 {
  margin: 0 0 14px; font-size: 24px; font-weight: 700; line-height: 1.25;
  overflow-wrap: anywhere; unicode-bidi: isolate;
}
.toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px 24px; }
.legend, .filters { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; color: var(--text-muted); font-size: 13px; }
.legend-head, .filters-head { font-weight: 600; color: var(--text); }
.key { display: inline-flex; align-items: center; gap: 5px; }
.key b { color: var(--text); font-weight: 600; font-variant-numeric: tabular-nums; }
.swatch { width: 4px; height: 16px; border-radius: 2px; background: var(--line); }
.map-bar { width: 140px; }
.filters { gap: 6px; }
.filters-head { margin-right: 4px; }

.face { flex: none; display: block; }
.face .head { fill: var(--soft); stroke: var(--line); stroke-width: 1.5; }
.face .eye { fill: var(--line); }
.face .mouth { fill: none; stroke: var(--line); stroke-width: 1.6; stroke-linecap: round; }

/* The filters: the radios are hidden but stay focusable; their labels are the buttons. */
.filter { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); opacity: 0; }
.pill {
  display: inline-flex; align-items: center; gap: 5px; padding: 3px 11px;
  border: 1px solid var(--border); border-radius: 999px; background: var(--surface);
  color: var(--text-muted); font-weight: 500; cursor: pointer; user-select: none;
}
.pill:hover { border-color: var(--border-strong); color: var(--text); }
#show-all:checked ~ .page-head .pill.all { background: var(--accent-soft); border-color: var(--accent); color: var(--accent); }
#show-positive:checked ~ .page-head .pill.positive,
#show-neutral:checked ~ .page-head .pill.neutral,
#show-negative:checked ~ .page-head .pill.negative { background: var(--soft); border-color: var(--line); color: var(--ink); }
#show-all:focus-visible ~ .page-head .pill.all,
#show-positive:focus-visible ~ .page-head .pill.positive,
#show-neutral:focus-visible ~ .page-head .pill.neutral,
#show-negative:focus-visible ~ .page-head .pill.negative { outline: 2px solid var(--accent); outline-offset: 2px; }
#show-positive:checked ~ main .card:not(.positive),
#show-neutral:checked ~ main .card:not(.neutral),
#show-negative:checked ~ main .card:not(.negative) { display: none; }
.count .n { display: none; }
#show-all:checked ~ main .count .n-all,
#show-positive:checked ~ main .count .n-positive,
#show-neutral:checked ~ main .count .n-neutral,
#show-negative:checked ~ main .count .n-negative { display: inline; }
#show-positive:checked ~ main .count { background: var(--positive-soft); color: var(--positive-text); }
#show-neutral:checked ~ main .count { background: var(--neutral-soft); color: var(--neutral-text); }
#show-negative:checked ~ main .count { background: var(--negative-soft); color: var(--negative-text); }
.none { display: none; }
#show-positive:checked ~ main .none-positive,
#show-neutral:checked ~ main .none-neutral,
#show-negative:checked ~ main .none-negative { display: block; }

/* The board: columns left to right, scrolling sideways when the map is wider than the window. */
.board-scroll { overflow-x: auto; }
.curve { margin: 0; padding: 0 0 4px; width: max-content; }
.curve figcaption { padding: 0 32px 2px; font-size: 11px; font-weight: 700; color: var(--faint, #8a93a2); }
.curve .band { fill: #fff; stroke: var(--column-border); }
.curve .zero { stroke: #c5cbd4; stroke-width: 1; stroke-dasharray: 4 4; fill: none; }
.curve .line { stroke: #3553d1; stroke-width: 2.5; fill: none; stroke-linejoin: round; stroke-linecap: round; }
.curve circle { stroke: #fff; stroke-width: 2; }
.curve circle.positive { fill: var(--positive); }
.curve circle.neutral { fill: var(--neutral); }
.curve circle.negative { fill: var(--negative); }
.board { display: flex; align-items: flex-start; gap: 14px; width: max-content; min-width: 100%; padding: 4px 32px 24px; }
.stage {
  display: flex; flex-direction: column; flex: none; width: var(--column-width);
  padding: 4px 10px 10px; border: 1px solid var(--column-border);
  border-radius: var(--radius-lg); background: var(--column);
}
.stage-head { display: flex; flex-direction: column; gap: 8px; padding: 8px 2px 10px; }
.stage-top { display: flex; align-items: flex-start; gap: 8px; }
.stage-name {
  flex: 1; min-width: 0; margin: 0; font-size: 14px; font-weight: 650; line-height: 20px;
  letter-spacing: 0.01em; overflow-wrap: anywhere; unicode-bidi: isolate;
}
.count {
  flex: none; min-width: 22px; padding: 0 7px; border-radius: 999px;
  background: rgba(27, 34, 48, 0.08); color: var(--text-muted);
  font-size: 12px; font-weight: 600; line-height: 20px; text-align: center; font-variant-numeric: tabular-nums;
}
.bar { display: flex; gap: 2px; height: 5px; border-radius: 3px; background: #dcdfe5; overflow: hidden; }
.seg { flex-basis: 0; min-width: 4px; background: var(--line); }
.seg.neutral { background: #a9b2bf; }
.cards { display: flex; flex-direction: column; gap: 8px; margin: 0; padding: 4px 0 0; list-style: none; }
.about { padding: 0 32px 8px; font-size: 13px; }
.about dl { display: flex; flex-wrap: wrap; gap: 12px 32px; margin: 0; }
.about dt { font-weight: 600; color: #5a6474; font-size: 12px; }
.about dd { margin: 2px 0 0; max-width: 420px; white-space: pre-wrap; }
.about ul { margin: 0; padding-left: 16px; }
.meta { display: flex; justify-content: space-between; gap: 8px; margin: -2px 0 8px; font-size: 11.5px; color: #5a6474; }
details { margin-top: 8px; font-size: 12.5px; color: #1b2230; }
details summary { cursor: pointer; color: #5a6474; font-size: 12px; }
details dl { margin: 6px 0 0; }
details dt { margin-top: 6px; font-weight: 600; color: #5a6474; font-size: 11.5px; }
details dd { margin: 2px 0 0; white-space: pre-wrap; }
details ul { margin: 0; padding-left: 16px; }
.card {
  display: flex; flex-direction: column; gap: 8px; padding: 10px 10px 10px 13px;
  border: 1px solid #e2e5ea; border-left: 4px solid var(--line); border-radius: var(--radius);
  background: var(--surface); box-shadow: var(--shadow-card);
}
.title {
  margin: 0; font-size: 14px; font-weight: 500; line-height: 1.4;
  white-space: pre-line; overflow-wrap: anywhere; unicode-bidi: isolate;
}
.chip {
  display: inline-flex; align-items: center; gap: 5px; align-self: flex-start;
  padding: 1px 8px 1px 3px; border-radius: 999px; background: var(--soft); color: var(--ink);
  font-size: 12px; font-weight: 500; line-height: 18px;
}
.empty, .none {
  margin: 4px 0 0; padding: 14px 10px; border: 1.5px dashed var(--border-strong);
  border-radius: var(--radius); color: var(--text-faint); font-size: 13px; text-align: center;
}
.board > .empty { width: var(--column-width); }
.page-foot { padding: 8px 32px 24px; color: var(--text-faint); font-size: 12px; }

@media print {
  @page { size: landscape; margin: 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; }
  .page-head { padding: 0 0 12px; }
  .board-scroll { overflow: visible; }
  .board { flex-wrap: wrap; width: auto; min-width: 0; padding: 0; }
  .stage { break-inside: avoid-page; }
  .card { box-shadow: none; break-inside: avoid; }
  .page-foot { padding: 12px 0 0; }
}
"#;

/// The measure's badge and stage lines, and the heat view's toggle and legend, as the
/// board draws them (ui/src/components/CardMeta.svelte, StageHeader.svelte).
const MEASURE_CSS: &str = r#"
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.measure { margin: 0; font-size: 12px; font-weight: 600; color: var(--text-muted); font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.measure.none { font-weight: 400; color: var(--text-faint); }
.metric {
  align-self: flex-start; max-width: 100%; margin-top: -4px; padding: 0 7px; border-radius: 999px;
  background: var(--neutral-soft); color: var(--neutral-text); font-size: 11.5px; line-height: 18px;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.metric b { font-weight: 650; font-variant-numeric: tabular-nums; }
.metric .sign { margin-right: 4px; font-weight: 700; }
.metric.on { background: var(--positive-soft); color: var(--positive-text); }
.metric.off { background: var(--negative-soft); color: var(--negative-text); }
.heat-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; color: var(--text-muted); font-size: 13px; }
.heat-legend { display: none; flex-wrap: wrap; align-items: center; gap: 4px; }
.heat-head { font-weight: 600; color: var(--text); margin-right: 4px; }
.heat-key { display: inline-block; width: 22px; height: 14px; border: 1.5px solid; border-radius: 4px; }
.heat-key[data-heat="none"] { margin-left: 8px; }
#view-heat:checked ~ .page-head .heat-legend { display: inline-flex; }
#view-heat:checked ~ .page-head .heat-toggle { background: var(--accent-soft); border-color: var(--accent); color: var(--accent); }
#view-heat:focus-visible ~ .page-head .heat-toggle { outline: 2px solid var(--accent); outline-offset: 2px; }
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::Language;
    use crate::model::{sample_map, Stage, Touchpoint};

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            esc(r#"<a href="x" onclick='y'>&amp;</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;"
        );
    }

    #[test]
    fn sample_map_page_has_every_stage_and_card_in_order() {
        let map = sample_map();
        let labels = Labels::get(Language::En);
        let page = render(&map, labels, map.measures().shown(None).as_ref());
        assert!(page.starts_with(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        ));
        assert!(page.contains(&format!("<title>{}</title>", esc(&map.title))));
        assert!(page.contains(&format!("<h1 dir=\"auto\">{}</h1>", esc(&map.title))));
        let mut from = 0;
        for stage in &map.stages {
            let head = format!(
                "<h2 class=\"stage-name\" dir=\"auto\">{}</h2>",
                esc(&stage.name)
            );
            from += page[from..].find(&head).expect("stages in order");
            let cards = map.cards_of(&stage.id);
            assert!(
                page[from..].contains(&format!("<span class=\"n n-all\">{}</span>", cards.len()))
            );
            for i in cards {
                let t = &map.touchpoints[i];
                let card = format!(
                    "<li class=\"card {s}\" data-touchpoint-id=\"{}\" data-sentiment=\"{s}\"",
                    esc(&t.id),
                    s = t.sentiment.as_str()
                );
                from += page[from..].find(&card).expect("cards in order");
                // Then the heat step of its value of the measure, and its title.
                let title = format!("><p class=\"title\" dir=\"auto\">{}</p>", esc(&t.title));
                assert_eq!(page[from..].find(&title), page[from..].find('>'), "{}", t.id);
            }
        }
        assert_eq!(
            page.matches("<li class=\"card ").count(),
            map.touchpoints.len()
        );
        assert!(page.contains("Made with Journey Mapper"));
        // The same map gives the same bytes.
        assert_eq!(page, render(&map, labels, map.measures().shown(None).as_ref()));
    }

    #[test]
    fn the_page_draws_the_emotion_curve_over_the_stages_that_have_cards() {
        let map = sample_map();
        let page = render(&map, Labels::get(Language::En), map.measures().shown(None).as_ref());
        assert!(page.contains("<figure class=\"curve\"><figcaption>Emotion curve</figcaption>"));
        let values = map.emotion_curve();
        let figure = &page[page.find("<figure class=\"curve\">").unwrap()..page.find("</figure>").unwrap()];
        assert_eq!(figure.matches("<circle ").count(), values.iter().flatten().count());
        for (stage, v) in map.stages.iter().zip(&values) {
            if let Some(v) = v {
                assert!(page.contains(&format!("<title>{}: {:+.2}</title>", esc(&stage.name), v)), "{}", stage.name);
            }
        }
        assert!(page.find("<figure class=\"curve\">").unwrap() < page.find("<div class=\"board\">").unwrap(), "above the board");
        let mut bare = sample_map();
        bare.touchpoints.clear();
        assert!(!render(&bare, Labels::get(Language::En), None).contains("class=\"curve\""), "no curve without cards");
    }

    #[test]
    fn filters_are_css_only_and_the_page_loads_nothing() {
        let page = render(&sample_map(), Labels::get(Language::En), sample_map().measures().shown(None).as_ref());
        for s in ["all", "positive", "neutral", "negative"] {
            assert!(
                page.contains(&format!("type=\"radio\" name=\"show\" id=\"show-{s}\"")),
                "{s}"
            );
            assert!(page.contains(&format!("<label for=\"show-{s}\"")), "{s}");
        }
        assert!(
            page.contains("#show-negative:checked ~ main .card:not(.negative) { display: none; }")
        );
        assert!(page
            .contains("content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;"));
        for banned in [
            "<script",
            "http:",
            "https:",
            "//",
            "@import",
            "url(",
            "src=",
            "href=",
            "<link",
            "@font-face",
        ] {
            assert!(!page.contains(banned), "{banned}");
        }
    }

    #[test]
    fn empty_stage_and_filtered_out_stage_say_so() {
        let mut map = Map::new("");
        for id in ["a", "b"] {
            map.stages.push(Stage {
                id: id.into(),
                name: id.into(),
                extra: Default::default(),
            });
        }
        map.touchpoints.push(Touchpoint {
            id: "t".into(),
            stage: "b".into(),
            title: "x".into(),
            sentiment: Sentiment::Positive,
            extra: Default::default(),
            ..Default::default()
        });
        let page = render(&map, Labels::get(Language::Ru), None);
        assert!(page.contains("<html lang=\"ru\">"));
        assert!(page.contains("<title>Карта без названия</title>"));
        assert_eq!(
            page.matches("<p class=\"empty\">Пока нет точек контакта</p>")
                .count(),
            1
        );
        assert!(
            page.contains("<p class=\"none none-neutral\">Нет точек контакта с такой оценкой</p>")
        );
        assert!(page.contains("<p class=\"none none-negative\">"));
        assert!(!page.contains("<p class=\"none none-positive\">"));
    }
}

#[cfg(test)]
mod details_tests {
    use super::*;
    use crate::export::Language;
    use crate::model::sample_map;

    #[test]
    fn cards_show_their_details_folded_and_the_map_its_goals() {
        let map = sample_map();
        let page = render(&map, Labels::get(Language::En), map.measures().shown(None).as_ref());
        assert!(page.contains("<p class=\"meta\"><span dir=\"auto\">Online ad · Marketing</span><span>3 of 5</span></p>"));
        assert!(page.contains("<details><summary>Details</summary>"));
        assert!(page.contains("<li dir=\"auto\">No tracking link</li>"));
        assert!(page.contains("<li dir=\"auto\">Find the right shoes quickly</li>"));
        // Details are user text: escaped like the rest.
        let mut hostile = sample_map();
        hostile.touchpoints[0].pain_points = vec!["<img src=x onerror=alert(1)>".into()];
        hostile.notes = "<script>alert(1)</script>".into();
        let page = render(&hostile, Labels::get(Language::Ru), hostile.measures().shown(None).as_ref());
        assert!(!page.contains("<img src=x") && !page.contains("<script>alert"));
        assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(page.contains("Подробности"));
    }
}

#[cfg(test)]
mod measure_tests {
    use super::*;
    use crate::export::Language;
    use crate::model::{sample_map, BoardMeasure};

    fn page(map: &Map, language: Language, choice: Option<BoardMeasure>) -> String {
        render(map, Labels::get(language), map.measures().shown(choice.as_ref()).as_ref())
    }

    #[test]
    fn cards_carry_the_measures_badge_and_stages_its_aggregate() {
        let map = sample_map();
        let page = page(&map, Language::En, None);
        assert!(page.contains("<p class=\"measure\" dir=\"auto\">NPS, mean: 48</p>"));
        assert!(page.contains("<p class=\"measure none\" dir=\"auto\">NPS: not measured</p>"));
        assert_eq!(page.matches("<p class=\"measure").count(), map.stages.len());
        let measured = map.touchpoints.iter().filter(|t| t.metric("NPS").is_some()).count();
        assert_eq!(page.matches("<span class=\"metric").count(), measured);
        assert!(page.contains("<span class=\"metric on\" title=\"NPS: 48, target 30 met\">"), "the sign, the tint and the words");
        assert!(page.contains("<span class=\"sign\">✓</span><span dir=\"auto\">NPS</span> <b>48</b>"));
        assert!(page.contains("<span class=\"metric off\""));
        // Every card says its heat step, or that it is not measured.
        assert_eq!(page.matches(" data-heat=\"").count() - HEAT_STEPS - 1, map.touchpoints.len(), "cards, besides the legend's keys");
        assert!(page.contains("data-heat=\"none\">"));
        // A rating: "4/5", no sign; Russian words.
        let ru = super::measure_tests::page(&map, Language::Ru, Some(BoardMeasure::Criterion { id: "design".into() }));
        assert!(ru.contains("Design and quality</span> <b>3/5</b>") && !ru.contains("class=\"sign\""));
        assert!(ru.contains(": 3 из 5</p>") && ru.contains("Тепловая карта"));
    }

    #[test]
    fn the_heat_view_is_a_css_toggle_with_a_legend_and_the_page_still_runs_nothing() {
        let map = sample_map();
        let page = page(&map, Language::Pl, None);
        assert!(page.contains("<input class=\"filter\" type=\"checkbox\" id=\"view-heat\">"));
        assert!(page.find("id=\"view-heat\"").unwrap() < page.find("<header class=\"page-head\">").unwrap(), "before what it acts on");
        assert!(page.contains("<label for=\"view-heat\" class=\"pill heat-toggle\">Mapa cieplna</label>"));
        assert!(page.contains("NPS, od gorszego do lepszego:"));
        assert!(page.contains("#view-heat:checked ~ main .card[data-heat=\"0\"] { --line: #c9453e; background: #f9e1df; }"));
        assert!(page.contains("#view-heat:checked ~ main .card[data-heat=\"4\"] { --line: #1f8f52; background: #ddf0e5; }"));
        assert!(page.contains("repeating-linear-gradient(135deg"), "unmeasured cards are hatched");
        assert!(page.contains("title=\"-100 – -60\""), "each step says the values it spans");
        // Hidden until the toggle is on: without it (and without script) the page is the sentiment view.
        assert!(page.contains(".heat-legend { display: none;"));
        for banned in ["<script", "url(", "src=", "href=", "//"] {
            assert!(!page.contains(banned), "{banned}");
        }
        // Lower is better: the steps run from the high end down.
        let time = super::measure_tests::page(&map, Language::En, Some(BoardMeasure::Metric { name: "response time".into() }));
        let shown = map.measures().shown(Some(&BoardMeasure::Metric { name: "Response time".into() })).unwrap();
        let first = format!("data-heat=\"0\" title=\"{} – ", Labels::get(Language::En).number(shown.high.unwrap(), 1));
        assert!(time.contains(&first), "{first}");
    }

    #[test]
    fn without_a_measure_the_page_has_no_toggle_badge_or_stage_line() {
        let map = sample_map();
        let none = page(&map, Language::En, Some(BoardMeasure::None));
        for absent in ["view-heat", "data-heat", "class=\"metric", "class=\"measure", ".heat-legend"] {
            assert!(!none.contains(absent), "{absent}");
        }
    }
}
