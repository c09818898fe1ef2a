# show_child.sh: 'safeguard show child ID', a child's pathway with each timescale against
# what was done, on the small area of tests/fixtures/ts_area.sql (dates worked by hand).
. "$SG_ROOT/tests/lib.sh"
export SAFEGUARD_TODAY=2025-06-02
$SG init --db a.db >/dev/null && sqlite3 a.db < "$FIX/ts_area.sql" || not_ok "fixture loads"

run 0 "a child by local id" $SG show child C0001 --db a.db
has out.txt "C0001 Amy Brook, born Fri 1 Jan 2016 (9), as of Mon 2 Jun 2025" "the child"
has out.txt "Referral 10 received Mon 2 Oct 2023 from police, social worker Sam Rowe" "the episode"
# Strategy discussion Tue 10 Oct 2023 + 15 working days: 11-13 Oct 3, 16-20 8, 23-27 13,
# 30 Oct 14, Tue 31 Oct 15. Held that day.
has out.txt "initial conference, 15 working days from the strategy discussion of Tue 10 Oct 2023" \
	"the initial conference's rule"
has out.txt "target Tue 31 Oct 2023, done Tue 31 Oct 2023" "met on its last day"
has out.txt "Child protection plan 14 from Tue 31 Oct 2023, category neglect" "the plan"
# The review of Fri 25 Apr 2025 wanted reports 5 working days before: 24, 23, 22 Apr, then
# Easter Monday 21 and Good Friday 18 Apr, 17, 16 Apr. They came on the 17th: missed.
has out.txt "target Wed 16 Apr 2025, done Thu 17 Apr 2025" "Easter moves the report deadline"
grep -B1 "target Wed 16 Apr 2025, done Thu 17 Apr 2025" out.txt | grep -q "missed" \
	&& ok "and it was missed" || not_ok "the late report is not shown missed"
has out.txt "missed         report from Riverside Surgery" "the GP's report never came"
has out.txt "reached        plan reaching 18 months" "the plan's length"
# 31 Oct 2023 + 3 months = 31 Jan 2024; the review of 25 Jan met it.
has out.txt "target Wed 31 Jan 2024, done Thu 25 Jan 2024" "first review in 3 months"
has out.txt "overdue        statutory visit" "the visit now overdue"
run 0 "a child by record id" $SG show child 5 --db a.db
has out.txt "C0005 Lane, unborn (expected Tue 15 Jul 2025)" "an unborn child"
has out.txt "Initial conference 53 scheduled for Thu 5 Jun 2025, chair Jo Hart" "its conference"
has out.txt "due            initial conference" "the conference is due"
sqlite3 a.db "INSERT INTO children(id, la_child_id, given_name, family_name, sex, ethnicity)
    VALUES (9, 'C0009', 'Eve', 'Doe', 'F', 'NOBT')"
run 0 "a child whose date of birth is not known" $SG show child C0009 --db a.db
has out.txt "C0009 Eve Doe, date of birth not recorded, as of Mon 2 Jun 2025" "is not called unborn"
run 2 "--as-of beyond the calendar" $SG show child C0009 --db a.db --as-of 2101-01-01
has err.txt "--as-of: 2101-01-01 is outside the working-day calendar" "refused"
run 0 "as the record stood before the referral" $SG show child C0004 --db a.db --as-of 2025-04-30
has out.txt "No statutory clock has started for this child." "nothing yet"
lacks out.txt "Referral" "no referral yet"
run 0 "as it stood before the conference was held" $SG show child C0001 --db a.db --as-of 2023-10-30
has out.txt "Initial conference 13 scheduled for Tue 31 Oct 2023" "not yet held"
lacks out.txt "Child protection plan" "no plan yet"

sqlite3 a.db "INSERT INTO cp_plans(id, child_id, referral_id, start_conference_id, start_date,
	initial_category, latest_category, previous_plans) VALUES (99, 4, 40, 999, '2025-05-20',
	'PHY', 'PHY', 0)"
run 0 "a plan whose conference is not recorded" $SG show child C0004 --db a.db
has out.txt "Child protection plan 99 from Tue 20 May 2025, category physical abuse" "is shown"
# 10 working days from Tue 20 May: 21-23 3, (26 May a holiday) 27-30 7, 2-4 Jun 10.
has out.txt "target Wed 4 Jun 2025" "with its clocks"

run 2 "an unknown child" $SG show child C9999 --db a.db
has err.txt 'no child has the local id or record id "C9999"' "named"
run 2 "no child given" $SG show child --db a.db
has err.txt "missing ID" "the missing argument"
run 2 "a bad date" $SG show child C0001 --db a.db --as-of yesterday
has err.txt '--as-of: "yesterday" is not a date' "the fix"
run 2 "no store" $SG show child C0001 --db none.db
has err.txt "there is no store at none.db" "named"
finish
