//! The user's preferred languages, as the desktop session sets them. WebKitGTK reports
//! "en-US" whatever the session's language when that locale is not generated on the
//! machine, so the page asks the app instead of trusting navigator.languages alone.

/// Preferred languages, most preferred first, as BCP 47 tags ("ru-RU", "pl").
/// POSIX order: LANGUAGE (a list), then LC_ALL, LC_MESSAGES, LANG.
pub fn preferred_languages(var: impl Fn(&str) -> Option<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |raw: &str| {
        // "ru_RU.UTF-8@latin" -> "ru-RU"; "C" and "POSIX" name no language.
        let tag = raw.split(['.', '@']).next().unwrap_or_default().replace('_', "-");
        if !tag.is_empty() && tag != "C" && tag != "POSIX" && !out.contains(&tag) {
            out.push(tag);
        }
    };
    if let Some(list) = var("LANGUAGE") {
        list.split(':').for_each(&mut push);
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = var(name).filter(|v| !v.is_empty()) {
            push(&value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::preferred_languages;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn reads_the_session_language_in_posix_order() {
        assert_eq!(preferred_languages(env(&[("LANG", "pl_PL.UTF-8")])), vec!["pl-PL"]);
        assert_eq!(
            preferred_languages(env(&[("LANGUAGE", "ru_RU:en"), ("LANG", "de_DE.UTF-8")])),
            vec!["ru-RU", "en", "de-DE"]
        );
        assert_eq!(preferred_languages(env(&[("LC_ALL", "C"), ("LANG", "C.UTF-8")])), Vec::<String>::new());
        assert_eq!(preferred_languages(env(&[("LC_MESSAGES", "sr_RS@latin")])), vec!["sr-RS"]);
    }
}
