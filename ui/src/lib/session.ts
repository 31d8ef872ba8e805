// The app's single document store and the controllers of its parts: drag, export, the
// comparison of curves, the filters, the touchpoint library and the board's windowing.
import { DragController } from './drag.svelte';
import { CompareController } from './compare.svelte';
import { ExportController } from './exporter.svelte';
import { FilterController } from './filters.svelte';
import { LibraryController } from './library.svelte';
import { doc } from './store.svelte';
import { BoardViewport, WINDOW_FROM_CARDS } from './viewport';

export { doc };
export const drag = new DragController(doc);
export const exporter = new ExportController(doc);
export const compare = new CompareController();
export const filters = new FilterController();
export const library = new LibraryController();
export const viewport = new BoardViewport(() => (doc.map?.touchpoints.length ?? 0) > WINDOW_FROM_CARDS);
