#!/bin/sh
# 20-timescales.sh: the speed of the statutory timescale engine (issue 3): every clock of one
# local authority's store in at most 50 ms, and of the national year in at most 5 s, on one
# core, with loading from the store reported apart from computing.
#
# The stores are the demo areas ('safeguard demo', and '--scale england' for the census
# year to 31 March 2026, judged on that day) when this binary has that command; otherwise a
# synthetic area written here with SQL at like volumes: the local authority 30,000 children
# referred over five years, the national year 650,000 referrals (domain.md 2.2), with
# assessments, enquiries, conferences and their invitees, plans for one child in ten, and
# their core groups, reviews and visits.
set -u
AS_OF=2026-11-21
YEAR_END=2026-03-31

synthetic() {	# synthetic FILE CHILDREN FIRST_DAY SPAN_DAYS AS_OF
	"$SG" init --db "$1" >/dev/null || return 1
	sqlite3 "$1" >/dev/null <<SQL
PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
BEGIN;
CREATE TEMP TABLE n(i INTEGER PRIMARY KEY);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $2)
INSERT INTO n SELECT i FROM c;
CREATE TEMP TABLE k(j INTEGER PRIMARY KEY);
WITH RECURSIVE c(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM c WHERE j < 80)
INSERT INTO k SELECT j FROM c;
INSERT INTO agencies VALUES (1, 'Benchtown Council', 'la_childrens_services', '999'),
 (2, 'Benchtown Police', 'police', NULL), (3, 'Benchtown GP', 'gp', NULL),
 (4, 'Benchtown School', 'school', NULL);
WITH RECURSIVE c(t) AS (SELECT 1 UNION ALL SELECT t + 1 FROM c WHERE t < 11)
INSERT INTO teams SELECT t, 1, 'Team ' || t, CASE t WHEN 11 THEN 'safeguarding_unit'
 ELSE 'child_protection' END FROM c;
WITH RECURSIVE c(p) AS (SELECT 1 UNION ALL SELECT p + 1 FROM c WHERE p < 220)
INSERT INTO professionals(id, agency_id, team_id, given_name, family_name, role)
 SELECT p, 1, CASE WHEN p > 200 THEN 11 ELSE 1 + p % 10 END, 'Worker', 'No' || p,
 CASE WHEN p > 200 THEN 'conference_chair' ELSE 'social_worker' END FROM c;
INSERT INTO households(id) SELECT i FROM n WHERE i % 2 = 1;
INSERT INTO children(id, la_child_id, given_name, family_name, birth_date, sex, ethnicity,
 household_id)
 SELECT i, 'B' || i, 'Child', 'No' || i, date('$5', '-' || (1 + i % 17) || ' years',
 '-' || (i % 300) || ' days'), 'F', 'WBRI', i - (1 - i % 2) FROM n;
CREATE TEMP TABLE r AS SELECT i, date('$3', '+' || (i * 7919 % $4) || ' days') AS d FROM n;
INSERT INTO referrals(id, child_id, received_date, source, primary_need, decision_date, nfa,
 team_id, social_worker_id, closure_date, closure_reason)
 SELECT i, i, d, '6', 'N1', date(d, '+' || (i % 5 / 4 * 2) || ' days'), 0, 1 + i % 10,
 1 + i % 200, CASE WHEN i % 100 >= 10 AND date(d, '+150 days') < '$5'
 THEN date(d, '+150 days') END, CASE WHEN i % 100 >= 10 AND date(d, '+150 days') < '$5'
 THEN 'RC7' END FROM r;
INSERT INTO assessments(id, child_id, referral_id, start_date, authorised_date,
 social_worker_id)
 SELECT i, i, i, d, CASE WHEN date(d, '+' || (30 + i % 45) || ' days') < '$5'
 THEN date(d, '+' || (30 + i % 45) || ' days') END, 1 + i % 200 FROM r WHERE i % 10 < 8;
INSERT INTO strategy_discussions(id, child_id, referral_id, held_date, outcome)
 SELECT i, i, i, date(d, '+2 days'), 'section_47' FROM r WHERE i % 10 < 3;
INSERT INTO s47_enquiries(id, child_id, referral_id, strategy_discussion_id, start_date,
 icpc_not_required) SELECT i, i, i, i, date(d, '+2 days'), i % 100 >= 11 FROM r WHERE i % 10 < 3;
CREATE TEMP TABLE icpc AS SELECT i, date(d, '+' || (16 + i % 9) || ' days') AS d FROM r
 WHERE i % 100 < 11 AND date(d, '+25 days') < '$5';
INSERT INTO conferences(id, child_id, referral_id, kind, s47_id, scheduled_date, held_date,
 chair_id, report_to_chair_date, report_to_parents_date, decision, categories,
 plan_circulated_date, minutes_circulated_date)
 SELECT i, i, i, 'initial', i, d, d, 201 + i % 20, date(d, '-2 days'), date(d, '-3 days'),
 CASE WHEN i % 100 < 10 THEN 'plan' ELSE 'no_plan' END, 'NEG', date(d, '+1 days'),
 date(d, '+12 days') FROM icpc;
