//! Headless subcommands of the `journey-mapper` binary, for scripts and tests. They use
//! the same loader and writer as the app.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, Parser, Subcommand};

use crate::export::{self, Delimiter, Format, Language, Options, Paper};
use crate::format::{self, FileError};
use crate::messages;
use crate::model::{sample_map, Map};

#[derive(Parser, Debug)]
#[command(
    name = "journey-mapper",
    version,
    about = "Journey Mapper: customer journey maps. Without a subcommand, opens the app (on FILE if given).",
    override_usage = "journey-mapper [FILE]...\n       journey-mapper <COMMAND>"
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
    /// Show what changed from map OLD to map NEW, grouped by stage (exit 0 none, 1 some, 2 a
    /// file could not be read).
    Diff {
        #[arg(value_name = "OLD")]
        old: PathBuf,
        #[arg(value_name = "NEW")]
        new: PathBuf,
        /// text (sentences, grouped by stage) or json (the list FORMAT.md documents).
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
        /// Language of the sentences (en, ru, pl); by default the session's.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Merge OURS and THEIRS, two copies edited from BASE, into OUT (exit 0 merged cleanly,
    /// 1 with conflicts, our values kept and recorded in OUT, 2 a file could not be read).
    Merge {
        #[arg(value_name = "BASE")]
        base: PathBuf,
        #[arg(value_name = "OURS")]
        ours: PathBuf,
        #[arg(value_name = "THEIRS")]
        theirs: PathBuf,
        /// Where the merged map goes; OURS itself may be given (as git's merge driver does),
        /// BASE and THEIRS may not.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
        /// The name to call OUT by in what is said about the conflicts (git's merge driver
        /// passes the map's path, %P: its OUT is a temporary file).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Language of the conflicts' sentences (en, ru, pl); by default the session's.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Set up the git repository you are in for maps: git merges *.journey.json with
    /// `merge` and shows their changes as outlines (`textconv`). Safe to run again.
    GitSetup {
        /// Language of what it says (en, ru, pl); by default the session's.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Print FILE as an outline of the map, one line per thing, for git to diff instead of
    /// the JSON; a file that is not a readable map is printed as it is.
    Textconv {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Language of the outline's words (en, ru, pl); by default the session's, which is
        /// what git gives it.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Read FILE, a map made elsewhere, into a new map written to MAP (never overwrites):
    /// a sheet (.csv, .tsv, .xlsx, .xls, .ods) with a stage and a touchpoint column, or a
    /// Mermaid journey (.mmd, or the first ```mermaid journey block of a .md).
    /// Exit 0 imported (what could not be read is listed on stderr), 1 nothing imported.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[arg(short = 'o', long = "output", value_name = "MAP")]
        output: PathBuf,
        /// The sheet of a workbook to read; the first by default.
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Language of what it says (en, ru, pl); by default the session's.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Update the metrics of MAP's touchpoints from a sheet (a survey tool's or analytics
    /// export, .csv/.tsv/.xlsx/.ods): a column naming the touchpoint (its id or title) and
    /// one column per metric. MAP is rewritten atomically, everything else kept. Exit 0
    /// updated, 1 nothing changed (rows that match no card or several are listed), 2 wrong usage.
    Metrics {
        #[arg(value_name = "MAP")]
        map: PathBuf,
        #[arg(long = "from", value_name = "FILE")]
        from: PathBuf,
        /// The sheet of a workbook to read; the first by default.
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// The day the values were measured (YYYY-MM-DD), for rows without a date column.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<String>,
        /// Language of what it says (en, ru, pl); by default the session's.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Export FILE as an image, PDF, web page, spreadsheet (CSV, XLSX), Markdown or Mermaid diagram to OUT.
    Export {
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// png, svg, pdf, html, csv, xlsx, md or mermaid (mmd); by default, from OUT's extension.
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
        /// PNG, SVG, PDF, HTML: the measure shown on the cards and under the stage headers: a
        /// metric's name (any case), a criterion's id or name, or none; by default the map's
        /// first metric, else its first criterion.
        #[arg(long, value_name = "NAME")]
        measure: Option<String>,
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
    },
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::from_extension(s).ok_or_else(|| format!("unknown format {s:?}; use png, svg, pdf, html, csv, xlsx, md or mermaid (mmd)"))
}

fn parse_paper(s: &str) -> Result<Paper, String> {
    serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase()))
        .map_err(|_| format!("unknown paper {s:?}; use map, a4, a3 or letter"))
}

fn parse_delimiter(s: &str) -> Result<Delimiter, String> {
    serde_json::from_value(serde_json::Value::String(s.to_ascii_lowercase()))
        .map_err(|_| format!("unknown delimiter {s:?}; use comma or semicolon"))
}

/// What the binary does with its arguments. Decided before any window toolkit starts, so
/// that a wrong word or a missing display ends in a message, never in a toolkit's panic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Launch {
    /// A headless subcommand, `--help` or `--version`: hand the arguments to [`run`].
    Subcommand,
    /// Open the app's window on these files (none: the sample, or the recovered maps).
    Window(Vec<PathBuf>),
    /// Start nothing: print `message` on stderr and exit with `code` (2 usage, 1 no display).
    Refuse { code: u8, message: String },
}

/// What [`front_door`] needs to know about the world, given rather than read so that the
/// decision is tested without files or a display.
#[derive(Clone, Copy)]
pub struct Surroundings {
    pub exists: fn(&Path) -> bool,
    pub has_display: bool,
    pub language: Language,
}

impl Surroundings {
    /// This process's: the real file system, its display and its session's language.
    pub fn of_this_process() -> Self {
        Surroundings { exists: |p| p.exists(), has_display: display_available(), language: session_language() }
    }
}

/// True unless this is a desktop where the window needs a graphical session and there is
/// none. On Linux and the BSDs the toolkit (GTK) panics without one, so we look for the
/// X11 or Wayland display it would connect to; macOS and Windows always have their own.
pub fn display_available() -> bool {
    if cfg!(all(unix, not(any(target_os = "macos", target_os = "ios", target_os = "android")))) {
        ["DISPLAY", "WAYLAND_DISPLAY"].iter().any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()))
    } else {
        true
    }
}

