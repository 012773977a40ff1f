#!/usr/bin/env bash
# End-to-end test of the real desktop window: builds kirjuri-desktop, starts
# tauri-driver (with WebKitWebDriver) under Xvfb and a private D-Bus, and runs
# tests/e2e/run.mjs against it. Prints `e2e: N passed, M failed`; exits
# non-zero on failure. Screenshots go to $E2E_OUT/screenshots (default
# $CARGO_TARGET_DIR/e2e, else target/e2e); pass --update-screenshots to copy
# the main screens into docs/screenshots/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

update_screenshots=false
for arg in "$@"; do
  case "$arg" in
    --update-screenshots) update_screenshots=true ;;
    *) echo "e2e.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

"$root/scripts/install-desktop-deps.sh"
cargo build -p kirjuri-desktop -p kirjuri-cli

target="${CARGO_TARGET_DIR:-$root/target}"
export KIRJURI_APP="$target/debug/kirjuri-desktop"
# The finding-places scenario imports the seed fixtures with the command line.
export KIRJURI_CLI="$target/debug/kirjuri"
export E2E_OUT="${E2E_OUT:-$target/e2e}"
# Keep the test away from the user's own settings and recent files.
export KIRJURI_CONFIG_DIR="$E2E_OUT/config"
rm -rf "$KIRJURI_CONFIG_DIR"
mkdir -p "$E2E_OUT"

status=0
bash "$root/scripts/in-window.sh" tests/e2e/run.mjs "$E2E_OUT/tauri-driver.log" || status=$?

if [ "$status" -ne 0 ]; then
  echo "e2e.sh: failed; tauri-driver's log is $E2E_OUT/tauri-driver.log" >&2
elif $update_screenshots; then
  mkdir -p docs/screenshots
  for name in start example-registers example-register-general example-register-retention \
    register-systems-finding example-processors-fi export history guide-sv menu-file-sv \
    min-registers min-register-general min-register-data register-preview translation \
    min-register-preview example-register-preview min-translation \
    solteq-1280-purposes-preview solteq-1024-purposes-preview solteq-1024-data \
    solteq-1280-general-preview solteq-1024-general-preview solteq-1280-data-preview solteq-1024-data-preview \
    data-items export-exists solteq-security-kind solteq-export-1280 solteq-export-1024 solteq-processor-categories; do
    cp "$E2E_OUT/screenshots/app-$name.png" docs/screenshots/
  done
  echo "e2e.sh: screenshots copied to docs/screenshots/"
fi
exit "$status"
