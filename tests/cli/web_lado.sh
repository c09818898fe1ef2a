#!/bin/sh
# The LADO (issue 11, point 2): allegations against people who work with children are
# the LADO service's alone. The LADO records a case and its meetings, by form and by API,
# and sees on /lado and their worklist what is overdue (the initial consideration within
# a working day of receipt) and due (the resolution at a month). Nobody else reaches any
# of it: a social worker, a team manager, a chair, a senior manager, a partner and an
# analyst are refused every page and API path of it, and the employee's name appears in
# none of their search results, child's pages, worklists, exports or overviews. The
# command line's export of the whole store (the administrator's backup) holds it; an
# export of one child does not.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

SAFEGUARD_TODAY=2026-06-15; export SAFEGUARD_TODAY	# a Monday
demo_store d.db
set -- $(demo_login 'LADO'); LADO=$1; LADO_PW=$2
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'conference chair'); CHAIR=$1; CHAIR_PW=$2
set -- $(demo_login 'performance analyst'); ANA=$1; ANA_PW=$2
set -- $(demo_login 'senior manager'); SEN=$1; SEN_PW=$2
set -- $(demo_login 'Police'); POL=$1; POL_PW=$2
"$SG" export json --db d.db --out all.json > /dev/null 2>&1
CHILD=$(sed -n 's/^{"id": \([0-9]*\), "la_child_id".*/\1/p' all.json | head -n 1)
AGENCY=$(awk '/^"agencies": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	sed -n 's/^{"id": \([0-9]*\),.*/\1/p' | head -n 1)
[ -n "$CHILD" ] && [ -n "$AGENCY" ] || { not_ok "the demo has a child and an agency"; finish; }
serve d.db || finish
token() { "$SG" user token --db d.db "$1" 2> token.err; }
api() { who=$1; shift; http -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
LADO_T=$(token "$LADO")

# ---- The LADO records a referral, by the API: received a fortnight ago, not yet
# considered, and linked to a child's record the LADO cannot open ----
NAME_G=Zebedee; NAME_F=Quillfeather
CASE='{"kind": "referral", "received_date": "2026-06-01", "referrer_agency_id": '$AGENCY',
 "employee_given_name": "'$NAME_G'", "employee_family_name": "'$NAME_F'",
 "employer": "Oakfield Primary School", "sector": "education", "employee_role": "teacher",
 "category": "physical", "thresholds": ["harmed", "offence"], "police_involved": true,
 "suspended": false, "linked_child_id": '$CHILD'}'
equal "$(api "$LADO_T" -X POST --data "$CASE" "$WEB_BASE/api/v1/lado_cases")" 201 \
	"the LADO records a referral through the API: 201"
ID=$(sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt)
has body.txt '"thresholds": ["harmed", "offence"]' "... with its thresholds"
TAG=$(header ETag)
equal "$(api "$LADO_T" -X POST --data '{"lado_case_id": '$ID', "kind": "strategy", "held_date": "2026-06-03"}' \
	"$WEB_BASE/api/v1/lado_meetings")" 201 "... and a strategy meeting held on it"
MEET=$(sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt)
equal "$(api "$LADO_T" -X POST --data '{"lado_case_id": '$ID', "kind": "strategy", "held_date": "2026-05-20"}' \
	"$WEB_BASE/api/v1/lado_meetings")" 422 "a meeting before the case was received: 422"
has body.txt 'the LADO case it is held on' "... naming the case's date"
equal "$(api "$LADO_T" -X PATCH -H "If-Match: $TAG" --data '{"considered_date": "2026-05-30"}' \
	"$WEB_BASE/api/v1/lado_cases/$ID")" 422 "considered before it was received: 422"
has body.txt 'considered_date' "... naming the field"
equal "$(api "$LADO_T" -X POST --data '{"kind": "referral"}' "$WEB_BASE/api/v1/lado_cases")" 422 \
	"a case without its required fields: 422"
has body.txt 'received_date' "... naming them"
equal "$(api "$LADO_T" "$WEB_BASE/api/v1/lado_cases/$ID")" 200 "the LADO reads the case by the API"
has body.txt "$NAME_F" "... with the employee's name"
equal "$(api "$LADO_T" "$WEB_BASE/api/v1/lado_cases")" 200 "... and the list of cases"
has body.txt "$NAME_F" "... with it"

# ---- The LADO's pages: the list, the case, their worklist ----
login lado.jar "$LADO" "$LADO_PW" > /dev/null
LADO_CSRF=$(page_csrf lado.jar)
equal "$(http -b lado.jar "$WEB_BASE/lado")" 200 "the LADO's list of cases"
has body.txt "$NAME_G $NAME_F" "... names the employee"
has body.txt 'first considered' "... with the initial consideration owed"
has body.txt '>overdue<' "... overdue: a working day after 1 June"
has body.txt 'resolved within 1 month' "... and the resolution at a month"
equal "$(http -b lado.jar "$WEB_BASE/worklist")" 200 "the LADO's worklist"
has body.txt "$NAME_F" "... has the case"
has body.txt '>overdue<' "... overdue"
equal "$(http -b lado.jar "$WEB_BASE/lado_cases/$ID")" 200 "the case's page"
has body.txt 'Strategy meeting' "... with its meeting"
has body.txt 'Oakfield Primary School' "... and the employer"
equal "$(http -b lado.jar "$WEB_BASE/lado/new")" 200 "the form of a new case"
has body.txt 'name="received_date-day"' "... with the date as three boxes"
equal "$(http -b lado.jar --data "csrf=$LADO_CSRF&kind=query" "$WEB_BASE/lado")" 422 \
	"a new case without its fields: 422"
has body.txt 'govuk-error-summary' "... with an error summary"
has body.txt 'Date received: ' "... naming the date received"
equal "$(http -b lado.jar --data "csrf=$LADO_CSRF&kind=query&received_date-day=15&received_date-month=6&received_date-year=2026&referrer_agency_id=$AGENCY&employee_given_name=Ada&employee_family_name=Brightwater&sector=sport&employee_role=coach&category=emotional" \
	"$WEB_BASE/lado")" 303 "a query saved by the form: 303"
case "$(header Location)" in /lado_cases/[0-9]*) ok "... to the new case's page" ;;
	*) not_ok "... to the new case's page: got '$(header Location)'" ;; esac
