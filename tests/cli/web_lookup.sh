#!/bin/sh
# The health lookup (/lookup), as a hospital's professional and the child's social worker
# use it: an NHS number and a date of birth answer "on a child protection plan", "looked
# after" or "not known" with whom to call (lookup.contact) and nothing else about the
# child; a number with the wrong date of birth is not known; bad input is refused with
# the field named, and changes nothing; every lookup is audited with the number masked;
# the 31st lookup in an hour is refused. A lookup that finds a child is recorded, the
# child's worker has it due on their worklist, and acknowledging it on the child's page
# (a CSRF-protected POST, audited) takes it off.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'hospital lookup'); HL=$1; HL_PW=$2
"$SG" export json --db d.db --out all.json > /dev/null 2>&1
# A child on a plan (with its key worker), a child looked after and not on a plan, and a
# valid NHS number no child has.
python3 - > picks.txt <<'EOF' || { not_ok "the demo has children on plans and in care"; finish; }
import json
d = json.load(open("all.json"))
kids = {c["id"]: c for c in d["children"]}
users = {u["professional_id"]: u for u in d["users"] if "professional_id" in u}
looked = {k["child_id"] for k in d.get("health_lookups", [])}	# the demo's own
plans = [p for p in d["cp_plans"] if "end_date" not in p and p.get("key_worker_id") in users
         and p["child_id"] not in looked
         and kids[p["child_id"]].get("nhs_number") and kids[p["child_id"]].get("birth_date")]
on_plan = {p["child_id"] for p in d["cp_plans"] if "end_date" not in p}
care = [c for c in d["care_periods"] if "end_date" not in c and c["child_id"] not in on_plan
        and kids[c["child_id"]].get("nhs_number") and kids[c["child_id"]].get("birth_date")]
p, c = plans[0], kids[plans[0]["child_id"]]
l = kids[care[0]["child_id"]]
taken = {k.get("nhs_number") for k in kids.values()}
def valid(n):
    s = sum(int(n[i]) * (10 - i) for i in range(9))
    k = (11 - s % 11) % 11
    return None if k == 10 else n + str(k)
free = next(v for v in (valid("999%06d" % i) for i in range(999999, 0, -1)) if v and v not in taken)
print(c["id"], c["nhs_number"], c["birth_date"], c.get("given_name", "-"), c.get("family_name", "-"),
      users[p["key_worker_id"]]["username"], l["nhs_number"], l["birth_date"], free)
EOF
read PLAN_ID PLAN_NHS PLAN_DOB PLAN_GIVEN PLAN_FAMILY SW LAC_NHS LAC_DOB FREE_NHS < picks.txt
echo "lookup worker password 7" | "$SG" user password --db d.db "$SW" > /dev/null 2>&1
run 0 "the contact is a setting" "$SG" settings set --db d.db lookup.contact \
	"the Front Door team on 0100 496 0000"
serve d.db || finish
login hl.jar "$HL" "$HL_PW" > /dev/null
CSRF=$(page_csrf hl.jar)
lookups() { "$SG" summary --db d.db | awk -v n="$DEMO_LOOKUPS" '$1 == "health_lookups" { print $2 - n }'; }
DEMO_LOOKUPS=0
DEMO_LOOKUPS=$(lookups)
equal "$DEMO_LOOKUPS" 1 "the demo has made a lookup"
has logins.txt 'As the hospital lookup, try NHS number 999 ' "... and says what to look up"

