// The UI <-> core contract under the names the UI uses. Every type here comes from
// ./generated/bindings.ts, generated from the Rust types (src-tauri/src/bindings.rs); this
// module only picks the side of each type the UI sees and adds helpers derived from them.
//
// A Rust type whose JSON differs between what the core sends and what it accepts (fields
// it leaves out when empty, fields it fills in when missing) is generated twice: `_Serialize`
// is what the core sends, `_Deserialize` what it accepts.

import {
  CHANNELS as CORE_CHANNELS,
  EXPORT_FORMATS as CORE_EXPORT_FORMATS,
  HYPOTHESIS_STATUSES as CORE_HYPOTHESIS_STATUSES,
  IMPORT_ROLES as CORE_IMPORT_ROLES,
  SENTIMENTS as CORE_SENTIMENTS,
} from './generated/bindings';
import type {
  Change_Serialize,
  CommandError_Serialize,
  Criterion_Serialize,
  CriterionSummary,
  Measures_Serialize,
  MetricSummary_Serialize,
  Presets_Serialize,
  MetricsPreview_Serialize,
  Feedback_Serialize,
  MetricDefinition_Serialize,
  Metric_Serialize,
  ComparedChange_Serialize,
  ComparedSection_Serialize,
  Comparison_Serialize,
  Place_Serialize,
  DocState_Serialize,
  DocumentView_Serialize,
  Edit_Deserialize,
  Format,
  HypothesisStatus,
  Hypothesis_Serialize,
  Layout,
  Preview_Serialize,
  Role,
  Lane_Serialize,
  MapDetails_Serialize,
  MapField_Deserialize,
  MergeDone_Serialize,
  MergeStart_Serialize,
  Map_Serialize,
  Options_Deserialize,
  PatchOp_Serialize,
  Persona_Serialize,
  Sentiment,
  Stage_Serialize,
  TouchpointChannel,
  TouchpointField_Deserialize,
  Touchpoint_Serialize,
  Update_Serialize,
} from './generated/bindings';

export type {
  Aggregate,
  Better,
  BaseChoice,
  BoardMeasure,
  ConflictKind,
  ConflictView,
  Control,
  Entity,
  Take,
  ErrorCode,
  Delimiter,
  Frequency,
  Horizon,
  HypothesisStatus,
  LibraryItem,
  LibrarySection,
  OtherMap,
  Paper,
  Presence,
  RecentEntry,
  Sentiment,
} from './generated/bindings';

// What the core sends.

/**
 * The map as the core sends it. Stage order is the order of `stages`; the order of
 * the cards in a stage is the order of `touchpoints` filtered by that stage.
 */
export type MapView = Map_Serialize;
export type Stage = Stage_Serialize;
export type Touchpoint = Touchpoint_Serialize;
export type Lane = Lane_Serialize;
export type Persona = Persona_Serialize;
export type Hypothesis = Hypothesis_Serialize;
/** A measured value on a card (format 1.2). */
export type Metric = Metric_Serialize;
/** A customer's quote on a card (format 1.2). */
export type Feedback = Feedback_Serialize;
/** One of the map's metrics: name, unit, scale, target (format 1.2). */
export type MetricDefinition = MetricDefinition_Serialize;
/** One of the map's evaluation criteria; cards are rated 1 to 5 on it (format 1.2). */
export type Criterion = Criterion_Serialize;
/** The core's summary of the map's metrics and criteria, sent with every change. */
export type Measures = Measures_Serialize;
export type MetricSummary = MetricSummary_Serialize;
export type { CriterionSummary };
/** The metrics and criteria a map can start from, named in one language. */
export type Presets = Presets_Serialize;
/** What Import Metrics… would change in the map. */
export type MetricsPreview = MetricsPreview_Serialize;
export type MapDetails = MapDetails_Serialize;
export type PatchOp = PatchOp_Serialize;
export type Update = Update_Serialize;
/** What every failed command rejects with, as the shell sends it (src-tauri/src/error.rs). */
export type IpcError = CommandError_Serialize;
export type DocState = DocState_Serialize;
export type DocumentView = DocumentView_Serialize;
/** Merge…, step one: the other copy picked, and its common version found in git. */
export type MergeStart = MergeStart_Serialize;
/** What merging another copy did. */
export type MergeDone = MergeDone_Serialize;
/** File → Import…: what the file would import as (the columns as understood, the first cards). */
export type ImportPreview = Preview_Serialize;
/** A sheet's header row and what each column holds; the page sends it back changed. */
export type ImportLayout = Layout;
export type ImportRole = Role;

// What the UI sends.

export type Edit = Edit_Deserialize;
/** The one edit a drag or Alt+arrow sends: built once, by moves.ts. */
export type MoveEdit = Extract<Edit, { type: 'MoveTouchpoint' }>;
export type TouchpointField = TouchpointField_Deserialize;
export type MapField = MapField_Deserialize;
/**
 * The core's `export::Options`, each option given and the language left out: the core
 * uses the UI's own.
 */
export type ExportOptions = Required<Omit<Options_Deserialize, 'language'>>;

// Named for the UI: in the bindings `Channel` is Tauri's IPC channel, `Format` too general.
export type Channel = TouchpointChannel;
export type ExportFormat = Format;

/**
 * `list`, checked at compile time to name every member of `U` and nothing else: a variant
 * added in Rust without its entry in a list fails svelte-check, naming what is missing.
 */
function every<U extends string>() {
  return <const L extends readonly U[]>(
    list: L & ([Exclude<U, L[number]>] extends [never] ? unknown : { missing: Exclude<U, L[number]> }),
  ): L => list;
}

// The core's lists (its `ALL` constants), checked against the generated unions since those
// lists are written by hand in Rust too.
export const SENTIMENTS = every<Sentiment>()(CORE_SENTIMENTS);
export const CHANNELS = every<Channel>()(CORE_CHANNELS);
export const EXPORT_FORMATS = every<ExportFormat>()(CORE_EXPORT_FORMATS);
export const HYPOTHESIS_STATUSES = every<HypothesisStatus>()(CORE_HYPOTHESIS_STATUSES);
export const IMPORT_ROLES = every<ImportRole>()(CORE_IMPORT_ROLES);

export function isSentiment(value: unknown): value is Sentiment {
  return (SENTIMENTS as readonly unknown[]).includes(value);
}

// A comparison of this map (NEW) with another copy of it (OLD), as the core computes it.

/** One difference between the two copies, as the core's diff reports it. */
export type Change = Change_Serialize;
/** Where a card was or is: its stage, lane and position there. */
export type Place = Place_Serialize;
/** What to compare the map with: another copy picked in the file dialog, or its saved file. */
export type { ChangeDetail, CompareWith, Subject } from './generated/bindings';
/** A change with its sentence, what it is about and its old and new value in words. */
export type ComparedChange = ComparedChange_Serialize;
/** The changes under one heading: the map, the lanes, or a stage. */
export type ComparedSection = ComparedSection_Serialize;
/** What File → Compare With… answers. */
export type Comparison = Comparison_Serialize;
