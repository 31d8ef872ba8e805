//! App benchmarks: the release build of Journey Mapper in a real window under Xvfb, beside a
//! blank Tauri 2 window built with the same settings (tests/bench/blank-window), driven through
//! tauri-driver and WebKitWebDriver by the e2e harness. Prints a markdown table.
//!
//! Run with `bash .ci/bench-app` (builds both apps in release with the UI first). Binaries:
//! `$JOURNEY_MAPPER_BIN` (default target/release/journey-mapper) and `$BLANK_WINDOW_BIN`
//! (default target/release/journey-mapper-blank-window). `--runs N`: start-ups of each
//! (default 10); `--opens N`: opens of the 10,000-touchpoint map (5); `--edits N`: edits timed
//! (100); `--drags N`: drags (3).
//!
//! How each figure is taken:
//! - Start-up: each launch goes through a tiny wrapper script that writes the wall-clock time
//!   and then `exec`s the binary, so "process start" is the moment the binary is executed. The
//!   page marks `jm:rendered` when its first screen is in the DOM (the app: its map, in
//!   ui/src/lib/perf.ts; the blank window: its ready.js), `jm:laid-out` once its style and
//!   layout are done (forced at once), `jm:frame` when the frame that shows it begins (its
//!   rAF), and `jm:painted` once that frame is painted, when `data-ready` appears; the time origin plus a mark is on the same wall clock.
//!   WebDriver only reads the marks afterwards, so its session overhead does not count, for
//!   either. Runs alternate app and blank window. Then the app's first screen, taken as data,
//!   is built and painted in a blank window just started, without any of the app's scripts.
//! - Memory: the sum of PSS (/proc/PID/smaps_rollup) of the app process and every process
//!   under it (WebKitWebProcess, WebKitNetworkProcess), once the sum has settled.
//! - Edit round trip: a real key press (WebDriver) of 1/2/3 on a selected card; the page times
//!   from its keydown to the card's `data-sentiment` change (IPC to the core, apply, patch,
//!   Svelte update), to the next painted frame, and to the frame that shows the summaries
//!   (the status bar's totals changing, one frame later) painted. Bytes each way are read from the IPC's own
//!   requests (a wrapper around `fetch`, installed after the timed edits).
//! - Drag: requestAnimationFrame deltas in the page while WebDriver pointer actions drag a
//!   card across five stages of a 2,000-card map and back, one 16 px step per frame; beside
//!   them, the app's pointermove handler time and each frame's rendering work. Then the same
//!   at 50 % zoom (the pointer placed by the card's rectangle on screen), the same columns far.
//! - Zoom step: on the 10,000 map, Ctrl+- (as the key's event) down to 25 % and Ctrl+= back to
//!   100 %, each step timed from the key to the next painted frame (the step shown, scaled),
//!   and to the frame after the board is laid out at the new level once the keys rest.
//! - Where the time goes (the profile rows): marks and timers in the page, read after the fact.
//!
//! Waits are for conditions (WebDriver polling, promises in the page), never fixed sleeps.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use journey_mapper_e2e::{workspace_root, App, Launch, PATIENCE};
use serde_json::{json, Value};

const START_FILE_VAR: &str = "JM_BENCH_START_FILE";

struct Target {
    name: &'static str,
    bin: PathBuf,
    wrapper: PathBuf,
}

struct Options {
    runs: usize,
    edits: usize,
    opens: usize,
    drags: usize,
}

fn parse_options() -> Options {
    let mut o = Options { runs: 10, edits: 100, opens: 5, drags: 3 };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = || -> usize {
            args.get(i + 1).and_then(|v| v.parse().ok()).unwrap_or_else(|| usage(&format!("{} needs a number", args[i])))
        };
        match args[i].as_str() {
            "--runs" => o.runs = value(),
            "--edits" => o.edits = value(),
            "--opens" => o.opens = value(),
            "--drags" => o.drags = value(),
            "-h" | "--help" => usage(""),
            other => usage(&format!("unknown argument {other}")),
        }
        i += 2;
    }
    o
}

fn usage(why: &str) -> ! {
    if !why.is_empty() {
        eprintln!("app-bench: {why}");
    }
    eprintln!("usage: app-bench [--runs N] [--edits N] [--opens N] [--drags N]");
    std::process::exit(2);
}

fn binary(var: &str, default: &str) -> PathBuf {
    let path = std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| workspace_root().join(default));
    if !path.exists() {
        eprintln!("app-bench: {} not found; build it first (bash .ci/bench-app does)", path.display());
        std::process::exit(1);
    }
    path.canonicalize().expect("binary path")
}

/// A script that notes the wall-clock time, then becomes the binary: "process start".
fn wrapper(dir: &Path, name: &str, bin: &Path) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join(format!("start-{name}.sh"));
    let script = format!(
        "#!/bin/bash\nprintf '%s' \"$EPOCHREALTIME\" > \"${START_FILE_VAR}\"\nexec {} \"$@\"\n",
        shell_quote(&bin.display().to_string())
    );
    std::fs::write(&path, script).expect("wrapper script");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("wrapper mode");
    path
}

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// One launch of a target, with the file its wrapper writes the start time to.
struct Run {
    app: App,
    start_file: PathBuf,
    bin: PathBuf,
}

async fn launch(target: &Target, args: Vec<String>, tmp: &Path, seq: usize) -> Run {
    let start_file = tmp.join(format!("start-{}-{seq}", target.name));
    let _ = std::fs::remove_file(&start_file);
    // The harness starts $JOURNEY_MAPPER_BIN; this program is single-threaded (see main).
    std::env::set_var("JOURNEY_MAPPER_BIN", &target.wrapper);
    let launch = Launch { args, env: Vec::new() }.env(START_FILE_VAR, start_file.display().to_string());
    let app = App::launch(launch).await;
    Run { app, start_file, bin: target.bin.clone() }
}

/// When the page got to each point, in ms since process start.
struct Marks {
    /// Navigation start (`performance.timeOrigin`): the Rust side, GTK and WebKit are up.
    nav: f64,
    /// The page's scripts have run (`DOMContentLoaded` ended).
    scripts: f64,
    /// The app's UI is mounted and asks the core for its map (the app only).
    mounted: Option<f64>,
    /// The first screen is in the DOM (the app: the map received and rendered by Svelte).
    rendered: f64,
    /// Its style and layout are done (forced at once: the board's first measuring would).
    laid_out: f64,
    /// The frame that shows it begins (its rAF callback), after the scripts that follow.
    frame: f64,
    /// That frame is painted; `data-ready` appears then.
    painted: f64,
}

