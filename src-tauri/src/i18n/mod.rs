//! The few texts the desktop shell shows itself (the native menu, the unsaved-changes
//! question, file-dialog filters, messages about the file on disk), in the UI's languages.
//! The catalogues are JSON files beside this one, like the page's.

use std::collections::HashMap;
use std::sync::OnceLock;

const CATALOGUES: &[(&str, &str)] =
    &[("en", include_str!("en.json")), ("ru", include_str!("ru.json")), ("pl", include_str!("pl.json"))];

fn catalogues() -> &'static HashMap<&'static str, HashMap<String, String>> {
    static ALL: OnceLock<HashMap<&'static str, HashMap<String, String>>> = OnceLock::new();
    ALL.get_or_init(|| {
        CATALOGUES
            .iter()
            // The catalogues are part of the binary and tested; a broken one is empty,
            // and every text then falls back to English.
            .map(|(lang, text)| (*lang, serde_json::from_str(text).unwrap_or_default()))
            .collect()
    })
}

/// The first of `preferred` ("ru-RU", "pl") that has a catalogue, else English.
pub fn pick(preferred: &[String]) -> &'static str {
    preferred
        .iter()
        .filter_map(|tag| {
            let base = tag.split(['-', '_']).next()?.to_ascii_lowercase();
            CATALOGUES.iter().map(|(l, _)| *l).find(|l| *l == base)
        })
        .next()
        .unwrap_or("en")
}

/// The text for `key` in `lang`, with `{name}` placeholders filled from `params`.
pub fn tr(lang: &str, key: &str, params: &[(&str, &str)]) -> String {
    let all = catalogues();
    let text = all
        .get(lang)
        .and_then(|c| c.get(key))
        .or_else(|| all.get("en").and_then(|c| c.get(key)))
        .cloned()
        .unwrap_or_else(|| key.to_owned());
    params.iter().fold(text, |t, (name, value)| t.replace(&format!("{{{name}}}"), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_text_with_the_same_placeholders() {
        let all = catalogues();
        let en = &all["en"];
        assert!(!en.is_empty());
        let holes = |s: &str| {
            let mut v: Vec<String> = s.split('{').skip(1).filter_map(|p| p.split('}').next()).map(String::from).collect();
            v.sort();
            v
        };
        for (lang, _) in CATALOGUES {
            let cat = &all[lang];
            let mut keys: Vec<&String> = cat.keys().collect();
            let mut en_keys: Vec<&String> = en.keys().collect();
            keys.sort();
            en_keys.sort();
            assert_eq!(keys, en_keys, "{lang}");
            for (k, v) in cat {
                assert_eq!(holes(v), holes(&en[k]), "{lang}: {k}");
            }
        }
    }

    #[test]
    fn picks_the_first_known_language_and_fills_placeholders() {
        assert_eq!(pick(&["de-DE".into(), "pl-PL".into(), "ru".into()]), "pl");
        assert_eq!(pick(&[]), "en");
        assert_eq!(tr("ru", "menu.save", &[]), "Сохранить");
        assert_eq!(tr("pl", "menu.missing", &[("name", "a.journey.json")]), "a.journey.json (brak pliku)");
        assert_eq!(tr("xx", "menu.quit", &[]), "Quit");
    }
}
