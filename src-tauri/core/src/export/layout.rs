//! Where everything of an image export goes: columns, cards and wrapped text, in CSS
//! pixels, the same grid the app shows. The SVG writer draws a [`Scene`]; PNG and PDF
//! are drawn from that SVG.

use super::fonts::Metrics;
use super::measure::{self, StageLine};
use super::{sentiment_label, stages_with_cards, Labels};
use crate::model::{Map, Sentiment, ShownMeasure};

pub const MARGIN: f32 = 40.0;
pub const COLUMN_WIDTH: f32 = 248.0;
pub const COLUMN_GAP: f32 = 16.0;
pub const COLUMN_PAD: f32 = 12.0;
pub const CARD_WIDTH: f32 = COLUMN_WIDTH - 2.0 * COLUMN_PAD;
pub const CARD_GAP: f32 = 10.0;
pub const CARD_PAD_X: f32 = 16.0;
pub const CARD_PAD_Y: f32 = 12.0;
pub const CARD_FONT: f32 = 14.0;
pub const CARD_LINE: f32 = 20.0;
pub const CHIP_HEIGHT: f32 = 22.0;
pub const CHIP_GAP: f32 = 8.0;
pub const STAGE_FONT: f32 = 15.0;
pub const STAGE_LINE: f32 = 20.0;
pub const TITLE_FONT: f32 = 26.0;
pub const TITLE_LINE: f32 = 34.0;
pub const HEADER_GAP: f32 = 28.0;
pub const FOOTER_HEIGHT: f32 = 44.0;
/// The emotion curve's band above the grid.
pub const CURVE_HEIGHT: f32 = 96.0;
pub const CURVE_GAP: f32 = 16.0;
/// The lane headers' column at the left of the grid, when the map has lanes.
pub const LANE_WIDTH: f32 = 168.0;
pub const LANE_FONT: f32 = 13.0;
/// The quiet line under a card's title: channel · owner, and the score.
pub const META_FONT: f32 = 11.5;
pub const META_LINE: f32 = 18.0;
/// The pill on a card with its value of the board's measure, on a row of its own under
/// the meta line: one place on every card, so that a column's values read down a line.
pub const BADGE_FONT: f32 = 11.0;
pub const BADGE_HEIGHT: f32 = 18.0;
pub const BADGE_ROW: f32 = BADGE_HEIGHT + 3.0;
pub const BADGE_PAD: f32 = 7.0;
/// The ✓ or ✗ drawn at the start of a badge, and the space after it.
pub const SIGN_ROOM: f32 = 14.0;
/// The gap between a badge's name and its value.
pub const BADGE_GAP: f32 = 4.0;
/// The stage's aggregate of the measure, a quiet line under the sentiment bar.
pub const MEASURE_FONT: f32 = 12.0;
pub const MEASURE_LINE: f32 = 18.0;
/// What the line adds to the header: a gap under the bar, then the line.
const MEASURE_ROOM: f32 = 6.0 + MEASURE_LINE;
/// Room for the count badge at the right of a stage's name.
const BADGE_ROOM: f32 = 40.0;
/// A card shows at most this many lines of its title; a hostile 100,000-character title
/// must not make a picture kilometres tall.
const MAX_CARD_LINES: usize = 8;
const MAX_STAGE_LINES: usize = 3;
const MAX_TITLE_LINES: usize = 2;
/// Narrowest picture: the header needs room even for a map of one stage.
const MIN_WIDTH: f32 = 760.0;
/// The band under the title that says who the map is about and what each side wants:
/// personas, the customer's goals, the business's goals, side by side.
pub const BAND_FONT: f32 = 12.5;
pub const BAND_LINE: f32 = 18.0;
pub const BAND_HEADING: f32 = 22.0;
pub const BAND_PAD: f32 = 14.0;
const BAND_GAP: f32 = 16.0;
/// A block wider than this reads as a wall of text on a wide map.
const BAND_MAX_WIDTH: f32 = 440.0;
/// Lines of one block, so that a long persona never pushes the grid off the slide.
const BAND_MAX_LINES: usize = 5;

