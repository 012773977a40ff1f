#!/usr/bin/env bash
# Installs what the desktop app needs to build, run and be tested on Debian 12:
# the WebKitGTK development packages, Xvfb, WebKitWebDriver, D-Bus, poppler
# (pdftotext), xdotool and scrot (the end-to-end test presses the menu's
# shortcuts as real keys and photographs the open menu), Node.js (runs the
# end-to-end test) and tauri-driver.
# Idempotent: does nothing that is already done.
set -euo pipefail

PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libsoup-3.0-dev
  xvfb webkit2gtk-driver dbus poppler-utils xdotool scrot
)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
command -v node >/dev/null 2>&1 || missing+=(nodejs)

if ((${#missing[@]})); then
  echo "install-desktop-deps: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! command -v tauri-driver >/dev/null 2>&1 && [ ! -x "${CARGO_HOME:-$HOME/.cargo}/bin/tauri-driver" ]; then
  echo "install-desktop-deps: installing tauri-driver"
  cargo install tauri-driver --locked
fi