/// Decides what the arguments (program name first) ask for. A subcommand, or a help or
/// version flag, runs headless. Any other word must be a file to open: an unknown option,
/// or a word that is no file, is a usage error (exit 2), as a mistyped subcommand most
/// likely is. Only then does a missing display matter (exit 1), so that a typo is reported
/// as a typo on a server too.
pub fn front_door(args: &[OsString], world: &Surroundings) -> Launch {
    let words = args.get(1..).unwrap_or_default();
    if words.first().and_then(|w| w.to_str()).is_some_and(is_headless_word) {
        return Launch::Subcommand;
    }
    let mut files = Vec::new();
    let mut options_ended = false;
    for word in words {
        if !options_ended && word == "--" {
            options_ended = true;
            continue;
        }
        let looks_like_option = !options_ended && word.to_string_lossy().starts_with('-') && word != "-";
        let key = if looks_like_option {
            "cli-unknown-option"
        } else if (world.exists)(Path::new(word)) {
            files.push(PathBuf::from(word));
            continue;
        } else {
            "cli-unknown-word"
        };
        let shown = word.to_string_lossy().into_owned();
        let message = messages::text(world.language, key, &[("word", &shown)]);
        return Launch::Refuse { code: 2, message: usage_error(&message) };
    }
    if !world.has_display {
        let subcommands = headless_subcommands().join(", ");
        let message = messages::text(world.language, "cli-no-display", &[("subcommands", &subcommands)]);
        return Launch::Refuse { code: 1, message: format!("journey-mapper: {message}\n") };
    }
    Launch::Window(files)
}

/// The subcommands that need no window, as clap knows them (so a new one is listed
/// without being named twice).
fn headless_subcommands() -> Vec<String> {
    Cli::command().get_subcommands().map(|c| c.get_name().to_owned()).filter(|n| n != "help").collect()
}

fn is_headless_word(word: &str) -> bool {
    matches!(word, "help" | "-h" | "--help" | "-V" | "--version")
        || Cli::command().get_subcommands().any(|c| c.get_name() == word || c.get_all_aliases().any(|a| a == word))
}

