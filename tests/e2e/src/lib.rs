//! Starts the real Journey Mapper binary in a real window and drives it through WebDriver.
//!
//! Each [`App`] gets a private Xvfb display and its own tauri-driver (which starts
//! WebKitWebDriver, which starts the app), so tests need nothing running beforehand and
//! leave nothing behind. Waits are for conditions, never fixed sleeps.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions, MouseActions, PointerAction};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};

pub use fantoccini;

/// How long a condition may take before the test fails. Generous: CI machines are slow
/// and a debug build of WebKit pages starts in seconds, not milliseconds.
pub const PATIENCE: Duration = Duration::from_secs(30);

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

/// The app binary under test: $JOURNEY_MAPPER_BIN, else the debug build in target/.
pub fn app_binary() -> PathBuf {
    let path = std::env::var_os("JOURNEY_MAPPER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target/debug/journey-mapper"));
    assert!(path.exists(), "{} not found: build the app first (see README)", path.display());
    path
}

pub fn fixture(rel: &str) -> PathBuf {
    workspace_root().join("tests/fixtures").join(rel)
}

/// Copies a fixture into `dir`, so that a test may change it.
pub fn copy_fixture(rel: &str, dir: &Path) -> PathBuf {
    let to = dir.join(Path::new(rel).file_name().expect("a file name"));
    std::fs::copy(fixture(rel), &to).expect("copy fixture");
    to
}

/// Where screenshots go for a person to look at (named in the README).
pub fn screenshot_dir() -> PathBuf {
    let dir = workspace_root().join("tests/artifacts/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot folder");
    dir
}

/// A child started in its own process group; dropping it ends the whole group, so that
/// tauri-driver's WebKitWebDriver and the app do not outlive the test.
struct Killed(Child);

impl Killed {
    fn spawn(cmd: &mut Command) -> std::io::Result<Killed> {
        use std::os::unix::process::CommandExt;
        cmd.process_group(0).spawn().map(Killed)
    }
}

