// The app's single document store, drag controller and export controller.
import { DragController } from './drag.svelte';
import { ExportController } from './exporter.svelte';
import { doc } from './store.svelte';

export { doc };
export const drag = new DragController(doc);
export const exporter = new ExportController(doc);
