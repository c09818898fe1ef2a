#!/bin/sh
# Child deaths (issue 11, point 6): the notification and the child death overview panel's
# review are the child death review role's alone. The coordinator records deaths by the API
# and the forms, and sees on /deaths and their worklist what is overdue (the joint agency
# response to an unexpected death a working day after its notification; the review six
# months after the death) and what is met. A death linked to a child's record takes the
# child's age and whether they were on a plan from the record. The figures count them
# (checked with the notifying agency as the filter, which the demo's own deaths never
# use), and a local setting moves the review's clock. Nobody else reaches any of it: every
# other role is refused every page and API path, and no child's export holds a death.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

SAFEGUARD_TODAY=2026-06-15; export SAFEGUARD_TODAY	# a Monday
demo_store d.db
set -- $(demo_login 'child death review'); CDOP=$1; CDOP_PW=$2
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'conference chair'); CHAIR=$1; CHAIR_PW=$2
set -- $(demo_login 'performance analyst'); ANA=$1; ANA_PW=$2
set -- $(demo_login 'senior manager'); SEN=$1; SEN_PW=$2
set -- $(demo_login 'Police'); POL=$1; POL_PW=$2
set -- $(demo_login 'LADO'); LADO=$1; LADO_PW=$2
[ -n "$CDOP" ] && ok "the demo has a child death review login" ||
	not_ok "the demo has a child death review login"