impl Drop for Killed {
    fn drop(&mut self) {
        let group = -(self.0.id() as i32);
        // SAFETY: kill(2) with a negative pid signals our own child's process group.
        unsafe {
            libc::kill(group, libc::SIGTERM);
        }
        let end = Instant::now() + Duration::from_secs(5);
        while Instant::now() < end {
            if self.0.try_wait().ok().flatten().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        unsafe {
            libc::kill(group, libc::SIGKILL);
        }
        let _ = self.0.wait();
    }
}

/// A private X display, gone when dropped.
pub struct Display {
    pub number: u32,
    _server: Killed,
}

impl Display {
    pub fn start() -> Display {
        for number in 90..190 {
            if Path::new(&format!("/tmp/.X11-unix/X{number}")).exists()
                || Path::new(&format!("/tmp/.X{number}-lock")).exists()
            {
                continue;
            }
            let mut server = Killed::spawn(
                Command::new("Xvfb")
                    .arg(format!(":{number}"))
                    .args(["-screen", "0", "1440x900x24", "-nolisten", "tcp", "-ac"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null()),
            )
            .expect("Xvfb is installed (see README)");
            let socket = format!("/tmp/.X11-unix/X{number}");
            let ok = wait_until(Duration::from_secs(10), || {
                Path::new(&socket).exists() || server.0.try_wait().ok().flatten().is_some()
            });
            if ok && server.0.try_wait().ok().flatten().is_none() {
                return Display { number, _server: server };
            }
        }
        panic!("could not start Xvfb on any display between :90 and :189");
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}

fn wait_until(limit: Duration, mut ok: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + limit;
    while Instant::now() < end {
        if ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    ok()
}

/// Options for one launch of the app.
#[derive(Default, Clone)]
pub struct Launch {
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

impl Launch {
    pub fn file(path: &Path) -> Launch {
        Launch { args: vec![path.display().to_string()], env: Vec::new() }
    }

    pub fn env(mut self, key: &str, value: impl Into<String>) -> Launch {
        self.env.push((key.into(), value.into()));
        self
    }
}

pub struct App {
    pub client: Client,
    _driver: Killed,
    _display: Display,
    /// The app's config and data folders when the test did not choose them: every launch
    /// starts clean, so that no test sees another's recovery copies or recent list.
    _home: Option<tempfile::TempDir>,
}

/// Starts tauri-driver on fresh ports and opens a session with the app.
async fn start_session(launch: &Launch, display: &Display, home: Option<&Path>) -> Result<(fantoccini::Client, Killed), String> {
    let (port, native_port) = (free_port(), free_port());
    // The driver's and the app's output go to a log beside the screenshots, not to the
    // test's pipes, which a stray child would otherwise hold open.
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(screenshot_dir().join("../app.log"))
        .expect("log file");
    let mut cmd = Command::new(tauri_driver());
    cmd.args(["--port", &port.to_string(), "--native-port", &native_port.to_string()])
        .env("DISPLAY", format!(":{}", display.number))
        // Software rendering: Xvfb has no GPU, and WebKit's DMA-BUF renderer would
        // otherwise leave the window blank.
        .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::from(log.try_clone().expect("log file")))
        .stderr(Stdio::from(log));
    if let Some(home) = home {
        cmd.env("JOURNEY_MAPPER_HOME", home);
    }
    for (k, v) in &launch.env {
        cmd.env(k, v);
    }
    let driver = Killed::spawn(&mut cmd).expect("tauri-driver is installed (see README)");
    let up = wait_until(PATIENCE, || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok());
    if !up {
        return Err(format!("tauri-driver did not listen on port {port}"));
    }
    let mut caps = serde_json::Map::new();
    caps.insert("tauri:options".into(), serde_json::json!({ "application": app_binary(), "args": launch.args }));
    let client = ClientBuilder::native()
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .map_err(|e| e.to_string())?;
    Ok((client, driver))
}

impl App {
    /// Ends the app the way a crash or `kill -9` does: no close events, no clean-up.
    pub fn crash(self) {
        let group = -(self._driver.0.id() as i32);
        // SAFETY: kill(2) on our own child's process group.
        unsafe {
            libc::kill(group, libc::SIGKILL);
        }
        drop(self);
    }

    /// Waits until the app's window is gone (closed on purpose, after its question).
    pub async fn wait_gone(&self) {
        let end = Instant::now() + PATIENCE;
        loop {
            // With the window closed, WebKitWebDriver has no page to search.
            if self.client.find(Locator::Css("[data-ready]")).await.is_err() {
                return;
            }
            assert!(Instant::now() < end, "the window did not close");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

impl App {
    pub async fn launch(launch: Launch) -> App {
        let display = Display::start();
        let home = if launch.env.iter().any(|(k, _)| k == "JOURNEY_MAPPER_HOME") {
            None
        } else {
            Some(tempfile::tempdir().expect("a home folder for the app"))
        };
        // A port found free can be taken by another process before the driver binds it;
        // the session then fails at once. A fresh pair of ports is tried before giving up.
        let mut attempt = 0;
        let (client, driver) = loop {
            attempt += 1;
            match start_session(&launch, &display, home.as_ref().map(|h| h.path())).await {
                Ok(started) => break started,
                Err(e) if attempt < 3 => eprintln!("WebDriver session failed ({e}); retrying with other ports"),
                Err(e) => panic!("a WebDriver session with the app: {e}"),
            }
        };
        App { client, _driver: driver, _display: display, _home: home }
    }

    /// Waits until the map is on screen.
    pub async fn ready(&self) {
        self.wait_for("[data-ready='true']").await;
    }

    pub async fn wait_for(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("waited for {css}: {e}"))
    }

    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        self.client.find_all(Locator::Css(css)).await.unwrap_or_default()
    }

    pub async fn count(&self, css: &str) -> usize {
        self.find_all(css).await.len()
    }

    /// Waits until `css` matches exactly `n` elements.
    pub async fn wait_count(&self, css: &str, n: usize) {
        let end = Instant::now() + PATIENCE;
        loop {
            let found = self.count(css).await;
            if found == n {
                return;
            }
            assert!(Instant::now() < end, "{css}: expected {n} elements, found {found}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The text of the first element matching `css`, as a person reads it: the DOM's text
    /// without the invisible bidi isolation marks (U+2068, U+2069) the page's Fluent texts put
    /// around values. (WebKitWebDriver's own "element text" comes back empty for some
    /// elements that are plainly on screen.)
    pub async fn text_of(&self, css: &str) -> Option<String> {
        let script = format!("const e = document.querySelector({css:?}); return e ? e.textContent : null");
        let text = self.client.execute(&script, vec![]).await.ok()?.as_str().map(str::to_owned)?;
        Some(text.replace(['\u{2068}', '\u{2069}'], ""))
    }

    /// Waits until the element matching `css` shows text containing `needle`.
    pub async fn wait_text(&self, css: &str, needle: &str) -> String {
        let end = Instant::now() + PATIENCE;
        loop {
            let text = self.text_of(css).await.unwrap_or_default();
            if text.contains(needle) {
                return text;
            }
            assert!(Instant::now() < end, "{css}: waited for text {needle:?}, shows {text:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Runs a script in the page and returns its value.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Waits until a script's value is `true` (field values are not in the DOM's text).
    pub async fn wait_js(&self, what: &str, script: &str) {
        let end = Instant::now() + PATIENCE;
        while self.eval(script).await != serde_json::Value::Bool(true) {
            assert!(Instant::now() < end, "waited for {what}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Types into the field matching `css` and presses Enter, which commits it.
    pub async fn type_and_enter(&self, css: &str, text: &str) {
        let field = self.wait_for(css).await;
        field.click().await.unwrap();
        field.clear().await.unwrap();
        field.send_keys(&format!("{text}{}", char::from(fantoccini::key::Key::Enter))).await.unwrap();
    }

    /// Scrolls the side panel so that the element matching `css` is at its top.
    pub async fn scroll_panel_to(&self, css: &str) {
        let script = format!(
            "const el = document.querySelector({css:?}); const body = el.closest('[data-side-panel]').lastElementChild; \
             body.scrollTop += el.getBoundingClientRect().top - body.getBoundingClientRect().top - 12; return true"
        );
        self.eval(&script).await;
    }

    /// Drags with the pointer from the centre of `from` to `to`, in small steps as a hand
    /// would, so that the app sees pointerdown, several pointermoves and pointerup.
    pub async fn drag(&self, from: &Element, to: &Element, offset_y: f64) {
        let mouse = MouseActions::new("mouse".into())
            .then(PointerAction::MoveToElement { element: from.clone(), duration: None, x: 0.0, y: 0.0 })
            .then(PointerAction::Down { button: fantoccini::actions::MOUSE_BUTTON_LEFT })
            .then(PointerAction::MoveBy { duration: Some(Duration::from_millis(50)), x: 8.0, y: 8.0 })
            .then(PointerAction::MoveToElement {
                element: to.clone(),
                duration: Some(Duration::from_millis(300)),
                x: 0.0,
                y: offset_y,
            })
            .then(PointerAction::MoveToElement {
                element: to.clone(),
                duration: Some(Duration::from_millis(100)),
                x: 1.0,
                y: offset_y,
            })
            .then(PointerAction::Up { button: fantoccini::actions::MOUSE_BUTTON_LEFT });
        self.client.perform_actions(mouse).await.expect("pointer drag");
        let _ = self.client.release_actions().await;
    }

    /// Presses a chord that may close the window before WebDriver hears back, so an error
    /// from the driver is expected and ignored; the test checks the outcome instead.
    pub async fn chord_closing(&self, modifiers: &[Key], key: char) {
        let _ = self.client.perform_actions(Self::keys(modifiers, key)).await;
    }

    fn keys(modifiers: &[Key], key: char) -> KeyActions {
        let mut keys = KeyActions::new("keyboard".into());
        for m in modifiers {
            keys = keys.then(KeyAction::Down { value: char::from(*m) });
        }
        keys = keys.then(KeyAction::Down { value: key }).then(KeyAction::Up { value: key });
        for m in modifiers.iter().rev() {
            keys = keys.then(KeyAction::Up { value: char::from(*m) });
        }
        keys
    }

    /// Presses a key chord such as Ctrl+S.
    pub async fn chord(&self, modifiers: &[Key], key: char) {
        self.client.perform_actions(Self::keys(modifiers, key)).await.expect("key chord");
        let _ = self.client.release_actions().await;
    }

    /// Saves a picture of the app window, as X draws it, to the screenshot folder.
    ///
    /// Taken from the X server rather than through WebDriver: WebKitWebDriver's screenshot
    /// command can wait forever for a repaint that an idle page never makes.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        self.screenshot_of(name, "").await
    }

    /// Saves a picture of the app window whose title contains `title` (with several
    /// windows open), as [`App::screenshot`] does.
    pub async fn screenshot_of(&self, name: &str, title: &str) -> PathBuf {
        // Wait until the page has painted what the DOM holds: two animation frames.
        let _ = self
            .client
            .execute_async("const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));", vec![])
            .await;
        let path = screenshot_dir().join(format!("{name}.png"));
        let display = format!(":{}", self._display.number);
        let window = app_window_id(&display, title).unwrap_or_else(|| "root".into());
        let status = tokio::process::Command::new("import")
            .args(["-display", &display, "-window", &window])
            .arg(&path)
            .status()
            .await
            .expect("ImageMagick's import is installed (see README)");
        assert!(status.success(), "screenshot {name} failed");
        path
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }

    /// The titles of the windows on the app's display.
    pub fn window_titles(&self) -> Vec<String> {
        window_titles(&format!(":{}", self._display.number))
    }
}

/// The titles of the top-level windows on an X display.
pub fn window_titles(display: &str) -> Vec<String> {
    let Ok(out) = Command::new("xwininfo").args(["-display", display, "-root", "-tree"]).output() else {
        return Vec::new();
    };
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split('"').nth(1).map(str::to_owned))
        .collect()
}

/// The X id of the app's top-level window, found by its title (which contains `title`).
fn app_window_id(display: &str, title: &str) -> Option<String> {
    let out = Command::new("xwininfo").args(["-display", display, "-root", "-tree"]).output().ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("Journey Mapper\"") && l.contains(title))
        .filter_map(|l| l.split_whitespace().next().map(str::to_owned))
        .next()
}

fn tauri_driver() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return p.into();
    }
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|p| p.join("bin/tauri-driver"));
    match cargo_bin {
        Some(p) if p.exists() => p,
        _ => PathBuf::from("tauri-driver"),
    }
}

/// The ids of a saved map's cards in `stage`, in the file's order.
pub fn cards_in_stage(map: &serde_json::Value, stage: &str) -> Vec<String> {
    map["touchpoints"]
        .as_array()
        .map(|cards| cards.iter().filter(|t| t["stage"] == stage).filter_map(|t| t["id"].as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

/// Waits until `ok` holds for the file's contents, or fails after [`PATIENCE`].
pub async fn wait_for_file(path: &Path, what: &str, ok: impl Fn(&str) -> bool) -> String {
    let end = Instant::now() + PATIENCE;
    loop {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if ok(&text) {
            return text;
        }
        assert!(Instant::now() < end, "{}: {what}; file now:\n{text}", path.display());
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
