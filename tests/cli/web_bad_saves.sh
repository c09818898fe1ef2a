#!/bin/sh
# Bad submissions, one a line of tests/cli/bad_saves.tsv, through the record forms and the
# JSON API: each answers with its status and the record layer's words, naming the field
# (the form's error summary links to the field's id; the API's errors name it), and each
# changes nothing: the whole area's export is the same bytes after every case as before
# the first, and the audit trail gains no create or change entry.
#
# The table's columns (tab-separated; "-" for none):
#   name      the case
#   needs     "-", or a feature the case waits for (e.g. crossdates: the order of dates
#             across linked records); such a case is skipped and counted until the
#             feature is listed in BAD_SAVES_FEATURES (space-separated)
#   via       form, form-nocsrf, form-badcsrf: a form sent in a browser's session, with the
#             session's CSRF token, without one, or with a wrong one (an edit form is
#             opened first for its version); api: a JSON body with a personal API token;
#             api-session, api-badcsrf: a JSON body in a browser's session without the
#             X-CSRF-Token header, or with a wrong one
#   who       sw (social worker), mgr (team manager), part (partner practitioner), lado,
#             cdop (child death review)
#   method    POST or PATCH
#   path      with the placeholders below
#   body      the form's fields (URL-encoded) or the JSON body
#   status    the status expected
#   field     the field the message names: the form field's id, or the API's field name
#   message   the message, or its key part, as the record layer says it
# Placeholders: {C} the child written to, {O} another child, {Y} a child restricted to
# the manager; record ids {R} {CON} {ASM} {SD} {S47} {CONF} {P} {V} {CIN} {CARE} {REL} of
# child C, {ESC} {ESCS} an escalation of child C and its stage 1, {OR} {OCON} {OSD} {OS47} {OCONF} {OP} of child O, {YR} of child Y; {CH} the
# household of child C and {OH} another household; {LC} a LADO case (received on
# 2026-11-02) and {AG} the agency that referred it; {DTH} a child's death (died
# 2026-11-01, notified by {AG} on 2026-11-02, unexpected); {TS} a training session to
# come; {AUD} an audit (started 2026-11-02), {ACASE} its case of child C, {ARET} the
# partner's agency's ({PAG}) return on it (asked for on 2026-11-02), {ACT} an action that
# agency owns (set 2026-11-16); {NONE} an id
# no record has; {x:N} N letters x; {d:FIELD:D:M:Y} a form's three date boxes; {ff} the
# byte 0xFF.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

TABLE="$SG_ROOT/tests/cli/bad_saves.tsv"
FEATURES=" ${BAD_SAVES_FEATURES:-} "

demo_store d.db
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'Police'); PART=$1; PART_PW=$2
set -- $(demo_login 'LADO'); LADO=$1; LADO_PW=$2
set -- $(demo_login 'child death review'); CDOP=$1; CDOP_PW=$2
serve d.db || finish
login sw.jar "$SW" "$SW_PW" > /dev/null
login mgr.jar "$MGR" "$MGR_PW" > /dev/null
login part.jar "$PART" "$PART_PW" > /dev/null
login lado.jar "$LADO" "$LADO_PW" > /dev/null
login cdop.jar "$CDOP" "$CDOP_PW" > /dev/null
for u in sw mgr part lado cdop; do
	eval "CSRF_$u=\$(page_csrf $u.jar)"
done
token() { "$SG" user token --db d.db "$1" 2> token.err; }
TOK_sw=$(token "$SW"); TOK_mgr=$(token "$MGR"); TOK_part=$(token "$PART")
TOK_lado=$(token "$LADO"); TOK_cdop=$(token "$CDOP")
api() { who=$1; shift; eval "t=\$TOK_$who"
	http -H "Authorization: Bearer $t" -H 'Content-Type: application/json' "$@"; }

