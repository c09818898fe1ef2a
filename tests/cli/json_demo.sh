# json_demo.sh: the round trip on a demo area (safeguard demo, 2,000 children over two
# years): export, import into an empty store, export again gives the same bytes; the same
# file again changes nothing; one child's record, with a plan and its review conferences,
# goes into an empty store on its own and comes out the same.
. "$SG_ROOT/tests/lib.sh"

$SG demo --children 2000 --years 2 --seed 7 --db demo.db >/dev/null
run 0 "export of the demo area" $SG export json --db demo.db --out demo.json
records=$(grep -c '^{"id"' demo.json)
[ "$records" -gt 1000 ] && ok "it holds $records records" || not_ok "only $records records"

$SG init --db copy.db >/dev/null
run 0 "import into an empty store" $SG import json demo.json --db copy.db
has out.txt "imported demo.json: $records records created" "every record is created"
$SG export json --db copy.db --out again.json >/dev/null
same demo.json again.json "export, import, export: the same bytes"
equal "$(sqlite3 copy.db 'PRAGMA integrity_check')" "ok" "the new store is sound"
equal "$(sqlite3 copy.db 'PRAGMA foreign_key_check' | wc -l)" "0" "every reference holds"
equal "$(sqlite3 copy.db "SELECT count(*) FROM sqlite_schema WHERE type = 'index'")" \
	"$(sqlite3 demo.db "SELECT count(*) FROM sqlite_schema WHERE type = 'index'")" \
	"it has every index the demo store has"

run 0 "the same file again" $SG import json demo.json --db copy.db
has out.txt "nothing to import: all $records records are in the store already, unchanged" \
	"changes nothing, and says so"

# A child with a plan reviewed at least once: the review names the plan, which comes
# later in the file.
child=$(sqlite3 demo.db "SELECT c.la_child_id FROM children c JOIN conferences f
	ON f.child_id = c.id AND f.kind = 'review' AND f.plan_id IS NOT NULL ORDER BY c.id LIMIT 1")
[ -n "$child" ] && ok "child $child has a reviewed plan" || not_ok "no child with a reviewed plan"
run 0 "one child's record" $SG export json --child "$child" --db demo.db --out child.json
$SG init --db one.db >/dev/null
run 0 "one child's record into an empty store" $SG import json child.json --db one.db
$SG export json --child "$child" --db one.db --out child2.json >/dev/null
same child.json child2.json "comes out the same"
run 0 "one child's record back into the demo store" $SG import json child.json --db demo.db
has out.txt "nothing to import" "changes nothing"
finish
