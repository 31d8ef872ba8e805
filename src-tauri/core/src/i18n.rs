//! Every text a person reads, in each language of the app, from the Fluent catalogues in
//! `core/locales/{en,ru,pl}/`: the core's messages (`core.ftl`), the words exports add
//! (`export.ftl`), the templates (`templates.ftl`), the touchpoint library (`library.ftl`)
//! the desktop shell's own texts (`shell.ftl`) and
//! the changes between two maps (`diff.ftl`), the conflicts of a merge (`merge.ftl`), maps
//! in git (`git.ftl`). The web page reads the same folder's `ui.ftl` with `@fluent/bundle`;
//! the tests below check all nine files.
//!
//! One call, [`text`], formats a message with its variables. Fluent does the plurals and
//! fills each variable exactly once, so a value that looks like a placeholder (a file named
//! `{ $reason }.json`) comes out as it is.
//!
//! No bidi isolation here. Fluent can wrap each variable in U+2068…U+2069 so that a
//! right-to-left value does not reorder the sentence around it, which the web page keeps
//! for what it shows. Every text made here ends somewhere those marks are wrong: file
//! names, exported cells and pictures, window titles, the native menu and dialogs, the
//! command line's output and logs; and an error message is one text for the CLI and the
//! window alike. A stray mark there is an invisible character in a file name or a cell
//! that a person cannot see or type, so the Rust bundles never add them.

use std::path::Display as PathDisplay;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use crate::language::Language;

/// One catalogue file: its name in every language's folder, and its text.
pub type Source = (&'static str, &'static str);

macro_rules! catalogue {
    ($lang:literal) => {
        [
            ("core.ftl", include_str!(concat!("../locales/", $lang, "/core.ftl"))),
            ("export.ftl", include_str!(concat!("../locales/", $lang, "/export.ftl"))),
            ("templates.ftl", include_str!(concat!("../locales/", $lang, "/templates.ftl"))),
            ("library.ftl", include_str!(concat!("../locales/", $lang, "/library.ftl"))),
            ("shell.ftl", include_str!(concat!("../locales/", $lang, "/shell.ftl"))),
            ("diff.ftl", include_str!(concat!("../locales/", $lang, "/diff.ftl"))),
            ("merge.ftl", include_str!(concat!("../locales/", $lang, "/merge.ftl"))),
            ("git.ftl", include_str!(concat!("../locales/", $lang, "/git.ftl"))),
        ]
    };
}

/// The catalogues the Rust bundles read, by language. `ui.ftl` is the web page's.
pub const SOURCES: [(Language, [Source; 8]); 3] =
    [(Language::En, catalogue!("en")), (Language::Ru, catalogue!("ru")), (Language::Pl, catalogue!("pl"))];

/// A value for a message's variable: text, or a number (which also picks a plural form).
pub trait Arg {
    fn value(&self) -> FluentValue<'_>;
}

impl Arg for &str {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl Arg for PathDisplay<'_> {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.to_string())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {
        $(impl Arg for $t {
            fn value(&self) -> FluentValue<'_> {
                FluentValue::from(*self)
            }
        })*
    };
}
number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f64);

fn bundle(lang: Language) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| SOURCES.iter().map(|(lang, files)| build(*lang, files)).collect());
    &all[SOURCES.iter().position(|(l, _)| *l == lang).unwrap_or(0)]
}

fn build(lang: Language, files: &[Source]) -> FluentBundle<FluentResource> {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (_, source) in files {
        // The catalogues are part of the binary and tested to parse and not to repeat an
        // id: a broken entry is skipped, and its text falls back to English.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The message `id` in `lang` (else in English, else the id itself), its variables filled
/// from `args`. A variable the message uses but `args` lacks shows as `{$name}`.
pub fn text(lang: Language, id: &str, args: &[(&str, &dyn Arg)]) -> String {
    try_text(lang, id, args).unwrap_or_else(|| id.to_owned())
}

/// The message `id` in `lang`, else in English; `None` when no catalogue has it.
pub fn try_text(lang: Language, id: &str, args: &[(&str, &dyn Arg)]) -> Option<String> {
    format(bundle(lang), id, args).or_else(|| format(bundle(Language::En), id, args))
}

fn format(bundle: &FluentBundle<FluentResource>, id: &str, args: &[(&str, &dyn Arg)]) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.value());
    }
    // The errors are a missing variable or message, which the text itself then shows.
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned())
}

#[cfg(test)]
mod tests;
