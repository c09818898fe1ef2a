#!/bin/sh
# figures_report.sh: 'safeguard report figures' against answers worked by hand.
#
# tests/fixtures/json/figures-hand.json is a small area imported with 'safeguard import
# json'; the period is the year 2025-04-01 to 2026-03-31. Every expected number below is
# worked out from the fixture's records in the comment above it, not taken from the
# program. The children:
#   1 Alex (born 2015-06-01, M, household 1): plan 1 from 2025-01-20 to 2025-06-30 (started
#     before the period, ended in it); a new referral 2025-08-01, enquiry from Mon
#     2025-08-04, initial conference Tue 2025-08-26 and plan 2 from that day, open.
#   2 unborn (due 2026-06-01, household 2): referral 2026-01-05, enquiry from Mon
#     2026-01-12, initial conference Tue 2026-02-03 and plan 3 from then, open.
#   3 Bea (born 2012-03-01, F, household 1): plan 4 of 2021-01-01 to 2021-06-01; referral
#     2025-09-01, enquiry from Mon 2025-09-22, conference and plan 5 on 2025-10-01, open.
#   4 Cal (born 2020-01-01, M, no household): referral 2025-05-01, no further action;
#     referral 2025-07-01, enquiry from Mon 2025-07-07, conference 2025-07-21: no plan.
. "$SG_ROOT/tests/lib.sh"
export SAFEGUARD_TODAY=2026-04-15
DB=hand.db
run 0 "the store is made" "$SG" init --db $DB
run 0 "the hand-worked area imports" "$SG" import json "$FIX/json/figures-hand.json" --db $DB
run 0 "report figures --json runs" "$SG" report figures --from 2025-04-01 --to 2026-03-31 \
	--json --db $DB
cp out.txt year.json

