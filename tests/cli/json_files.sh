# json_files.sh: files that cannot be imported at all (missing, unreadable, a folder,
# empty, not JSON, cut short, binary, a huge string, deep nesting) and a file with more
# errors than are printed: each a clear message, exit status 2, and an unchanged store.
. "$SG_ROOT/tests/lib.sh"

$SG init --db s.db >/dev/null
$SG import json "$FIX/json/every-field.json" --db s.db >/dev/null
$SG export json --db s.db --out before.json >/dev/null
unchanged() {
	$SG export json --db s.db --out after.json >/dev/null
	same before.json after.json "$1: the store is unchanged"
}

run 2 "a file that does not exist" $SG import json nothing.json --db s.db
has err.txt "cannot open nothing.json: No such file or directory" "the missing file is named"
unchanged "missing file"

if [ "$(id -u)" -ne 0 ]; then
	cp before.json locked.json; chmod 000 locked.json
	run 2 "a file we may not read" $SG import json locked.json --db s.db
	has err.txt "cannot open locked.json: Permission denied" "the locked file is named"
fi
# Even root cannot read /proc/self/mem from its start: open succeeds, read fails.
run 2 "a file that fails when read" $SG import json /proc/self/mem --db s.db
has err.txt "/proc/self/mem:1:1: cannot read the file: Input/output error" "the read error is named"
unchanged "unreadable file"

mkdir folder
run 2 "a folder" $SG import json folder --db s.db
has err.txt "folder is a folder, not a file (give the export file itself)" "the folder is refused"

: > empty.json
run 2 "an empty file" $SG import json empty.json --db s.db
has err.txt "empty.json: the file is empty (a safeguard export starts {\"format\": \"safeguard\", \"version\": 1, ...)" "the empty file is named"
lacks err.txt "has no \"format\"" "and only that is said of it"
has err.txt "1 error;" "one error, not two"
unchanged "empty file"

printf 'la_child_id,sex\nC1,F\n' > children.csv
run 2 "a CSV file, not JSON" $SG import json children.csv --db s.db
has err.txt "children.csv:1:1: unexpected 'l': this is not JSON" "it is said not to be JSON"

head -c 3000 "$FIX/json/every-field.json" > cut.json
run 2 "an export cut short" $SG import json cut.json --db s.db
has err.txt "cut.json:$(($(wc -l < cut.json) + 1)):" "the line where it ends is given"
has err.txt "(is it cut short?)" "and the likely cause"
has err.txt "1 error; nothing was imported (the store is unchanged)" "one error, nothing imported"
unchanged "truncated file"

gzip -9 -n -c "$FIX/json/every-field.json" > export.json.gz
run 2 "a compressed export (binary)" $SG import json export.json.gz --db s.db
has err.txt "export.json.gz:1:1: unexpected byte 0x1F: this is not JSON" "the first byte is named"
unchanged "binary file"

{ printf '{"format": "safeguard", "version": 1, "agencies": [{"id": 9, "name": "'
  head -c 100000 /dev/zero | tr '\0' 'x'; printf '", "kind": "other"}]}'; } > huge.json
run 2 "a string of 100,000 bytes" $SG import json huge.json --db s.db
has err.txt "huge.json:1:70: a string longer than 65536 bytes (no field takes so much; is this the right file?)" "the string is refused at its start"

{ printf '{"format": "safeguard", "version": 1, "agencies": '
  i=0; while [ $i -lt 100 ]; do printf '['; i=$((i + 1)); done; } > deep.json
run 2 "lists nested 100 deep" $SG import json deep.json --db s.db
has err.txt "deep.json:1:82: lists and objects nested more than 32 deep (a safeguard export needs 4)" "the nesting is refused"
unchanged "deep nesting"

# 60 wrong records: the first 50 messages, then a count of the rest.
{ echo '{"format": "safeguard", "version": 1, "agencies": ['
  i=1; while [ $i -le 60 ]; do
	[ $i -gt 1 ] && echo ','
	printf '{"id": %d, "name": "Agency %d", "kind": "castle"}' $((100 + i)) $i
	i=$((i + 1))
  done; echo ']}'; } > many.json
run 2 "sixty errors" $SG import json many.json --db s.db
equal "$(grep -c 'is not an agency kind' err.txt)" "50" "the first 50 are printed"
has err.txt "many.json:2: agencies[0].kind: \"castle\" is not an agency kind" "the first is the first record's"
has err.txt "... and 10 more errors" "the rest are counted"
has err.txt "many.json: 60 errors; nothing was imported (the store is unchanged)" "the total is given"
unchanged "many errors"

# Into an empty store the import goes by the batch, indexes dropped until the commit.
$SG init --db empty.db >/dev/null
indexes=$(sqlite3 empty.db "SELECT count(*) FROM sqlite_schema WHERE type = 'index'")
sed 's/"Demo", "family_name": "Chair"/"Demo", "family_name": "Chair", "email": 7/' \
	"$FIX/json/every-field.json" > late.json
run 2 "an error late in a file, into an empty store" $SG import json late.json --db empty.db
has err.txt "late.json:14: professionals[2].email: 7 is not text (use text in double quotes)" "the error is named"
equal "$(sqlite3 empty.db 'SELECT count(*) FROM agencies')" "0" "what came before it is not kept"
equal "$(sqlite3 empty.db "SELECT count(*) FROM sqlite_schema WHERE type = 'index'")" "$indexes" \
	"and the indexes are all there"

run 2 "a store that does not exist" $SG import json before.json --db missing.db
has err.txt "there is no store at missing.db" "the missing store is named"
[ ! -e missing.db ] && ok "no store was created" || not_ok "missing.db was created"
finish
