#!/bin/sh
# Multi-agency case audits (issue 11, point 4). The partnership's quality-assurance
# subgroup (a team manager, a senior manager) records an audit, the cases it samples, the
# returns it asks of each agency and the actions it sets, by form and by API. A partner
# agency's practitioner sees and completes only their own agency's return, and updates only
# the actions their agency owns: another agency's is refused, by page and by API, and so is
# giving their own to another agency. An action past its due date is in its owner's
# worklist (the person named, or else the owning agency's partners) until it is completed.
# The figures count the returns, the grades and the actions completed, on time and overdue.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

SAFEGUARD_TODAY=2026-06-15; export SAFEGUARD_TODAY	# a Monday
demo_store d.db
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'senior manager'); SEN=$1
set -- $(demo_login 'social worker'); SW=$1
set -- $(demo_login 'performance analyst'); ANA=$1
set -- $(demo_login 'administrator'); ADM=$1
set -- $(demo_login 'Police'); POL=$1; POL_PW=$2
set -- $(demo_login 'Health Visiting'); HV=$1; HV_PW=$2
"$SG" export json --db d.db --out all.json > /dev/null 2>&1
CHILD=$(sed -n 's/^{"id": \([0-9]*\), "la_child_id".*/\1/p' all.json | head -n 1)
[ -n "$CHILD" ] || { not_ok "the demo has a child"; finish; }
serve d.db || finish
token() { "$SG" user token --db d.db "$1" 2> token.err; }
api() { who=$1; shift; http -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
id_of() { sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt; }
me() { api "$1" "$WEB_BASE/api/v1/me" > /dev/null; sed -n "s/.*\"$2\": *\([0-9]*\).*/\1/p" body.txt; }
MGR_T=$(token "$MGR"); SEN_T=$(token "$SEN"); SW_T=$(token "$SW"); ANA_T=$(token "$ANA")
ADM_T=$(token "$ADM"); POL_T=$(token "$POL"); HV_T=$(token "$HV")
POL_AG=$(me "$POL_T" agency_id); HV_AG=$(me "$HV_T" agency_id)
MGR_PRO=$(me "$MGR_T" professional_id)
[ -n "$POL_AG" ] && [ -n "$HV_AG" ] && [ -n "$MGR_PRO" ] ||
	{ not_ok "the partners have agencies, the manager a professional"; finish; }
# An agency of its own for the figures, so that the demo's audits do not count in them.
equal "$(api "$ADM_T" -X POST --data '{"name": "Audit Test Trust", "kind": "hospital"}' \
	"$WEB_BASE/api/v1/agencies")" 201 "an agency of the test's own"
NEW_AG=$(id_of)

# ---- The subgroup records an audit, a case, the returns asked for ----
equal "$(api "$MGR_T" -X POST --data '{"theme": "Was not brought", "period_from": "2025-10-01",
 "period_to": "2026-03-31", "status": "in_progress", "started_date": "2026-03-02"}' \
	"$WEB_BASE/api/v1/case_audits")" 201 "a team manager records an audit by the API: 201"
AUDIT=$(id_of)
equal "$(api "$MGR_T" -X POST --data '{"theme": "Backwards", "period_from": "2026-03-31",
 "period_to": "2025-10-01", "status": "planned", "started_date": "2026-03-02"}' \
	"$WEB_BASE/api/v1/case_audits")" 422 "an audit's period ending before it starts: 422"
has body.txt 'period_to' "... naming the field"
equal "$(api "$SEN_T" -X POST --data '{"audit_id": '$AUDIT', "case_child_id": '$CHILD'}' \
	"$WEB_BASE/api/v1/audit_cases")" 201 "a senior manager adds a child's case to it"
CASE=$(id_of)
ask() {	# agency, requested date: the return's id
	api "$MGR_T" -X POST --data '{"audit_case_id": '$CASE', "agency_id": '$1',
 "requested_date": "'$2'"}' "$WEB_BASE/api/v1/audit_contributions" > /dev/null
	id_of
}
R_POL=$(ask "$POL_AG" 2026-03-02); R_HV=$(ask "$HV_AG" 2026-03-02); R_NEW=$(ask "$NEW_AG" 2026-03-02)
[ -n "$R_POL" ] && [ -n "$R_HV" ] && [ -n "$R_NEW" ] && ok "the returns are asked of three agencies" ||
	not_ok "the returns are asked of three agencies"
