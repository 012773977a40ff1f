#!/usr/bin/env bash
# Refreshes ui/app/vendor/ from the npm registry (versions pinned in
# package-lock.json). The copied files are committed: the app never fetches
# anything at run time and needs no build step.
#
# @tauri-apps/api: the ES modules `core.js` and `event.js` (and the tslib
# helpers core.js imports) are copied as they are into vendor/tauri-api/;
# ui/app/api.js calls them. Its version is the tauri crate's in Cargo.lock
# (ui/tests/api.test.mjs checks).
#
# One patch is applied. The window runs with Tauri's `freezePrototype`, which
# freezes Object.prototype; Preact copies virtual nodes with a plain
# `for (k in src) dst[k] = src[k]`, and assigning the vnode's own
# `constructor` key to a fresh object then throws ("override mistake":
# Object.prototype.constructor is read-only). The patched helper defines the
# properties instead of assigning them, which is what the copy means anyway.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
original='function s(e,n){for(var _ in n)e[_]=n[_];return e}'
patched='function s(e,n){for(var _ in n)Object.defineProperty(e,_,{value:n[_],writable:!0,enumerable:!0,configurable:!0});return e}'
source=node_modules/htm/preact/standalone.module.js
grep -qF "$original" "$source" || { echo "update-vendor: Preact's assign helper changed; re-check the freezePrototype patch" >&2; exit 1; }
{
  echo "/* htm $(node -p "require('./node_modules/htm/package.json').version") preact/standalone (Preact + hooks + htm), Apache-2.0 / MIT. Patched by ui/update-vendor.sh for Tauri's freezePrototype. */"
  awk -v a="$original" -v b="$patched" '{ i = index($0, a); while (i > 0) { $0 = substr($0, 1, i - 1) b substr($0, i + length(a)); i = index($0, a) } print }' "$source"
} > app/vendor/preact-htm.js
api=node_modules/@tauri-apps/api
rm -rf app/vendor/tauri-api
mkdir -p app/vendor/tauri-api/external/tslib
for file in core.js event.js external/tslib/tslib.es6.js LICENSE-MIT LICENSE-APACHE-2.0; do
  cp "$api/$file" "app/vendor/tauri-api/$file"
done
node -p "require('./$api/package.json').version" > app/vendor/tauri-api/VERSION
echo "ui/app/vendor/preact-htm.js and ui/app/vendor/tauri-api/ updated"
