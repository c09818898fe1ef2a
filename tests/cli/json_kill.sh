# json_kill.sh: nothing is lost (issue 2, point 7). A stream of imports, each its own
# process and file; one large import is killed with SIGKILL half way through its
# transaction. The store must then pass SQLite's integrity check and hold every import
# that reported success and nothing of the killed one.
#
# The large import reads from a FIFO that is fed only the first two thirds of its file
# and then held open: the importer cannot reach the end, so it cannot commit, and it is
# killed only once it has read what it was fed, that is with thousands of records
# inserted into its open transaction. No timing is guessed. It is killed twice: once
# into an empty store (the batch path) and once into the store of the stream.
. "$SG_ROOT/tests/lib.sh"

$SG init --db s.db >/dev/null

# small K: agency 10+K, child 100+K with local id SK, two contacts 1000+2K and 1001+2K.
small() {
	cat > "small$1.json" <<JSON
{"format": "safeguard", "version": 1,
"agencies": [{"id": $((10 + $1)), "name": "Agency $1", "kind": "school"}],
"children": [{"id": $((100 + $1)), "la_child_id": "S$1", "sex": "F", "ethnicity": "WBRI"}],
"contacts": [
{"id": $((1000 + 2 * $1)), "child_id": $((100 + $1)), "received_date": "2025-01-0$(( $1 % 9 + 1))", "source": "2A", "outcome": "advice"},
{"id": $((1001 + 2 * $1)), "child_id": $((100 + $1)), "received_date": "2025-02-0$(( $1 % 9 + 1))", "source": "3A", "outcome": "referral"}
]}
JSON
	run 0 "import $1 of the stream" $SG import json "small$1.json" --db s.db
	has out.txt "4 records created" "import $1 reports success"
}

for k in 1 2 3 4; do small $k; done

# The large import: 30,000 children and 30,000 contacts, ids from 100000.
awk 'BEGIN {
	print "{\"format\": \"safeguard\", \"version\": 1,\n\"children\": ["
	for (i = 0; i < 30000; i++)
		printf "%s{\"id\": %d, \"la_child_id\": \"B%d\", \"sex\": \"M\", \"ethnicity\": \"WBRI\"}\n", i ? "," : "", 100000 + i, i
	print "],\n\"contacts\": ["
	for (i = 0; i < 30000; i++)
		printf "%s{\"id\": %d, \"child_id\": %d, \"received_date\": \"2025-03-01\", \"source\": \"6\", \"outcome\": \"referral\"}\n", i ? "," : "", 100000 + i, 100000 + i
	print "]}"
}' > big.json
size=$(wc -c < big.json)
part=$((size * 2 / 3))

# kill_midway DB: starts importing big.json into DB through a FIFO, feeds it two thirds,
# waits until it has read them, and kills it with SIGKILL.
kill_midway() {
	rm -f big.fifo
	mkfifo big.fifo
	$SG import json big.fifo --db "$1" > big.out 2> big.err &
	pid=$!
	# Opened for reading and writing, the FIFO neither blocks us here nor ever shows
	# the importer an end of file while we hold it.
	exec 3<>big.fifo
	timeout 60 head -c "$part" big.json >&3
	# Wait until the importer has read all it was given (its read count, from the kernel).
	i=0
	while [ $i -lt 600 ]; do
		got=$(awk '/^rchar:/ {print $2}' "/proc/$pid/io" 2>/dev/null || echo 0)
		[ "${got:-0}" -ge "$part" ] && break
		sleep 0.05; i=$((i + 1))
	done
	[ "${got:-0}" -ge "$part" ] && ok "the large import read $got bytes of its file" ||
		not_ok "the large import read only ${got:-0} of $part bytes"
	kill -0 "$pid" 2>/dev/null && ok "it is still in its transaction, waiting for the rest" ||
		not_ok "the large import ended early: $(cat big.err)"
	kill -KILL "$pid"
	wait "$pid" 2>/dev/null
	status=$?
	exec 3>&-
	equal "$status" "137" "the large import died by SIGKILL"
}

# Into an empty store, the import goes by the batch with the indexes dropped inside its
# transaction: killed, it must leave the store empty and whole, indexes and all.
$SG init --db empty.db >/dev/null
indexes=$(sqlite3 empty.db "SELECT count(*) FROM sqlite_schema WHERE type = 'index'")
kill_midway empty.db
equal "$(sqlite3 empty.db 'PRAGMA integrity_check')" "ok" "the empty store is sound after the kill"
equal "$(sqlite3 empty.db 'SELECT count(*) FROM children') $(sqlite3 empty.db 'SELECT count(*) FROM contacts')" \
	"0 0" "and still empty"
equal "$(sqlite3 empty.db "SELECT count(*) FROM sqlite_schema WHERE type = 'index'")" "$indexes" \
	"with every index"

# Into the store of the stream, between imports that succeed.
kill_midway s.db

for k in 5 6 7; do small $k; done

equal "$(sqlite3 s.db 'PRAGMA integrity_check')" "ok" "the store passes SQLite's integrity check"
equal "$(sqlite3 s.db 'PRAGMA foreign_key_check' | wc -l)" "0" "every reference holds"
equal "$(sqlite3 s.db 'SELECT count(*) FROM children WHERE id BETWEEN 101 AND 107')" "7" \
	"every child of the seven imports that succeeded is there"
equal "$(sqlite3 s.db 'SELECT count(*) FROM contacts WHERE id BETWEEN 1002 AND 1015')" "14" \
	"and every contact"
equal "$(sqlite3 s.db 'SELECT count(*) FROM agencies WHERE id BETWEEN 11 AND 17')" "7" "and every agency"
equal "$(sqlite3 s.db 'SELECT count(*) FROM children WHERE id >= 100000')" "0" \
	"no child of the killed import is there"
equal "$(sqlite3 s.db 'SELECT count(*) FROM contacts WHERE id >= 100000')" "0" \
	"nor any of its contacts"
run 0 "the killed import, run again whole, goes in" $SG import json big.json --db s.db
has out.txt "imported big.json: 60000 records created" "all of it"
finish
