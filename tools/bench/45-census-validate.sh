#!/bin/sh
# 45-census-validate.sh: how fast `safeguard validate cin` checks a return, and how fast the
# rules answer for one child at entry.
#   - a generated 10,000-child 2025-26 return (about 12 MB): target 0.1 s in all, reading
#     included (issue 4, point 7); then 100,000 children, to show time and memory grow
#     with the file as they should: time in proportion (target 2 s, validation's half of
#     the 30 s the national year's 700,000 children may take to export and validate),
#     memory flat but for the fingerprints of LAchildIDs and UPNs (about 100 bytes a child)
#   - one child's rules at entry, as the web interface calls them on every save: load the
#     child's records from the store and judge them (target: milliseconds)
# Each child of the generated file is the department's example child on a protection plan,
# with its own LAchildID and a UPN whose check letter is computed, so the file is clean but
# for the return-level query 2887Q (one child's two disability codes, 10,000 times).
set -u
ex="$SG_ROOT/tests/fixtures/cin-rules/example-2025-26.xml"

# gen N: a return of N children on stdout.
gen() {
	awk -v n="$1" '
	BEGIN { alpha = "ABCDEFGHJKLMNPQRTUVWXYZ" }
	{ sub(/^[ \t]+/, "") }	# no indentation, as an exporting system writes it
	/<Children>/ { print; inchildren = 1; next }
	!inchildren { print; next }
	/<Child>/ && !got { grab = 1 }
	grab { child = child $0 "\n" }
	/<\/Child>/ && grab { grab = 0; got = 1 }
	/<\/Children>/ {
		for (i = 1; i <= n; i++) {
			digits = sprintf("201%09d", i)
			sum = 0
			for (p = 2; p <= 13; p++) sum += substr(digits, p - 1, 1) * p
			upn = substr(alpha, sum % 23 + 1, 1) digits
			c = child
			sub(/CHILDA001/, sprintf("C%08d", i), c)
			sub(/F201123412001/, upn, c)
			printf "%s", c
		}
		print; inchildren = 0
	}' "$ex"
}

# secs CMD...: the wall-clock seconds CMD takes, to the millisecond.
secs() {
	t0=$(date +%s%N)
	"$@" >/dev/null 2>&1
	t1=$(date +%s%N)
	echo "$(( (t1 - t0) / 1000000 ))" | awk '{ printf "%.3f", $1 / 1000 }'
}

verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "ok" : "SLOW") }'; }

gen 10000 > c10k.xml
mb=$(du -m c10k.xml | cut -f1)
"$SG" validate cin c10k.xml | tail -n 1 | sed 's/^/  /'
# The best of five runs: on a shared machine any one run can be stretched by other work.
best=""
for i in 1 2 3 4 5; do
	t=$(secs "$SG" validate cin c10k.xml)
	best=$(awk -v a="$t" -v b="${best:-$t}" 'BEGIN { print (a < b ? a : b) }')
done
echo "bench: validate cin, 10,000 children ($mb MB): $best s (target 0.1 s) $(verdict "$best" 0.1)"

gen 100000 > c100k.xml
mb=$(du -m c100k.xml | cut -f1)
t=$(secs "$SG" validate cin c100k.xml)
echo "bench: validate cin, 100,000 children ($mb MB): $t s (target 2 s) $(verdict "$t" 2)"
if [ -x /usr/bin/time ]; then
	k10=$(/usr/bin/time -f %M "$SG" validate cin c10k.xml 2>&1 >/dev/null | tail -n 1)
	k100=$(/usr/bin/time -f %M "$SG" validate cin c100k.xml 2>&1 >/dev/null | tail -n 1)
	echo "bench: validate cin memory: $((k10 / 1024)) MB at 10,000 children, $((k100 / 1024)) MB at 100,000 (target 100 MB at 100,000) $(verdict "$k100" 102400)"
fi
rm -f c10k.xml c100k.xml

# At entry: every child of a store, one at a time, loaded and judged.
if "$SG" help demo >/dev/null 2>&1; then
	"$SG" demo --db entry.db --end 2026-11-21 >/dev/null 2>&1
else	# before the demo exists: one child on a plan, put in by hand
	"$SG" init --db entry.db >/dev/null
	sqlite3 entry.db "
	INSERT INTO children (id, la_child_id, birth_date, sex, ethnicity, disabilities, upn)
	  VALUES (1, 'CHILDA001', '2015-05-10', 'F', 'WBRI', 'MOB HAND', 'F201123412001');
	INSERT INTO referrals (id, child_id, received_date, source, primary_need, nfa)
	  VALUES (10, 1, '2025-05-01', '2A', 'N1', 0);
	INSERT INTO assessments (id, child_id, referral_id, start_date, authorised_date, factors)
	  VALUES (20, 1, 10, '2025-05-02', '2025-06-10', '3A 4B');
	INSERT INTO s47_enquiries (id, child_id, referral_id, start_date, completed_date,
	  icpc_not_required) VALUES (30, 1, 10, '2025-05-05', '2025-05-27', 0);
	INSERT INTO conferences (id, child_id, referral_id, kind, s47_id, scheduled_date, held_date)
	  VALUES (40, 1, 10, 'initial', 30, '2025-05-27', '2025-05-27');
	INSERT INTO cp_plans (id, child_id, referral_id, start_conference_id, start_date,
	  initial_category, latest_category, previous_plans) VALUES (50, 1, 10, 40, '2025-05-27',
	  'NEG', 'NEG', 0);"
fi
"$SG" test-census-entry-bench --db entry.db --year 2025-26 | sed 's/^/  /'
ms=$("$SG" test-census-entry-bench --db entry.db --year 2025-26 | awk '/^per child/ { print $3 }')
echo "bench: census rules at entry, one child loaded and judged: ${ms:-?} ms (target 5 ms) $(verdict "${ms:-999}" 5)"
rm -f entry.db*
