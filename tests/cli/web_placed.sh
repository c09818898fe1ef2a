#!/bin/sh
# Children placed in the area by other local authorities, through the API, the pages and
# the worklist: an emergency placement puts the placing authority's notice on the child's
# social worker's list, due 5 working days after the start
# (timescale.placement_notice_working_days); recording the notice takes it off; an end
# puts the end notice on it, due 10 working days later; the child's record and the area's
# list (/placements) show the placement; a partner and an analyst read none of it; bad
# saves are refused naming the field; the figures count it.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

export SAFEGUARD_TODAY=2026-12-03
demo_store d.db
set -- $(demo_login '^  social worker'); SW=$1; SW_PW=$2
"$SG" export json --db d.db --out all.json > /dev/null 2>&1
python3 - "$SW" > picks.txt <<'EOF2' || { not_ok "the social worker has a child"; finish; }
import json, sys
d = json.load(open("all.json"))
me = next(u for u in d["users"] if u["username"] == sys.argv[1])["professional_id"]
refs = {}
for r in d["referrals"]:
    refs.setdefault(r["child_id"], []).append(r)
plans = [p["child_id"] for p in d["cp_plans"] if p.get("key_worker_id") == me
         and "end_date" not in p and p["start_date"] < "2026-11-27"]
only = [c for c, rs in refs.items() if len(rs) == 1 and rs[0].get("social_worker_id") == me
        and rs[0]["received_date"] < "2026-11-27"]
placed = d.get("placements_in_area", [])
now = [p for p in placed if p["start_date"] <= "2026-12-03" and
       p.get("end_date", "9999") > "2026-12-03"]
print((plans or only)[0], len(placed), len(now), len({p["child_id"] for p in now}))
EOF2
read KID DEMO_N DEMO_NOW DEMO_KIDS < picks.txt
[ "$DEMO_N" -gt 10 ] && ok "the demo has $DEMO_N placements by other authorities" ||
	not_ok "the demo has placements by other authorities ($DEMO_N)"
figure() {	# the one-row figure $1 over 1 to 3 December 2026
	"$SG" report figures --db d.db --from 2026-12-01 --to 2026-12-03 --figure "$1" --json |
		python3 -c 'import json,sys; r=json.load(sys.stdin)["figures"][0]["rows"][0]; print(r["value"])'
}
equal "$(figure placed_in_area)" "$DEMO_KIDS" "the figure counts the children placed today"
TOK=$("$SG" user token --db d.db "$SW" 2> /dev/null)
serve d.db || finish
api() { http -H "Authorization: Bearer $TOK" -H 'Content-Type: application/json' "$@"; }
equal "$(api --data "{\"child_id\": $KID, \"placing_authority\": \"Northmoor Borough Council\", \
\"placement_kind\": \"childrens_home\", \"emergency\": true, \"start_date\": \"2026-11-27\"}" \
	"$WEB_BASE/api/v1/placements_in_area")" 201 "an emergency placement on Friday 27 November"
ID=$(sed -n 's/^{"id": *\([0-9]*\).*/\1/p' body.txt)
items() {
	"$SG" check --db d.db --json --as-of "$1" --user "$SW" > check.json
	python3 - "$ID" <<'EOF2'
import json, sys
d = json.load(open("check.json"))
for g in d["groups"]:
    for c in g["children"]:
        for i in c["items"]:
            if i["record_table"] == "placements_in_area" and i["record_id"] == int(sys.argv[1]):
                print(i["kind"], i["state"], i["target"])
EOF2
}
equal "$(items 2026-12-03)" "placement_notice due 2026-12-04" "the notice is on the worker's list, due 5 working days on"
equal "$(items 2026-12-07)" "placement_notice overdue 2026-12-04" "... overdue the next working day"
equal "$(figure placed_in_area)" "$((DEMO_KIDS + 1))" "the figure counts the child"
api -X GET "$WEB_BASE/api/v1/placements_in_area/$ID" > /dev/null
ETAG=$(header ETag)
equal "$(api -X PATCH -H "If-Match: $ETAG" --data '{"notified_date": "2026-12-03"}' \
	"$WEB_BASE/api/v1/placements_in_area/$ID")" 200 "the notice recorded"
