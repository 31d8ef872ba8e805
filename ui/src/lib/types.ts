// Types shared with the Rust core. They mirror the UI <-> core contract exactly;
// change them only together with the core's commands.

export type Sentiment = 'positive' | 'neutral' | 'negative';

export const SENTIMENTS: readonly Sentiment[] = ['positive', 'neutral', 'negative'];

export function isSentiment(value: unknown): value is Sentiment {
  return value === 'positive' || value === 'neutral' || value === 'negative';
}

export const CHANNELS = [
  'website',
  'social-media',
  'search',
  'online-ad',
  'email',
  'messenger',
  'phone',
  'store',
  'print-outdoor',
  'reviews',
  'partner',
  'referral',
  'packaging',
  'billing',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];
export type Presence = 'online' | 'offline';
export type Control = 'brand' | 'third-party';
export type Horizon = 'short-term' | 'long-term';
export type Frequency = 'one-off' | 'recurring';
export const HYPOTHESIS_STATUSES = ['idea', 'testing', 'confirmed', 'rejected'] as const;
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number];

export interface Hypothesis {
  text: string;
  status: HypothesisStatus;
  [k: string]: unknown;
}

/** A row across the stages. */
export interface Lane {
  id: string;
  name: string;
  [k: string]: unknown;
}

export interface Persona {
  name: string;
  description?: string;
  goals?: string[];
  [k: string]: unknown;
}

/** Everything about the map besides its grid (format 1.1). */
export interface MapDetails {
  personas: Persona[];
  customerGoals: string[];
  businessGoals: string[];
  notes: string;
  lastReview: string | null;
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
  /** The lane's id; absent or empty when the map has no lanes. */
  lane?: string;
  title: string;
  sentiment: Sentiment;
  // Details (format 1.1); the core leaves out the empty ones.
  description?: string;
  channel?: Channel;
  presence?: Presence;
  owner?: string;
  control?: Control;
  horizon?: Horizon;
  frequency?: Frequency;
  score?: number;
  painPoints?: string[];
  delights?: string[];
  hypotheses?: Hypothesis[];
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
  /** Rows across the stages, top to bottom; none (or absent): the map is one row. */
  lanes?: Lane[];
  personas?: Persona[];
  customerGoals?: string[];
  businessGoals?: string[];
  notes?: string;
  /** `YYYY-MM-DD`. */
  lastReview?: string | null;
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
  /** `channel`: the new card's channel from the start (a card from the library), in the same undo step. */
  | {
      type: 'AddTouchpoint';
      stage: string;
      index: number;
      title: string;
      sentiment: Sentiment;
      lane?: string | null;
      channel?: Channel | null;
    }
  | { type: 'RenameTouchpoint'; id: string; title: string }
  | { type: 'SetSentiment'; id: string; sentiment: Sentiment }
  /** `index` counts the cards of `toStage` in every lane; `lane` moves it to another lane. */
  | { type: 'MoveTouchpoint'; id: string; toStage: string; index: number; lane?: string | null }
  | { type: 'DeleteTouchpoint'; id: string }
  | { type: 'SetTouchpointField'; id: string; field: TouchpointField }
  | { type: 'SetMapField'; field: MapField }
  | { type: 'AddLane'; index: number; name: string }
  | { type: 'RenameLane'; id: string; name: string }
  | { type: 'MoveLane'; id: string; index: number }
  /** The lane's cards move to the next lane (or the previous); the last lane leaves none. */
  | { type: 'DeleteLane'; id: string };

/** One touchpoint detail and its new value; `null` clears a choice. */
export type TouchpointField =
  | { field: 'description'; value: string }
  | { field: 'channel'; value: Channel | null }
  | { field: 'presence'; value: Presence | null }
  | { field: 'owner'; value: string }
  | { field: 'control'; value: Control | null }
  | { field: 'horizon'; value: Horizon | null }
  | { field: 'frequency'; value: Frequency | null }
  /** 1 to 5; the core refuses anything else. */
  | { field: 'score'; value: number | null }
  | { field: 'painPoints'; value: string[] }
  | { field: 'delights'; value: string[] }
  | { field: 'hypotheses'; value: Hypothesis[] };

/** One map detail and its new value. */
export type MapField =
  | { field: 'personas'; value: Persona[] }
  | { field: 'customerGoals'; value: string[] }
  | { field: 'businessGoals'; value: string[] }
  | { field: 'notes'; value: string }
  /** `YYYY-MM-DD`, or null; the core refuses other text. */
  | { field: 'lastReview'; value: string | null };

export type PatchOp =
  | { op: 'mapTitle'; title: string }
  | { op: 'stageUpsert'; stage: Stage; index: number }
  | { op: 'stageRemove'; id: string }
  | { op: 'touchpointUpsert'; touchpoint: Touchpoint; index: number }
  | { op: 'touchpointRemove'; id: string }
  | { op: 'laneUpsert'; lane: Lane; index: number }
  | { op: 'laneRemove'; id: string }
  | { op: 'mapDetails'; details: MapDetails };

export interface Update {
  patch: PatchOp[];
  state: DocState;
  /** Id of an entity the edit created (or brought back): the UI selects it. */
  focus: string | null;
}

/** A common touchpoint of the library, ready to become a card. */
export interface LibraryItem {
  title: string;
  channel: Channel;
}

/** The library's common touchpoints of one kind of stage (the core's `LibrarySection`). */
export interface LibrarySection {
  /** `awareness`, `consideration`, `decision`, `purchase`, `loyalty`. */
  kind: string;
  /** The kind of stage, in the UI's language. */
  name: string;
  items: LibraryItem[];
  /** The ids of the stages this section suits (`stage-awareness`, `stage-before`…), as the core decides. */
  stageIds: string[];
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
