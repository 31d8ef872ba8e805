//! Exports for people who do not have the app: images (PNG, SVG, PDF), a self-contained
//! web page, spreadsheets (CSV, and an Excel workbook with the `spreadsheets` feature),
//! Markdown and a Mermaid `journey` diagram. The app and the
//! CLI both call [`export`], so the same map gives the same bytes from either.

mod csv;
mod fonts;
mod html;
mod labels;
mod layout;
mod markdown;
mod measure;
mod mermaid;
mod pdf;
mod png;
mod svg;
// Without the workbook, the table's stage, sentiment and the map's details go unread.
#[cfg_attr(not(feature = "spreadsheets"), allow(dead_code))]
mod table;
#[cfg(feature = "spreadsheets")]
mod xlsx;
#[cfg(test)]
mod image_tests;

use std::path::Path;

pub use labels::{Labels, Language};

use resvg::usvg;

use crate::format::{save_atomic, to_canonical_json, SaveError};
use crate::messages::{text, Localize};
use crate::model::{BoardMeasure, Map, Sentiment, ShownMeasure};

/// The formats a map exports to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Png,
    Svg,
    Pdf,
    Html,
    Csv,
    #[serde(rename = "md")]
    Markdown,
    /// A Mermaid `journey` diagram.
    #[serde(rename = "mmd")]
    Mermaid,
    /// An Excel workbook: the touchpoints' table and the map's details.
    Xlsx,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::Png,
        Format::Svg,
        Format::Pdf,
        Format::Html,
        Format::Csv,
        Format::Xlsx,
        Format::Markdown,
        Format::Mermaid,
    ];

    /// The file extension, without the dot; also the name the CLI takes.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Mermaid => "mmd",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn from_extension(name: &str) -> Option<Format> {
        let name = name.trim().to_ascii_lowercase();
        Format::ALL.into_iter().find(|f| f.extension() == name).or(match name.as_str() {
            "markdown" => Some(Format::Markdown),
            "htm" => Some(Format::Html),
            "mermaid" => Some(Format::Mermaid),
            _ => None,
        })
    }
}

/// Paper for a PDF: the map's own size on one page, or a landscape sheet that the map
/// is fitted to (spread over several sheets when one would make the text too small).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    #[default]
    Map,
    A4,
    A3,
    Letter,
}

/// Field separator of a CSV file. Excel in locales that write decimal commas (Russian,
/// Polish) expects semicolons.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Delimiter {
    #[default]
    Comma,
    Semicolon,
}

impl Delimiter {
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Semicolon => b';',
        }
    }
}

/// Everything an export can be asked for besides the map.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// PNG only: 1 or 2 (pixels per CSS pixel of the map).
    pub scale: u32,
    /// PDF only.
    pub paper: Paper,
    /// CSV only.
    pub delimiter: Delimiter,
    /// The language of the words the export adds (legend, headings, column names).
    /// The map's own text is never translated.
    pub language: Language,
    /// PNG, SVG, PDF and HTML: the measure shown on the cards and under the stage headers,
    /// as the board shows it. `None` shows the board's default (the map's first metric,
    /// else its first criterion); a measure the map does not have falls back to it too.
    pub measure: Option<BoardMeasure>,
}

impl Default for Options {
    fn default() -> Self {
        Options { scale: 1, paper: Paper::Map, delimiter: Delimiter::Comma, language: Language::En, measure: None }
    }
}

/// Where a long export reports how far it got, and learns that the user cancelled it.
pub trait Progress: Sync {
    /// `done` goes from 0 to 1.
    fn report(&self, done: f32);
    fn is_cancelled(&self) -> bool;
}

/// For callers that neither show progress nor cancel: the CLI, tests, benchmarks.
pub struct Quiet;

impl Progress for Quiet {
    fn report(&self, _done: f32) {}
    fn is_cancelled(&self) -> bool {
        false
    }
}

/// Reports progress, and stops the export if the user cancelled it meanwhile.
pub(crate) fn step(progress: &dyn Progress, done: f32) -> Result<(), ExportError> {
    if progress.is_cancelled() {
        return Err(ExportError::Cancelled);
    }
    progress.report(done.clamp(0.0, 1.0));
    Ok(())
}

