#!/bin/sh
# Read your own writes while others save (issue 9): a save waits for no reread of the
# whole area, yet the child's record shows what was saved at once. While three clients
# save contacts of other children through the API as fast as they can, a social worker
# records visit after visit of one child and each time the child's record (theirs, and a
# team manager's) already lists the new visit; a referral saved through the form shows
# on the record the form leads back to; every save is stored, the records still show
# once the area in memory has caught up, and the audit trail holds.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
"$SG" export json --db d.db > all.json
# The plans not ended: "PLAN CHILD" a line. X, on the last of them, is visited.
awk '/^"cp_plans": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json | grep '^{' |
	grep -v '"end_date"' | sed -n 's/^{"id": \([0-9]*\), "child_id": \([0-9]*\),.*/\1 \2/p' > plans.txt
set -- $(tail -n 1 plans.txt); P=${1:-}; X=${2:-}
# The others: children with referrals, none restricted.
section() { awk -v s="\"$1\": [" 'index($0, s) == 1 { on = 1; next } /^"/ { on = 0 } on' all.json |
	sed -n 's/.*"child_id": \([0-9]*\),.*/\1/p' | sort -un; }
section restrictions > restricted.txt
section referrals | grep -vxF -f restricted.txt | grep -vx "$X" | head -n 30 > others.txt
[ -n "$X" ] && [ "$(wc -l < others.txt)" -ge 10 ] ||
	{ not_ok "the demo has children on plans"; finish; }
serve d.db || finish
token() { "$SG" user token --db d.db "$1" 2> token.err | head -n 1; }
SW_T=$(token "$SW")
login sw.jar "$SW" "$SW_PW" > /dev/null
login mgr.jar "$MGR" "$MGR_PW" > /dev/null
CSRF=$(page_csrf sw.jar)
TODAY=$(date +%Y-%m-%d)
api() { curl -s -o "$1" -w '%{http_code}\n' -H "Authorization: Bearer $SW_T" \
	-H 'Content-Type: application/json' -X POST --data "$2" "$WEB_BASE/api/v1/$3"; }
contacts() { "$SG" summary --db d.db | awk '$1 == "contacts" { print $2 }'; }
ME=$(curl -s -H "Authorization: Bearer $SW_T" "$WEB_BASE/api/v1/me" |
	sed -n 's/.*"professional_id": *\([0-9]*\).*/\1/p')
BEFORE=$(contacts)

# The load: three clients, each saving a contact for each of the other children, twice.
load() {
	for round in 1 2; do
		while read -r c; do
			api "load$1.json" '{"child_id": '"$c"', "received_date": "'"$TODAY"'", "source": "2A", "outcome": "advice"}' contacts
		done < others.txt
	done > "load$1.txt"
}
load 1 & L1=$!
load 2 & L2=$!
load 3 & L3=$!

seen=0 seen_mgr=0 n=0
for i in 1 2 3 4 5 6 7 8; do
	st=$(api visit.json '{"child_id": '"$X"', "plan_id": '"$P"', "visit_date": "'"$TODAY"'", "professional_id": '"${ME:-1}"', "seen": true, "seen_alone": false}' visits)
	[ "$st" = 201 ] || { not_ok "visit $i: saved (201): got $st: $(cat visit.json)"; continue; }
	n=$((n + 1))
	V=$(sed -n 's/^{"id": \([0-9]*\),.*/\1/p' visit.json)
	echo "$V" >> visits.txt
	http -b sw.jar "$WEB_BASE/children/$X" > /dev/null
	grep -q "id=\"visits-$V\"" body.txt && seen=$((seen + 1))
	http -b mgr.jar "$WEB_BASE/children/$X" > /dev/null
	grep -q "id=\"visits-$V\"" body.txt && seen_mgr=$((seen_mgr + 1))
done
equal "$n" 8 "eight visits saved through the API while others save"
equal "$seen" 8 "... each on the child's record the moment it is saved"
equal "$seen_mgr" 8 "... for another person too"

# The form: a referral saved, and the record it leads back to shows it.
d() { echo "$1-day=$2&$1-month=$3&$1-year=$4"; }
set -- $(echo "$TODAY" | tr '-' ' ')
equal "$(http -b sw.jar --data "csrf=$CSRF&$(d received_date "$3" "$2" "$1")&source=1A&nfa=false" \
	"$WEB_BASE/children/$X/referrals")" 303 "a referral saved through the form (303)"
loc=$(header Location)
R=$("$SG" audit show --db d.db --user "$SW" --action create --limit 500 --json |
	sed -n 's/.*"table": "referrals", "record_id": \([0-9]*\).*/\1/p' | head -n 1)
http -b sw.jar "$WEB_BASE$loc" > /dev/null
has body.txt "id=\"referrals-$R\"" "... is on the record the form leads back to"
has body.txt 'govuk-notification-banner--success' "... which says it was saved"

wait $L1 $L2 $L3
equal "$(cat load1.txt load2.txt load3.txt | grep -c '^201$')" 180 "the 180 contacts of the load were saved (201)"
equal "$(contacts)" "$((BEFORE + 180))" "... and are all in the store"

# Once the area in memory has caught up (its reader polls four times a second), the
# record, now built from it, still shows every visit; and the person's worklist answers.
sleep 2
http -b sw.jar "$WEB_BASE/children/$X" > /dev/null
all=0
while read -r V; do grep -q "id=\"visits-$V\"" body.txt && all=$((all + 1)); done < visits.txt
equal "$all" 8 "the record shows the eight visits from the area in memory too"
has body.txt "id=\"referrals-$R\"" "... and the referral"
equal "$(http -H "Authorization: Bearer $SW_T" "$WEB_BASE/api/v1/worklist")" 200 \
	"the social worker's worklist answers after their saves"
stop_server
run 0 "audit verify: the trail is whole after the saves" "$SG" audit verify --db d.db
finish