/// The page's marks, once the first screen is painted (`data-ready`).
async fn marks(run: &Run) -> Marks {
    run.app.ready().await;
    let end = Instant::now() + PATIENCE;
    let v = loop {
        let v = run
            .app
            .eval(
                "const m = (n) => { const e = performance.getEntriesByName(n, 'mark')[0]; return e ? e.startTime : null; };
                 const nav = performance.getEntriesByType('navigation')[0];
                 return { origin: performance.timeOrigin, scripts: nav ? nav.domContentLoadedEventEnd : null, mounted: m('jm:mounted'),
                          rendered: m('jm:rendered'), frame: m('jm:frame'), laidOut: m('jm:laid-out'), painted: m('jm:painted') };",
            )
            .await;
        if ["scripts", "rendered", "frame", "laidOut", "painted"].iter().all(|k| v[k].is_number()) {
            break v;
        }
        assert!(Instant::now() < end, "the page never marked jm:rendered, jm:laid-out and jm:painted: {v}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let start_s: f64 = std::fs::read_to_string(&run.start_file)
        .expect("the wrapper wrote the start time")
        .trim()
        .parse()
        .expect("a start time");
    let nav = v["origin"].as_f64().unwrap() - start_s * 1000.0;
    let at = |k: &str| nav + v[k].as_f64().unwrap();
    Marks {
        nav,
        scripts: at("scripts"),
        mounted: v["mounted"].as_f64().map(|m| nav + m),
        rendered: at("rendered"),
        frame: at("frame"),
        laid_out: at("laidOut"),
        painted: at("painted"),
    }
}

/// The rendering work of a frame that repaints the whole window (the body's background
/// changes each frame), median of 11 frames: rAF to a message posted from it.
const REPAINT_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
const out = [];
const channel = new MessageChannel();
let at = 0;
channel.port1.onmessage = () => { out.push(performance.now() - at); if (out.length < 12) requestAnimationFrame(step); else { document.body.style.backgroundColor = ''; done(out.slice(1)); } };
function step() {
  document.body.style.backgroundColor = out.length % 2 ? '#f5f6f7' : '#f5f6f8';
  at = performance.now();
  channel.port2.postMessage(0);
}
requestAnimationFrame(step);
"#;

async fn repaint(app: &App) -> f64 {
    let v = app.client.execute_async(REPAINT_SCRIPT, vec![]).await.expect("repaint script");
    median(&v.as_array().map(|a| a.iter().filter_map(Value::as_f64).collect::<Vec<_>>()).unwrap_or_default())
}

// ---------------------------------------------------------------------------- processes

fn proc_table() -> HashMap<u32, (u32, String)> {
    let mut table = HashMap::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { continue };
        // pid (comm) state ppid ...: comm may hold spaces and parentheses.
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else { continue };
        let comm = stat[open + 1..close].to_string();
        let ppid = stat[close + 2..].split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
        table.insert(pid, (ppid, comm));
    }
    table
}

/// The app process of this run: the binary, with this run's start-file variable.
fn app_pid(run: &Run) -> Option<u32> {
    let tag = format!("{START_FILE_VAR}={}", run.start_file.display());
    proc_table().into_keys().find(|pid| {
        std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|exe| exe == run.bin)
            && std::fs::read(format!("/proc/{pid}/environ"))
                .is_ok_and(|env| env.split(|b| *b == 0).any(|kv| kv == tag.as_bytes()))
    })
}

/// The process and everything under it: (pid, name).
fn tree(root: u32) -> Vec<(u32, String)> {
    let table = proc_table();
    let mut out = vec![(root, table.get(&root).map(|t| t.1.clone()).unwrap_or_default())];
    let mut i = 0;
    while i < out.len() {
        let parent = out[i].0;
        for (pid, (ppid, comm)) in &table {
            if *ppid == parent {
                out.push((*pid, comm.clone()));
            }
        }
        i += 1;
    }
    out
}

fn rollup_kb(pid: u32, field: &str) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with(field) && l[field.len()..].starts_with(':'))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

struct Memory {
    pss_kb: u64,
    rss_kb: u64,
    processes: Vec<(String, u64)>,
}

