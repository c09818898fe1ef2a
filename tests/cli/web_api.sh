#!/bin/sh
# The JSON API of safeguard serve, as a program uses it (docs/api.md): 401 without a
# session or token, a token from 'safeguard user token' as Authorization: Bearer, who
# it is (/api/v1/me), the search, a child's record in the shape of 'export json --child'
# (the same records, less the tables the role does not read), the worklist as 'check
# --json' writes it, one record and one child's records of a table of each family, the
# errors in JSON; need-to-know through the API (a partner, an analyst); and every view,
# search and refusal in the audit trail as soon as the answer is back.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'senior manager'); SEN=$1
set -- $(demo_login 'performance analyst'); ANA=$1
set -- $(demo_login 'Police'); POL=$1
serve d.db || finish
token() { "$SG" user token --db d.db "$1" 2> token.err; }
SW_T=$(token "$SW")
SEN_T=$(token "$SEN")
ANA_T=$(token "$ANA")
POL_T=$(token "$POL")
has token.err 'Authorization: Bearer TOKEN' "'user token' says how to send it"
api() { who=$1; shift; http -H "Authorization: Bearer $who" "$@"; }

# ---- Authentication ----
equal "$(http "$WEB_BASE/api/v1/me")" 401 "no session and no token: 401"
has body.txt '"error":"log in first' "... saying how to authenticate"
equal "$(http -H 'Authorization: Bearer 0123' "$WEB_BASE/api/v1/me")" 401 "a token that is not one: 401"
equal "$(http -H "Authorization: Bearer $(echo "$SW_T" | tr 0-9a-f a-f0-9)" "$WEB_BASE/api/v1/me")" 401 \
	"a token nobody was given: 401"
equal "$(http -H "Authorization: Basic $SW_T" "$WEB_BASE/api/v1/me")" 401 "another scheme: 401"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/me")" 200 "a token from 'user token': 200"
has body.txt "\"username\":\"$SW\"" "/api/v1/me: who"
has body.txt '"role":"social_worker"' "... their role"
has body.txt '"via_token":true' "... and that a token was sent"
equal "$(api "$SW_T" "$WEB_BASE/worklist")" 303 "a token opens no page (the browser's pages need a session)"

