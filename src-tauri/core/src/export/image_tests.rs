//! Image exports read back with independent decoders: the PNG decoded by the `png`
//! crate and checked pixel by pixel against the layout, the PDF's text extracted by
//! poppler's pdftotext, the SVG parsed as XML, and the map inside each picture loaded.

use std::path::Path;
use std::process::Command;

use super::layout::{self, CARD_WIDTH, COLUMN_WIDTH};
use super::*;
use crate::format::parse;
use crate::model::{sample_map, Map, Stage, Touchpoint};

fn multilingual_map() -> Map {
    let mut map = sample_map();
    map.title = "Интернет-магазин: первая покупка — Zażółć gęślą jaźń".into();
    map.touchpoints[0].title = "Оплата картой или через СБП".into();
    map.touchpoints[1].title = "Płatność BLIKIEM, źródło: Łódź".into();
    map.touchpoints[2].title = "<script>alert('x')</script> & \"quotes\"".into();
    map
}

fn decode(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
    let decoder = ::png::Decoder::new(std::io::Cursor::new(bytes));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, ::png::ColorType::Rgba);
    (info.width, info.height, buf)
}

fn pixel(img: &(u32, u32, Vec<u8>), x: f32, y: f32, scale: f32) -> [u8; 3] {
    let (w, _, data) = img;
    let i = (((y * scale) as u32 * w + (x * scale) as u32) * 4) as usize;
    [data[i], data[i + 1], data[i + 2]]
}

fn hex(c: &str) -> [u8; 3] {
    let v = u32::from_str_radix(c.trim_start_matches('#'), 16).unwrap();
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

fn preview(name: &str, bytes: &[u8]) {
    // Set EXPORT_PREVIEW_DIR to keep the files and look at them.
    if let Some(dir) = std::env::var_os("EXPORT_PREVIEW_DIR") {
        std::fs::write(Path::new(&dir).join(name), bytes).unwrap();
    }
}

#[test]
fn png_has_the_layout_size_at_each_scale_and_draws_stages_and_cards_where_the_layout_puts_them() {
    let map = sample_map();
    let labels = Labels::get(Language::En);
    let scene = layout::scene(&map, labels, &layout::measure(&map, labels, map.measures().shown(None).as_ref()));
    for scale in [1u32, 2] {
        let options = Options { scale, ..Options::default() };
        let bytes = render(&map, Format::Png, &options, &Quiet).unwrap();
        preview(&format!("sample@{scale}x.png"), &bytes);
        let img = decode(&bytes);
        let s = scale as f32;
        assert_eq!((img.0, img.1), ((scene.width * s).ceil() as u32, (scene.height * s).ceil() as u32));
        assert_eq!(pixel(&img, 4.0, 4.0, s), hex("#f5f6f8"), "page background");
        for column in &scene.columns {
            // Between the header and the first card, and below the last card: the column.
            let below = column.cards.last().map_or(column.bar_y + 40.0, |c| c.y + c.height + 4.0);
            if below < column.y + column.height - 4.0 {
                assert_eq!(pixel(&img, column.x + COLUMN_WIDTH / 2.0, below, s), hex("#eceef2"));
            }
            for card in &column.cards {
                let stripe = pixel(&img, card.x + 1.5, card.y + card.height / 2.0, s);
                let expected = match card.sentiment {
                    Sentiment::Positive => "#1f8f52",
                    Sentiment::Neutral => "#7d8898",
                    Sentiment::Negative => "#d2393f",
                };
                assert_eq!(stripe, hex(expected), "stripe of {:?}", card.lines);
                // The right part of the chip row is blank card.
                let blank = pixel(&img, card.x + CARD_WIDTH - 10.0, card.y + card.height - 8.0, s);
                assert_eq!(blank, [255, 255, 255], "card body of {:?}", card.lines);
            }
        }
    }
}

#[test]
fn png_and_svg_carry_the_map_and_open_as_it() {
    let map = multilingual_map();
    for format in [Format::Png, Format::Svg] {
        let bytes = render(&map, format, &Options::default(), &Quiet).unwrap();
        let loaded = parse(&bytes).unwrap_or_else(|e| panic!("{format:?}: {e}"));
        assert_eq!(loaded.map, map, "{format:?}");
        assert!(loaded.from_image());
        assert!(!loaded.was_repaired());
    }
}

#[test]
fn pictures_without_a_map_are_refused_with_a_clear_message() {
    let map = sample_map();
    let png_bytes = render(&map, Format::Png, &Options::default(), &Quiet).unwrap();
    // The same picture re-encoded without our chunk, as an image editor would save it.
    let (w, h, data) = decode(&png_bytes);
    let mut plain = Vec::new();
    let mut enc = ::png::Encoder::new(&mut plain, w, h);
    enc.set_color(::png::ColorType::Rgba);
    enc.write_header().unwrap().write_image_data(&data).unwrap();
    let err = parse(&plain).unwrap_err().to_string();
    assert!(err.contains("PNG image with no journey map inside"), "{err}");
    let svg = r#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>"#;
    let err = parse(svg.as_bytes()).unwrap_err().to_string();
    assert!(err.contains("SVG image with no journey map inside"), "{err}");
    // A DTD with entities (a "billion laughs") is refused, not expanded.
    let bomb = r#"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]><svg><metadata id="journey-map-data">&a;</metadata></svg>"#;
    assert!(parse(bomb.as_bytes()).is_err());
}

#[test]
fn svg_is_well_formed_with_the_font_embedded_every_title_as_text_and_no_external_reference() {
    let map = multilingual_map();
    let bytes = render(&map, Format::Svg, &Options::default(), &Quiet).unwrap();
    preview("multilingual.svg", &bytes);
    let text = String::from_utf8(bytes).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|n| n.text().unwrap_or("").to_owned())
        .collect();
    let all = texts.join(" ");
    for t in &map.touchpoints {
        for word in t.title.split_whitespace() {
            assert!(all.contains(word), "{word:?} of {:?} is drawn", t.title);
        }
    }
    assert!(text.contains("@font-face") && text.contains("data:font/ttf;base64,"));
    assert!(!text.contains("<script"), "payload is escaped");
    let without_namespace = text.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
    assert!(!without_namespace.contains("http://") && !without_namespace.contains("https://"));
}