/// PSS and RSS of the app's process tree, once the PSS sum has stopped moving (five readings
/// 100 ms apart within 0.5%), or after ten seconds.
async fn memory(run: &Run) -> Memory {
    let end = Instant::now() + PATIENCE;
    let root = loop {
        if let Some(pid) = app_pid(run) {
            break pid;
        }
        assert!(Instant::now() < end, "app process not found");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let read = || {
        let procs = tree(root);
        let per: Vec<(String, u64)> = procs.iter().map(|(pid, name)| (name.clone(), rollup_kb(*pid, "Pss"))).collect();
        let rss: u64 = procs.iter().map(|(pid, _)| rollup_kb(*pid, "Rss")).sum();
        Memory { pss_kb: per.iter().map(|p| p.1).sum(), rss_kb: rss, processes: per }
    };
    let settle_end = Instant::now() + Duration::from_secs(10);
    let mut last: Vec<u64> = Vec::new();
    loop {
        let m = read();
        last.push(m.pss_kb);
        if last.len() >= 5 {
            let w = &last[last.len() - 5..];
            let (lo, hi) = (*w.iter().min().unwrap() as f64, *w.iter().max().unwrap() as f64);
            if hi - lo <= hi * 0.005 || Instant::now() > settle_end {
                return m;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

// ---------------------------------------------------------------------------- statistics

fn sorted(v: &[f64]) -> Vec<f64> {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    s
}

/// Nearest-rank percentile.
fn pct(v: &[f64], p: f64) -> f64 {
    let s = sorted(v);
    if s.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * s.len() as f64).ceil().max(1.0) as usize;
    s[rank.min(s.len()) - 1]
}

fn median(v: &[f64]) -> f64 {
    let s = sorted(v);
    if s.is_empty() {
        return f64::NAN;
    }
    let n = s.len();
    if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

fn ms(v: f64) -> String {
    if v < 10.0 {
        format!("{v:.1} ms")
    } else {
        format!("{v:.0} ms")
    }
}

fn mib(kb: f64) -> String {
    format!("{:.0} MiB", kb / 1024.0)
}

fn mark(ok: bool) -> &'static str {
    if ok {
        "✔"
    } else {
        "✘"
    }
}

fn values(v: &Value, key: &str) -> Vec<f64> {
    v[key].as_array().map(|a| a.iter().filter_map(Value::as_f64).collect()).unwrap_or_default()
}

// ---------------------------------------------------------------------------- the measures

struct StartUp {
    /// A full repaint's rendering work, measured in the last run.
    repaint: f64,
    nav: Vec<f64>,
    scripts: Vec<f64>,
    mounted: Vec<f64>,
    rendered: Vec<f64>,
    frame: Vec<f64>,
    laid_out: Vec<f64>,
    painted: Vec<f64>,
    pss: Vec<f64>,
    rss: Vec<f64>,
    processes: Vec<(String, u64)>,
    /// The first screen as it was painted, without its scripts (the app only; see SNAPSHOT_TAKE).
    snapshot: Value,
}

async fn start_ups(targets: &[Target; 2], runs: usize, tmp: &Path) -> [StartUp; 2] {
    let mut out: [StartUp; 2] = std::array::from_fn(|_| StartUp {
        repaint: f64::NAN,
        nav: vec![],
        scripts: vec![],
        mounted: vec![],
        rendered: vec![],
        frame: vec![],
        laid_out: vec![],
        painted: vec![],
        pss: vec![],
        rss: vec![],
        processes: vec![],
        snapshot: Value::Null,
    });
    for round in 0..runs {
        // Alternate which goes first, so that neither always follows the other.
        let order = if round % 2 == 0 { [0, 1] } else { [1, 0] };
        for which in order {
            let t = &targets[which];
            let run = launch(t, Vec::new(), tmp, round).await;
            let m = marks(&run).await;
            let mem = memory(&run).await;
            eprintln!(
                "  start-up {:<6} run {round}: navigation {:6.1} ms, scripts {:6.1}, mounted {:>6}, rendered {:6.1}, laid out {:6.1}, painted (data-ready) {:6.1} ms, PSS {} (RSS {})",
                t.name,
                m.nav,
                m.scripts,
                m.mounted.map(|x| format!("{x:.1}")).unwrap_or("-".into()),
                m.rendered,
                m.laid_out,
                m.painted,
                mib(mem.pss_kb as f64),
                mib(mem.rss_kb as f64)
            );
            let s = &mut out[which];
            s.nav.push(m.nav);
            s.scripts.push(m.scripts);
            s.mounted.extend(m.mounted);
            s.rendered.push(m.rendered);
            s.frame.push(m.frame);
            s.laid_out.push(m.laid_out);
            s.painted.push(m.painted);
            s.pss.push(mem.pss_kb as f64);
            s.rss.push(mem.rss_kb as f64);
            s.processes = mem.processes;
            if round + 1 == runs {
                if which == 0 {
                    s.snapshot = run.app.client.execute(SNAPSHOT_TAKE, vec![]).await.expect("snapshot script");
                }
                s.repaint = repaint(&run.app).await;
            }
            run.app.close().await;
        }
    }
    out
}

/// The app's first screen as data, to paint it again without the app: every element with its
/// attributes and inline style, every text, and the text of every style rule. Scripts are left
/// out (the screen is as Svelte left it).
const SNAPSHOT_TAKE: &str = r#"
const css = [...document.styleSheets].map((sheet) => { try { return [...sheet.cssRules].map((r) => r.cssText).join('\n'); } catch { return ''; } }).join('\n');
const walk = (n) => {
  if (n.nodeType === Node.TEXT_NODE) return n.data;
  if (n.nodeType !== Node.ELEMENT_NODE || n.localName === 'script') return null;
  return {
    ns: n.namespaceURI,
    tag: n.localName,
    attrs: [...n.attributes].filter((a) => a.name !== 'style').map((a) => [a.name, a.value]),
    style: n.getAttribute('style') ?? '',
    kids: [...n.childNodes].map(walk).filter((k) => k !== null),
  };
};
return { css, lang: document.documentElement.lang, body: walk(document.body), elements: document.body.getElementsByTagName('*').length };
"#;

/// In a blank window just started: the app's first screen built from SNAPSHOT_TAKE (its rules as
/// a constructed style sheet and inline styles through the CSSOM, as the CSP allows, the blank
/// page's own sheet off), then the same steps the app marks: the DOM built, its style and
/// layout (forced), the frame, its paint.
const SNAPSHOT_PAINT: &str = r#"
const [snap] = arguments, done = arguments[arguments.length - 1];
const t0 = performance.now();
for (const sheet of document.styleSheets) sheet.disabled = true;
const sheet = new CSSStyleSheet();
sheet.replaceSync(snap.css);
document.adoptedStyleSheets = [sheet];
document.documentElement.lang = snap.lang;
const build = (n) => {
  if (typeof n === 'string') return document.createTextNode(n);
  const el = document.createElementNS(n.ns, n.tag);
  for (const [k, v] of n.attrs) el.setAttribute(k, v);
  if (n.style) el.style.cssText = n.style;
  for (const k of n.kids) el.appendChild(build(k));
  return el;
};
const body = build(snap.body);
for (const [k, v] of snap.body.attrs) document.body.setAttribute(k, v);
document.body.replaceChildren(...body.childNodes);
const t1 = performance.now();
void document.documentElement.offsetHeight;
const t2 = performance.now();
requestAnimationFrame(() => {
  const t3 = performance.now();
  setTimeout(() => done({ build: t1 - t0, layout: t2 - t1, wait: t3 - t2, paint: performance.now() - t3, elements: document.body.getElementsByTagName('*').length }));
});
"#;

/// The app's first screen painted by a blank window that has just started: its style, layout
/// and paint without any of the app's scripts, one launch each.
struct Bare {
    build: Vec<f64>,
    layout: Vec<f64>,
    paint: Vec<f64>,
    elements: u64,
}

async fn bare_first_screen(blank: &Target, snapshot: &Value, runs: usize, tmp: &Path) -> Bare {
    let mut out = Bare { build: vec![], layout: vec![], paint: vec![], elements: 0 };
    for i in 0..runs {
        let run = launch(blank, Vec::new(), tmp, 3000 + i).await;
        marks(&run).await;
        let v = run.app.client.execute_async(SNAPSHOT_PAINT, vec![snapshot.clone()]).await.expect("snapshot paint");
        eprintln!("  the app's first screen in a blank window, run {i}: {v}");
        out.build.push(v["build"].as_f64().unwrap_or(f64::NAN));
        out.layout.push(v["layout"].as_f64().unwrap_or(f64::NAN));
        out.paint.push(v["paint"].as_f64().unwrap_or(f64::NAN));
        out.elements = v["elements"].as_u64().unwrap_or(0);
        run.app.close().await;
    }
    out
}

struct Open {
    ready: Vec<f64>,
    painted: Vec<f64>,
    profile: Value,
    /// The heat view switched on and off: click → the next frame painted.
    heat: Vec<f64>,
    /// A zoom step (Ctrl+- to 25 % and Ctrl+= back): key → the next frame painted, and key →
    /// the frame after the board is laid out at the new level (once the keys rest).
    zoom: Vec<f64>,
    zoom_settled: Vec<f64>,
}

/// The heat view switched on and off ten times on the open map (every generated card has
/// metrics): from the click to the frame that paints the recoloured board.
const HEAT_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const button = document.querySelector('[data-action="heat-view"]');
  if (!button || button.disabled) return done({ error: 'no heat view button on the board' });
  const times = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    button.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    times.push(performance.now() - t);
  }
  done({ times });
})().catch((e) => done({ error: String(e) }));
"#;

/// The board zoomed out step by step to 25 % and back in to 100 % with Ctrl+- and Ctrl+=
/// (sent as the keys' events): from the key to the frame that paints the board at its new
/// level.
const ZOOM_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const laidOut = () => Number(document.querySelector('[data-zoom]')?.dataset.zoom);
  const asked = () => Number(document.querySelector('[data-zoom-level]')?.value);
  if (!laidOut()) return done({ error: 'no zoomed board' });
  const press = (key, code) => window.dispatchEvent(new KeyboardEvent('keydown', { key, code, ctrlKey: true, bubbles: true, cancelable: true }));
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const times = [];
  const settled = [];
  const levels = [];
  for (const [key, code, until] of [['-', 'Minus', 0.25], ['=', 'Equal', 1]]) {
    for (let i = 0; i < 20 && asked() !== until; i++) {
      const before = asked();
      const t = performance.now();
      press(key, code);
      await frame();
      if (asked() === before) return done({ error: `the level stayed at ${before}` });
      times.push(performance.now() - t);
      levels.push(asked());
      // Laid out at the new level once the keys rest: from the key to that frame, the rest included.
      while (laidOut() !== asked()) await frame();
      await frame();
      settled.push(performance.now() - t);
    }
  }
  done({ times, settled, levels });
})().catch((e) => done({ error: String(e) }));
"#;

/// Where the time of opening the big map goes, read in the page once it is on screen.
const PROFILE_SCRIPT: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const mark = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null;
  const nav = performance.getEntriesByType('navigation')[0] ?? null;
  // The same command again, now that the page is idle: the core's answer, its transfer and
  // the IPC layer's JSON parse; then a plain JSON.parse of the same text.
  const invoke = [];
  let view = null;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    view = await window.__TAURI_INTERNALS__.invoke('load_document');
    invoke.push(performance.now() - t);
  }
  const trivial = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await window.__TAURI_INTERNALS__.invoke('preferred_languages');
    trivial.push(performance.now() - t);
  }
  const text = JSON.stringify(view);
  const parse = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    JSON.parse(text);
    parse.push(performance.now() - t);
  }
  // Style and layout of every card: widen the columns by 4px and force a layout; then the
  // frame that paints it.
  const root = document.querySelector('[data-board-scroll]');
  const width = getComputedStyle(root).getPropertyValue('--column-width');
  let t = performance.now();
  root.style.setProperty('--column-width', `calc(${width} + 4px)`);
  void document.body.offsetHeight;
  const layout = performance.now() - t;
  t = performance.now();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const frameAfterLayout = performance.now() - t;
  root.style.setProperty('--column-width', width);
  void document.body.offsetHeight;
  done({
    mounted: mark('jm:mounted'),
    ready: mark('jm:rendered'),
    painted: mark('jm:painted'),
    domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
    invoke,
    trivial,
    parse,
    bytes: new TextEncoder().encode(text).length,
    layout,
    frameAfterLayout,
    elements: document.getElementsByTagName('*').length,
    cards: document.querySelectorAll('[data-touchpoint-id]').length,
  });
})().catch((e) => done({ error: String(e) }));
"#;

