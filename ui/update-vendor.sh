#!/usr/bin/env bash
# Refreshes ui/app/vendor/ from the npm registry (versions pinned in
# package-lock.json). The copied file is committed: the app never fetches
# anything at run time and needs no build step.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
cp node_modules/htm/preact/standalone.module.js app/vendor/preact-htm.js
echo "ui/app/vendor/preact-htm.js updated from htm $(node -p "require('./node_modules/htm/package.json').version")"
