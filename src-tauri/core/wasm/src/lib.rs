//! The core's documents, edits and undo compiled to WebAssembly, so that the UI's unit tests
//! and `vite dev` in a plain browser run the real edit semantics, not a copy of them.
//!
//! The ABI is a handful of C functions over UTF-8 JSON, loaded with `WebAssembly.instantiate`
//! and no generated glue (ui/src/dev/wasmCore.ts is the other side): the host writes a
//! request into memory it got from [`alloc`], calls [`call`], and reads the answer, which
//! stays at [`response_ptr`] until the next call. The answers carry the very types the Tauri
//! commands return ([`DocumentView`], [`Update`], [`DocState`], the library), so they have
//! the same JSON shapes.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;

use journey_core::diff::Comparison;
use journey_core::document::{DocState, Document, DocumentView, SaveFailure, Update};
use journey_core::edit::Edit;
use journey_core::format;
use journey_core::language::Language;
use journey_core::merge::{self, ConflictView, MergeDone, Take};
use journey_core::messages::Localize;
use journey_core::model::{LibrarySection, Presets};
use serde::{Deserialize, Serialize};

/// One request of the host; `doc` is a handle from [`Request::New`].
#[derive(Debug, Deserialize)]
#[serde(tag = "cmd", rename_all = "camelCase", rename_all_fields = "camelCase")]
enum Request {
    /// A new slot, without a map yet, like a window before it has one.
    New,
    /// Forgets the slot.
    Close {
        doc: u32,
    },
    /// Reads a map file's text as the app reads the file `file_name` (checks, repairs,
    /// notes); the slot then shows the map, or the reason it could not be read. Without a
    /// file name the map is untitled.
    Open {
        doc: u32,
        text: String,
        file_name: Option<String>,
    },
    /// The core's sample map, untitled, as File → Open Sample.
    Sample {
        doc: u32,
    },
    View {
        doc: u32,
    },
    State {
        doc: u32,
    },
    Apply {
        doc: u32,
        // Boxed: an edit is far larger than the other requests.
        edit: Box<Edit>,
    },
    Undo {
        doc: u32,
    },
    Redo {
        doc: u32,
    },
    /// The state a successful save leaves: to `file_name`, or to the document's own file.
    Save {
        doc: u32,
        file_name: Option<String>,
    },
    Library {
        language: String,
    },
    Presets {
        language: String,
    },
    /// Merge…: the other copy's text merged in from the base's text (none: every difference
    /// is a choice), as `merge_finish` does once the files are read.
    Merge {
        doc: u32,
        theirs: String,
        base: Option<String>,
    },
    /// The recorded conflicts in `language`, as `merge_conflicts` answers.
    Conflicts {
        doc: u32,
        language: String,
    },
    Resolve {
        doc: u32,
        index: usize,
        take: Take,
    },
    /// The comparison of the slot's map (NEW) with the map file text `old` named
    /// `old_name`, in `language`, as the shell's `start_comparison` answers it.
    Compare {
        doc: u32,
        old: String,
        old_name: String,
        language: String,
    },
}

/// What a window shows, as the shell's slot holds it: a document, or a file that failed.
#[derive(Default)]
struct Slot {
    doc: Option<Document>,
    error: Option<String>,
}

impl Slot {
    fn view(&self) -> DocumentView {
        let doc = self.doc.as_ref();
        DocumentView {
            map: doc.map(|d| d.map().clone()),
            state: doc.map(Document::state).unwrap_or(DocState {
                file_name: None,
                dirty: false,
                can_undo: false,
                can_redo: false,
                conflicts: 0,
            }),
            error: self.error.clone(),
            notes: doc
                .map(|d| d.notes().iter().map(|n| n.message(LANGUAGE)).collect())
                .unwrap_or_default(),
            measures: doc.map(Document::measures),
            recovered_at: None,
        }
    }
}

/// The language of the messages, as the shell's for a UI in English: the tests' language.
const LANGUAGE: Language = Language::En;

/// A failed request, in the shape the UI's `errorMessage` reads from the shell's errors.
#[derive(Debug, Serialize, PartialEq)]
struct Failure {
    message: String,
}

