// The app's single document and the stores and controllers around it: the selection and
// where the focus goes, the side panel, the notices, the user's edits, drag, export, the
// comparison of curves, the filters, the touchpoint library, merging, the board's zoom and windowing.
import { api } from './api';
import { DragController } from './drag.svelte';
import { CompareController } from './compare.svelte';
import { ComparisonController } from './comparison.svelte';
import { DocumentStore } from './document.svelte';
import { MapEditor } from './edits';
import { ExportController } from './exporter.svelte';
import { FilterController } from './filters.svelte';
import { ImportController } from './importer.svelte';
import { LibraryController } from './library.svelte';
import { MeasureLens } from './lens.svelte';
import { ByLanguage } from './byLanguage.svelte';
import type { Presets } from './types';
import { MergeController } from './merging.svelte';
import { MetricsImportController } from './metricsImporter.svelte';
import { Notices } from './notices.svelte';
import { Panels } from './panels.svelte';
import { SelectionStore } from './selection.svelte';
import { BoardViewport, WINDOW_FROM_CARDS } from './viewport';
import { ZoomController } from './zoom.svelte';
import { FindController } from './find.svelte';
import { OverviewChoice } from './overview.svelte';
import { WorkshopController } from './workshop.svelte';

export const notices = new Notices();
export const selection = new SelectionStore();
/** Where the focus goes: components register their elements here (components/focusTarget.ts). */
export const focus = selection.focus;
export const doc = new DocumentStore(api, { selection, notices });
export const edits = new MapEditor(doc);
export const panels = new Panels(selection);
export const drag = new DragController(doc, edits);
export const exporter = new ExportController(doc, api, () => lens.exported);
/** File → Import…: a sheet or a Mermaid journey previewed, then opened as a new map. */
export const importer = new ImportController();
/** Import Metrics…: a survey or analytics export's values into this map's cards. */
export const metricsImport = new MetricsImportController(doc);
export const compare = new CompareController();
/** File → Compare With…: this map against another copy of it, marked on the board. */
export const comparison = new ComparisonController(api, { selection, notices });
export const filters = new FilterController();
/** The measure the board shows on its cards and stages, and the heat view. */
export const lens = new MeasureLens(() => doc.measures);
export const library = new LibraryController();
/** The metrics and criteria a map can start from, named in the UI's language. */
export const presets = new ByLanguage<Presets>((language) => api.measurePresets(language), { metrics: [], criteria: [] });
export const merging = new MergeController(doc);
/** Find (Ctrl+F): the cards a query matches, stepped through one by one. */
export const finder = new FindController(selection);
/** Whether the board's overview is shown in its corner (remembered). */
export const overview = new OverviewChoice();
/** The board's zoom in this window; the windowed lists measure again at each level. */
export const zoom = new ZoomController(() => viewport.schedule(true));
/** Workshop mode (F5): full screen, stage by stage, cards added with N. */
export const workshop = new WorkshopController({
  fullScreen: (on) => api.setFullScreen(on).catch(() => {}),
  place: () => zoom.place(),
  restore: (place) => zoom.restore(place as ReturnType<ZoomController['place']>),
  zoomTo: (level) => zoom.set(level),
  showStage: (id) => zoom.showStage(id),
  stageInView: () => zoom.stageInView(),
  addCard: (id) => void edits.addTouchpoint(id),
});
export const viewport = new BoardViewport(
  () => (doc.map?.touchpoints.length ?? 0) > WINDOW_FROM_CARDS,
  () => ({ level: zoom.applied, rects: zoom.rectScale }),
  () => selection.selectedId,
);
