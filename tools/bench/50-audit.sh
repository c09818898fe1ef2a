#!/bin/sh
# 50-audit.sh: appending to the audit trail as the web server will (issue 8): 100,000 view
# entries in transactions of 100, each committed with synchronous=FULL, at least 10,000 a
# second. Mostly the disk's fsync, one a batch; then the chain is verified whole.
set -u
rm -f audit.db audit.db-wal audit.db-shm
line=$("$SG" test-audit-bench --db audit.db --entries 100000 --batch 100) || {
	echo "bench: audit trail appends: the bench failed"; exit 0; }
echo "$line"
rate=$(printf '%s\n' "$line" | sed -n 's/.*: \([0-9]*\) entries a second$/\1/p')
ok=$([ "${rate:-0}" -ge 10000 ] && echo ok || echo SLOW)
echo "bench: audit trail, 100,000 views in batches of 100: $rate entries/s (target 10000) $ok"
start=$(date +%s.%N)
"$SG" audit verify --db audit.db | head -n 1
took=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
echo "bench: audit verify of 100,000 entries: $took s"
rm -f audit.db audit.db-wal audit.db-shm
