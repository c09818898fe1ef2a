# check_worklist.sh: 'safeguard check' on a small area (tests/fixtures/ts_area.sql) as it
# stands on Mon 2 Jun 2025: the whole area's list, a worker's, a chair's and a team's, the
# JSON shape, and the bad inputs it refuses (exit 2, a message naming the fix).
#
# What is due, worked by hand (convention A; Mon 26 May 2025 was the spring holiday):
#   C0001: last visit Mon 12 May, next within 10 working days: Tue 27 May (overdue); plan
#          from Tue 31 Oct 2023 reached 18 months on Wed 30 Apr 2025 (31 Apr clamps to 30).
#   C0003: referral Mon 3 Mar 2025, assessment within 45 working days: Thu 8 May (overdue).
#   C0002: referral Mon 2 Jun, decision within 1 working day: Tue 3 Jun (due).
#   C0005 (unborn): initial conference Thu 5 Jun: parents' report 2 working days before,
#          Tue 3 Jun; the chair's and the GP's 1 before, Wed 4 Jun (all due).
#   C0004: referral Thu 1 May, decision by Fri 2 May (overdue), in no sibling group.
. "$SG_ROOT/tests/lib.sh"
export SAFEGUARD_TODAY=2025-06-02
$SG init --db a.db >/dev/null && sqlite3 a.db < "$FIX/ts_area.sql" || not_ok "fixture loads"

run 0 "the whole area's worklist" $SG check --db a.db
has out.txt "Worklist for the whole area, as of Mon 2 Jun 2025" "the heading names the day"
has out.txt "4 overdue, 4 due by Mon 9 Jun 2025 (the next 5 working days)" "counts and horizon"
has out.txt "Siblings: C0001 Amy Brook, C0003 Cara Lane, C0002 Ben Brook, C0005 Lane" \
	"a household and a half-sibling are one group, most urgent child first"
has out.txt "OVERDUE  was due Tue 27 May 2025, 4 working days ago" "the missed visit"
has out.txt "statutory visit, at most 10 working days after the last visit on Mon 12 May 2025" \
	"the rule behind it"
has out.txt "who: Sam Rowe, Child Protection Team A; chair Chris Dale" "who must act, and the chair"
has out.txt "REACHED  Wed 30 Apr 2025" "the 18-month flag"
lacks out.txt "plan reaching 12 months" "only the longest flag reached is listed"
has out.txt "due      Tue 3 Jun 2025, in 1 working day" "the decision due tomorrow"
has out.txt "report from Riverside Surgery, 1 working day before the conference of Thu 5 Jun 2025" \
	"the GP's report before the unborn child's conference"
equal "$(grep -n 'C0004 Dan Hill' out.txt | cut -d: -f1)" "$(wc -l < out.txt | awk '{print $1 - 3}')" \
	"the child alone comes last: its item is the least urgent group's"
equal "$(grep -c 'C0001 Amy Brook, 9' out.txt)" "1" "a child is headed once"

run 0 "the same list a day later" $SG check --db a.db --as-of 2025-06-04
has out.txt "was due Tue 3 Jun 2025, 1 working day ago" "yesterday's decision is overdue"
# Asked on Mon 5 May 2025, the early May holiday, C0004's decision due Fri 2 May is 0
# working days late but 3 days.
run 0 "on a bank holiday" $SG check --db a.db --as-of 2025-05-05
has out.txt "was due Fri 2 May 2025, 3 days ago" "late by days, not by 0 working days"

run 0 "a social worker's list" $SG check --db a.db --user srowe
has out.txt "Worklist for Sam Rowe" "named"
has out.txt "1 overdue, 3 due" "their visit, decision and two reports"
lacks out.txt "Alex Finch" "nobody else's work"
run 0 "a chair's list" $SG check --db a.db --chair cdale
has out.txt "Worklist for chair Chris Dale" "named"
has out.txt "2 overdue, 0 due" "the drift of the plan they chair"
run 0 "a chair by professional id" $SG check --db a.db --chair 61
has out.txt "3 due" "Jo Hart's conference reports"
run 0 "a team by name, in any case" $SG check --db a.db --team "assessment TEAM"
has out.txt "Worklist for team Assessment Team" "named"
has out.txt "2 overdue, 0 due" "the assessment and the decision"
run 0 "a team by id" $SG check --db a.db --team 3
has out.txt "2 overdue" "the same list"
run 0 "today only" $SG check --db a.db --days 0
has out.txt "4 overdue, 0 due today" "nothing falls due today"

