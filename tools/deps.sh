#!/bin/sh
# Installs the Debian packages safeguard needs, and only those that are missing, so that
# `make run` and `make check` work on a fresh Debian 12 machine with nothing else done.
set -eu
need="gcc make pkg-config libsqlite3-dev sqlite3 libxml2-dev libxml2-utils pmccabe clang libclang-rt-14-dev libsodium-dev libmicrohttpd-dev"
missing=""
for p in $need; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "safeguard: installing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq || echo "safeguard: apt-get update failed; trying the cached package lists"
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