"$SG" export json --db d.db --out all.json > /dev/null 2>&1
# The local authority's own agency notifies: the demo's deaths come from hospitals, the
# police and health, so the figures filtered by it count this test's deaths alone.
AGENCY=$(awk '/^"agencies": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	grep '"kind": "la_childrens_services"' | sed -n 's/^{"id": \([0-9]*\),.*/\1/p' | head -n 1)
# A child on an open plan that began by 12 June.
PLAN_CHILD=$(awk '/^"cp_plans": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	grep -v end_date | sed -n 's/^{"id": [0-9]*, "child_id": \([0-9]*\),.*"start_date": "\([0-9-]*\)".*/\1 \2/p' |
	awk '$2 <= "2026-06-12" { print $1; exit }')
[ -n "$AGENCY" ] && [ -n "$PLAN_CHILD" ] || { not_ok "the demo has an agency and a child on a plan"; finish; }
serve d.db || finish
token() { "$SG" user token --db d.db "$1" 2> token.err; }
api() { who=$1; shift; http -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
id_of() { sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt; }
CDOP_T=$(token "$CDOP")

# ---- The coordinator records deaths by the API ----
A='{"death_date": "2026-06-09", "notified_date": "2026-06-10", "notifying_agency_id": '$AGENCY',
 "age_band": "28-364d", "sex": "F", "ethnicity": "WBRI", "expectation": "unexpected"}'
equal "$(api "$CDOP_T" -X POST --data "$A" "$WEB_BASE/api/v1/child_deaths")" 201 \
	"an unexpected death notified on Wednesday, by the API: 201"
DA=$(id_of); TAG_A=$(header ETag)
equal "$(api "$CDOP_T" -X POST --data '{"death_date": "2026-01-01", "notified_date": "2026-01-02", "notifying_agency_id": '$AGENCY', "age_band": "15-17", "sex": "M", "expectation": "expected"}' \
	"$WEB_BASE/api/v1/child_deaths")" 201 "an expected death on New Year's Day: 201"
DB=$(id_of); TAG_B=$(header ETag)
equal "$(api "$CDOP_T" -X POST --data '{"death_date": "2026-06-12", "notified_date": "2026-06-12", "notifying_agency_id": '$AGENCY', "linked_child_id": '$PLAN_CHILD', "expectation": "expected"}' \
	"$WEB_BASE/api/v1/child_deaths")" 201 "a death linked to the record of a child on a plan, without an age band: 201"
DC=$(id_of)
equal "$(api "$CDOP_T" -X POST --data '{"death_date": "2025-11-20", "notified_date": "2025-11-21", "notifying_agency_id": '$AGENCY', "age_band": "1-4", "expectation": "expected"}' \
	"$WEB_BASE/api/v1/child_deaths")" 201 "a death in November, not yet reviewed: 201"
DD=$(id_of)

# ---- Bad saves change nothing and say what to fix ----
equal "$(api "$CDOP_T" -X POST --data '{"death_date": "2026-06-09", "notified_date": "2026-06-08", "notifying_agency_id": '$AGENCY', "age_band": "1-4", "expectation": "expected"}' \
	"$WEB_BASE/api/v1/child_deaths")" 422 "notified before the death: 422"
has body.txt 'a death cannot be notified before it happens' "... saying why"
equal "$(api "$CDOP_T" -X POST --data '{"death_date": "2026-06-09", "notified_date": "2026-06-10", "notifying_agency_id": '$AGENCY', "expectation": "expected"}' \
	"$WEB_BASE/api/v1/child_deaths")" 422 "neither an age band nor a child's record: 422"
has body.txt '"field":"age_band"' "... naming age_band"
has body.txt 'linked_child_id' "... and the record it could link instead"
equal "$(api "$CDOP_T" -X POST --data '{"death_date": "2026-06-09", "notified_date": "2026-06-10", "notifying_agency_id": '$AGENCY', "age_band": "1-4", "expectation": "sudden"}' \
	"$WEB_BASE/api/v1/child_deaths")" 422 "expected or unexpected, neither: 422"
has body.txt 'expectation' "... naming the field"
equal "$(api "$CDOP_T" -X PATCH -H "If-Match: $TAG_A" --data '{"jar_date": "2026-06-11"}' \
	"$WEB_BASE/api/v1/child_deaths/$DA")" 422 "a joint agency response's date without one held: 422"
has body.txt 'jar_held' "... naming jar_held"
equal "$(api "$CDOP_T" -X PATCH -H "If-Match: $TAG_B" --data '{"cdop_date": "2025-12-31"}' \
	"$WEB_BASE/api/v1/child_deaths/$DB")" 422 "reviewed before the death: 422"
has body.txt 'a death cannot be reviewed before it happens' "... saying why"
equal "$(api "$CDOP_T" "$WEB_BASE/api/v1/child_deaths")" 200 "the coordinator lists the deaths"
equal "$(grep -o '"notifying_agency_id": '$AGENCY',' body.txt | wc -l | tr -d ' ')" 4 \
	"... the four saved, and none of the refused"

# ---- The clocks: the joint agency response, a working day after the notification ----
login cdop.jar "$CDOP" "$CDOP_PW" > /dev/null
CSRF=$(page_csrf cdop.jar)
equal "$(http -b cdop.jar "$WEB_BASE/worklist")" 200 "the coordinator's worklist"
has body.txt "/child_deaths/$DA" "... has the unexpected death"
has body.txt 'joint agency response to the unexpected death notified Wed 10 Jun 2026 (1 working day)' \
	"... its joint agency response owed a working day after the notification"
has body.txt "/child_deaths/$DD" "... and the November death, whose review was due in May"
has body.txt "/child_deaths/$DB\"" "... and the New Year death, its review due by 1 July (within 20 working days)"
has body.txt 'review by the child death overview panel within 6 months of the death on Thu 20 Nov 2025' \
	"... six months after the death"
equal "$(http -b cdop.jar "$WEB_BASE/deaths")" 200 "the list of deaths"
has body.txt '>overdue<' "... with what is overdue"
equal "$(http -b cdop.jar "$WEB_BASE/child_deaths/$DA")" 200 "the unexpected death's page"
has body.txt 'Thu 11 Jun 2026: <strong class="govuk-tag govuk-tag--red">overdue' \
	"... its response overdue since Thursday"
equal "$(api "$CDOP_T" "$WEB_BASE/api/v1/child_deaths/$DA")" 200 "the death by the API"
TAG_A=$(header ETag)
equal "$(api "$CDOP_T" -X PATCH -H "If-Match: $TAG_A" --data '{"jar_held": true, "jar_date": "2026-06-11"}' \
	"$WEB_BASE/api/v1/child_deaths/$DA")" 200 "the response recorded as held on Thursday"
http -b cdop.jar "$WEB_BASE/child_deaths/$DA" > /dev/null
has body.txt 'Thu 11 Jun 2026: <strong class="govuk-tag govuk-tag--green">met' "... met"

# ---- The review, by its form; the days from death to review ----
equal "$(http -b cdop.jar "$WEB_BASE/child_deaths/$DB/review")" 200 "the review's form"
has body.txt 'name="cdop_date-day"' "... with the date as three boxes"
has body.txt 'Sudden unexpected, unexplained death' "... and the ten national categories"
V=$(sed -n 's/.*name="version" value="\([0-9a-f]*\)".*/\1/p' body.txt | head -n 1)
equal "$(http -b cdop.jar --data "csrf=$CSRF&version=$V&since=0&cdop_date-day=1&cdop_date-month=4&cdop_date-year=2026&category=2&modifiable=maybe" \
	"$WEB_BASE/child_deaths/$DB/review")" 422 "a review with an answer not on the list: 422"
has body.txt 'govuk-error-summary' "... with an error summary"
has body.txt 'Modifiable factors: ' "... naming the field"
equal "$(http -b cdop.jar --data "csrf=$CSRF&version=$V&since=0&cdop_date-day=1&cdop_date-month=4&cdop_date-year=2026&category=2&modifiable=yes&factors_social=Isolated+from+friends&learning=Share+the+warning+signs&practice_review=false" \
	"$WEB_BASE/child_deaths/$DB/review")" 303 "the panel's review saved by its form: 303"
http -b cdop.jar "$WEB_BASE/child_deaths/$DB" > /dev/null
has body.txt 'Days from death to review: 90.' "... 90 days from death to review"
has body.txt 'Suicide or deliberate self-inflicted harm' "... its category"
has body.txt 'Isolated from friends' "... and the factors of its domain"
has body.txt 'Wed 1 Jul 2026: <strong class="govuk-tag govuk-tag--green">met' \
	"... within six months of the death: met"
http -b cdop.jar "$WEB_BASE/worklist" > /dev/null
lacks body.txt "/child_deaths/$DB\"" "... and gone from the coordinator's worklist"

# ---- The child at death, from the linked record ----
http -b cdop.jar "$WEB_BASE/child_deaths/$DC" > /dev/null
has body.txt "Read from the linked child&#39;s record." "the linked death reads the child's record"
has body.txt 'On a child protection plan</dt><dd class="govuk-summary-list__value">Yes' \
	"... on a plan at death"
has body.txt 'Known to children&#39;s social care</dt><dd class="govuk-summary-list__value">Yes' \
	"... and known to social care"

# ---- A new notification by the form ----
equal "$(http -b cdop.jar "$WEB_BASE/deaths/new")" 200 "the form of a new notification"
equal "$(http -b cdop.jar --data "csrf=$CSRF&expectation=expected" "$WEB_BASE/deaths")" 422 \
	"a notification without its fields: 422"
has body.txt 'Date of death: ' "... naming the date of death"
has body.txt 'Age at death: ' "... and the age band"
equal "$(http -b cdop.jar --data "csrf=$CSRF&death_date-day=14&death_date-month=6&death_date-year=2026&notified_date-day=15&notified_date-month=6&notified_date-year=2026&notifying_agency_id=$AGENCY&age_band=0-27d&sex=M&expectation=expected" \
	"$WEB_BASE/deaths")" 303 "a notification saved by the form: 303"
case "$(header Location)" in /child_deaths/[0-9]*) ok "... to the new death's page" ;;
	*) not_ok "... to the new death's page: got '$(header Location)'" ;; esac

# ---- Nobody else reaches any of it ----
for who in SW MGR CHAIR ANA SEN POL LADO; do
	eval "u=\$$who; pw=\$${who}_PW"
	t=$(token "$u")
	for path in "/api/v1/child_deaths" "/api/v1/child_deaths/$DA"; do
		equal "$(api "$t" "$WEB_BASE$path")" 403 "$who: GET $path is refused"
		lacks body.txt '28-364d' "... without the record"
	done
	equal "$(api "$t" -X PATCH -H "If-Match: $TAG_B" --data '{"learning": "x"}' \
		"$WEB_BASE/api/v1/child_deaths/$DB")" 403 "$who: PATCH a death is refused"
	equal "$(api "$t" -X POST --data "$A" "$WEB_BASE/api/v1/child_deaths")" 403 \
		"$who: POST a death is refused"
	login "$who.jar" "$u" "$pw" > /dev/null
	for path in /deaths /deaths/new "/child_deaths/$DA" "/child_deaths/$DA/edit" \
	    "/child_deaths/$DB/review"; do
		equal "$(http -b "$who.jar" "$WEB_BASE$path")" 403 "$who: $path is refused"
	done
	for path in /worklist "/children/$PLAN_CHILD"; do
		http -b "$who.jar" "$WEB_BASE$path" > /dev/null
		lacks body.txt "/child_deaths/" "$who: $path links to no death"
	done
done
equal "$(api "$CDOP_T" "$WEB_BASE/api/v1/children/$PLAN_CHILD")" 403 \
	"the coordinator cannot open the linked child's record"
stop_server

# ---- The figures count the deaths (the local authority as notifying agency) ----
fig() { "$SG" report figures --db d.db --from 2026-01-01 --to 2026-06-15 --agency "$AGENCY" --figure "$1" > fig.txt 2>&1; }
fig deaths_notified
has fig.txt '  4; previous' "deaths_notified: the four notified this year"
fig deaths_expected
has fig.txt '  unexpected: 1;' "deaths_expected: one unexpected"
fig deaths_jar_in_time
has fig.txt '100.0% (1 / 1)' "deaths_jar_in_time: the response begun the next working day"
fig deaths_reviewed
has fig.txt '  1; previous' "deaths_reviewed: one review"
fig deaths_days_to_review
has fig.txt '  90.0 (90 / 1)' "deaths_days_to_review: the median, 90 days"
fig deaths_modifiable
has fig.txt 'modifiable factors identified: 100.0% (1 / 1)' "deaths_modifiable: the review found them"
fig deaths_by_category
has fig.txt 'suicide or deliberate self-inflicted harm: 1;' "deaths_by_category: by the panel's category"
fig deaths_by_age
has fig.txt '15 to 17: 1;' "deaths_by_age: the recorded band"
has fig.txt '28 days to under 1 year: 1;' "... for each death"
fig deaths_known
has fig.txt 'on a child protection plan: 25.0% (1 / 4)' "deaths_known: the linked child on a plan"
fig deaths_by_year
has fig.txt '2026-27: 3;' "deaths_by_year: this year's three (from 1 April)"
has fig.txt '2025-26: 1;' "... and last year's one"
fig deaths_review_in_time
has fig.txt '50.0% (1 / 2)' "deaths_review_in_time: one met, November's overdue"
"$SG" settings set --db d.db timescale.cdr_review_months 2 --from 2025-01-01 --backdate > set.txt 2>&1 ||
	{ not_ok "settings set timescale.cdr_review_months"; cat set.txt; }
fig deaths_review_in_time
has fig.txt '0.0% (0 / 2)' "... with a 2-month local standard, none in time"
"$SG" report figures --db d.db --from 2026-01-01 --to 2026-06-15 --agency "$AGENCY" --team 1 \
	--figure deaths_notified > fig.txt 2>&1
has fig.txt '  0; previous' "a team filter counts no death (a death has no team)"

# ---- The command line: the whole store's export holds them; one child's does not ----
"$SG" export json --db d.db --out after.json > /dev/null 2>&1
has after.json '"factors_social": "Isolated from friends"' "export json (the whole store) has the review"
"$SG" export json --db d.db --child "$PLAN_CHILD" --out child.json > /dev/null 2>&1
lacks child.json '"child_deaths"' "export json --child (the linked child) has no child death"
finish
