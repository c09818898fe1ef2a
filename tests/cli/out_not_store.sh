# out_not_store.sh: an output file named by the user is never the store itself. 'export
# json --out', 'export cin --out', 'test-cin-generate --out' and 'backup FILE' once wrote
# straight over the store (or its write-ahead log) when given its name: every record lost.
# Each is refused with exit status 2, the store left as it was.
. "$SG_ROOT/tests/lib.sh"

$SG demo --db s.db --children 1000 --end 2026-11-21 >/dev/null
# A committed setting kept in the write-ahead log, so that writing over s.db-wal would
# lose it: another connection stays open meanwhile, so no one checkpoints on closing.
mkfifo hold.fifo
sqlite3 s.db < hold.fifo > held.txt &
holder=$!
exec 3>hold.fifo
echo "SELECT count(*) FROM settings;" >&3
i=0; while [ ! -s held.txt ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
sqlite3 s.db "PRAGMA wal_autocheckpoint=0; INSERT INTO settings(key, value, effective_from)
    VALUES ('timescale.visit_working_days', '12', '2026-01-01');" >/dev/null
[ -s s.db-wal ] && ok "the setting waits in the write-ahead log" || not_ok "s.db-wal is empty"
fingerprint() { sqlite3 s.db .dump | md5sum; }
before=$(fingerprint)
mkdir sub
ln -s s.db link.db

refused() {	# refused DESCRIPTION COMMAND...: exit 2, the store named, nothing changed
	desc=$1; shift
	run 2 "$desc" "$@"
	has err.txt "is the store" "$desc: the message says the file is the store"
	equal "$(fingerprint)" "$before" "$desc: the store is unchanged"
}

refused "export json --out the store" $SG export json --out s.db --db s.db
refused "export json --out the store, spelt another way" $SG export json --out ./sub/../s.db --db s.db
refused "export json --out a link to the store" $SG export json --out link.db --db s.db
refused "export json --out the store's write-ahead log" $SG export json --out s.db-wal --db s.db
refused "export json --out the store's rollback journal" $SG export json --child C0000001 --out s.db-journal --db s.db
refused "export cin --out the store" $SG export cin --year 2025-26 --out s.db --db s.db
refused "export cin --out the store's shared memory" $SG export cin --year 2025-26 --out s.db-shm --db s.db
refused "test-cin-generate --out the store" $SG test-cin-generate --children 2 --out s.db --db s.db
refused "backup to the store's write-ahead log" $SG backup s.db-wal --db s.db
[ ! -e s.db-journal ] && ok "no journal file was made" || not_ok "s.db-journal was written"
equal "$(sqlite3 s.db "SELECT value FROM settings WHERE key = 'timescale.visit_working_days'")" \
    "12" "the setting in the write-ahead log is still there"

# Other names still work, including one that only begins like the store's.
run 0 "export json to another file" $SG export json --out s.db.json --db s.db
run 0 "export cin to another file" $SG export cin --year 2025-26 --out s.db-wal.xml --db s.db
exec 3>&-	# the other connection reads the end of its input and closes
wait $holder
finish