/// Why an export did not happen; no file was written. `Display` in English; [`Localize`]
/// in any language of the app.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub enum ExportError {
    Cancelled,
    /// `reason` is the renderer's own (English) description.
    Render { format: &'static str, reason: String },
    /// A thread drawing a strip of the picture panicked.
    ThreadFailed { format: &'static str },
    /// No memory for a picture this size.
    NoMemory { format: &'static str, width: u32, height: u32 },
    /// A PNG over the pixel limit: refused before any drawing, with what to do instead.
    TooLarge { width: u32, height: u32, limit: u32, scale: u32 },
    WouldOverwriteMap { file: std::path::PathBuf },
    /// The write error stands for itself, in its message and its source.
    #[error(transparent)]
    Write(#[from] SaveError),
}

impl Localize for ExportError {
    fn message(&self, lang: Language) -> String {
        match self {
            ExportError::Cancelled => text(lang, "export-cancelled", &[]),
            // The renderer's own reason is technical and stays as it says it.
            ExportError::Render { format, reason } => {
                text(lang, "export-render", &[("format", format), ("reason", reason)])
            }
            ExportError::ThreadFailed { format } => text(lang, "export-thread-failed", &[("format", format)]),
            ExportError::NoMemory { format, width, height } => {
                text(lang, "export-no-memory", &[("format", format), ("width", width), ("height", height)])
            }
            ExportError::TooLarge { width, height, limit, scale } => {
                let key = if *scale > 1 { "export-too-large-scaled" } else { "export-too-large" };
                text(lang, key, &[("width", width), ("height", height), ("limit", limit)])
            }
            ExportError::WouldOverwriteMap { file } => {
                text(lang, "export-would-overwrite-map", &[("file", &file.display())])
            }
            ExportError::Write(e) => e.message(lang),
        }
    }
}

/// Refuses an export whose target is the map's own file, which it would destroy.
pub fn check_target(map_file: Option<&Path>, target: &Path) -> Result<(), ExportError> {
    let Some(map_file) = map_file else { return Ok(()) };
    let same = match (std::fs::canonicalize(map_file), std::fs::canonicalize(target)) {
        (Ok(a), Ok(b)) => a == b,
        _ => map_file == target,
    };
    if same {
        return Err(ExportError::WouldOverwriteMap { file: target.to_path_buf() });
    }
    Ok(())
}

/// The bytes of the map in the given format.
pub fn render(map: &Map, format: Format, options: &Options, progress: &dyn Progress) -> Result<Vec<u8>, ExportError> {
    let labels = Labels::get(options.language);
    step(progress, 0.0)?;
    let bytes = match format {
        Format::Csv => csv::render(map, labels, options.delimiter),
        Format::Markdown => markdown::render(map, labels).into_bytes(),
        Format::Mermaid => mermaid::render(map).into_bytes(),
        #[cfg(feature = "spreadsheets")]
        Format::Xlsx => xlsx::render(map, labels, progress)?,
        #[cfg(not(feature = "spreadsheets"))]
        Format::Xlsx => {
            return Err(ExportError::Render { format: "xlsx", reason: "this build has no spreadsheet support".into() })
        }
        Format::Html => html::render(map, labels, shown(map, options).as_ref()).into_bytes(),
        Format::Png | Format::Svg | Format::Pdf => image(map, format, options, labels, progress)?,
    };
    step(progress, 1.0)?;
    Ok(bytes)
}

/// The measure the export shows, summed up once for the whole export.
fn shown(map: &Map, options: &Options) -> Option<ShownMeasure> {
    map.measures().shown(options.measure.as_ref())
}

/// The three drawn formats share one layout and one SVG; PNG and PDF are drawn from it.
fn image(map: &Map, format: Format, options: &Options, labels: &Labels, progress: &dyn Progress) -> Result<Vec<u8>, ExportError> {
    let shown = shown(map, options);
    let stages = layout::measure(map, labels, shown.as_ref());
    let title = if map.title.trim().is_empty() { labels.untitled.as_str() } else { map.title.as_str() };
    let json = to_canonical_json(map);
    step(progress, 0.05)?;
    match format {
        Format::Svg => {
            let scene = layout::scene(map, labels, &stages);
            let extras = svg::Extras { font: true, map_json: Some(&json), title: Some(title) };
            Ok(svg::write(&scene, &extras).into_bytes())
        }
        Format::Png => {
            let scene = layout::scene(map, labels, &stages);
            let scale = options.scale.clamp(1, 4);
            // Checked on the layout, before the seconds a big map's drawing would take.
            png::check_size(scene.width, scene.height, scale)?;
            let tree = parse_svg(map, shown.as_ref(), &svg::write(&scene, &svg::Extras::default()), Format::Png)?;
            png::render(&tree, scale as f32, &json, progress)
        }
        Format::Pdf => {
            let pages = pdf::pages(map, labels, &stages, options.paper);
            let mut trees = Vec::with_capacity(pages.len());
            for (n, page) in pages.iter().enumerate() {
                let extras = svg::Extras { title: Some(title), ..Default::default() };
                trees.push((parse_svg(map, shown.as_ref(), &svg::write(page, &extras), Format::Pdf)?, page.width, page.height));
                step(progress, 0.05 + 0.25 * (n + 1) as f32 / pages.len() as f32)?;
            }
            pdf::write(&trees, options.paper, title, progress)
        }
        _ => unreachable!("only drawn formats come here"),
    }
}

fn parse_svg(map: &Map, shown: Option<&ShownMeasure>, svg: &str, format: Format) -> Result<usvg::Tree, ExportError> {
    let m = fonts::Metrics::get();
    let needs_fallback = !m.covers(&map.title)
        || map.stages.iter().any(|s| !m.covers(&s.name))
        || map.touchpoints.iter().any(|t| !m.covers(&t.title))
        // The badges and stage lines draw the measure's name and unit too.
        || shown.is_some_and(|s| !m.covers(&s.name) || !m.covers(s.unit.as_deref().unwrap_or("")));
    let fontdb = match format {
        Format::Pdf => fonts::database_for_pdf(needs_fallback),
        _ => fonts::database(needs_fallback),
    };
    let options = usvg::Options { fontdb, ..usvg::Options::default() };
    usvg::Tree::from_str(svg, &options)
        .map_err(|e| ExportError::Render { format: format.extension(), reason: e.to_string() })
}

/// Renders the map and writes it to `path` atomically: a cancelled or failed export
/// leaves no file, and an existing file is replaced only by a complete one.
pub fn export_file(
    map: &Map,
    format: Format,
    options: &Options,
    path: &Path,
    progress: &dyn Progress,
) -> Result<(), ExportError> {
    let bytes = render(map, format, options, progress)?;
    if progress.is_cancelled() {
        return Err(ExportError::Cancelled);
    }
    save_atomic(path, &bytes)?;
    Ok(())
}

/// The touchpoints of each stage, in stage order then card order; every exporter walks
/// the map this way. Cards whose stage does not exist (a map being repaired) are left
/// out, as the canvas shows them nowhere either.
pub(crate) fn stages_with_cards(map: &Map) -> Vec<(&crate::model::Stage, Vec<&crate::model::Touchpoint>)> {
    map.stages
        .iter()
        .map(|s| (s, map.touchpoints.iter().filter(|t| t.stage == s.id).collect()))
        .collect()
}

pub(crate) fn sentiment_label(labels: &Labels, s: Sentiment) -> &str {
    match s {
        Sentiment::Positive => &labels.positive,
        Sentiment::Neutral => &labels.neutral,
        Sentiment::Negative => &labels.negative,
    }
}

/// A detail as exports show it: one text, or a list.
pub(crate) enum Detail {
    Text(String),
    List(Vec<String>),
}

/// A card's details that are set, named in the export's language, in the panel's order.
pub(crate) fn card_details(map: &Map, t: &crate::model::Touchpoint, labels: &Labels) -> Vec<(String, Detail)> {
    let mut out = Vec::new();
    let mut text = |label: &str, value: String| {
        if !value.trim().is_empty() {
            out.push((label.to_owned(), Detail::Text(value)));
        }
    };
    if let Some(lane) = map.lanes.iter().find(|l| l.id == t.lane) {
        text(&labels.col_lane, lane.name.clone());
    }
    text(&labels.col_description, t.description.clone());
    text(&labels.col_channel, t.channel.map(|v| labels.value("channel", &v)).unwrap_or_default());
    text(&labels.col_presence, t.presence.map(|v| labels.value("presence", &v)).unwrap_or_default());
    text(&labels.col_owner, t.owner.clone());
    text(&labels.col_control, t.control.map(|v| labels.value("control", &v)).unwrap_or_default());
    text(&labels.col_horizon, t.horizon.map(|v| labels.value("horizon", &v)).unwrap_or_default());
    text(&labels.col_frequency, t.frequency.map(|v| labels.value("frequency", &v)).unwrap_or_default());
    text(&labels.col_score, t.score.map(|s| labels.score_of(s)).unwrap_or_default());
    let mut list = |label: &str, items: Vec<String>| {
        let items: Vec<String> = items.into_iter().filter(|i| !i.trim().is_empty()).collect();
        if !items.is_empty() {
            out.push((label.to_owned(), Detail::List(items)));
        }
    };
    list(&labels.col_pain_points, t.pain_points.clone());
    list(&labels.col_delights, t.delights.clone());
    list(
        &labels.col_hypotheses,
        t.hypotheses.iter().map(|h| format!("{} ({})", h.text, labels.value("status", &h.status))).collect(),
    );
    list(&labels.metrics, t.metrics.iter().map(|m| metric_line(map, m, labels)).collect());
    list(
        &labels.ratings,
        t.ratings
            .iter()
            .map(|(id, r)| {
                let name = map.criteria.iter().find(|c| &c.id == id).map_or(id.as_str(), |c| c.name.as_str());
                format!("{name}: {}", labels.score_of(*r))
            })
            .collect(),
    );
    list(
        &labels.feedback,
        t.feedback
            .iter()
            .map(|f| {
                let from: Vec<&str> = [f.source.as_deref(), f.date.as_deref()].into_iter().flatten().filter(|s| !s.is_empty()).collect();
                if from.is_empty() { format!("“{}”", f.quote) } else { format!("“{}” — {}", f.quote, from.join(", ")) }
            })
            .collect(),
    );
    out
}

/// A metric as the text exports say it: "NPS: −12 (target 30, ✗ off target) · 2026-Q3 · survey".
pub(crate) fn metric_line(map: &Map, m: &crate::model::Metric, labels: &Labels) -> String {
    let number = crate::format::lenient::number_text;
    let unit = m.unit.clone().or_else(|| map.metric_definition(&m.name).and_then(|d| d.unit.clone())).unwrap_or_default();
    let mut line = format!("{}: {}{unit}", m.name, number(m.value));
    let rule = map.metric_rule(&m.name);
    if let Some(target) = m.target.or(rule.target) {
        let verdict = if map.on_target(m) == Some(true) { &labels.on_target } else { &labels.off_target };
        line.push_str(&format!(" ({}, {verdict})", labels.target_of(&format!("{}{unit}", number(target)))));
    }
    for extra in [m.date.as_deref(), m.period.as_deref(), m.source.as_deref()].into_iter().flatten() {
        if !extra.is_empty() {
            line.push_str(&format!(" · {extra}"));
        }
    }
    line
}

/// A persona as one line: "name: description (goal; goal)".
pub(crate) fn persona_line(p: &crate::model::Persona) -> String {
    let mut s = p.name.clone();
    if !p.description.trim().is_empty() {
        s = format!("{s}: {}", p.description);
    }
    if !p.goals.is_empty() {
        s = format!("{s} ({})", p.goals.join("; "));
    }
    s
}

/// The map's details that are set: personas, goals, notes, last review.
pub(crate) fn map_details(map: &Map, labels: &Labels) -> Vec<(String, Detail)> {
    let mut out = Vec::new();
    let personas: Vec<String> = map
        .personas
        .iter()
        .map(persona_line)
        .filter(|s| !s.trim().is_empty())
        .collect();
    for (label, items) in [
        (&labels.personas, personas),
        (&labels.customer_goals, map.customer_goals.clone()),
        (&labels.business_goals, map.business_goals.clone()),
    ] {
        let items: Vec<String> = items.into_iter().filter(|i| !i.trim().is_empty()).collect();
        if !items.is_empty() {
            out.push((label.clone(), Detail::List(items)));
        }
    }
    if !map.notes.trim().is_empty() {
        out.push((labels.notes.clone(), Detail::Text(map.notes.clone())));
    }
    if let Some(date) = &map.last_review {
        out.push((labels.last_review.clone(), Detail::Text(date.clone())));
    }
    out
}