fn pdftotext(pdf: &[u8], args: &[&str]) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = match Command::new("pdftotext").args(args).arg(&path).arg("-").output() {
        Ok(out) => out,
        Err(_) if std::env::var_os("CI").is_none() => {
            eprintln!("pdftotext is missing (apt install poppler-utils); PDF text not checked");
            return None;
        }
        Err(e) => panic!("pdftotext is needed in CI: {e}"),
    };
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(String::from_utf8(out.stdout).unwrap())
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn pdf_text_is_selectable_and_has_every_title_including_cyrillic_and_polish() {
    let map = multilingual_map();
    let bytes = render(&map, Format::Pdf, &Options::default(), &Quiet).unwrap();
    preview("multilingual.pdf", &bytes);
    assert!(bytes.starts_with(b"%PDF-"));
    let Some(text) = pdftotext(&bytes, &["-raw"]) else { return };
    let text = squash(&text);
    for t in &map.touchpoints {
        assert!(text.contains(&squash(&t.title)), "{:?} in the PDF text", t.title);
    }
    for s in &map.stages {
        assert!(text.contains(&s.name));
    }
    assert!(text.contains("Интернет-магазин"));
}

#[test]
fn a_png_over_the_pixel_limit_is_refused_from_the_layout_with_what_to_do_instead() {
    // 400 cards a column: over 16,384 pixels tall.
    let map = crate::model::generate(2, 800, 9);
    let err = render(&map, Format::Png, &Options::default(), &Quiet).unwrap_err();
    let ExportError::TooLarge { width, height, limit, scale } = err else { panic!("{err}") };
    assert!(height > limit && width <= limit, "{width} × {height}");
    assert_eq!(scale, 1);
    assert!(err_text(&map, 1).ends_with("export it as a PDF"), "{}", err_text(&map, 1));
    assert!(err_text(&map, 2).ends_with("export it at 1× or as a PDF"));
    // The same map as a PDF is fine: it goes on pages.
    assert!(render(&map, Format::Pdf, &Options { paper: Paper::A4, ..Options::default() }, &Quiet).is_ok());
}

fn err_text(map: &Map, scale: u32) -> String {
    render(map, Format::Png, &Options { scale, ..Options::default() }, &Quiet).unwrap_err().to_string()
}

