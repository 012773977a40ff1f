#!/usr/bin/env bash
# Runs every test of Kirjuri on a Debian 12 machine, installing what the tests
# need first: the Rust tests of every crate (model, store, exporters, command
# line, desktop shell), the front end's own tests (Node's test runner) and
# its type check against the shell's contract (tsc), the accessibility check
# of the HTML privacy notice (axe-core in headless Chromium) and the
# end-to-end test of the real desktop window.
# Exits non-zero when any test fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

bash "$root/scripts/install-desktop-deps.sh"
# TypeScript checks the window's calls against the contract generated from
# Rust (ui/tsconfig.json; the shell's tests check its answers with it too).
[ -d ui/node_modules/typescript ] || npm ci --prefix ui --no-audit --no-fund
cargo test --workspace --locked
node --test ui/tests/*.test.mjs
npx --prefix ui tsc --noEmit -p ui
bash "$root/scripts/a11y.sh"
bash "$root/scripts/e2e.sh"
