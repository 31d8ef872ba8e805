//! The map inside an exported PNG or SVG, so that a colleague who received only the
//! picture can open it and edit the map again. Where the map sits in a picture is part of
//! the file format, as the loader reads it: the exports write it with these names, and
//! only the drawing itself is theirs.

#[cfg(feature = "export")]
use super::load::MAX_FILE_BYTES;

/// The keyword of the PNG iTXt chunk that carries the map.
pub const MAP_CHUNK: &str = "journey-map";
/// The id of the `<metadata>` element that carries the map in an exported SVG.
pub const MAP_METADATA_ID: &str = "journey-map-data";

/// The map file's text as the SVG's `<metadata>` holds it (before XML escaping). The two
/// noncharacters XML cannot hold can only occur inside JSON strings, where a \u escape
/// means the same; control characters are escaped by serde_json.
pub fn svg_metadata_text(map_json: &str) -> String {
    map_json.replace('\u{FFFE}', "\\ufffe").replace('\u{FFFF}', "\\uffff")
}

/// The compressed iTXt chunk that carries the map file's text in an exported PNG.
#[cfg(feature = "export")]
pub fn png_text_chunk(map_json: &str) -> Result<png::text_metadata::ITXtChunk, png::EncodingError> {
    let mut chunk = png::text_metadata::ITXtChunk::new(MAP_CHUNK, map_json);
    chunk.compress_text()?;
    Ok(chunk)
}

/// What an image file holds.
#[cfg(feature = "export")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Embedded {
    /// The map file's text, to be read like any map file.
    Map { image: &'static str, json: String },
    /// A picture with no map inside (not one of ours, or one edited and re-saved by a
    /// tool that dropped our chunk or metadata).
    NoMap { image: &'static str },
}

#[cfg(feature = "export")]
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// `None` when the bytes are not a PNG or SVG at all.
#[cfg(feature = "export")]
pub fn embedded_map(bytes: &[u8]) -> Option<Embedded> {
    if bytes.starts_with(PNG_SIGNATURE) {
        return Some(from_png(bytes));
    }
    if looks_like_svg(bytes) {
        return Some(from_svg(bytes));
    }
    None
}

#[cfg(feature = "export")]
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

#[cfg(feature = "export")]
fn looks_like_svg(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 4096)];
    head.starts_with(b"<") && head.windows(4).any(|w| w == b"<svg")
}

#[cfg(feature = "export")]
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
