#!/bin/sh
# Agencies' Section 11 and schools' Section 175 self-assessments (issue 11, point 8). The
# partnership's quality-assurance subgroup (team and senior managers) asks an agency or a
# school for its self-assessment of a period; the agency's partner practitioner or the
# school's safeguarding lead returns it, a grade on each of its kind's eight standards and
# an overall grade, and sees only its own agency's, never another's, nor can give its own
# to another. Its actions are in the one table of actions the audits and reviews use: each
# names exactly one audit, practice review or self-assessment. The figures count the
# returns of each kind and the standards not met.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

SAFEGUARD_TODAY=2026-06-15; export SAFEGUARD_TODAY
demo_store d.db
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'social worker'); SW=$1
set -- $(demo_login 'Police'); POL=$1; POL_PW=$2
set -- $(demo_login 'Health Visiting'); HV=$1
set -- $(demo_login 'school designated safeguarding lead'); SCH=$1; SCH_PW=$2
fig() { "$SG" report figures --db d.db --from 2026-06-01 --to 2026-06-15 --figure "$1" > fig.txt 2>&1; }
count() { sed -n '2s/^ *\([0-9]*\);.*/\1/p' fig.txt; }
not_met() { sed -n 's/^  Section 11 (Children Act 2004): \([0-9]*\);.*/\1/p' fig.txt; }
fig sa_section_11_returned; S11=$(count)
fig sa_section_175_returned; S175=$(count)
fig sa_standards_not_met; NOT_MET=$(not_met)
serve d.db || finish
token() { "$SG" user token --db d.db "$1" 2> token.err; }
api() { who=$1; shift; http -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
id_of() { sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt; }
me() { api "$1" "$WEB_BASE/api/v1/me" > /dev/null; sed -n "s/.*\"$2\": *\([0-9]*\).*/\1/p" body.txt; }
MGR_T=$(token "$MGR"); SW_T=$(token "$SW"); POL_T=$(token "$POL"); HV_T=$(token "$HV")
SCH_T=$(token "$SCH")
POL_AG=$(me "$POL_T" agency_id); HV_AG=$(me "$HV_T" agency_id); SCH_AG=$(me "$SCH_T" agency_id)

# ---- The subgroup asks the police for their Section 11, the school for its Section 175 ----
equal "$(api "$MGR_T" -X POST --data '{"agency_id": '$POL_AG', "kind": "section_11",
 "period_from": "2025-04-01", "period_to": "2026-03-31", "requested_date": "2026-05-01"}' \
	"$WEB_BASE/api/v1/self_assessments")" 201 "a team manager asks the police for their Section 11"
SA1=$(id_of)
equal "$(api "$MGR_T" -X POST --data '{"agency_id": '$SCH_AG', "kind": "section_175",
 "period_from": "2025-09-01", "period_to": "2026-08-31", "requested_date": "2026-05-01"}' \
	"$WEB_BASE/api/v1/self_assessments")" 201 "... and the school for its Section 175"
SA2=$(id_of)
equal "$(api "$MGR_T" -X POST --data '{"agency_id": '$POL_AG', "kind": "section_11",
 "period_from": "2026-04-01", "period_to": "2025-03-31", "requested_date": "2026-05-01"}' \
	"$WEB_BASE/api/v1/self_assessments")" 422 "a period that ends before it starts: 422"
has body.txt 'period_to' "... naming the field"
equal "$(api "$MGR_T" -X POST --data '{"agency_id": '$POL_AG', "kind": "section_12",
 "period_from": "2025-04-01", "period_to": "2026-03-31", "requested_date": "2026-05-01"}' \
	"$WEB_BASE/api/v1/self_assessments")" 422 "a kind not on the list: 422"
has body.txt 'section_11, section_175' "... naming the two"
equal "$(api "$POL_T" -X POST --data '{"agency_id": '$POL_AG', "kind": "section_11",
 "period_from": "2025-04-01", "period_to": "2026-03-31", "requested_date": "2026-05-01"}' \
	"$WEB_BASE/api/v1/self_assessments")" 403 "a partner cannot ask for one"