# ---- The records the cases name, made with good saves ----
"$SG" export json --db d.db > all.json
kids=$(awk '/^"cp_plans": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json | grep '^{' |
	grep -v '"end_date"' | sed -n 's/.*"child_id": \([0-9]*\),.*/\1/p' | sort -un)
C=$(echo "$kids" | tail -n 1)
O=$(echo "$kids" | tail -n 2 | head -n 1)
Y=$(echo "$kids" | tail -n 3 | head -n 1)
[ -n "$C" ] && [ "$C" != "$O" ] && [ "$O" != "$Y" ] ||
	{ not_ok "the demo has three children on plans"; finish; }
# new TABLE JSON: POSTs a good record as the social worker; prints its id.
new() {
	if [ "$(api sw -X POST --data "$2" "$WEB_BASE/api/v1/$1")" != 201 ]; then
		echo "not ok - setup: POST $1 $2: $(cat body.txt)" >&2
		echo 0; return
	fi
	sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt
}
# episode CHILD PREFIX: contact, referral, strategy discussion, enquiry, conference, plan.
episode() {
	k=$1; p=$2
	eval "${p}CON=$(new contacts '{"child_id": '$k', "received_date": "2026-11-02", "source": "1A", "outcome": "referral"}')"
	eval "${p}R=$(new referrals '{"child_id": '$k', "contact_id": '"$(eval echo \$${p}CON)"', "received_date": "2026-11-02", "source": "1A", "decision_date": "2026-11-03", "nfa": false}')"
	eval "r=\$${p}R"
	eval "${p}SD=$(new strategy_discussions '{"child_id": '$k', "referral_id": '$r', "held_date": "2026-11-05", "outcome": "section_47"}')"
	eval "${p}S47=$(new s47_enquiries '{"child_id": '$k', "referral_id": '$r', "strategy_discussion_id": '"$(eval echo \$${p}SD)"', "start_date": "2026-11-06", "icpc_not_required": false}')"
	eval "${p}CONF=$(new conferences '{"child_id": '$k', "referral_id": '$r', "kind": "initial", "s47_id": '"$(eval echo \$${p}S47)"', "scheduled_date": "2026-11-20", "held_date": "2026-11-20", "decision": "plan", "categories": ["NEG"]}')"
	eval "${p}P=$(new cp_plans '{"child_id": '$k', "referral_id": '$r', "start_conference_id": '"$(eval echo \$${p}CONF)"', "start_date": "2026-11-20", "initial_category": "NEG", "latest_category": "NEG", "previous_plans": 0}')"
}
episode "$C" ""
episode "$O" O
ASM=$(new assessments '{"child_id": '$C', "referral_id": '$R', "start_date": "2026-11-04", "child_seen": true}')
V=$(new visits '{"child_id": '$C', "plan_id": '$P', "visit_date": "2026-11-25", "seen": true, "seen_alone": true}')
CIN=$(new cin_plans '{"child_id": '$C', "referral_id": '$R', "start_date": "2026-11-04"}')
CARE=$(new care_periods '{"child_id": '$C', "referral_id": '$R', "start_date": "2026-11-10", "legal_status": "V2"}')
REL=$(new relationships '{"child_id": '$C', "adult_id": 1, "kind": "grandparent", "parental_responsibility": false}')
# A sibling the social worker may open is written down (the check of a restricted one's
# cases is not a refusal of every relative).
SIB=$(new relationships '{"child_id": '$C', "relative_child_id": '$O', "kind": "half_sibling"}')
YR=$(new referrals '{"child_id": '$Y', "received_date": "2026-11-02", "source": "1A", "nfa": false}')
# An escalation of child C and its stage 1 (issue 11).
ESC=$(new escalations '{"child_id": '$C', "raised_date": "2026-11-20", "raised_by_id": 1, "raised_by_agency_id": 1, "about_agency_id": 1, "category": "delay", "concern": "The report was late"}')
ESCS=$(new escalation_stages '{"child_id": '$C', "escalation_id": '$ESC', "stage": 1, "opened_date": "2026-11-20"}')
api mgr "$WEB_BASE/api/v1/me" > /dev/null
MGR_ID=$(sed -n 's/^{"id":\([0-9]*\),.*/\1/p' body.txt)
equal "$(api mgr -X POST --data '{"child_id": '$Y', "user_id": '"$MGR_ID"', "reason": "a relative of the manager"}' \
	"$WEB_BASE/api/v1/restrictions")" 201 "setup: child $Y restricted to the manager"
# A LADO case (issue 11, point 2), written by the LADO.
AG=$(awk '/^"agencies": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	sed -n 's/^{"id": \([0-9]*\),.*/\1/p' | head -n 1)
api lado -X POST --data '{"kind": "referral", "received_date": "2026-11-02", "referrer_agency_id": '"$AG"', "employee_given_name": "Sam", "employee_family_name": "Hart", "sector": "education", "employee_role": "teacher", "category": "physical"}' \
	"$WEB_BASE/api/v1/lado_cases" > /dev/null
LC=$(sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt)
# A child's death (issue 11, point 6), written by the child death review.
api cdop -X POST --data '{"death_date": "2026-11-01", "notified_date": "2026-11-02", "notifying_agency_id": '"$AG"', "age_band": "1-4", "expectation": "unexpected"}' \
	"$WEB_BASE/api/v1/child_deaths" > /dev/null
DTH=$(sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt)
# A multi-agency case audit of child C (migration_audits), written by the manager: the
# partner's agency's return on the case, asked for on 2026-11-02, and an action it owns.
api part "$WEB_BASE/api/v1/me" > /dev/null
PAG=$(sed -n 's/.*"agency_id":\([0-9]*\).*/\1/p' body.txt)
mnew() {
	api mgr -X POST --data "$2" "$WEB_BASE/api/v1/$1" > /dev/null
	sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt
}
AUD=$(mnew case_audits '{"theme": "Neglect", "period_from": "2026-04-01", "period_to": "2026-09-30", "status": "in_progress", "started_date": "2026-11-02"}')
ACASE=$(mnew audit_cases '{"audit_id": '"${AUD:-0}"', "case_child_id": '$C'}')
ARET=$(mnew audit_contributions '{"audit_case_id": '"${ACASE:-0}"', "agency_id": '"${PAG:-0}"', "requested_date": "2026-11-02"}')
ACT=$(mnew actions '{"audit_id": '"${AUD:-0}"', "action": "Share the learning", "owner_agency_id": '"${PAG:-0}"', "set_date": "2026-11-16", "due_date": "2027-01-29", "status": "open"}')
# The household of child C, and one that is not theirs (the adult form's choice).
"$SG" export json --db d.db > all.json
CH=$(sed -n 's/^{"id": '"$C"', "la_child_id".*"household_id": \([0-9]*\)[,}].*/\1/p' all.json | head -n 1)
OH=$(awk '/^"households": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	sed -n 's/^{"id": \([0-9]*\),.*/\1/p' | grep -vx "${CH:-0}" | head -n 1)
# The demo's last training session (issue 11, point 5): one to come, months ahead.
TS=$(awk '/^"training_sessions": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	sed -n 's/^{"id": \([0-9]*\),.*/\1/p' | tail -n 1)
NONE=900000000
for v in C O Y R CON ASM SD S47 CONF P V CIN CARE REL SIB OR OCON OSD OS47 OCONF OP YR CH OH ESC ESCS LC AG DTH TS PAG AUD ACASE ARET ACT; do
	eval "val=\$$v"
	case "$val" in ''|0) not_ok "setup: $v has no record"; finish ;; esac
	echo "s/{$v}/$val/g"
done > expand.sed
echo "s/{NONE}/$NONE/g" >> expand.sed
ok "setup: child $C (referral $R, plan $P), child $O, child $Y restricted"

# expand TEXT: the placeholders filled in, to body.in (no newline at the end).
expand() {
	printf '%s' "$1" | sed -f expand.sed |
		sed 's/{d:\([a-z_]*\):\([^:}]*\):\([^:}]*\):\([^:}]*\)}/\1-day=\2\&\1-month=\3\&\1-year=\4/g' |
		awk 'BEGIN { RS = "\001" } {
			while (match($0, /\{x:[0-9]+\}/)) {
				n = substr($0, RSTART + 3, RLENGTH - 4) + 0; s = ""
				for (i = 0; i < n; i++) s = s "x"
				$0 = substr($0, 1, RSTART - 1) s substr($0, RSTART + RLENGTH)
			}
			printf "%s", $0 }' | sed 's/{ff}/\xff/g' > body.in
}

# The store's fingerprint: the whole area as JSON, through the program's own export.
fingerprint() { "$SG" export json --db d.db | cksum; }
# The newest audit entry's number.
audit_head() { "$SG" audit show --db d.db --limit 1 --json | sed -n 's/^  {"id": \([0-9]*\),.*/\1/p'; }

# said FILE VIA FIELD MESSAGE: the message, escaped as the page or the JSON writes it, in
# the error about FIELD (the summary's link to it; the API's error naming it).
said() {
	MSG=$4 FLD=$3 VIA=$2 awk '
	# each character of s as the page (api 0) or the JSON (api 1) writes it
	function esc(s, api,   o, i, c) {
		o = ""
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (api && (c == "\\" || c == "\"")) c = "\\" c
			else if (!api && c == "&") c = "&amp;"
			else if (!api && c == "<") c = "&lt;"
			else if (!api && c == ">") c = "&gt;"
			else if (!api && c == "\"") c = "&quot;"
			else if (!api && c == "\047") c = "&#39;"
			o = o c
		}
		return o
	}
	BEGIN { RS = "\001"; f = ENVIRON["FLD"]; api = ENVIRON["VIA"] ~ /^api/
		m = esc(ENVIRON["MSG"], api) }
	{ seen = 1
	  if (f == "-") { exit !index($0, m) }
	  sep = api ? "{\"field\":" : "<li>"
	  head = api ? "\"" f "\",\"message\":\"" : "<a href=\"#" f "\">"
	  n = split($0, part, sep)
	  for (i = 2; i <= n; i++)
		if (index(part[i], head) == 1 && index(part[i], m)) exit 0
	  exit 1 }
	END { if (!seen) exit 1 }' "$1"
}

# send VIA WHO METHOD PATH: the case's request, its body in body.in; prints the status.
send() {
	url="$WEB_BASE$4"
	eval "csrf=\$CSRF_$2"
	case $1 in
	form*)
		case $4 in */edit|*/close|*/end|*/resolve|*/respond|*/review|*/return|*/update)
			http -b "$2.jar" "$url" > /dev/null
			v=$(sed -n 's/.*name="version" value="\([^"]*\)".*/\1/p' body.txt | head -n 1)
			s=$(sed -n 's/.*name="since" value="\([^"]*\)".*/\1/p' body.txt | head -n 1)
			{ printf 'version=%s&since=%s&' "$v" "$s"; cat body.in; } > body.tmp
			mv body.tmp body.in ;;
		esac
		case $1 in
		form) { printf 'csrf=%s&' "$csrf"; cat body.in; } > body.tmp ;;
		form-badcsrf) { printf 'csrf=0%s&' "$csrf"; cat body.in; } > body.tmp ;;
		*) cat body.in > body.tmp ;;
		esac
		http -b "$2.jar" -X "$3" --data-binary @body.tmp \
			-H 'Content-Type: application/x-www-form-urlencoded' "$url" ;;
	api) api "$2" -X "$3" --data-binary @body.in "$url" ;;
	api-session) http -b "$2.jar" -X "$3" -H 'Content-Type: application/json' \
		--data-binary @body.in "$url" ;;
	api-badcsrf) http -b "$2.jar" -X "$3" -H 'Content-Type: application/json' \
		-H "X-CSRF-Token: 0$csrf" --data-binary @body.in "$url" ;;
	esac
}

