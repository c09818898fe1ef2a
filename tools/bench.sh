#!/bin/sh
# make bench: runs every benchmark in tools/bench/ in name order against the release build.
# Each prints its figures as "bench: WHAT: FIGURE (target TARGET) ok|SLOW" lines; the
# summary repeats them. Benchmarks work in a scratch folder that is removed afterwards.
set -u
bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(pwd)"
scratch="${BENCH_DIR:-$(mktemp -d)}"
mkdir -p "$scratch"
log="$scratch/bench.log"
: > "$log"
for b in tools/bench/*.sh; do
	[ -f "$b" ] || continue
	echo "== $b"
	(cd "$scratch" && SG="$bin" SG_ROOT="$root" sh "$root/$b") 2>&1 | tee -a "$log"
done
echo
echo "== summary"
grep '^bench:' "$log" || echo "no benchmarks yet"
[ -n "${BENCH_DIR:-}" ] || rm -rf "$scratch"