equal "$(items 2026-12-07)" "" "... takes it off the list"
api -X GET "$WEB_BASE/api/v1/placements_in_area/$ID" > /dev/null
ETAG=$(header ETag)
equal "$(api -X PATCH -H "If-Match: $ETAG" --data '{"end_date": "2026-12-04"}' \
	"$WEB_BASE/api/v1/placements_in_area/$ID")" 200 "the placement ends on Friday 4 December"
equal "$(items 2026-12-18)" "placement_end_notice due 2026-12-18" "the end notice is due 10 working days on"
equal "$(items 2026-12-21)" "placement_end_notice overdue 2026-12-18" "... overdue after"
equal "$(api --data "{\"child_id\": $KID, \"placing_authority\": \"Northmoor\", \
\"placement_kind\": \"foster\", \"start_date\": \"2026-11-27\", \"end_date\": \"2026-11-26\"}" \
	"$WEB_BASE/api/v1/placements_in_area")" 422 "an end before the start is refused"
has body.txt 'a placement cannot end before it starts' "... saying why"
equal "$(api --data "{\"child_id\": $KID, \"placement_kind\": \"foster\", \"start_date\": \"2026-11-27\"}" \
	"$WEB_BASE/api/v1/placements_in_area")" 422 "a placement with no placing authority is refused"
has body.txt 'placing_authority' "... naming the field"
equal "$(api --data "{\"child_id\": $KID, \"placing_authority\": \"Northmoor\", \
\"placement_kind\": \"hotel\", \"start_date\": \"2026-11-27\"}" \
	"$WEB_BASE/api/v1/placements_in_area")" 422 "an unknown kind of placement is refused"
has body.txt 'childrens_home' "... listing the kinds"
login sw.jar "$SW" "$SW_PW" > /dev/null
equal "$(http -b sw.jar "$WEB_BASE/children/$KID")" 200 "the child's record"
has body.txt "id=\"placements_in_area-$ID\"" "... lists the placement"
has body.txt "/placements_in_area/$ID/edit" "... with its form"
has body.txt "Northmoor Borough Council" "... and the placing authority"
has body.txt "within 5 working days of an emergency placement" "... and the rule, from the setting"
equal "$(http -b sw.jar "$WEB_BASE/placements")" 200 "the area's list of placed children"
has body.txt "who live in the area today: $((DEMO_NOW + 1))." "... counts today's placements, ours too"
has body.txt "/children/$KID#placed" "... and lists ours, which ends tomorrow"
equal "$(http -b sw.jar "$WEB_BASE/worklist")" 200 "the worklist"
has body.txt 'href="/placements"' "... links to the list"
set -- $(demo_login 'Police Public Protection'); POL=$1; POL_PW=$2
PTOK=$("$SG" user token --db d.db "$POL" 2> /dev/null)
equal "$(http -H "Authorization: Bearer $PTOK" "$WEB_BASE/api/v1/placements_in_area/$ID")" 403 "a partner reads no placement"
login pol.jar "$POL" "$POL_PW" > /dev/null
equal "$(http -b pol.jar "$WEB_BASE/placements")" 403 "... nor the area's list"
set -- $(demo_login 'performance analyst'); ANA=$1
ATOK=$("$SG" user token --db d.db "$ANA" 2> /dev/null)
equal "$(http -H "Authorization: Bearer $ATOK" "$WEB_BASE/api/v1/placements_in_area?child_id=$KID")" 403 "an analyst reads no placement"
stop_server
run 0 "the figures" "$SG" report figures --db d.db --from 2026-04-01 --to 2027-03-31
has out.txt 'placement_notices_on_time: Placements notified in time' "... notices in time"
has out.txt 'placed_children_missing: Placed children who went missing' "... placed children missing"
finish
