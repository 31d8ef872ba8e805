/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The app runs under a strict Content Security Policy (script-src 'self'; style-src 'self'):
// the built index.html must load only external script and style files, so nothing is inlined.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  // Tests mount components: they need Svelte's browser build, not its server build.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The web views Tauri 2 runs in: WebView2 (Chromium) on Windows, WebKit on macOS and Linux.
    target: ['chrome105', 'safari15'],
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
