//! Headless subcommands of the `journey-mapper` binary, for scripts and tests. They use
//! the same loader and writer as the app.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::export::{self, Delimiter, Format, Language, Options, Paper};
use crate::format::{self, FileError};
use crate::model::{sample_map, Map};

#[derive(Parser, Debug)]
#[command(
    name = "journey-mapper",
    version,
    about = "Journey Mapper: customer journey maps. Without a subcommand, opens the app (on FILE if given)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check that each FILE is a valid journey map (exit 1 if any is not).
    Check {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Write the sample map, or a new map from a template, to FILE (never overwrites).
    New {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// funnel (awareness to loyalty), purchase (before, during, after), decision (need
        /// to purchase) or empty.
        #[arg(long)]
        template: Option<String>,
        /// Language of the template's stage names (en, ru, pl); by default the session's.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Rewrite FILE in the canonical form of the current version, keeping unknown fields.
    Fmt {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Print the JSON Schema of the map format.
    Schema,
    /// Write a large generated map (for benchmarks and tests) to FILE (never overwrites).
    Generate {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// How many touchpoints.
        #[arg(long, default_value_t = 1000)]
        touchpoints: usize,
        /// How many stages.
        #[arg(long, default_value_t = 8)]
        stages: usize,
        /// How many lanes (rows across the stages); none: the map is one row.
        #[arg(long, default_value_t = 0)]
        lanes: usize,
        /// Seed: the same seed gives the same map.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Export FILE as an image, PDF, web page, spreadsheet or Markdown to OUT.
    Export {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// png, svg, pdf, html, csv or md; by default, from OUT's extension.
        #[arg(long, value_parser = parse_format)]
        format: Option<Format>,
        /// PNG: pixels per map pixel, 1 or 2.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=2))]
        scale: u32,
        /// PDF: map (one page the map's size), a4, a3 or letter (landscape).
        #[arg(long, default_value = "map", value_parser = parse_paper)]
        paper: Paper,
        /// CSV: comma or semicolon.
        #[arg(long, default_value = "comma", value_parser = parse_delimiter)]
        delimiter: Delimiter,
        /// Language of the words the export adds (en, ru, pl); by default the session's.
        #[arg(long)]
        lang: Option<String>,
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
    },
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::from_extension(s).ok_or_else(|| format!("unknown format {s:?}; use png, svg, pdf, html, csv or md"))
}

fn parse_paper(s: &str) -> Result<Paper, String> {
    serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase()))
        .map_err(|_| format!("unknown paper {s:?}; use map, a4, a3 or letter"))
}

fn parse_delimiter(s: &str) -> Result<Delimiter, String> {
    serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase()))
        .map_err(|_| format!("unknown delimiter {s:?}; use comma or semicolon"))
}

/// The words that make the binary run headless instead of opening a window.
pub const SUBCOMMANDS: &[&str] =
    &["check", "new", "fmt", "schema", "generate", "export", "help", "--help", "-h", "--version", "-V"];

/// True when the arguments (after the program name) ask for a CLI subcommand.
pub fn is_cli_invocation(first_arg: Option<&str>) -> bool {
    first_arg.is_some_and(|a| SUBCOMMANDS.contains(&a))
}

/// Runs a subcommand and returns the process exit code: 0 success, 1 failure, 2 usage.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            let target: &mut dyn Write = if code == 0 { out } else { err };
            let _ = write!(target, "{}", e.render());
            return code;
        }
    };
    let result = match cli.command {
        Command::Check { files } => check(&files, out, err),
        Command::New { file, template, lang } => {
            let language = lang.map_or_else(session_language, |tag| Language::from_tag(&tag));
            new(&file, template.as_deref(), language, out)
        }
        Command::Fmt { file } => fmt(&file, out),
        Command::Schema => write!(out, "{}", format::schema::generate()).map(|_| 0).map_err(|e| e.to_string()),
        Command::Generate { file, touchpoints, stages, lanes, seed } => generate(&file, stages, lanes, touchpoints, seed, out),
        Command::Export { file, format, scale, paper, delimiter, lang, output } => {
            let language = match lang {
                Some(tag) => Language::from_tag(&tag),
                None => session_language(),
            };
            let options = Options { scale, paper, delimiter, language };
            export(&file, format, &options, &output, out)
        }
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            let _ = writeln!(err, "journey-mapper: {message}");
            1
        }
    }
}