#[test]
fn a_large_map_fitted_to_a4_goes_on_several_legible_pages_with_nothing_lost() {
    let map = crate::model::generate(10, 300, 3);
    let options = Options { paper: Paper::A4, ..Options::default() };
    let bytes = render(&map, Format::Pdf, &options, &Quiet).unwrap();
    preview("generated-a4.pdf", &bytes);
    let labels = Labels::get(Language::En);
    let pages = pdf::pages(&map, labels, &layout::measure(&map, labels, map.measures().shown(None).as_ref()), Paper::A4);
    assert!(pages.len() > 1);
    let cards: usize = pages.iter().flat_map(|p| &p.columns).map(|c| c.cards.len()).sum();
    assert_eq!(cards, map.touchpoints.len(), "every card is on exactly one page");
    let Some(text) = pdftotext(&bytes, &["-raw"]) else { return };
    assert_eq!(text.matches('\u{c}').count(), pages.len(), "one form feed per page");
    let text = squash(&text);
    for t in &map.touchpoints {
        assert!(text.contains(&squash(&t.title)), "{:?}", t.title);
    }
    // A small map fits one sheet.
    let small = render(&sample_map(), Format::Pdf, &options, &Quiet).unwrap();
    preview("sample-a4.pdf", &small);
    let text = pdftotext(&small, &[]).unwrap();
    assert_eq!(text.matches('\u{c}').count(), 1);
}

#[test]
fn empty_and_hostile_maps_draw_without_failing() {
    let mut map = Map::new("");
    for format in [Format::Png, Format::Svg, Format::Pdf] {
        render(&map, format, &Options::default(), &Quiet).unwrap();
    }
    map.stages.push(Stage { id: "s".into(), name: "\u{1}\u{7}\u{FFFF}".into(), extra: Default::default() });
    map.touchpoints.push(Touchpoint {
        id: "t".into(),
        stage: "s".into(),
        title: format!("{} 🚀 {}", "x".repeat(5000), "\u{202E}rtl"),
        sentiment: Sentiment::Negative,
        extra: Default::default(),
        ..Default::default()
    });
    for format in [Format::Png, Format::Svg, Format::Pdf] {
        let bytes = render(&map, format, &Options::default(), &Quiet).unwrap();
        if format != Format::Pdf {
            assert_eq!(parse(&bytes).unwrap().map, map);
        }
    }
}

