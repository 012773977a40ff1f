#!/usr/bin/env bash
# The accessibility check of the HTML privacy notice: writes the notice of
# every register of every seed fixture in sv, fi and en as HTML, and runs
# axe-core (npm, tests/a11y) on each page in headless Chromium from Debian.
# Installs Chromium, its driver and axe-core when missing. Exits non-zero on
# any serious or critical violation.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

missing=()
for package in chromium chromium-driver; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "a11y.sh: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
[ -d tests/a11y/node_modules/axe-core ] || npm ci --prefix tests/a11y --no-audit --no-fund

target="${CARGO_TARGET_DIR:-$root/target}"
pages="$target/a11y"
rm -rf "$pages"
cargo run -p kirjuri-export --bin samples --locked -- html "$pages"

port="${A11Y_PORT:-9515}"
chromedriver --port="$port" >"$target/a11y-chromedriver.log" 2>&1 &
driver=$!
# `|| true`: under set -e the stopped driver's status (143) would end the script.
trap 'kill $driver 2>/dev/null; wait $driver 2>/dev/null || true' EXIT
CHROMEDRIVER_URL="http://127.0.0.1:$port" node tests/a11y/run.mjs "$pages"/*.html
