#!/bin/sh
# Escalations (professional disagreements, issue 11) as the people who raise and answer
# them use them: a police officer invited to a child's conference raises one about the
# social work team from the child's record; its stage 1 is due in 5 working days on the
# worklist of that team's manager and of the officer, overdue after it (the clock
# escalation_stage, in 'safeguard check' too); the manager answers it, it is taken to the
# next stage up to stage 4 and no further, and resolved, the resolution refused before the
# date it was raised. Roles that may not see it are refused, another partner agency too.
# The figures count it.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'Police'); POL=$1; POL_PW=$2
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'conference chair'); CHAIR=$1; CHAIR_PW=$2
set -- $(demo_login 'performance analyst'); AN=$1; AN_PW=$2
set -- $(demo_login 'Health Visiting'); HV=$1; HV_PW=$2
"$SG" export json --db d.db --out all.json > /dev/null 2>&1
# A child of the manager's team whose conference the police are invited to.
POL="$POL" MGR="$MGR" HV="$HV" python3 - > picks.txt <<'EOF' || { not_ok "the demo has such a child"; finish; }
import json, os
d = json.load(open("all.json"))
users = {u["username"]: u for u in d["users"]}
pros = {p["id"]: p for p in d["professionals"]}
pol = pros[users[os.environ["POL"]]["professional_id"]]
hv = pros[users[os.environ["HV"]]["professional_id"]]
team = pros[users[os.environ["MGR"]]["professional_id"]]["team_id"]
la = pros[users[os.environ["MGR"]]["professional_id"]]["agency_id"]
confs = {c["id"]: c for c in d["conferences"]}
refs = {r["id"]: r for r in d["referrals"]}
pol_kids = {i["child_id"] for i in d["conference_invitees"] if i["agency_id"] == pol["agency_id"]}
kids = sorted(k for k in pol_kids
              if any(r["child_id"] == k and r.get("team_id") == team for r in refs.values()))
print(kids[-1], pol["id"], pol["agency_id"], team, la, hv["agency_id"])
EOF
read C POL_PRO POL_AG TEAM LA HV_AG < picks.txt
TODAY=$(date +%Y-%m-%d)
Y=${TODAY%%-*}; M=${TODAY#*-}; M=${M%-*}; D=${TODAY##*-}
serve d.db || finish
for u in pol mgr chair an hv; do
	case $u in pol) n=$POL; p=$POL_PW ;; mgr) n=$MGR; p=$MGR_PW ;; chair) n=$CHAIR; p=$CHAIR_PW ;;
	an) n=$AN; p=$AN_PW ;; hv) n=$HV; p=$HV_PW ;; esac
	login $u.jar "$n" "$p" > /dev/null
	eval "CSRF_$u=\$(page_csrf $u.jar)"
done
raised() { "$SG" report figures --db d.db --from "$TODAY" --to "$TODAY" --figure escalations_raised |
	sed -n 's/^  \([0-9]*\);.*/\1/p'; }
BEFORE=$(raised)

# ---- Raised by a partner from the child's record ----
equal "$(http -b pol.jar "$WEB_BASE/children/$C")" 200 "the officer opens the child's record"
has body.txt "/children/$C/new/escalations" "... which links to raising an escalation"
equal "$(http -b pol.jar "$WEB_BASE/children/$C/new/escalations")" 200 "the form to raise one"
has body.txt 'name="category"' "... with the categories"
has body.txt 'Quality of social work input around conference' "... the seeds' categories among them"
raise() {
	http -b pol.jar --data-urlencode "csrf=$CSRF_pol" --data "raised_date-day=$D" \
		--data "raised_date-month=$M" --data "raised_date-year=$Y" \
		--data "raised_by_id=$POL_PRO" --data "about_agency_id=$LA" \
		--data "about_team_id=$TEAM" --data "category=$1" \
		--data-urlencode "concern=The core group has not met for eight weeks" \
		"$WEB_BASE/children/$C/escalations"
}
equal "$(raise urgent)" 200 "a category not in the list ..."
has body.txt 'govuk-error-summary' "... is shown in the error summary"
has body.txt 'Category of concern: ' "... naming the field"
equal "$(raise delay)" 303 "raised"
ESC=$(header Location | sed -n 's|^/escalations/\([0-9]*\)?done=raised$|\1|p')
[ -n "$ESC" ] && ok "... to the escalation's page" || not_ok "... to the escalation's page: $(header Location)"
equal "$(http -b pol.jar "$WEB_BASE/escalations/$ESC?done=raised")" 200 "the escalation's page"
has body.txt 'Escalation, stage 1' "... at stage 1"
has body.txt 'Answer due' "... with its answer due"
has body.txt 'Demo Borough Police' "... raised by the officer's agency"
equal "$(raised)" $((BEFORE + 1)) "the figure escalations_raised counts it"
STAGE=$(sed -n 's/.*href="\/escalation_stages\/\([0-9]*\)\/respond".*/\1/p' body.txt | head -n 1)

