#!/usr/bin/env bash
# The README's first command: installs what rendering needs, builds ikplan and renders the example.
#   scripts/example.sh [PLAN-FOLDER [OUT]]     (defaults: examples/ange-2026, out)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null || export PATH="$PATH:/opt/swift/usr/bin"
scripts/ensure-deps.sh render
# The Swift runtime linked in: start-up without loading /opt/swift's libraries (about 15 % of the example's wall time).
swift build -c release --product ikplan --static-swift-stdlib
.build/release/ikplan render "${1:-examples/ange-2026}" -o "${2:-out}"