#[test]
fn a_cancelled_export_stops_and_writes_nothing() {
    struct CancelAfter(std::sync::atomic::AtomicUsize);
    impl Progress for CancelAfter {
        fn report(&self, _: f32) {}
        fn is_cancelled(&self) -> bool {
            self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst) >= 2
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.png");
    let map = crate::model::generate(8, 400, 1);
    let result = export_file(&map, Format::Png, &Options::default(), &path, &CancelAfter(0.into()));
    assert!(matches!(result, Err(ExportError::Cancelled)));
    assert!(!path.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no temporary file left");
}

#[test]
fn the_emotion_curve_follows_the_stages_sentiments_and_is_drawn_above_the_grid() {
    let mut map = Map::new("Curve");
    for (id, sentiments) in [("a", vec![Sentiment::Positive, Sentiment::Positive]), ("b", vec![]), ("c", vec![Sentiment::Negative, Sentiment::Neutral])] {
        map.stages.push(Stage { id: id.into(), name: id.into(), ..Default::default() });
        for (i, s) in sentiments.into_iter().enumerate() {
            map.touchpoints.push(Touchpoint { id: format!("{id}{i}"), stage: id.into(), title: "x".into(), sentiment: s, ..Default::default() });
        }
    }
    assert_eq!(map.emotion_curve(), vec![Some(1.0), None, Some(-0.5)]);
    let labels = Labels::get(Language::En);
    let scene = layout::scene(&map, labels, &layout::measure(&map, labels, map.measures().shown(None).as_ref()));
    let curve = scene.curve.as_ref().expect("a curve when some stage has cards");
    assert!(curve.top + curve.height < scene.columns_top, "above the grid");
    assert!(curve.y(1.0) < curve.y(-0.5), "positive is higher");
    // The dots are drawn in their sentiment's colour where the curve puts them.
    let img = decode(&render(&map, Format::Png, &Options::default(), &Quiet).unwrap());
    let (x, v) = curve.points[0];
    assert_eq!(pixel(&img, x, curve.y(v.unwrap()), 1.0), hex("#1f8f52"));
    let (x, v) = curve.points[2];
    assert_eq!(pixel(&img, x, curve.y(v.unwrap()), 1.0), hex("#d2393f"));
    // A map with no cards has no curve.
    assert!(layout::scene(&Map::new("x"), labels, &[]).curve.is_none());
}

#[test]
fn a_map_with_lanes_is_drawn_as_a_grid_with_each_card_in_its_lane_row() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/details-and-lanes.journey.json");
    let map = crate::format::load_file(&path).unwrap().map;
    let labels = Labels::get(Language::En);
    let scene = layout::scene(&map, labels, &layout::measure(&map, labels, map.measures().shown(None).as_ref()));
    assert_eq!(scene.lanes.len(), 3);
    assert!(scene.columns[0].x > scene.lanes[0].x + layout::LANE_WIDTH, "lane headers come first");
    for (s, column) in scene.columns.iter().enumerate() {
        let stage = &map.stages[s];
        let cards: Vec<_> = map.touchpoints.iter().filter(|t| t.stage == stage.id).collect();
        assert_eq!(column.cards.len(), cards.len());
        for (card, tp) in column.cards.iter().zip(&cards) {
            let band = &scene.lanes[map.lane_index(&tp.lane).unwrap()];
            assert!(card.y >= band.y && card.y + card.height <= band.y + band.height, "{} in its lane", tp.id);
        }
    }
    // Details show on the card: channel and owner, and the score.
    let price = scene.columns[2].cards.iter().find(|c| c.lines.join(" ").contains("Cennik")).unwrap();
    assert_eq!(price.meta.as_deref(), Some("Website · E-commerce"));
    assert_eq!(price.score.as_deref(), Some("1 of 5"));
    let bytes = render(&map, Format::Png, &Options::default(), &Quiet).unwrap();
    preview("lanes.png", &bytes);
    let img = decode(&bytes);
    let band = &scene.lanes[1];
    assert_eq!(pixel(&img, band.x + 4.0, band.y + band.height / 2.0, 1.0), hex("#eceef2"), "lane header");
    let pdf = render(&map, Format::Pdf, &Options { paper: Paper::A4, ..Options::default() }, &Quiet).unwrap();
    if let Some(text) = pdftotext(&pdf, &["-raw"]) {
        let text = squash(&text);
        for lane in &map.lanes {
            assert!(text.contains(&lane.name), "{} in the PDF", lane.name);
        }
    }
}

/// The texts of an SVG's `<text>` elements, and the titles of its measure badges.
fn svg_texts(svg: &str) -> (Vec<String>, Vec<String>) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let texts = doc.descendants().filter(|n| n.has_tag_name("text")).map(|n| n.text().unwrap_or("").to_owned()).collect();
    let badges = doc
        .descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("measure"))
        .map(|g| g.children().find(|c| c.has_tag_name("title")).and_then(|t| t.text()).unwrap_or("").to_owned())
        .collect();
    (texts, badges)
}

#[test]
fn the_svg_shows_the_measure_on_its_cards_and_under_each_stage_header() {
    let map = sample_map();
    let svg = String::from_utf8(render(&map, Format::Svg, &Options::default(), &Quiet).unwrap()).unwrap();
    preview("sample-measure.svg", svg.as_bytes());
    let (texts, badges) = svg_texts(&svg);
    // The default is the map's first metric, NPS: its stage lines, in the stages' order.
    let lines: Vec<&String> = texts.iter().filter(|t| t.starts_with("NPS")).filter(|t| t.contains(':')).collect();
    let expected: Vec<String> = map
        .stage_aggregates("NPS")
        .iter()
        .map(|v| match v {
            Some(v) => format!("NPS, mean: {}", v.round()),
            None => "NPS: not measured".to_owned(),
        })
        .collect();
    assert_eq!(lines, expected.iter().collect::<Vec<_>>());
    // One badge per card with an NPS, its sentence naming the target met or missed.
    let cards: Vec<&Touchpoint> = map.touchpoints.iter().filter(|t| t.metric("NPS").is_some()).collect();
    assert_eq!(badges.len(), cards.len());
    assert!(svg.contains("stroke-width=\"1.8\""), "✓ and ✗ are drawn");
    for (t, spoken) in cards.iter().zip(&badges) {
        let value = t.metric("NPS").unwrap().value;
        let verdict = if value >= 30.0 { "met" } else { "missed" };
        assert_eq!(spoken, &format!("NPS: {value}, target 30 {verdict}"));
    }
    // A criterion, by choice: "4/5", no sign.
    let design = Options { measure: Some(crate::model::BoardMeasure::Criterion { id: "design".into() }), ..Options::default() };
    let svg = String::from_utf8(render(&map, Format::Svg, &design, &Quiet).unwrap()).unwrap();
    let (texts, badges) = svg_texts(&svg);
    assert_eq!(badges.len(), map.touchpoints.iter().filter(|t| t.ratings.contains_key("design")).count());
    assert!(texts.iter().any(|t| t.ends_with("/5")) && texts.iter().any(|t| t.starts_with("Design and quality: ") && t.ends_with(" of 5")));
    assert!(!svg.contains("stroke-width=\"1.8\""), "a rating has no target: no ✓ or ✗ drawn");
    // None: no badge and no stage line.
    let none = Options { measure: Some(crate::model::BoardMeasure::None), ..Options::default() };
    let svg = String::from_utf8(render(&map, Format::Svg, &none, &Quiet).unwrap()).unwrap();
    assert_eq!(svg_texts(&svg).1.len(), 0);
    assert!(!svg.contains("NPS: not measured"));
}

