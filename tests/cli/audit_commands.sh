# audit_commands.sh: what the commands do to the store goes into its audit trail (exports,
# backups, restores), 'audit show' lists it with its filters, 'audit verify' finds the
# trail whole or names the first entry changed or removed underneath the store, and bad
# arguments are refused with exit status 2.
. "$SG_ROOT/tests/lib.sh"
export USER=tester
export SAFEGUARD_BUSY_TIMEOUT_MS=300

$SG demo --db s.db --children 1000 --end 2026-11-21 >/dev/null
run 0 "verify an empty trail" $SG audit verify --db s.db
has out.txt "the audit trail holds: it has no entries yet" "says it is empty"
run 0 "show an empty trail" $SG audit show --db s.db
has out.txt "no audit entry is of those you asked for" "says there is nothing"

# Every export is recorded, with who, what and where to.
run 0 "export json" $SG export json --out all.json --db s.db
run 0 "export one child" $SG export json --child C0000002 --db s.db
run 0 "export cin" $SG export cin --year 2025-26 --out ret.xml --db s.db
run 0 "backup" $SG backup b.db --db s.db
lacks all.json '"audit"' "the audit trail is not part of the JSON export"
run 0 "show" $SG audit show --db s.db
has out.txt "a backup of the whole store, to b.db" "the backup is recorded"
has out.txt "the 2025-26 census return, to ret.xml" "the census export is recorded"
has out.txt "the record of child 2 as JSON, to the standard output" "the child's export"
has out.txt "the whole store as JSON, to all.json" "the whole export"
has out.txt "tester" "by the person running the command"
has out.txt "terminal" "from the terminal"
equal "$(sed -n 2p out.txt | awk '{print $1}')" "4" "newest first"
run 0 "show --json" $SG audit show --json --db s.db
has out.txt '"username": "tester", "role": "command", "address": "terminal", "action": "export"' \
    "JSON carries every field"
has out.txt '"more": false}' "and says whether there were more"
run 0 "show --child by local id" $SG audit show --child C0000002 --db s.db
equal "$(grep -c 'export' out.txt)" "1" "only the child's entry"
run 0 "show --child by record id" $SG audit show --child 2 --json --db s.db
has out.txt '"child_id": 2' "the same entry"
run 0 "show --limit 2" $SG audit show --limit 2 --db s.db
has out.txt "(the 2 newest of those asked for; --limit N shows more)" "says there are more"
today=$(date -u +%Y-%m-%d)
run 0 "show by user, action and day" $SG audit show --user tester --action export \
    --from "$today" --to "$today" --db s.db
equal "$(grep -c 'export' out.txt)" "4" "all four exports"
run 0 "show another day" $SG audit show --from 2020-01-01 --to 2020-01-02 --db s.db
has out.txt "no audit entry is of those you asked for" "nothing that day"
unset USER
run 0 "a command with no USER" $SG export json --child 1 --db s.db
USER=tester
export USER
run 0 "show it" $SG audit show --limit 1 --json --db s.db
has out.txt '"username": "unknown"' "the person is unknown"

run 0 "verify" $SG audit verify --db s.db
has out.txt "the audit trail holds: 5 entries, from $today" "counts the entries, from the first"
has out.txt "last entry 5, hash " "gives the hash to keep"

# A restore: the restored store keeps the backup's trail, and says it was restored and
# where the replaced store's trail had reached.
run 0 "restore" $SG restore b.db --db s.db --force
run 0 "show the restored trail" $SG audit show --db s.db
has out.txt "the store was restored from b.db, in place of a store whose audit trail ended at entry 5" \
    "the restore is recorded, with where the replaced trail ended"
has out.txt "a backup of the whole store, to b.db" "the backup's own entry is there"
lacks out.txt "the record of child 1 " "what came after the backup is not"
run 0 "the restored trail holds" $SG audit verify --db s.db
has out.txt "the audit trail holds: 5 entries" "the backup's 4 and the restore"

# Bad arguments: one line, exit status 2.
bad() {	# bad DESCRIPTION MESSAGE OPTIONS...: (run sets $want and $desc of its own)
	what=$1; says=$2; shift 2
	run 2 "$what" $SG audit show --db s.db "$@"
	has err.txt "$says" "$what: says what and how to fix it"
}
bad "--limit 0" '--limit: "0" is not a number of entries (use a whole number from 1 to 10000000)' --limit 0
bad "--limit many" '--limit: "many" is not a number of entries' --limit many
bad "--from not a date" '--from: "2026-02-30" is not a date (use YYYY-MM-DD)' --from 2026-02-30
bad "--to before --from" '--from 2026-12-05 is after --to 2026-12-01 (give the earlier day first)' \
    --from 2026-12-05 --to 2026-12-01
bad "--child unknown" '--child: no child has the local id or record id "NOBODY"' --child NOBODY
bad "--user empty" '--user: the username is empty' --user ""
bad "unknown option" "unknown option '--who'" --who x
run 2 "verify of a missing store" $SG audit verify --db none.db
has err.txt "there is no store at none.db" "names the store"
run 2 "the bench will not write into a store" $SG test-audit-bench --db s.db --entries 10
has err.txt "s.db exists: the bench fills the audit trail of a new store" "says why"

# Nothing leaves a store that cannot record it: another program holds the write lock.
mkfifo hold.fifo
sqlite3 s.db < hold.fifo > held.txt 2>&1 &
holder=$!
exec 3>hold.fifo
echo "BEGIN IMMEDIATE; SELECT 'holding';" >&3
i=0; while ! grep -q holding held.txt && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
run 2 "export while the store is busy" $SG export json --out busy.json --db s.db
has err.txt "the audit trail cannot record this export, so it was not done: s.db is busy" \
    "says the export was not done, and why"
[ ! -e busy.json ] && ok "nothing was written" || not_ok "busy.json was written"
run 2 "backup while the store is busy" $SG backup busy.db --db s.db
[ ! -e busy.db ] && ok "no backup was made" || not_ok "busy.db was made"
echo "COMMIT;" >&3
exec 3>&-
wait $holder

# Underneath the store: the triggers refuse even the sqlite3 shell; without them, verify
# finds what was done.
sqlite3 s.db "UPDATE audit SET username = 'someone' WHERE id = 2" 2>err.txt
has err.txt "the audit trail is append-only: an entry cannot be changed" "the trigger refuses a change"
sqlite3 s.db "DELETE FROM audit WHERE id = 2" 2>err.txt
has err.txt "the audit trail is append-only: an entry cannot be removed" "and a removal"
cp s.db t.db
sqlite3 t.db "DROP TRIGGER audit_no_update; UPDATE audit SET what = 'nothing much' WHERE id = 3"
run 1 "verify a changed entry" $SG audit verify --db t.db
has out.txt "the audit trail does not hold: entry 3 (" "names the entry"
has out.txt ", export by tester) was changed: its fields no longer give its hash" "and what was wrong"
has out.txt "the 2 entries before it hold" "and what still holds"
cp s.db t.db
sqlite3 t.db "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = 2"
run 1 "verify a removed entry" $SG audit verify --db t.db
has out.txt "entry 2 was removed: the ids go from 1 to 3" "names the missing entry"
finish
