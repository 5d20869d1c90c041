#!/bin/sh
# Builds and runs one libFuzzer target (docs/fuzzing.md): scripts/fuzz.sh TARGET SECONDS [libFuzzer options]
# TARGET: pdf (IKPDF's parser), plan (the plan loader), markdown (the Markdown path), followup (the
# follow-up reader), layout (the layout-file reader). The sources under test are compiled with
# -sanitize=fuzzer into one module of the same name (so coverage guides the fuzzer); what they use is
# linked from the debug build (`swift build` first). Runs niced; the corpus grows in .build/fuzz/TARGET,
# seeded from Tests/FuzzRegressions/TARGET; crashes, hangs and OOMs land in .build/fuzz/TARGET-findings.
set -eu
target=${1:?usage: scripts/fuzz.sh pdf|plan|markdown|followup|layout SECONDS [libFuzzer options]}
seconds=${2:-60}
[ $# -ge 2 ] && shift 2 || shift $#
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
PATH=$PATH:/opt/swift/usr/bin
work=.build/fuzz
mkdir -p "$work/$target" "$work/$target-findings"
bin=$work/fuzz-$target
debug=$(swift build --show-bin-path)
[ -d "$debug/Modules" ] || { echo "no debug build: run swift build first" >&2; exit 1; }

# The object files of SwiftPM targets from the debug build (Swift and C).
objects() { for t in "$@"; do ls "$debug/$t.build/"*.o "$debug/$t.build/"*/*.o 2>/dev/null || true; done; }
boring() { find "$debug/CCryptoBoringSSL.build" "$debug/CCryptoBoringSSLShims.build" "$debug/CryptoBoringWrapper.build" -name '*.o'; }
cflags() { for f in $(pkg-config --cflags "$@"); do printf ' -Xcc %s' "$f"; done; }
libs() { pkg-config --libs "$@"; }
common="-sanitize=fuzzer -O -parse-as-library -I $debug/Modules -I Sources/CCmark -I .build/checkouts/Yams/Sources/CYaml/include"
deps_input="IKModel Yams CYaml SwiftCSV Crypto"

case $target in
pdf)
    swiftc $common -module-name FuzzPDF -I Sources/CZlib Fuzz/FuzzPDF.swift Sources/IKPDF/*.swift -lz -o "$bin" ;;
plan|markdown|followup)
    case $target in plan) harness=Fuzz/FuzzPlan.swift ;; markdown) harness=Fuzz/FuzzMarkdown.swift ;; followup) harness=Fuzz/FuzzFollowUp.swift ;; esac
    # shellcheck disable=SC2046
    swiftc $common -module-name IKInput "$harness" Sources/IKInput/*.swift \
        $(objects $deps_input) $(boring) -lcmark -lstdc++ -o "$bin" ;;
layout)
    # shellcheck disable=SC2046
    swiftc $common -module-name IKDocuments -I Sources/CGraphics -I Sources/CRsvg -I Sources/CHyphen -I Sources/CZlib \
        $(cflags pangocairo librsvg-2.0) Fuzz/FuzzLayout.swift $(find Sources/IKDocuments -name '*.swift') \
        $(objects IKInput IKEngine IKPDF $deps_input) $(boring) \
        $(libs pangocairo librsvg-2.0) -lpangoft2-1.0 -lfontconfig -lhyphen -lcmark -lz -lstdc++ -o "$bin" ;;
*)  echo "unknown target $target (pdf, plan, markdown, followup, layout)" >&2; exit 64 ;;
esac

if [ "$target" = followup ]; then
    # The plan the follow-ups are checked against: the example, without its own follow-ups.
    rm -rf "$work/followup-plan"; cp -R examples/ange-2026 "$work/followup-plan"; rm -rf "$work/followup-plan/uppfoljning"
    IKPLAN_FUZZ_PLAN=$root/$work/followup-plan; export IKPLAN_FUZZ_PLAN
fi
seeds=Tests/FuzzRegressions/$target
[ -d "$seeds" ] || seeds=
exec nice -n 19 "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$work/$target-findings/" -print_final_stats=1 "$@" "$work/$target" $seeds
