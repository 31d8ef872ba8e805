//! PNG: the SVG drawn to pixels by resvg, in strips so that a large map reports progress
//! and can be cancelled, with the map file inside an iTXt chunk.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use super::{step, ExportError, Progress};
use crate::format::png_text_chunk;

const STRIP_ROWS: u32 = 256;
/// Larger pictures are refused rather than exhausting memory: 16k × 16k is past what
/// slide and image tools open anyway. The PDF export has no such limit.
const MAX_SIDE: u32 = 16_384;

/// The picture's size in pixels, or its refusal when a side is over the limit (a decoder's,
/// and memory's: 16,384² pixels are a gigabyte of RGBA).
pub fn check_size(width: f32, height: f32, scale: u32) -> Result<(u32, u32), ExportError> {
    let (w, h) = ((width * scale as f32).ceil() as u32, (height * scale as f32).ceil() as u32);
    if w > MAX_SIDE || h > MAX_SIDE {
        return Err(ExportError::TooLarge { width: w, height: h, limit: MAX_SIDE, scale });
    }
    Ok((w, h))
}

pub fn render(tree: &usvg::Tree, scale: f32, map_json: &str, progress: &dyn Progress) -> Result<Vec<u8>, ExportError> {
    let size = tree.size();
    let (width, height) = check_size(size.width(), size.height(), scale as u32)?;
    // Strips are drawn on every core at once; each thread takes the next strip not yet
    // drawn, so a slow strip (dense text) does not hold the others back.
    let row_bytes = width as usize * 4;
    let mut rgba = vec![0u8; row_bytes * height as usize];
    let strips: Vec<(u32, &mut [u8])> = rgba
        .chunks_mut(row_bytes * STRIP_ROWS as usize)
        .enumerate()
        .map(|(i, chunk)| (i as u32 * STRIP_ROWS, chunk))
        .collect();
    let total = strips.len();
    let queue = std::sync::Mutex::new(strips.into_iter());
    let done = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(total.max(1));
    std::thread::scope(|scope| -> Result<(), ExportError> {
        let work = || -> Result<(), ExportError> {
            loop {
                let next = queue.lock().map_err(|_| cancelled_by_panic())?.next();
                let Some((top, out)) = next else { return Ok(()) };
                let rows = (out.len() / row_bytes) as u32;
                let mut strip = Pixmap::new(width, rows).ok_or_else(|| too_big(width, rows))?;
                let transform = Transform::from_translate(0.0, -(top as f32)).pre_scale(scale, scale);
                resvg::render(tree, transform, &mut strip.as_mut());
                for (pixel, target) in strip.pixels().iter().zip(out.chunks_exact_mut(4)) {
                    let c = pixel.demultiply();
                    target.copy_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
                }
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                step(progress, 0.1 + 0.7 * n as f32 / total as f32)?;
            }
        };
        let handles: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
        let mut result = work();
        for h in handles {
            let r = h.join().unwrap_or_else(|_| Err(cancelled_by_panic()));
            if result.is_ok() {
                result = r;
            }
        }
        result
    })?;
    encode(width, height, scale, &rgba, map_json)
}

fn cancelled_by_panic() -> ExportError {
    ExportError::ThreadFailed { format: "PNG" }
}

fn too_big(width: u32, height: u32) -> ExportError {
    ExportError::NoMemory { format: "PNG", width, height }
}

fn encode(width: u32, height: u32, scale: f32, rgba: &[u8], map_json: &str) -> Result<Vec<u8>, ExportError> {
    let fail = |e: png::EncodingError| ExportError::Render { format: "PNG", reason: e.to_string() };
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    // Slide tools read the density: at 2× the picture keeps the map's size on a slide.
    let per_metre = (96.0 / 0.0254 * scale).round() as u32;
    encoder.set_pixel_dims(Some(png::PixelDimensions { xppu: per_metre, yppu: per_metre, unit: png::Unit::Meter }));
    let mut writer = encoder.write_header().map_err(fail)?;
    writer.write_text_chunk(&png_text_chunk(map_json).map_err(fail)?).map_err(fail)?;
    writer.write_image_data(rgba).map_err(fail)?;
    writer.finish().map_err(fail)?;
    Ok(out)
}
