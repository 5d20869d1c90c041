#!/usr/bin/env bash
# The benchmark suite (`make bench`): builds ikplan in release mode and runs bench/run.py, which times
# whole `ikplan render` processes (every document, archive steps on) on the Ånge example and synthetic
# plans of 100, 1 000 and 5 000 risks, in turn with the Typst yardstick, and writes bench/results/*.json.
# Prints figures; asserts nothing. Environment:
#   BENCH_RUNS=5            measured runs per case (after one warm-up)
#   BENCH_CASES=example,100,1000,5000
#   BENCH_TYPST=0           leave Typst out (else PyPI's typst is installed on first use into
#                           ~/.cache/ikplan-tools/typst-venv, or $IKPLAN_TOOLS_CACHE/typst-venv)
#   BENCH_BASELINE=path     another ikplan binary to run in turn with this one (A/B, with an output check)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=$PATH:/opt/swift/usr/bin
swift build -c release --product ikplan --static-swift-stdlib >/dev/null
args=(--ikplan .build/release/ikplan --runs "${BENCH_RUNS:-5}" --cases "${BENCH_CASES:-example,100,1000,5000}")
if [[ "${BENCH_TYPST:-1}" != 0 ]]; then
  venv="${IKPLAN_TOOLS_CACHE:-$HOME/.cache/ikplan-tools}/typst-venv"
  if ! "$venv/bin/python" -c 'import typst' 2>/dev/null; then
    echo "bench: installing PyPI typst into $venv (once)" >&2
    python3 -m venv "$venv" && "$venv/bin/pip" install --quiet typst \
      || { echo "bench: typst did not install; running without the yardstick" >&2; venv=; }
  fi
  [[ -n "$venv" ]] && args+=(--typst "$venv/bin/python")
fi
[[ -n "${BENCH_BASELINE:-}" ]] && args+=(--baseline "$BENCH_BASELINE")
exec python3 bench/run.py "${args[@]}"
