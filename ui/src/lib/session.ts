// The app's single document store and drag controller.
import { DragController } from './drag.svelte';
import { doc } from './store.svelte';

export { doc };
export const drag = new DragController(doc);