/// `error: …`, then the usage and the list of subcommands, laid out by clap as its own
/// usage errors are, and the hint to `--help`.
fn usage_error(message: &str) -> String {
    let mut cmd = Cli::command().help_template("{usage-heading} {usage}\n\nCommands:\n{subcommands}");
    let usage = cmd.render_help().to_string();
    format!("error: {message}\n\n{}\n\nFor more information, try '--help'.\n", usage.trim_end())
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
        Command::Diff { old, new, format, lang } => {
            let language = lang.map_or_else(session_language, |tag| Language::from_tag(&tag));
            return diff(&old, &new, format == "json", language, out, err);
        }
        Command::Merge { base, ours, theirs, output, name, lang } => {
            let language = lang.map_or_else(session_language, |tag| Language::from_tag(&tag));
            let name = name.unwrap_or_else(|| output.display().to_string());
            return merge(&base, &ours, &theirs, &output, &name, language, err);
        }
        Command::GitSetup { lang } => {
            let language = lang.map_or_else(session_language, |tag| Language::from_tag(&tag));
            return git_setup(language, out, err);
        }
        Command::Textconv { file, lang } => {
            let language = lang.map_or_else(session_language, |tag| Language::from_tag(&tag));
            return textconv(&file, language, out, err);
        }
        Command::Import { file, output, sheet, lang } => {
            let language = lang.map_or_else(session_language, |tag| Language::from_tag(&tag));
            return import(&file, &output, sheet.as_deref(), language, out, err);
        }
        Command::Metrics { map, from, sheet, date, lang } => {
            let language = lang.map_or_else(session_language, |tag| Language::from_tag(&tag));
            return metrics(&map, &from, sheet.as_deref(), date.as_deref(), language, out, err);
        }
        Command::Export { file, format, scale, paper, delimiter, lang, measure, output } => {
            let language = match lang {
                Some(tag) => Language::from_tag(&tag),
                None => session_language(),
            };
            let options = Options { scale, paper, delimiter, language, measure: None };
            export(&file, format, options, measure.as_deref(), &output, out, err)
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
        match read(file, err) {
            Some(loaded) if loaded.notes.is_empty() => {
                let _ = writeln!(out, "{}: ok, {}", file.display(), summary(&loaded.map));
            }
            Some(loaded) => {
                let notes: Vec<String> = loaded.notes.iter().map(ToString::to_string).collect();
                let _ = writeln!(out, "{}: opens, {}; {}", file.display(), summary(&loaded.map), notes.join("; "));
            }
            None => code = 1,
        }
    }
    Ok(code)
}

/// Reads a map, or says on `err` why it cannot, in the one line `check` prints for it (the
/// file, where, what was expected): every subcommand that reads maps says it the same way.
fn read(file: &Path, err: &mut dyn Write) -> Option<format::Loaded> {
    match format::load_file(file) {
        Ok(loaded) => Some(loaded),
        Err(e) => {
            let _ = writeln!(err, "{e}");
            None
        }
    }
}

/// `diff OLD NEW`: exit 0 when the maps are the same, 1 when they differ, 2 when either file
/// cannot be read, as diff(1) does.
fn diff(old: &Path, new: &Path, json: bool, lang: Language, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    // Both files are read, so that both problems are told at once.
    let (Some(a), Some(b)) = (read(old, err), read(new, err)) else { return 2 };
    let changes = crate::diff::diff(&a.map, &b.map);
    let written = if json {
        // Our own types always serialise.
        let text = serde_json::to_string_pretty(&changes).unwrap_or_default();
        writeln!(out, "{text}")
    } else {
        let mut text = String::new();
        for (section, list) in crate::diff::sections(&a.map, &b.map, &changes) {
            text.push_str(&section.heading(lang));
            text.push('\n');
            for change in list {
                text.push_str("  ");
                text.push_str(&change.sentence(lang));
                text.push('\n');
            }
        }
        write!(out, "{text}")
    };
    match written {
        Err(e) => {
            let _ = writeln!(err, "journey-mapper: {e}");
            2
        }
        Ok(()) => i32::from(!changes.is_empty()),
    }
}

