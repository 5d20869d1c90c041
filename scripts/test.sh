#!/usr/bin/env bash
# The README's second command (and CI's): installs what the tests need, builds and runs them.
#   scripts/test.sh [swift test arguments, e.g. --filter IKInputTests.RenderCommandTests]
# The tests are XCTest; Swift Testing's runner is switched off (it would end the summary with an
# empty "0 tests" line) unless a test file imports Testing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null || export PATH="$PATH:/opt/swift/usr/bin"
scripts/ensure-deps.sh test
# English diagnostics whatever the machine's locale: the tests assert on the English texts.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
swift build --build-tests
testing=(--disable-swift-testing)
if grep -rlq --include='*.swift' '^import Testing' Tests; then testing=(); fi
swift test --skip-build "${testing[@]}" "$@"
