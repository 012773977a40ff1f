#!/usr/bin/env bash
# The window's edit round trip and start time (scripts/edit-bench.mjs) in
# the real window under Xvfb, as scripts/e2e.sh runs the e2e test. Uses the
# release build: builds kirjuri-desktop and kirjuri unless KIRJURI_APP and
# KIRJURI_CLI name binaries already built. Prints one line per size; the
# numbers go to docs/performance.md by hand. Run it serialised with the e2e
# test: flock /work/e2e.lock bash scripts/edit-bench.sh
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
export NO_AT_BRIDGE=1
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
port="${E2E_PORT:-4444}"
export WEBDRIVER_URL="http://127.0.0.1:$port"

cat >"$E2E_OUT/bench-session.sh" <<INNER
#!/usr/bin/env bash
set -uo pipefail
tauri-driver --port $port --native-driver /usr/bin/WebKitWebDriver >"$E2E_OUT/bench-driver.log" 2>&1 &
driver=\$!
trap 'kill \$driver 2>/dev/null; wait \$driver 2>/dev/null' EXIT
node "$root/scripts/edit-bench.mjs"
INNER
chmod +x "$E2E_OUT/bench-session.sh"
xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- "$E2E_OUT/bench-session.sh"
