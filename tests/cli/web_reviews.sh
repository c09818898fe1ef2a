#!/bin/sh
# Rapid reviews and child safeguarding practice reviews (issue 11, point 8). The
# partnership's quality-assurance subgroup (team and senior managers) records a serious
# incident: the national panel is to be told within 5 working days of the partnership
# learning of it, and the rapid review completed within 15 (local settings); both clocks
# are on the review's page, the list and the subgroup's worklists until met. The decision
# on a practice review, its dates and findings follow, and an action plan in the one table
# of actions the audits use: a partner updates only the actions its agency owns. Nobody
# else reads a review. The figures count the incidents, the clocks met and the reviews.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

SAFEGUARD_TODAY=2026-06-15; export SAFEGUARD_TODAY	# a Monday
demo_store d.db
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'senior manager'); SEN=$1; SEN_PW=$2
set -- $(demo_login 'social worker'); SW=$1
set -- $(demo_login 'conference chair'); CHAIR=$1
set -- $(demo_login 'Police'); POL=$1; POL_PW=$2
set -- $(demo_login 'Health Visiting'); HV=$1
serve d.db || finish
token() { "$SG" user token --db d.db "$1" 2> token.err; }
api() { who=$1; shift; http -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
id_of() { sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt; }
me() { api "$1" "$WEB_BASE/api/v1/me" > /dev/null; sed -n "s/.*\"$2\": *\([0-9]*\).*/\1/p" body.txt; }
MGR_T=$(token "$MGR"); SEN_T=$(token "$SEN"); SW_T=$(token "$SW"); CHAIR_T=$(token "$CHAIR")
POL_T=$(token "$POL"); HV_T=$(token "$HV")
POL_AG=$(me "$POL_T" agency_id); HV_AG=$(me "$HV_T" agency_id)

# ---- A serious incident learned of on Monday 1 June: the panel by 8 June, the rapid
# review by 22 June ----
equal "$(api "$MGR_T" -X POST --data '{"summary": "A baby with a fractured skull",
 "incident_date": "2026-05-30", "aware_date": "2026-06-01"}' \
	"$WEB_BASE/api/v1/practice_reviews")" 201 "a team manager records a serious incident by the API"
REV=$(id_of)
equal "$(api "$MGR_T" -X POST --data '{"summary": "Backwards", "incident_date": "2026-06-02",
 "aware_date": "2026-06-01"}' "$WEB_BASE/api/v1/practice_reviews")" 422 \
	"learned of before it happened: 422"
has body.txt 'aware_date' "... naming the field"
equal "$(api "$MGR_T" -X PATCH --data '{"notified_date": "2026-05-31"}' \
	"$WEB_BASE/api/v1/practice_reviews/$REV")" 422 "the panel told before the partnership knew: 422"
has body.txt 'notified_date' "... naming the field"
equal "$(api "$MGR_T" -X PATCH --data '{"decision": "maybe"}' \
	"$WEB_BASE/api/v1/practice_reviews/$REV")" 422 "a decision not on the list: 422"
has body.txt 'cspr, no_cspr' "... naming the two"
for t in SW_T CHAIR_T POL_T; do
	eval tok=\$$t
	equal "$(api "$tok" "$WEB_BASE/api/v1/practice_reviews/$REV")" 403 "$t: no review by the API"
done

login mgr.jar "$MGR" "$MGR_PW" > /dev/null
login sen.jar "$SEN" "$SEN_PW" > /dev/null
login pol.jar "$POL" "$POL_PW" > /dev/null
equal "$(http -b mgr.jar "$WEB_BASE/practice_reviews/$REV")" 200 "the review's page"
has body.txt 'national panel told' "... with the notification owed"
has body.txt 'Mon 8 Jun 2026' "... by 8 June (5 working days)"
has body.txt '>overdue<' "... overdue on 15 June"
has body.txt 'Mon 22 Jun 2026' "... and the rapid review by 22 June (15)"
equal "$(http -b sen.jar "$WEB_BASE/worklist")" 200 "the senior manager's worklist"
has body.txt 'A baby with a fractured skull' "... has the incident"
equal "$(http -b pol.jar "$WEB_BASE/practice_reviews/$REV")" 403 "a partner cannot open the review"
equal "$(http -b pol.jar "$WEB_BASE/reviews")" 403 "... nor the list"
equal "$(http -b mgr.jar "$WEB_BASE/reviews")" 200 "the list of reviews"
has body.txt 'A baby with a fractured skull' "... has it"

# The panel told on 9 June (late), the rapid review on 19 June: a practice review.
V=$(api "$MGR_T" "$WEB_BASE/api/v1/practice_reviews/$REV" > /dev/null; header ETag)
equal "$(api "$MGR_T" -X PATCH --data '{"notified_date": "2026-06-09", "rapid_review_date": "2026-06-12",
 "decision": "cspr", "decision_date": "2026-06-12", "cspr_started_date": "2026-06-15"}' \
	"$WEB_BASE/api/v1/practice_reviews/$REV")" 200 "the notification, the rapid review, the decision"