async fn opens(app: &Target, file: &Path, n: usize, tmp: &Path) -> Open {
    let mut out = Open { ready: vec![], painted: vec![], profile: Value::Null, heat: vec![], zoom: vec![], zoom_settled: vec![] };
    for i in 0..n {
        let run = launch(app, vec![file.display().to_string()], tmp, 1000 + i).await;
        let m = marks(&run).await;
        eprintln!(
            "  open 10,000 run {i}: navigation {:6.1} ms, rendered {:7.1} ms, laid out {:7.1} ms, painted (data-ready) {:7.1} ms",
            m.nav, m.rendered, m.laid_out, m.painted
        );
        out.ready.push(m.rendered);
        out.painted.push(m.painted);
        if i == n - 1 {
            out.profile = run.app.client.execute_async(PROFILE_SCRIPT, vec![]).await.expect("profile script");
            eprintln!("  profile: {}", out.profile);
            let heat = run.app.client.execute_async(HEAT_SCRIPT, vec![]).await.expect("heat script");
            eprintln!("  heat view: {heat}");
            out.heat = values(&heat, "times");
            let zoom = run.app.client.execute_async(ZOOM_SCRIPT, vec![]).await.expect("zoom script");
            eprintln!("  zoom steps: {zoom}");
            out.zoom = values(&zoom, "times");
            out.zoom_settled = values(&zoom, "settled");
        }
        run.app.close().await;
    }
    out
}