equal "$(api "$MGR_T" -X PATCH --data '{"chronology_date": "2026-03-01"}' \
	"$WEB_BASE/api/v1/audit_contributions/$R_NEW")" 422 "a chronology received before it was asked for: 422"
has body.txt 'chronology_date' "... naming the field"
equal "$(api "$MGR_T" -X PATCH --data '{"grade": "fine"}' \
	"$WEB_BASE/api/v1/audit_contributions/$R_NEW")" 422 "a grade not on the list: 422"
has body.txt 'outstanding, good, requires_improvement, inadequate' "... naming the four grades"

# ---- Need-to-know: a partner's part is its own agency's ----
equal "$(api "$POL_T" "$WEB_BASE/api/v1/audit_contributions/$R_POL")" 200 "the police read their own return"
equal "$(api "$POL_T" "$WEB_BASE/api/v1/audit_contributions/$R_HV")" 403 "... not health visiting's"
equal "$(api "$POL_T" "$WEB_BASE/api/v1/audit_contributions")" 200 "the police list the returns"
lacks body.txt "\"agency_id\": $HV_AG," "... and see no other agency's"
equal "$(api "$POL_T" -X PATCH --data '{"chronology_date": "2026-03-20", "grade": "good",
 "findings": "Two missed appointments not followed up"}' \
	"$WEB_BASE/api/v1/audit_contributions/$R_POL")" 200 "the police complete their return"
equal "$(api "$POL_T" -X PATCH --data '{"grade": "inadequate"}' \
	"$WEB_BASE/api/v1/audit_contributions/$R_HV")" 403 "... and cannot change health visiting's"
equal "$(api "$POL_T" -X PATCH --data '{"agency_id": '$HV_AG'}' \
	"$WEB_BASE/api/v1/audit_contributions/$R_POL")" 403 "... nor give their own to another agency"
equal "$(api "$POL_T" -X POST --data '{"audit_case_id": '$CASE', "agency_id": '$POL_AG',
 "requested_date": "2026-03-02"}' "$WEB_BASE/api/v1/audit_contributions")" 403 \
	"a partner asks for no return"
equal "$(api "$POL_T" "$WEB_BASE/api/v1/audit_cases/$CASE")" 403 "a partner reads no audited case (the child)"
for who in SW_T ANA_T; do
	eval t=\$$who
	equal "$(api "$t" "$WEB_BASE/api/v1/case_audits/$AUDIT")" 403 "$who: no audit by the API"
	equal "$(api "$t" "$WEB_BASE/api/v1/actions")" 403 "$who: no action by the API"
done
equal "$(api "$MGR_T" -X PATCH --data '{"chronology_date": "2026-05-05", "grade": "good"}' \
	"$WEB_BASE/api/v1/audit_contributions/$R_NEW")" 200 "the new agency's return, received in May"
equal "$(api "$MGR_T" -X PATCH --data '{"grade": "requires_improvement", "graded_date": "2026-05-11",
 "findings": "Attendance at health appointments not tracked"}' \
	"$WEB_BASE/api/v1/audit_cases/$CASE")" 200 "the case's multi-agency grade"
equal "$(api "$MGR_T" -X PATCH --data '{"graded_date": "2026-02-27"}' \
	"$WEB_BASE/api/v1/audit_cases/$CASE")" 422 "graded before the audit started: 422"
has body.txt 'the audit it belongs to' "... naming the audit"

# ---- Actions and their clock ----
action() {	# agency, due, status, completed ("" none), extra JSON: the action's id
	extra=${5:-}
	done=""; [ -n "$4" ] && done=', "completed_date": "'$4'"'
	api "$MGR_T" -X POST --data '{"audit_id": '$AUDIT', "action": "'"$6"'", "owner_agency_id": '$1',
 "set_date": "2026-03-02", "due_date": "'$2'", "status": "'$3'"'"$done$extra"'}' \
		"$WEB_BASE/api/v1/actions" > /dev/null
	id_of
}
A1=$(action "$NEW_AG" 2026-04-30 completed 2026-04-20 "" "Trust action one")
A2=$(action "$NEW_AG" 2026-05-29 completed 2026-06-05 "" "Trust action two")
A3=$(action "$NEW_AG" 2026-06-01 open "" "" "Trust action three")
A4=$(action "$NEW_AG" 2026-05-15 withdrawn 2026-05-10 "" "Trust action four")
A5=$(action "$POL_AG" 2026-06-01 open "" "" "Police track missed health appointments")
A6=$(action "$HV_AG" 2026-06-05 in_progress "" ', "owner_id": '$MGR_PRO'' "Manager reviews the tracker")
A7=$(action "$HV_AG" 2026-12-18 open "" "" "Health visiting refresh the guidance")
[ -n "$A1" ] && [ -n "$A3" ] && [ -n "$A5" ] && [ -n "$A6" ] && [ -n "$A7" ] &&
	ok "seven actions set, through the API" || not_ok "seven actions set, through the API"
