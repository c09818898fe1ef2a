# store_states.sh: stores in odd states give a message a person can act on, exit status 2,
# and change nothing: a store another program is writing to, a store this user may not
# write, and an empty --db.
. "$SG_ROOT/tests/lib.sh"
# Test builds wait this long for a busy store instead of the real ten seconds.
export SAFEGUARD_BUSY_TIMEOUT_MS=300

$SG demo --db s.db --children 1000 --end 2026-11-21 >/dev/null
fingerprint() { sqlite3 "$1" .dump | md5sum; }
before=$(fingerprint s.db)

# Another writer holds the store: sqlite3 keeps a write transaction open, fed through a
# FIFO, until we close its input.
mkfifo hold.fifo
sqlite3 s.db < hold.fifo > held.txt 2>&1 &
holder=$!
exec 3>hold.fifo
echo "BEGIN IMMEDIATE; SELECT 'holding';" >&3
i=0; while ! grep -q holding held.txt && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
run 2 "settings set while another program writes" \
    $SG settings set timescale.visit_working_days 12 --from 2030-01-01 --db s.db
has err.txt "s.db is busy: another program is writing to it" "says the store is busy"
has err.txt "try again" "and what to do"
lacks err.txt "BEGIN IMMEDIATE" "no SQL in the message"
run 2 "import json while another program writes" $SG import json "$FIX/json/every-field.json" --db s.db
has err.txt "s.db is busy" "says the store is busy"
run 0 "reading goes on meanwhile" $SG summary --db s.db
echo "COMMIT;" >&3
exec 3>&-
wait $holder
equal "$(fingerprint s.db)" "$before" "the store is unchanged"

# A store this user may not write. chmod does not stop root, so as root the commands run
# as the user nobody (when setpriv is there to do it).
as_user=""
if [ "$(id -u)" -eq 0 ]; then
	command -v setpriv >/dev/null && as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as_user" ]; then
	chmod 755 .
	mkdir ro rw
	cp s.db ro/s.db
	cp s.db rw/s.db
	chmod 444 ro/s.db rw/s.db
	chmod 555 ro
	chmod 777 rw
	run 2 "a read-only store in a read-only folder" $as_user $SG check --db ro/s.db
	has err.txt "ro/s.db is read-only for this user" "says so"
	has err.txt "make the file and its folder writable" "and what to do"
	run 0 "a read-only store in a writable folder can be read" $as_user $SG summary --db rw/s.db
	run 2 "but not written" $as_user $SG settings set area.name "Other" --db rw/s.db
	has err.txt "rw/s.db is read-only for this user" "says so"
	equal "$(fingerprint rw/s.db)" "$before" "the store is unchanged"
	chmod 755 ro
else
	ok "skipped: running as root without setpriv, so no file is read-only to us"
fi

run 2 "an empty --db" $SG summary --db ""
has err.txt "--db: the store's file name is empty" "names the option"
run 2 "an empty --db=" $SG init --db=
has err.txt "--db: the store's file name is empty" "names the option"
run 2 "--db at the front with no file" $SG --db
has err.txt "--db needs a file name" "names the option"
run 0 "--db=FILE at the front" $SG --db=s.db summary
has out.txt "s.db holds" "is the store"
finish
