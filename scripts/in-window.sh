#!/usr/bin/env bash
# Runs a Node script against the real Kirjuri window: tauri-driver (with
# WebKitWebDriver) under Xvfb and a private D-Bus, the script told where the
# driver is (WEBDRIVER_URL). Used by e2e.sh (the test) and edit-bench.sh (the
# benchmark). Needs KIRJURI_APP and E2E_OUT; usage: in-window.sh SCRIPT DRIVER_LOG
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
script="$1"
driver_log="$2"
export NO_AT_BRIDGE=1
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
port="${E2E_PORT:-4444}"
export WEBDRIVER_URL="http://127.0.0.1:$port"
session="$E2E_OUT/session-$(basename "$script" .mjs).sh"
cat >"$session" <<INNER
#!/usr/bin/env bash
set -uo pipefail
tauri-driver --port $port --native-driver /usr/bin/WebKitWebDriver >"$driver_log" 2>&1 &
driver=\$!
trap 'kill \$driver 2>/dev/null; wait \$driver 2>/dev/null' EXIT
node "$root/$script"
INNER
chmod +x "$session"
xvfb-run -a -s "-screen 0 1400x900x24" dbus-run-session -- "$session"