equal "$(api "$MGR_T" -X POST --data '{"audit_id": '$AUDIT', "action": "Early", "owner_agency_id": '$NEW_AG',
 "set_date": "2026-03-02", "due_date": "2026-03-01", "status": "open"}' "$WEB_BASE/api/v1/actions")" 422 \
	"an action due before it is set: 422"
has body.txt 'due_date' "... naming the field"
equal "$(api "$MGR_T" -X POST --data '{"audit_id": '$AUDIT', "action": "Unowned",
 "set_date": "2026-03-02", "due_date": "2026-04-01", "status": "open"}' "$WEB_BASE/api/v1/actions")" 422 \
	"an action without its owning agency: 422"
has body.txt 'owner_agency_id' "... naming the field"

login pol.jar "$POL" "$POL_PW" > /dev/null
login hv.jar "$HV" "$HV_PW" > /dev/null
login mgr.jar "$MGR" "$MGR_PW" > /dev/null
equal "$(http -b pol.jar "$WEB_BASE/worklist")" 200 "the police's worklist"
has body.txt 'Police track missed health appointments' "... has their agency's action overdue"
has body.txt '>overdue<' "... marked overdue (due 1 June)"
lacks body.txt 'Health visiting refresh the guidance' "... and no other agency's"
equal "$(http -b hv.jar "$WEB_BASE/worklist")" 200 "health visiting's worklist"
lacks body.txt 'Police track missed health appointments' "... has not the police's action"
lacks body.txt 'Manager reviews the tracker' "... nor one its agency owns through a named person"
lacks body.txt 'Health visiting refresh the guidance' "... nor one due in six months"
equal "$(http -b mgr.jar "$WEB_BASE/worklist")" 200 "the manager's worklist"
has body.txt 'Manager reviews the tracker' "... has the action the manager owns by name"

# The police update their action on its page; health visiting's is refused them.
POL_CSRF=$(page_csrf pol.jar)
equal "$(http -b pol.jar "$WEB_BASE/actions/$A7/update")" 403 "the police cannot open health visiting's action"
equal "$(http -b pol.jar --data "csrf=$POL_CSRF&status=completed" "$WEB_BASE/actions/$A7/update")" 403 \
	"... nor update it"
equal "$(http -b pol.jar "$WEB_BASE/actions/$A5/update")" 200 "the police open their own action's form"
VERSION=$(sed -n 's/.*name="version" value="\([0-9a-f]*\)".*/\1/p' body.txt | head -n 1)
equal "$(http -b pol.jar --data "csrf=$POL_CSRF&version=$VERSION&status=completed&completed_date-day=31&completed_date-month=2&completed_date-year=2026" \
	"$WEB_BASE/actions/$A5/update")" 422 "a completion date that is no date: 422"
has body.txt 'Date completed' "... the error names the field"
equal "$(http -b pol.jar --data "csrf=$POL_CSRF&version=$VERSION&status=completed&evidence=Tracker+in+use&completed_date-day=12&completed_date-month=6&completed_date-year=2026" \
	"$WEB_BASE/actions/$A5/update")" 303 "the police complete it"
equal "$(http -b pol.jar "$WEB_BASE/worklist")" 200 "the police's worklist again"
lacks body.txt 'Police track missed health appointments' "... no longer has it"
equal "$(http -b pol.jar "$WEB_BASE/audits")" 200 "the police's audits page"
has body.txt "/audit_contributions/$R_POL/return" "... lists their return"
lacks body.txt "/audit_contributions/$R_HV/return" "... not health visiting's"
lacks body.txt 'Health visiting refresh the guidance' "... nor its action"
equal "$(http -b pol.jar "$WEB_BASE/case_audits/$AUDIT")" 403 "the police cannot open the audit's page"
equal "$(http -b pol.jar "$WEB_BASE/audit_contributions/$R_HV/return")" 403 \
	"... nor health visiting's return"

