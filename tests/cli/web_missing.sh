#!/bin/sh
# Missing episodes through the API and the worklist: a child's return from a missing
# episode puts the return interview on the child's social worker's list, due 72 hours
# after the return (timescale.return_interview_days); recording the offer takes it off;
# the child's record lists the episode; a partner reads none of it; the figures have
# their section "Missing children".
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
plans = [p["child_id"] for p in d["cp_plans"] if p.get("key_worker_id") == me
         and "end_date" not in p]
refs = {}
for r in d["referrals"]:
    refs.setdefault(r["child_id"], []).append(r)
only = [c for c, rs in refs.items() if len(rs) == 1 and rs[0].get("social_worker_id") == me]
print((plans or only)[0], len(d.get("missing_episodes", [])))
EOF2
read KID DEMO_N < picks.txt
[ "$DEMO_N" -gt 0 ] && ok "the demo has $DEMO_N missing episodes" || not_ok "the demo has missing episodes"
TOK=$("$SG" user token --db d.db "$SW" 2> /dev/null)
serve d.db || finish
api() { http -H "Authorization: Bearer $TOK" -H 'Content-Type: application/json' "$@"; }
equal "$(api --data "{\"child_id\": $KID, \"start_date\": \"2026-11-29\", \"return_date\": \"2026-11-30\"}" \
	"$WEB_BASE/api/v1/missing_episodes")" 201 "an episode recorded: back on Monday 30 November"
ID=$(sed -n 's/^{"id": *\([0-9]*\).*/\1/p' body.txt)
items() {
	"$SG" check --db d.db --json --as-of "$1" --user "$SW" > check.json
	python3 - "$ID" <<'EOF2'
import json, sys
d = json.load(open("check.json"))
for g in d["groups"]:
    for c in g["children"]:
        for i in c["items"]:
            if i["record_table"] == "missing_episodes" and i["record_id"] == int(sys.argv[1]):
                print(i["kind"], i["state"], i["target"])
EOF2
}
equal "$(items 2026-12-02)" "return_interview due 2026-12-03" "the interview is on the worker's list, due 72 hours later"
equal "$(items 2026-12-04)" "return_interview overdue 2026-12-03" "... overdue the day after"
api -X GET "$WEB_BASE/api/v1/missing_episodes/$ID" > /dev/null
ETAG=$(header ETag)
equal "$(api -X PATCH -H "If-Match: $ETAG" --data '{"interview_offered_date": "2026-12-03", "interview_accepted": true}' \
	"$WEB_BASE/api/v1/missing_episodes/$ID")" 200 "the offer recorded"
equal "$(items 2026-12-04)" "" "... takes it off the list"
equal "$(api --data "{\"child_id\": $KID, \"start_date\": \"2026-11-29\", \"return_date\": \"2026-11-28\"}" \
	"$WEB_BASE/api/v1/missing_episodes")" 422 "a return before the episode is refused"
has body.txt 'a child cannot return before going missing' "... saying why"
login sw.jar "$SW" "$SW_PW" > /dev/null
equal "$(http -b sw.jar "$WEB_BASE/children/$KID")" 200 "the child's record"
has body.txt "id=\"missing_episodes-$ID\"" "... lists the episode"
has body.txt "/missing_episodes/$ID/edit" "... with its form"
set -- $(demo_login 'Police Public Protection'); POL=$1
PTOK=$("$SG" user token --db d.db "$POL" 2> /dev/null)
equal "$(http -H "Authorization: Bearer $PTOK" "$WEB_BASE/api/v1/missing_episodes/$ID")" 403 "a partner reads none of it"
run 0 "the figures" "$SG" report figures --db d.db --from 2026-04-01 --to 2027-03-31
has out.txt 'return_interviews_72h: Return interviews offered within 72 hours' "... return interviews in time"
has out.txt 'missing_episodes: Missing episodes' "... episodes"
stop_server
finish
