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
cargo build -p kirjuri-desktop

target="${CARGO_TARGET_DIR:-$root/target}"
export KIRJURI_APP="$target/debug/kirjuri-desktop"
export E2E_OUT="${E2E_OUT:-$target/e2e}"
# Keep the test away from the user's own settings and recent files.
export KIRJURI_CONFIG_DIR="$E2E_OUT/config"
rm -rf "$KIRJURI_CONFIG_DIR"
mkdir -p "$E2E_OUT"
export NO_AT_BRIDGE=1
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

port="${E2E_PORT:-4444}"
export WEBDRIVER_URL="http://127.0.0.1:$port"

cat >"$E2E_OUT/session.sh" <<INNER
#!/usr/bin/env bash
set -uo pipefail
tauri-driver --port $port --native-driver /usr/bin/WebKitWebDriver >"$E2E_OUT/tauri-driver.log" 2>&1 &
driver=\$!
trap 'kill \$driver 2>/dev/null; wait \$driver 2>/dev/null' EXIT
node "$root/tests/e2e/run.mjs"
INNER
chmod +x "$E2E_OUT/session.sh"

status=0
xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- "$E2E_OUT/session.sh" || status=$?

if [ "$status" -ne 0 ]; then
  echo "e2e.sh: failed; tauri-driver's log is $E2E_OUT/tauri-driver.log" >&2
elif $update_screenshots; then
  mkdir -p docs/screenshots
  for name in start example-registers example-register-general example-register-retention \
    register-systems-finding example-processors-fi export history guide-sv menu-file-sv \
    min-registers min-register-general min-register-data register-preview translation \
    min-register-preview example-register-preview min-translation \
    solteq-1280-purposes-preview solteq-1024-purposes-preview solteq-1024-data; do
    cp "$E2E_OUT/screenshots/app-$name.png" docs/screenshots/
  done
  echo "e2e.sh: screenshots copied to docs/screenshots/"
fi
exit "$status"
