//! Bytes of a text file in whatever encoding the tool that wrote it chose: UTF-8 with or
//! without a byte-order mark, UTF-16 as Windows Notepad saves it, or the legacy code page
//! of the writer's locale (Excel's CSV in a Russian locale is Windows-1251, in a Polish one
//! Windows-1250), told apart by Firefox's detector.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// A text and the name of the encoding it was read in ("UTF-8", "windows-1251", …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// The text of `bytes`, or `None` when they are no text (a NUL byte outside UTF-16, or
/// control characters a text file does not hold).
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    let (encoding, body) = if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        (encoding, &bytes[bom..])
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        (encoding, bytes)
    } else if bytes.contains(&0) {
        return None;
    } else if std::str::from_utf8(bytes).is_ok() {
        (UTF_8, bytes)
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        (detector.guess(None, chardetng::Utf8Detection::Deny), bytes)
    };
    let (text, _) = encoding.decode_without_bom_handling(body);
    let controls = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}')).count();
    // A stray control character is noise in a text; many of them are a binary file.
    if controls > 0 && controls * 100 > text.chars().count().max(1) {
        return None;
    }
    Some(Decoded { text: text.into_owned(), encoding: encoding.name() })
}

/// UTF-16 saved without a byte-order mark: in text of Latin, Cyrillic or any letters
/// below U+0100 or U+0500, every other byte is 0 or the same page byte. Half the bytes
/// at one parity being NUL, and none at the other, is taken as UTF-16.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let nul_at = |parity: usize| sample.iter().skip(parity).step_by(2).filter(|b| **b == 0).count();
    let (even, odd) = (nul_at(0), nul_at(1));
    let half = sample.len() / 2;
    if odd * 2 >= half && even == 0 {
        Some(UTF_16LE)
    } else if even * 2 >= half && odd == 0 {
        Some(UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_a_mark_and_utf16_either_way_round() {
        let text = "Этап;Точка контакта\r\nПоиск;Реклама\r\n";
        assert_eq!(decode(text.as_bytes()).unwrap(), Decoded { text: text.into(), encoding: "UTF-8" });
        assert_eq!(decode(format!("\u{feff}{text}").as_bytes()).unwrap().text, text);
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert_eq!(decode(&le).unwrap(), Decoded { text: text.into(), encoding: "UTF-16LE" });
        let bare_le: Vec<u8> = "Stage,Title\r\nA,B\r\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert_eq!(decode(&bare_le).unwrap().text, "Stage,Title\r\nA,B\r\n");
        let be: Vec<u8> = "Stage,Title\r\n".encode_utf16().flat_map(|u| u.to_be_bytes()).collect();
        assert_eq!(decode(&be).unwrap(), Decoded { text: "Stage,Title\r\n".into(), encoding: "UTF-16BE" });
    }

    #[test]
    fn excel_code_pages_of_russian_and_polish_locales_are_told_apart() {
        let ru = "Этап;Точка контакта;Оценка\r\nОсведомлённость;Реклама в соцсетях;Позитивная\r\nПокупка;Звонок в поддержку;Негативная\r\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(ru);
        assert_eq!(decode(&bytes).unwrap(), Decoded { text: ru.into(), encoding: "windows-1251" });
        let pl = "Etap;Punkt styku;Ocena\r\nŚwiadomość;Reklama w mediach społecznościowych;Pozytywna\r\nZakup;Płatność przy odbiorze;Negatywna\r\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(pl);
        assert_eq!(decode(&bytes).unwrap(), Decoded { text: pl.into(), encoding: "windows-1250" });
    }

    #[test]
    fn binary_bytes_are_no_text() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), None);
        let noise: Vec<u8> = (0..512u32).map(|i| (i * 7 % 32) as u8).collect();
        assert_eq!(decode(&noise), None);
    }
}
