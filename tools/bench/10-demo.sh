#!/bin/sh
# 10-demo.sh: how long 'safeguard demo' takes and how big its store is (issue 2, point 9):
# the default area (one local authority, 30,000 children, five years) in at most 2 s, the
# national census year in at most 30 s. The end date is fixed so every run makes the same
# stores. Run by 'make bench' in a scratch folder, with $SG the release build.
set -eu
now() { date +%s%N; }

# made NAME TARGET_SECONDS DB ARGS...: times one demo run and prints its line.
made() {
	what=$1; target=$2; db=$3; shift 3
	rm -f "$db" "$db-wal" "$db-shm"
	t0=$(now)
	"$SG" demo --db "$db" "$@" > /dev/null
	t1=$(now)
	awk -v w="$what" -v t0="$t0" -v t1="$t1" -v target="$target" 'BEGIN {
		s = (t1 - t0) / 1e9
		printf "bench: %s: %.2f s (target %d s) %s\n", w, s, target, s <= target ? "ok" : "SLOW"
	}'
}

# size NAME DB: the store's size per child it holds.
size() {
	bytes=$(stat -c %s "$2")
	children=$(sqlite3 "$2" "SELECT count(*) FROM children")
	rows=$("$SG" summary --db "$2" | awk 'NR > 1 { n += $2 } END { print n }')
	awk -v w="$1" -v b="$bytes" -v c="$children" -v r="$rows" 'BEGIN {
		printf "bench: %s store: %.1f MB, %d children, %d records, %.1f kB per child (target none) ok\n",
		    w, b / 1e6, c, r, b / c / 1024
	}'
}

made "demo area (30,000 children, 5 years)" 2 area.db --end 2026-11-21
size "demo area" area.db
made "demo national year (England, 2025-26)" 30 england.db --scale england --end 2026-11-21
size "demo national year" england.db
rm -f area.db england.db
