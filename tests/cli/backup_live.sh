# backup_live.sh: a backup taken while another process keeps writing is a consistent
# snapshot (issue 2, point 6). The writer adds agencies two at a time, each pair in one
# transaction; a consistent copy can only ever hold whole pairs.
. "$SG_ROOT/tests/lib.sh"

$SG init --db live.db >/dev/null
# The writer runs until told to stop, one transaction per pair, as fast as it can.
(
	i=1
	while [ ! -e stop ]; do
		sqlite3 live.db "PRAGMA busy_timeout=10000; BEGIN IMMEDIATE;
			INSERT INTO agencies(id, name, kind) VALUES ($i, 'Pair $i a', 'police');
			INSERT INTO agencies(id, name, kind) VALUES ($((i + 1)), 'Pair $i b', 'police');
			COMMIT;" >/dev/null || break
		i=$((i + 2))
	done
) &
writer=$!
sleep 0.3
n=0
while [ $n -lt 5 ]; do
	n=$((n + 1))
	run 0 "backup $n while the store is being written" $SG backup b$n.db --db live.db
	[ -s b$n.db ] || { not_ok "backup $n was not written"; continue; }
	equal "$(sqlite3 b$n.db 'PRAGMA integrity_check')" "ok" "backup $n passes the integrity check"
	rows=$(sqlite3 b$n.db 'SELECT count(*) FROM agencies')
	max=$(sqlite3 b$n.db 'SELECT coalesce(max(id), 0) FROM agencies')
	equal "$((rows % 2))" "0" "backup $n holds whole transactions only ($rows rows)"
	equal "$max" "$rows" "backup $n holds a prefix of the writes, with no gaps"
	sleep 0.1
done
touch stop
wait $writer
total=$(sqlite3 live.db 'SELECT count(*) FROM agencies')
last=$(sqlite3 b5.db 'SELECT count(*) FROM agencies')
[ "$total" -ge "$last" ] && [ "$last" -gt 0 ] && ok "the writer went on while backups ran ($last then $total rows)" ||
	not_ok "backups saw $last rows of $total"
run 0 "a live backup restores" $SG restore b5.db --db restored.db
equal "$(sqlite3 restored.db 'SELECT count(*) FROM agencies')" "$last" "the restored store is the snapshot"
finish
