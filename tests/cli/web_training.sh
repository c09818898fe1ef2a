#!/bin/sh
# Training (issue 11, point 5) through the pages and the API: the training administrator
# (a senior manager) adds a course and sessions; a police officer books places for their
# own force on a session with two places, and no more than two; a partner reads and writes
# only their own agency's bookings, and never marks attendance or sets a fee; a late
# cancellation is charged the fee, an early one is free; a session held with its register
# unmarked is on the administrator's list, overdue after timescale.training_register_
# working_days; the register marks each booking, charging training.non_attendance_fee_
# pounds for a place not attended; and each figure of the section "Training" moves.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

export SAFEGUARD_TODAY=2026-12-03
demo_store d.db
"$SG" summary --db d.db > summary.txt
has summary.txt "training_courses" "the demo has training courses"
set -- $(demo_login '^  senior manager'); SM=$1; SM_PW=$2
set -- $(demo_login 'Police Public Protection'); POL=$1; POL_PW=$2
set -- $(demo_login 'Health Visiting'); HV=$1
"$SG" export json --db d.db --out all.json > /dev/null 2>&1
python3 - "$POL" "$HV" > picks.txt <<'EOF2' || { not_ok "the demo's agencies"; finish; }
import json, sys
d = json.load(open("all.json"))
def agency(u):
    p = next(x for x in d["users"] if x["username"] == u)["professional_id"]
    return next(x for x in d["professionals"] if x["id"] == p)["agency_id"]