/// One picture (or one PDF page) of the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    pub title: Vec<String>,
    /// Counts by sentiment over the whole map, for the legend.
    pub legend: Vec<LegendItem>,
    pub legend_heading: String,
    pub columns: Vec<Column>,
    pub columns_top: f32,
    /// Rows across the stages, when the map has lanes.
    pub lanes: Vec<LaneBand>,
    /// Personas and goals under the title; `None` when the map has none.
    pub band: Option<Band>,
    /// The emotion curve over these columns; `None` when no stage has cards.
    pub curve: Option<Curve>,
    pub footer: String,
    /// "Page 2 of 3" on paged PDFs.
    pub page: Option<String>,
}

/// The header band: its blocks share one height, that of the fullest.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub top: f32,
    pub height: f32,
    pub blocks: Vec<BandBlock>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BandBlock {
    pub x: f32,
    pub width: f32,
    pub heading: String,
    pub lines: Vec<String>,
}

/// Personas (name, then what they are), the customer's and the business's goals, each a
/// block of at most [`BAND_MAX_LINES`] lines, left to right from `left`.
fn band(m: &Metrics, map: &Map, labels: &Labels, top: f32, left: f32, room: f32) -> Option<Band> {
    let personas: Vec<String> = map
        .personas
        .iter()
        .filter(|p| !p.name.trim().is_empty() || !p.description.trim().is_empty())
        .map(|p| match (p.name.trim(), p.description.trim()) {
            (name, "") => name.to_owned(),
            ("", about) => about.to_owned(),
            (name, about) => format!("{name} — {about}"),
        })
        .collect();
    let goals = |list: &[String]| -> Vec<String> { list.iter().filter(|g| !g.trim().is_empty()).map(|g| format!("• {}", g.trim())).collect() };
    let parts: Vec<(&str, Vec<String>)> = [
        (labels.personas.as_str(), personas),
        (labels.customer_goals.as_str(), goals(&map.customer_goals)),
        (labels.business_goals.as_str(), goals(&map.business_goals)),
    ]
    .into_iter()
    .filter(|(_, items)| !items.is_empty())
    .collect();
    if parts.is_empty() {
        return None;
    }
    let n = parts.len() as f32;
    let width = ((room - (n - 1.0) * BAND_GAP) / n).min(BAND_MAX_WIDTH);
    let text_width = width - 2.0 * BAND_PAD;
    let blocks: Vec<BandBlock> = parts
        .into_iter()
        .enumerate()
        .map(|(i, (heading, items))| {
            let mut lines = Vec::new();
            for item in &items {
                let free = BAND_MAX_LINES - lines.len();
                if free == 0 {
                    break;
                }
                lines.extend(wrap(m, item, BAND_FONT, false, text_width, free));
            }
            // What did not fit is said to be there.
            let shown: usize = lines.len();
            let all: usize = items.iter().map(|t| wrap(m, t, BAND_FONT, false, text_width, usize::MAX).len()).sum();
            if all > shown {
                if let Some(last) = lines.last_mut() {
                    if !last.ends_with('…') {
                        while !last.is_empty() && m.width(&format!("{last}…"), BAND_FONT, false) > text_width {
                            last.pop();
                        }
                        last.push('…');
                    }
                }
            }
            BandBlock { x: left + i as f32 * (width + BAND_GAP), width, heading: heading.to_owned(), lines }
        })
        .collect();
    let most = blocks.iter().map(|b| b.lines.len()).max().unwrap_or(0) as f32;
    Some(Band { top, height: 2.0 * BAND_PAD + BAND_HEADING + most * BAND_LINE - 4.0, blocks })
}

/// The emotion curve's band: one point per column, at its centre, from −1 (all negative)
/// to 1 (all positive); `None` for a stage with no cards.
#[derive(Debug, Clone, PartialEq)]
pub struct Curve {
    pub top: f32,
    pub height: f32,
    pub left: f32,
    pub width: f32,
    pub points: Vec<(f32, Option<f32>)>,
    pub label: String,
}

