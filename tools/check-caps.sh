#!/bin/sh
# The complexity gate (style.md, habit 15): no function over 80 lines or with a cyclomatic
# complexity over 25, measured by pmccabe. Tests are held to the same length cap, since
# long test functions hide what they assert.
set -u
cd "$(dirname "$0")/.."
MAXLINES=80
MAXCC=25
out=$(find src tests tools -name '*.c' | sort | xargs pmccabe 2>/dev/null)
bad=$(printf '%s\n' "$out" | awk -v L=$MAXLINES -v C=$MAXCC '
	$5 > L { printf "%s: %d lines (cap %d)\n", $6 " " $7, $5, L; n++ }
	$1 > C { printf "%s: complexity %d (cap %d)\n", $6 " " $7, $1, C; n++ }
	END { exit n > 0 }')
rc=$?
if [ $rc -ne 0 ]; then
	printf '%s\n' "$bad"
	echo "caps: split the functions above"
	exit 1
fi
n=$(printf '%s\n' "$out" | grep -c .)
echo "caps: $n functions, none over $MAXLINES lines or complexity $MAXCC"