# ---- A child: the search, the record, the trail ----
# A child on a plan (so with records in most tables): the child of the export's last
# plan not ended, with its local id and names.
"$SG" export json --db d.db > all.json
ID=$(awk '/^"cp_plans": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json | grep '^{' |
	grep -v '"end_date"' | tail -n 1 |
	sed -n 's/.*"child_id": \([0-9]*\),.*/\1/p')
set -- $(sed -n 's/^{"id": '"$ID"', "la_child_id": "\([^"]*\)", "given_name": "\([^"]*\)", "family_name": "\([^"]*\)".*/\1 \2 \3/p' all.json)
LA=$1; GIVEN=$2; FAMILY=$3
equal "$(api "$SW_T" "$WEB_BASE/api/v1/children?q=$FAMILY")" 200 "search by family name: 200"
has body.txt "{\"id\":$ID,\"la_child_id\":\"$LA\",\"restricted\":false,\"given_name\":\"$GIVEN\"" "... finds the child"
"$SG" audit show --db d.db --limit 1 --json > last.json
has last.json '"action": "search"' "the search is in the trail when its answer is back"
has last.json "\"what\": \"$FAMILY\"" "... with the words searched"
has last.json "\"username\": \"$SW\"" "... and who searched"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/children?q=$LA")" 200 "search by local id"
has body.txt "\"id\":$ID," "... finds the child"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/children")" 400 "a search without q: 400"
has body.txt '"error":"q: give what to search for' "... saying what to give"

equal "$(api "$SW_T" "$WEB_BASE/api/v1/children/$ID")" 200 "a child's record: 200"
cp body.txt api-child.json
"$SG" audit show --db d.db --limit 1 --json > last.json
has last.json '"action": "view"' "the view is in the trail when its answer is back"
has last.json "\"child_id\": $ID" "... of this child"
has last.json '"what": "/api/v1/children/{id}"' "... through the API"
"$SG" export json --db d.db --child "$ID" > export-child.json
# The export of the child, less the tables a social worker does not read through the
# API (users, settings): the same records, byte for byte.
grep -o '^"[a-z_0-9]*": \[' export-child.json | grep -v '"users"\|"settings"' > want-keys.txt
grep -o '^"[a-z_0-9]*": \[' api-child.json > got-keys.txt
same want-keys.txt got-keys.txt "the child's record has the tables of 'export json --child' a social worker reads"
grep '^{"id"' export-child.json | grep -v '"username"\|"key"' > want-rows.txt
grep '^{"id"' api-child.json > got-rows.txt
same want-rows.txt got-rows.txt "... with the same records, field for field"
has api-child.json '"format": "safeguard", "version": 1' "... and the export's format line"

# The page of the child, in a browser's session: its view is in the trail too.
login sw.jar "$SW" "$SW_PW" > /dev/null
equal "$(http -b sw.jar "$WEB_BASE/children/$ID")" 200 "the child's page: 200"
"$SG" audit show --db d.db --limit 1 --json > last.json
has last.json '"action": "view"' "the page's view is in the trail when the page is back"
has last.json '"what": "/children/{id}"' "... as the page's route"
has last.json '"address": "127.0.0.1"' "... with the address it came from"
has last.json '"role": "social_worker"' "... and the role"

# ---- A record and a child's records of each family of tables ----
rec() { grep "^\"$1\": \[" -A 1 export-child.json | sed -n 2p | sed -n 's/^{"id": \([0-9]*\),.*/\1/p'; }
for t in adults referrals conferences cp_plans visits; do
	id=$(rec "$t")
	[ -n "$id" ] || { not_ok "$t: the child has no record to ask for"; continue; }
	equal "$(api "$SW_T" "$WEB_BASE/api/v1/$t/$id")" 200 "GET /api/v1/$t/$id: 200"
	line=$(awk -v t="\"$t\": [" 'index($0, t) == 1 { on = 1; next } /^"/ { on = 0 } on' export-child.json |
		grep "^{\"id\": $id," | sed 's/,$//')
	equal "$(cat body.txt)" "$line" "... the record as the export writes it"
	equal "$(api "$SW_T" "$WEB_BASE/api/v1/$t?child_id=$ID")" 200 "GET /api/v1/$t?child_id=$ID: 200"
	has body.txt "{\"$t\": [" "... a list named for its table"
	has body.txt "$line" "... holding the record"
done
hh=$(sed -n 's/.*"household_id": \([0-9]*\).*/\1/p' export-child.json | head -n 1)
equal "$(api "$SW_T" "$WEB_BASE/api/v1/households/$hh")" 200 "the child's household: 200"
has body.txt '"address": ' "... its address"
"$SG" audit show --db d.db --limit 1 --json > last.json
has last.json '"action": "view"' "a record of no one child read is in the trail too"
has last.json "\"table\": \"households\", \"record_id\": $hh," "... naming the record"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/agencies/1")" 200 "a shared record (an agency): 200"
has body.txt '{"id": 1, "name": ' "... as the export writes it"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/teams")" 200 "a shared table whole (the teams): 200"
has body.txt '{"teams": [' "... a list"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/referrals/99999")" 404 "a record there is not: 404"
has body.txt '"status":404' "... in JSON"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/referrals")" 400 "a child's table without child_id: 400"
has body.txt 'child_id: give the record id of the child' "... saying what to give"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/referrals?child_id=99999")" 404 "child_id of no child: 404"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/referrals?child_id=x")" 400 "child_id not a number: 400"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/users/1")" 403 "a table the role does not read (users): 403"
has body.txt '"status":403' "... in JSON"
"$SG" audit show --db d.db --limit 1 --json > last.json
has last.json '"action": "refused"' "... and the refusal is in the trail"

# ---- The worklist, as check --json writes it ----
equal "$(api "$SW_T" "$WEB_BASE/api/v1/worklist")" 200 "a social worker's worklist: 200"
"$SG" check --db d.db --json --user "$SW" > want.json
same body.txt want.json "... the same as 'check --json --user'"
equal "$(api "$SEN_T" "$WEB_BASE/api/v1/worklist")" 200 "a senior manager's worklist: the area's"
sed "s/,\"username\":\"$SEN\"//" body.txt > got.json
"$SG" check --db d.db --json > want.json
same got.json want.json "... the same as 'check --json' (and who asked)"
equal "$(api "$ANA_T" "$WEB_BASE/api/v1/worklist")" 200 "an analyst's worklist: the area's"
sed -n 's/.*"la_child_id":"\([^"]*\)","name":"\([^"]*\)".*/\2/p' want.json | head -n 1 > name.txt
[ -s name.txt ] && lacks body.txt "$(cat name.txt)" "... without the children's names" ||
	ok "... (the area has nothing due to show names of)"
grep -o '"\(actor\|chair\)":{[^}]*}\|"la_child_id":"[^"]*","name":[^,]*' body.txt | grep -v '"name":null' > named.txt
lacks named.txt '"name"' "... nor anyone's who acts for them"

# ---- Need-to-know through the API ----
equal "$(api "$ANA_T" "$WEB_BASE/api/v1/children/$ID")" 403 "an analyst asks for a child's record: 403"
lacks body.txt "$GIVEN $FAMILY" "... with nothing of the child"
equal "$(api "$ANA_T" "$WEB_BASE/api/v1/children?q=$FAMILY")" 403 "... nor may search"
equal "$(api "$POL_T" "$WEB_BASE/api/v1/me")" 200 "a police officer's token"
agency=$(sed -n 's/.*"agency_id":\([0-9]*\).*/\1/p' body.txt)
# A child the officer's agency does not know: no invitation of the agency, no member of
# the core group from it, and not referred by it (worked out from the export).
other=$(awk -v a="$agency" '
	/^"[a-z_]*": \[/ { t = $1; next }
	t == "\"professionals\":" && match($0, /"agency_id": [0-9]+/) {
		split($0, f, /[ ,]+/); pa[f[2]] = substr($0, RSTART + 13, RLENGTH - 13) }
	t == "\"children\":" { split($0, f, /[ ,]+/); kids[f[2]] = 1 }
	match($0, /"child_id": [0-9]+/) { c = substr($0, RSTART + 12, RLENGTH - 12)
		if (t == "\"conference_invitees\":" && index($0, "\"agency_id\": " a ",")) known[c] = 1
		if (t == "\"referrals\":" && index($0, "\"referrer_agency_id\": " a)) known[c] = 1
		if (t == "\"core_group_members\":" && match($0, /"professional_id": [0-9]+/) &&
		    pa[substr($0, RSTART + 19, RLENGTH - 19)] == a) known[c] = 1 }
	END { for (k in kids) if (!(k in known)) { print k; exit } }' all.json)
if [ -n "$other" ]; then
	equal "$(api "$POL_T" "$WEB_BASE/api/v1/children/$other")" 403 "a partner asks for a child their agency does not know: 403"
	has body.txt '"status":403' "... in JSON"
	"$SG" audit show --db d.db --limit 1 --json > last.json
	has last.json '"action": "refused"' "... written to the trail"
	has last.json "\"child_id\": $other" "... naming the child"
	equal "$(api "$POL_T" "$WEB_BASE/api/v1/cp_plans?child_id=$other")" 403 "... or for their plans: 403"
else
	not_ok "the demo has no child the police do not know"
fi
stop_server
run 0 "audit verify holds" "$SG" audit verify --db d.db
finish
