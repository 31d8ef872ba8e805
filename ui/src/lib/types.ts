// Types shared with the Rust core. They mirror the UI <-> core contract exactly;
// change them only together with the core's commands.

export type Sentiment = 'positive' | 'neutral' | 'negative';

export const SENTIMENTS: readonly Sentiment[] = ['positive', 'neutral', 'negative'];

export function isSentiment(value: unknown): value is Sentiment {
  return value === 'positive' || value === 'neutral' || value === 'negative';
}

/** A stage (a column). Fields the UI does not know are kept untouched. */
export interface Stage {
  id: string;
  name: string;
  [k: string]: unknown;
}

/** A touchpoint (a card). Fields the UI does not know are kept untouched. */
export interface Touchpoint {
  id: string;
  stage: string;
  title: string;
  sentiment: Sentiment;
  [k: string]: unknown;
}

/**
 * The map as the core sends it. Stage order is the order of `stages`; the order of
 * the cards in a stage is the order of `touchpoints` filtered by that stage.
 */
export interface MapView {
  title: string;
  stages: Stage[];
  touchpoints: Touchpoint[];
}

export interface DocState {
  fileName: string | null;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

export interface DocumentView {
  map: MapView | null;
  state: DocState;
  error: string | null;
  /** What the core noted while opening the file: repairs, a newer format version. */
  notes?: string[];
  /** Set when the map was restored after a crash: when it was last edited (ms since epoch). */
  recoveredAt?: number | null;
}

export type Edit =
  | { type: 'SetMapTitle'; title: string }
  | { type: 'AddStage'; index: number; name: string }
  | { type: 'RenameStage'; id: string; name: string }
  | { type: 'MoveStage'; id: string; index: number }
  | { type: 'DeleteStage'; id: string }
  | { type: 'AddTouchpoint'; stage: string; index: number; title: string; sentiment: Sentiment }
  | { type: 'RenameTouchpoint'; id: string; title: string }
  | { type: 'SetSentiment'; id: string; sentiment: Sentiment }
  | { type: 'MoveTouchpoint'; id: string; toStage: string; index: number }
  | { type: 'DeleteTouchpoint'; id: string };

export type PatchOp =
  | { op: 'mapTitle'; title: string }
  | { op: 'stageUpsert'; stage: Stage; index: number }
  | { op: 'stageRemove'; id: string }
  | { op: 'touchpointUpsert'; touchpoint: Touchpoint; index: number }
  | { op: 'touchpointRemove'; id: string };

export interface Update {
  patch: PatchOp[];
  state: DocState;
  /** Id of an entity the edit created (or brought back): the UI selects it. */
  focus: string | null;
}

/** One entry of Open Recent. */
export interface RecentEntry {
  path: string;
  name: string;
  /** False when the file is gone: shown as missing. */
  exists: boolean;
}

/** What a map exports to (the core's `export::Format`). */
export type ExportFormat = 'png' | 'svg' | 'pdf' | 'html' | 'csv' | 'md';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'pdf', 'html', 'csv', 'md'];

/** PDF paper: the map's own size on one page, or landscape sheets. */
export type Paper = 'map' | 'a4' | 'a3' | 'letter';

/** CSV field separator. */
export type Delimiter = 'comma' | 'semicolon';

/**
 * The core's `export::Options`, less the language: the core uses the UI's own. Each
 * option concerns one format and is ignored by the others.
 */
export interface ExportOptions {
  /** PNG: pixels per pixel of the map. */
  scale: 1 | 2;
  /** PDF. */
  paper: Paper;
  /** CSV. */
  delimiter: Delimiter;
}
