//! Draws a [`Scene`] as SVG: the look of the canvas (colours from ui/src/app.css), with
//! the legend, and optionally the font and the map itself inside the file.

use std::fmt::Write;

use super::fonts;
use super::layout::{self, Scene, CARD_LINE, CARD_PAD_X, CARD_PAD_Y, CARD_WIDTH, CHIP_GAP, CHIP_HEIGHT, COLUMN_PAD, COLUMN_WIDTH, STAGE_LINE, TITLE_LINE};
use crate::format::{svg_metadata_text, MAP_METADATA_ID};
use crate::model::Sentiment;

const BG: &str = "#f5f6f8";
const COLUMN: &str = "#eceef2";
const COLUMN_BORDER: &str = "#e1e4ea";
const SURFACE: &str = "#ffffff";
const BORDER: &str = "#dde1e7";
const TEXT: &str = "#1b2230";
const MUTED: &str = "#5a6474";
const FAINT: &str = "#8a93a2";

struct Palette {
    strong: &'static str,
    text: &'static str,
    soft: &'static str,
}

fn palette(s: Sentiment) -> Palette {
    match s {
        Sentiment::Positive => Palette { strong: "#1f8f52", text: "#156b3c", soft: "#e3f4ea" },
        Sentiment::Neutral => Palette { strong: "#7d8898", text: "#4a5363", soft: "#eceff3" },
        Sentiment::Negative => Palette { strong: "#d2393f", text: "#b0262c", soft: "#fceaea" },
    }
}

/// What goes into the file besides the picture.
#[derive(Default)]
pub struct Extras<'a> {
    /// Embed the font, for an SVG file that looks the same wherever it is opened. Left
    /// out when the SVG only feeds our own PNG and PDF renderers, which load it directly.
    pub font: bool,
    /// The map file's text, for Open to get the editable map back.
    pub map_json: Option<&'a str>,
    /// The document title (`<title>`).
    pub title: Option<&'a str>,
}

