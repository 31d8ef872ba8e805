// Typed wrappers over the Tauri commands of the UI <-> core contract.
// The web view has no file access: every file operation is a command the core runs.

import { invoke } from '@tauri-apps/api/core';
import type { DocState, DocumentView, Edit, ExportFormat, ExportOptions, LibrarySection, RecentEntry, Update } from './types';

/** A command failed; `message` is the core's one sentence for the user. */
export class CommandError extends Error {
  readonly command: string;
  constructor(command: string, message: string) {
    super(message);
    this.name = 'CommandError';
    this.command = command;
  }
}

/** The core rejects with a string; anything else (a bug, a lost IPC channel) is turned into text. */
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

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    throw new CommandError(command, errorMessage(err));
  }
}

export const api = {
  /** The document of this window; also right after a web view reload. */
  loadDocument: () => call<DocumentView>('load_document'),
  applyEdit: (edit: Edit) => call<Update>('apply_edit', { edit }),
  undo: () => call<Update>('undo'),
  redo: () => call<Update>('redo'),
  /** null: the user cancelled the Save dialog of a never-saved map. */
  save: () => call<DocState | null>('save'),
  /** null: the user cancelled the dialog. */
  saveAs: () => call<DocState | null>('save_as'),
  /** Native Open dialog; null: cancelled. */
  open: () => call<DocumentView | null>('open'),
  openSample: () => call<DocumentView>('open_sample'),
  /** Closes this window; the core asks about unsaved changes first. */
  closeWindow: () => call<void>('close_window'),
  recentFiles: () => call<RecentEntry[]>('recent_files'),
  /** The desktop session's languages, most preferred first ("ru-RU"). */
  preferredLanguages: () => call<string[]>('preferred_languages'),
  /** Remembers the language chosen in the app. */
  setLanguage: (language: string) => call<void>('set_language', { language }),
  /** After an outside change: keep this map; the next save overwrites the file. */
  keepMine: () => call<DocState>('keep_mine'),
  /** After an outside change: replace this map with the file's new version. */
  loadTheirs: () => call<DocumentView>('load_theirs'),
  /** Opens entry `index` of the recent list (in this window if it is untouched). */
  openRecent: (index: number) => call<void>('open_recent', { index }),
  /**
   * Export…: the core asks where (native dialog), then writes the file, sending
   * "export-progress" events (0 to 1) meanwhile. The file's name once written; null when
   * the user cancelled, in the dialog or with cancelExport.
   */
  exportMap: (format: ExportFormat, options: ExportOptions) => call<string | null>('export_map', { format, options }),
  /** Stops this window's running export; nothing is written. */
  cancelExport: () => call<void>('cancel_export'),
  /** The other open maps' emotion curves, to compare with this one. */
  otherMaps: () => call<OtherMap[]>('other_maps'),
  /** The touchpoint library, in `language` (the UI's: "en", "ru", "pl"). */
  touchpointLibrary: (language: string) => call<LibrarySection[]>('touchpoint_library', { language }),
};

/** Another open map, as the comparison of emotion curves needs it. */
export interface OtherMap {
  label: string;
  title: string;
  stages: string[];
  curve: (number | null)[];
}

export type Api = typeof api;