# ---- Each sees its own, never another's ----
equal "$(api "$POL_T" "$WEB_BASE/api/v1/self_assessments/$SA1")" 200 "the police read their own"
equal "$(api "$POL_T" "$WEB_BASE/api/v1/self_assessments/$SA2")" 403 "... not the school's"
equal "$(api "$HV_T" "$WEB_BASE/api/v1/self_assessments/$SA1")" 403 "health visiting cannot read the police's"
equal "$(api "$SCH_T" "$WEB_BASE/api/v1/self_assessments/$SA2")" 200 "the school lead reads the school's"
equal "$(api "$SCH_T" "$WEB_BASE/api/v1/self_assessments/$SA1")" 403 "... not the police's"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/self_assessments/$SA1")" 403 "a social worker reads none"
equal "$(api "$POL_T" "$WEB_BASE/api/v1/self_assessments")" 200 "the police's list"
has body.txt "\"id\": $SA1," "... has theirs"
lacks body.txt "\"id\": $SA2," "... not the school's"
lacks body.txt "\"agency_id\": $HV_AG," "... nor health visiting's"

# ---- The police return theirs; cannot give it away ----
equal "$(api "$POL_T" -X PATCH --data '{"returned_date": "2026-04-30"}' \
	"$WEB_BASE/api/v1/self_assessments/$SA1")" 422 "returned before it was asked for: 422"
has body.txt 'returned_date' "... naming the field"
equal "$(api "$POL_T" -X PATCH --data '{"standard_3": "good"}' \
	"$WEB_BASE/api/v1/self_assessments/$SA1")" 422 "a grade not on the list: 422"
has body.txt 'exceeded, met, partly_met, not_met' "... naming the grades"
equal "$(api "$POL_T" -X PATCH --data '{"returned_date": "2026-06-10", "standard_1": "met",
 "standard_2": "met", "standard_3": "not_met", "standard_4": "exceeded", "standard_5": "met",
 "standard_6": "met", "standard_7": "partly_met", "standard_8": "met", "overall_grade": "partly_met"}' \
	"$WEB_BASE/api/v1/self_assessments/$SA1")" 200 "the police return theirs, graded"
equal "$(api "$POL_T" -X PATCH --data '{"agency_id": '$HV_AG'}' \
	"$WEB_BASE/api/v1/self_assessments/$SA1")" 403 "... and cannot give it to another agency"
equal "$(api "$HV_T" -X PATCH --data '{"overall_grade": "met"}' \
	"$WEB_BASE/api/v1/self_assessments/$SA1")" 403 "health visiting cannot change the police's"
equal "$(api "$SCH_T" -X PATCH --data '{"overall_grade": "met"}' \
	"$WEB_BASE/api/v1/self_assessments/$SA1")" 403 "... nor the school lead"

# ---- Its actions: exactly one of an audit, a review, a self-assessment ----
equal "$(api "$MGR_T" -X POST --data '{"self_assessment_id": '$SA1', "action": "Train every officer on escalation",
 "owner_agency_id": '$POL_AG', "set_date": "2026-06-12", "due_date": "2026-09-30", "status": "open"}' \
	"$WEB_BASE/api/v1/actions")" 201 "an action of the self-assessment, owned by the police"
equal "$(api "$MGR_T" -X POST --data '{"self_assessment_id": '$SA1', "action": "Early",
 "owner_agency_id": '$POL_AG', "set_date": "2026-04-12", "due_date": "2026-09-30", "status": "open"}' \
	"$WEB_BASE/api/v1/actions")" 422 "an action set before the self-assessment was asked for: 422"
has body.txt 'the self-assessment it comes from' "... naming it"
equal "$(api "$MGR_T" -X POST --data '{"self_assessment_id": '$SA1', "review_id": 1, "action": "Two",
 "owner_agency_id": '$POL_AG', "set_date": "2026-06-12", "due_date": "2026-09-30", "status": "open"}' \
	"$WEB_BASE/api/v1/actions")" 422 "an action of a review and a self-assessment at once: 422"
has body.txt 'exactly one of audit_id, review_id and self_assessment_id, not more than one' "... saying to give one"
equal "$(api "$MGR_T" -X POST --data '{"self_assessment_id": '$SA1', "audit_id": 1, "action": "Two",
 "owner_agency_id": '$POL_AG', "set_date": "2026-06-12", "due_date": "2026-09-30", "status": "open"}' \
	"$WEB_BASE/api/v1/actions")" 422 "... or of an audit and a self-assessment: 422"