struct Edits {
    dom: Vec<f64>,
    painted: Vec<f64>,
    /// DOM changed → the frame that shows it begins (the wait for the display's next frame),
    /// and that frame's rendering work (its style, layout and paint).
    frame_wait: Vec<f64>,
    frame_work: Vec<f64>,
    /// Key → the summaries (the status bar's totals, the stage's counts, the curve) painted,
    /// and the rendering work of the frame that shows them.
    summaries_painted: Vec<f64>,
    summaries_frame_work: Vec<f64>,
    sent: u64,
    received: u64,
    /// From the profile pass: key → request sent, request → answer, answer → DOM updated,
    /// the forced style + layout after the change, and key → painted.
    to_request: Vec<f64>,
    ipc: Vec<f64>,
    answer_to_dom: Vec<f64>,
    layout: Vec<f64>,
    profiled_painted: Vec<f64>,
    /// One change of the edit's made alone, once a frame: each frame's rendering work (ms).
    changes: Vec<(&'static str, f64)>,
}

/// The parts of an edit's DOM change, each made alone, once a frame for 40 frames (back and
/// forth), on the card selected: a frame's rendering work (from its rAF to a message posted
/// there) says what that change costs WebKit to lay out and repaint. `nothing` is the floor.
const ONE_CHANGE: &str = r#"
const [which] = arguments, done = arguments[arguments.length - 1];
const card = document.querySelector('[data-selected="true"]');
const stage = card.closest('[data-stage-id]');
const digits = (el) => document.createTreeWalker(el, NodeFilter.SHOW_TEXT, (n) => /\d/.test(n.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP).nextNode();
const title = [...card.querySelector('[data-card-title]').childNodes].find((n) => n.nodeType === 3);
const count = digits(document.querySelector('footer .total'));
const share = stage.querySelector('[data-sentiment-bar] > span[style]');
const segment = card.querySelector('[data-set-sentiment]');
const was = { title: title.data, count: count.data, share: share.style.flexGrow };
const change = {
  nothing: () => {},
  title: (k) => { title.data = k ? was.title + 's' : was.title; },
  count: (k) => { count.data = k ? String(Number(was.count) + 1) : was.count; },
  share: (k) => { share.style.flexGrow = k ? String(Number(was.share) + 1) : was.share; },
  segment: (k) => { segment.classList.toggle('on', !!k); },
}[which];
const work = [];
const channel = new MessageChannel();
let at = 0;
channel.port1.onmessage = () => {
  work.push(performance.now() - at);
  if (work.length < 40) { requestAnimationFrame(step); return; }
  change(0);
  segment.classList.toggle('on', card.dataset.sentiment === segment.dataset.setSentiment);
  const kept = work.slice(4);
  done(kept.reduce((a, b) => a + b, 0) / kept.length);
};
function step() {
  change(work.length % 2);
  at = performance.now();
  channel.port2.postMessage(0);
}
requestAnimationFrame(step);
"#;

const EDIT_RECORDER: &str = r#"
const board = document.querySelector('[data-board-scroll]');
const rec = { samples: [], cur: null, notify: null, bytes: [] };
window.__jmEdit = rec;
addEventListener('keydown', (e) => {
  if (e.key === '1' || e.key === '2' || e.key === '3') rec.cur = { key: e.key, t0: performance.now() };
}, true);
// A sample is whole once the card's frame and the summaries' frame are both painted.
const complete = (c) => {
  if (c.t2 === undefined || c.s2 === undefined) return;
  rec.cur = null;
  rec.samples.push(c);
  if (rec.notify) { const n = rec.notify; rec.notify = null; n(); }
};
const painted = (c, frame, end) => requestAnimationFrame(() => { c[frame] = performance.now(); setTimeout(() => {
  c[end] = performance.now();
  complete(c);
}); });
new MutationObserver(() => {
  const c = rec.cur;
  if (!c || c.t1 !== undefined) return;
  c.t1 = performance.now();
  painted(c, 'frame', 't2');
}).observe(board, { subtree: true, attributes: true, attributeFilter: ['data-sentiment'] });
// The status bar's totals stand for the summaries (they change with every sentiment edit).
new MutationObserver(() => {
  const c = rec.cur;
  if (!c || c.s1 !== undefined) return;
  c.s1 = performance.now();
  painted(c, 'sframe', 's2');
}).observe(document.querySelector('footer .totals'), { subtree: true, characterData: true, childList: true });
return true;
"#;

const WAIT_SAMPLE: &str = r#"
const want = arguments[0], done = arguments[arguments.length - 1];
const rec = window.__jmEdit;
const answer = () => done({ sample: rec.samples[want - 1], sentiment: document.querySelector('[data-selected="true"]')?.dataset.sentiment ?? null });
if (rec.samples.length >= want) answer(); else rec.notify = answer;
"#;

/// The profile pass, after the timed edits: the IPC's own requests (bytes each way, when the
/// request left and its answer came back, through a wrapper around `fetch`) and the style and
/// layout the DOM change costs (forced at once, so it is not left to the next frame).
const PROFILE_RECORDER: &str = r#"
const rec = window.__jmEdit;
const plain = window.fetch;
window.fetch = function (url, init) {
  const body = init && init.body;
  const sent = typeof body === 'string' ? new TextEncoder().encode(body).length : (body && body.byteLength) || 0;
  const entry = { url: String(url), sent, fetch: performance.now() };
  if (rec.cur) rec.cur.ipc = entry;
  return plain.apply(this, arguments).then((response) => {
    entry.answer = performance.now();
    response.clone().arrayBuffer().then((b) => { entry.received = b.byteLength; rec.bytes.push(entry); });
    return response;
  });
};
new MutationObserver(() => {
  const c = rec.cur;
  if (!c || c.layout !== undefined) return;
  const t = performance.now();
  void document.body.offsetHeight;
  c.layout = performance.now() - t;
}).observe(document.querySelector('[data-board-scroll]'), { subtree: true, attributes: true, attributeFilter: ['data-sentiment'] });
return true;
"#;

fn sentiment_for(key: char) -> &'static str {
    match key {
        '1' => "positive",
        '2' => "neutral",
        _ => "negative",
    }
}

/// The floor under an edit's key → painted, in the blank window: a key press (WebDriver, as
/// for the edits) whose `keydown` changes one short text at once, timed to the next frame
/// painted. What is left is the key's way in, the wait for the display's frame and a small
/// paint; an edit adds the IPC, the app's update and its own frame's work.
const KEY_FLOOR: &str = r#"
const rec = { samples: [], t0: null, notify: null };
window.__jmKey = rec;
const text = document.createElement('p');
text.textContent = '-';
document.body.append(text);
addEventListener('keydown', (e) => {
  const t0 = performance.now();
  text.textContent = e.key;
  requestAnimationFrame(() => setTimeout(() => {
    rec.samples.push(performance.now() - t0);
    if (rec.notify) { const n = rec.notify; rec.notify = null; n(); }
  }));
}, true);
return true;
"#;

const WAIT_KEY: &str = r#"
const want = arguments[0], done = arguments[arguments.length - 1];
const rec = window.__jmKey;
if (rec.samples.length >= want) done(rec.samples[want - 1]); else rec.notify = () => done(rec.samples[want - 1]);
"#;

async fn key_floor(blank: &Target, n: usize, tmp: &Path) -> Vec<f64> {
    let run = launch(blank, Vec::new(), tmp, 3200).await;
    marks(&run).await;
    let a = &run.app;
    a.eval(KEY_FLOOR).await;
    let mut out = vec![];
    for i in 0..n {
        a.chord(&[], ['1', '2', '3'][i % 3]).await;
        let v = a.client.execute_async(WAIT_KEY, vec![json!(i + 1)]).await.expect("key sample");
        out.push(v.as_f64().unwrap_or(f64::NAN));
    }
    eprintln!("  key → painted in the blank window: p50 {:.1} p95 {:.1}", pct(&out, 50.0), pct(&out, 95.0));
    run.app.close().await;
    out
}

async fn edits(app: &Target, file: &Path, n: usize, tmp: &Path) -> Edits {
    let run = launch(app, vec![file.display().to_string()], tmp, 2000).await;
    marks(&run).await;
    let a = &run.app;
    let card = a.wait_for("[data-touchpoint-id]").await;
    card.click().await.expect("click the first card");
    a.wait_for("[data-selected='true']").await;
    try_style(a, "APP_BENCH_EDIT_CSS").await;
    a.eval(EDIT_RECORDER).await;
    let current = a.eval("return document.querySelector('[data-selected=\"true\"]').dataset.sentiment").await;
    let mut sentiment = current.as_str().unwrap_or("").to_string();
    let mut press = |i: usize| -> char {
        // The next sentiment that differs from the card's: each press is an edit.
        let key = ['1', '2', '3'].into_iter().cycle().skip(i % 3).take(3).find(|k| sentiment_for(*k) != sentiment).unwrap();
        sentiment = sentiment_for(key).to_string();
        key
    };
    let mut out = Edits {
        dom: vec![],
        painted: vec![],
        frame_wait: vec![],
        frame_work: vec![],
        summaries_painted: vec![],
        summaries_frame_work: vec![],
        sent: 0,
        received: 0,
        to_request: vec![],
        ipc: vec![],
        answer_to_dom: vec![],
        layout: vec![],
        profiled_painted: vec![],
        changes: vec![],
    };
    let profiled = 10;
    for i in 0..n + profiled {
        if i == n {
            a.eval(PROFILE_RECORDER).await;
        }
        let key = press(i);
        a.chord(&[], key).await;
        let v = a.client.execute_async(WAIT_SAMPLE, vec![json!(i + 1)]).await.expect("edit sample");
        assert_eq!(v["sentiment"].as_str(), Some(sentiment_for(key)), "the card shows the new sentiment: {v}");
        let s = &v["sample"];
        let t0 = s["t0"].as_f64().unwrap();
        let (t1, t2) = (s["t1"].as_f64().unwrap(), s["t2"].as_f64().unwrap());
        if i < n {
            let frame = s["frame"].as_f64().unwrap();
            out.dom.push(t1 - t0);
            out.painted.push(t2 - t0);
            out.frame_wait.push(frame - t1);
            out.frame_work.push(t2 - frame);
            let (sframe, s2) = (s["sframe"].as_f64().unwrap(), s["s2"].as_f64().unwrap());
            out.summaries_painted.push(s2 - t0);
            out.summaries_frame_work.push(s2 - sframe);
        } else {
            let ipc = &s["ipc"];
            let (sent, answer) = (ipc["fetch"].as_f64().unwrap_or(f64::NAN), ipc["answer"].as_f64().unwrap_or(f64::NAN));
            out.to_request.push(sent - t0);
            out.ipc.push(answer - sent);
            out.answer_to_dom.push(t1 - answer);
            out.layout.push(s["layout"].as_f64().unwrap_or(f64::NAN));
            out.profiled_painted.push(t2 - t0);
        }
    }
    // The byte counts come from the response bodies, read after each answer.
    let end = Instant::now() + PATIENCE;
    let bytes = loop {
        let b = a.eval("return window.__jmEdit.bytes.filter((x) => /apply_edit/.test(x.url))").await;
        if b.as_array().is_some_and(|x| x.len() >= profiled) {
            break b;
        }
        assert!(Instant::now() < end, "IPC byte counts never came: {b}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    for b in bytes.as_array().unwrap() {
        out.sent = out.sent.max(b["sent"].as_u64().unwrap_or(0));
        out.received = out.received.max(b["received"].as_u64().unwrap_or(0));
    }
    eprintln!(
        "  edits: key→DOM p50 {:.1} p95 {:.1} max {:.1}; key→painted p50 {:.1} p95 {:.1}; key→summaries painted p50 {:.1} p95 {:.1}; bytes sent {} received {}",
        pct(&out.dom, 50.0),
        pct(&out.dom, 95.0),
        pct(&out.dom, 100.0),
        pct(&out.painted, 50.0),
        pct(&out.painted, 95.0),
        pct(&out.summaries_painted, 50.0),
        pct(&out.summaries_painted, 95.0),
        out.sent,
        out.received,
    );
    for which in ["title", "count", "share", "segment", "nothing"] {
        let v = a.client.execute_async(ONE_CHANGE, vec![json!(which)]).await.expect("one change's frames");
        out.changes.push((which, v.as_f64().unwrap_or(f64::NAN)));
    }
    eprintln!("  one change's frame: {:?}", out.changes);
    eprintln!(
        "  edit profile (medians of {profiled}): key→request {:.1}, IPC {:.1}, answer→DOM {:.1}, forced style+layout {:.1}, key→painted {:.1}",
        median(&out.to_request),
        median(&out.ipc),
        median(&out.answer_to_dom),
        median(&out.layout),
        median(&out.profiled_painted),
    );
    run.app.close().await;
    out
}

const DRAG_RECORDER: &str = r#"
const rec = { frames: [], work: [], idle: [], handler: [], moves: 0, down: null, up: null, running: true, t: null };
window.__jmDrag = rec;
const during = () => rec.down !== null && rec.up === null;
// A message posted from a frame's rAF callback is handled once that frame's style, layout and
// paint are done: the gap is the frame's rendering work, whatever the display's pace.
const channel = new MessageChannel();
let rafAt = 0;
channel.port1.onmessage = () => { if (during()) rec.work.push(performance.now() - rafAt); };
const loop = (now) => {
  if (rec.t !== null) {
    const d = now - rec.t;
    if (during()) rec.frames.push(d); else if (rec.down === null) rec.idle.push(d);
  }
  rec.t = now;
  rafAt = performance.now();
  channel.port2.postMessage(0);
  if (rec.running) requestAnimationFrame(loop);
};
requestAnimationFrame(loop);
let start = 0;
addEventListener('pointerdown', () => { rec.down = performance.now(); }, true);
addEventListener('pointerup', () => { rec.up = performance.now(); }, true);
addEventListener('pointermove', () => { start = performance.now(); }, true);
// After the app's own window listener (registered first, so it runs first in this phase).
addEventListener('pointermove', () => { if (during()) { rec.moves++; rec.handler.push(performance.now() - start); } });
return true;
"#;

struct Drag {
    /// A full repaint's rendering work on this map, with the cards' shadows and without.
    repaint: f64,
    repaint_flat: f64,
    frames: Vec<f64>,
    work: Vec<f64>,
    idle: Vec<f64>,
    handler: Vec<f64>,
    moves: usize,
    cards: u64,
}

/// For profiling: a style rule to try during the edits ($APP_BENCH_EDIT_CSS) or the drags
/// ($APP_BENCH_DRAG_CSS), for example without transitions or without the ghost's shadow,
/// without rebuilding the app.
async fn try_style(a: &App, var: &str) {
    if let Ok(rule) = std::env::var(var) {
        // A sheet of its own, so that the variable may hold several rules.
        let script = format!(
            "const s = new CSSStyleSheet(); s.replaceSync({}); document.adoptedStyleSheets = [...document.adoptedStyleSheets, s]; return true",
            serde_json::to_string(&rule).unwrap()
        );
        a.eval(&script).await;
        eprintln!("  with the style rule {rule}");
    }
}

/// A card's centre on screen, where the pointer goes: WebKit reports rectangles inside the
/// board's CSS zoom in the zoom's own pixels, so they are scaled (as the app itself does).
/// Drag `i` takes the `i`-th of the first stage's cards clear of the board's bottom edge, round.
const CARD_CENTRE: &str = r#"
const i = arguments[0];
const level = Number(document.querySelector('[data-zoom]').dataset.zoom);
const probe = document.createElement('div'); probe.style.cssText = 'position:absolute;zoom:0.5;visibility:hidden';
const inner = document.createElement('div'); inner.style.cssText = 'width:100px;height:1px'; probe.appendChild(inner);
document.body.appendChild(probe); const k = inner.getBoundingClientRect().width > 75 ? level : 1; probe.remove();
// A card of the first stage whose middle is well above the board's bottom edge: a drag from
// lower down reaches the edge, where the board scrolls under the pointer (a different case).
const board = document.querySelector('[data-board-scroll]').getBoundingClientRect();
const centres = [...document.querySelector('[data-stage-id]').querySelectorAll('[data-touchpoint-id]')]
  .map((c) => c.getBoundingClientRect())
  .map((r) => [Math.round((r.left + r.right) / 2 * k), Math.round((r.top + r.bottom) / 2 * k)])
  .filter(([, y]) => y > board.top && y < board.bottom - 160);
return centres.length ? centres[i % centres.length] : null;
"#;

async fn drags(app: &Target, file: &Path, n: usize, tmp: &Path, level: f64, seq: usize) -> Drag {
    let run = launch(app, vec![file.display().to_string()], tmp, seq).await;
    marks(&run).await;
    let a = &run.app;
    let mut out = Drag { repaint: f64::NAN, repaint_flat: f64::NAN, frames: vec![], work: vec![], idle: vec![], handler: vec![], moves: 0, cards: 0 };
    if level != 1.0 && a.eval("return !!document.querySelector('[data-zoom-level]')").await != Value::Bool(true) {
        eprintln!("  this build has no zoom: no drags at {:.0} %", level * 100.0);
        run.app.close().await;
        return out;
    }
    if level != 1.0 {
        a.eval(&format!(
            "const s = document.querySelector('[data-zoom-level]'); s.value = '{level}'; s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true"
        ))
        .await;
        let end = Instant::now() + PATIENCE;
        while a.eval("return Number(document.querySelector('[data-zoom]').dataset.zoom)").await.as_f64() != Some(level) {
            assert!(Instant::now() < end, "the board did not zoom to {level}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        eprintln!("  at {:.0} %", level * 100.0);
    }
    out.cards = a.eval("return document.querySelectorAll('[data-touchpoint-id]').length").await.as_u64().unwrap_or(0);
    try_style(a, "APP_BENCH_DRAG_CSS").await;
    for i in 0..n {
        a.eval(DRAG_RECORDER).await;
        // Some idle frames first, as the baseline of the frame interval.
        let end = Instant::now() + PATIENCE;
        while a.eval("return window.__jmDrag.idle.length").await.as_u64().unwrap_or(0) < 20 {
            assert!(Instant::now() < end, "no animation frames");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // The i-th card of the first stage, dragged across four columns to the fifth stage and
        // back again, 2.4 s in all.
        let centre = a.client.execute(CARD_CENTRE, vec![json!(i)]).await.expect("a card in the first stage");
        assert!(!centre.is_null(), "no card of the first stage clear of the board's bottom edge");
        let (x, y) = (centre[0].as_f64().unwrap_or(0.0), centre[1].as_f64().unwrap_or(0.0));
        // WebKitWebDriver moves the pointer once per action (it does not interpolate over a
        // duration), so the path is cut into steps of one display frame each, as a hand
        // moves: 16 px a step, right across four columns and back, about 2 s in all.
        let mut mouse = MouseActions::new("mouse".into())
            .then(PointerAction::MoveTo { duration: None, x, y })
            .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
            .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(16)), x: 8.0, y: 8.0 });
        // The same distance in columns at any level.
        let steps = (60.0 * level).round() as usize;
        for k in 0..2 * steps {
            let dir = if k < steps { 1.0 } else { -1.0 };
            let dy = if (k / 15) % 2 == 0 { 2.0 } else { -2.0 };
            mouse = mouse.then(PointerAction::MoveBy { duration: Some(Duration::from_millis(16)), x: dir * 16.0, y: dy });
        }
        mouse = mouse.then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
        a.client.perform_actions(mouse).await.expect("pointer drag");
        let _ = a.client.release_actions().await;
        let v = a
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; const r = window.__jmDrag;
                 requestAnimationFrame(() => requestAnimationFrame(() => { r.running = false; done(r); }));",
                vec![],
            )
            .await
            .expect("drag record");
        let frames = values(&v, "frames");
        eprintln!(
            "  drag {i}: {} frames, p50 {:.1} p95 {:.1} max {:.1} ms; {} pointermoves, handler p50 {:.1} p95 {:.1} ms; idle frame p50 {:.1} ms",
            frames.len(),
            pct(&frames, 50.0),
            pct(&frames, 95.0),
            pct(&frames, 100.0),
            v["moves"],
            pct(&values(&v, "handler"), 50.0),
            pct(&values(&v, "handler"), 95.0),
            pct(&values(&v, "idle"), 50.0),
        );
        eprintln!(
            "          frame rendering work p50 {:.1} p95 {:.1} ms",
            pct(&values(&v, "work"), 50.0),
            pct(&values(&v, "work"), 95.0)
        );
        out.frames.extend(frames);
        out.work.extend(values(&v, "work"));
        out.idle.extend(values(&v, "idle"));
        out.handler.extend(values(&v, "handler"));
        out.moves += v["moves"].as_u64().unwrap_or(0) as usize;
        // Wait for the drop's edit to land before the next drag.
        a.client
            .execute_async(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(() => done(true)));",
                vec![],
            )
            .await
            .expect("a frame after the drop");
    }
    // The same repaint without the cards' blurred shadows (a style rule added in the page).
    out.repaint = repaint(a).await;
    a.eval(
        "const s = document.styleSheets[0]; s.insertRule('[data-touchpoint-id] { box-shadow: none !important; }', s.cssRules.length); return true",
    )
    .await;
    out.repaint_flat = repaint(a).await;
    eprintln!("  full repaint on this map: {:.1} ms; without the cards' shadows {:.1} ms", out.repaint, out.repaint_flat);
    run.app.close().await;
    out
}

