#!/bin/sh
# web_quality.sh: quality assurance of conferences on the web and through the API. The
# chair's quality form, due within 5 working days of the conference (the local setting),
# is on the chair's worklist until done and then leaves it; only the conference's chair
# completes it, once, after the conference has sat; its bad forms name their fields and
# change nothing. A parent's and the child's feedback, entered by the social worker or the
# chair. The managers' page of the period's ratings names no child; the figures count the
# forms. Who may not, may not: a partner, an analyst, a social worker writing a quality form.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'conference chair'); CH=$1; CH_PW=$2
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'performance analyst'); AN=$1; AN_PW=$2
set -- $(demo_login 'partner agency practitioner .*Police'); POL=$1; POL_PW=$2
"$SG" export json --db d.db > all.json
py() { /usr/bin/python3 -c "import json, sys; d = json.load(open(sys.argv[1])); $2" "$1"; }
user_prof() { py all.json "print(next(u['professional_id'] for u in d['users'] if u['username'] == '$1'))"; }
CH_PROF=$(user_prof "$CH")
TODAY=$(date +%F)
# Ten working days ago, and the day before: the quality form of a conference then is overdue.
EARLIER=$(python3 -c "import datetime as t; d = t.date.today(); n = 0
while n < 10:
    d -= t.timedelta(days=1); n += d.weekday() < 5
print(d)")
# A child with an open episode begun before that, whose record is not restricted.
set -- $(py all.json "r = {x['child_id'] for x in d.get('restrictions', [])}
x = next(x for x in d['referrals'] if not x.get('closure_date') and x['child_id'] not in r and x['received_date'] < '$EARLIER')
print(x['child_id'], x['id'])")
CHILD=$1; REF=$2
NAME=$(py all.json "print(next(c.get('given_name', '') + ' ' + c.get('family_name', '') for c in d['children'] if c['id'] == $CHILD))")
count() { "$SG" summary --db d.db | awk -v t="$1" '$1 == t { print $2 }'; }
token() { "$SG" user token --db d.db "$1" 2> token.err; }
CH_T=$(token "$CH"); SW_T=$(token "$SW"); POL_T=$(token "$POL")
api() { who=$1; shift; http -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }

serve d.db || finish
login ch.jar "$CH" "$CH_PW" > /dev/null
login sw.jar "$SW" "$SW_PW" > /dev/null
login mgr.jar "$MGR" "$MGR_PW" > /dev/null
login an.jar "$AN" "$AN_PW" > /dev/null
login pol.jar "$POL" "$POL_PW" > /dev/null
C=$(page_csrf ch.jar); SC=$(page_csrf sw.jar); PC=$(page_csrf pol.jar); AC=$(page_csrf an.jar)

# Two conferences this chair held: ten working days ago, and today.
conference() {
	api "$CH_T" -X POST --data '{"child_id": '$CHILD', "referral_id": '$REF', "kind": "review", "scheduled_date": "'$1'", "held_date": "'$1'", "chair_id": '$CH_PROF', "decision": "continue_plan"}' \
		"$WEB_BASE/api/v1/conferences" > /dev/null
	sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt
}
K=$(conference "$EARLIER")
K2=$(conference "$TODAY")
[ -n "$K" ] && [ -n "$K2" ] && ok "setup: conferences $K ($EARLIER) and $K2 ($TODAY) chaired by $CH" ||
	{ not_ok "setup: the chair's conferences: $(cat body.txt)"; finish; }

# ---- The clock: on the chair's worklist ----
"$SG" check --db d.db --user "$CH" --json > wl.json
clock() { py wl.json "
items = [i for g in d['groups'] for c in g['children'] for i in c['items']]
print(' '.join(i['state'] + ' ' + i['target'] for i in items if i['kind'] == 'quality_form' and i['record_id'] == $1))"; }
DUE5=$(python3 -c "import datetime as t; d = t.date.fromisoformat('$EARLIER'); n = 0
while n < 5:
    d += t.timedelta(days=1); n += d.weekday() < 5
print(d)")
equal "$(clock "$K")" "overdue $DUE5" "the chair's list: the form of the conference ten working days ago, overdue since 5 working days after it"
case "$(clock "$K2")" in "due "*) ok "... and today's, due" ;; *) not_ok "... and today's, due: got '$(clock "$K2")'" ;; esac
"$SG" check --db d.db --user "$SW" --json > wl.json
equal "$(clock "$K")" "" "the social worker's list does not hold the chair's form"

# ---- The quality form ----
equal "$(http -b ch.jar "$WEB_BASE/conferences/$K")" 200 "the conference's page"
has body.txt "href=\"/conferences/$K/quality\">Complete the chair's quality form" "... offers its chair the quality form"
has body.txt "feedback?respondent=parent" "... and a parent's feedback"
equal "$(http -b ch.jar "$WEB_BASE/conferences/$K/quality")" 200 "the quality form"
has body.txt 'Were the reports shared with the family in time?' "... asks whether the reports were shared in time"
has body.txt 'Is the plan SMART' "... whether the plan is SMART"
has body.txt "Was the child&#39;s voice heard?" "... whether the child's voice was heard"
has body.txt 'name="rating"' "... and a rating"
n=$(count conference_quality)
http -b ch.jar --data "csrf=$C&premeeting_held=true&report_to_chair_in_time=true&reports_shared_in_time=false&agencies_contributed=true&child_voice_heard=true&rating=splendid" \
	"$WEB_BASE/conferences/$K/quality" > /dev/null
has body.txt 'href="#plan_smart">Plan smart: missing' "a question unanswered: named"
has body.txt 'href="#rating">Rating: ' "... and a rating not of the scale, at once"
has body.txt 'value="false" checked' "... what was answered kept"
equal "$(count conference_quality)" "$n" "... and nothing saved"
GOOD="premeeting_held=true&report_to_chair_in_time=true&reports_shared_in_time=false&agencies_contributed=true&child_voice_heard=true&plan_smart=true&rating=good&comments=GP+report+missing"
equal "$(http -b ch.jar --data "$GOOD" "$WEB_BASE/conferences/$K/quality")" 403 "without its CSRF token: refused"
equal "$(http -b sw.jar --data "csrf=$SC&$GOOD" "$WEB_BASE/conferences/$K/quality")" 403 "a social worker cannot complete it"
equal "$(http -b pol.jar --data "csrf=$PC&$GOOD" "$WEB_BASE/conferences/$K/quality")" 403 "nor a partner"
equal "$(http -b pol.jar "$WEB_BASE/conferences/$K/quality")" 403 "... who cannot read it either"
equal "$(http -b an.jar "$WEB_BASE/conferences/$K/quality")" 403 "nor an analyst"
OTHER=$(py all.json "q = {x['conference_id'] for x in d.get('conference_quality', [])}
print(next(k['id'] for k in d['conferences'] if k.get('held_date') and k.get('chair_id') != $CH_PROF and k['id'] not in q))")
http -b ch.jar --data "csrf=$C&$GOOD" "$WEB_BASE/conferences/$OTHER/quality" > /dev/null
has body.txt 'Only the chair of this conference completes its quality form.' "a conference another chaired: refused, said why"
http -b ch.jar "$WEB_BASE/children/$CHILD/conferences/new" > /dev/null
equal "$(count conference_quality)" "$n" "none of them saved anything"
equal "$(http -b ch.jar --data "csrf=$C&$GOOD" "$WEB_BASE/conferences/$K/quality")" 303 "the chair's form saved (303)"
equal "$(header Location)" "/conferences/$K?done=quality#quality" "... back to the conference"
equal "$(count conference_quality)" "$((n + 1))" "... stored"
"$SG" export json --db d.db > now.json
equal "$(py now.json "q = next(x for x in d['conference_quality'] if x['conference_id'] == $K); print(q['completed_date'], q['rating'], q['reports_shared_in_time'], q['plan_smart'], q['comments'])")" \
	"$TODAY good False True GP report missing" "... with today's date, the rating and the answers"
"$SG" audit show --db d.db --action create --limit 1 --json > last.json
has last.json '"table": "conference_quality"' "the audit trail has it"
has last.json "\"username\": \"$CH\"" "... by the chair"
http -b ch.jar --data "csrf=$C&$GOOD" "$WEB_BASE/conferences/$K/quality" > /dev/null
equal "$(count conference_quality)" "$((n + 1))" "a second form on the same conference: not saved"
http -b ch.jar "$WEB_BASE/conferences/$K?done=quality" > /dev/null
has body.txt 'The quality form is saved.' "the conference's page says it is saved"
has body.txt 'quality form was completed on' "... and that it is completed"
"$SG" check --db d.db --user "$CH" --json > wl.json
equal "$(clock "$K")" "" "the form done (late): off the chair's list"
equal "$(api "$CH_T" -X POST --data '{"child_id": '$CHILD', "conference_id": '$K', "completed_date": "'$TODAY'", "premeeting_held": true, "report_to_chair_in_time": true, "reports_shared_in_time": true, "agencies_contributed": true, "child_voice_heard": true, "plan_smart": true, "rating": "good"}' \
	"$WEB_BASE/api/v1/conference_quality")" 422 "through the API, a second form: 422"
has body.txt 'conference_id' "... naming the conference"
equal "$(api "$SW_T" -X POST --data '{"child_id": '$CHILD', "conference_id": '$K2', "completed_date": "'$TODAY'", "premeeting_held": true, "report_to_chair_in_time": true, "reports_shared_in_time": true, "agencies_contributed": true, "child_voice_heard": true, "plan_smart": true, "rating": "good"}' \
	"$WEB_BASE/api/v1/conference_quality")" 403 "a social worker's token cannot write one"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/conference_quality?child_id=$CHILD")" 200 "the social worker reads the child's forms"
has body.txt '"rating": "good"' "... with the rating"
equal "$(api "$POL_T" "$WEB_BASE/api/v1/conference_quality?child_id=$CHILD")" 403 "a partner reads none"

# ---- The family's feedback ----
equal "$(http -b sw.jar "$WEB_BASE/conferences/$K/feedback?respondent=child")" 200 "the social worker opens the child's feedback form"
has body.txt "The child&#39;s feedback" "... for the child"
lacks body.txt 'name="met_chair"' "... which does not ask whether they met the chair beforehand"
n=$(count conference_feedback)
http -b sw.jar --data "csrf=$SC&respondent=parent&received_date=2026-02-30&understood_why=true" \
	"$WEB_BASE/conferences/$K/feedback" > /dev/null
has body.txt 'href="#received_date">Received date: &quot;2026-02-30&quot; is not a date' "an impossible date: named"
TOMORROW=$(date -d '+1 day' +%F)
http -b sw.jar --data "csrf=$SC&respondent=parent&received_date=$TOMORROW&understood_why=true" \
	"$WEB_BASE/conferences/$K/feedback" > /dev/null
has body.txt 'a form cannot come back after today' "a date after today: named"
http -b sw.jar --data "csrf=$SC&respondent=parent&received_date=$(date -d "$EARLIER -1 day" +%F)" \
	"$WEB_BASE/conferences/$K/feedback" > /dev/null
has body.txt 'href="#received_date">Received date:' "a date before the conference: named"
http -b sw.jar --data "csrf=$SC&respondent=uncle&received_date=$TODAY" "$WEB_BASE/conferences/$K/feedback" > /dev/null
has body.txt 'href="#respondent">Respondent: ' "who gave it, not one of the list: named"
equal "$(http -b pol.jar --data "csrf=$PC&respondent=parent&received_date=$TODAY" "$WEB_BASE/conferences/$K/feedback")" 403 "a partner cannot enter feedback"
equal "$(http -b an.jar --data "csrf=$AC&respondent=parent&received_date=$TODAY" "$WEB_BASE/conferences/$K/feedback")" 403 "nor an analyst"
equal "$(count conference_feedback)" "$n" "none of them saved anything"
equal "$(http -b sw.jar --data "csrf=$SC&respondent=parent&received_date=$TODAY&understood_why=true&listened_to=false&met_chair=true&would_change=An+interpreter+for+my+mother%2C+and+the+interpreter+booked+early&comments=The+chair+was+kind" \
	"$WEB_BASE/conferences/$K/feedback")" 303 "a parent's feedback, entered by the social worker (303)"
equal "$(http -b ch.jar --data "csrf=$C&respondent=child&received_date=$TODAY&listened_to=true&would_change=More+time+with+an+interpreter" \
	"$WEB_BASE/conferences/$K/feedback")" 303 "the child's, entered by the chair, one question left unanswered"
"$SG" export json --db d.db > now.json
equal "$(py now.json "print(sorted((x['respondent'], x.get('understood_why'), x.get('listened_to')) for x in d['conference_feedback'] if x['conference_id'] == $K))")" \
	"[('child', None, True), ('parent', True, False)]" "both stored, as answered"
http -b sw.jar "$WEB_BASE/conferences/$K" > /dev/null
has body.txt 'Feedback returned: 1 from parents or carers, 1 from the child.' "the conference's page counts them"
SOON=$(date -d '+14 days' +%F)
api "$CH_T" -X POST --data '{"child_id": '$CHILD', "referral_id": '$REF', "kind": "review", "scheduled_date": "'$SOON'", "chair_id": '$CH_PROF'}' \
	"$WEB_BASE/api/v1/conferences" > /dev/null
K3=$(sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt)
[ -n "$K3" ] || not_ok "setup: a conference to come: $(cat body.txt)"
n=$(count conference_feedback)
http -b sw.jar --data "csrf=$SC&respondent=parent&received_date=$TODAY" "$WEB_BASE/conferences/$K3/feedback" > /dev/null
has body.txt 'The conference has not been held: feedback follows it.' "feedback on a conference still to sit: refused, said why"
http -b ch.jar "$WEB_BASE/conferences/$K3/quality" > /dev/null
has body.txt 'The conference has not been held: its quality form follows it.' "... and its quality form is not open yet"
equal "$(count conference_feedback)" "$n" "... nothing saved"

# ---- The managers' page, and the figures ----
equal "$(http -b mgr.jar "$WEB_BASE/quality?from=$EARLIER&to=$TODAY")" 200 "the manager's page of the period's ratings"
has body.txt "href=\"/conferences/$K\"" "... lists the conference"
has body.txt 'Good' "... with its rating"
has body.txt '5 of 6' "... and how many questions were answered yes"
lacks body.txt "$NAME" "... naming no child"
http -b mgr.jar "$WEB_BASE/quality?from=2026-13-01&to=$TODAY" > /dev/null
has body.txt 'href="#from">From: not a date' "a period that is no date: named"
equal "$(http -b an.jar "$WEB_BASE/quality")" 403 "an analyst has no such page"
equal "$(http -b sw.jar "$WEB_BASE/quality")" 403 "nor a social worker"
fig() { "$SG" report figures --db d.db --from "$EARLIER" --to "$EARLIER" --chair "$CH_PROF" --figure "$1" --json > fig.json
	py fig.json "print(' '.join('%s=%g/%g' % (r['key'] or '-', r['numerator'], r['denominator']) for r in d['figures'][0]['rows']))"; }
case "$(fig qa_forms)" in "-="[1-9]*"/"[1-9]*) ok "qa_forms counts the form" ;; *) not_ok "qa_forms counts the form: $(fig qa_forms)" ;; esac
case " $(fig qa_questions) " in *" reports_shared_in_time="*) ok "qa_questions has a row per question" ;; *) not_ok "qa_questions rows: $(fig qa_questions)" ;; esac
case " $(fig feedback_themes) " in *" interpreter=2/0 "*) ok "feedback_themes: 'interpreter' in two forms (once each, however often)" ;;
	*) not_ok "feedback_themes: $(fig feedback_themes)" ;; esac
case " $(fig feedback_themes) " in *" and="*|*" the="*) not_ok "feedback_themes keeps common words" ;; *) ok "feedback_themes leaves out common words" ;; esac
case "$(fig feedback_understood)" in "parent="[1-9]*) ok "feedback_understood counts the parent's yes" ;; *) not_ok "feedback_understood: $(fig feedback_understood)" ;; esac
"$SG" report figures --db d.db --from "$EARLIER" --to "$TODAY" > figs.txt
has figs.txt "Conferences with the chair's quality form" "report figures has the section's figures"
stop_server
finish