pub fn write(scene: &Scene, extras: &Extras) -> String {
    let mut out = String::with_capacity(4096 + scene.columns.iter().map(|c| c.cards.len()).sum::<usize>() * 900);
    let (w, h) = (scene.width, scene.height);
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{family}, sans-serif">"#,
        family = fonts::FAMILY
    );
    if let Some(title) = extras.title {
        let _ = write!(out, "<title>{}</title>", esc(title));
    }
    if let Some(json) = extras.map_json {
        let _ = write!(out, r#"<metadata id="{MAP_METADATA_ID}">{}</metadata>"#, esc(&svg_metadata_text(json)));
    }
    if extras.font {
        embed_font(&mut out);
    }
    let _ = write!(out, r#"<rect width="{w}" height="{h}" fill="{BG}"/>"#);
    header(&mut out, scene);
    if let Some(band) = &scene.band {
        header_band(&mut out, band);
    }
    if let Some(curve) = &scene.curve {
        emotion_curve(&mut out, curve);
    }
    for lane in &scene.lanes {
        lane_header(&mut out, lane);
    }
    for column in &scene.columns {
        draw_column(&mut out, column, &scene.lanes);
    }
    footer(&mut out, scene);
    out.push_str("</svg>\n");
    out
}

fn embed_font(out: &mut String) {
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let _ = write!(
        out,
        "<defs><style>@font-face{{font-family:'{f}';font-weight:400;src:url(data:font/ttf;base64,{r}) format('truetype')}}@font-face{{font-family:'{f}';font-weight:700;src:url(data:font/ttf;base64,{b}) format('truetype')}}</style></defs>",
        f = fonts::FAMILY,
        r = b64.encode(fonts::REGULAR),
        b = b64.encode(fonts::BOLD),
    );
}

fn header(out: &mut String, scene: &Scene) {
    let x = layout::MARGIN;
    let mut y = layout::MARGIN;
    for line in &scene.title {
        text(out, x, baseline(y, TITLE_LINE, layout::TITLE_FONT), layout::TITLE_FONT, true, TEXT, line);
        y += TITLE_LINE;
    }
    // The legend: what each colour means, with the map's count of each.
    y += 8.0;
    let mut lx = x;
    let size = 13.0;
    text(out, lx, baseline(y, 24.0, size), size, true, MUTED, &scene.legend_heading);
    lx += fonts::Metrics::get().width(&scene.legend_heading, size, true) + 12.0;
    for item in &scene.legend {
        let label = format!("{} · {}", item.label, item.count);
        lx += chip(out, lx, y + 1.0, item.sentiment, &label) + 8.0;
    }
}

/// Who the map is about and what each side wants: a calm card per block, its heading
/// small and muted above the lines, as a slide's header reads.
fn header_band(out: &mut String, band: &layout::Band) {
    for block in &band.blocks {
        let _ = write!(
            out,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="12" fill="{SURFACE}" stroke="{COLUMN_BORDER}"/>"#,
            block.x, band.top, block.width, band.height
        );
        let x = block.x + layout::BAND_PAD;
        let mut y = band.top + layout::BAND_PAD;
        text(out, x, y + 11.0, 11.0, true, FAINT, &block.heading);
        y += layout::BAND_HEADING;
        for line in &block.lines {
            text(out, x, baseline(y, layout::BAND_LINE, layout::BAND_FONT), layout::BAND_FONT, false, TEXT, line);
            y += layout::BAND_LINE;
        }
    }
}

/// The emotion curve: a calm band with a zero line, a smooth line through the stages that
/// have cards (broken where a stage has none), and a dot per stage in its sentiment's
/// colour.
fn emotion_curve(out: &mut String, curve: &layout::Curve) {
    let (x, w) = (curve.left, curve.width);
    let _ = write!(
        out,
        r#"<rect x="{x}" y="{}" width="{w}" height="{}" rx="12" fill="{SURFACE}" stroke="{COLUMN_BORDER}"/>"#,
        curve.top, curve.height
    );
    let zero = curve.y(0.0);
    let _ = write!(
        out,
        r##"<path d="M{} {zero}H{}" stroke="#c5cbd4" stroke-width="1" stroke-dasharray="4 4"/>"##,
        x + 12.0,
        x + w - 12.0
    );
    text(out, x + 12.0, curve.top + 18.0, 11.0, true, FAINT, &curve.label);
    // Runs of consecutive stages with cards, each drawn as one smooth line.
    let mut runs: Vec<Vec<(f32, f32)>> = vec![Vec::new()];
    for &(px, value) in &curve.points {
        match value {
            Some(v) => runs.last_mut().expect("one run").push((px, curve.y(v))),
            None => runs.push(Vec::new()),
        }
    }
    for run in runs.iter().filter(|r| r.len() > 1) {
        let mut d = format!("M{} {}", run[0].0, run[0].1);
        for pair in run.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            let mid = (x0 + x1) / 2.0;
            let _ = write!(d, "C{mid} {y0} {mid} {y1} {x1} {y1}");
        }
        let _ = write!(out, r##"<path d="{d}" fill="none" stroke="#3557d4" stroke-width="2.5" stroke-linecap="round"/>"##);
    }
    for &(px, value) in &curve.points {
        if let Some(v) = value {
            let s = if v > 0.15 {
                Sentiment::Positive
            } else if v < -0.15 {
                Sentiment::Negative
            } else {
                Sentiment::Neutral
            };
            let _ = write!(
                out,
                r#"<circle cx="{px}" cy="{}" r="5.5" fill="{}" stroke="{SURFACE}" stroke-width="2"/>"#,
                curve.y(v),
                palette(s).strong
            );
        }
    }
}

/// A lane's header at the left of its row, in the columns' grey, as on the canvas.
fn lane_header(out: &mut String, lane: &layout::LaneBand) {
    let (x, y, h) = (lane.x, lane.y + 4.0, lane.height - 8.0);
    let _ = write!(
        out,
        r#"<rect x="{x}" y="{y}" width="{}" height="{h}" rx="10" fill="{COLUMN}" stroke="{COLUMN_BORDER}"/>"#,
        layout::LANE_WIDTH
    );
    let mut ty = y + 12.0;
    for line in &lane.name {
        text(out, x + 12.0, baseline(ty, 18.0, layout::LANE_FONT), layout::LANE_FONT, true, TEXT, line);
        ty += 18.0;
    }
    let count = lane.count.to_string();
    let cw = fonts::Metrics::get().width(&count, 11.0, true) + 12.0;
    let _ = write!(out, r##"<rect x="{}" y="{}" width="{cw}" height="18" rx="9" fill="#dfe3ea"/>"##, x + 12.0, ty + 4.0);
    text(out, x + 18.0, baseline(ty + 4.0, 18.0, 11.0), 11.0, true, MUTED, &count);
}

fn draw_column(out: &mut String, c: &layout::Column, lanes: &[layout::LaneBand]) {
    let _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{COLUMN_WIDTH}" height="{}" rx="12" fill="{COLUMN}" stroke="{COLUMN_BORDER}"/>"#,
        c.x, c.y, c.height
    );
    let mut y = c.y + 14.0;
    for line in &c.name {
        text(out, c.x + COLUMN_PAD + 2.0, baseline(y, STAGE_LINE, layout::STAGE_FONT), layout::STAGE_FONT, true, TEXT, line);
        y += STAGE_LINE;
    }
    // The count badge, right-aligned on the first line of the name.
    let count = c.count.to_string();
    let cw = fonts::Metrics::get().width(&count, 12.0, true) + 14.0;
    let bx = c.x + COLUMN_WIDTH - COLUMN_PAD - cw;
    let _ = write!(out, r##"<rect x="{bx}" y="{}" width="{cw}" height="20" rx="10" fill="#dfe3ea"/>"##, c.y + 14.0);
    text(out, bx + 7.0, baseline(c.y + 14.0, 20.0, 12.0), 12.0, true, MUTED, &count);
    sentiment_bar(out, c.x + COLUMN_PAD, c.bar_y, COLUMN_WIDTH - 2.0 * COLUMN_PAD, c.sentiments);
    if let Some(line) = &c.measure {
        // "NPS: not measured" is quieter than a value, as on the board.
        let (bold, fill) = if line.measured { (true, MUTED) } else { (false, FAINT) };
        let base = baseline(c.measure_y, layout::MEASURE_LINE, layout::MEASURE_FONT);
        text(out, c.x + COLUMN_PAD + 2.0, base, layout::MEASURE_FONT, bold, fill, &line.text);
    }
    if let Some(empty) = &c.empty {
        if lanes.is_empty() {
            text(out, c.x + COLUMN_PAD + 2.0, baseline(c.body_y, 24.0, 13.0), 13.0, false, FAINT, empty);
        }
    }
    // Lanes divide the column into cells.
    for lane in lanes.iter().skip(1) {
        let _ = write!(
            out,
            r##"<path d="M{} {}H{}" stroke="#d5dae2" stroke-width="1"/>"##,
            c.x,
            lane.y,
            c.x + COLUMN_WIDTH
        );
    }
    for card in &c.cards {
        draw_card(out, card);
    }
}

fn sentiment_bar(out: &mut String, x: f32, y: f32, width: f32, counts: [usize; 3]) {
    let total: usize = counts.iter().sum();
    if total == 0 {
        let _ = write!(out, r##"<rect x="{x}" y="{y}" width="{width}" height="4" rx="2" fill="#dfe3ea"/>"##);
        return;
    }
    let parts = counts.iter().filter(|&&n| n > 0).count() as f32;
    let room = width - 3.0 * (parts - 1.0);
    let mut sx = x;
    for (s, n) in Sentiment::ALL.into_iter().zip(counts) {
        if n == 0 {
            continue;
        }
        let sw = room * n as f32 / total as f32;
        let _ = write!(out, r#"<rect x="{sx}" y="{y}" width="{sw}" height="4" rx="2" fill="{}"/>"#, palette(s).strong);
        sx += sw + 3.0;
    }
}

fn draw_card(out: &mut String, card: &layout::Card) {
    let p = palette(card.sentiment);
    let (x, y, h) = (card.x, card.y, card.height);
    let _ = write!(out, "<g>");
    // A coloured card under a white one shifted right: the stripe follows the rounded
    // corners the way the canvas's left border does.
    let _ = write!(out, r#"<rect x="{x}" y="{y}" width="{CARD_WIDTH}" height="{h}" rx="8" fill="{}"/>"#, p.strong);
    let _ = write!(
        out,
        r#"<rect x="{}" y="{y}" width="{}" height="{h}" rx="7" fill="{SURFACE}"/>"#,
        x + 4.0,
        CARD_WIDTH - 4.0
    );
    let _ = write!(
        out,
        r#"<rect x="{x}" y="{y}" width="{CARD_WIDTH}" height="{h}" rx="8" fill="none" stroke="{BORDER}" stroke-width="0.75"/>"#
    );
    let mut ty = y + CARD_PAD_Y;
    for line in &card.lines {
        text(out, x + CARD_PAD_X, baseline(ty, CARD_LINE, layout::CARD_FONT), layout::CARD_FONT, false, TEXT, line);
        ty += CARD_LINE;
    }
    if card.meta.is_some() || card.score.is_some() {
        let base = baseline(ty, layout::META_LINE, layout::META_FONT);
        if let Some(meta) = &card.meta {
            text(out, x + CARD_PAD_X, base, layout::META_FONT, false, MUTED, meta);
        }
        if let Some(score) = &card.score {
            let w = fonts::Metrics::get().width(score, layout::META_FONT, false);
            text(out, x + CARD_WIDTH - CARD_PAD_X - w, base, layout::META_FONT, false, MUTED, score);
        }
        ty += layout::META_LINE;
    }
    if let Some(b) = &card.badge {
        badge(out, x + CARD_PAD_X - 2.0, ty + 3.0, b);
        ty += layout::BADGE_ROW;
    }
    chip(out, x + CARD_PAD_X - 2.0, ty + CHIP_GAP, card.sentiment, &card.label);
    let _ = write!(out, "</g>");
}

/// A card's value of the measure on a pill: ✓ or ✗ drawn (the font has neither) when it
/// has a target, tinted green or red as well; the name, then the value in bold; the whole
/// sentence as the group's title for screen readers and tooltips.
fn badge(out: &mut String, x: f32, y: f32, b: &layout::CardBadge) {
    let p = match b.on_target {
        Some(true) => palette(Sentiment::Positive),
        Some(false) => palette(Sentiment::Negative),
        None => palette(Sentiment::Neutral),
    };
    let h = layout::BADGE_HEIGHT;
    let _ = write!(out, r#"<g class="measure"><title>{}</title>"#, esc(&b.spoken));
    let _ = write!(out, r#"<rect x="{x}" y="{y}" width="{}" height="{h}" rx="{}" fill="{}"/>"#, b.width, h / 2.0, p.soft);
    let mut tx = x + layout::BADGE_PAD;
    let cy = y + h / 2.0;
    if let Some(on) = b.on_target {
        let d = if on {
            format!("M{} {cy}l3 3l5.5-6", tx + 0.5)
        } else {
            format!("M{} {}l6.5 6.5M{} {}l-6.5 6.5", tx + 1.0, cy - 3.25, tx + 7.5, cy - 3.25)
        };
        let _ = write!(out, r#"<path d="{d}" fill="none" stroke="{}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>"#, p.text);
        tx += layout::SIGN_ROOM;
    }
    let m = fonts::Metrics::get();
    let base = baseline(y, h, layout::BADGE_FONT);
    if !b.name.is_empty() {
        text(out, tx, base, layout::BADGE_FONT, false, p.text, &b.name);
        tx += m.width(&b.name, layout::BADGE_FONT, false) + layout::BADGE_GAP;
    }
    text(out, tx, base, layout::BADGE_FONT, true, p.text, &b.value);
    out.push_str("</g>");
}

/// A sentiment chip (face icon and label on a tinted pill); returns its width.
fn chip(out: &mut String, x: f32, y: f32, s: Sentiment, label: &str) -> f32 {
    let p = palette(s);
    let size = 12.0;
    let w = 8.0 + 13.0 + 5.0 + fonts::Metrics::get().width(label, size, false) + 9.0;
    let _ = write!(out, r#"<rect x="{x}" y="{y}" width="{w}" height="{CHIP_HEIGHT}" rx="6" fill="{}"/>"#, p.soft);
    face(out, x + 8.0 + 6.5, y + CHIP_HEIGHT / 2.0, s, p.strong);
    text(out, x + 8.0 + 13.0 + 5.0, baseline(y, CHIP_HEIGHT, size), size, false, p.text, label);
    w
}

/// The icon that tells sentiments apart without colour: a smile, a flat mouth, a frown.
fn face(out: &mut String, cx: f32, cy: f32, s: Sentiment, colour: &str) {
    let mouth = match s {
        Sentiment::Positive => format!("M{} {}Q{cx} {} {} {}", cx - 3.0, cy + 1.3, cy + 4.3, cx + 3.0, cy + 1.3),
        Sentiment::Neutral => format!("M{} {}H{}", cx - 3.0, cy + 2.3, cx + 3.0),
        Sentiment::Negative => format!("M{} {}Q{cx} {} {} {}", cx - 3.0, cy + 3.6, cy + 0.8, cx + 3.0, cy + 3.6),
    };
    let _ = write!(
        out,
        r#"<g fill="none" stroke="{colour}" stroke-width="1.3" stroke-linecap="round"><circle cx="{cx}" cy="{cy}" r="6"/><path d="{mouth}"/></g><circle cx="{}" cy="{}" r="0.9" fill="{colour}"/><circle cx="{}" cy="{}" r="0.9" fill="{colour}"/>"#,
        cx - 2.2,
        cy - 1.6,
        cx + 2.2,
        cy - 1.6
    );
}

fn footer(out: &mut String, scene: &Scene) {
    let y = scene.height - layout::MARGIN / 2.0 - 16.0;
    text(out, layout::MARGIN, y, 12.0, false, FAINT, &scene.footer);
    if let Some(page) = &scene.page {
        let w = fonts::Metrics::get().width(page, 12.0, false);
        text(out, scene.width - layout::MARGIN - w, y, 12.0, false, FAINT, page);
    }
}

/// The baseline that centres a line of `size` px text in a box of `line` px from `top`,
/// from the font's ascender and descender (Noto Sans: 1.069 and 0.293 em).
fn baseline(top: f32, line: f32, size: f32) -> f32 {
    top + (line - 1.362 * size) / 2.0 + 1.069 * size
}

fn text(out: &mut String, x: f32, y: f32, size: f32, bold: bool, fill: &str, content: &str) {
    let weight = if bold { r#" font-weight="700""# } else { "" };
    let _ = write!(
        out,
        r#"<text x="{x}" y="{y}" font-size="{size}"{weight} fill="{fill}" xml:space="preserve">{}</text>"#,
        esc(content)
    );
}

/// Escapes text for XML, and drops the characters XML 1.0 cannot hold at all (most
/// control characters, lone surrogates cannot occur in a Rust string), which a map file
/// may carry as JSON escapes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => {
                let _ = write!(out, "&#{};", c as u32);
            }
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}
