#!/usr/bin/env bash
# Builds Kirjuri's Debian package with Tauri's bundler: a release build of
# kirjuri-desktop and of the `kirjuri` command line, the desktop entry
# (Office), the icons, the MIME type of a Kirjuri document
# (assets/linux/kirjuri.xml) and the file association; the package depends on
# the WebKitGTK and GTK runtime libraries, not on the -dev packages.
# Installs tauri-cli (a pinned version, the Tauri project's prebuilt build
# from the npm registry, scripts/tauri-cli/package-lock.json) when it is
# missing; the build itself downloads nothing. Prints the path of the .deb.
# Why npm and not `cargo install tauri-cli`: the same CLI, but compiling it
# took about 10 minutes of a cold CI run on two cores (ARCHITECTURE.md).
# Other bundles: AppImage needs linuxdeploy, downloaded at build time, so it
# is not built here; Windows and macOS are built by .github/workflows/release.yml.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

bash "$root/scripts/install-desktop-deps.sh"
tauri="$root/scripts/tauri-cli/node_modules/.bin/tauri"
if [ ! -x "$tauri" ]; then
  echo "package: installing tauri-cli (npm install --prefix scripts/tauri-cli)"
  # `install --no-save`, not `ci`: the lock holds the CLI's builds for the
  # platforms the registry here serves (Linux), and `npm ci` refuses a lock
  # that lacks the other platforms' optional packages. The versions are the
  # lock's; the lock is not rewritten.
  npm install --prefix "$root/scripts/tauri-cli" --no-save --no-audit --no-fund
fi
echo "package: $("$tauri" --version)"

target="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release --locked -p kirjuri-cli
cli="$target/release/kirjuri"

# The command line goes in beside the app; its path depends on the target
# folder, so it is given here rather than in tauri.conf.json.
config=$(printf '{"bundle":{"linux":{"deb":{"files":{"/usr/bin/kirjuri":"%s"}}}}}' "$cli")
bash "$root/scripts/bundler-config.sh"
trap 'rm -f "$root/src-tauri/tauri.conf.json"' EXIT
(cd src-tauri && "$tauri" build --ci --bundles deb --config "$config" -- --locked)

version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' tauri.conf.json | head -n 1)
deb="$target/release/bundle/deb/Kirjuri_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "package: $deb was not made" >&2; exit 1; }
echo "package: $deb ($(du -h "$deb" | cut -f1))"