fn check(files: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> Result<i32, String> {
    let mut code = 0;
    for file in files {
        match format::load_file(file) {
            Ok(loaded) if loaded.notes.is_empty() => {
                let _ = writeln!(out, "{}: ok, {}", file.display(), summary(&loaded.map));
            }
            Ok(loaded) => {
                let notes: Vec<String> = loaded.notes.iter().map(ToString::to_string).collect();
                let _ = writeln!(out, "{}: opens, {}; {}", file.display(), summary(&loaded.map), notes.join("; "));
            }
            Err(e) => {
                let _ = writeln!(err, "{e}");
                code = 1;
            }
        }
    }
    Ok(code)
}

fn summary(map: &Map) -> String {
    format!("{} stages, {} touchpoints", map.stages.len(), map.touchpoints.len())
}

fn new(file: &Path, template: Option<&str>, language: Language, out: &mut dyn Write) -> Result<i32, String> {
    let mut map = match template {
        None => sample_map(),
        Some(id) => crate::model::from_template(id, language).ok_or_else(|| {
            let known: Vec<String> = crate::model::templates(Language::En).into_iter().map(|t| t.id).collect();
            format!("there is no template \"{id}\"; use one of {}", known.join(", "))
        })?,
    };
    // Each new map is its own map: it must not share the sample's id with other copies.
    map.id = crate::model::new_id("map");
    format::save_new(&map, file).map_err(|e| e.to_string())?;
    let _ = writeln!(out, "{}: written, {}", file.display(), summary(&map));
    Ok(0)
}

fn generate(file: &Path, stages: usize, lanes: usize, touchpoints: usize, seed: u64, out: &mut dyn Write) -> Result<i32, String> {
    let map = crate::model::generate_with_lanes(stages, lanes, touchpoints, seed);
    format::save_new(&map, file).map_err(|e| e.to_string())?;
    let _ = writeln!(out, "{}: written, {}", file.display(), summary(&map));
    Ok(0)
}

fn fmt(file: &Path, out: &mut dyn Write) -> Result<i32, String> {
    let loaded = format::load_file(file).map_err(|e: FileError| e.to_string())?;
    if loaded.from_image() {
        return Err(format!(
            "{} is an image with a map inside; fmt rewrites map files only (open it in the app and use Save As to get a map file)",
            file.display()
        ));
    }
    // fmt changes layout, never content: a map that needs repairs is left for a person
    // to open, review and save.
    if loaded.was_repaired() {
        let notes: Vec<String> = loaded.notes.iter().map(ToString::to_string).collect();
        return Err(format!(
            "{} needs repairs, so fmt leaves it unchanged (open and save it in the app to apply them): {}",
            file.display(),
            notes.join("; ")
        ));
    }
    let canonical = format::to_canonical_json(&loaded.map);
    // An already-canonical file is left alone, mtime included, so that build tools and
    // sync clients see no change.
    if std::fs::read(file).ok().as_deref() == Some(canonical.as_bytes()) {
        let _ = writeln!(out, "{}: already canonical", file.display());
        return Ok(0);
    }
    format::save_atomic(file, canonical.as_bytes()).map_err(|e| e.to_string())?;
    let _ = writeln!(out, "{}: rewritten", file.display());
    Ok(0)
}

fn export(file: &Path, format: Option<Format>, options: &Options, output: &Path, out: &mut dyn Write) -> Result<i32, String> {
    let format = match format {
        Some(f) => f,
        None => output
            .extension()
            .and_then(|e| Format::from_extension(&e.to_string_lossy()))
            .ok_or_else(|| format!("cannot tell the format from {}; give --format png, svg, pdf, html, csv or md", output.display()))?,
    };
    export::check_target(Some(file), output).map_err(|e| e.to_string())?;
    let loaded = format::load_file(file).map_err(|e: FileError| e.to_string())?;
    export::export_file(&loaded.map, format, options, output, &export::Quiet).map_err(|e| e.to_string())?;
    let _ = writeln!(out, "{}: written, {}", output.display(), summary(&loaded.map));
    Ok(0)
}

/// The language of the desktop session, read the way gettext does.
fn session_language() -> Language {
    ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty())
        .map(|v| Language::from_tag(v.split(':').next().unwrap_or("")))
        .unwrap_or_default()
}