fn generate(app: &Path, file: &Path, touchpoints: usize, stages: usize) {
    let status = std::process::Command::new(app)
        .args(["generate"])
        .arg(file)
        .args(["--touchpoints", &touchpoints.to_string(), "--stages", &stages.to_string(), "--seed", "42"])
        .stdout(std::process::Stdio::null())
        .status()
        .expect("journey-mapper generate");
    assert!(status.success(), "journey-mapper generate failed");
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let mem_kb: u64 = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let os = std::fs::read_to_string("/etc/os-release")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("PRETTY_NAME="))
        .map(|l| l["PRETTY_NAME=".len()..].trim_matches('"').to_string())
        .unwrap_or_default();
    let webkit = std::process::Command::new("dpkg-query")
        .args(["-W", "-f=${Version}", "libwebkit2gtk-4.1-0"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).to_string())
        .unwrap_or_default();
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    format!(
        "{cores} × {cpu}, {:.0} GiB, {os}, WebKitGTK {webkit}, Xvfb 1440×900 software rendering; load average at the end: {}",
        mem_kb as f64 / 1024.0 / 1024.0,
        load.split_whitespace().take(3).collect::<Vec<_>>().join(" ")
    )
}

// One thread: the harness is told which binary to start through an environment variable.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let opts = parse_options();
    let app_bin = binary("JOURNEY_MAPPER_BIN", "target/release/journey-mapper");
    let blank_bin = binary("BLANK_WINDOW_BIN", "target/release/journey-mapper-blank-window");
    let tmp = tempfile::tempdir().expect("a temporary folder");
    let targets = [
        Target { name: "app", wrapper: wrapper(tmp.path(), "app", &app_bin), bin: app_bin.clone() },
        Target { name: "blank", wrapper: wrapper(tmp.path(), "blank", &blank_bin), bin: blank_bin.clone() },
    ];
    let big = tmp.path().join("10000.journey.json");
    let drag_map = tmp.path().join("2000.journey.json");
    generate(&app_bin, &big, 10_000, 40);
    generate(&app_bin, &drag_map, 2_000, 10);
    let began = Instant::now();

    eprintln!("start-up and memory, {} runs each, alternating:", opts.runs);
    let [app, blank] = start_ups(&targets, opts.runs, tmp.path()).await;
    eprintln!("the app's first screen without its scripts, in a blank window, {} runs:", opts.runs.min(5));
    let bare = bare_first_screen(&targets[1], &app.snapshot, opts.runs.min(5), tmp.path()).await;
    eprintln!("opening a 10,000-touchpoint map, {} runs:", opts.opens);
    let open = opens(&targets[0], &big, opts.opens, tmp.path()).await;
    eprintln!("edit round trips on the 10,000-touchpoint map:");
    let edit = edits(&targets[0], &big, opts.edits, tmp.path()).await;
    let floor = key_floor(&targets[1], opts.edits, tmp.path()).await;
    eprintln!("dragging a card on the 2,000-touchpoint map, {} drags:", opts.drags);
    let drag = drags(&targets[0], &drag_map, opts.drags, tmp.path(), 1.0, 3000).await;
    eprintln!("dragging a card on the 2,000-touchpoint map at 50 %, {} drags:", opts.drags);
    let drag_half = drags(&targets[0], &drag_map, opts.drags, tmp.path(), 0.5, 3050).await;
    // Every card of the big map carries metrics (badges, heat), and the windowed board should
    // make a frame cost what is on screen, not what is on the map: the same drags there.
    eprintln!("dragging a card on the 10,000-touchpoint map, {} drags:", opts.drags);
    let drag_big = drags(&targets[0], &big, opts.drags, tmp.path(), 1.0, 3100).await;

    let (pa, pb) = (median(&app.painted), median(&blank.painted));
    let (ma, mb) = (median(&app.pss), median(&blank.pss));
    let (sa, sb) = (median(&app.rss), median(&blank.rss));
    let open_painted = median(&open.painted);
    let (e50, e95) = (pct(&edit.dom, 50.0), pct(&edit.dom, 95.0));
    let (ep50, ep95) = (pct(&edit.painted, 50.0), pct(&edit.painted, 95.0));
    let (f50, f95) = (pct(&drag.frames, 50.0), pct(&drag.frames, 95.0));
    let idle = median(&drag.idle);

    println!("| what | Journey Mapper | blank Tauri window | ratio | target |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| start-up: process start → the sample map painted (`data-ready`), median of {} | {} | {} | **{:.2}** | ≤ 1.3× {} |",
        opts.runs,
        ms(pa),
        ms(pb),
        pa / pb,
        mark(pa / pb <= 1.3)
    );
    let steps = |s: &StartUp| {
        let m = |v: &[f64]| ms(median(v));
        let mounted = if s.mounted.is_empty() { String::new() } else { format!(" → {}", m(&s.mounted)) };
        format!("{} → {}{} → {} → {} → {} → {}", m(&s.nav), m(&s.scripts), mounted, m(&s.rendered), m(&s.laid_out), m(&s.frame), m(&s.painted))
    };
    println!(
        "| start-up, when (since process start): navigation starts → scripts run (`DOMContentLoaded`) → UI mounted → first screen in the DOM → laid out → its frame begins → painted | {} | {} | | |",
        steps(&app),
        steps(&blank)
    );
    // Each step's share: the median of each run's difference.
    let shares = |s: &StartUp| {
        let d = |a: &[f64], b: &[f64]| ms(median(&a.iter().zip(b).map(|(x, y)| y - x).collect::<Vec<_>>()));
        let scripts_done: Vec<f64> = s.scripts.iter().zip(&s.rendered).map(|(a, b)| a.min(*b)).collect();
        format!(
            "{} / {} / {} / {} / {} / {}",
            ms(median(&s.nav)),
            // The blank page's script is its first screen: it is in the DOM before the event ends.
            d(&s.nav, &scripts_done),
            d(&scripts_done, &s.rendered),
            d(&s.rendered, &s.laid_out),
            d(&s.laid_out, &s.frame),
            d(&s.frame, &s.painted)
        )
    };
    println!(
        "| start-up, where: Rust, GTK and WebKit (→ navigation) / scripts / the first screen built (the app: locale, map asked, received, rendered) / its first style + layout / scripts after it and the wait for the frame / first paint | {} | {} | | |",
        shares(&app),
        shares(&blank)
    );
    println!(
        "| the app's first screen without its scripts ({} elements), in a blank window just started: DOM built / style + layout / paint (median of {}) | {} / {} / {} | | | |",
        bare.elements,
        bare.paint.len(),
        ms(median(&bare.build)),
        ms(median(&bare.layout)),
        ms(median(&bare.paint))
    );
    println!(
        "| memory: PSS of all processes, sample map (median) | {} | {} | **{:.2}** | ≤ 1.3× {} |",
        mib(ma),
        mib(mb),
        ma / mb,
        mark(ma / mb <= 1.3)
    );
    println!("| memory: RSS of all processes (shared pages counted in each) | {} | {} | {:.2} | |", mib(sa), mib(sb), sa / sb);
    println!(
        "| open a 10,000-touchpoint map: process start → the map in the DOM (median of {}) | {} | | | |",
        opts.opens,
        ms(median(&open.ready))
    );
    println!(
        "| open a 10,000-touchpoint map: → first frame painted (`data-ready`, interactive) | **{}** | | | < 1 s {} |",
        ms(open_painted),
        mark(open_painted < 1000.0)
    );
    let (h50, h95) = (median(&open.heat), pct(&open.heat, 95.0));
    println!(
        "| heat view switch, 10,000 map with metrics on every card: click → next frame painted, median / p95 ({} switches) | {} / **{}** | | | < 100 ms {} |",
        open.heat.len(),
        ms(h50),
        ms(h95),
        mark(h95 < 100.0)
    );
    println!(
        "| edit round trip, 10,000 map: key → card updated in the DOM, p50 / p95 ({} edits) | {} / **{}** | | | p95 < 16 ms {} |",
        edit.dom.len(),
        ms(e50),
        ms(e95),
        mark(e95 < 16.0)
    );
    println!(
        "| edit round trip: key → the frame that shows it painted, p50 / p95 | {} / **{}** | | | p95 < 25 ms {} |",
        ms(ep50),
        ms(ep95),
        mark(ep95 < 25.0)
    );
    println!(
        "| the floor: a key press in the blank window that changes one text at once, key → painted, p50 / p95 ({} keys) | | {} / {} | | |",
        floor.len(),
        ms(pct(&floor, 50.0)),
        ms(pct(&floor, 95.0))
    );
    println!(
        "| edit round trip: key → the summaries painted (stage counts and bar, status bar, curve: one frame after the card), p50 / p95; their frame's style, layout and paint, p50 / p95 | {} / {}; {} / {} | | | |",
        ms(pct(&edit.summaries_painted, 50.0)),
        ms(pct(&edit.summaries_painted, 95.0)),
        ms(pct(&edit.summaries_frame_work, 50.0)),
        ms(pct(&edit.summaries_frame_work, 95.0))
    );
    println!(
        "| edit, where: DOM changed → its frame begins (the wait for the display), p50 / p95; that frame's style, layout and paint, p50 / p95 | {} / {}; {} / {} | | | |",
        ms(pct(&edit.frame_wait, 50.0)),
        ms(pct(&edit.frame_wait, 95.0)),
        ms(pct(&edit.frame_work, 50.0)),
        ms(pct(&edit.frame_work, 95.0))
    );
    println!(
        "| edit profile (medians of {}): key → request sent / IPC (core applies, answer back) / answer → DOM updated (patch + Svelte) / style + layout of the change | {} / {} / {} / {} | | | |",
        edit.ipc.len(),
        ms(median(&edit.to_request)),
        ms(median(&edit.ipc)),
        ms(median(&edit.answer_to_dom)),
        ms(median(&edit.layout))
    );
    let change = |name: &str| ms(edit.changes.iter().find(|c| c.0 == name).map_or(f64::NAN, |c| c.1));
    println!(
        "| edit, one of its changes alone, a frame's style, layout and paint (mean of 36): the card's title one letter longer / a count in the status bar / a stage's sentiment shares / the card's chosen sentiment segment / nothing | {} / {} / {} / {} / {} | | | |",
        change("title"),
        change("count"),
        change("share"),
        change("segment"),
        change("nothing")
    );
    println!(
        "| edit payload: bytes sent / received per edit | {} B / {} B | | | < 2 KB {} |",
        edit.sent,
        edit.received,
        mark(edit.sent < 2048 && edit.received < 2048)
    );
    println!(
        "| drag frames, 2,000 cards on the map ({} in the DOM): rAF interval p50 / p95 ({} frames, {} pointermoves) | {} / **{}** | | | p95 < 16 ms {} |",
        drag.cards,
        drag.frames.len(),
        drag.moves,
        ms(f50),
        ms(f95),
        // A frame on time is one display interval (16.7 ms at 60 Hz): count those as meeting it.
        mark(f95 <= idle.max(16.0) + 1.0)
    );
    let (b50, b95) = (pct(&drag_big.frames, 50.0), pct(&drag_big.frames, 95.0));
    println!(
        "| drag frames, 10,000 cards with metrics on every card ({} in the DOM): rAF interval p50 / p95 ({} frames) | {} / **{}** | | | p95 < 16 ms {} |",
        drag_big.cards,
        drag_big.frames.len(),
        ms(b50),
        ms(b95),
        mark(b95 <= idle.max(16.0) + 1.0)
    );
    let (z50, z95) = (median(&open.zoom), pct(&open.zoom, 95.0));
    println!(
        "| zoom step on the 10,000 map (Ctrl+- down to 25 %, Ctrl+= back to 100 %): key → next frame painted, median / p95 ({} steps) | {} / **{}** | | | < 100 ms {} |",
        open.zoom.len(),
        ms(z50),
        ms(z95),
        mark(!open.zoom.is_empty() && z95 < 100.0)
    );
    println!(
        "| zoom step: key → laid out at the new level and painted (once the keys rest), median / p95 | {} / {} | | | |",
        ms(median(&open.zoom_settled)),
        ms(pct(&open.zoom_settled, 95.0))
    );
    let (h50f, h95f) = (pct(&drag_half.frames, 50.0), pct(&drag_half.frames, 95.0));
    println!(
        "| drag frames at 50 %, 2,000 cards on the map ({} in the DOM): rAF interval p50 / p95 ({} frames) | {} / **{}** | | | as at 100 % {} |",
        drag_half.cards,
        drag_half.frames.len(),
        ms(h50f),
        ms(h95f),
        mark(h95f <= f95.max(idle.max(16.0) + 1.0))
    );
    println!(
        "| drag: pointermove handler (drop target, measuring the cards), p50 / p95 | {} / {} | | | |",
        ms(pct(&drag.handler, 50.0)),
        ms(pct(&drag.handler, 95.0))
    );
    println!(
        "| drag: each frame's style, layout and paint, p50 / p95 | {} / {} | | | |",
        ms(pct(&drag.work, 50.0)),
        ms(pct(&drag.work, 95.0))
    );
    println!(
        "| a full repaint of the window (rendering work of one frame): sample map / blank page | {} | {} | **{:.2}** | ≤ 2× {} |",
        ms(app.repaint),
        ms(blank.repaint),
        app.repaint / blank.repaint,
        mark(app.repaint / blank.repaint <= 2.0)
    );
    println!(
        "| a full repaint of the 2,000-card map ({} cards in the DOM): with the cards' shadows / without them | {} / {} | | | |",
        drag.cards,
        ms(drag.repaint),
        ms(drag.repaint_flat)
    );
    println!();
    println!("Idle frame interval (the display's pace under Xvfb): {}.", ms(idle));
    let processes = |s: &StartUp| {
        s.processes.iter().map(|(n, kb)| format!("{n} {}", mib(*kb as f64))).collect::<Vec<_>>().join(", ")
    };
    println!("Processes (last run, PSS): app: {}; blank: {}.", processes(&app), processes(&blank));
    let p = &open.profile;
    if p.get("error").is_none() && !p.is_null() {
        let at = |k: &str| p[k].as_f64().map(ms).unwrap_or("?".into());
        println!(
            "Profile of opening the 10,000 map, in page time (since navigation start): scripts run by \
             DOMContentLoaded {}; UI mounted {} (the map was asked for before, beside the languages); the map in the DOM {} (in between: the \
             map's IPC, its JSON parse, and Svelte creating the DOM); painted {} (in between: style, \
             layout and the first paint). The map's answer is {} bytes; asking again when idle takes {} \
             (median), and a plain JSON.parse of it {}; a trivial command's round trip (preferred_languages) {}. \
             Style + layout of all {} elements ({} cards), forced after widening the columns by 4 px: {}; the frame after it: {}.",
            at("domContentLoaded"),
            at("mounted"),
            at("ready"),
            at("painted"),
            p["bytes"],
            ms(median(&values(p, "invoke"))),
            ms(median(&values(p, "parse"))),
            ms(median(&values(p, "trivial"))),
            p["elements"],
            p["cards"],
            at("layout"),
            at("frameAfterLayout"),
        );
    } else {
        println!("Profile of opening the 10,000 map: {p}");
    }
    println!("Machine: {}. Took {:.0} s.", machine(), began.elapsed().as_secs_f64());
}
