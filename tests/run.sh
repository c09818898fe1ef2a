#!/bin/sh
# Runs every test: the unit-test binaries given as arguments, then every script in
# tests/cli/ against the sanitizer build of the binary, then the browser tests. Prints a
# summary; non-zero exit if anything failed.
set -u
SG="$1"; shift
export SG_BIN="$(cd "$(dirname "$SG")" && pwd)/$(basename "$SG")"
export SG_ROOT="$(pwd)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1"
# Passwords are hashed at libsodium's minimum cost in tests (auth/password.c), where the demo
# and the web tests make many; a test of the normal cost unsets it.
export SAFEGUARD_PWHASH=fast
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$SG_ROOT/tests/lsan.supp:print_suppressions=0"
pass=0; fail=0; failed=""
start=$(date +%s)
for t in "$@"; do
	if out=$("$t" 2>&1); then
		pass=$((pass + 1))
	else
		fail=$((fail + 1)); failed="$failed $(basename "$t")"
		printf '%s\n' "$out" | tail -n 40
	fi
	printf '%s\n' "$out" | grep '^#'
done
for t in tests/cli/*.sh; do
	[ -f "$t" ] || continue
	tmp=$(mktemp -d)
	if out=$(cd "$tmp" && sh "$SG_ROOT/$t" 2>&1); then
		pass=$((pass + 1)); echo "# $t: ok"
	else
		fail=$((fail + 1)); failed="$failed $t"
		printf '%s\n' "$out" | tail -n 40
		echo "# $t: FAILED"
	fi
	rm -rf "$tmp"
done
# Last, the web interface in a real browser (tests/browser/run.mjs: Debian's chromium driven
# by playwright-core, axe-core on every page). Without chromium or Node.js this fails, with
# the fix; it never skips.
if ! command -v node >/dev/null 2>&1 || [ ! -x /usr/bin/chromium ]; then
	fail=$((fail + 1)); failed="$failed tests/browser"
	echo "# tests/browser: FAILED: Node.js or /usr/bin/chromium is missing:" \
	    "run tools/deps.sh (as root or with sudo), then make check again"
elif out=$(node tests/browser/run.mjs "$SG_BIN" 2>&1); then
	pass=$((pass + 1))
	printf '%s\n' "$out" | grep '^# browser:'
	echo "# tests/browser: ok"
else
	fail=$((fail + 1)); failed="$failed tests/browser"
	printf '%s\n' "$out" | grep -v '^ok - ' | tail -n 80
	echo "# tests/browser: FAILED"
fi
echo "== $pass test programs passed, $fail failed, $(( $(date +%s) - start )) s =="
[ "$fail" -eq 0 ] || { echo "failed:$failed"; exit 1; }
