#!/usr/bin/env bash
# `kirjuri import` as the user waits for it: the whole command, process start
# to exit (/usr/bin/time), on a 20-page .docx and a 20-page .pdf made from
# seed 003 (Solteq) repeated, RUNS times each (default 7). Prints min /
# median / max wall time and the median peak memory. Uses the release build
# unless KIRJURI_CLI names a binary. Making the PDF needs `pip install fpdf2`.
# A measurement for docs/performance.md, never a test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
target="${CARGO_TARGET_DIR:-$root/target}"
if [ -z "${KIRJURI_CLI:-}" ]; then
  cargo build --release -p kirjuri-cli
  KIRJURI_CLI="$target/release/kirjuri"
fi
runs="${RUNS:-7}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seed="$(ls "$root"/../shared/seeds/003_*.txt)"
# Eight copies of the seed's sections after its own: about 20 pages.
python3 - "$seed" "$work/long.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
head, _, body = text.partition("1. REGISTERANSVARIG")
sections = "1. REGISTERANSVARIG" + body
parts = [head, sections]
for n in range(8):
    parts.append(re.sub(r"^(\d+)\. ", lambda m: f"{int(m.group(1)) + 10 * (n + 1)}. ", sections, flags=re.M))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(parts))
PY
python3 "$root/scripts/make-import-fixtures.py" "$work/long.txt" long --out "$work" >/dev/null
echo "20-page description: $(pdfinfo "$work/long.pdf" | awk '/^Pages/ {print $2}') PDF pages, docx $(du -k "$work/long.docx" | cut -f1) kB, pdf $(du -k "$work/long.pdf" | cut -f1) kB"
for kind in docx pdf; do
  times=()
  memory=()
  for ((i = 0; i < runs; i++)); do
    rm -f "$work/out.sqlite"
    line=$(/usr/bin/time -f "%e %M" "$KIRJURI_CLI" import "$work/long.$kind" "$work/out.sqlite" 2>&1 >/dev/null | tail -1)
    times+=("${line% *}")
    memory+=("${line#* }")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  mem=($(printf '%s\n' "${memory[@]}" | sort -n))
  echo "import .$kind: min ${sorted[0]} s, median ${sorted[$((runs / 2))]} s, max ${sorted[$((runs - 1))]} s; peak memory ${mem[$((runs / 2))]} kB"
done
