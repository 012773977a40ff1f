#!/usr/bin/env bash
# Builds and starts the Kirjuri desktop app: `scripts/run-desktop.sh [FILE]`.
# Installs the system packages it needs first (Debian 12). Honours
# CARGO_TARGET_DIR; set PROFILE=release for an optimised build.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

"$root/scripts/install-desktop-deps.sh"

profile="${PROFILE:-debug}"
flags=()
[ "$profile" = release ] && flags+=(--release)
cargo build -p kirjuri-desktop "${flags[@]}"

target="${CARGO_TARGET_DIR:-$root/target}"
exec "$target/$profile/kirjuri-desktop" "$@"