impl Failure {
    fn new(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
        }
    }

    /// A core error as the shell sends it: the core's fragment made a sentence (the
    /// shell's `documents::capitalise`).
    fn sentence(fragment: String) -> Self {
        let mut chars = fragment.chars();
        match chars.next() {
            Some(first) => {
                Failure::new(first.to_uppercase().chain(chars).collect::<String>() + ".")
            }
            None => Failure::new(fragment),
        }
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum Answer {
    Doc { doc: u32 },
    View(Box<DocumentView>),
    Update(Update),
    State(DocState),
    Library(Vec<LibrarySection>),
    Presets(Presets),
    Merged(Box<MergeDone>),
    Conflicts(Vec<ConflictView>),
    Comparison(Box<Comparison>),
    Nothing,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
enum Response {
    Ok(Answer),
    Err(Failure),
}

/// Every slot of this instance, by handle.
#[derive(Default)]
struct Slots {
    slots: HashMap<u32, Slot>,
    next: u32,
}

impl Slots {
    /// Answers one JSON request with one JSON response: `{"ok": …}` or `{"err": {"message"}}`.
    fn handle(&mut self, request: &[u8]) -> String {
        let response = match serde_json::from_slice::<Request>(request) {
            Ok(request) => match self.answer(request) {
                Ok(answer) => Response::Ok(answer),
                Err(failure) => Response::Err(failure),
            },
            Err(e) => Response::Err(Failure::new(format!("Not a request the core knows: {e}."))),
        };
        serde_json::to_string(&response).expect("answers serialise: their types are the IPC's")
    }

    fn answer(&mut self, request: Request) -> Result<Answer, Failure> {
        Ok(match request {
            Request::New => {
                self.next += 1;
                self.slots.insert(self.next, Slot::default());
                Answer::Doc { doc: self.next }
            }
            Request::Close { doc } => {
                self.slots.remove(&doc);
                Answer::Nothing
            }
            Request::Open {
                doc,
                text,
                file_name,
            } => {
                let slot = self.slot(doc)?;
                let path = file_name.as_deref().map(Path::new);
                *slot = match format::parse(text.as_bytes()) {
                    Ok(loaded) => Slot {
                        doc: Some(Document::loaded(loaded, path)),
                        error: None,
                    },
                    Err(e) => {
                        let error = match path {
                            Some(path) => format::FileError::new(path, e).message(LANGUAGE),
                            None => e.message(LANGUAGE),
                        };
                        Slot {
                            doc: None,
                            error: Some(error),
                        }
                    }
                };
                Answer::View(Box::new(slot.view()))
            }
            Request::Sample { doc } => {
                let slot = self.slot(doc)?;
                *slot = Slot {
                    doc: Some(Document::sample()),
                    error: None,
                };
                Answer::View(Box::new(slot.view()))
            }
            Request::View { doc } => Answer::View(Box::new(self.slot(doc)?.view())),
            Request::State { doc } => Answer::State(self.doc(doc)?.state()),
            Request::Apply { doc, edit } => Answer::Update(
                self.doc(doc)?
                    .apply(*edit)
                    .map_err(|e| Failure::sentence(e.message(LANGUAGE)))?,
            ),
            Request::Undo { doc } => Answer::Update(self.doc(doc)?.undo()),
            Request::Redo { doc } => Answer::Update(self.doc(doc)?.redo()),
            Request::Save { doc, file_name } => {
                let doc = self.doc(doc)?;
                let path = match file_name {
                    Some(name) => name.into(),
                    None => doc
                        .path()
                        .ok_or_else(|| Failure::new(SaveFailure::NoFile.message(LANGUAGE)))?
                        .to_path_buf(),
                };
                Answer::State(doc.mark_saved(&path))
            }
            Request::Presets { language } => Answer::Presets(journey_core::model::presets(Language::from_tag(&language))),
            Request::Library { language } => {
                Answer::Library(journey_core::model::library(Language::from_tag(&language)))
            }
            Request::Merge { doc, theirs, base } => {
                let read = |text: &str| {
                    format::parse(text.as_bytes())
                        .map(|l| l.map)
                        .map_err(|e| Failure::sentence(e.message(LANGUAGE)))
                };
                let theirs = read(&theirs)?;
                let base = base.as_deref().map(read).transpose()?;
                Answer::Merged(Box::new(merge::merge_into(
                    self.doc(doc)?,
                    base.as_ref(),
                    &theirs,
                )))
            }
            Request::Conflicts { doc, language } => Answer::Conflicts(merge::conflict_views(
                self.doc(doc)?.map(),
                Language::from_tag(&language),
            )),
            Request::Resolve { doc, index, take } => Answer::Update(
                merge::resolve_in(self.doc(doc)?, index, take)
                    .map_err(|e| Failure::sentence(e.message(LANGUAGE)))?,
            ),
            Request::Compare {
                doc,
                old,
                old_name,
                language,
            } => {
                let lang = Language::from_tag(&language);
                let old = format::parse(old.as_bytes())
                    .map_err(|e| {
                        Failure::new(format::FileError::new(Path::new(&old_name), e).message(lang))
                    })?
                    .map;
                Answer::Comparison(Box::new(Comparison::of(
                    &old,
                    self.doc(doc)?.map(),
                    old_name,
                    lang,
                )))
            }
        })
    }

    fn slot(&mut self, doc: u32) -> Result<&mut Slot, Failure> {
        self.slots
            .get_mut(&doc)
            .ok_or_else(|| Failure::new(format!("There is no document {doc} in this core.")))
    }

    /// The slot's document; without one, the shell's answer for a window with no map.
    fn doc(&mut self, doc: u32) -> Result<&mut Document, Failure> {
        self.slot(doc)?.doc.as_mut().ok_or_else(|| {
            Failure::new("No map is open in this window. Open a map file or the sample map first.")
        })
    }
}

thread_local! {
    static SLOTS: RefCell<Slots> = RefCell::default();
    static RESPONSE: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// `len` bytes for the host to write a request into; it gives them back with [`dealloc`].
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut buf = Vec::<u8>::with_capacity(len);
    let ptr = buf.as_mut_ptr();
    std::mem::forget(buf);
    ptr
}

/// Frees memory from [`alloc`].
///
/// # Safety
/// `ptr` and `len` are exactly what one call of [`alloc`] gave and took.
#[no_mangle]
pub unsafe extern "C" fn dealloc(ptr: *mut u8, len: usize) {
    drop(Vec::from_raw_parts(ptr, 0, len));
}

/// Answers the JSON request at `ptr..ptr+len`; returns the answer's length in bytes, to be
/// read at [`response_ptr`].
///
/// # Safety
/// `ptr..ptr+len` is memory from [`alloc`] that the host has filled.
#[no_mangle]
pub unsafe extern "C" fn call(ptr: *const u8, len: usize) -> usize {
    let request = std::slice::from_raw_parts(ptr, len);
    let answer = SLOTS.with(|s| s.borrow_mut().handle(request));
    RESPONSE.with(|r| {
        let mut r = r.borrow_mut();
        *r = answer.into_bytes();
        r.len()
    })
}

/// Where the last answer is; valid until the next [`call`].
#[no_mangle]
pub extern "C" fn response_ptr() -> *const u8 {
    RESPONSE.with(|r| r.borrow().as_ptr())
}

/// Seeds the ids of new stages, lanes and cards with 64 random bits of the host's
/// (the target has no entropy of its own).
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub extern "C" fn seed(low: u32, high: u32) {
    journey_core::model::seed_ids(u64::from(high) << 32 | u64::from(low));
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    fn ask(slots: &mut Slots, request: Value) -> Value {
        serde_json::from_str(&slots.handle(request.to_string().as_bytes())).unwrap()
    }

    fn ok(slots: &mut Slots, request: Value) -> Value {
        let answer = ask(slots, request.clone());
        answer
            .get("ok")
            .cloned()
            .unwrap_or_else(|| panic!("{request} failed: {answer}"))
    }

    #[test]
    fn a_map_opened_from_text_is_edited_undone_and_saved_as_the_app_does() {
        let mut s = Slots::default();
        let doc = ok(&mut s, json!({"cmd": "new"}))["doc"].clone();
        let view = ok(
            &mut s,
            json!({"cmd": "open", "doc": doc, "text": journey_core::model::SAMPLE_JSON, "fileName": "m.json"}),
        );
        assert_eq!(
            view["state"],
            json!({"fileName": "m.json", "dirty": false, "canUndo": false, "canRedo": false, "conflicts": 0})
        );
        assert_eq!(view["error"], Value::Null);
        assert_eq!(view["recoveredAt"], Value::Null);
        let edit = json!({"type": "SetSentiment", "id": "tp-cart", "sentiment": "negative"});
        let update = ok(&mut s, json!({"cmd": "apply", "doc": doc, "edit": edit}));
        assert_eq!(update["patch"][0]["op"], "touchpointUpsert");
        assert_eq!(update["state"]["dirty"], true);
        assert_eq!(
            ok(
                &mut s,
                json!({"cmd": "save", "doc": doc, "fileName": "copy.json"})
            ),
            json!({"fileName": "copy.json", "dirty": false, "canUndo": true, "canRedo": false, "conflicts": 0})
        );
        let undone = ok(&mut s, json!({"cmd": "undo", "doc": doc}));
        assert_eq!(
            undone["state"]["dirty"], true,
            "undo past the save is a change"
        );
        assert_eq!(
            ok(&mut s, json!({"cmd": "redo", "doc": doc}))["state"]["dirty"],
            false
        );
        let map = &ok(&mut s, json!({"cmd": "view", "doc": doc}))["map"];
        let card = map["touchpoints"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == "tp-cart")
            .unwrap();
        assert_eq!(card["sentiment"], "negative");
    }

    #[test]
    fn failures_are_one_sentence_like_the_shells() {
        let mut s = Slots::default();
        let doc = ok(&mut s, json!({"cmd": "new"}))["doc"].clone();
        let no_map = ask(&mut s, json!({"cmd": "undo", "doc": doc}));
        assert!(no_map["err"]["message"]
            .as_str()
            .unwrap()
            .starts_with("No map is open"));
        ok(&mut s, json!({"cmd": "sample", "doc": doc}));
        let refused = ask(
            &mut s,
            json!({"cmd": "apply", "doc": doc, "edit": {"type": "RenameStage", "id": "nope", "name": "X"}}),
        );
        let message = refused["err"]["message"].as_str().unwrap();
        assert!(
            message.starts_with(char::is_uppercase) && message.ends_with('.'),
            "{message}"
        );
        assert!(message.contains("nope"), "{message}");
        assert_eq!(
            ok(&mut s, json!({"cmd": "state", "doc": doc}))["canUndo"],
            false
        );
        let untitled = ask(&mut s, json!({"cmd": "save", "doc": doc}));
        assert!(untitled["err"]["message"].is_string());
        assert!(ask(&mut s, json!({"cmd": "fly"}))["err"]["message"].is_string());
    }

    #[test]
    fn a_file_that_cannot_be_read_shows_the_loaders_message_with_its_name() {
        let mut s = Slots::default();
        let doc = ok(&mut s, json!({"cmd": "new"}))["doc"].clone();
        let view = ok(
            &mut s,
            json!({"cmd": "open", "doc": doc, "text": "{\"format\": \"journey-map\",", "fileName": "a.json"}),
        );
        assert_eq!(view["map"], Value::Null);
        assert!(
            view["error"].as_str().unwrap().contains("a.json"),
            "{}",
            view["error"]
        );
    }

    #[test]
    fn the_library_is_the_cores_in_the_language_asked() {
        let mut s = Slots::default();
        let pl = ok(&mut s, json!({"cmd": "library", "language": "pl"}));
        assert_eq!(
            pl,
            serde_json::to_value(journey_core::model::library(Language::Pl)).unwrap()
        );
    }

    #[test]
    fn a_comparison_is_the_cores_and_a_bad_old_copy_gets_the_loaders_message() {
        let mut s = Slots::default();
        let doc = ok(&mut s, json!({"cmd": "new"}))["doc"].clone();
        ok(&mut s, json!({"cmd": "sample", "doc": doc}));
        let edit = json!({"type": "SetSentiment", "id": "tp-cart", "sentiment": "negative"});
        ok(&mut s, json!({"cmd": "apply", "doc": doc, "edit": edit}));
        let old = journey_core::model::SAMPLE_JSON;
        let c = ok(
            &mut s,
            json!({"cmd": "compare", "doc": doc, "old": old, "oldName": "a.json", "language": "en"}),
        );
        assert_eq!(c["count"], 1);
        assert_eq!(c["oldName"], "a.json");
        assert_eq!(
            c["sections"][0]["changes"][0]["subject"],
            json!({"kind": "card", "id": "tp-cart"})
        );
        let bad = ask(
            &mut s,
            json!({"cmd": "compare", "doc": doc, "old": "{", "oldName": "a.json", "language": "en"}),
        );
        assert!(
            bad["err"]["message"].as_str().unwrap().contains("a.json"),
            "{bad}"
        );
    }
}