equal "$(api "$MGR_T" -X POST --data '{"action": "None",
 "owner_agency_id": '$POL_AG', "set_date": "2026-06-12", "due_date": "2026-09-30", "status": "open"}' \
	"$WEB_BASE/api/v1/actions")" 422 "an action of nothing: 422"
has body.txt 'not none' "... saying so"

# ---- The pages ----
login mgr.jar "$MGR" "$MGR_PW" > /dev/null
login pol.jar "$POL" "$POL_PW" > /dev/null
login sch.jar "$SCH" "$SCH_PW" > /dev/null
equal "$(http -b mgr.jar "$WEB_BASE/self-assessments")" 200 "the subgroup's list"
has body.txt "/self_assessments/$SA1\"" "... has the police's"
has body.txt "/self_assessments/$SA2\"" "... and the school's"
equal "$(http -b pol.jar "$WEB_BASE/self-assessments")" 200 "the police's list"
has body.txt "/self_assessments/$SA1\"" "... has theirs"
lacks body.txt "/self_assessments/$SA2\"" "... not the school's"
equal "$(http -b pol.jar "$WEB_BASE/self_assessments/$SA1")" 200 "the police's self-assessment"
has body.txt 'Information shared to safeguard children' "... its Section 11 standards"
has body.txt 'Train every officer on escalation' "... its action"
lacks body.txt 'Add the action' "... which only the subgroup sets"
equal "$(http -b pol.jar "$WEB_BASE/self_assessments/$SA2")" 403 "the police cannot open the school's"
equal "$(http -b pol.jar "$WEB_BASE/self-assessments/new")" 403 "... nor ask for one"
equal "$(http -b sch.jar "$WEB_BASE/self_assessments/$SA2/return")" 200 "the school lead's return form"
has body.txt 'designated safeguarding lead' "... with the Section 175 standards"
VERSION=$(grep -o 'name="version" value="[0-9a-f]*"' body.txt | sed 's/.*value="//; s/"//')
SCH_CSRF=$(page_csrf sch.jar)
equal "$(http -b sch.jar --data "csrf=$SCH_CSRF&version=$VERSION&returned_date-day=1&returned_date-month=4&returned_date-year=2026" \
	"$WEB_BASE/self_assessments/$SA2/return")" 422 "returned before it was asked for, by the form: 422"
has body.txt 'Date returned' "... naming the field"
equal "$(http -b sch.jar --data "csrf=$SCH_CSRF&version=$VERSION&returned_date-day=11&returned_date-month=6&returned_date-year=2026&standard_2=met&overall_grade=met" \
	"$WEB_BASE/self_assessments/$SA2/return")" 303 "the school returns its Section 175 by the form"
equal "$(http -b sch.jar "$WEB_BASE/self_assessments/$SA1/return")" 403 "... and cannot open the police's"
equal "$(http -b sch.jar "$WEB_BASE/self-assessments")" 200 "the school lead's list"
lacks body.txt "/self_assessments/$SA1\"" "... without the police's"
MGR_CSRF=$(page_csrf mgr.jar)
equal "$(http -b mgr.jar --data "csrf=$MGR_CSRF&action=Brief+the+staff&owner_agency_id=$SCH_AG&set_date-day=15&set_date-month=6&set_date-year=2026&status=open" \
	"$WEB_BASE/self_assessments/$SA2/actions")" 422 "an action without its due date, by the form: 422"
has body.txt 'Due date:' "... naming the field"
equal "$(http -b mgr.jar --data "csrf=$MGR_CSRF&agency_id=$SCH_AG&period_from-day=1&period_from-month=9&period_from-year=2025" \
	"$WEB_BASE/self-assessments")" 422 "asked for without its kind, by the form: 422"
has body.txt 'Self-assessment' "... naming the field"
stop_server

# ---- The figures: one more return of each kind, one more standard not met ----
fig sa_section_11_returned; equal "$(count)" "$((S11 + 1))" "one more Section 11 returned"
fig sa_section_175_returned; equal "$(count)" "$((S175 + 1))" "one more Section 175 returned"
fig sa_standards_not_met; equal "$(not_met)" "$((NOT_MET + 1))" "one more Section 11 standard not met"
"$SG" report figures --db d.db --from 2026-06-01 --to 2026-06-15 --agency "$POL_AG" --figure sa_overall_grades > fig.txt 2>&1
has fig.txt 'partly met: 100.0% (1 / 1)' "the police's overall grade, by the agency filter"
finish