# ---- The clock on the worklists ----
equal "$(http -b mgr.jar "$WEB_BASE/api/v1/worklist")" 200 "the manager's worklist"
has body.txt '"escalation_stage"' "... holds the stage to answer"
equal "$(http -b pol.jar "$WEB_BASE/api/v1/worklist")" 200 "the officer's worklist"
has body.txt '"escalation_stage"' "... holds it too, as the one who raised it"
"$SG" check --db d.db --team "$TEAM" --days 10 --json > due.json 2>&1
LATER=$(python3 -c "import datetime; print(datetime.date.fromisoformat('$TODAY') + datetime.timedelta(days=14))")
"$SG" check --db d.db --team "$TEAM" --as-of "$LATER" --json > late.json 2>&1
# state CHECK.json STAGE: the state of the escalation_stage item of that stage, or "none".
state() {
	python3 - "$1" "$2" <<'EOF'
import json, sys
w = json.load(open(sys.argv[1]))
print(next((i["state"] for g in w["groups"] for c in g["children"] for i in c["items"]
            if i["kind"] == "escalation_stage" and i["record_id"] == int(sys.argv[2])), "none"))
EOF
}
equal "$(state due.json "$STAGE")" due "safeguard check: stage 1 due for the team"
equal "$(state late.json "$STAGE")" overdue "... overdue after 5 working days"

# ---- Who may see it ----
equal "$(http -b an.jar "$WEB_BASE/escalations/$ESC")" 403 "the analyst may not open it"
equal "$(http -b an.jar "$WEB_BASE/api/v1/escalations/$ESC")" 403 "... nor read it through the API"
equal "$(http -b hv.jar "$WEB_BASE/escalations/$ESC")" 403 "another partner agency may not"
equal "$(http -b pol.jar "$WEB_BASE/escalations")" 403 "the list of open escalations is not a partner's"
equal "$(http -b chair.jar "$WEB_BASE/escalations")" 200 "the chair's list of open escalations"
has body.txt "/escalations/$ESC\"" "... holds it"
equal "$(http -b mgr.jar "$WEB_BASE/escalations")" 200 "the manager's list"
has body.txt 'your team' "... marks those about their team"

# ---- Answered, taken higher, resolved ----
equal "$(http -b mgr.jar "$WEB_BASE/escalation_stages/$STAGE/respond")" 200 "the manager's form to answer"
V=$(sed -n 's/.*name="version" value="\([^"]*\)".*/\1/p' body.txt | head -n 1)
equal "$(http -b mgr.jar --data-urlencode "csrf=$CSRF_mgr" --data "version=$V" \
	--data "response_date-day=$D" --data "response_date-month=$M" --data "response_date-year=$Y" \
	--data-urlencode "response=Core group booked for next week" \
	"$WEB_BASE/escalation_stages/$STAGE/respond")" 303 "answered"
"$SG" check --db d.db --team "$TEAM" --days 10 --json > due.json 2>&1
equal "$(state due.json "$STAGE")" none "... and off the team's list"
next() {
	http -b pol.jar --data-urlencode "csrf=$CSRF_pol" --data "escalation_id=$ESC" \
		--data "opened_date-day=$D" --data "opened_date-month=$M" --data "opened_date-year=$Y" \
		"$WEB_BASE/children/$C/escalation-stages"
}
equal "$(next)" 303 "taken to stage 2"
equal "$(next)" 303 "taken to stage 3"
equal "$(next)" 303 "taken to stage 4"
http -b pol.jar "$WEB_BASE/escalations/$ESC" > /dev/null
has body.txt 'Escalation, stage 4' "... at stage 4"
equal "$(next)" 200 "not beyond stage 4"
has body.txt 'the last: record how it was resolved' "... the error says what to do"
equal "$(http -b pol.jar --data-urlencode "csrf=$CSRF_pol" --data "escalation_id=999999999" \
	"$WEB_BASE/children/$C/escalation-stages")" 200 "an escalation that is not the child's"
has body.txt 'no escalation of this child has that id' "... is named"
equal "$(http -b pol.jar "$WEB_BASE/escalations/$ESC/resolve")" 200 "the form to resolve it"
V=$(sed -n 's/.*name="version" value="\([^"]*\)".*/\1/p' body.txt | head -n 1)
resolve() {
	http -b pol.jar --data-urlencode "csrf=$CSRF_pol" --data "version=$V" \
		--data "resolved_date-day=$1" --data "resolved_date-month=$M" \
		--data "resolved_date-year=$Y" --data "outcome=action_agreed" \
		"$WEB_BASE/escalations/$ESC/resolve"
}
if [ "$D" != 01 ]; then
	equal "$(resolve 01)" 422 "resolved before it was raised"
	has body.txt 'cannot be resolved before it is raised' "... is refused, saying why"
fi
equal "$(resolve "$D")" 303 "resolved"
http -b pol.jar "$WEB_BASE/escalations/$ESC" > /dev/null
has body.txt 'Resolved: action agreed and taken' "... with its outcome"
lacks body.txt 'Take it to stage' "... and taken no higher"
equal "$(http -b pol.jar "$WEB_BASE/api/v1/worklist")" 200 "the officer's worklist again"
lacks body.txt "\"record_id\":$STAGE," "... holds none of its stages"
stop_server
finish
