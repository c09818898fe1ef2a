# file_modes.sh: every file safeguard writes that holds children's records is readable by
# its owner only, as the JSON export always was: the store (and the files SQLite keeps
# beside it), a backup, a census return. They used to be created readable by everyone
# on the machine (0644 under the usual umask).
. "$SG_ROOT/tests/lib.sh"
umask 022
mode() { stat -c %a "$1"; }

run 0 "init" $SG init --db a.db
equal "$(mode a.db)" "600" "a new store is its owner's only"
run 0 "demo into a new store" $SG demo --db d.db --children 1000 --end 2026-11-21
equal "$(mode d.db)" "600" "the demo's store too"
# Another connection stays open, so that the files SQLite keeps beside the store outlive
# the write.
mkfifo hold.fifo
sqlite3 d.db < hold.fifo > held.txt &
holder=$!
exec 3>hold.fifo
echo "SELECT count(*) FROM children;" >&3
i=0; while [ ! -s held.txt ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
run 0 "a write" $SG settings set area.name "Other Borough" --db d.db
equal "$(mode d.db-wal)" "600" "the write-ahead log beside it too"
equal "$(mode d.db-shm)" "600" "and its shared memory"
exec 3>&-
wait $holder
run 0 "backup" $SG backup b.db --db d.db
equal "$(mode b.db)" "600" "a backup"
run 0 "restore into a new store" $SG restore b.db --db r.db
equal "$(mode r.db)" "600" "a restored store"
run 0 "export cin" $SG export cin --year 2025-26 --out c.xml --db d.db
equal "$(mode c.xml)" "600" "a census return"
run 0 "export json" $SG export json --out j.json --db d.db
equal "$(mode j.json)" "600" "a JSON export"
run 0 "import cin into a new store" $SG import cin "$FIX/cin/example-2025-26.xml" --db i.db
equal "$(mode i.db)" "600" "a store the census import made"
chmod 640 a.db
run 0 "init on an existing store" $SG init --db a.db
equal "$(mode a.db)" "640" "keeps the mode its owner gave it"
finish
