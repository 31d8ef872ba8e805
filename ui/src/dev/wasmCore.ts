// The real Rust core, compiled to WebAssembly (src-tauri/core/wasm, built by
// scripts/build-core-wasm.sh into ui/.core/), for the UI's unit tests and `vite dev` in a
// plain browser. Its answers are the ones the Tauri commands give, in the same JSON.
// Never part of the production build (see main.ts).
//
// The module is loaded once per page or test file (loadCore), then each WasmCore is one
// document in it, like one window of the app.

import type { Comparison, ConflictView, DocState, DocumentView, Edit, LibrarySection, MapView, MergeDone, Presets, Take, Update } from '../lib/types';

interface CoreExports {
  memory: WebAssembly.Memory;
  alloc(len: number): number;
  dealloc(ptr: number, len: number): void;
  call(ptr: number, len: number): number;
  response_ptr(): number;
  seed(low: number, high: number): void;
}

/** A refused request, with the core's one sentence, as the shell sends it. */
export class CoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoreError';
  }
}

let core: CoreExports | null = null;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Instantiates the core from its .wasm bytes (or a fetch of them); ids are seeded from crypto. */
export async function loadCore(source: BufferSource | Response | Promise<Response>): Promise<void> {
  const streamed = (typeof Response !== 'undefined' && source instanceof Response) || source instanceof Promise;
  const { instance } = streamed
    ? await WebAssembly.instantiateStreaming(source as Response | Promise<Response>)
    : await WebAssembly.instantiate(source as BufferSource);
  const exports = instance.exports as unknown as CoreExports;
  const [low, high] = crypto.getRandomValues(new Uint32Array(2));
  exports.seed(low, high);
  core = exports;
}

function request<T>(body: Record<string, unknown>): T {
  if (!core) throw new Error('The WebAssembly core is not loaded: call loadCore first (src/dev/wasmCore.ts).');
  const bytes = encoder.encode(JSON.stringify(body));
  const ptr = core.alloc(bytes.length);
  new Uint8Array(core.memory.buffer, ptr, bytes.length).set(bytes);
  let len: number;
  try {
    len = core.call(ptr, bytes.length);
  } finally {
    core.dealloc(ptr, bytes.length);
  }
  // The memory may have grown during the call: take its buffer afresh.
  const answer = JSON.parse(decoder.decode(new Uint8Array(core.memory.buffer, core.response_ptr(), len)));
  if ('err' in answer) throw new CoreError(answer.err.message);
  return answer.ok as T;
}

/** The touchpoint library, as `touchpoint_library` answers. */
export function library(language = 'en'): LibrarySection[] {
  return request({ cmd: 'library', language });
}

/** The measures' presets, as `measure_presets` answers. */
export function presets(language = 'en'): Presets {
  return request({ cmd: 'presets', language });
}

/** A map as the file would hold it, for the core's loader. */
function fileText(map: MapView): string {
  return JSON.stringify(map);
}

/** One open document of the real core: what one window of the app holds. */
export class WasmCore {
  readonly #doc: number;

  /** A document holding `map` as read from the file `fileName` (null: never saved). */
  constructor(map: MapView | null, fileName: string | null = 'customer-journey.json') {
    this.#doc = request<{ doc: number }>({ cmd: 'new' }).doc;
    if (map) this.replace(map, fileName);
  }

  /** A document for a file's text, read as the app reads the file (checks, repairs, notes). */
  static reading(text: string, fileName: string | null): WasmCore {
    const core = new WasmCore(null);
    core.open(text, fileName);
    return core;
  }

  /** The map as the core holds it now; null when no map is open. */
  get map(): MapView | null {
    return this.document().map;
  }

  get fileName(): string | null {
    return this.document().state.fileName;
  }

  /** As `load_document` answers. */
  document(): DocumentView {
    return request({ cmd: 'view', doc: this.#doc });
  }

  state(): DocState {
    return request({ cmd: 'state', doc: this.#doc });
  }

  /** As `apply_edit`; throws a CoreError with the core's sentence for a refused edit. */
  apply(edit: Edit): Update {
    return request({ cmd: 'apply', doc: this.#doc, edit });
  }

  undo(): Update {
    return request({ cmd: 'undo', doc: this.#doc });
  }

  redo(): Update {
    return request({ cmd: 'redo', doc: this.#doc });
  }

  /** The state a successful save leaves, to `fileName` (Save As) or to the document's file. */
  markSaved(fileName?: string): DocState {
    return request({ cmd: 'save', doc: this.#doc, fileName: fileName ?? null });
  }

  /** Opens `map` in this document instead (File → Open), history and all gone. */
  replace(map: MapView, fileName: string | null): DocumentView {
    return this.open(fileText(map), fileName);
  }

  /** Opens a file's text in this document instead: its map, or why it cannot be read. */
  open(text: string, fileName: string | null): DocumentView {
    return request({ cmd: 'open', doc: this.#doc, text, fileName });
  }

  /** The core's sample map, untitled, as `open_sample` answers. */
  sample(): DocumentView {
    return request({ cmd: 'sample', doc: this.#doc });
  }

  /** The touchpoint library, as `touchpoint_library` answers. */
  library(language = 'en'): LibrarySection[] {
    return library(language);
  }

  /** The measures' presets, as `measure_presets` answers. */
  presets(language = 'en'): Presets {
    return presets(language);
  }

  /** Merges `theirs` in from `base` (null: every difference is a choice), as `merge_finish` does. */
  merge(theirs: MapView, base: MapView | null): MergeDone {
    return request({ cmd: 'merge', doc: this.#doc, theirs: fileText(theirs), base: base && fileText(base) });
  }

  /** The recorded conflicts, as `merge_conflicts` answers. */
  conflicts(language = 'en'): ConflictView[] {
    return request({ cmd: 'conflicts', doc: this.#doc, language });
  }

  /** As `resolve_conflict`. */
  resolve(index: number, take: Take): Update {
    return request({ cmd: 'resolve', doc: this.#doc, index, take });
  }

  /**
   * The comparison of this document's map (NEW) with the map file text `old` (OLD) named
   * `oldName`, as `start_comparison` answers; a CoreError with the loader's message when
   * `old` cannot be read.
   */
  compare(old: string, oldName: string, language = 'en'): Comparison {
    return request({ cmd: 'compare', doc: this.#doc, old, oldName, language });
  }

  /** Frees the document in the core. */
  close(): void {
    request({ cmd: 'close', doc: this.#doc });
  }
}