# GOV.UK's date input: day, month, year; the number as typed, spaces and all.
ask() {
	y=${2%%-*}; rest=${2#*-}; m=${rest%%-*}; d=${rest#*-}
	http -b hl.jar --data-urlencode "csrf=$CSRF" --data-urlencode "nhs_number=$1" \
		--data-urlencode "birth-day=${3:-$d}" --data-urlencode "birth-month=${4:-$m}" \
		--data-urlencode "birth-year=${5:-$y}" "$WEB_BASE/lookup"
}
spaced() { echo "$1" | sed 's/^\(...\)\(...\)/\1 \2 /'; }

equal "$(http -b hl.jar "$WEB_BASE/")" 303 "the hospital's start page ..."
equal "$(header Location)" /lookup "... is the lookup"
equal "$(http -b hl.jar "$WEB_BASE/lookup")" 200 "the lookup form"
has body.txt 'name="birth-day"' "... with the date of birth as three boxes"
has body.txt 'Look up a child' "... in the menu"

# ---- The three answers ----
equal "$(ask "$(spaced "$PLAN_NHS")" "$PLAN_DOB")" 200 "a child on a plan, the number typed with spaces"
has body.txt 'On a child protection plan' "... is on a child protection plan"
has body.txt 'the Front Door team on 0100 496 0000' "... with the team to call"
lacks body.txt "$PLAN_FAMILY" "... and not the child's family name"
lacks body.txt "$PLAN_GIVEN" "... nor given name"
lacks body.txt "$PLAN_NHS" "... nor the whole NHS number"
equal "$(lookups)" 1 "... and the lookup is recorded"
equal "$(ask "$LAC_NHS" "$LAC_DOB")" 200 "a child looked after"
has body.txt '>Looked after<' "... is looked after"
equal "$(lookups)" 2 "... recorded"
equal "$(ask "$FREE_NHS" 2019-03-27)" 200 "a number no child has"
has body.txt '>Not known<' "... is not known"
equal "$(ask "$PLAN_NHS" 2001-01-01)" 200 "the plan's child's number with another date of birth"
has body.txt '>Not known<' "... is not known"
lacks body.txt 'protection plan</h2>' "... and does not say the child is on a plan"
equal "$(lookups)" 2 "a child not known is not recorded"

# ---- Bad input: the field named, nothing changed ----
n=$("$SG" audit show --db d.db --action "health lookup" --limit 1000 | grep -c 'health lookup')
bad() {
	equal "$(ask "$1" "$2" "${4:-}" "${5:-}" "${6:-}")" 200 "$3"
	has body.txt "$7" "... says: $7"
	has body.txt 'There is a problem' "... in an error summary"
}
bad "" "$PLAN_DOB" "no NHS number" "" "" "" "Enter the child&#39;s NHS number"
bad "12345" "$PLAN_DOB" "too few digits" "" "" "" "NHS number must be 10 digits"
bad "943476591X" "$PLAN_DOB" "a letter in the number" "" "" "" "NHS number must be 10 digits"
bad "9434765918" "$PLAN_DOB" "a wrong check digit" "" "" "" "is not a valid NHS number"
bad "$PLAN_NHS" "$PLAN_DOB" "no month" "16" " " "2019" "Date of birth must include a month"
bad "$PLAN_NHS" "$PLAN_DOB" "no date at all" " " " " " " "Enter the child&#39;s date of birth"
bad "$PLAN_NHS" "$PLAN_DOB" "30 February" "30" "2" "2019" "Date of birth must be a real date"
bad "$PLAN_NHS" "$PLAN_DOB" "a two-digit year" "1" "2" "19" "Year must include 4 numbers"
bad "$PLAN_NHS" "$PLAN_DOB" "a birth in the future" "1" "2" "2099" "today or in the past"
has body.txt 'value="2099"' "... and what was typed is kept"
equal "$(lookups)" 2 "bad input records nothing"
equal "$("$SG" audit show --db d.db --action "health lookup" --limit 1000 | grep -c 'health lookup')" \
	"$n" "... and is no lookup"

# ---- The audit trail ----
"$SG" audit show --db d.db --action "health lookup" --user "$HL" --json > audit.json
equal "$(grep -o '"action": *"health lookup"' audit.json | wc -l | tr -d ' ')" 4 \
	"every lookup is in the audit trail, with who made it"
has audit.json "******$(echo "$PLAN_NHS" | cut -c7-10)" "... the NHS number masked"
lacks audit.json "$PLAN_NHS" "... never whole"
has audit.json 'cp_plan' "... and the answer"
has audit.json 'not_known' "... a not known one too"

# ---- The social worker: due on the worklist, acknowledged on the child's page ----
login sw.jar "$SW" "lookup worker password 7" > /dev/null
SW_CSRF=$(page_csrf sw.jar)
equal "$(http -b sw.jar "$WEB_BASE/children/$PLAN_ID")" 200 "the child's page"
has body.txt 'Health lookups' "... has the lookups section"
has body.txt "$HL" "... saying who looked the child up"
LK=$(sed -n "s|.*action=\"/children/$PLAN_ID/lookups/\([0-9]*\)\".*|\1|p" body.txt | head -n 1)
equal "$(http -b sw.jar "$WEB_BASE/worklist")" 200 "the child's key worker's worklist"
has body.txt 'health lookup of' "... has the lookup to acknowledge"
has body.txt "/children/$PLAN_ID#health_lookups-$LK\"" "... linked to it on the child's page"
tr '<' '\n' < body.txt | grep -A 12 "#health_lookups-$LK\"" > item.txt
has item.txt 'sg-nowrap">due' "... due (within one working day)"
equal "$(http -b sw.jar --data "csrf=0000" "$WEB_BASE/children/$PLAN_ID/lookups/$LK")" 403 \
	"acknowledging without the CSRF token: 403"
equal "$(http -b hl.jar --data "csrf=$CSRF" "$WEB_BASE/children/$PLAN_ID/lookups/$LK")" 403 \
	"the hospital cannot acknowledge it"
equal "$(http -b hl.jar "$WEB_BASE/children/$PLAN_ID")" 403 "... nor open the child's record"
equal "$(http -b sw.jar --data "csrf=$SW_CSRF" "$WEB_BASE/children/$PLAN_ID/lookups/$LK")" 303 \
	"the social worker acknowledges it"
http -b sw.jar "$WEB_BASE/children/$PLAN_ID" > /dev/null
has body.txt 'Acknowledged' "... the child's page says so"
http -b sw.jar "$WEB_BASE/worklist" > /dev/null
lacks body.txt "#health_lookups-$LK\"" "... and it is off the worklist"
"$SG" audit show --db d.db --action change --user "$SW" > change.txt
has change.txt 'health_lookups' "... an audited change"

# ---- At most 30 lookups an hour ----
i=4
while [ $i -lt 29 ]; do ask "$FREE_NHS" 2019-03-27 > /dev/null; i=$((i + 1)); done
equal "$(ask "$FREE_NHS" 2019-03-27)" 200 "the 30th lookup in an hour is answered"
equal "$(ask "$FREE_NHS" 2019-03-27)" 429 "the 31st is refused"
has body.txt 'You have made too many lookups' "... with a page saying why"
has body.txt 'the Front Door team on 0100 496 0000' "... and whom to call meanwhile"
"$SG" audit show --db d.db --action refused --user "$HL" > refused.txt
has refused.txt '/lookup' "... audited as refused"
stop_server
run 0 "the audit trail holds" "$SG" audit verify --db d.db
finish