impl Curve {
    /// The y of a value inside the band: 1 at the top, −1 at the bottom, with room for dots.
    pub fn y(&self, value: f32) -> f32 {
        let pad = 14.0;
        self.top + pad + (1.0 - value.clamp(-1.0, 1.0)) / 2.0 * (self.height - 2.0 * pad)
    }
}

/// A lane's row: its header at the left and its extent down the columns.
#[derive(Debug, Clone, PartialEq)]
pub struct LaneBand {
    pub x: f32,
    pub y: f32,
    pub height: f32,
    pub name: Vec<String>,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    pub sentiment: Sentiment,
    pub label: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub x: f32,
    pub y: f32,
    pub height: f32,
    pub name: Vec<String>,
    /// Cards in the whole stage, even when this page shows only some of them.
    pub count: usize,
    /// Positive, neutral, negative cards of the whole stage.
    pub sentiments: [usize; 3],
    pub bar_y: f32,
    /// The stage's aggregate of the measure, drawn from `measure_y`.
    pub measure: Option<StageLine>,
    pub measure_y: f32,
    /// Where the cards start.
    pub body_y: f32,
    pub cards: Vec<Card>,
    /// Shown in a stage with no cards at all.
    pub empty: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub x: f32,
    pub y: f32,
    pub height: f32,
    pub lines: Vec<String>,
    pub sentiment: Sentiment,
    pub label: String,
    /// Channel · owner, as on the canvas's cards.
    pub meta: Option<String>,
    /// "4 of 5".
    pub score: Option<String>,
    /// The card's value of the board's measure.
    pub badge: Option<CardBadge>,
}

/// A card's badge, fitted to the card: the name cut short when the pill would not fit.
#[derive(Debug, Clone, PartialEq)]
pub struct CardBadge {
    pub on_target: Option<bool>,
    pub name: String,
    pub value: String,
    pub spoken: String,
    pub width: f32,
}

impl CardBadge {
    fn fit(m: &Metrics, b: measure::Badge) -> CardBadge {
        let room = CARD_WIDTH - 2.0 * CARD_PAD_X;
        let sign = if b.on_target.is_some() { SIGN_ROOM } else { 0.0 };
        let value_width = m.width(&b.value, BADGE_FONT, true);
        let chrome = 2.0 * BADGE_PAD + sign + BADGE_GAP + value_width;
        // A value wider than the card (a hostile number) is cut as a title is.
        let value = if chrome > room { wrap(m, &b.value, BADGE_FONT, true, room - 2.0 * BADGE_PAD - sign, 1).remove(0) } else { b.value };
        let name_room = (room - chrome).max(0.0);
        let name = if m.width(&b.name, BADGE_FONT, false) <= name_room { b.name } else { shorten(m, &b.name, name_room) };
        let width = 2.0 * BADGE_PAD
            + sign
            + if name.is_empty() { 0.0 } else { m.width(&name, BADGE_FONT, false) + BADGE_GAP }
            + m.width(&value, BADGE_FONT, true);
        CardBadge { on_target: b.on_target, name, value, spoken: b.spoken, width: width.min(room) }
    }
}

/// `text` cut to fit `width` with "…", or nothing when not even one letter fits.
fn shorten(m: &Metrics, text: &str, width: f32) -> String {
    let mut out: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    while !out.is_empty() && m.width(&format!("{out}…"), BADGE_FONT, false) > width {
        out.pop();
    }
    let out = out.trim_end();
    if out.is_empty() { String::new() } else { format!("{out}…") }
}

/// A stage measured once, then placed on one or more pages.
#[derive(Debug, Clone)]
pub struct StageContent {
    pub name: Vec<String>,
    pub sentiments: [usize; 3],
    pub cards: Vec<CardContent>,
    pub empty: Option<String>,
    /// The stage's aggregate of the board's measure, cut to one line.
    pub measure: Option<StageLine>,
}

