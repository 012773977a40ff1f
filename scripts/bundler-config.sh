#!/usr/bin/env bash
# Writes src-tauri/tauri.conf.json, the copy of the root tauri.conf.json that
# tauri-cli's bundler reads. tauri-cli takes the folder of the config as the
# app's crate, and the root holds only the virtual workspace manifest, so the
# bundler runs in src-tauri/ with this copy, whose paths are made relative to
# src-tauri/. The root file stays the one definition (the build reads it);
# the copy is ignored by git. Used by scripts/package.sh and the release workflow.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
sed -E 's#"(ui/app|assets/[^"]*)"#"../\1"#g' "$root/tauri.conf.json" >"$root/src-tauri/tauri.conf.json"
