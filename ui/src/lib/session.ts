// The app's single document store and the controllers of its parts: drag, export, the
// comparison of curves, the filters and the touchpoint library.
import { DragController } from './drag.svelte';
import { CompareController } from './compare.svelte';
import { ExportController } from './exporter.svelte';
import { FilterController } from './filters.svelte';
import { LibraryController } from './library.svelte';
import { doc } from './store.svelte';

export { doc };
export const drag = new DragController(doc);
export const exporter = new ExportController(doc);
export const compare = new CompareController();
export const filters = new FilterController();
export const library = new LibraryController();