#[derive(Debug, Clone)]
pub struct CardContent {
    pub lines: Vec<String>,
    pub sentiment: Sentiment,
    pub label: String,
    pub meta: Option<String>,
    pub score: Option<String>,
    pub badge: Option<CardBadge>,
    /// Its lane's index among the map's lanes (0 without lanes).
    pub lane: usize,
}

impl CardContent {
    pub fn height(&self) -> f32 {
        let meta = if self.meta.is_some() || self.score.is_some() { META_LINE } else { 0.0 };
        let badge = if self.badge.is_some() { BADGE_ROW } else { 0.0 };
        CARD_PAD_Y + CARD_LINE * self.lines.len() as f32 + meta + badge + CHIP_GAP + CHIP_HEIGHT + CARD_PAD_Y
    }
}

impl StageContent {
    pub fn header_height(&self) -> f32 {
        14.0 + STAGE_LINE * self.name.len() as f32 + 10.0 + 4.0 + self.measure_room() + 14.0
    }

    fn measure_room(&self) -> f32 {
        if self.measure.is_some() { MEASURE_ROOM } else { 0.0 }
    }
}

/// The map measured: every stage's wrapped name and cards, and `shown`'s stage lines and
/// badges when the export shows a measure.
pub fn measure(map: &Map, labels: &Labels, shown: Option<&ShownMeasure>) -> Vec<StageContent> {
    let m = Metrics::get();
    stages_with_cards(map)
        .into_iter()
        .enumerate()
        .map(|(position, (stage, cards))| {
            let mut sentiments = [0; 3];
            for t in &cards {
                sentiments[index(t.sentiment)] += 1;
            }
            StageContent {
                name: wrap(m, &stage.name, STAGE_FONT, true, COLUMN_WIDTH - 2.0 * COLUMN_PAD - BADGE_ROOM, MAX_STAGE_LINES),
                sentiments,
                empty: cards.is_empty().then(|| labels.no_touchpoints.clone()),
                measure: shown.map(|shown| {
                    let line = measure::stage_line(shown, position, labels);
                    let text = wrap(m, &line.text, MEASURE_FONT, line.measured, COLUMN_WIDTH - 2.0 * COLUMN_PAD - 4.0, 1).remove(0);
                    StageLine { text, ..line }
                }),
                cards: cards
                    .iter()
                    .map(|t| {
                        let score = t.score.map(|s| labels.score_of(s));
                        let score_room = score.as_deref().map_or(0.0, |s| m.width(s, META_FONT, false) + 8.0);
                        let meta = [t.channel.map(|c| labels.value("channel", &c)), Some(t.owner.trim().to_owned())]
                            .into_iter()
                            .flatten()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" · ");
                        let meta_width = CARD_WIDTH - 2.0 * CARD_PAD_X - score_room;
                        let meta = (!meta.is_empty()).then(|| wrap(m, &meta, META_FONT, false, meta_width, 1).remove(0));
                        CardContent {
                            lines: wrap(m, &t.title, CARD_FONT, false, CARD_WIDTH - 2.0 * CARD_PAD_X, MAX_CARD_LINES),
                            sentiment: t.sentiment,
                            label: sentiment_label(labels, t.sentiment).to_owned(),
                            meta,
                            score,
                            badge: shown.and_then(|s| measure::badge(s, t, labels)).map(|b| CardBadge::fit(m, b)),
                            lane: map.lane_index(&t.lane).unwrap_or(0),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}

pub fn index(s: Sentiment) -> usize {
    match s {
        Sentiment::Positive => 0,
        Sentiment::Neutral => 1,
        Sentiment::Negative => 2,
    }
}

/// What one page shows: a run of stages, and of each the cards `from..to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Slice {
    pub stage: usize,
    pub cards: std::ops::Range<usize>,
}

/// The whole map as one picture.
pub fn scene(map: &Map, labels: &Labels, stages: &[StageContent]) -> Scene {
    let slices: Vec<Slice> =
        stages.iter().enumerate().map(|(i, s)| Slice { stage: i, cards: 0..s.cards.len() }).collect();
    arrange(map, labels, stages, &slices, None)
}

/// Places the given slices of stages side by side under the header.
pub fn arrange(map: &Map, labels: &Labels, stages: &[StageContent], slices: &[Slice], page: Option<String>) -> Scene {
    let m = Metrics::get();
    let rail_width = if map.lanes.is_empty() { 0.0 } else { LANE_WIDTH + COLUMN_GAP };
    let columns_width = columns_width(slices.len());
    let width = (rail_width + columns_width + 2.0 * MARGIN).max(MIN_WIDTH);
    let title_text = if map.title.trim().is_empty() { labels.untitled.as_str() } else { map.title.as_str() };
    let title = wrap(m, title_text, TITLE_FONT, true, width - 2.0 * MARGIN, MAX_TITLE_LINES);
    // Title, then the legend line, then the emotion curve, then the grid.
    let curve_values = map.emotion_curve();
    let has_curve = slices.iter().any(|s| curve_values.get(s.stage).copied().flatten().is_some());
    let legend_bottom = MARGIN + TITLE_LINE * title.len() as f32 + 8.0 + 24.0;
    let band = band(m, map, labels, legend_bottom + 16.0, MARGIN, width - 2.0 * MARGIN);
    let curve_top = band.as_ref().map_or(legend_bottom, |b| b.top + b.height) + HEADER_GAP;
    let columns_top = if has_curve { curve_top + CURVE_HEIGHT + CURVE_GAP } else { curve_top };

    let header = slices.iter().map(|s| stages[s.stage].header_height()).fold(0.0, f32::max);
    // With lanes, a column of lane headers comes first and each lane is a row as tall as
    // its fullest cell; without, the map is one row.
    let lane_count = map.lanes.len().max(1);
    let rail = if map.lanes.is_empty() { 0.0 } else { LANE_WIDTH + COLUMN_GAP };
    let column_x = |i: usize| MARGIN + rail + i as f32 * (COLUMN_WIDTH + COLUMN_GAP);
    let cell_cards = |slice: &Slice, lane: usize| {
        stages[slice.stage].cards[slice.cards.clone()].iter().filter(move |c| c.lane == lane || lane_count == 1)
    };
    let mut row_heights = vec![0.0f32; lane_count];
    for (lane, h) in row_heights.iter_mut().enumerate() {
        for slice in slices {
            let cards: f32 = cell_cards(slice, lane).map(|c| c.height() + CARD_GAP).sum();
            let empty = if lane_count == 1 && stages[slice.stage].empty.is_some() { 40.0 } else { 0.0 };
            *h = h.max(cards + empty);
        }
        if lane_count > 1 {
            *h = h.max(64.0) + 2.0 * CARD_GAP;
        }
    }
    let rows_top = columns_top + header;
    let row_top = |lane: usize| rows_top + row_heights[..lane].iter().sum::<f32>();
    let mut columns = Vec::with_capacity(slices.len());
    for (i, slice) in slices.iter().enumerate() {
        let stage = &stages[slice.stage];
        let x = column_x(i);
        let mut cards = Vec::new();
        for lane in 0..lane_count {
            let mut y = row_top(lane) + if lane_count > 1 { CARD_GAP } else { 0.0 };
            for content in cell_cards(slice, lane) {
                let h = content.height();
                cards.push(Card {
                    x: x + COLUMN_PAD,
                    y,
                    height: h,
                    lines: content.lines.clone(),
                    sentiment: content.sentiment,
                    label: content.label.clone(),
                    meta: content.meta.clone(),
                    score: content.score.clone(),
                    badge: content.badge.clone(),
                });
                y += h + CARD_GAP;
            }
        }
        columns.push(Column {
            x,
            y: columns_top,
            height: 0.0,
            name: stage.name.clone(),
            count: stage.cards.len(),
            sentiments: stage.sentiments,
            bar_y: 0.0,
            measure: stage.measure.clone(),
            measure_y: 0.0,
            body_y: rows_top,
            cards,
            empty: stage.empty.clone(),
        });
    }
    // Columns share one height, as on the canvas, so the grid reads as a grid.
    let rows: f32 = row_heights.iter().sum();
    let column_height = (header + rows + COLUMN_PAD - if lane_count > 1 { 0.0 } else { CARD_GAP }).max(header + 60.0);
    // The bars line up under the tallest name, and the measure's lines under the bars.
    let measure_room = slices.iter().map(|s| stages[s.stage].measure_room()).fold(0.0, f32::max);
    for c in &mut columns {
        c.height = column_height;
        c.bar_y = columns_top + header - 18.0 - measure_room;
        c.measure_y = c.bar_y + 4.0 + 6.0;
    }
    let lanes: Vec<LaneBand> = if map.lanes.is_empty() {
        Vec::new()
    } else {
        map.lanes
            .iter()
            .enumerate()
            .map(|(l, lane)| LaneBand {
                x: MARGIN,
                y: row_top(l),
                height: row_heights[l],
                name: wrap(m, &lane.name, LANE_FONT, true, LANE_WIDTH - 24.0, 3),
                count: slices.iter().map(|s| cell_cards(s, l).count()).sum(),
            })
            .collect()
    };
    let mut legend: Vec<LegendItem> = crate::model::Sentiment::ALL
        .into_iter()
        .map(|s| LegendItem { sentiment: s, label: sentiment_label(labels, s).to_owned(), count: 0 })
        .collect();
    for t in &map.touchpoints {
        if map.stage_index(&t.stage).is_some() {
            legend[index(t.sentiment)].count += 1;
        }
    }
    let curve = has_curve.then(|| Curve {
        top: curve_top,
        height: CURVE_HEIGHT,
        left: MARGIN + rail_width,
        width: columns_width,
        points: slices
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let x = MARGIN + rail_width + i as f32 * (COLUMN_WIDTH + COLUMN_GAP) + COLUMN_WIDTH / 2.0;
                (x, curve_values.get(s.stage).copied().flatten())
            })
            .collect(),
        label: labels.emotion_curve.clone(),
    });
    Scene {
        width,
        band,
        curve,
        height: columns_top + column_height + FOOTER_HEIGHT + MARGIN / 2.0,
        title,
        legend,
        legend_heading: labels.legend.clone(),
        columns,
        columns_top,
        lanes,
        footer: labels.made_with.clone(),
        page,
    }
}

pub fn columns_width(n: usize) -> f32 {
    if n == 0 {
        0.0
    } else {
        n as f32 * COLUMN_WIDTH + (n - 1) as f32 * COLUMN_GAP
    }
}

/// Breaks `text` into lines no wider than `width`, at spaces where it can and inside a
/// word where it must; the last allowed line ends with "…" when text is left over.
pub fn wrap(m: &Metrics, text: &str, size: f32, bold: bool, width: f32, max_lines: usize) -> Vec<String> {
    let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if m.width(&candidate, size, bold) <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A word wider than the line is cut where it no longer fits.
        let mut rest = word;
        while m.width(rest, size, bold) > width {
            let cut = longest_prefix(m, rest, size, bold, width);
            lines.push(rest[..cut].to_owned());
            rest = &rest[cut..];
        }
        line = rest.to_owned();
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines > 0");
        while !last.is_empty() && m.width(&format!("{last}…"), size, bold) > width {
            last.pop();
        }
        last.push('…');
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// The byte length of the longest prefix of `word` that fits, at least one character.
fn longest_prefix(m: &Metrics, word: &str, size: f32, bold: bool, width: f32) -> usize {
    let mut end = word.chars().next().map_or(0, char::len_utf8);
    for (i, c) in word.char_indices().skip(1) {
        if m.width(&word[..i + c.len_utf8()], size, bold) > width {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Labels, Language};
    use crate::model::sample_map;

    #[test]
    fn the_header_band_says_personas_and_goals_and_never_crowds_the_grid() {
        let labels = Labels::get(Language::En);
        let mut map = sample_map();
        let scene = scene(&map, labels, &measure(&map, labels, map.measures().shown(None).as_ref()));
        let band = scene.band.clone().expect("the sample has personas and goals");
        let headings: Vec<&str> = band.blocks.iter().map(|b| b.heading.as_str()).collect();
        assert_eq!(headings, [&labels.personas, &labels.customer_goals, &labels.business_goals].map(String::as_str));
        assert!(band.blocks[1].lines.iter().all(|l| l.starts_with("• ")));
        let curve = scene.curve.as_ref().unwrap();
        assert!(band.top + band.height < curve.top && curve.top + curve.height < scene.columns_top, "band, curve, grid, in that order");
        for b in &band.blocks {
            assert!(b.x >= MARGIN && b.x + b.width <= scene.width - MARGIN + 0.5, "inside the picture");
        }
        // A persona of a hundred thousand characters: the block stays five lines.
        map.personas[0].description = "very ".repeat(20_000);
        let long = scene_of(&map, labels);
        let block = &long.band.as_ref().unwrap().blocks[0];
        assert_eq!(block.lines.len(), BAND_MAX_LINES);
        assert!(block.lines.last().unwrap().ends_with('…'));
        // Without personas and goals, no band: the grid moves up by its height.
        map.personas.clear();
        map.customer_goals.clear();
        map.business_goals.clear();
        let bare = scene_of(&map, labels);
        assert!(bare.band.is_none());
        assert!(bare.columns_top < scene.columns_top);
    }

    fn scene_of(map: &Map, labels: &Labels) -> Scene {
        scene(map, labels, &measure(map, labels, map.measures().shown(None).as_ref()))
    }

    #[test]
    fn text_wraps_at_spaces_and_cuts_words_that_do_not_fit() {
        let m = Metrics::get();
        let lines = wrap(m, "Checkout asks to create an account", 14.0, false, 180.0, 8);
        assert_eq!(lines.join(" "), "Checkout asks to create an account");
        assert!(lines.len() >= 2);
        assert!(lines.iter().all(|l| m.width(l, 14.0, false) <= 180.0));
        let long = wrap(m, &"x".repeat(500), 14.0, false, 180.0, 3);
        assert_eq!(long.len(), 3);
        assert!(long[2].ends_with('…'));
        assert!(long.iter().all(|l| m.width(l, 14.0, false) <= 180.0));
        assert_eq!(wrap(m, "", 14.0, false, 180.0, 3), vec![String::new()]);
        assert_eq!(wrap(m, "a\nb\u{7}c", 14.0, false, 180.0, 3), vec!["a b c".to_owned()]);
    }

    #[test]
    fn the_scene_has_a_column_per_stage_and_a_card_per_touchpoint_without_overlaps() {
        let map = sample_map();
        let labels = Labels::get(Language::En);
        let stages = measure(&map, labels, map.measures().shown(None).as_ref());
        let s = scene(&map, labels, &stages);
        assert_eq!(s.columns.len(), map.stages.len());
        assert_eq!(s.columns.iter().map(|c| c.cards.len()).sum::<usize>(), map.touchpoints.len());
        assert_eq!(s.legend.iter().map(|l| l.count).sum::<usize>(), map.touchpoints.len());
        for c in &s.columns {
            assert!(c.x + COLUMN_WIDTH <= s.width - MARGIN + 0.01);
            assert!(c.y + c.height <= s.height);
            for pair in c.cards.windows(2) {
                assert!(pair[0].y + pair[0].height < pair[1].y, "cards overlap");
            }
            for card in &c.cards {
                assert!(card.y > c.bar_y && card.y + card.height <= c.y + c.height);
            }
        }
    }
}
