//! Finding the map inside an exported PNG or SVG, so that a colleague who received only
//! the picture can open it and edit the map again.

use super::png::MAP_CHUNK;
use super::svg::MAP_METADATA_ID;
use crate::format::MAX_FILE_BYTES;

/// What an image file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Embedded {
    /// The map file's text, to be read like any map file.
    Map { image: &'static str, json: String },
    /// A picture with no map inside (not one of ours, or one edited and re-saved by a
    /// tool that dropped our chunk or metadata).
    NoMap { image: &'static str },
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// `None` when the bytes are not a PNG or SVG at all.
pub fn embedded_map(bytes: &[u8]) -> Option<Embedded> {
    if bytes.starts_with(PNG_SIGNATURE) {
        return Some(from_png(bytes));
    }
    if looks_like_svg(bytes) {
        return Some(from_svg(bytes));
    }
    None
}

fn from_png(bytes: &[u8]) -> Embedded {
    let none = Embedded::NoMap { image: "PNG" };
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_ignore_text_chunk(false);
    let Ok(reader) = decoder.read_info() else { return none };
    for chunk in &reader.info().utf8_text {
        if chunk.keyword != MAP_CHUNK {
            continue;
        }
        let mut chunk = chunk.clone();
        // The limit keeps a compressed bomb from growing past what a map file may be.
        if chunk.decompress_text_with_limit(MAX_FILE_BYTES as usize).is_err() {
            return none;
        }
        if let Ok(json) = chunk.get_text() {
            return Embedded::Map { image: "PNG", json };
        }
    }
    none
}

fn looks_like_svg(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 4096)];
    head.starts_with(b"<") && head.windows(4).any(|w| w == b"<svg")
}

fn from_svg(bytes: &[u8]) -> Embedded {
    let none = Embedded::NoMap { image: "SVG" };
    let Ok(text) = std::str::from_utf8(bytes) else { return none };
    // roxmltree refuses DTDs by default, so entity expansion cannot blow up.
    let Ok(doc) = roxmltree::Document::parse(text) else { return none };
    let found = doc.descendants().find(|n| {
        n.is_element() && n.tag_name().name() == "metadata" && n.attribute("id") == Some(MAP_METADATA_ID)
    });
    match found {
        Some(node) => Embedded::Map {
            image: "SVG",
            json: node.children().filter_map(|c| c.text()).collect(),
        },
        None => none,
    }
}
