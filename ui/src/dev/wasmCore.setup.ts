// Vitest setup (every test file): the real core, built by vitest.globalSetup.ts, loaded
// before the file's tests run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore } from './wasmCore';

// A path, not a URL: under jsdom, URL is jsdom's, which node:fs does not take.
await loadCore(readFileSync(join(__dirname, '../../.core/journey_core.wasm')));
