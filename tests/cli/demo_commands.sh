# demo_commands.sh: 'safeguard demo' makes the same store from the same seed and end date,
# into a new or an empty store only, and refuses bad options with a message and exit
# status 2, creating nothing; 'safeguard summary' counts what a store holds.
. "$SG_ROOT/tests/lib.sh"

small="--children 3000 --years 2 --seed 5 --end 2025-06-30"

run 0 "a small demo area" $SG demo --db a.db $small
has out.txt "created the demo area in a.db" "the demo says what it made"
has out.txt "kept: children with records from 2023-04-01 to 2025-06-30" "and which years it kept"
equal "$(sqlite3 a.db 'PRAGMA integrity_check')" "ok" "the store is sound"
equal "$(sqlite3 a.db 'PRAGMA foreign_key_check' | wc -l)" "0" "every reference holds"
equal "$(sqlite3 a.db 'PRAGMA journal_mode')" "wal" "the store is back in write-ahead logging"
$SG init --db new.db >/dev/null
indexes() { sqlite3 "$1" "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name LIKE '%_child'"; }
equal "$(indexes a.db)" "$(indexes new.db)" "its indexes were built again"
equal "$(sqlite3 a.db "SELECT value FROM settings WHERE key = 'area.child_population'")" "3000" \
	"the population is a setting"
late=0
for t in $(sqlite3 a.db "SELECT name FROM sqlite_schema WHERE type = 'table'"); do
	for col in $(sqlite3 a.db "SELECT name FROM pragma_table_info('$t') WHERE name LIKE '%date%' OR name LIKE '%_from'"); do
		[ "$col" = expected_birth_date ] && continue
		[ "$col" = scheduled_date ] && continue
		[ "$col" = session_date ] && continue	# a training session to come, booked
		[ "$col" = due_date ] && continue	# an action's due date is booked too
		late=$((late + $(sqlite3 a.db "SELECT count(*) FROM $t WHERE $col GLOB '[0-9]*' AND $col > '2025-06-30'")))
	done
done
equal "$late" "0" "nothing is dated after the end but an unborn child's due date and what is booked"
# What is in flight at the end is booked for after it: conferences and core groups not
# yet held, within seven months.
for t in conferences core_groups; do
	equal "$(sqlite3 a.db "SELECT count(*) FROM $t WHERE scheduled_date > '2025-06-30' AND
		(held_date IS NOT NULL OR scheduled_date > '2026-01-31')")" "0" \
		"$t booked after the end are not held, and within seven months"
done
booked=$(sqlite3 a.db "SELECT count(*) FROM conferences WHERE held_date IS NULL")
[ "$booked" -gt 0 ] && ok "conferences are booked after the end ($booked)" || not_ok "no conference is booked"

$SG --db a.db export json --out a.sql
run 0 "the same seed again" $SG demo --db b.db $small
$SG --db b.db export json --out b.sql
same a.sql b.sql "the same seed and end give the same store"
$SG init --db e.db > /dev/null
run 0 "into an existing empty store" $SG demo --db e.db $small
$SG --db e.db export json --out e.sql
same a.sql e.sql "an empty store is filled with the same records"
run 0 "another seed" $SG demo --db c.db --children 3000 --years 2 --seed 6 --end 2025-06-30
$SG --db c.db export json --out c.sql
if cmp -s a.sql c.sql; then not_ok "another seed gives another area"; else ok "another seed gives another area"; fi

run 2 "a store that holds records" $SG demo --db a.db $small
has err.txt "a.db already holds records" "the store is refused"
$SG --db a.db export json --out again.sql
same a.sql again.sql "and left as it was"
$SG init --db s.db > /dev/null
sqlite3 s.db "INSERT INTO settings(key, value, effective_from) VALUES ('visits.interval', '15', '2020-01-01')"
run 2 "a store with settings only" $SG demo --db s.db $small
has err.txt "already holds records" "settings count as records"