print(agency(sys.argv[1]), agency(sys.argv[2]), len(d.get("training_bookings", [])))
EOF2
read POL_AG HV_AG DEMO_N < picks.txt
[ "$DEMO_N" -gt 100 ] && ok "the demo has $DEMO_N bookings" || not_ok "the demo has bookings"
STOK=$("$SG" user token --db d.db "$SM" 2> /dev/null)
PTOK=$("$SG" user token --db d.db "$POL" 2> /dev/null)
HTOK=$("$SG" user token --db d.db "$HV" 2> /dev/null)
# The attendance rate of November, as "(attended / recorded)".
attendance() {
	"$SG" report figures --db d.db --from 2026-11-01 --to 2026-11-30 --figure \
		training_attendance | sed -n 's/.*(\([0-9]*\) \/ \([0-9]*\)).*/\1 \2/p' | head -n 1
}
# December's cancellations, "free late", before and after the test's.
cancellations() {
	"$SG" report figures --db d.db --from 2026-12-01 --to 2026-12-31 --figure \
		training_cancellations > f2.txt
	echo $(sed -n 's/^  with notice, free: \([0-9]*\);.*/\1/p; s/^  late, the fee applies: \([0-9]*\);.*/\1/p' f2.txt)
}
set -- $(cancellations); FREE0=$1; LATE0=$2
serve d.db || finish
api() { tok=$1; shift; http -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' "$@"; }
field() { python3 -c "import json,sys; print(json.load(open('body.txt')).get('$1', ''))"; }

# The course, by the administrator's page form; a partner may not add one.
login sm.jar "$SM" "$SM_PW" > /dev/null
CSRF=$(page_csrf sm.jar)
equal "$(http -b sm.jar --data "csrf=$CSRF&title=Test+course&level=basic&audience=All" \
	"$WEB_BASE/training/courses")" 303 "the administrator adds a course"
COURSE=$(header Location | sed -n 's/.*course-\([0-9]*\)$/\1/p')
login pol.jar "$POL" "$POL_PW" > /dev/null
PCSRF=$(page_csrf pol.jar)
equal "$(http -b pol.jar --data "csrf=$PCSRF&title=Police+course&level=basic" \
	"$WEB_BASE/training/courses")" 403 "a partner adds no course"
equal "$(api "$PTOK" --data "{\"course_id\": $COURSE, \"session_date\": \"2026-12-21\", \"start_time\": \"09:30\", \"online\": true, \"places\": 2}" \
	"$WEB_BASE/api/v1/training_sessions")" 403 "... nor a session"
equal "$(api "$STOK" --data "{\"course_id\": $COURSE, \"session_date\": \"2026-12-21\", \"start_time\": \"9.30\", \"online\": true, \"places\": 2}" \
	"$WEB_BASE/api/v1/training_sessions")" 422 "a start time that is not HH:MM is refused"
has body.txt 'is not a time of day' "... saying why"
equal "$(api "$STOK" --data "{\"course_id\": $COURSE, \"session_date\": \"2026-12-21\", \"start_time\": \"09:30\", \"online\": true, \"places\": 2}" \
	"$WEB_BASE/api/v1/training_sessions")" 201 "the administrator adds a session of two places on 21 December"
SESS=$(field id)

# Places: two booked by the police officer's form, the third refused.
book() { http -b pol.jar --data "csrf=$PCSRF&given_name=$1&family_name=Officer&email=$1@police.example" \
	"$WEB_BASE/training/sessions/$SESS/book"; }
equal "$(book Alice)" 303 "the officer books a place"
ALICE=$(header Location | sed -n 's/.*booking-\([0-9]*\)$/\1/p')
equal "$(book Bob)" 303 "... and a second"
BOB=$(header Location | sed -n 's/.*booking-\([0-9]*\)$/\1/p')
equal "$(book Carol)" 200 "a third is refused: the session has two places"
has body.txt 'the session is full' "... saying why"
equal "$(http -b pol.jar "$WEB_BASE/training/sessions/$SESS")" 200 "the session's page"
has body.txt 'Places left</dt><dd class="govuk-summary-list__value">0' "... no place left"
has body.txt 'Alice Officer' "... the officer's bookings"
api "$STOK" -X GET "$WEB_BASE/api/v1/training_bookings/$ALICE" > /dev/null
equal "$(field agency_id)" "$POL_AG" "the booking is of the officer's own force"

# Need-to-know: another agency's partner sees none of the force's people.
equal "$(api "$HTOK" -X GET "$WEB_BASE/api/v1/training_bookings/$ALICE")" 403 "a health visitor reads no booking of the police"
api "$HTOK" -X GET "$WEB_BASE/api/v1/training_bookings" > /dev/null
python3 - "$HV_AG" <<'EOF2' && ok "... and lists only their own agency's bookings" || not_ok "... and lists only their own agency's bookings"
import json, sys
rows = json.load(open("body.txt"))["training_bookings"]
sys.exit(0 if rows and all(r["agency_id"] == int(sys.argv[1]) for r in rows) else 1)
EOF2
lacks body.txt 'Alice' "... never the officer's Alice"
set -- $(demo_login 'Health Visiting'); login hv.jar "$1" "$2" > /dev/null
http -b hv.jar "$WEB_BASE/training/sessions/$SESS" > /dev/null
lacks body.txt 'Alice Officer' "the session's page shows a health visitor none of the police's people"
http -b hv.jar "$WEB_BASE/training/bookings?agency_id=$POL_AG" > /dev/null
lacks body.txt 'Alice Officer' "... nor does the police's list of bookings, asked for by its id"
http -b pol.jar "$WEB_BASE/training/bookings" > /dev/null
has body.txt 'Alice Officer' "the officer's own agency's bookings list Alice"
http -b sm.jar "$WEB_BASE/training/bookings?agency_id=$POL_AG" > /dev/null
has body.txt 'Alice Officer' "the administrator chooses the police's bookings"
has body.txt 'name="agency_id"' "... from a list of the agencies"
equal "$(api "$HTOK" --data "{\"session_id\": $SESS, \"given_name\": \"Dan\", \"family_name\": \"Visitor\", \"agency_id\": $POL_AG, \"booked_date\": \"2026-12-03\", \"status\": \"booked\"}" \
	"$WEB_BASE/api/v1/training_bookings")" 403 "a partner books for no other agency"
has body.txt 'own agency only' "... saying why"
api "$PTOK" -X GET "$WEB_BASE/api/v1/training_bookings/$BOB" > /dev/null
ETAG=$(header ETag)
equal "$(api "$PTOK" -X PATCH -H "If-Match: $ETAG" --data '{"status": "attended"}' \
	"$WEB_BASE/api/v1/training_bookings/$BOB")" 403 "a partner marks no attendance"
equal "$(api "$PTOK" -X PATCH -H "If-Match: $ETAG" --data '{"status": "cancelled"}' \
	"$WEB_BASE/api/v1/training_bookings/$BOB")" 422 "a cancellation needs its date"
has body.txt 'a cancelled booking needs the date it was cancelled' "... saying so"

# 21 December is 12 working days away: with the 5 working days' notice of the default a
# cancellation is free; with 15 asked, it is late and charged the fee.
equal "$(http -b pol.jar --data "csrf=$PCSRF&booking_id=$BOB" "$WEB_BASE/training/sessions/$SESS/cancel")" 303 \
	"the officer cancels a place from the session's page"
api "$STOK" -X GET "$WEB_BASE/api/v1/training_bookings/$BOB" > /dev/null
equal "$(field status) $(field fee_applies)" "cancelled False" "... 12 working days ahead: free"
stop_server
run 0 "the notice set to 15 working days" "$SG" settings set --db d.db --from 2026-12-01 \
	--backdate timescale.training_free_cancellation_working_days 15
serve d.db || finish
equal "$(http -b pol.jar --data "csrf=$PCSRF&booking_id=$ALICE" "$WEB_BASE/training/sessions/$SESS/cancel")" 303 \
	"with 15 working days' notice asked, the next cancellation"
api "$STOK" -X GET "$WEB_BASE/api/v1/training_bookings/$ALICE" > /dev/null
equal "$(field status) $(field fee_applies) $(field fee_pounds)" "cancelled True 50" "... is late: charged the fee"

# The register: a session held on 20 November, two people booked, unmarked.
set -- $(attendance); ATT0=$1; REC0=$2
equal "$(api "$STOK" --data "{\"course_id\": $COURSE, \"session_date\": \"2026-11-20\", \"start_time\": \"09:30\", \"venue\": \"Town Hall\", \"online\": false, \"places\": 20}" \
	"$WEB_BASE/api/v1/training_sessions")" 201 "a session held on 20 November"
HELD=$(field id)
for who in Erin Frank; do
	api "$STOK" --data "{\"session_id\": $HELD, \"given_name\": \"$who\", \"family_name\": \"Held\", \"agency_id\": $POL_AG, \"booked_date\": \"2026-11-02\", \"status\": \"booked\"}" \
		"$WEB_BASE/api/v1/training_bookings" > /dev/null
	eval "B_$who=\$(field id)"
done
equal "$(api "$STOK" --data "{\"session_id\": $HELD, \"given_name\": \"Late\", \"family_name\": \"Booker\", \"agency_id\": $POL_AG, \"booked_date\": \"2026-11-25\", \"status\": \"booked\"}" \
	"$WEB_BASE/api/v1/training_bookings")" 422 "a place booked after the session is refused"
has body.txt 'the session it books' "... naming the session"
equal "$(http -b sm.jar "$WEB_BASE/training")" 200 "the administrator's training page"
has body.txt "/training/sessions/$HELD#register\">Fri 20 Nov 2026, Test course</a>: overdue since Tue 24 Nov 2026" \
	"... has the register overdue since 24 November (2 working days after)"
equal "$(http -b sm.jar "$WEB_BASE/worklist")" 200 "the administrator's worklist"
has body.txt "Training registers to mark" "... has the training registers to mark"
has body.txt "/training/sessions/$HELD#register\">Fri 20 Nov 2026, Test course</a>: overdue since Tue 24 Nov 2026" \
	"... the register of 20 November among them, overdue"
equal "$(http -b pol.jar "$WEB_BASE/training")" 200 "the officer's training page"
lacks body.txt 'Registers to mark' "... has no register to mark"
equal "$(http -b pol.jar --data "csrf=$PCSRF&att-$B_Erin=attended" "$WEB_BASE/training/sessions/$HELD/register")" 403 \
	"a partner marks no register"
SCSRF=$(page_csrf sm.jar)
equal "$(http -b sm.jar --data "csrf=$SCSRF&att-$B_Erin=attended&att-$B_Frank=maybe" \
	"$WEB_BASE/training/sessions/$HELD/register")" 200 "a mark that is neither is refused"
has body.txt "Register: mark each person attended or did not attend" "... saying so"
api "$STOK" -X GET "$WEB_BASE/api/v1/training_bookings/$B_Erin" > /dev/null
equal "$(field status)" "booked" "... and nothing of the register is saved"
equal "$(http -b sm.jar --data "csrf=$SCSRF&att-$B_Erin=attended" \
	"$WEB_BASE/training/sessions/$HELD/register")" 303 "the administrator marks Erin alone"
api "$STOK" -X GET "$WEB_BASE/api/v1/training_sessions/$HELD" > /dev/null
equal "$(field register_date)" "" "... the register is not complete yet"
equal "$(http -b sm.jar --data "csrf=$SCSRF&att-$B_Erin=attended&att-$B_Frank=did_not_attend" \
	"$WEB_BASE/training/sessions/$HELD/register")" 303 "the administrator marks the register"
api "$STOK" -X GET "$WEB_BASE/api/v1/training_bookings/$B_Frank" > /dev/null
equal "$(field status) $(field fee_applies) $(field fee_pounds)" "did_not_attend True 50" "... Frank did not attend: charged the fee"
api "$STOK" -X GET "$WEB_BASE/api/v1/training_bookings/$B_Erin" > /dev/null
equal "$(field status) $(field fee_applies)" "attended " "... Erin attended: no fee"
api "$STOK" -X GET "$WEB_BASE/api/v1/training_sessions/$HELD" > /dev/null
equal "$(field register_date)" "2026-12-03" "... the register complete today"
http -b sm.jar "$WEB_BASE/training" > /dev/null
lacks body.txt "/training/sessions/$HELD#register" "... and the register is off the list"
http -b sm.jar "$WEB_BASE/worklist" > /dev/null
lacks body.txt "/training/sessions/$HELD#register" "... and off the worklist"
api "$STOK" -X GET "$WEB_BASE/api/v1/training_bookings/$B_Erin" > /dev/null
ETAG=$(header ETag)
equal "$(api "$STOK" -X PATCH -H "If-Match: $ETAG" --data '{"evaluation_date": "2026-11-21", "confidence_before": 2, "confidence_after": 4, "rating": 5}' \
	"$WEB_BASE/api/v1/training_bookings/$B_Erin")" 200 "Erin's evaluation entered"
equal "$(api "$STOK" -X PATCH -H "If-Match: $(header ETag)" --data '{"rating": 6}' \
	"$WEB_BASE/api/v1/training_bookings/$B_Erin")" 422 "a rating of 6 is refused"
stop_server

# Each figure moves with what was recorded in November.
set -- $(attendance)
equal "$(( $1 - ATT0 )) $(( $2 - REC0 ))" "1 2" "training_attendance counts the register: one attended of two recorded"
"$SG" report figures --db d.db --from 2026-11-01 --to 2026-11-30 --figure training_fees > f1.txt
has f1.txt 'pounds charged:' "training_fees has its pounds"
set -- $(cancellations)
equal "$(( $1 - FREE0 )) $(( $2 - LATE0 ))" "1 1" "training_cancellations counts December's free cancellation and the late one"
"$SG" report figures --db d.db --from 2026-11-20 --to 2026-11-20 > day.txt
has day.txt 'training_sessions: Training sessions held
  1;' "training_sessions counts the session of 20 November"
has day.txt 'training_places: Training places offered
  20;' "training_places counts its 20 places"
has day.txt 'training_confidence_rose: Attendees whose confidence rose
  100.0% (1 / 1)' "training_confidence_rose counts Erin's"
has day.txt 'training_rated_good: Training sessions rated good
  100.0% (1 / 1)' "training_rated_good counts Erin's 5"
has day.txt 'training_attendance_by_course: Training attendance rate, by course' "training_attendance_by_course"
has day.txt 'Test course: 50.0% (1 / 2)' "... the test course: one of two"
has day.txt 'Demo Borough Police Public Protection Unit: 50.0% (1 / 2)' "training_dna_by_agency: the police, one of two not attended"
has day.txt 'October to December: 1;' "training_attended_by_quarter: Erin in October to December"
finish
