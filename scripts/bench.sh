#!/usr/bin/env bash
# Benchmarks, release build: wall time, pages per second and peak memory of whole `ikplan render` runs
# on the Ånge example and on synthetic plans of 100 and 1,000 risks (layout must stay linear).
# Prints figures; asserts nothing. Usage: scripts/bench.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
swift build -c release --product ikplan >/dev/null
bin=.build/release/ikplan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$bin synth --risks 100 "$work/synth-100"
$bin synth --risks 1000 "$work/synth-1000"

# One run: prints "seconds peak_kib".
one() {
  local plan=$1 out=$2
  local t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$work/mem" "$bin" render "$plan" -o "$out" 2>/dev/null >/dev/null
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000 )) $(cat "$work/mem")"
}

printf "%-22s %8s %10s %10s %10s %10s\n" "plan" "pages" "median ms" "min ms" "pages/s" "peak MiB"
for plan in examples/ange-2026 "$work/synth-100" "$work/synth-1000"; do
  name=$(basename "$plan")
  out="$work/out-$name"
  one "$plan" "$out" >/dev/null       # warm the file cache and the fontconfig cache
  times=(); mem=0
  for _ in $(seq "$runs"); do
    read -r us kib < <(one "$plan" "$out")
    times+=("$us"); (( kib > mem )) && mem=$kib
  done
  sorted=($(printf "%s\n" "${times[@]}" | sort -n))
  median=${sorted[$(( ${#sorted[@]} / 2 ))]}
  pages=$(pdfinfo "$out/plan.pdf" | awk '/^Pages:/ {print $2}')
  awk -v n="$name" -v p="$pages" -v med="$median" -v min="${sorted[0]}" -v kib="$mem" 'BEGIN {
    printf "%-22s %8d %10.1f %10.1f %10.0f %10.1f\n", n, p, med / 1000, min / 1000, p / (med / 1e6), kib / 1024 }'
done