equal "$(http -b mgr.jar "$WEB_BASE/practice_reviews/$REV")" 200 "the review's page again"
has body.txt '>completed late<' "... the notification late"
has body.txt '>completed on time<' "... the rapid review in time"
equal "$(http -b sen.jar "$WEB_BASE/worklist")" 200 "the senior manager's worklist again"
lacks body.txt 'A baby with a fractured skull' "... no longer has it"

# ---- Its action plan, in the audits' table of actions ----
equal "$(api "$MGR_T" -X POST --data '{"review_id": '$REV', "action": "Refer every ALTE to the police",
 "owner_agency_id": '$POL_AG', "set_date": "2026-06-15", "due_date": "2026-09-30", "status": "open"}' \
	"$WEB_BASE/api/v1/actions")" 201 "an action of the review's plan, owned by the police"
ACT=$(id_of)
equal "$(api "$MGR_T" -X POST --data '{"review_id": '$REV', "action": "Early",
 "owner_agency_id": '$POL_AG', "set_date": "2026-05-29", "due_date": "2026-09-30", "status": "open"}' \
	"$WEB_BASE/api/v1/actions")" 422 "an action set before the partnership knew of the incident: 422"
has body.txt 'the review it comes from' "... naming the review"
equal "$(api "$MGR_T" -X POST --data '{"review_id": '$REV', "audit_id": 1, "action": "Both",
 "owner_agency_id": '$POL_AG', "set_date": "2026-06-15", "due_date": "2026-09-30", "status": "open"}' \
	"$WEB_BASE/api/v1/actions")" 422 "an action of an audit and a review at once: 422"
has body.txt 'exactly one of audit_id, review_id and self_assessment_id' "... saying to give one"
equal "$(api "$MGR_T" -X POST --data '{"action": "Neither",
 "owner_agency_id": '$POL_AG', "set_date": "2026-06-15", "due_date": "2026-09-30", "status": "open"}' \
	"$WEB_BASE/api/v1/actions")" 422 "an action of neither: 422"
has body.txt 'exactly one of audit_id, review_id and self_assessment_id' "... saying so"
equal "$(api "$POL_T" "$WEB_BASE/api/v1/actions/$ACT")" 200 "the police read their action"
equal "$(api "$HV_T" "$WEB_BASE/api/v1/actions/$ACT")" 403 "health visiting do not"
equal "$(api "$HV_T" -X PATCH --data '{"status": "completed"}' "$WEB_BASE/api/v1/actions/$ACT")" 403 \
	"... nor change it"
equal "$(api "$POL_T" -X PATCH --data '{"status": "in_progress"}' "$WEB_BASE/api/v1/actions/$ACT")" 200 \
	"the police update it"
equal "$(http -b mgr.jar "$WEB_BASE/practice_reviews/$REV")" 200 "the review's page with its plan"
has body.txt 'Refer every ALTE to the police' "... has the action"
MGR_CSRF=$(page_csrf mgr.jar)
equal "$(http -b mgr.jar --data "csrf=$MGR_CSRF&action=Brief+the+teams&owner_agency_id=$HV_AG&set_date-day=15&set_date-month=6&set_date-year=2026&status=open" \
	"$WEB_BASE/practice_reviews/$REV/actions")" 422 "an action without its due date, by the form: 422"
has body.txt 'Due date:' "... naming the field"
equal "$(http -b mgr.jar --data "csrf=$MGR_CSRF&summary=A+child+harmed" "$WEB_BASE/reviews")" 422 \
	"a new incident without its dates, by the form: 422"
has body.txt 'Date the partnership learned of it' "... naming the field"
equal "$(http -b mgr.jar --data "csrf=$MGR_CSRF&summary=A+child+harmed&incident_date-day=10&incident_date-month=6&incident_date-year=2026&aware_date-day=11&aware_date-month=6&aware_date-year=2026" \
	"$WEB_BASE/reviews")" 303 "a new incident by the form"
stop_server

# ---- A local rule: 10 working days to tell the panel, from 1 May ----
run 0 "a local rule for the notification" "$SG" settings set --db d.db \
	timescale.panel_notification_working_days 10 --from 2026-05-01 --backdate
fig() { "$SG" report figures --db d.db --from 2026-06-01 --to 2026-06-15 --figure "$1" > fig.txt 2>&1; }
fig reviews_notified_on_time; has fig.txt '100.0% (1 / 1)' "the notification on 9 June in time by the local 10 days"
fig rapid_reviews_on_time; has fig.txt '(1 / 1)' "the rapid review in time"
fig reviews_cspr; has fig.txt '  1' "one practice review decided on"
fig reviews_incidents; has fig.txt '  2' "two incidents learned of"
"$SG" report figures --db d.db --from 2026-06-01 --to 2026-06-15 --agency "$POL_AG" --figure reviews_incidents > fig.txt 2>&1
has fig.txt '  0' "no agency's: an agency filter counts nothing"
finish
