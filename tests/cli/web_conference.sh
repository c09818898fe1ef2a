#!/bin/sh
# web_conference.sh: a conference's life on the web, as its chair and the partner
# agencies live it: scheduling one (type, date, time, venue, chair), moving it (the first
# date kept) and cancelling it (with the reason); inviting agencies and people, a report
# asked for due by the local setting; a partner's invitations, their answer and their
# report (kept with its time, late marked late); the chair's page saying who has not
# answered or reported; recording the conference (attendance, the family's part, the
# decision, a plan started in the same transaction) and the plan and minutes as one
# printable document with its circulation. Each bad form names its field and changes
# nothing; a partner sees only their own invitations; a form without its CSRF token, or
# from a role that may not, is refused and changes nothing.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'conference chair'); CH=$1; CH_PW=$2
set -- $(demo_login 'partner agency practitioner .*Police'); POL=$1; POL_PW=$2
set -- $(demo_login 'partner agency practitioner .*Health Visiting'); HV=$1; HV_PW=$2
set -- $(demo_login 'performance analyst'); AN=$1; AN_PW=$2
"$SG" export json --db d.db > all.json
# jq-like reads of an export, with python's json module.
py() { /usr/bin/python3 -c "import json, sys; d = json.load(open(sys.argv[1])); $2" "$1"; }
# A child with an open episode whose record is not restricted.
CHILD=$(py all.json "r = {x['child_id'] for x in d.get('restrictions', [])}
print(next(x['child_id'] for x in d['referrals'] if not x.get('closure_date') and x['child_id'] not in r))")
user_prof() { py all.json "print(next(u['professional_id'] for u in d['users'] if u['username'] == '$1'))"; }
CH_PROF=$(user_prof "$CH")
POL_PROF=$(user_prof "$POL")
HV_PROF=$(user_prof "$HV")
agency_of() { py all.json "print(next(p['agency_id'] for p in d['professionals'] if p['id'] == $1))"; }
POL_AG=$(agency_of "$POL_PROF")
HV_AG=$(agency_of "$HV_PROF")
count() { "$SG" summary --db d.db | awk -v t="$1" '$1 == t { print $2 }'; }
export_now() { "$SG" export json --db d.db > now.json; }
TODAY=$(date +%F)
SOON=$(date -d '+14 days' +%F)
LATER=$(date -d '+21 days' +%F)

serve d.db || finish
login ch.jar "$CH" "$CH_PW" > /dev/null
login pol.jar "$POL" "$POL_PW" > /dev/null
login hv.jar "$HV" "$HV_PW" > /dev/null
login an.jar "$AN" "$AN_PW" > /dev/null
C=$(page_csrf ch.jar)
PC=$(page_csrf pol.jar)
HC=$(page_csrf hv.jar)
AC=$(page_csrf an.jar)

# ---- 1. Scheduling ----
equal "$(http -b ch.jar "$WEB_BASE/children/$CHILD/conferences/new")" 200 "the chair opens the form to schedule a conference"
has body.txt 'name="scheduled_time"' "... which asks the time"
has body.txt 'name="venue"' "... and the venue"
n=$(count conferences)
equal "$(http -b ch.jar --data "csrf=$C&kind=initial&scheduled_date=2026-02-30&scheduled_time=25:00&venue=Hall&chair_id=$CH_PROF" \
	"$WEB_BASE/children/$CHILD/conferences")" 200 "an impossible date and time: the form again"
has body.txt 'href="#scheduled_date">Scheduled date: &quot;2026-02-30&quot; is not a date' "... naming the date and the fix"
has body.txt 'href="#scheduled_time">Scheduled time: &quot;25:00&quot; is not a time of day' "... and the time, at once"
has body.txt 'value="Hall"' "... what was typed kept"
http -b ch.jar --data "csrf=$C&scheduled_date=$SOON&chair_id=$CH_PROF" "$WEB_BASE/children/$CHILD/conferences" > /dev/null
has body.txt 'href="#kind">Kind: missing' "no type: the type is named"
equal "$(count conferences)" "$n" "nothing was saved"
equal "$(http -b ch.jar --data "kind=initial&scheduled_date=$SOON" "$WEB_BASE/children/$CHILD/conferences")" 403 \
	"without its CSRF token: refused"
equal "$(http -b pol.jar --data "csrf=$PC&kind=initial&scheduled_date=$SOON" "$WEB_BASE/children/$CHILD/conferences")" 403 \
	"a partner cannot schedule a conference"
equal "$(http -b an.jar "$WEB_BASE/children/$CHILD/conferences/new")" 403 "nor can an analyst open the form"
equal "$(count conferences)" "$n" "... and none of them changed anything"
equal "$(http -b ch.jar --data "csrf=$C&kind=initial&scheduled_date=$SOON&scheduled_time=09:30&venue=Town+Hall%2C+Room+2&chair_id=$CH_PROF" \
	"$WEB_BASE/children/$CHILD/conferences")" 303 "a right form: scheduled (303)"
K=$(header Location | sed -n 's|^/conferences/\([0-9]*\)?done=scheduled$|\1|p')
[ -n "$K" ] && ok "... to the new conference's page" || not_ok "... to the new conference's page: $(header Location)"
equal "$(count conferences)" "$((n + 1))" "... which is stored"
export_now
py now.json "k = next(x for x in d['conferences'] if x['id'] == $K); print(k['scheduled_date'], k['scheduled_time'], k['venue'], k['chair_id'], k['kind'])" > k.txt
equal "$(cat k.txt)" "$SOON 09:30 Town Hall, Room 2 $CH_PROF initial" "... with its date, time, venue, chair and type"
"$SG" audit show --db d.db --action create --limit 1 --json > last.json
has last.json '"table": "conferences"' "the audit trail has it"
has last.json "\"username\": \"$CH\"" "... by the chair"
equal "$(http -b ch.jar "$WEB_BASE/conferences/$K?done=scheduled")" 200 "the conference's page"
has body.txt 'The conference is scheduled.' "... says it is scheduled"
has body.txt "at 09:30, Town Hall, Room 2" "... with when and where"
has body.txt 'No one is invited yet.' "... and that no one is invited yet"

# ---- Moving and cancelling ----
equal "$(http -b ch.jar "$WEB_BASE/conferences/$K/reschedule")" 200 "the form to move it"
equal "$(http -b ch.jar --data "csrf=$C&scheduled_date=tomorrow&scheduled_time=10:00&chair_id=$CH_PROF" \
	"$WEB_BASE/conferences/$K/reschedule")" 200 "a new date that is no date: the form again"
has body.txt 'href="#scheduled_date">Scheduled date: &quot;tomorrow&quot; is not a date' "... naming the date"
export_now
equal "$(py now.json "print(next(x['scheduled_date'] for x in d['conferences'] if x['id'] == $K))")" "$SOON" "... and the date is unchanged"
equal "$(http -b ch.jar --data "csrf=$C&scheduled_date=$LATER&scheduled_time=10:00&venue=Town+Hall&chair_id=$CH_PROF" \
	"$WEB_BASE/conferences/$K/reschedule")" 303 "moved (303)"
export_now
equal "$(py now.json "k = next(x for x in d['conferences'] if x['id'] == $K); print(k['scheduled_date'], k['rescheduled_from'], k['scheduled_time'])")" \
	"$LATER $SOON 10:00" "it keeps the date first booked as rescheduled_from"
http -b ch.jar --data "csrf=$C&scheduled_date=$SOON&scheduled_time=10:00&venue=Town+Hall&chair_id=$CH_PROF" \
	"$WEB_BASE/conferences/$K/reschedule" > /dev/null
http -b ch.jar --data "csrf=$C&scheduled_date=$LATER&scheduled_time=11:00&venue=Town+Hall&chair_id=$CH_PROF" \
	"$WEB_BASE/conferences/$K/reschedule" > /dev/null
export_now
equal "$(py now.json "k = next(x for x in d['conferences'] if x['id'] == $K); print(k['scheduled_date'], k['rescheduled_from'])")" \
	"$LATER $SOON" "moved twice more: still the first date"
equal "$(http -b pol.jar --data "csrf=$PC&scheduled_date=$SOON" "$WEB_BASE/conferences/$K/reschedule")" 403 \
	"a partner cannot move it"

# ---- 2. Invitations ----
equal "$(http -b ch.jar "$WEB_BASE/conferences/$K/invite")" 200 "the form to invite"
has body.txt 'A report asked for is due by' "... saying when a report is due"
n=$(count conference_invitees)
http -b ch.jar --data "csrf=$C&agency_id=$POL_AG&professional_id=$HV_PROF&report_requested=true" \
	"$WEB_BASE/conferences/$K/invite" > /dev/null
has body.txt 'href="#professional_id">Professional id: this person is not of the agency chosen' \
	"a person of another agency: named and refused"
http -b ch.jar --data "csrf=$C&agency_id=$POL_AG&professional_id=$POL_PROF" "$WEB_BASE/conferences/$K/invite" > /dev/null
has body.txt 'href="#report_requested">Report requested: missing' "not saying whether a report is asked: named"
http -b ch.jar --data "csrf=$C&agency_id=99999&report_requested=true" "$WEB_BASE/conferences/$K/invite" > /dev/null
has body.txt 'href="#agency_id">Agency id:' "an agency that does not exist: named"
equal "$(count conference_invitees)" "$n" "none of them invited anyone"
equal "$(http -b ch.jar --data "csrf=$C&agency_id=$POL_AG&professional_id=$POL_PROF&report_requested=true" \
	"$WEB_BASE/conferences/$K/invite")" 303 "the police officer invited, a report asked for"
# A conference dated before today: an invitation, dated the day it is sent, would come after
# it; the page says so as the form's error, not as a link to a date box it does not have.
if [ "$(http -b ch.jar --data "csrf=$C&kind=review&scheduled_date=2026-11-20&scheduled_time=10:00&chair_id=$CH_PROF" \
	"$WEB_BASE/children/$CHILD/conferences")" = 303 ]; then
	KP=$(header Location | sed -n 's|^/conferences/\([0-9]*\)?done=scheduled$|\1|p')
	http -b ch.jar --data "csrf=$C&agency_id=$POL_AG&report_requested=true" "$WEB_BASE/conferences/$KP/invite" > /dev/null
	has body.txt 'An invitation is dated the day it is sent' "an invitation to a past conference: refused, said why"
	lacks body.txt 'href="#invited_date"' "... linked to no box the form lacks"
fi
http -b ch.jar --data "csrf=$C&agency_id=$POL_AG&professional_id=$POL_PROF&report_requested=true" \
	"$WEB_BASE/conferences/$K/invite" > /dev/null
has body.txt 'this agency is already invited' "... and not twice"
equal "$(http -b ch.jar --data "csrf=$C&agency_id=$HV_AG&professional_id=$HV_PROF&report_requested=true" \
	"$WEB_BASE/conferences/$K/invite")" 303 "the health visitor invited too"
equal "$(count conference_invitees)" "$((n + 2))" "two invitations stored"
export_now
equal "$(py now.json "print(sorted(x['invited_date'] for x in d['conference_invitees'] if x['conference_id'] == $K))")" \
	"['$TODAY', '$TODAY']" "each dated the day it was made"
http -b ch.jar "$WEB_BASE/conferences/$K" > /dev/null
has body.txt 'Not answered' "the chair's page: who has not answered"
has body.txt '2 of 2 not answered; 2 reports not in.' "... counted"
equal "$(http -b pol.jar --data "csrf=$PC&agency_id=$POL_AG&report_requested=true" "$WEB_BASE/conferences/$K/invite")" 403 \
	"a partner cannot invite"

# ---- 3. The partners ----
equal "$(http -b pol.jar "$WEB_BASE/invitations")" 200 "the police officer's invitations"
has body.txt "/conferences/$K/respond" "... list the conference"
has body.txt 'Due by' "... with the date the report is due"
equal "$(http -b pol.jar "$WEB_BASE/conferences/$K/respond")" 200 "their invitation"
has body.txt 'Your report to the conference' "... has the report form"
lacks body.txt 'Health Visiting' "... and nothing of the other agency's invitation"
equal "$(http -b pol.jar "$WEB_BASE/conferences/$K")" 200 "the conference's page, as the partner"
lacks body.txt 'Answers and reports' "... without the other agencies' answers"
equal "$(http -b ch.jar "$WEB_BASE/invitations")" 403 "the invitations page is a partner's"
n=$(count conference_reports)
http -b pol.jar --data "csrf=$PC&involvement=Two+call-outs&recommendation=A+plan" "$WEB_BASE/conferences/$K/report" > /dev/null
has body.txt 'href="#concerns">Concerns: missing' "a report without concerns: named"
has body.txt 'Two call-outs' "... what was typed kept"
equal "$(count conference_reports)" "$n" "... nothing stored"
equal "$(http -b pol.jar --data "involvement=x&concerns=y&recommendation=z" "$WEB_BASE/conferences/$K/report")" 403 \
	"a report without its CSRF token: refused"
equal "$(http -b pol.jar --data "csrf=$PC&reply_attending=true" "$WEB_BASE/conferences/$K/reply")" 303 "the officer will attend"
equal "$(http -b pol.jar --data "csrf=$PC&involvement=Two+call-outs+in+May&concerns=Shouting+heard&strengths=Mother+called+us&recommendation=A+child+protection+plan" \
	"$WEB_BASE/conferences/$K/report")" 303 "the report sent"
equal "$(count conference_reports)" "$((n + 1))" "... stored"
export_now
py now.json "r = next(x for x in d['conference_reports'] if x['conference_id'] == $K); print(r['submitted_date'], r['late'], r['agency_id'], r['concerns'])" > r.txt
equal "$(cat r.txt)" "$TODAY False $POL_AG Shouting heard" "... with the day, on time, the agency, the text"
py now.json "r = next(x for x in d['conference_reports'] if x['conference_id'] == $K); print(len(r['submitted_time']))" > t.txt
equal "$(cat t.txt)" "5" "... and the time it came"
equal "$(py now.json "print(next(x['report_date'] for x in d['conference_invitees'] if x['conference_id'] == $K and x['agency_id'] == $POL_AG))")" \
	"$TODAY" "the invitation shows the report received, in the same change"
http -b pol.jar --data "csrf=$PC&involvement=a&concerns=b&recommendation=c" "$WEB_BASE/conferences/$K/report" > /dev/null
has body.txt 'already been sent' "a second report: refused"
equal "$(count conference_reports)" "$((n + 1))" "... nothing more stored"
equal "$(http -b hv.jar "$WEB_BASE/api/v1/conference_reports?child_id=$CHILD" -H 'Accept: application/json')" 200 \
	"the health visitor asks for the child's reports"
lacks body.txt 'Shouting heard' "... and does not get the police's"
http -b ch.jar "$WEB_BASE/conferences/$K" > /dev/null
has body.txt 'Attending' "the chair's page: the police will attend"
has body.txt '1 of 2 not answered; 1 report not in.' "... one agency still to answer and report"
has body.txt 'Shouting heard' "... and the report in full"
equal "$(http -b hv.jar --data "csrf=$HC&reply_attending=false" "$WEB_BASE/conferences/$K/reply")" 303 "the health visitor sends apologies"
export_now
equal "$(py now.json "v = next(x for x in d['conference_invitees'] if x['conference_id'] == $K and x['agency_id'] == $HV_AG); print(v['replied_date'], v['reply_attending'], v['apologies'])")" \
	"$TODAY False True" "... recorded as apologies, with the day"

# A conference today: its report was due a working day ago, so a report now is late.
http -b ch.jar --data "csrf=$C&kind=review&scheduled_date=$TODAY&scheduled_time=14:00&venue=Online&chair_id=$CH_PROF" \
	"$WEB_BASE/children/$CHILD/conferences" > /dev/null
K2=$(header Location | sed -n 's|^/conferences/\([0-9]*\)?.*|\1|p')
http -b ch.jar --data "csrf=$C&agency_id=$POL_AG&professional_id=$POL_PROF&report_requested=true" "$WEB_BASE/conferences/$K2/invite" > /dev/null
http -b ch.jar "$WEB_BASE/conferences/$K2" > /dev/null
has body.txt 'Late: was due' "the chair sees the report late before it comes"
# ---- 4. The chair's worklist, from the working day before ----
equal "$(http -b ch.jar "$WEB_BASE/worklist")" 200 "the chair's worklist"
/usr/bin/python3 -c "import sys; b = open('body.txt').read(); i = b.find('id=\"missing-reports\"')
print(b[i:b.find('</table>', i)] if i >= 0 else '')" > missing.txt
has missing.txt "/conferences/$K2\"" "... lists the report still missing for today's conference"
has missing.txt "Police" "... naming the agency"
lacks missing.txt "/conferences/$K\"" "... but not one for a conference weeks away"
http -b pol.jar --data "csrf=$PC&involvement=Known&concerns=Some&recommendation=Plan" "$WEB_BASE/conferences/$K2/report" > /dev/null
export_now
equal "$(py now.json "print(next(x['late'] for x in d['conference_reports'] if x['conference_id'] == $K2))")" "True" \
	"a report after its due date is marked late"
http -b ch.jar "$WEB_BASE/conferences/$K2" > /dev/null
has body.txt '(late)' "... and the chair's page says so"

# The health visitor's agency is not invited to the second conference.
equal "$(http -b hv.jar "$WEB_BASE/conferences/$K2/respond")" 403 "a partner not invited: refused"
equal "$(http -b hv.jar --data "csrf=$HC&involvement=a&concerns=b&recommendation=c" "$WEB_BASE/conferences/$K2/report")" 403 \
	"... and cannot report to it"
http -b hv.jar "$WEB_BASE/invitations" > /dev/null
lacks body.txt "/conferences/$K2/respond" "... nor is it among their invitations"

# ---- Cancelling ----
equal "$(http -b ch.jar "$WEB_BASE/conferences/$K2/cancel")" 200 "the form to cancel"
equal "$(http -b ch.jar --data "csrf=$C&cancel_reason=" "$WEB_BASE/conferences/$K2/cancel")" 200 "no reason: the form again"
has body.txt 'href="#cancel_reason">Cancel reason: give the reason it is cancelled' "... naming the reason"
export_now
equal "$(py now.json "print(next(x.get('cancelled_date', '-') for x in d['conferences'] if x['id'] == $K2))")" "-" \
	"... and it is not cancelled"
equal "$(http -b ch.jar --data "csrf=$C&cancel_reason=The+family+moved+to+another+area" "$WEB_BASE/conferences/$K2/cancel")" 303 \
	"cancelled, with the reason"
export_now
equal "$(py now.json "k = next(x for x in d['conferences'] if x['id'] == $K2); print(k['cancelled_date'], k['cancel_reason'])")" \
	"$TODAY The family moved to another area" "... the day and the reason stored"
http -b ch.jar "$WEB_BASE/conferences/$K2" > /dev/null
has body.txt 'Cancelled on' "its page says it is cancelled"
http -b ch.jar "$WEB_BASE/conferences/$K2/reschedule" > /dev/null
has body.txt 'This conference cannot be changed' "a cancelled conference cannot be moved"
http -b pol.jar --data "csrf=$PC&reply_attending=true" "$WEB_BASE/conferences/$K2/reply" > /dev/null
has body.txt 'held or cancelled' "... nor answered"


# ---- 5. Recording the conference ----
http -b ch.jar --data "csrf=$C&kind=initial&scheduled_date=$TODAY&scheduled_time=10:00&venue=Room+4&chair_id=$CH_PROF" \
	"$WEB_BASE/children/$CHILD/conferences" > /dev/null
K3=$(header Location | sed -n 's|^/conferences/\([0-9]*\)?.*|\1|p')
http -b ch.jar --data "csrf=$C&agency_id=$POL_AG&professional_id=$POL_PROF&report_requested=true" "$WEB_BASE/conferences/$K3/invite" > /dev/null
http -b ch.jar --data "csrf=$C&agency_id=$HV_AG&professional_id=$HV_PROF&report_requested=false" "$WEB_BASE/conferences/$K3/invite" > /dev/null
export_now
I_POL=$(py now.json "print(next(x['id'] for x in d['conference_invitees'] if x['conference_id'] == $K3 and x['agency_id'] == $POL_AG))")
I_HV=$(py now.json "print(next(x['id'] for x in d['conference_invitees'] if x['conference_id'] == $K3 and x['agency_id'] == $HV_AG))")
SW_PROF=$(py now.json "print(next(p['id'] for p in d['professionals'] if p['role'] == 'social_worker'))")
equal "$(http -b ch.jar "$WEB_BASE/conferences/$K3/record")" 200 "the form to record the conference"
has body.txt "name=\"attend_$I_POL\"" "... asks each invitee's attendance"
has body.txt 'name="child_views"' "... the child's views"
has body.txt 'name="outline_plan"' "... and the outline plan"
plans=$(count cp_plans)
members=$(count core_group_members)
TOMORROW=$(date -d '+1 day' +%F)
http -b ch.jar --data "csrf=$C&held_date=$TOMORROW&attend_$I_POL=attended&decision=plan&key_worker_id=$SW_PROF" \
	"$WEB_BASE/conferences/$K3/record" > /dev/null
has body.txt 'href="#held_date">Held date: the conference cannot be recorded before it is held' "a day to come: named"
has body.txt 'href="#categories">Categories: a plan needs at least one category' "a plan without a category: named"
has body.txt "href=\"#attend_$I_HV\">" "an invitee whose attendance is not given: named"
http -b ch.jar --data "csrf=$C&held_date=$TODAY&attend_$I_POL=attended&attend_$I_HV=absent&decision=sometimes" \
	"$WEB_BASE/conferences/$K3/record" > /dev/null
has body.txt 'href="#decision">Decision:' "a decision that is not one: named"
http -b ch.jar --data "csrf=$C&held_date=$TODAY&decision=no_plan" "$WEB_BASE/conferences/$K2/record" > /dev/null
has body.txt 'this conference was cancelled' "a cancelled conference cannot be recorded as held"
equal "$(count cp_plans) $(count core_group_members)" "$plans $members" "none of them stored anything"
export_now
equal "$(py now.json "print(next(x.get('held_date', '-') for x in d['conferences'] if x['id'] == $K3))")" "-" "... the conference not held"
REC="held_date=$TODAY&attend_$I_POL=attended&attend_$I_HV=apologies&report_to_chair_date=$TODAY&report_to_parents_date=$TODAY&parents_met_chair=true&parents_understood=true&child_participation=views_by_advocate&advocate=true&child_views=I+want+my+mum+to+stop+shouting&decision=plan&categories=NEG&categories=EMO&outline_plan=Weekly+visits%3B+parenting+course+by+March&key_worker_id=$SW_PROF&core_member=$POL_PROF&core_member=$HV_PROF&dissent=false"
equal "$(http -b pol.jar --data "csrf=$PC&$REC" "$WEB_BASE/conferences/$K3/record")" 403 "a partner cannot record it"
equal "$(http -b ch.jar --data "$REC" "$WEB_BASE/conferences/$K3/record")" 403 "nor anyone without the CSRF token"
equal "$(count cp_plans)" "$plans" "... nothing stored"
equal "$(http -b ch.jar --data "csrf=$C&$REC" "$WEB_BASE/conferences/$K3/record")" 303 "the conference recorded"
equal "$(count cp_plans)" "$((plans + 1))" "... the plan it decided on started"
equal "$(count core_group_members)" "$((members + 2))" "... with its core group"
export_now
equal "$(py now.json "k = next(x for x in d['conferences'] if x['id'] == $K3); print(k['held_date'], k['decision'], ' '.join(k['categories']), k['key_worker_id'], k['child_views'], k['advocate'], k['parents_met_chair'], k['dissent'])")" \
	"$TODAY plan NEG EMO $SW_PROF I want my mum to stop shouting True True False" "the conference's record holds what was said"
equal "$(py now.json "p = next(x for x in d['cp_plans'] if x['start_conference_id'] == $K3); k = next(x for x in d['conferences'] if x['id'] == $K3); print(p['start_date'], p['initial_category'], p['key_worker_id'], k['plan_id'] == p['id'])")" \
	"$TODAY MUL $SW_PROF True" "the plan starts the day it sat, multiple categories, its key worker, linked"
equal "$(py now.json "print(sorted((x['attended'], x['apologies']) for x in d['conference_invitees'] if x['conference_id'] == $K3))")" \
	"[(False, True), (True, False)]" "each invitee's attendance"
equal "$(http -b ch.jar --data "csrf=$C&$REC" "$WEB_BASE/conferences/$K3/record")" 303 "recorded again"
equal "$(count cp_plans) $(count core_group_members)" "$((plans + 1)) $((members + 2))" "... with no second plan or member"
"$SG" audit show --db d.db --action create --limit 40 --json > created.json
has created.json '"table": "cp_plans"' "the plan's creation is in the trail"

# ---- 6. The plan and the minutes, and their circulation ----
equal "$(http -b ch.jar "$WEB_BASE/conferences/$K3/document")" 200 "the plan and the minutes, one document"
has body.txt 'class="sg-document"' "... styled for print"
has body.txt 'Weekly visits; parenting course by March' "... with the outline plan"
has body.txt 'I want my mum to stop shouting' "... the child's views"
has body.txt 'Apologies' "... and who sent apologies"
lacks body.txt 'style=' "no inline style"
equal "$(http -b pol.jar "$WEB_BASE/conferences/$K3/document")" 403 "the minutes are not a partner's to open here"
http "$WEB_BASE/assets/app.css" > /dev/null
has body.txt '@media print' "the print stylesheet is served"
has body.txt '.sg-document' "... with the document's rules"
n=$(count conference_circulation)
http -b ch.jar --data "csrf=$C&document=plan&sent_date=$TODAY" "$WEB_BASE/conferences/$K3/circulate" > /dev/null
has body.txt 'href="#to">Sent to: choose who it was sent to' "a circulation to no one: named"
YESTERDAY=$(date -d '-1 day' +%F)
http -b ch.jar --data "csrf=$C&document=plan&to=parents&sent_date=$YESTERDAY" "$WEB_BASE/conferences/$K3/circulate" > /dev/null
has body.txt 'href="#sent_date">Sent date: cannot be before the conference was held' "sent before the conference sat: named"
http -b ch.jar --data "csrf=$C&document=minutes&to=999999&sent_date=$TODAY" "$WEB_BASE/conferences/$K3/circulate" > /dev/null
has body.txt 'choose from the list' "someone not invited: named"
http -b ch.jar --data "csrf=$C&to=parents&sent_date=$TODAY" "$WEB_BASE/conferences/$K3/circulate" > /dev/null
has body.txt 'href="#document">Document: choose what was sent' "nothing said of what was sent: named"
equal "$(count conference_circulation)" "$n" "none of them stored anything"
equal "$(http -b hv.jar --data "csrf=$HC&document=plan&to=parents&sent_date=$TODAY" "$WEB_BASE/conferences/$K3/circulate")" 403 \
	"a partner cannot record a circulation"
equal "$(http -b ch.jar --data "csrf=$C&document=plan&to=parents&to=$I_POL&sent_date=$TODAY" "$WEB_BASE/conferences/$K3/circulate")" 303 \
	"the plan sent to the parents and the police"
equal "$(count conference_circulation)" "$((n + 2))" "... one row each"
export_now
equal "$(py now.json "k = next(x for x in d['conferences'] if x['id'] == $K3); print(k['plan_circulated_date'], k.get('minutes_circulated_date', '-'))")" \
	"$TODAY -" "... and the plan's circulation date set"
equal "$(http -b ch.jar --data "csrf=$C&document=minutes&to=$I_HV&recipient=Grandmother&sent_date=$TODAY" "$WEB_BASE/conferences/$K3/circulate")" 303 \
	"the minutes sent to the health visitor and the grandmother"
export_now
equal "$(py now.json "print(sorted(x['recipient'].split(', ')[-1] for x in d['conference_circulation'] if x['conference_id'] == $K3 and x['document'] == 'minutes'))")" \
	"['Demo Borough Health Visiting Service', 'Grandmother']" "... each named"
equal "$(py now.json "k = next(x for x in d['conferences'] if x['id'] == $K3); print(k['plan_circulated_date'], k['minutes_circulated_date'])")" \
	"$TODAY $TODAY" "... the minutes' date set, the plan's kept"
http -b ch.jar "$WEB_BASE/conferences/$K3/document" > /dev/null
has body.txt 'Grandmother' "the document lists its circulation"

# ---- 7. Core groups: attendance, notes, actions ----
equal "$(http -b ch.jar "$WEB_BASE/children/$CHILD/core-groups")" 200 "the child's core groups"
has body.txt "name=\"attend_$POL_PROF\"" "... the meeting form asks each member's attendance"
groups=$(count core_groups)
actions=$(count core_group_actions)
http -b ch.jar --data "csrf=$C&held_date=$TODAY&attend_$POL_PROF=attended&owner_id=$SW_PROF" "$WEB_BASE/children/$CHILD/core-groups" > /dev/null
has body.txt 'href="#action">Action: say what is to be done' "an owner without an action: named"
has body.txt "href=\"#attend_$HV_PROF\">" "a member's attendance not given: named"
http -b ch.jar --data "csrf=$C&held_date=$TOMORROW&attend_$POL_PROF=attended&attend_$HV_PROF=absent" "$WEB_BASE/children/$CHILD/core-groups" > /dev/null
has body.txt 'href="#held_date">Held date: cannot be in the future' "a meeting held tomorrow: named"
http -b ch.jar --data "csrf=$C&notes=x" "$WEB_BASE/children/$CHILD/core-groups" > /dev/null
has body.txt 'href="#scheduled_date">Scheduled date: give the date it was called for' "a meeting without a date: named"
equal "$(count core_groups) $(count core_group_actions)" "$groups $actions" "none of them stored anything"
equal "$(http -b pol.jar --data "csrf=$PC&held_date=$TODAY" "$WEB_BASE/children/$CHILD/core-groups")" 403 \
	"a partner cannot record a core group here"
equal "$(http -b ch.jar --data "held_date=$TODAY" "$WEB_BASE/children/$CHILD/core-groups")" 403 "nor without the CSRF token"
equal "$(http -b ch.jar --data "csrf=$C&held_date=$TODAY&attend_$POL_PROF=attended&attend_$HV_PROF=apologies&notes=School+attendance+up&action=Book+the+dental+check&owner_id=$SW_PROF&due_date=$LATER" \
	"$WEB_BASE/children/$CHILD/core-groups")" 303 "a core group recorded, with an action"
equal "$(count core_groups) $(count core_group_actions)" "$((groups + 1)) $((actions + 1))" "... stored"
export_now
G=$(py now.json "print(max(x['id'] for x in d['core_groups'] if x['child_id'] == $CHILD))")
equal "$(py now.json "print(sorted((x['attended'], x['apologies']) for x in d['core_group_attendance'] if x['core_group_id'] == $G))")" \
	"[(False, True), (True, False)]" "... each member's attendance"
equal "$(py now.json "a = next(x for x in d['core_group_actions'] if x['core_group_id'] == $G); print(a['action'], a['owner_id'], a['due_date'], a.get('done_date', '-'))")" \
	"Book the dental check $SW_PROF $LATER -" "... the action, who and by when"
ACT=$(py now.json "print(next(x['id'] for x in d['core_group_actions'] if x['core_group_id'] == $G))")
http -b ch.jar "$WEB_BASE/children/$CHILD/core-groups" > /dev/null
has body.txt 'School attendance up' "the page shows the notes"
has body.txt 'Book the dental check' "... and the action"
http -b ch.jar --data "csrf=$C&action_id=999999" "$WEB_BASE/children/$CHILD/core-groups/done" > /dev/null
has body.txt 'this action is not one of the child' "marking done an action that is not the child's: refused"
equal "$(http -b ch.jar --data "csrf=$C&action_id=$ACT" "$WEB_BASE/children/$CHILD/core-groups/done")" 303 "the action marked done"
export_now
equal "$(py now.json "print(next(x['done_date'] for x in d['core_group_actions'] if x['id'] == $ACT))")" "$TODAY" "... today"

# ---- 7. The plan as outcomes and actions ----
equal "$(http -b ch.jar "$WEB_BASE/children/$CHILD/plan")" 200 "the child's plan"
has body.txt 'No outcomes or actions recorded yet.' "... with nothing in it yet"
n=$(count plan_actions)
http -b ch.jar --data "csrf=$C&action=Walk+to+school&due_date=2027-02-30" "$WEB_BASE/children/$CHILD/plan" > /dev/null
has body.txt 'href="#outcome">Outcome: missing' "an action without its outcome: named"
has body.txt 'href="#due_date">Due date: &quot;2027-02-30&quot; is not a date' "... and an impossible date, at once"
has body.txt 'value="Walk to school"' "... what was typed kept"
equal "$(count plan_actions)" "$n" "... nothing stored"
equal "$(http -b hv.jar --data "csrf=$HC&outcome=a&action=b" "$WEB_BASE/children/$CHILD/plan")" 403 "a partner cannot change the plan"
equal "$(http -b ch.jar --data "csrf=$C&outcome=Amy+goes+to+school+every+day&action=Walk+to+school+together&owner_id=$SW_PROF&due_date=$LATER" \
	"$WEB_BASE/children/$CHILD/plan")" 303 "an outcome and its action added"
export_now
PA=$(py now.json "print(max(x['id'] for x in d['plan_actions'] if x['child_id'] == $CHILD))")
equal "$(py now.json "a = next(x for x in d['plan_actions'] if x['id'] == $PA); p = next(x for x in d['cp_plans'] if x['start_conference_id'] == $K3); print(a['plan_id'] == p['id'], a['outcome'], a['owner_id'], a['due_date'])")" \
	"True Amy goes to school every day $SW_PROF $LATER" "... to the open plan, with who and by when"
http -b ch.jar "$WEB_BASE/conferences/$K3/document" > /dev/null
has body.txt 'Amy goes to school every day' "the plan and minutes show the outcomes and actions"
equal "$(http -b hv.jar "$WEB_BASE/api/v1/plan_actions?child_id=$CHILD")" 200 "a partner of the child's core group reads the plan"
has body.txt 'Walk to school together' "... its actions"
equal "$(http -b ch.jar --data "csrf=$C&plan_action_id=$PA" "$WEB_BASE/children/$CHILD/plan/done")" 303 "the action marked done"
export_now
equal "$(py now.json "print(next(x['done_date'] for x in d['plan_actions'] if x['id'] == $PA))")" "$TODAY" "... today"
http -b ch.jar --data "csrf=$C&plan_action_id=999999" "$WEB_BASE/children/$CHILD/plan/done" > /dev/null
has body.txt 'this action is not one of the child' "an action that is not the child's: refused"

stop_server
"$SG" audit verify --db d.db > verify.txt 2>&1
has verify.txt 'the audit trail holds' "the audit trail verifies"
finish
