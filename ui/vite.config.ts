/// <reference types="vitest/config" />
import { defineConfig, searchForWorkspaceRoot } from 'vite';
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
    // The UI's texts are the app's Fluent catalogues, beside the core.
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), '../src-tauri/core/locales'] },
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
    // The tests run against the real core, compiled to WebAssembly (src/dev/wasmCore.ts).
    globalSetup: ['vitest.globalSetup.ts'],
    setupFiles: ['src/dev/wasmCore.setup.ts'],
    // A component test's first case loads the whole app; on a busy machine that can take
    // longer than Vitest's default 5 s. Timings must not decide whether a test passes.
    testTimeout: 30_000,
  },
});
