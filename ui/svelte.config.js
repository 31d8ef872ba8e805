import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // Component styles go to the bundled CSS file, never into a <style> element at run time.
    css: 'external',
  },
};
