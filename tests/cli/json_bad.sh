# json_bad.sh: the bad inputs of tests/fixtures/json/bad-imports.txt, each given to
# 'safeguard import json' against a store that already holds every-field.json: each must
# exit with its status, print exactly its messages and the summary, and change nothing.
. "$SG_ROOT/tests/lib.sh"

$SG init --db s.db >/dev/null
$SG import json "$FIX/json/every-field.json" --db s.db >/dev/null
sqlite3 s.db .dump > before.sql

# Split the cases into cases/NNN.{title,exit,errors,json}; blank lines between cases
# are not part of either.
mkdir cases
awk '
function done_case() { if (f != "") { close(f ".title"); close(f ".exit"); close(f ".errors"); close(f ".json") } }
/^#/ && !/^###/ && f == "" { next }
/^### / { done_case(); blank = 0; n++; f = sprintf("cases/%03d", n); print substr($0, 5) > (f ".title");
	printf "" > (f ".errors"); printf "" > (f ".json"); head = 1; next }
head && /^exit / { print $2 > (f ".exit"); next }
head && /^error / { print substr($0, 7) > (f ".errors"); next }
f != "" && /^$/ { blank++; next }
f != "" { head = 0; while (blank > 0) { print "" > (f ".json"); blank-- } print > (f ".json") }
END { done_case() }
' "$FIX/json/bad-imports.txt"

count=0
for c in cases/*.title; do
	c=${c%.title}
	title=$(cat "$c.title")
	cp "$c.json" in.json
	run "$(cat "$c.exit")" "$title" $SG import json in.json --db s.db
	n=$(grep -c . "$c.errors")
	[ "$n" -eq 1 ] && s="" || s="s"
	{ cat "$c.errors"; echo "safeguard import json: in.json: $n error$s; nothing was imported (the store is unchanged)"; } > want.txt
	if cmp -s want.txt err.txt; then ok "$title: the messages"; else
		not_ok "$title: the messages differ"
		diff want.txt err.txt | sed 's/^/    /' | head -n 10
	fi
	sqlite3 s.db .dump > after.sql
	same before.sql after.sql "$title: the store is unchanged"
	count=$((count + 1))
done
[ "$count" -ge 30 ] && ok "$count bad inputs" || not_ok "only $count bad inputs (at least 30)"
finish
