#!/usr/bin/env bash
# Builds the Rust core for WebAssembly (src-tauri/core/wasm) and puts it where the UI's
# unit tests and `vite dev` load it: ui/.core/journey_core.wasm (git-ignored). Cargo only
# rebuilds what changed, so this is quick when the core did not.
set -euo pipefail
ui="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ui/.."
if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
  export PATH="$HOME/.cargo/bin:$PATH"
fi
cargo build -p journey-mapper-core-wasm --target wasm32-unknown-unknown --release --quiet
target="${CARGO_TARGET_DIR:-target}"
mkdir -p "$ui/.core"
cp "$target/wasm32-unknown-unknown/release/journey_core_wasm.wasm" "$ui/.core/journey_core.wasm"
