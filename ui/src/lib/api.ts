// The Tauri commands of the UI <-> core contract. Their names, arguments and results are
// generated from Rust (./generated/bindings.ts); this adds one error type for every failure.
// The web view has no file access: every file operation is a command the core runs.

import { commands } from './generated/bindings';
import type {
  BaseChoice,
  CompareWith,
  Comparison,
  ConflictView,
  DocState,
  DocumentView,
  Edit,
  ErrorCode,
  ExportFormat,
  ExportOptions,
  ImportLayout,
  ImportPreview,
  IpcError,
  LibrarySection,
  MergeDone,
  MergeStart,
  MetricsPreview,
  OtherMap,
  Presets,
  RecentEntry,
  Take,
  Update,
} from './types';

/** Another open map, as the comparison of emotion curves needs it. */
export type { OtherMap } from './types';

function isIpcError(err: unknown): err is IpcError {
  return (
    !!err &&
    typeof err === 'object' &&
    'code' in err &&
    typeof err.code === 'string' &&
    'message' in err &&
    typeof err.message === 'string'
  );
}

/** A command failed; `message` is the core's one sentence for the user. */
export class CommandError extends Error {
  /** The `api` method that failed. */
  readonly command: string;
  /** The shell's error code; undefined when the failure did not come from the shell. */
  readonly code: ErrorCode | undefined;
  readonly file: string | null;
  constructor(command: string, message: string, code?: ErrorCode, file: string | null = null) {
    super(message);
    this.name = 'CommandError';
    this.command = command;
    this.code = code;
    this.file = file;
  }
}

/** The shell rejects with an {@link IpcError}; anything else (a bug, a lost IPC channel) is turned into text. */
export function errorMessage(err: unknown): string {
  if (typeof err === 'string') return err;
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object' && 'message' in err && typeof err.message === 'string') {
    return err.message;
  }
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}

async function call<T>(command: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (isIpcError(err)) throw new CommandError(command, err.message, err.code, err.file ?? null);
    throw new CommandError(command, errorMessage(err));
  }
}

