// Vitest global setup: builds the core for WebAssembly once per test run, so that the UI's
// tests always run against the core as the sources are now.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  execFileSync('bash', [fileURLToPath(new URL('./scripts/build-core-wasm.sh', import.meta.url))], { stdio: 'inherit' });
}