# fig NAME KEY WANT DESC: "numerator/denominator previous" of a row of the year.
fig() {
	got=$(jq -r --arg n "$1" --arg k "$2" '.figures[] | select(.name == $n) | .rows[] |
		select(.key == $k) | "\(.numerator)/\(.denominator)"' year.json)
	equal "$got" "$3" "$1 ${2:+($2) }$4"
}
value() {
	got=$(jq -r --arg n "$1" --arg k "$2" '.figures[] | select(.name == $n) | .rows[] |
		select(.key == $k) | .value' year.json)
	equal "$got" "$3" "$1 ${2:+($2) }$4"
}

# On 31 March 2026 plans 2, 3 and 5 are open (plan 1 ended 2025-06-30): 3 children.
fig plans_at_date "" "3/0" "is 3 children on 31 March"
# 3 children of a population of 1,000 (area.child_population): 3 / 1000 * 10,000 = 30.
value plans_rate "" "30" "is 30 per 10,000"
# Started in the year: plans 2 (2025-08-26), 3 (2026-02-03), 5 (2025-10-01). Plan 1
# started before the year, plan 4 in 2021.
fig plans_started "" "3/0" "counts the three plans started in the year"
# Ended in the year: plan 1 only (plan 4 ended in 2021; the others are open).
fig plans_ended "" "1/0" "counts the one plan ended in the year"
# Started: plan 2 NEG, 3 EMO, 5 PHY: one in three each.
fig plans_by_initial_category NEG "1/3" "is one of three"
fig plans_by_initial_category EMO "1/3" "is one of three"
fig plans_by_initial_category SAB "0/3" "is none of three"
# Plan 2 from 2025-08-26: 6 months on 2026-02-26, 12 on 2026-08-26: 6 to 12 months on
# 31 March. Plan 3 from 2026-02-03: 3 months only on 2026-05-03: under 3. Plan 5 from
# 2025-10-01: 6 months on 2026-04-01, after 31 March: 3 to 6.
fig open_plan_length lt3m "1/3" "has plan 3 under 3 months"
fig open_plan_length 3-6m "1/3" "has plan 5 at 3 to 6 months"
fig open_plan_length 6-12m "1/3" "has plan 2 at 6 to 12 months"
# Plan 1, 2025-01-20 to 2025-06-30: 3 months on 2025-04-20, 6 on 2025-07-20: 3 to 6.
fig ended_plan_length 3-6m "1/1" "has plan 1 at 3 to 6 months"
# Its days: 11 (to 31 Jan) + 28 + 31 + 30 + 31 + 30 = 161.
fig ended_plan_average_days "" "161/1" "is plan 1's 161 days"
# Children starting a plan: 1 (plan 2; plan 1 before it), 2 (plan 3, the first), 3 (plan
# 5; plan 4 before it): 2 of 3 had one before.
fig second_plans "" "2/3" "is children 1 and 3 of the three"
# Within 2 years: child 1's plan 1 ended 2025-06-30, under 2 months before plan 2; child
# 3's plan 4 ended 2021-06-01, over 4 years before plan 5: 1 of 3.
fig second_plans_2y "" "1/3" "is child 1 only"
# On 31 March 2026: child 2 is not born yet (unborn); child 1 is 10, child 3 is 14.
fig profile_age unborn "1/3" "has the unborn child"
fig profile_age 10-15 "2/3" "has children 1 and 3"
fig profile_age under1 "0/3" "has nobody under 1"
fig profile_sex U "1/3" "has the unborn child as not known"
# Households on plans: 1 (children 1 and 3) and 2 (child 2): 2 families, one of one
# child and one of two.
fig families_on_plans "" "2/0" "is 2 households"
fig sibling_groups 1 "1/2" "has household 2 with one child"
fig sibling_groups 2 "1/2" "has household 1 with two children"
# Referrals received in the year: 2, 3, 5, 6, 7 (referral 1 was 2024-11-01, 4 in 2020).
fig referrals "" "5/0" "counts five referrals"
# Re-referrals: 2 (child 1's referral 1 on 2024-11-01, 9 months before) and 7 (child 4's
# referral 6 on 2025-05-01); 5 follows referral 4 of 2020, over 12 months before: 2 of 5.
fig re_referrals "" "2/5" "is referrals 2 and 7"
# No further action: referral 6 only.
fig referrals_nfa "" "1/5" "is referral 6"
# Assessment 1: 2025-07-02 to 2025-07-30, 20 working days (4 weeks): in time. Assessment
# 2: 2025-08-01 to 2025-11-28, four months (over 80 working days): late.
fig assessments_completed "" "2/0" "counts both assessments"
fig assessments_45wd "" "1/2" "has assessment 1 in time only"
# Enquiries started in the year: 2, 3, 5, 6 (1 started 2025-01-06, 4 in 2020).
fig s47_enquiries "" "4/0" "counts four enquiries"
# Initial conferences held in the year: 2, 3, 5, 6.
fig icpcs "" "4/0" "counts four initial conferences"
# Working days from the enquiry's start (day 0):
#   conference 2: from Mon 2025-08-04, Aug 5-8 (4), 11-15 (9), 18-22 (14), Mon 25 August
#     is the summer bank holiday, Tue 26 is the 15th: in time.
#   conference 3: from Mon 2026-01-12, Jan 13-16 (4), 19-23 (9), 26-30 (14), Mon 2 Feb
#     (15), Tue 3 Feb is the 16th: late.
#   conference 5: from Mon 2025-09-22 to Wed 2025-10-01: 7: in time.
#   conference 6: from Mon 2025-07-07 to Mon 2025-07-21: 10: in time.
fig icpc_15wd "" "3/4" "has conference 3 late, on the 16th working day"
# Conferences 2, 3 and 5 made plans, 6 did not.
fig icpc_to_plan "" "3/4" "is three of four"
# Invitations to conferences held in the year: the police and the surgery to conference
# 3 (2026-02-03), the surgery to conference 2.
fig agency_invitations 2 "1/0" "counts the police's one invitation"
fig agency_invitations 3 "2/0" "counts the surgery's two invitations"
fig agency_attendance 2 "1/1" "has the police attending"
fig agency_attendance 3 "0/2" "has the surgery at neither"
# Reports asked of the surgery: conference 3 got one (2026-02-03), conference 2 none.
fig agency_reports 3 "1/2" "has one of the surgery's two reports in"
# Due 1 working day before an initial conference: for conference 3 on Tue 2026-02-03,
# Mon 2026-02-02. The police's report came on 2026-02-02: on time. The surgery's came on
# the day of the conference, after the deadline: late.
fig agency_reports_on_time 2 "1/1" "has the police's report on time"
fig agency_reports_on_time 3 "0/2" "has the surgery's report after the deadline late"

# The previous period is the year to 31 March 2025: plan 1 was open then.
got=$(jq -r '.figures[] | select(.name == "plans_at_date") | .rows[0].previous' year.json)
equal "$got" "1" "plans_at_date's previous year is plan 1 on 31 March 2025"
equal "$(jq -r '.previous.from + " " + .previous.to' year.json)" "2024-04-01 2025-03-31" \
	"the previous period is the year before"
# The trend, at each month's end: April and May 2025, plan 1; June and July, none (plan 1
# ended on 30 June); August and September, plan 2 (from 26 August); October to January,
# plans 2 and 5 (from 1 October); February and March, plans 2, 3 (from 3 February) and 5.
got=$(jq -r '.figures[] | select(.name == "plans_at_date") | .rows[0].trend |
	map("\(.month)=\(.value)") | join(" ")' year.json)
equal "$got" "2025-04=1 2025-05=1 2025-06=0 2025-07=0 2025-08=1 2025-09=1 2025-10=2 2025-11=2 2025-12=2 2026-01=2 2026-02=3 2026-03=3" \
	"plans_at_date's trend month by month"
equal "$(jq -r '.figures | length' year.json)" "$("$SG" report figures --list | wc -l)" \
	"--json gives every figure --list names"

# Filters: an age band, a category, one figure.
run 0 "--age-band unborn" "$SG" report figures --from 2025-04-01 --to 2026-03-31 \
	--age-band unborn --figure plans_at_date --json --db $DB
equal "$(jq -r '.figures[0].rows[0].numerator' out.txt)" "1" "the unborn child alone"
run 0 "--category PHY" "$SG" report figures --from 2025-04-01 --to 2026-03-31 \
	--category PHY --figure plans_at_date --csv --db $DB
has out.txt "plans_at_date,,Children on a child protection plan,1,1,0,0," \
	"CSV: plan 5 only, none the year before"
run 0 "text output" "$SG" report figures --from 2025-08-01 --to 2025-08-31 \
	--figure icpc_15wd --db $DB
has out.txt "100.0% (1 / 1)" "August: conference 2 on the 15th working day is in time"
run 0 "text output" "$SG" report figures --from 2026-02-01 --to 2026-02-28 \
	--figure icpc_15wd --db $DB
has out.txt "0.0% (0 / 1)" "February: conference 3 on the 16th working day is late"
run 0 "--list" "$SG" report figures --list
has out.txt "second_plans_2y" "--list names second_plans_2y"

# Bad arguments: each named, with the fix, exit status 2.
bad() {	# bad DESC MESSAGE ARGS...
	desc=$1; msg=$2; shift 2
	run 2 "$desc is refused" "$SG" report figures --db $DB "$@"
	has err.txt "$msg" "$desc: the message says what to do"
}
bad "an unknown figure" "--figure: there is no figure \"plans_all\"" \
	--from 2025-04-01 --to 2026-03-31 --figure plans_all
bad "a bad date" "--from: \"2025-13-01\" is not a date (use YYYY-MM-DD)" \
	--from 2025-13-01 --to 2026-03-31
bad "--to before --from" "--to: 2025-03-31 is before --from 2025-04-01" \
	--from 2025-04-01 --to 2025-03-31
bad "an unknown age band" "--age-band: \"0-4\" is not an age band (use unborn" \
	--from 2025-04-01 --to 2026-03-31 --age-band 0-4
bad "an unknown category" "--category: \"ABC\" is not a category of abuse (use NEG" \
	--from 2025-04-01 --to 2026-03-31 --category ABC
bad "a missing --to" "--to: the period's last day is needed" --from 2025-04-01
bad "an unknown team" "--team: no team has the id or name \"Nowhere\"" \
	--from 2025-04-01 --to 2026-03-31 --team Nowhere
bad "an unknown agency" "--agency: no agency has the id \"99\"" \
	--from 2025-04-01 --to 2026-03-31 --agency 99
bad "both --json and --csv" "--json, --csv: give one of them" \
	--from 2025-04-01 --to 2026-03-31 --json --csv
finish
