#!/bin/sh
# A team manager signs the decisions of their team (no further action on a referral, a
# completed assessment, a section 47 enquiry's outcome, a plan's end): the demo leaves a
# few recent ones unsigned, the manager's worklist lists them, grouped, each a link; the
# page signs one; the child's record then says who signed and when, and the audit trail
# has the change. A social worker is refused (403, nothing changed), and a decision signed
# already, or not yet made, cannot be signed.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"
export SAFEGUARD_TODAY=2026-12-02

demo_store d.db
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
serve d.db || finish
login m.jar "$MGR" "$MGR_PW" > /dev/null
login s.jar "$SW" "$SW_PW" > /dev/null
M_CSRF=$(page_csrf m.jar)
S_CSRF=$(page_csrf s.jar)

equal "$(http -b m.jar "$WEB_BASE/worklist")" 200 "the manager's worklist"
has body.txt 'id="authorise">Awaiting your authorisation (' "has its decisions to sign"
grep -qE '<h3 class="govuk-heading-s">(Referrals closed with no further action|Assessments completed|Outcomes of section 47 enquiries|Child protection plans ended) \([0-9]+\)</h3><ul' body.txt &&
	ok "grouped by kind" || not_ok "grouped by kind"
link=$(grep -oE 'href="/authorise/[a-z0-9_]+/[0-9]+"' body.txt | head -n 1 | sed 's/href="//; s/"$//')
[ -n "$link" ] && ok "each a link to the page that signs it" || not_ok "no link to sign"
table=$(echo "$link" | cut -d/ -f3); id=$(echo "$link" | cut -d/ -f4)

equal "$(http -b m.jar "$WEB_BASE$link")" 200 "the decision's page"
has body.txt 'Awaiting authorisation' "says it awaits authorisation"
has body.txt 'Authorise this decision' "with the button that signs it"
child=$(grep -oE 'href="/children/[0-9]+#' body.txt | head -n 1 | grep -oE '[0-9]+')
equal "$(http -b m.jar "$WEB_BASE/children/$child")" 200 "the child's record"
has body.txt 'Awaiting authorisation</strong> by the manager of' "shows it awaiting authorisation"

# ---- a social worker may not sign ----
"$SG" summary --db d.db > before.txt
equal "$(http -b s.jar "$WEB_BASE$link")" 403 "a social worker cannot open the page: 403"
equal "$(http -b s.jar --data "csrf=$S_CSRF" "$WEB_BASE$link")" 403 \
	"nor sign: 403"
"$SG" summary --db d.db > after.txt
same before.txt after.txt "nothing changed"
equal "$(http -b m.jar --data "csrf=" "$WEB_BASE$link")" 403 "a form without its CSRF token: 403"

# ---- the manager signs ----
equal "$(http -b m.jar --data "csrf=$M_CSRF" "$WEB_BASE$link")" 303 "the manager signs: 303"
equal "$(header Location)" "$link" "back to the decision's page"
http -b m.jar "$WEB_BASE/api/v1/me" > /dev/null
prof=$(grep -oE '"professional_id": ?[0-9]+' body.txt | grep -oE '[0-9]+$')
http -b m.jar "$WEB_BASE/account" > /dev/null
name=$(sed -n 's/.*sg-who[^>]*>\([^,<]*\),.*/\1/p' body.txt | head -n 1)
equal "$(http -b m.jar "$WEB_BASE$link")" 200 "the page again"
has body.txt "Authorised on Wed 2 Dec 2026 by $name" "says when it was signed, and by whom"
lacks body.txt 'Authorise this decision' "and offers no button"
case $table in
referrals) col=nfa_authorised ;; assessments) col=authorised ;;
s47_enquiries) col=outcome_authorised ;; cp_plans) col=end_authorised ;;
esac
equal "$(http -b m.jar "$WEB_BASE/api/v1/$table/$id")" 200 "the record through the API"
has body.txt "\"${col}_date\": \"2026-12-02\"" "the signature's date is stored"
has body.txt "\"${col}_by_id\": $prof" "and the manager who gave it"
equal "$(http -b m.jar "$WEB_BASE/children/$child")" 200 "the child's record"
has body.txt "Authorised by $name on Wed 2 Dec 2026" "says who signed, and when"
equal "$(http -b m.jar "$WEB_BASE/worklist")" 200 "the worklist again"
lacks body.txt "href=\"$link\"" "no longer lists it"

# ---- signed once ----
"$SG" summary --db d.db > before.txt
equal "$(http -b m.jar --data "csrf=$M_CSRF" "$WEB_BASE$link")" 200 "signing it again: the page"
has body.txt "This decision was already authorised on Wed 2 Dec 2026 ($name)" "says it is signed already"
"$SG" summary --db d.db > after.txt
same before.txt after.txt "and nothing changed"

# ---- not yet made: a referral that was not closed with no further action ----
http -b m.jar "$WEB_BASE/api/v1/referrals?child_id=$child" > /dev/null
open=$(tr '{' '\n' < body.txt | grep '"nfa": false' | grep -oE '"id": ?[0-9]+' | head -n 1 |
	grep -oE '[0-9]+$')
if [ -n "$open" ]; then
	equal "$(http -b m.jar --data "csrf=$M_CSRF" "$WEB_BASE/authorise/referrals/$open")" 200 \
		"signing a decision not made: the page"
	has body.txt 'This decision has not been made yet' "says there is nothing to authorise"
else
	http -b m.jar --data "csrf=$M_CSRF" "$WEB_BASE/authorise/referrals/999999" > /dev/null
	ok "the child has no other referral (skipped)"
fi

stop_server
run 0 "the audit trail" $SG audit show --user "$MGR" --action change --db d.db
has out.txt "$table" "has the signature as a change of the record"
has out.txt "$id" "... of this record"
run 0 "the audit trail holds" $SG audit verify --db d.db
finish
