#!/bin/sh
# 30-json.sh: whole records out and in (issue 2, point 9): 'safeguard export json' and
# 'safeguard import json' of the national year ('safeguard demo --scale england'), each at
# least 50 MB/s (MB = 10^6 bytes of JSON), and the round trip byte-identical. The import
# goes into an empty store and includes its commit and checkpoint: the time until the
# records are safely on disk.
set -u

if ! "$SG" help demo >/dev/null 2>&1; then
	echo "bench: json export and import of the national year: skipped (this safeguard has no 'demo' command yet)"
	exit 0
fi

now() { date +%s.%N; }
rate() {	# rate BYTES START END: MB/s
	awk -v b="$1" -v s="$2" -v e="$3" 'BEGIN { printf "%.0f", b / 1e6 / (e - s) }'
}
verdict() { [ "$1" -ge "$2" ] && echo ok || echo SLOW; }

rm -f json-nat.db* json-in.db* json-nat.json json-again.json
if ! "$SG" demo --scale england --db json-nat.db >/dev/null; then
	echo "bench: json export and import of the national year: the demo failed"
	exit 0
fi

t0=$(now)
"$SG" export json --db json-nat.db --out json-nat.json >/dev/null || exit 1
t1=$(now)
bytes=$(wc -c < json-nat.json)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }')
records=$(grep -c '^{"id"' json-nat.json)
out=$(rate "$bytes" "$t0" "$t1")
echo "bench: json export, national year ($mb MB, $records records): $out MB/s (target 50 MB/s) $(verdict "$out" 50)"

"$SG" init --db json-in.db >/dev/null || exit 1
t2=$(now)
"$SG" import json json-nat.json --db json-in.db >/dev/null || exit 1
t3=$(now)
in=$(rate "$bytes" "$t2" "$t3")
echo "bench: json import, national year into an empty store: $in MB/s (target 50 MB/s) $(verdict "$in" 50)"

"$SG" export json --db json-in.db --out json-again.json >/dev/null || exit 1
if cmp -s json-nat.json json-again.json; then same=identical; else same=DIFFERENT; fi
echo "bench: json round trip of the national year (export, import, export): $same (target identical) $([ "$same" = identical ] && echo ok || echo SLOW)"
rm -f json-nat.db* json-in.db* json-nat.json json-again.json
