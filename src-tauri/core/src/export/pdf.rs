//! PDF: vector pages made by svg2pdf from our SVG, text kept as text (selectable and
//! searchable) in the embedded font. Either one page the size of the map, or landscape
//! sheets the map is fitted to, spread over several when one would make it too small
//! to read.

use std::collections::HashMap;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};
use resvg::usvg;

use super::layout::{self, Scene, Slice, StageContent};
use super::{step, ExportError, Labels, Paper, Progress};
use crate::model::Map;

/// CSS pixels to PDF points.
const PT_PER_PX: f32 = 0.75;
/// Card text (14 px) is kept at 7 pt or larger on paper; below that, the map goes on
/// more sheets instead.
const MIN_FIT: f32 = 7.0 / (layout::CARD_FONT * PT_PER_PX);

impl Paper {
    /// Landscape size in points.
    fn size(self) -> Option<(f32, f32)> {
        match self {
            Paper::Map => None,
            Paper::A4 => Some((841.89, 595.28)),
            Paper::A3 => Some((1190.55, 841.89)),
            Paper::Letter => Some((792.0, 612.0)),
        }
    }
}

/// The pages: the whole scene for `Paper::Map`, else the map cut into sheets.
pub fn pages(map: &Map, labels: &Labels, stages: &[StageContent], paper: Paper) -> Vec<Scene> {
    let whole = layout::scene(map, labels, stages);
    let Some((pw, ph)) = paper.size() else { return vec![whole] };
    if fit(&whole, pw, ph) >= MIN_FIT {
        return vec![whole];
    }
    // The most a sheet can hold at the smallest legible scale, in CSS pixels.
    let (max_w, max_h) = (pw / (PT_PER_PX * MIN_FIT), ph / (PT_PER_PX * MIN_FIT));
    let per_page = (((max_w - 2.0 * layout::MARGIN + layout::COLUMN_GAP) / (layout::COLUMN_WIDTH + layout::COLUMN_GAP))
        .floor() as usize)
        .max(1);
    // Lanes make rows that must stay whole: such a map is cut between stages only.
    let max_w = if map.lanes.is_empty() { max_w } else { max_w - layout::LANE_WIDTH - layout::COLUMN_GAP };
    let per_page = if map.lanes.is_empty() {
        per_page
    } else {
        (((max_w - 2.0 * layout::MARGIN + layout::COLUMN_GAP) / (layout::COLUMN_WIDTH + layout::COLUMN_GAP)).floor() as usize).max(1)
    };
    let chrome = whole.columns_top + layout::FOOTER_HEIGHT + layout::MARGIN / 2.0 + layout::COLUMN_PAD;
    let mut slices_per_page: Vec<Vec<Slice>> = Vec::new();
    let groups: Vec<Vec<usize>> =
        (0..stages.len()).collect::<Vec<_>>().chunks(per_page).map(<[usize]>::to_vec).collect();
    for group in groups {
        let header = group.iter().map(|&i| stages[i].header_height()).fold(0.0, f32::max);
        let room = (max_h - chrome - header).max(0.0);
        let mut next = vec![0usize; group.len()];
        loop {
            let mut page = Vec::new();
            for (k, &i) in group.iter().enumerate() {
                let cards = &stages[i].cards;
                let start = next[k];
                let mut end = start;
                let mut used = 0.0;
                while end < cards.len() {
                    let h = if map.lanes.is_empty() { cards[end].height() + layout::CARD_GAP } else { 0.0 };
                    // Every page takes at least one card, so a card taller than a sheet
                    // cannot stop the loop.
                    if used + h > room && end > start {
                        break;
                    }
                    used += h;
                    end += 1;
                }
                next[k] = end;
                page.push(Slice { stage: i, cards: start..end });
            }
            slices_per_page.push(page);
            if group.iter().enumerate().all(|(k, &i)| next[k] >= stages[i].cards.len()) {
                break;
            }
        }
    }
    let total = slices_per_page.len();
    slices_per_page
        .iter()
        .enumerate()
        .map(|(n, slices)| layout::arrange(map, labels, stages, slices, Some(labels.page_of(n + 1, total))))
        .collect()
}

fn fit(scene: &Scene, pw: f32, ph: f32) -> f32 {
    (pw / (scene.width * PT_PER_PX)).min(ph / (scene.height * PT_PER_PX))
}

/// Joins the pages' drawings into one PDF.
pub fn write(
    trees: &[(usvg::Tree, f32, f32)],
    paper: Paper,
    title: &str,
    progress: &dyn Progress,
) -> Result<Vec<u8>, ExportError> {
    let fail = |reason: String| ExportError::Render { format: "PDF", reason };
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let page_tree = alloc.bump();
    let info = alloc.bump();
    let mut pdf = Pdf::new();
    let mut page_refs = Vec::new();
    let mut chunks = Vec::new();
    for (n, (tree, width, height)) in trees.iter().enumerate() {
        // Text stays text; should a fallback font defeat svg2pdf's font embedding, the
        // page is drawn with text as outlines rather than not at all.
        let (chunk, svg_ref) = svg2pdf::to_chunk(tree, svg2pdf::ConversionOptions::default())
            .or_else(|_| {
                svg2pdf::to_chunk(tree, svg2pdf::ConversionOptions { embed_text: false, ..Default::default() })
            })
            .map_err(|e| fail(format!("{e:?}")))?;
        let mut renumbered = HashMap::new();
        let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| alloc.bump()));
        let svg_ref = renumbered[&svg_ref];
        let (sw, sh) = (width * PT_PER_PX, height * PT_PER_PX);
        let (pw, ph) = paper.size().unwrap_or((sw, sh));
        let f = (pw / sw).min(ph / sh);
        let (dw, dh) = (sw * f, sh * f);
        // Centred across, at the top of the sheet, as a reader expects a map to start.
        let (dx, dy) = ((pw - dw) / 2.0, ph - dh);
        let page_ref = alloc.bump();
        let content_ref = alloc.bump();
        let name = Name(b"map");
        let mut page = pdf.page(page_ref);
        page.media_box(Rect::new(0.0, 0.0, pw, ph));
        page.parent(page_tree);
        page.contents(content_ref);
        page.resources().x_objects().pair(name, svg_ref);
        page.finish();
        let mut content = Content::new();
        content.transform([dw, 0.0, 0.0, dh, dx, dy]).x_object(name);
        pdf.stream(content_ref, &content.finish());
        page_refs.push(page_ref);
        chunks.push(chunk);
        step(progress, 0.3 + 0.6 * (n + 1) as f32 / trees.len() as f32)?;
    }
    pdf.catalog(catalog).pages(page_tree);
    pdf.pages(page_tree).kids(page_refs.iter().copied()).count(page_refs.len() as i32);
    pdf.document_info(info).title(TextStr(title)).creator(TextStr("Journey Mapper"));
    for chunk in &chunks {
        pdf.extend(chunk);
    }
    Ok(pdf.finish())
}