equal "$(http -b lado.jar --data "csrf=$LADO_CSRF&kind=evaluation&held_date-day=1&held_date-month=5&held_date-year=2026" \
	"$WEB_BASE/lado_cases/$ID/meetings")" 422 "a meeting before the case, by the form: 422"
has body.txt 'Date held: ' "... naming the field"
equal "$(http -b lado.jar "$WEB_BASE/lado_cases/$ID/edit")" 200 "the form to change the case"
V=$(sed -n 's/.*name="version" value="\([0-9a-f]*\)".*/\1/p' body.txt | head -n 1)
equal "$(http -b lado.jar --data "csrf=$LADO_CSRF&version=$V&since=0&kind=referral&received_date-day=1&received_date-month=6&received_date-year=2026&referrer_agency_id=$AGENCY&employee_given_name=$NAME_G&employee_family_name=$NAME_F&sector=education&employee_role=teacher&category=physical&thresholds=harmed&considered_date-day=2&considered_date-month=6&considered_date-year=2026" \
	"$WEB_BASE/lado_cases/$ID/edit")" 303 "the LADO records the initial consideration: 303"
http -b lado.jar "$WEB_BASE/lado_cases/$ID" > /dev/null
has body.txt 'first considered (1 working day), by' "... and the case's page has the clock"
has body.txt '>met<' "... met"

# ---- Nobody else reaches any of it ----
for who in SW MGR CHAIR ANA SEN POL; do
	eval "u=\$$who; pw=\$${who}_PW"
	t=$(token "$u")
	for path in "/api/v1/lado_cases" "/api/v1/lado_cases/$ID" "/api/v1/lado_meetings" \
	    "/api/v1/lado_meetings/$MEET"; do
		equal "$(api "$t" "$WEB_BASE$path")" 403 "$who: GET $path is refused"
		lacks body.txt "$NAME_F" "... without the name"
	done
	equal "$(api "$t" -X PATCH -H "If-Match: $TAG" --data '{"suspended": true}' \
		"$WEB_BASE/api/v1/lado_cases/$ID")" 403 "$who: PATCH a case is refused"
	equal "$(api "$t" -X POST --data "$CASE" "$WEB_BASE/api/v1/lado_cases")" 403 \
		"$who: POST a case is refused"
	login "$who.jar" "$u" "$pw" > /dev/null
	for path in /lado /lado/new "/lado_cases/$ID" "/lado_cases/$ID/edit"; do
		equal "$(http -b "$who.jar" "$WEB_BASE$path")" 403 "$who: $path is refused"
		lacks body.txt "$NAME_F" "... without the name"
	done
	# A search page says again what was asked for: what it finds has no given name.
	http -b "$who.jar" "$WEB_BASE/search?q=$NAME_F" > /dev/null
	lacks body.txt "$NAME_G" "$who: a search for the family name finds no LADO case"
	lacks body.txt "/lado_cases/" "... nor a link to one"
	for path in "/" /worklist "/children/$CHILD" "/api/v1/children/$CHILD" \
	    "/api/v1/children?q=$NAME_F" "/api/v1/worklist" /overview; do
		http -b "$who.jar" "$WEB_BASE$path" > /dev/null
		lacks body.txt "$NAME_F" "$who: $path has no LADO case's name"
		lacks body.txt "$NAME_G" "... given name included"
	done
done
api "$(token "$ANA")" "$WEB_BASE/api/v1/lado_cases" > /dev/null
equal "$("$SG" audit show --db d.db --limit 1 --json | grep -c '"action": "refused"')" 1 \
	"a refusal is in the audit trail"
stop_server

# ---- The command line: the whole store's backup holds it; one child's export does not ----
"$SG" export json --db d.db --out after.json > /dev/null 2>&1
has after.json "\"employee_family_name\": \"$NAME_F\"" "export json (the whole store) has the case"
"$SG" export json --db d.db --child "$CHILD" --out child.json > /dev/null 2>&1
lacks child.json "$NAME_F" "export json --child (the linked child) has no LADO case"
lacks child.json '"lado_' "... nor a LADO table"
finish