/// `merge BASE OURS THEIRS -o OUT`: exit 0 merged cleanly, 1 with conflicts (OUT written
/// all the same, a valid map recording them, each said on `err`), 2 when a file cannot be
/// read or written, or OUT is BASE or THEIRS (writing over OURS is what git's merge driver
/// asks for, so that one is allowed).
fn merge(base: &Path, ours: &Path, theirs: &Path, output: &Path, name: &str, lang: Language, err: &mut dyn Write) -> i32 {
    for input in [base, theirs] {
        if same_file(input, output) {
            let _ = writeln!(err, "{}", crate::i18n::text(lang, "merge-out-is-input", &[("file", &input.display().to_string())]));
            return 2;
        }
    }
    // All three are read, so that every problem is told at once.
    let (b, o, t) = (read(base, err), read(ours, err), read(theirs, err));
    let (Some(b), Some(o), Some(t)) = (b, o, t) else { return 2 };
    let merged = crate::merge::merge(&b.map, &o.map, &t.map);
    if let Err(e) = format::save_atomic(output, format::to_canonical_json(&merged.map).as_bytes()) {
        let _ = writeln!(err, "journey-mapper: {e}");
        return 2;
    }
    if merged.conflicts.is_empty() {
        return 0;
    }
    let mut text = crate::i18n::text(
        lang,
        "merge-heading",
        &[("count", &merged.conflicts.len()), ("file", &name)],
    );
    text.push('\n');
    for conflict in &merged.conflicts {
        text.push_str("  ");
        text.push_str(&conflict.sentence(lang));
        text.push('\n');
    }
    let _ = write!(err, "{text}");
    1
}

/// `git-setup`: registers the maps of the repository the current folder is in (exit 0),
/// or says why it cannot (exit 2 outside a work tree or without git, 1 when it failed).
fn git_setup(lang: Language, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    use crate::messages::Localize;
    let dir = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    match crate::git::setup(&dir, &crate::git::program_of_this_process()) {
        Ok(done) => {
            let _ = write!(out, "{}", done.report(lang));
            0
        }
        Err(e) => {
            let _ = writeln!(err, "{}", e.message(lang));
            e.exit_code()
        }
    }
}

/// `textconv FILE`: the map's outline, or (when it is not a map this build reads: broken,
/// with conflict markers) the file as it is, so that git always has something to show.
/// Exit 0, or 1 when the file cannot be read at all.
fn textconv(file: &Path, lang: Language, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            // Said as `check` says a file it cannot read.
            use crate::messages::Localize;
            let _ = writeln!(err, "{}", FileError::new(file, format::LoadError::Io(e)).message(lang));
            return 1;
        }
    };
    let written = match format::parse(&bytes) {
        Ok(loaded) => out.write_all(crate::git::outline(&loaded.map, lang).as_bytes()),
        Err(_) => out.write_all(&bytes),
    };
    match written {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "journey-mapper: {e}");
            1
        }
    }
}

/// The same file, by path or (when both exist) by what they point to.
fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((a.canonicalize(), b.canonicalize()), (Ok(x), Ok(y)) if x == y)
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

