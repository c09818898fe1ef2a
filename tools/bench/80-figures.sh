#!/bin/sh
# 80-figures.sh: the speed of the figures (issue 10, point 7): every figure of
# docs/figures.md, each with its previous period and monthly trend, for one local
# authority in at most 50 ms and for the national year in at most 3 s, on one core, with
# loading the area from the store reported apart. The stores are the demo areas: the
# default one ending 2026-11-21 for the year 2025-26, and '--scale england' for the census
# year to 31 March 2026. Run by 'make bench' in a scratch folder, with $SG the release
# build; each figure's time and value are printed.
set -u
FROM=2025-04-01
TO=2026-03-31

figures() {	# figures NAME FILE TARGET_MS
	out=$("$SG" test-figures-bench --db "$2" --from $FROM --to $TO --repeat 5) || {
		echo "bench: figures, $1: failed"; return; }
	echo "$out" | sed 's/^/  /'
	load=$(echo "$out" | sed -n 's/^load: \([0-9.]*\) ms.*/\1/p')
	comp=$(echo "$out" | sed -n 's/^compute: \([0-9.]*\) ms.*/\1/p')
	n=$(echo "$out" | sed -n 's/.*figures: \([0-9]*\).*/\1/p')
	verdict=$(awk -v c="$comp" -v t="$3" 'BEGIN { print (c <= t) ? "ok" : "SLOW" }')
	echo "bench: figures, $1: $n figures with previous period and trend in $comp ms (target $3 ms) $verdict"
	echo "bench: figures, $1: load from the store $load ms (target none, reported apart) ok"
}

[ -f la.db ] || "$SG" demo --end 2026-11-21 --db la.db >/dev/null ||
	{ echo "bench: figures: cannot build the local authority store"; exit 1; }
figures "one local authority" la.db 50
[ -f england.db ] || "$SG" demo --scale england --end $TO --db england.db >/dev/null ||
	{ echo "bench: figures: cannot build the national store"; exit 1; }
figures "national year" england.db 3000