BASE=$(fingerprint)
LAST=$(audit_head)
cases=0; skipped=0; skips=""
tab=$(printf '\t')
while IFS="$tab" read -r name needs via who method path body status fld message <&3; do
	case $name in ''|'#'*) continue ;; esac
	if [ "$needs" != "-" ] && [ "${FEATURES#* $needs }" = "$FEATURES" ]; then
		skipped=$((skipped + 1)); skips="$skips $name"; continue
	fi
	cases=$((cases + 1))
	[ "$body" = "-" ] && body=""
	expand "$path"; p=$(cat body.in)
	expand "$message"; message=$(cat body.in)
	expand "$body"
	got=$(send "$via" "$who" "$method" "$p")
	if [ "$got" = "$status" ]; then ok "$name: $status"; else
		not_ok "$name: status $got, expected $status"
		sed 's/^/    got: /' body.txt | grep -v '^    got: *$' | grep -i 'error\|message' | head -n 6
	fi
	[ -n "${BAD_SAVES_SHOW:-}" ] && grep -o '{"field":[^}]*}\|<li><a href="#[^<]*</a></li>\|"error":"[^"]*"\|<h1 class="govuk-heading-l">[^<]*</h1><p class="govuk-body">[^<]*' body.txt | sed "s/^/# $name: /"
	if [ -z "$message" ]; then not_ok "$name: the table gives no message"
	elif said body.txt "$via" "$fld" "$message"; then ok "$name: ... says: $message"; else
		not_ok "$name: ... does not say, of $fld: $message"
		grep -o '{"field":[^}]*}\|<li><a href="#[^<]*</a></li>\|"error":"[^"]*"' body.txt |
			sed 's/^/    got: /' | head -n 6
	fi
	if [ "$(fingerprint)" = "$BASE" ]; then ok "$name: ... the area unchanged"; else
		not_ok "$name: ... the area's export changed"
		BASE=$(fingerprint)
	fi
	"$SG" audit show --db d.db --limit 20 --json > trail.json
	if awk -v last="$LAST" '/^  {"id": / { id = $2 + 0
		if (id > last && /"action": "(create|change|import)"/) bad = 1 }
		END { exit bad }' trail.json; then ok "$name: ... no change in the audit trail"; else
		not_ok "$name: ... the audit trail has a change"
		awk -v last="$LAST" '/^  {"id": / && $2 + 0 > last && /"action": "(create|change|import)"/' \
			trail.json | cut -c 1-240 | sed 's/^/    /' | head -n 2
	fi
	LAST=$(audit_head)
done 3< "$TABLE"
[ "$cases" -ge 60 ] && ok "$cases cases run" || not_ok "only $cases cases run"
echo "# skip: $skipped cases wait for a feature (BAD_SAVES_FEATURES):$skips"
run 0 "the audit trail holds" "$SG" audit verify --db d.db
stop_server
finish