run 0 "JSON" $SG check --db a.db --json
cp out.txt list.json
q() { sqlite3 :memory: "SELECT $1 FROM (SELECT readfile('list.json') AS j)"; }
equal "$(q "json_valid(j)")" "1" "it is valid JSON"
equal "$(q "json_extract(j, '\$.as_of') || ' ' || json_extract(j, '\$.due_by')")" \
	"2025-06-02 2025-06-09" "dates"
equal "$(q "json_extract(j, '\$.overdue') || ' ' || json_extract(j, '\$.due')")" "4 4" "counts"
equal "$(q "json_array_length(j, '\$.groups')")" "2" "two sibling groups"
equal "$(q "json_extract(j, '\$.groups[0].children[0].items[1].kind')")" "visit" "item kind"
equal "$(q "json_extract(j, '\$.groups[0].children[0].items[1].target')")" "2025-05-27" "target"
equal "$(q "json_extract(j, '\$.groups[0].children[0].items[1].working_days_until_target')")" \
	"-4" "how late, in working days"
equal "$(q "json_extract(j, '\$.groups[0].children[0].items[1].actor.name')")" "Sam Rowe" "actor"
equal "$(q "json_extract(j, '\$.groups[0].children[0].items[1].days_until_target')")" "-6" \
	"how late, in days"
equal "$(q "json_extract(j, '\$.groups[0].children[0].items[1].chair.professional_id')")" "60" \
	"chair"
equal "$(q "json_extract(j, '\$.groups[1].children[0].la_child_id')")" "C0004" "the last group"
run 0 "JSON for a user" $SG check --db a.db --json --user srowe
has out.txt '"for":{"kind":"user","professional_id":50,"name":"Sam Rowe","username":"srowe"}' \
	"whose list it is"
sqlite3 a.db "UPDATE children SET given_name = 'Am\"y' WHERE id = 1"
run 0 "a name with a quote" $SG check --db a.db --json
cp out.txt list.json
equal "$(q "json_extract(j, '\$.groups[0].children[0].name')")" 'Am"y Brook' "is escaped"

run 2 "an unknown user" $SG check --db a.db --user nobody
has err.txt 'there is no user "nobody"' "named"
run 2 "a user who is not a professional" $SG check --db a.db --user admin
has err.txt "is not linked to a professional" "explained"
run 2 "an unknown team" $SG check --db a.db --team "Team Z"
has err.txt 'no team has the id or name "Team Z"' "named"
run 2 "an unknown chair id" $SG check --db a.db --chair 999
has err.txt "no professional has the id 999" "named"
run 2 "two filters" $SG check --db a.db --user srowe --team 3
has err.txt "give one of --user, --team or --chair" "refused"
run 2 "a bad number of days" $SG check --db a.db --days many
has err.txt '--days: "many" is not a number of working days (use 0 to 60)' "the fix"
run 2 "a bad date" $SG check --db a.db --as-of 2025-02-29
has err.txt '--as-of: "2025-02-29" is not a date (use YYYY-MM-DD)' "the fix"
run 2 "a date far beyond the calendar" $SG check --db a.db --as-of 9999-12-31
has err.txt '--as-of: 9999-12-31 is outside the working-day calendar (use a date from 1970-01-01 to 2100-12-31)' "the fix"
run 2 "a date before it" $SG check --db a.db --as-of 1900-01-01
has err.txt "is outside the working-day calendar" "the fix"
# Fri 31 Dec 2100; 1 Jan 2101 is a Saturday, so Mon 3 Jan is its substitute: Tue 4 to
# Fri 7 are four working days, Mon 10 Jan the fifth.
run 0 "the calendar's last day" $SG check --db a.db --as-of 2100-12-31
has out.txt "due by Mon 10 Jan 2101" "the next five working days reach into 2101"
run 2 "a bad SAFEGUARD_TODAY" env SAFEGUARD_TODAY=tomorrow $SG check --db a.db
has err.txt 'SAFEGUARD_TODAY="tomorrow" is not a date' "named"
run 2 "no store" $SG check --db none.db
has err.txt "there is no store at none.db" "named"
[ ! -e none.db ] && ok "and none is created" || not_ok "none.db was created"
sqlite3 a.db "UPDATE children SET birth_date = NULL WHERE id = 1"
run 0 "a child whose date of birth is not known" $SG check --db a.db
has out.txt "C0001 Am\"y Brook, date of birth not recorded" "is not called unborn"
sqlite3 a.db "UPDATE children SET birth_date = '2016-01-01' WHERE id = 1"
sqlite3 a.db "INSERT INTO settings(key, value, effective_from) VALUES
	('timescale.visit_working_days', 'often', '2020-01-01')"
run 0 "a stored setting that is not valid" $SG check --db a.db
has err.txt 'warning: setting timescale.visit_working_days from 2020-01-01: "often"' "warns"
has out.txt "4 overdue" "and uses the default"
finish