# ---- The subgroup's pages ----
MGR_CSRF=$(page_csrf mgr.jar)
equal "$(http -b mgr.jar "$WEB_BASE/audits")" 200 "the manager's list of audits"
has body.txt 'Was not brought' "... has the audit"
has body.txt 'Actions overdue' "... and the actions overdue"
has body.txt 'Trust action three' "... among them the Trust's"
equal "$(http -b mgr.jar "$WEB_BASE/case_audits/$AUDIT")" 200 "the audit's page"
has body.txt 'Requires improvement' "... with the case's multi-agency grade"
has body.txt 'chronology received' "... and the returns received"
equal "$(http -b mgr.jar --data "csrf=$MGR_CSRF&action=Share+it&owner_agency_id=$NEW_AG&set_date-day=2&set_date-month=3&set_date-year=2026&status=open" \
	"$WEB_BASE/case_audits/$AUDIT/actions")" 422 "an action without its due date, by the form: 422"
has body.txt 'Due date:' "... the error summary names the field"
equal "$(http -b mgr.jar --data "csrf=$MGR_CSRF&theme=Neglect&status=planned" "$WEB_BASE/audits")" 422 \
	"a new audit without its dates: 422"
has body.txt 'Period audited: from' "... naming them"
equal "$(http -b mgr.jar --data "csrf=$MGR_CSRF&theme=Neglect&period_from-day=1&period_from-month=1&period_from-year=2026&period_to-day=31&period_to-month=3&period_to-year=2026&status=planned&started_date-day=1&started_date-month=6&started_date-year=2026" \
	"$WEB_BASE/audits")" 303 "a new audit by the form"
equal "$(http -b mgr.jar --data "csrf=$MGR_CSRF&case_child_id=$CHILD" "$WEB_BASE/case_audits/$AUDIT/cases")" 303 \
	"a second case added by the form"
stop_server

# ---- The figures bite: the Trust's returns and actions alone ----
fig() { "$SG" report figures --db d.db --from 2026-04-01 --to 2026-06-15 --agency "$NEW_AG" --figure "$1" > fig.txt 2>&1; }
fig actions_completed; has fig.txt '  2' "two of the Trust's actions completed in the period (one late)"
fig actions_on_time; has fig.txt '33.3% (1 / 3)' "one of three on time: the late one and the overdue one count against"
fig actions_overdue; has fig.txt '  1' "one action overdue at the period's end (the withdrawn one is not)"
fig audit_returns; has fig.txt '  1' "one return received from the Trust"
"$SG" report figures --db d.db --from 2026-04-01 --to 2026-06-15 --agency "$NEW_AG" --figure audit_agency_grades --json > grades.json 2>&1
has grades.json '"key": "good", "label": "good", "value": 100, "numerator": 1, "denominator": 1' \
	"the Trust's own grade: good, all of one"
"$SG" report figures --db d.db --from 2026-05-01 --to 2026-05-31 --figure audit_multi_grades --json > multi.json 2>&1
has multi.json '"key": "requires_improvement"' "the multi-agency grades by grade"
"$SG" report figures --db d.db --from 2026-05-01 --to 2026-05-31 --agency "$NEW_AG" --figure audit_multi_grades --json > multi.json 2>&1
has multi.json '"denominator": 0' "a case's multi-agency grade is no one agency's"

# ---- Export and import carry the tables; a child's export does not ----
"$SG" export json --db d.db --out all2.json > /dev/null 2>&1
has all2.json '"action": "Police track missed health appointments"' "export json has the actions"
has all2.json '"audit_contributions": [' "... and the returns"
"$SG" export json --db d.db --child "$CHILD" --out child.json > /dev/null 2>&1
lacks child.json '"case_audits"' "a child's export has no audit"
"$SG" init --db e.db > /dev/null 2>&1
run 0 "the export imports into a new store" "$SG" import json --db e.db all2.json
"$SG" export json --db e.db --out all3.json > /dev/null 2>&1
grep -c '"owner_agency_id"' all2.json > n2.txt; grep -c '"owner_agency_id"' all3.json > n3.txt
same n2.txt n3.txt "... with every action"
finish
