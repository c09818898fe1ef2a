#!/bin/sh
# Installs the Debian packages safeguard needs, and only those that are missing, so that
# `make run` and `make check` work on a fresh Debian 12 machine with nothing else done.
#   build: the compiler, the libraries (SQLite, libxml2, libsodium, libmicrohttpd), the
#          list of common passwords (python3-zxcvbn), Node.js and npm for govuk-frontend;
#          cairo and pango for the PDF report;
#   tests: pmccabe and clang's sanitizer runtimes for the gates, chromium for the
#          browser tests, curl, wrk for make bench, and poppler-utils (pdftotext,
#          pdfinfo) to read the PDF report back.
set -eu
need="gcc make pkg-config libsqlite3-dev sqlite3 libxml2-dev libxml2-utils pmccabe clang
libclang-rt-14-dev libsodium-dev libmicrohttpd-dev python3 python3-zxcvbn chromium curl wrk
libcairo2-dev libpango1.0-dev libfontconfig-dev poppler-utils"
missing=""
for p in $need; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js may come from Debian or from elsewhere (NodeSource's nodejs carries npm itself):
# only when there is no npm at all are Debian's nodejs and npm installed.
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
[ -z "$missing" ] && exit 0
echo "safeguard: installing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || echo "safeguard: apt-get update failed; trying the cached package lists"
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
