# json_roundtrip.sh: export and import give back the same records, byte for byte: the
# hand-written every-field.json (every table, every field, escapes and UTF-8), one
# child's record on its own, a second import of the same file, and the standard input.
. "$SG_ROOT/tests/lib.sh"
J="$FIX/json/every-field.json"

$SG init --db empty.db >/dev/null
run 0 "export of an empty store" $SG export json --db empty.db
equal "$(grep -c '": \[\]' out.txt)" "23" "every table is there, as []"
lacks out.txt '"restrictions"' "but a table newer than the format, which the store has never used"
has out.txt '{"format": "safeguard", "version": 1,' "the file says what it is"

$SG init --db a.db >/dev/null
run 0 "import of a file with every table and field" $SG import json "$J" --db a.db
has out.txt "imported $J: 46 records created" "the count is given"
has out.txt "  conferences                      4" "and each table's"
run 0 "export of what was imported" $SG export json --db a.db
same out.txt "$J" "export gives back the file byte for byte"

$SG init --db b.db >/dev/null
$SG import json out.txt --db b.db >/dev/null
$SG export json --db b.db > again.json
same again.json "$J" "export, import into an empty store, export: the same bytes"
$SG export json --db b.db > twice.json
same again.json twice.json "the same store always gives the same bytes"

run 0 "the same file imported twice" $SG import json "$J" --db a.db
has out.txt "nothing to import: all 46 records are in the store already, unchanged" "it says nothing changed"
$SG export json --db a.db > after.json
same after.json "$J" "and nothing did"

run 0 "export to a file" $SG export json --db a.db --out whole.json
has out.txt "exported the store to whole.json" "the file is named"
same whole.json "$J" "the file holds the export"
equal "$(stat -c %a whole.json)" "600" "only its owner may read it (children's records)"
equal "$(ls | grep -c 'whole.json.')" "0" "no temporary file is left behind"
run 0 "export over an existing file" $SG export json --db empty.db --out whole.json
equal "$(grep -c '": \[\]' whole.json)" "23" "it is replaced whole"

run 0 "one child's record" $SG export json --child DEMO0001 --db a.db --out c1.json
has out.txt "exported one child's record to c1.json" "the export says so"
has c1.json '"la_child_id": "DEMO0001"' "the child is there"
lacks c1.json '"DEMO0003"' "another child is not"
lacks c1.json '"child_id": 3' "nor that child's records"
lacks c1.json '"username"' "nor users"
has c1.json '"name": "Riverside Surgery"' "the agencies come along"
has c1.json '"adult_id": 2' "and the child's relationships to adults"
$SG init --db c.db >/dev/null
run 0 "one child's record imports on its own into an empty store" $SG import json c1.json --db c.db
$SG export json --child DEMO0001 --db c.db > c1again.json
same c1.json c1again.json "and exports again the same"
run 0 "the child by record id" $SG export json --child 1 --db a.db --out c1byid.json
same c1.json c1byid.json "is the same record"
run 0 "one child's record into the store it came from" $SG import json c1.json --db a.db
has out.txt "nothing to import: all 34 records are in the store already, unchanged" "changes nothing"
run 2 "a child no one has" $SG export json --child NOBODY --db a.db
has err.txt "--child: no child has the local id or record id \"NOBODY\"" "is named"
run 2 "a child id no one has" $SG export json --child 404 --db a.db
has err.txt "no child has the local id or record id \"404\"" "is named"

run 0 "import from the standard input" sh -c "$SG export json --child DEMO0003 --db a.db | $SG import json - --db empty.db"
has out.txt "imported (standard input):" "the input is named"
$SG export json --child DEMO0003 --db empty.db > c3.json
$SG export json --child DEMO0003 --db a.db > c3a.json
same c3.json c3a.json "the child arrived whole"
lacks c3a.json '"restrictions"' "but for the child's restrictions, which name users"

$SG init --db d.db >/dev/null
run 0 "a check writes nothing" $SG import json "$J" --check --db d.db
has out.txt "checked $J: 46 records to create" "it reports what would be created"
has out.txt "nothing was written (--check)" "and that nothing was written"
equal "$(sqlite3 d.db 'SELECT count(*) FROM children')" "0" "the store is still empty"

# A hand-written file: any order of fields, escapes, null for an absent field, a table
# before the one it names (the importer resolves references at the end).
cat > hand.json <<'JSON'
{"version": 1, "format": "safeguard",
 "teams": [{"kind": "assessment", "name": "Caf\u00e9 \"North\"", "agency_id": 1, "id": 1}],
 "agencies": [{"id": 1, "name": "Northshire", "kind": "la_childrens_services", "la_code": null}]}
JSON
$SG init --db e.db >/dev/null
run 0 "a hand-written file in another order" $SG import json hand.json --db e.db
run 0 "its export" $SG export json --db e.db
has out.txt '{"id": 1, "agency_id": 1, "name": "Café \"North\"", "kind": "assessment"}' "is in the registry's order, escapes decoded"
has out.txt '{"id": 1, "name": "Northshire", "kind": "la_childrens_services"}' "null fields are left out"

run 2 "export to a folder that does not exist" $SG export json --db a.db --out no/such/x.json
has err.txt "cannot write no/such/x.json" "the place is named"
run 2 "export to a full disk" sh -c "$SG export json --db a.db > /dev/full"
has err.txt "cannot write the export: No space left on device" "the failure is named"
finish