#[test]
fn a_map_without_measures_draws_as_if_none_were_asked_for_and_cards_lose_the_badge_row() {
    let mut map = sample_map();
    for t in &mut map.touchpoints {
        t.metrics.clear();
        t.ratings.clear();
    }
    map.metric_definitions.clear();
    map.criteria.clear();
    let none = Options { measure: Some(crate::model::BoardMeasure::None), ..Options::default() };
    for format in [Format::Svg, Format::Html] {
        let plain = render(&map, format, &Options::default(), &Quiet).unwrap();
        assert_eq!(plain, render(&map, format, &none, &Quiet).unwrap(), "{format:?}");
        let text = String::from_utf8(plain).unwrap();
        assert!(!text.contains("class=\"measure") && !text.contains("data-heat") && !text.contains("view-heat"), "{format:?}");
    }
    // Only the cards that measure it grow, by the badge's row; the others keep their height.
    let sample = sample_map();
    let labels = Labels::get(Language::En);
    let shown = sample.measures().shown(None);
    let with = layout::measure(&sample, labels, shown.as_ref());
    let without = layout::measure(&sample, labels, None);
    for (a, b) in with.iter().flat_map(|s| &s.cards).zip(without.iter().flat_map(|s| &s.cards)) {
        let grown = if a.badge.is_some() { layout::BADGE_ROW } else { 0.0 };
        assert_eq!(a.height(), b.height() + grown);
    }
    for (a, b) in with.iter().zip(&without) {
        assert!(a.measure.is_some() && b.measure.is_none());
        assert!(a.header_height() > b.header_height(), "the stage line has room of its own");
    }
}

#[test]
fn badges_and_stage_lines_never_overlap_the_rest_of_the_card_or_header() {
    let mut map = sample_map();
    // A long metric name on every card: the badge's name is cut, the pill stays inside.
    let long = "Share of customers who would recommend us to a friend".to_owned();
    map.metric_definitions[0].name = long.clone();
    for t in &mut map.touchpoints {
        t.metrics.iter_mut().filter(|m| m.name == "NPS").for_each(|m| m.name = long.clone());
    }
    let labels = Labels::get(Language::Ru);
    let scene = layout::scene(&map, labels, &layout::measure(&map, labels, map.measures().shown(None).as_ref()));
    let m = fonts::Metrics::get();
    for column in &scene.columns {
        let line = column.measure.as_ref().expect("a stage line");
        assert!(m.width(&line.text, layout::MEASURE_FONT, line.measured) <= COLUMN_WIDTH - 2.0 * layout::COLUMN_PAD);
        assert!(column.bar_y + 4.0 <= column.measure_y && column.measure_y + layout::MEASURE_LINE <= column.body_y);
        for card in &column.cards {
            assert!(card.y >= column.body_y);
            if let Some(b) = &card.badge {
                assert!(b.width <= CARD_WIDTH - 2.0 * layout::CARD_PAD_X + 0.01, "{b:?}");
                assert!(b.name.ends_with('…'), "{}", b.name);
            }
        }
    }
    let bytes = render(&map, Format::Png, &Options { language: Language::Ru, ..Options::default() }, &Quiet).unwrap();
    preview("long-measure-ru.png", &bytes);
}