export const api = {
  /** The document of this window; also right after a web view reload. */
  loadDocument: (): Promise<DocumentView> => call('loadDocument', () => commands.loadDocument()),
  applyEdit: (edit: Edit): Promise<Update> => call('applyEdit', () => commands.applyEdit(edit)),
  undo: (): Promise<Update> => call('undo', () => commands.undo()),
  redo: (): Promise<Update> => call('redo', () => commands.redo()),
  /** null: the user cancelled the Save dialog of a never-saved map. */
  save: (): Promise<DocState | null> => call('save', () => commands.save()),
  /** null: the user cancelled the dialog. */
  saveAs: (): Promise<DocState | null> => call('saveAs', () => commands.saveAs()),
  /** Native Open dialog; null: cancelled. */
  open: (): Promise<DocumentView | null> => call('open', () => commands.open()),
  openSample: (): Promise<DocumentView> => call('openSample', () => commands.openSample()),
  /** Closes this window; the core asks about unsaved changes first. */
  closeWindow: async (): Promise<void> => {
    await call('closeWindow', () => commands.closeWindow());
  },
  /** Workshop mode: the window full screen, or back. */
  setFullScreen: async (on: boolean): Promise<void> => {
    await call('setFullScreen', () => commands.setFullScreen(on));
  },
  recentFiles: (): Promise<RecentEntry[]> => call('recentFiles', () => commands.recentFiles()),
  /** The desktop session's languages, most preferred first ("ru-RU"). */
  preferredLanguages: (): Promise<string[]> => call('preferredLanguages', () => commands.preferredLanguages()),
  /** Remembers the language chosen in the app. */
  setLanguage: async (language: string): Promise<void> => {
    await call('setLanguage', () => commands.setLanguage(language));
  },
  /** After an outside change: keep this map; the next save overwrites the file. */
  keepMine: (): Promise<DocState> => call('keepMine', () => commands.keepMine()),
  /** After an outside change: replace this map with the file's new version. */
  loadTheirs: (): Promise<DocumentView> => call('loadTheirs', () => commands.loadTheirs()),
  /** Opens entry `index` of the recent list (in this window if it is untouched). */
  openRecent: async (index: number): Promise<void> => {
    await call('openRecent', () => commands.openRecent(index));
  },
  /**
   * Export…: the core asks where (native dialog), then writes the file, sending
   * "export-progress" events (0 to 1) meanwhile. The file's name once written; null when
   * the user cancelled, in the dialog or with cancelExport.
   */
  exportMap: (format: ExportFormat, options: ExportOptions): Promise<string | null> =>
    call('exportMap', () => commands.exportMap(format, options)),
  /** Stops this window's running export; nothing is written. */
  cancelExport: async (): Promise<void> => {
    await call('cancelExport', () => commands.cancelExport());
  },
  /** The other open maps' emotion curves, to compare with this one. */
  otherMaps: (): Promise<OtherMap[]> => call('otherMaps', () => commands.otherMaps()),
  /** The touchpoint library, in `language` (the UI's: "en", "ru", "pl"). */
  touchpointLibrary: (language: string): Promise<LibrarySection[]> =>
    call('touchpointLibrary', () => commands.touchpointLibrary(language)),
  /** The metrics and criteria a map can start from, in `language` (the UI's). */
  measurePresets: (language: string): Promise<Presets> => call('measurePresets', () => commands.measurePresets(language)),
  /** Merge…, step one: the native dialog for the other copy, and its common version in git. null: cancelled. */
  mergeBegin: (): Promise<MergeStart | null> => call('mergeBegin', () => commands.mergeBegin()),
  /** Merge…, step two: merges from the chosen base as one undoable edit. null: cancelled. */
  mergeFinish: (base: BaseChoice): Promise<MergeDone | null> => call('mergeFinish', () => commands.mergeFinish(base)),
  /** The merge conflicts the map records, said in `language` (the UI's: "en", "ru", "pl"). */
  mergeConflicts: (language: string): Promise<ConflictView[]> =>
    call('mergeConflicts', () => commands.mergeConflicts(language)),
  /** Resolves recorded conflict `index` by keeping this copy's value or taking the other's. */
  resolveConflict: (index: number, take: Take): Promise<Update> =>
    call('resolveConflict', () => commands.resolveConflict(index, take)),
  /**
   * File → Compare With… (`file`: the core asks which copy) or Compare with Saved Version:
   * the changes from that copy to this map; null when the dialog was cancelled.
   */
  startComparison: (withCopy: CompareWith): Promise<Comparison | null> =>
    call('startComparison', () => commands.startComparison(withCopy)),
  /** The comparison again, with this map as it is now; null when there is none any more. */
  comparison: (): Promise<Comparison | null> => call('comparison', () => commands.comparison()),
  endComparison: async (): Promise<void> => {
    await call('endComparison', () => commands.endComparison());
  },
  /**
   * File → Import…: the native dialog for a sheet or a Mermaid journey; the file's name, null
   * when cancelled. The core keeps the file for this window (as it keeps one dropped on it):
   * the two commands below work on it, and the page never names a path.
   */
  pickImportFile: (): Promise<string | null> => call('pickImportFile', () => commands.pickImportFile()),
  /** What the window's file would import as, with `sheet` and `layout` (null: the first sheet, the columns guessed). */
  importPreview: (sheet: string | null, layout: ImportLayout | null): Promise<ImportPreview> =>
    call('importPreview', () => commands.importPreview(sheet, layout)),
  /** Import Metrics…: what the window's file would change in this map, read with `sheet`; `date` dates rows without one. */
  metricsPreview: (sheet: string | null, date: string | null): Promise<MetricsPreview> =>
    call('metricsPreview', () => commands.metricsPreview(sheet, date)),
  /** Import Metrics…, as previewed: the values go into this map as one undo step. */
  metricsFinish: (sheet: string | null, date: string | null): Promise<Update> =>
    call('metricsFinish', () => commands.metricsFinish(sheet, date)),
  /** Imports the window's file as previewed: the core opens it as a new, untitled map in a window of its own. */
  importFinish: async (sheet: string | null, layout: ImportLayout | null): Promise<void> => {
    await call('importFinish', () => commands.importFinish(sheet, layout));
  },
};

export type Api = typeof api;
