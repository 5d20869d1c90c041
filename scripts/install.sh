#!/usr/bin/env bash
# Installs ikplan under PREFIX: PREFIX/bin/ikplan, and the fonts (with their licences) and layouts it
# finds relative to itself in PREFIX/share/ikplan/{Fonts,Layouts}.
#   scripts/install.sh PREFIX          (make install PREFIX=… calls this)
# Builds the release binary first when there is none; IKPLAN_BINARY=path installs another build.
# The binary has the Swift runtime linked in (--static-swift-stdlib), so it runs without the toolchain;
# it still needs Debian's libraries (Cairo, Pango, libhyphen, libcurl: scripts/ensure-deps.sh render).
set -euo pipefail
prefix=${1:-}
if [ -z "$prefix" ]; then
  echo "usage: scripts/install.sh PREFIX   (for example: scripts/install.sh \$HOME/.local)" >&2
  exit 64
fi
root=$(cd "$(dirname "$0")/.." && pwd)
command -v swift >/dev/null || export PATH="$PATH:/opt/swift/usr/bin"
bin=${IKPLAN_BINARY:-$root/.build/release/ikplan}
if [ -z "${IKPLAN_BINARY:-}" ] && [ ! -x "$bin" ]; then
  (cd "$root" && swift build -c release --product ikplan --static-swift-stdlib)
fi
[ -x "$bin" ] || { echo "install.sh: no ikplan binary at $bin" >&2; exit 1; }
share="$prefix/share/ikplan"
mkdir -p "$prefix/bin" "$share"
# Replace the resource folders whole, so a font or layout removed from the checkout does not linger.
for dir in Fonts Layouts; do
  rm -rf "$share/$dir.new"
  cp -R "$root/$dir" "$share/$dir.new"
  rm -rf "$share/$dir"
  mv "$share/$dir.new" "$share/$dir"
done
install -m 755 "$bin" "$prefix/bin/ikplan.new"
mv "$prefix/bin/ikplan.new" "$prefix/bin/ikplan"
echo "installed $prefix/bin/ikplan, $share/Fonts, $share/Layouts" >&2
