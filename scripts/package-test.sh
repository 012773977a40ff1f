#!/usr/bin/env bash
# Tests the Debian package as a user meets it: builds it (scripts/package.sh),
# installs it (dpkg -i, then apt-get -f install for what it depends on),
# checks that it holds the app, the command line, the desktop entry and the
# MIME type (dpkg -L), runs `kirjuri --version` from the PATH, makes a
# document with the installed command, opens it with xdg-open under Xvfb and
# waits for the window whose title names the file; then removes the package.
# Prints how long the build and the test took. Needs root (it installs).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

tools=(xdg-utils desktop-file-utils shared-mime-info libglib2.0-bin xdotool xvfb dbus file)
missing=()
for package in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

started=$(date +%s)
deb=$(bash scripts/package.sh | sed -n 's/^package: \(.*\.deb\) (.*)$/\1/p')
built=$(date +%s)
[ -n "$deb" ] && [ -f "$deb" ] || { echo "package-test: no .deb was built" >&2; exit 1; }

work=$(mktemp -d)
cleanup() {
  dpkg -r kirjuri >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "package-test: $*" >&2; exit 1; }

# dpkg -i stops at missing dependencies; apt-get -f install brings them and
# finishes the installation.
dpkg -i "$deb" || DEBIAN_FRONTEND=noninteractive apt-get -f install -y --no-install-recommends
dpkg-query -W -f='${Status}' kirjuri | grep -q "install ok installed" || fail "the package is not installed"

listing=$(dpkg -L kirjuri)
for path in /usr/bin/kirjuri-desktop /usr/bin/kirjuri /usr/share/applications/Kirjuri.desktop \
  /usr/share/mime/packages/kirjuri.xml /usr/share/icons/hicolor/128x128/apps/kirjuri-desktop.png; do
  grep -qx "$path" <<<"$listing" || fail "dpkg -L kirjuri does not list $path"
done
desktop=/usr/share/applications/Kirjuri.desktop
grep -qx 'Categories=Office;' "$desktop" || fail "the desktop entry is not in Office"
grep -q '^MimeType=.*application/x-kirjuri;' "$desktop" || fail "the desktop entry does not name the MIME type"
grep -qx 'Exec=kirjuri-desktop %f' "$desktop" || fail "the desktop entry does not pass the file"
depends=$(dpkg-query -W -f='${Depends}' kirjuri)
grep -q 'libwebkit2gtk-4.1-0' <<<"$depends" || fail "the package does not depend on WebKitGTK ($depends)"
if grep -q -- '-dev' <<<"$depends"; then fail "the package depends on a -dev package ($depends)"; fi

# The command line, from the PATH, in an empty environment.
version=$(cd "$work" && env -i PATH=/usr/local/bin:/usr/bin:/bin kirjuri --version)
echo "package-test: $version"
grep -q '^kirjuri [0-9]' <<<"$version" || fail "kirjuri --version printed '$version'"

document="$work/Testbolaget Ab.sqlite"
kirjuri new "$document" --name "Testbolaget Ab"
type=$(XDG_DATA_DIRS=/usr/share gio info -a standard::content-type "$document" | sed -n 's/^ *standard::content-type: //p')
[ "$type" = "application/x-kirjuri" ] || fail "the document's MIME type is '$type'"

# xdg-open, as a file manager would; a private HOME keeps the test away from
# the machine's own settings and recent files.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" NO_AT_BRIDGE=1
mkdir -p "$HOME"
cat >"$work/open.sh" <<INNER
#!/usr/bin/env bash
set -uo pipefail
xdg-open "$document" >"$work/app.log" 2>&1 &
for _ in \$(seq 1 90); do
  window=\$(xdotool search --name '^Testbolaget Ab\.sqlite .* Kirjuri\$' 2>/dev/null | head -n 1)
  if [ -n "\$window" ]; then
    pid=\$(xdotool getwindowpid "\$window")
    echo "package-test: window '\$(xdotool getwindowname "\$window")' of \$(readlink "/proc/\$pid/exe")"
    kill "\$pid"
    exit 0
  fi
  sleep 1
done
echo "package-test: no window named after the file; the app said:" >&2
cat "$work/app.log" >&2
exit 1
INNER
chmod +x "$work/open.sh"
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- "$work/open.sh" || fail "xdg-open did not open the file in Kirjuri"

dpkg -r kirjuri
[ ! -e /usr/bin/kirjuri-desktop ] || fail "removing the package left /usr/bin/kirjuri-desktop"
echo "package-test: passed; build $((built - started)) s, install and test $(( $(date +%s) - built )) s, .deb $(du -h "$deb" | cut -f1)"