/// `export FILE -o OUT`: 0 written, 1 a file could not be read or written, 2 a `--measure`
/// the map does not have (said with the measures it has).
fn export(
    file: &Path,
    format: Option<Format>,
    mut options: Options,
    measure: Option<&str>,
    output: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32, String> {
    let format = match format {
        Some(f) => f,
        None => output
            .extension()
            .and_then(|e| Format::from_extension(&e.to_string_lossy()))
            .ok_or_else(|| format!("cannot tell the format from {}; give --format png, svg, pdf, html, csv, xlsx, md or mermaid (mmd)", output.display()))?,
    };
    export::check_target(Some(file), output).map_err(|e| e.to_string())?;
    let loaded = format::load_file(file).map_err(|e: FileError| e.to_string())?;
    if let Some(name) = measure {
        // Named against the map, so a typo is told rather than shown as the default.
        match loaded.map.measures().find(name) {
            Ok(chosen) => options.measure = Some(chosen),
            Err(e) => {
                let _ = writeln!(err, "journey-mapper: {}: {e}", file.display());
                return Ok(2);
            }
        }
    }
    export::export_file(&loaded.map, format, &options, output, &export::Quiet).map_err(|e| e.to_string())?;
    let _ = writeln!(out, "{}: written, {}", output.display(), summary(&loaded.map));
    Ok(0)
}

/// `import FILE -o MAP`: exit 0 with MAP written and each line that could not be read said
/// on `err`, 1 when nothing could be imported or MAP could not be written (it exists).
fn import(file: &Path, output: &Path, sheet: Option<&str>, lang: Language, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    use crate::messages::Localize;
    let options = crate::import::Options { sheet: sheet.map(str::to_owned), layout: None };
    let imported = match crate::import::import_file(file, &options) {
        Ok(imported) => imported,
        // A file that cannot be read is named by its message; any other is named here.
        Err(e @ crate::import::ImportError::Read { .. }) => {
            let _ = writeln!(err, "journey-mapper: {}", e.message(lang));
            return 1;
        }
        Err(e) => {
            let _ = writeln!(err, "journey-mapper: {}: {}", file.display(), e.message(lang));
            return 1;
        }
    };
    if let Err(e) = format::save_new(&imported.map, output) {
        let _ = writeln!(err, "journey-mapper: {}", e.message(lang));
        return 1;
    }
    for note in &imported.notes {
        let _ = writeln!(err, "{}: {}", file.display(), note.message(lang));
    }
    let map = &imported.map;
    let said = crate::i18n::text(
        lang,
        "import-written",
        &[("file", &output.display().to_string()), ("stages", &map.stages.len()), ("touchpoints", &map.touchpoints.len())],
    );
    let _ = writeln!(out, "{said}");
    0
}

/// A `--date`: a real day written `YYYY-MM-DD`.
fn parse_date(text: &str) -> Result<String, String> {
    let ok = crate::model::valid_date(text);
    if ok { Ok(text.to_owned()) } else { Err(format!("“{text}” is not a date written YYYY-MM-DD")) }
}

/// `metrics MAP --from FILE`: exit 0 with MAP rewritten and each cell passed over said on
/// `err`; 1 when MAP or FILE cannot be read, or a row matches no card or several (each
/// listed), and then MAP is left as it was.
fn metrics(map_path: &Path, from: &Path, sheet: Option<&str>, date: Option<&str>, lang: Language, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    use crate::import::{measures, preview, ImportError};
    use crate::messages::Localize;
    let say = |err: &mut dyn Write, text: String| {
        let _ = writeln!(err, "journey-mapper: {text}");
    };
    let loaded = match format::load_file(map_path) {
        Ok(loaded) => loaded,
        Err(e) => {
            say(err, e.message(lang));
            return 1;
        }
    };
    // Only the metrics change: a map the loader had to repair is left for a person to
    // open, review and save first.
    if loaded.was_repaired() || loaded.from_image() {
        let id = if loaded.from_image() { "metrics-map-is-image" } else { "metrics-map-repaired" };
        say(err, crate::i18n::text(lang, id, &[("file", &map_path.display().to_string())]));
        return 1;
    }
    let read = crate::import::kind_of(from)
        .and_then(|kind| Ok((kind, crate::import::read_file(from)?)))
        .and_then(|(kind, bytes)| preview::read_sheet(&bytes, kind, sheet))
        .and_then(|sheet| measures::read(&sheet.table, &loaded.map, date));
    let measured = match read {
        Ok(m) => m,
        Err(e @ ImportError::Read { .. }) => {
            say(err, e.message(lang));
            return 1;
        }
        Err(e) => {
            say(err, format!("{}: {}", from.display(), e.message(lang)));
            return 1;
        }
    };
    if !measured.unmatched.is_empty() {
        let rows: Vec<String> = measured
            .unmatched
            .iter()
            .map(|r| crate::i18n::text(lang, "metrics-row-unmatched", &[("row", &r.row), ("touchpoint", &r.touchpoint.as_str()), ("cards", &r.cards)]))
            .collect();
        let said = crate::i18n::text(lang, "metrics-unmatched", &[("file", &from.display().to_string()), ("count", &rows.len()), ("map", &map_path.display().to_string())]);
        say(err, said);
        for row in rows {
            let _ = writeln!(err, "  {row}");
        }
        return 1;
    }
    for note in &measured.notes {
        let _ = writeln!(err, "{}: {}", from.display(), note.message(lang));
    }
    let mut map = loaded.map;
    measures::apply_all(&mut map, &measured);
    if let Err(e) = format::save_map(&map, map_path) {
        say(err, e.message(lang));
        return 1;
    }
    let cards: std::collections::BTreeSet<&str> = measured.updates.iter().map(|(id, _)| id.as_str()).collect();
    let said = crate::i18n::text(
        lang,
        "metrics-written",
        &[("file", &map_path.display().to_string()), ("values", &measured.updates.len()), ("touchpoints", &cards.len())],
    );
    let _ = writeln!(out, "{said}");
    0
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

#[cfg(test)]
mod tests {
    use super::*;

    fn args(words: &[&str]) -> Vec<OsString> {
        std::iter::once("journey-mapper").chain(words.iter().copied()).map(OsString::from).collect()
    }

    /// Only `map.journey.json`, `export.png` and the folder `maps` exist.
    fn world(has_display: bool) -> Surroundings {
        Surroundings {
            exists: |p| ["map.journey.json", "export.png", "maps"].iter().any(|f| p == Path::new(f)),
            has_display,
            language: Language::En,
        }
    }

    fn refused(launch: Launch) -> (u8, String) {
        match launch {
            Launch::Refuse { code, message } => (code, message),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn subcommands_help_and_version_run_headless_with_or_without_a_display() {
        for words in [&["check", "x"][..], &["new", "a.json"], &["schema"], &["export"], &["diff", "a", "b"], &["merge", "a", "b", "c", "-o", "d"], &["git-setup"], &["textconv", "a"], &["import", "a.mmd", "-o", "b"], &["metrics", "m", "--from", "f"], &["help"], &["--help"], &["-h"], &["--version"], &["-V"]] {
            for display in [true, false] {
                assert_eq!(front_door(&args(words), &world(display)), Launch::Subcommand, "{words:?}");
            }
        }
    }

    #[test]
    fn existing_files_open_in_the_window() {
        assert_eq!(front_door(&args(&[]), &world(true)), Launch::Window(vec![]));
        assert_eq!(
            front_door(&args(&["map.journey.json", "export.png", "maps"]), &world(true)),
            Launch::Window(vec!["map.journey.json".into(), "export.png".into(), "maps".into()])
        );
    }

    #[test]
    fn an_unknown_word_or_a_missing_file_is_a_usage_error_with_the_subcommands() {
        for (words, word) in [
            (&["frobnicate", "a", "b"][..], "frobnicate"),
            (&["nosuch.journey.json"], "nosuch.journey.json"),
            (&["map.journey.json", "gone.journey.json"], "gone.journey.json"),
        ] {
            // Without a display too: the typo is what the user needs to hear about.
            for display in [true, false] {
                let (code, message) = refused(front_door(&args(words), &world(display)));
                assert_eq!(code, 2, "{words:?}");
                assert!(message.starts_with(&format!("error: '{word}' is neither a subcommand nor an existing file\n")), "{message}");
                assert!(message.contains("Usage: journey-mapper [FILE]..."), "{message}");
                for sub in ["check", "new", "fmt", "schema", "generate", "diff", "merge", "git-setup", "textconv", "import", "metrics", "export"] {
                    assert!(message.lines().any(|l| l.trim_start().starts_with(sub)), "{sub} listed: {message}");
                }
                assert!(message.ends_with("For more information, try '--help'.\n"), "{message}");
            }
        }
    }

    #[test]
    fn an_unknown_option_is_a_usage_error_even_next_to_a_file() {
        for words in [&["--bogus"][..], &["-x"], &["map.journey.json", "--bogus"]] {
            let (code, message) = refused(front_door(&args(words), &world(true)));
            assert_eq!(code, 2);
            assert!(message.starts_with("error: unexpected argument '-"), "{message}");
            assert!(message.contains("Commands:"), "{message}");
        }
    }

    #[test]
    fn after_a_double_dash_a_word_is_a_file_even_if_it_starts_with_a_dash() {
        let world = Surroundings { exists: |p| p == Path::new("-odd.journey.json"), ..world(true) };
        assert_eq!(front_door(&args(&["--", "-odd.journey.json"]), &world), Launch::Window(vec!["-odd.journey.json".into()]));
        assert_eq!(refused(front_door(&args(&["--", "-gone"]), &world)).0, 2);
    }

    #[test]
    fn the_window_without_a_display_is_one_sentence_naming_what_works_headless() {
        for words in [&[][..], &["map.journey.json"]] {
            let (code, message) = refused(front_door(&args(words), &world(false)));
            assert_eq!(code, 1);
            assert_eq!(
                message,
                "journey-mapper: the window needs a graphical display and none was found (neither DISPLAY nor \
                 WAYLAND_DISPLAY is set); without one, these subcommands work: check, new, fmt, schema, generate, diff, merge, git-setup, \
                 textconv, import, metrics, export\n"
            );
        }
        let russian = Surroundings { language: Language::Ru, ..world(false) };
        let (_, message) = refused(front_door(&args(&[]), &russian));
        assert!(message.contains("графический дисплей") && message.contains("check, new, fmt"), "{message}");
    }

    #[test]
    fn a_word_that_looks_like_a_parameter_is_shown_as_it_is() {
        let (_, message) = refused(front_door(&args(&["{subcommands}"]), &world(true)));
        assert!(message.starts_with("error: '{subcommands}' is neither"), "{message}");
    }
}
