//! The font every image export is drawn with: Noto Sans, cut down to Latin, Polish and
//! Cyrillic (assets/fonts/subset.sh). Carrying it makes the output the same on every
//! machine, with no missing-glyph boxes for the languages our users write in.

use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb;

pub const FAMILY: &str = "Noto Sans";
pub const REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.subset.ttf");
pub const BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.subset.ttf");

/// Measures text with the advances of the embedded font, to wrap it before drawing.
pub struct Metrics {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

impl Metrics {
    pub fn get() -> &'static Metrics {
        static METRICS: OnceLock<Metrics> = OnceLock::new();
        METRICS.get_or_init(|| Metrics {
            regular: ttf_parser::Face::parse(REGULAR, 0).expect("the embedded font parses (tested)"),
            bold: ttf_parser::Face::parse(BOLD, 0).expect("the embedded font parses (tested)"),
        })
    }

    /// The width of `text` at `size` px. Characters the font lacks (emoji, CJK) are
    /// drawn by a fallback font; they are counted as one em, which wraps them safely.
    pub fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = if bold { &self.bold } else { &self.regular };
        let units = face.units_per_em() as f32;
        // Kerning (in GPOS for Noto) only narrows text, so leaving it out errs on the
        // side of wrapping a little early, never of overflowing a card.
        let total: f32 = text
            .chars()
            .map(|c| match face.glyph_index(c) {
                Some(g) => face.glyph_hor_advance(g).unwrap_or(0) as f32,
                None => units,
            })
            .sum();
        total * size / units
    }

    /// True when every character of `text` has a glyph in the embedded font.
    pub fn covers(&self, text: &str) -> bool {
        text.chars().all(|c| c.is_whitespace() || self.regular.glyph_index(c).is_some())
    }
}

/// Like [`database`], without colour bitmap fonts (Noto Color Emoji): svg2pdf cannot
/// embed them, and would fail the whole PDF over one emoji.
pub fn database_for_pdf(needs_fallback: bool) -> Arc<fontdb::Database> {
    if !needs_fallback {
        return database(false);
    }
    static WITHOUT_COLOUR: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    WITHOUT_COLOUR
        .get_or_init(|| {
            let mut db = (*database(true)).clone();
            let colour: Vec<fontdb::ID> = db
                .faces()
                .map(|f| f.id)
                .filter(|&id| {
                    db.with_face_data(id, |data, index| {
                        ttf_parser::RawFace::parse(data, index).is_ok_and(|raw| {
                            [b"CBDT", b"sbix", b"COLR", b"SVG "]
                                .iter()
                                .any(|tag| raw.table(ttf_parser::Tag::from_bytes(tag)).is_some())
                        })
                    })
                    .unwrap_or(false)
                })
                .collect();
            for id in colour {
                db.remove_face(id);
            }
            Arc::new(db)
        })
        .clone()
}

/// The fonts resvg and svg2pdf draw with. Only the embedded font, unless the map has
/// characters it lacks: then the system's fonts are added as fallbacks, so that an emoji
/// shows as itself rather than as a box.
pub fn database(needs_fallback: bool) -> Arc<fontdb::Database> {
    static EMBEDDED: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    static WITH_SYSTEM: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    let build = |system: bool| {
        let mut db = fontdb::Database::new();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        if system {
            db.load_system_fonts();
        }
        db.set_sans_serif_family(FAMILY);
        Arc::new(db)
    };
    if needs_fallback {
        WITH_SYSTEM.get_or_init(|| build(true)).clone()
    } else {
        EMBEDDED.get_or_init(|| build(false)).clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_font_covers_english_russian_and_polish() {
        let m = Metrics::get();
        assert!(m.covers("Customer journey — “quotes”, 100 € …"));
        assert!(m.covers("Оплата картой: ёжик, Щука, ЪЭЮЯ"));
        assert!(m.covers("Zażółć gęślą jaźń ĄĆĘŁŃÓŚŹŻ"));
        assert!(!m.covers("🚀"));
        let db = database(false);
        assert!(db.faces().any(|f| f.families.iter().any(|(name, _)| name == FAMILY)));
    }

    #[test]
    fn wider_text_measures_wider_and_bold_is_wider_than_regular() {
        let m = Metrics::get();
        assert!(m.width("Awareness", 14.0, false) > m.width("Aware", 14.0, false));
        assert!(m.width("Awareness", 14.0, true) > m.width("Awareness", 14.0, false));
        let w = m.width("Awareness", 14.0, false);
        assert!((40.0..100.0).contains(&w), "{w}");
    }
}
