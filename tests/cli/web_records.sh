#!/bin/sh
# The forms of a child's records on the web, every one of them: a record added (303 to
# the child's record, whose banner says what was saved, what is now due and what the
# census return would say), a bad submission (422, an error summary whose links name the
# fields, what was typed kept, nothing stored), a record changed, and two people changing
# one record (the second refused, 409, told who changed which fields, each as they opened
# it, as it is saved now and as they typed it, in the form's words, nothing they typed
# lost). A new child like one already recorded is saved only when the worker says it is
# a different child. A form without its CSRF token, and a partner practitioner, are
# refused with nothing changed.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'partner agency practitioner'); PART=$1; PART_PW=$2
serve d.db || finish
login sw.jar "$SW" "$SW_PW" > /dev/null
login mgr.jar "$MGR" "$MGR_PW" > /dev/null
login part.jar "$PART" "$PART_PW" > /dev/null
CSRF=$(page_csrf sw.jar)
MCSRF=$(page_csrf mgr.jar)
count() { "$SG" summary --db d.db | awk -v t="$1" '$1 == t { print $2 }'; }
last_id() { "$SG" audit show --db d.db --limit 1 --json | sed -n 's/.*"record_id": \([0-9]*\).*/\1/p' | head -n 1; }
field() { sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" body.txt | head -n 1; }
d() { echo "$1-day=$2&$1-month=$3&$1-year=$4"; }

# A child the social worker may open: the first that answers 200.
C=""
for c in 1 2 3 4 5 6 7 8 9 10; do
	if [ "$(http -b sw.jar "$WEB_BASE/children/$c")" = 200 ]; then C=$c; break; fi
done
[ -n "$C" ] || { not_ok "a child the social worker may open"; finish; }
has body.txt "/children/$C/new/referrals" "the child's record links to the form of a new referral"

# add TABLE BODY: the form of a new record of TABLE is sent; 303 to the child's record
# with its banner; the record is stored. Sets ID.
add() {
	n=$(count "$1")
	equal "$(http -b sw.jar "$WEB_BASE/children/$C/new/$1")" 200 "$1: the new form opens"
	equal "$(http -b sw.jar --data "csrf=$CSRF&$2" "$WEB_BASE/children/$C/$1")" 303 "$1: a right form saves (303)"
	loc=$(header Location)
	equal "$loc" "/children/$C?saved=$1&as=edit" "$1: ... back to the child's record"
	equal "$(count "$1")" "$((n + 1))" "$1: ... and stores the record"
	ID=$(last_id)
	http -b sw.jar "$WEB_BASE$loc" > /dev/null
	has body.txt 'govuk-notification-banner--success' "$1: the record says it was saved"
	has body.txt 'id="now-due"' "$1: ... what is now due for the child"
	has body.txt 'id="census-now"' "$1: ... and what the census return would say"
	has body.txt "/$1/$ID/edit" "$1: the record links to its form"
}

# bad TABLE BODY FIELD-ID TYPED: a wrong form: 422, the summary links to the field, what
# was typed is shown again, nothing stored.
bad() {
	n=$(count "$1")
	equal "$(http -b sw.jar --data "csrf=$CSRF&$2" "$WEB_BASE/children/$C/$1")" 422 "$1: a wrong form: 422"
	has body.txt 'govuk-error-summary' "$1: ... with an error summary"
	has body.txt "href=\"#$3\"" "$1: ... linked to the field at fault ($3)"
	has body.txt "id=\"$3\"" "$1: ... which is on the page"
	has body.txt "$4" "$1: ... what was typed kept"
	equal "$(count "$1")" "$n" "$1: ... nothing stored"
}

# edit TABLE VERB ID BODY WANT: the form opens with the record's version, a change saves,
# and the record then says WANT (the API's JSON of it).
edit() {
	equal "$(http -b sw.jar "$WEB_BASE/$1/$3/$2")" 200 "$1: the $2 form opens"
	v=$(field version); s=$(field since)
	[ -n "$v" ] && ok "$1: ... carrying the record's version" || not_ok "$1: no version"
	equal "$(http -b sw.jar --data "csrf=$CSRF&version=$v&since=$s&$4" "$WEB_BASE/$1/$3/$2")" 303 \
		"$1: a change saves (303)"
	http -b sw.jar "$WEB_BASE/api/v1/$1/$3" > /dev/null
	has body.txt "$5" "$1: ... and is stored"
}

# conflict TABLE VERB ID BODY-A BODY-B TYPED: two people open one record; the manager
# saves first; the social worker's save is refused (409) saying who changed what, with
# what they typed kept; sent again, it saves.
conflict() {
	http -b sw.jar "$WEB_BASE/$1/$3/$2" > /dev/null
	v=$(field version); s=$(field since)
	http -b mgr.jar "$WEB_BASE/$1/$3/$2" > /dev/null
	mv=$(field version); ms=$(field since)
	equal "$(http -b mgr.jar --data "csrf=$MCSRF&version=$mv&since=$ms&$4" "$WEB_BASE/$1/$3/$2")" 303 \
		"$1: the manager saves first"
	equal "$(http -b sw.jar --data "csrf=$CSRF&version=$v&since=$s&$5" "$WEB_BASE/$1/$3/$2")" 409 \
		"$1: the social worker's save over it is refused (409)"
	has body.txt 'Someone else changed this record' "$1: ... saying so"
	has body.txt "$MGR (team manager)" "$1: ... who changed it"
	has body.txt "changed: " "$1: ... and which fields"
	has body.txt "$6" "$1: ... what the social worker typed kept"
	has body.txt 'id="conflict-changes"' "$1: ... with a table of their change and yours"
	[ -z "${7:-}" ] || has body.txt "$7" "$1: ... each field as opened, as saved now and as typed"
	v2=$(field version)
	[ "$v2" != "$v" ] && ok "$1: ... with the version now stored" || not_ok "$1: the old version again"
	equal "$(http -b sw.jar --data "csrf=$CSRF&version=$v2&since=$s&$5" "$WEB_BASE/$1/$3/$2")" 303 \
		"$1: sent again, it saves over the change"
}

# ---- Referral, and closing its episode ----
bad referrals "$(d received_date 31 2 2026)&source=1A&nfa=false" received_date-day 'value="31"'
bad referrals "$(d received_date 1 12 2026)&source=ZZ&nfa=false" source 'not a referral source code'
add referrals "$(d received_date 1 12 2026)&source=1A&nfa=false"
R=$ID
edit referrals edit "$R" "$(d received_date 1 12 2026)&source=1B&primary_need=N1&$(d decision_date 2 12 2026)&nfa=false" '"primary_need": "N1"'
conflict referrals edit "$R" "$(d received_date 1 12 2026)&source=1C&nfa=false" \
	"$(d received_date 1 12 2026)&source=1D&nfa=false&primary_need=N2" 'value="N2" selected' \
	'Source</th><td class="govuk-table__cell">Individual: acquaintance</td><td class="govuk-table__cell">Individual: self</td><td class="govuk-table__cell">Individual: other</td>'
http -b sw.jar --data "csrf=$CSRF&version=x&since=0&$(d closure_date 3 12 2026)&closure_reason=ZZ" \
	"$WEB_BASE/referrals/$R/close" > /dev/null
http -b sw.jar "$WEB_BASE/referrals/$R/close" > /dev/null
cv=$(field version); cs=$(field since)
equal "$(http -b sw.jar --data "csrf=$CSRF&version=$cv&since=$cs&$(d closure_date 30 11 2026)&closure_reason=RC8" \
	"$WEB_BASE/referrals/$R/close")" 422 "closing an episode before its referral: 422"
has body.txt 'href="#closure_date-day"' "... the error linked to the closure date"

# ---- The records of the episode ----
add contacts "$(d received_date 30 11 2026)&source=1A&outcome=referral"
edit contacts edit "$ID" "$(d received_date 30 11 2026)&source=1A&outcome=advice" '"outcome": "advice"'
bad contacts "$(d received_date 30 11 2026)&source=1A&outcome=maybe" outcome 'not a contact outcome'
add assessments "referral_id=$R&$(d start_date 2 12 2026)&factors=1B&factors=3B&child_seen=true"
A=$ID
edit assessments edit "$A" "referral_id=$R&$(d start_date 2 12 2026)&factors=16A&child_seen=true" '"factors": ["16A"]'
bad assessments "referral_id=$R&$(d start_date 2 12 2026)&factors=1B&factors=99Z" factors 'value="1B" checked'
conflict assessments edit "$A" "referral_id=$R&$(d start_date 2 12 2026)&factors=2B" \
	"referral_id=$R&$(d start_date 2 12 2026)&factors=4B" 'value="4B" checked' \
	'<td class="govuk-table__cell">Neglect</td><td class="govuk-table__cell">Drug misuse: parent or carer</td><td class="govuk-table__cell">Mental health: parent or carer</td>'
add strategy_discussions "referral_id=$R&$(d held_date 2 12 2026)&police_present=1&health_present=1&outcome=section_47"
S=$ID
edit strategy_discussions edit "$S" "referral_id=$R&$(d held_date 2 12 2026)&education_present=1&outcome=section_47" '"police_present": false'
bad strategy_discussions "referral_id=$R&outcome=section_47" held_date-day 'value="section_47" checked'
add s47_enquiries "referral_id=$R&strategy_discussion_id=$S&$(d start_date 2 12 2026)&icpc_not_required=false"
edit s47_enquiries edit "$ID" "referral_id=$R&strategy_discussion_id=$S&$(d start_date 2 12 2026)&$(d completed_date 3 12 2026)&outcome=not_substantiated&icpc_not_required=true" '"icpc_not_required": true'
bad s47_enquiries "$(d start_date 2 12 2026)&icpc_not_required=false" referral_id 'value="2"'
add cin_plans "referral_id=$R&$(d start_date 3 12 2026)"
edit cin_plans edit "$ID" "referral_id=$R&$(d start_date 2 12 2026)" '"start_date": "2026-12-02"'
bad cin_plans "referral_id=$R&$(d start_date 3 12 2026)&$(d end_date 1 12 2026)" end_date-day 'value="1"'
add care_periods "referral_id=$R&$(d start_date 3 12 2026)&legal_status=C1"
edit care_periods edit "$ID" "referral_id=$R&$(d start_date 3 12 2026)&legal_status=C2" '"legal_status": "C2"'
bad care_periods "referral_id=$R&$(d start_date 3 12 2026)&legal_status=ZZ" legal_status 'not a legal status'
add missing_episodes "$(d start_date 1 12 2026)&$(d return_date 2 12 2026)"
edit missing_episodes edit "$ID" "$(d start_date 1 12 2026)&$(d return_date 2 12 2026)&$(d interview_offered_date 3 12 2026)&interview_accepted=true" '"interview_accepted": true'
bad missing_episodes "$(d start_date 2 12 2026)&$(d return_date 1 12 2026)" return_date-day 'value="2"'
add relationships "kind=grandparent&adult_id=1&parental_responsibility=false"
edit relationships edit "$ID" "kind=other_relative&adult_id=1&parental_responsibility=false" '"kind": "other_relative"'
bad relationships "kind=grandparent&adult_id=1&relative_child_id=$C" adult_id 'value="1"'
equal "$(http -b sw.jar --data "csrf=$CSRF&version=$cv&since=$cs&$(d closure_date 3 12 2026)&closure_reason=RC8" \
	"$WEB_BASE/referrals/$R/close")" 303 "the episode closes"
http -b sw.jar "$WEB_BASE/api/v1/referrals/$R" > /dev/null
has body.txt '"closure_reason": "RC8"' "... stored"

# ---- Ending a plan ----
# An open plan: an ended one is signed by its manager, and a new end date after the
# signature is refused (the signature cannot come before the decision it signs).
P=""
for p in $(seq 1 400); do
	[ "$(http -b sw.jar "$WEB_BASE/api/v1/cp_plans/$p")" = 200 ] || continue
	grep -q '"end_date"' body.txt && continue
	if [ "$(http -b sw.jar "$WEB_BASE/cp_plans/$p/end")" = 200 ]; then P=$p; break; fi
done
if [ -n "$P" ]; then
	v=$(field version); s=$(field since)
	http -b sw.jar "$WEB_BASE/api/v1/cp_plans/$P" > /dev/null
	start=$(sed -n 's/.*"start_date": "\([0-9-]*\)".*/\1/p' body.txt)
	equal "$(http -b sw.jar --data "csrf=$CSRF&version=$v&since=$s&$(d end_date 1 1 1971)&end_reason=universal" \
		"$WEB_BASE/cp_plans/$P/end")" 422 "a plan ended before it started: 422 (it started $start)"
	has body.txt 'href="#end_date-day"' "... linked to the end date"
	edit cp_plans end "$P" "$(d end_date 3 12 2026)&end_reason=universal" '"end_reason": "universal"'
else
	not_ok "a plan the social worker may end"
fi

# ---- A new child, and one like a child already recorded ----
n=$(count children)
equal "$(http -b sw.jar "$WEB_BASE/children/new")" 200 "the form of a new child opens"
equal "$(http -b sw.jar --data "csrf=$CSRF&la_child_id=NEW1&given_name=Ada&family_name=Newchild" "$WEB_BASE/children")" 422 \
	"a new child without sex and ethnicity: 422"
has body.txt 'href="#sex"' "... linked to sex"
has body.txt 'href="#ethnicity"' "... and to ethnicity"
has body.txt 'value="Newchild"' "... what was typed kept"
equal "$(count children)" "$n" "... nothing stored"
kid="la_child_id=NEW1&given_name=Ada&family_name=Newchild&$(d birth_date 5 6 2020)&sex=F&ethnicity=WBRI&nhs_number=9434765919"
equal "$(http -b sw.jar --data "csrf=$CSRF&$kid" "$WEB_BASE/children")" 303 "a new child saves"
K=$(header Location | sed -n 's|^/children/\([0-9]*\)?saved=children.*|\1|p')
[ -n "$K" ] && ok "... to the new child's record" || not_ok "no new child's record: $(header Location)"
equal "$(http -b sw.jar --data "csrf=$CSRF&la_child_id=NEW2&given_name=ada&family_name=NEWCHILD&$(d birth_date 5 6 2020)&sex=F&ethnicity=WBRI" "$WEB_BASE/children")" 409 \
	"a child of the same name and date of birth: warned (409)"
has body.txt "href=\"/children/$K\"" "... with a link to the child already recorded"
has body.txt 'the same name and date of birth' "... saying why"
has body.txt 'name="different_child"' "... and the box to say it is a different child"
equal "$(http -b sw.jar --data "csrf=$CSRF&la_child_id=NEW3&given_name=Bo&family_name=Other&sex=M&ethnicity=WBRI&nhs_number=9434765919" "$WEB_BASE/children")" 409 \
	"a child with the same NHS number: warned"
has body.txt 'the same NHS number' "... saying why"
equal "$(count children)" "$((n + 1))" "... neither stored"
equal "$(http -b sw.jar --data "csrf=$CSRF&la_child_id=NEW2&given_name=ada&family_name=NEWCHILD&$(d birth_date 5 6 2020)&sex=F&ethnicity=WBRI&different_child=1" "$WEB_BASE/children")" 303 \
	"said to be a different child, it saves"
equal "$(http -b sw.jar --data "csrf=$CSRF&la_child_id=UNBORN1&$(d expected_birth_date 1 3 2027)&sex=U&ethnicity=NOBT" "$WEB_BASE/children")" 303 \
	"an unborn child saves with an expected date of birth"
equal "$(count children)" "$((n + 3))" "... two more children"
C=$K
edit children edit "$K" "la_child_id=NEW1&given_name=Ada&family_name=Newchild&$(d birth_date 5 6 2020)&sex=F&ethnicity=WBRI&disabilities=HEAR" '"disabilities": ["HEAR"]'

# ---- The new child's household: a new one, then changed ----
n=$(count households)
equal "$(http -b sw.jar "$WEB_BASE/children/$K/household")" 200 "the household form of a child without one opens"
has body.txt 'Add a household' "... to add one"
equal "$(http -b sw.jar --data "csrf=$CSRF&address=1+Form+Street&postcode=DM1+1AAAAAAAAA" "$WEB_BASE/children/$K/household")" 422 \
	"a postcode too long: 422"
has body.txt 'href="#postcode"' "... linked to the postcode"
has body.txt 'value="1 Form Street"' "... the address typed kept"
equal "$(count households)" "$n" "... nothing stored"
equal "$(http -b sw.jar --data "csrf=$CSRF&address=1+Form+Street&postcode=DM1+1AA" "$WEB_BASE/children/$K/household")" 303 \
	"a new household saves"
equal "$(count households)" "$((n + 1))" "... stored"
http -b sw.jar "$WEB_BASE/api/v1/children/$K" > /dev/null
H=$(sed -n 's/.*"household_id": \([0-9]*\).*/\1/p' body.txt | head -n 1)
[ -n "$H" ] && ok "... and the child lives there (household $H)" || not_ok "the child has no household"
http -b sw.jar "$WEB_BASE/children/$K/household" > /dev/null
v=$(field version); s=$(field since)
equal "$(http -b sw.jar --data "csrf=$CSRF&version=$v&since=$s&address=2+Form+Street&postcode=DM1+1AA" "$WEB_BASE/children/$K/household")" 303 \
	"the household's address changes"
equal "$(http -b sw.jar --data "csrf=$CSRF&version=$v&since=$s&address=3+Form+Street&postcode=DM1+1AA" "$WEB_BASE/children/$K/household")" 409 \
	"... and a second change from the same opened form is refused"
has body.txt "$SW (social worker)" "... saying who changed it"
http -b sw.jar "$WEB_BASE/api/v1/households/$H" > /dev/null
has body.txt '"address": "2 Form Street"' "... the first change stored"
equal "$(count households)" "$((n + 1))" "... no second household"

# ---- Refused: no CSRF token, a partner ----
n=$(count referrals)
equal "$(http -b sw.jar --data "$(d received_date 1 12 2026)&source=1A&nfa=false" "$WEB_BASE/children/$K/referrals")" 403 \
	"a form without its CSRF token: 403"
equal "$(count referrals)" "$n" "... nothing stored"
http -b sw.jar "$WEB_BASE/referrals/$R/edit" > /dev/null
v=$(field version); s=$(field since)
equal "$(http -b sw.jar --data "version=$v&since=$s&$(d received_date 1 12 2026)&source=2A&nfa=false" "$WEB_BASE/referrals/$R/edit")" 403 \
	"a change without its CSRF token: 403"
http -b sw.jar "$WEB_BASE/api/v1/referrals/$R" > /dev/null
lacks body.txt '"source": "2A"' "... nothing changed"
PCSRF=$(page_csrf part.jar)
equal "$(http -b part.jar "$WEB_BASE/children/$K/new/referrals")" 403 "a partner may not open a new referral's form"
equal "$(http -b part.jar --data "csrf=$PCSRF&$(d received_date 1 12 2026)&source=1A&nfa=false" "$WEB_BASE/children/$K/referrals")" 403 \
	"... nor add one"
equal "$(http -b part.jar --data "csrf=$PCSRF&version=$v&since=$s&$(d received_date 1 12 2026)&source=2A&nfa=false" "$WEB_BASE/referrals/$R/edit")" 403 \
	"... nor change one"
equal "$(count referrals)" "$n" "... nothing stored"
http -b part.jar "$WEB_BASE/children/$C" > /dev/null
lacks body.txt '/new/referrals' "a partner's view of a record has no links to the forms"

# ---- A match the worker may not open: warned, but not told who ----
http -b mgr.jar "$WEB_BASE/api/v1/me" > /dev/null
MGR_ID=$(sed -n 's/^{"id":\([0-9]*\),.*/\1/p' body.txt)
equal "$(http -b mgr.jar -X POST -H "X-CSRF-Token: $MCSRF" \
	--data '{"child_id": '"$K"', "user_id": '"$MGR_ID"', "reason": "a relative of the manager"}' \
	"$WEB_BASE/api/v1/restrictions")" 201 "the manager restricts the new child's record"
equal "$(http -b sw.jar --data "csrf=$CSRF&la_child_id=NEW4&given_name=Ada&family_name=Newchild&$(d birth_date 5 6 2020)&sex=F&ethnicity=WBRI" "$WEB_BASE/children")" 409 \
	"a child like a restricted one: still warned (409)"
has body.txt 'A restricted record' "... of a restricted record"
lacks body.txt '>Ada Newchild</a>' "... without the restricted child's name"

run 0 "the audit trail holds" "$SG" audit verify --db d.db
stop_server
finish
