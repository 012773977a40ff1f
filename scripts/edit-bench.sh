#!/usr/bin/env bash
# The window's edit round trip, undo, notice preview and start time
# (scripts/edit-bench.mjs) in the real window under Xvfb (scripts/in-window.sh,
# as the e2e test runs). Uses the release build: builds kirjuri-desktop and kirjuri unless KIRJURI_APP and
# KIRJURI_CLI name binaries already built. Prints one line per size; the
# numbers go to docs/performance.md by hand. Run it alone: it takes the e2e
# test's driver port, and anything else running skews its times.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

target="${CARGO_TARGET_DIR:-$root/target}"
if [ -z "${KIRJURI_APP:-}" ] || [ -z "${KIRJURI_CLI:-}" ]; then
  cargo build --release -p kirjuri-desktop -p kirjuri-cli
  export KIRJURI_APP="$target/release/kirjuri-desktop"
  export KIRJURI_CLI="$target/release/kirjuri"
fi
export E2E_OUT="${E2E_OUT:-$target/e2e}"
export KIRJURI_CONFIG_DIR="$E2E_OUT/bench-config"
rm -rf "$KIRJURI_CONFIG_DIR"
mkdir -p "$E2E_OUT"
bash "$root/scripts/in-window.sh" scripts/edit-bench.mjs "$E2E_OUT/bench-driver.log"
