#!/bin/sh
# Operation Encompass (/encompass), as the police, two schools' safeguarding leads and a
# social worker use it: a police officer records a notification to a child's school and
# it waits on their worklist until sent; once sent, the school's lead has it to read on
# theirs, sees it on their page and marks it read (audited), which takes it off; another
# school's lead sees none of it, and a notification of another school named to them is
# refused and audited; a partner of another kind records none; the social worker sees it
# on the child's record. The deadline counts school days: the term dates are a setting a
# test sets, a bad value is refused; the figures have their own section.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

export SAFEGUARD_TODAY=2026-12-03	# a Thursday
demo_store d.db
set -- $(demo_login 'Police Public Protection'); POL=$1; POL_PW=$2
set -- $(demo_login 'school designated safeguarding lead'); LEAD=$1; LEAD_PW=$2
set -- $(demo_login '^  social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'partner agency practitioner .*Surgery'); GP=$1; GP_PW=$2
"$SG" export json --db d.db --out all.json > /dev/null 2>&1
# The lead's school and a pupil of primary age; another school's lead (a professional of
# another school, made a user); the demo's own count of notifications.
python3 - "$LEAD" > picks.txt <<'EOF' || { not_ok "the demo has schools and pupils"; finish; }
import json, sys
d = json.load(open("all.json"))
pros = {p["id"]: p for p in d["professionals"]}
lead = next(u for u in d["users"] if u["username"] == sys.argv[1])
school = pros[lead["professional_id"]]["agency_id"]
other = next(p for p in d["professionals"] if p["role"] == "designated_safeguarding_lead"
             and p["agency_id"] != school)
kid = next(c for c in reversed(d["children"]) if c.get("birth_date", "0")[:4] in ("2017", "2018")
           and "death_date" not in c and c.get("given_name"))
print(school, other["id"], other["agency_id"], kid["id"], kid["la_child_id"], kid["given_name"],
      len(d.get("encompass_notifications", [])))
EOF
read SCHOOL OTHER_PRO OTHER_SCHOOL KID KID_LA KID_NAME DEMO_N < picks.txt
[ "$DEMO_N" -gt 0 ] && ok "the demo has $DEMO_N notifications" || not_ok "the demo has notifications"
echo "other school lead 7 password" | "$SG" user add --db d.db lead2 --role school_lead \
	--professional "$OTHER_PRO" --password-stdin > /dev/null 2>&1
echo "lookup worker password 7" | "$SG" user password --db d.db "$SW" > /dev/null 2>&1

# ---- Term dates: a setting, checked ----
run 2 "a holiday that is not a date is refused" "$SG" settings set --db d.db \
	timescale.school_holidays "half term" --from 2026-12-01 --backdate
has err.txt 'is not a list of holidays' "... saying what a holiday list is"
run 0 "the Christmas holidays from 19 December" "$SG" settings set --db d.db \
	timescale.school_holidays "2026-12-19..2027-01-04" --from 2026-12-01 --backdate
run 2 "a school day start that is not a time is refused" "$SG" settings set --db d.db \
	timescale.school_day_start "9am" --from 2026-12-01 --backdate
has err.txt 'is not a time of day' "... saying so"

count() { "$SG" summary --db d.db | awk '$1 == "encompass_notifications" { print $2 }'; }
serve d.db || finish
login pol.jar "$POL" "$POL_PW" > /dev/null
login lead.jar "$LEAD" "$LEAD_PW" > /dev/null
login lead2.jar lead2 "other school lead 7 password" > /dev/null
login sw.jar "$SW" "lookup worker password 7" > /dev/null
login gp.jar "$GP" "$GP_PW" > /dev/null
PCSRF=$(page_csrf pol.jar); LCSRF=$(page_csrf lead.jar); L2CSRF=$(page_csrf lead2.jar)

# ---- The police record a notification ----
equal "$(http -b pol.jar "$WEB_BASE/encompass")" 200 "the police's Operation Encompass page"
has body.txt 'Notify a school' "... with the form to notify a school"
has body.txt 'href="/encompass"' "... in the menu"
notify() {
	http -b pol.jar --data-urlencode "csrf=$PCSRF" --data-urlencode "child=$1" \
		--data-urlencode "school_id=$2" --data-urlencode "police_reference=$3" \
		--data-urlencode "incident_date-day=$4" --data-urlencode "incident_date-month=12" \
		--data-urlencode "incident_date-year=2026" --data-urlencode "incident_time=$5" \
		--data-urlencode "child_present=true" --data-urlencode "send=$6" "$WEB_BASE/encompass"
}
n=$(count)
equal "$(notify "" "$SCHOOL" DA/2026/900001 2 21:30 later)" 200 "no child: the form again"
has body.txt 'Enter the child&#39;s local id' "... naming the field"
has body.txt 'There is a problem' "... in an error summary"
equal "$(notify NOSUCH1 "$SCHOOL" DA/2026/900001 2 21:30 later)" 200 "a local id no child has"
has body.txt 'no child has this id' "... is refused"
equal "$(notify "$KID_LA" 1 DA/2026/900001 2 21:30 later)" 200 "an agency that is not a school"
has body.txt 'Choose the child&#39;s school from the list' "... is refused"
equal "$(notify "$KID_LA" "$SCHOOL" DA/2026/900001 2 25:30 later)" 200 "a time that is not one"
has body.txt 'is not a time of day' "... is refused in the record layer's words"
equal "$(count)" "$n" "... and none of it saved anything"
equal "$(notify "$KID_LA" "$SCHOOL" DA/2026/900001 2 21:30 later)" 303 "a notification recorded, to send later"
ID=$(header Location | sed -n 's/.*#encompass-\([0-9]*\)$/\1/p')
equal "$(count)" "$((n + 1))" "... saved"
"$SG" check --db d.db --json --as-of 2026-12-03 > check.json
python3 - "$ID" > due.txt <<'EOF'
import json, sys
d = json.load(open("check.json"))
for g in d["groups"]:
    for c in g["children"]:
        for i in c["items"]:
            if i["record_table"] == "encompass_notifications" and i["record_id"] == int(sys.argv[1]):
                print(i["kind"], i["state"], i["target"], i["unit"])
EOF
has due.txt 'encompass_sent due 2026-12-03 school_days' "due before the school day starts on Thursday"
equal "$(http -b pol.jar "$WEB_BASE/worklist")" 200 "the police's worklist"
has body.txt "/encompass#encompass-$ID\"" "... lists it to send, linked to their page"
equal "$(http -b pol.jar --data-urlencode "csrf=$PCSRF" --data-urlencode "id=$ID" \
	"$WEB_BASE/encompass/sent")" 303 "the police send it"
equal "$(http -b pol.jar "$WEB_BASE/worklist")" 200 "... and it is off their worklist"
lacks body.txt "/encompass#encompass-$ID\"" "... "

# ---- The school's lead reads it ----
equal "$(http -b lead.jar "$WEB_BASE/encompass")" 200 "the school lead's page"
has body.txt 'DA/2026/900001' "... lists their pupil's notification"
has body.txt "$KID_NAME" "... naming the pupil"
has body.txt 'Mark as read' "... to mark read"
equal "$(http -b lead.jar "$WEB_BASE/worklist")" 200 "the school lead's worklist"
has body.txt "/encompass#encompass-$ID\"" "... has it to read"
equal "$(http -b lead2.jar "$WEB_BASE/encompass")" 200 "another school's lead"
lacks body.txt 'DA/2026/900001' "... sees nothing of it"
lacks body.txt "$KID_NAME" "... not the child's name"
equal "$(http -b lead2.jar "$WEB_BASE/worklist")" 200 "... nor on their worklist"
lacks body.txt "encompass-$ID\"" "... "
equal "$(http -b lead2.jar --data-urlencode "csrf=$L2CSRF" --data-urlencode "id=$ID" \
	"$WEB_BASE/encompass/read")" 403 "another school's lead cannot mark it read"
"$SG" audit show --db d.db --action refused --limit 5 > refused.txt
has refused.txt 'lead2' "... refused, and audited"
equal "$(http -b gp.jar "$WEB_BASE/encompass")" 403 "a GP practice records no notification"
equal "$(http -b lead.jar --data-urlencode "csrf=$LCSRF" --data-urlencode "id=$ID" \
	"$WEB_BASE/encompass/read")" 303 "the lead marks it read"
"$SG" export json --db d.db --out after.json > /dev/null 2>&1
python3 - "$ID" > read.txt <<'EOF'
import json, sys
d = json.load(open("after.json"))
e = next(x for x in d["encompass_notifications"] if x["id"] == int(sys.argv[1]))
print("read", e.get("read_date"), "by", "yes" if e.get("read_by_id") else "no", "sent", e.get("sent_date"))
EOF
has read.txt 'read 2026-12-03 by yes sent 2026-12-03' "... the day and who, as the page recorded them"
"$SG" audit show --db d.db --limit 5 > audit.txt
has audit.txt 'encompass_notifications' "... an audited change"
equal "$(http -b lead.jar "$WEB_BASE/worklist")" 200 "... and it is off the lead's worklist"
lacks body.txt "/encompass#encompass-$ID\"" "... "

# ---- The social worker sees it on the child's record ----
equal "$(http -b sw.jar "$WEB_BASE/children/$KID")" 200 "the child's record"
has body.txt 'id="encompass"' "... has its Operation Encompass section"
has body.txt 'DA/2026/900001' "... with the notification"
equal "$(http -b lead.jar "$WEB_BASE/children/$KID")" 403 "the school lead reads no child's record"

# ---- The holidays move the deadline; the figures have their section ----
TOK=$("$SG" user token --db d.db "$SW" 2> /dev/null)
equal "$(http -H "Authorization: Bearer $TOK" -H 'Content-Type: application/json' --data \
	"{\"child_id\": $KID, \"school_id\": $SCHOOL, \"police_agency_id\": 1, \"police_reference\": \"DA/2026/900002\", \"incident_date\": \"2026-12-18\", \"incident_time\": \"20:00\", \"child_present\": false}" \
	"$WEB_BASE/api/v1/encompass_notifications")" 201 "a notification through the API, on the last day of term"
ID2=$(sed -n 's/^{"id": *\([0-9]*\).*/\1/p' body.txt)
"$SG" check --db d.db --json --as-of 2026-12-18 --days 20 > check.json
python3 - "$ID2" > due.txt <<'EOF'
import json, sys
d = json.load(open("check.json"))
for g in d["groups"]:
    for c in g["children"]:
        for i in c["items"]:
            if i["record_table"] == "encompass_notifications" and i["record_id"] == int(sys.argv[1]):
                print(i["kind"], i["state"], i["target"])
EOF
has due.txt 'encompass_sent due 2027-01-05' "... due on the first day of the new term"
run 0 "the figures" "$SG" report figures --db d.db --from 2026-04-01 --to 2027-03-31
has out.txt 'encompass_read_on_time: Notifications read before the next school day' "... read on time"
has out.txt 'encompass_by_school: Notifications read on time, by school' "... by school"
stop_server
finish