bad() {
	run 2 "$1" $SG demo --db x.db $2
	has err.txt "$3" "the message names the fix: $3"
	[ ! -e x.db ] && ok "no store was created" || { not_ok "x.db was created"; rm -f x.db; }
}
bad "a population that is not a number" "--children many" '--children: "many" is not a number of children (use a whole number from 1000 to 20000000)'
bad "a population too small" "--children 10" '--children: "10" is not a number of children'
bad "no years" "--years 0" '--years: "0" is not a number of years (use a whole number from 1 to 30)'
bad "a date that does not exist" "--end 2025-02-30" '--end: "2025-02-30" is not a date (use YYYY-MM-DD)'
bad "an end out of range" "--end 1999-12-31" "--end: the demo's history must end between 2000-01-01 and 2090-12-31"
bad "a negative seed" "--seed -4" '--seed: "-4" is not a seed (use a whole number, 0 or more)'
bad "an unknown scale" "--scale wales" '--scale: "wales" is not a scale (use --scale england)'
bad "england with a population" "--scale england --children 5000" "leave out --children and --years"

# The census return of every year of the default area's history has no errors and no
# queries under the department's rules (issue 2 point 5, issue 4 point 3).
run 0 "the default area" $SG demo --db area.db --end 2026-11-21
has out.txt "kept: children with records from 2021-04-01 to 2026-11-21" "five years and the year they start in"
run 0 "the demo's default end is today, as \$SAFEGUARD_TODAY says" env SAFEGUARD_TODAY=2025-06-02 \
    $SG demo --db today.db --children 1000
has out.txt "kept: children with records from 2020-04-01 to 2025-06-02" "the history ends that day"
for year in 2021-22 2022-23 2023-24 2024-25 2025-26; do
	run 0 "the $year return of the default area" $SG validate cin --store --year $year --db area.db
	has out.txt "no errors and no queries" "the $year return is clean"
done

# A user of every role, and the demo user of each (the lowest id of its role; for
# partners, of each kind of partner the README names) has work on the last morning.
for role in administrator chair social_worker manager partner lado cdop analyst senior_manager \
    health_lookup; do
	n=$(sqlite3 area.db "SELECT count(*) FROM users WHERE role = '$role' AND active")
	[ "$n" -gt 0 ] && ok "a user of role $role" || not_ok "no user of role $role"
done
for kind in police_officer health_visitor designated_safeguarding_lead gp; do
	n=$(sqlite3 area.db "WITH u AS (SELECT p.id FROM users JOIN professionals p
			ON p.id = users.professional_id WHERE users.role = 'partner' AND p.role = '$kind'
			ORDER BY users.id LIMIT 1)
		SELECT (SELECT count(DISTINCT i.child_id) FROM conference_invitees i
			JOIN conferences c ON c.id = i.conference_id
			WHERE i.professional_id = (SELECT id FROM u) AND c.held_date IS NULL) +
		(SELECT count(DISTINCT m.child_id) FROM core_group_members m
			JOIN cp_plans pl ON pl.start_conference_id = m.conference_id
			WHERE m.professional_id = (SELECT id FROM u) AND pl.end_date IS NULL)")
	[ "$n" -gt 0 ] && ok "the first $kind user has children to see ($n)" ||
		not_ok "the first $kind user has no child to see"
done
first() { sqlite3 area.db "SELECT professional_id FROM users WHERE role = '$1' ORDER BY id LIMIT 1"; }
n=$(sqlite3 area.db "SELECT count(*) FROM referrals WHERE closure_date IS NULL AND social_worker_id = $(first social_worker)")
[ "$n" -gt 0 ] && ok "the first social worker holds open cases ($n)" || not_ok "the first social worker holds none"
n=$(sqlite3 area.db "SELECT count(*) FROM conferences WHERE held_date IS NULL AND chair_id = $(first chair)")
[ "$n" -gt 0 ] && ok "the first chair has conferences booked ($n)" || not_ok "the first chair has none booked"

run 0 "summary" $SG summary --db a.db
has out.txt "a.db holds:" "summary names the store"
n=$(sqlite3 a.db "SELECT count(*) FROM cp_plans")
has out.txt "cp_plans" "summary counts plans"
grep -q "cp_plans *$n\$" out.txt && ok "the plan count is the store's" || not_ok "summary miscounts plans"
run 2 "summary of a missing store" $SG summary --db none.db
has err.txt "there is no store at none.db" "the missing store is named"
finish