CREATE TEMP TABLE p AS SELECT i, d AS s, CASE WHEN date(d, '+' || (60 + i * 13 % 700)
 || ' days') < '$5' THEN date(d, '+' || (60 + i * 13 % 700) || ' days') END AS e
 FROM icpc WHERE i % 100 < 10;
INSERT INTO cp_plans(id, child_id, referral_id, start_conference_id, start_date,
 initial_category, latest_category, previous_plans, key_worker_id, end_date, end_reason)
 SELECT i, i, i, i, s, 'NEG', 'NEG', 0, 1 + i % 200, e, CASE WHEN e IS NOT NULL
 THEN 'child_in_need' END FROM p;
UPDATE conferences SET plan_id = id WHERE id IN (SELECT i FROM p);
INSERT INTO conferences(id, child_id, referral_id, kind, plan_id, scheduled_date, held_date,
 chair_id, report_to_chair_date, report_to_parents_date, decision, categories,
 plan_circulated_date, minutes_circulated_date)
 SELECT $2 + i * 8 + j, i, i, 'review', i, x, x, 201 + i % 20, date(x, '-8 days'),
 date(x, '-8 days'), 'continue_plan', 'NEG', x, date(x, '+10 days')
 FROM (SELECT i, j, e, date(s, '+' || (85 + (j - 1) * 178 + i % 7) || ' days') AS x
 FROM p, k WHERE j BETWEEN 1 AND 5)
 WHERE x < '$5' AND (e IS NULL OR x <= e);
INSERT INTO conference_invitees(child_id, conference_id, agency_id, report_requested,
 report_date, attended, apologies)
 SELECT c.child_id, c.id, a.id, 1, CASE WHEN (c.id + a.id) % 4 THEN date(c.held_date,
 '-3 days') END, (c.id + a.id) % 3 > 0, 0 FROM conferences c, agencies a WHERE a.id > 1;
INSERT INTO core_groups(child_id, plan_id, scheduled_date, held_date)
 SELECT i, i, x, x FROM (SELECT i, e, date(s, '+' || (9 + j * 40 + i % 9) || ' days') AS x
 FROM p, k WHERE j < 20) WHERE x < '$5' AND (e IS NULL OR x <= e);
INSERT INTO visits(child_id, plan_id, visit_date, professional_id, seen, seen_alone)
 SELECT i, i, x, 1 + i % 200, i % 23 > 0, i % 2 FROM (SELECT i, e, date(s, '+' ||
 (5 + j * 13 + i % 5) || ' days') AS x FROM p, k WHERE j < 60)
 WHERE x < '$5' AND (e IS NULL OR x <= e);
COMMIT;
SQL
}

# make_store FILE SCALE: the demo area if this binary builds one, else the synthetic one.
make_store() {
	if "$SG" help demo >/dev/null 2>&1; then
		if [ "$2" = la ]; then "$SG" demo --end $AS_OF --db "$1" && return 0
		else "$SG" demo --scale england --end $YEAR_END --db "$1" && return 0; fi
		rm -f "$1"
	fi
	if [ "$2" = la ]; then synthetic "$1" 30000 2021-11-22 1825 $AS_OF
	else synthetic "$1" 650000 2025-04-01 364 $YEAR_END; fi
}

figure() {	# figure NAME FILE TARGET_MS AS_OF
	out=$("$SG" test-timescales-bench --db "$2" --as-of "$4" --repeat 5) || {
		echo "bench: $1: failed"; return; }
	echo "$out" | sed 's/^/  /'
	load=$(echo "$out" | sed -n 's/^load: \([0-9.]*\) ms.*/\1/p')
	comp=$(echo "$out" | sed -n 's/^compute: \([0-9.]*\) ms.*/\1/p')
	clocks=$(echo "$out" | sed -n 's/^clocks: \([0-9]*\).*/\1/p')
	verdict=$(awk -v c="$comp" -v t="$3" 'BEGIN { print (c <= t) ? "ok" : "SLOW" }')
	echo "bench: timescales, $1: compute $comp ms for $clocks clocks (target $3 ms) $verdict"
	echo "bench: timescales, $1: load from the store $load ms (target none, reported apart) ok"
}

start=$(date +%s)
make_store la.db la || { echo "bench: timescales: cannot build the local authority store"; exit 1; }
echo "  local authority store built in $(( $(date +%s) - start )) s"
figure "one local authority" la.db 50 $AS_OF
start=$(date +%s)
make_store england.db england || { echo "bench: timescales: cannot build the national store"; exit 1; }
echo "  national store built in $(( $(date +%s) - start )) s"
figure "national year" england.db 5000 $YEAR_END
