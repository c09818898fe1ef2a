#!/bin/sh
# 40-census.sh: the speed and memory of the census return in and out (issue 4, point 7).
#
#   - streaming: the reader and the writer on returns of 10,000, 100,000 and 700,000
#     children (the national year), with their peak memory, which must stay flat;
#   - validating a 10,000-child return (reader and business rules) in at most 0.1 s;
#   - importing at least 50 MB a second into an empty store;
#   - exporting the national year and validating it, together, in at most 30 s.
#
# The returns are written by 'safeguard test-cin-generate' (synthetic children shaped to
# pass the rules). The national store is 'safeguard demo --scale england' when this binary
# has the demo; otherwise the generated national return imported into a new store.
set -u
BIG=${CIN_BENCH_CHILDREN:-700000}

secs() {	# wall-clock seconds, peak KB and CPU seconds of a command, as "S KB CPU";
	# status 1 is findings (validate), not failure. The CPU time is printed beside the
	# wall-clock time because a shared machine stretches the one and not the other.
	/usr/bin/time -f "%e %M %U %S" -o time.txt "$@" >/dev/null 2>cmd.err
	if [ $? -gt 1 ]; then
		echo "bench: census: '$*' failed:" >&2; cat cmd.err >&2; return 1
	fi
	tail -n 1 time.txt | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}

verdict() {	# verdict FIGURE TARGET: ok when FIGURE <= TARGET
	awk -v f="$1" -v t="$2" 'BEGIN { print (f <= t) ? "ok" : "SLOW" }'
}

for n in 10000 100000 $BIG; do
	set -- $(secs "$SG" test-cin-generate --children $n --seed 1 --out "r$n.xml") || exit 1
	mb=$(awk -v b="$(wc -c < r$n.xml)" 'BEGIN { printf "%.0f", b / 1048576 }')
	echo "bench: census: write $n children ($mb MB): $1 s ($3 s CPU), peak $(( $2 / 1024 )) MB"
	set -- $(secs "$SG" test-cin-read "r$n.xml") || exit 1
	echo "bench: census: read $n children: $1 s ($3 s CPU), peak memory $(( $2 / 1024 )) MB (target flat) $( [ $2 -lt 65536 ] && echo ok || echo SLOW)"
done

# The best of five runs: on a shared machine any one run can be stretched by other work.
best=99 cpu=99
for i in 1 2 3 4 5; do
	set -- $(secs "$SG" validate cin r10000.xml) || exit 1
	best=$(awk -v a="$best" -v b="$1" 'BEGIN { print (b < a) ? b : a }')
	cpu=$(awk -v a="$cpu" -v b="$3" 'BEGIN { print (b < a) ? b : a }')
done
echo "bench: census: validate a 10,000-child return: $best s ($cpu s CPU) (target 0.1) $(verdict "$best" 0.1)"

set -- $(secs "$SG" import cin r100000.xml --db import.db) || exit 1
rate=$(awk -v b="$(wc -c < r100000.xml)" -v s="$1" 'BEGIN { printf "%.0f", b / 1048576 / s }')
echo "bench: census: import 100,000 children into an empty store: $1 s ($3 s CPU), $rate MB/s, peak $(( $2 / 1024 )) MB (target 50 MB/s) $( [ "$rate" -ge 50 ] && echo ok || echo SLOW)"

if "$SG" help demo >/dev/null 2>&1; then
	what="demo --scale england"
	set -- $(secs "$SG" demo --scale england --end 2026-11-21 --db national.db) || exit 1
else
	what="$BIG generated children"
	set -- $(secs "$SG" import cin "r$BIG.xml" --db national.db) || exit 1
fi
echo "bench: census: national store ($what) made in $1 s"
set -- $(secs "$SG" export cin --year 2025-26 --out national.xml --db national.db) || exit 1
export_s=$1 export_kb=$2 export_cpu=$3
set -- $(secs "$SG" validate cin national.xml) || exit 1
total=$(awk -v a="$export_s" -v b="$1" 'BEGIN { print a + b }')
total_cpu=$(awk -v a="$export_cpu" -v b="$3" 'BEGIN { print a + b }')
children=$(grep -c '<Child>' national.xml)
echo "bench: census: export the national year ($children children): $export_s s ($export_cpu s CPU), peak $(( export_kb / 1024 )) MB"
echo "bench: census: export and validate the national year: $total s ($total_cpu s CPU) (target 30) $(verdict "$total" 30)"
rm -f r*.xml national.xml import.db* national.db*
