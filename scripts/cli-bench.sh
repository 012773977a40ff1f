#!/usr/bin/env bash
# The command line as the user waits for it: each command timed whole, from
# process start to exit (/usr/bin/time), on `kirjuri example --synthetic N`
# (default 1000 registers), RUNS times each (default 7), with the machine's
# reference loop timed before each series (see docs/performance.md: this
# machine's speed drifts). Prints min / median / max wall time and the
# median peak memory. Uses the release build: builds kirjuri unless
# KIRJURI_CLI names a binary. A measurement for docs/performance.md, never a
# test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target="${CARGO_TARGET_DIR:-$root/target}"
if [ -z "${KIRJURI_CLI:-}" ]; then
  cargo build --release -p kirjuri-cli
  KIRJURI_CLI="$target/release/kirjuri"
fi
registers="${1:-1000}"
runs="${RUNS:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="$work/synthetic-$registers.sqlite"
"$KIRJURI_CLI" example --synthetic "$registers" "$file" >/dev/null
"$KIRJURI_CLI" export json "$file" -o "$work/doc.json" >/dev/null
echo "$registers registers: file $(du -k "$file" | cut -f1) kB, its JSON export $(du -k "$work/doc.json" | cut -f1) kB"

reference() {
  /usr/bin/time -f %e python3 -c "sum(range(3*10**7))" 2>&1 >/dev/null | tail -1
}

# series NAME COMMAND... : RUNS timed runs of COMMAND, after one warm-up run.
series() {
  local name="$1"
  shift
  "$@" >/dev/null 2>&1 || true
  local ref
  ref="$(reference)"
  : >"$work/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/one" "$@" >/dev/null 2>&1 || true
    tail -1 "$work/one" >>"$work/times"
  done
  local memory
  memory="$(sort -n -k2 "$work/times" | awk '{ m[NR] = $2 } END { print int(m[int((NR + 1) / 2)] / 1024) }')"
  sort -n "$work/times" | awk -v name="$name" -v ref="$ref" -v memory="$memory" '
    { t[NR] = $1 }
    END {
      printf "%-12s min %.2f s, median %.2f s, max %.2f s, peak memory %d MB (reference loop %s s)\n",
        name, t[1], t[int((NR + 1) / 2)], t[NR], memory, ref
    }'
}

series "check" "$KIRJURI_CLI" check "$file"
series "export pdf" "$KIRJURI_CLI" export pdf "$file" --doc record --lang sv -o "$work/record.pdf"
series "export xlsx" "$KIRJURI_CLI" export xlsx "$file" --lang sv -o "$work/record.xlsx"
