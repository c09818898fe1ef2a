#!/bin/sh
# Writing through the JSON API (docs/api.md, "Writing records"): a referral made with
# POST (201, Location, the saved record, its ETag) and changed with PATCH (200), each
# with its entry in the audit trail; the record layer's errors with the fields they are
# about (422); a PATCH over a change made since (412, nothing changed) and one without
# If-Match; a body that is not JSON, not UTF-8, too large, of unknown fields or wrong
# types, or of another id (400, 413, 422); a reference to another child's record; a
# browser's session without the CSRF header (403, nothing changed) and with it; a child
# the person may not open (403, audited) and a record that does not exist (404); a role
# that does not write the table (403); and the server's own pages seeing a change at once.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'team manager'); MGR=$1
set -- $(demo_login 'Police'); POL=$1
set -- $(demo_login 'administrator'); ADM=$1
serve d.db || finish
token() { "$SG" user token --db d.db "$1" 2> token.err; }
SW_T=$(token "$SW")
MGR_T=$(token "$MGR")
POL_T=$(token "$POL")
ADM_T=$(token "$ADM")
api() { who=$1; shift; http -H "Authorization: Bearer $who" -H 'Content-Type: application/json' "$@"; }
last_entry() { "$SG" audit show --db d.db --limit 1 --json > last.json; }
count_referrals() {
	api "$SW_T" "$WEB_BASE/api/v1/referrals?child_id=$1" > /dev/null
	grep -c '^{"id"' body.txt
}

# Two children on a plan not ended: X written to, Y restricted later. A contact of Y,
# for a reference to another child's record.
"$SG" export json --db d.db > all.json
plans=$(awk '/^"cp_plans": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json | grep '^{' |
	grep -v '"end_date"' | sed -n 's/.*"child_id": \([0-9]*\),.*/\1/p' | sort -un)
X=$(echo "$plans" | tail -n 1)
Y=$(echo "$plans" | tail -n 2 | head -n 1)
Y_CONTACT=$(awk '/^"contacts": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	grep "\"child_id\": $Y," | head -n 1 | sed -n 's/^{"id": \([0-9]*\),.*/\1/p')
[ -n "$X" ] && [ -n "$Y" ] && [ "$X" != "$Y" ] && [ -n "$Y_CONTACT" ] ||
	{ not_ok "the demo has two children on plans, and a contact of one"; finish; }
BEFORE=$(count_referrals "$X")

# ---- POST: a new referral ----
NEW='{"child_id": '$X', "received_date": "2026-11-30", "source": "2A", "nfa": false}'
equal "$(api "$SW_T" -X POST --data "$NEW" "$WEB_BASE/api/v1/referrals")" 201 "POST a referral: 201"
REF=$(sed -n 's/^{"id": \([0-9]*\),.*/\1/p' body.txt)
has body.txt "{\"id\": $REF, \"child_id\": $X, \"received_date\": \"2026-11-30\", \"source\": \"2A\", \"nfa\": false}" \
	"... the saved record, as the export writes it"
equal "$(header Location)" "/api/v1/referrals/$REF" "... with its address in Location"
TAG1=$(header ETag)
case "$TAG1" in \"[0-9a-f]*\") ok "... and its version as a quoted ETag" ;;
	*) not_ok "... and its version as a quoted ETag: got '$TAG1'" ;; esac
last_entry
has last.json '"action": "create"' "the trail has the new record when the answer is back"
has last.json "\"username\": \"$SW\"" "... by who"
has last.json "\"table\": \"referrals\", \"record_id\": $REF, \"child_id\": $X, \"what\": \"api\"" \
	"... of this referral, through the API"
has last.json '\"source\": \"2A\"' "... with its fields"
equal "$(count_referrals "$X")" $((BEFORE + 1)) "the child has one more referral"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/referrals/$REF")" 200 "GET the new referral"
equal "$(header ETag)" "$TAG1" "... sends the same ETag"

# ---- PATCH: fields of it changed ----
equal "$(api "$SW_T" -X PATCH -H "If-Match: $TAG1" \
	--data '{"primary_need": "N1", "decision_date": "2026-12-01"}' \
	"$WEB_BASE/api/v1/referrals/$REF")" 200 "PATCH with the ETag read: 200"
has body.txt '"primary_need": "N1", "decision_date": "2026-12-01"' "... the record as saved"
has body.txt '"received_date": "2026-11-30"' "... the fields not sent as they were"
TAG2=$(header ETag)
[ -n "$TAG2" ] && [ "$TAG2" != "$TAG1" ] && ok "... and a new ETag" || not_ok "... and a new ETag: '$TAG2'"
last_entry
has last.json '"action": "change"' "the change is in the trail"
has last.json '\"before\": {\"primary_need\": null, \"decision_date\": null}' "... with the fields before"
has last.json '\"after\": {\"primary_need\": \"N1\", \"decision_date\": \"2026-12-01\"}' "... and after"
"$SG" audit show --db d.db --user "$SW" --limit 5 > mine.txt
has mine.txt "referrals $REF" "audit show --user lists the writes"
run 0 "audit verify: the trail is whole" "$SG" audit verify --db d.db

# ---- 412: a change made since the ETag was read ----
equal "$(api "$SW_T" -X PATCH -H "If-Match: $TAG1" --data '{"primary_need": "N2"}' \
	"$WEB_BASE/api/v1/referrals/$REF")" 412 "PATCH with a stale If-Match: 412"
has body.txt '"error":"the record has changed since you read it, so nothing was changed' \
	"... saying what happened and what to do"
V=${TAG2#\"}; V=${V%\"}
has body.txt "\"etag\":\"\\\"$V\\\"\"" "... with the version now stored"
api "$SW_T" "$WEB_BASE/api/v1/referrals/$REF" > /dev/null
has body.txt '"primary_need": "N1"' "... and nothing changed"
equal "$(api "$SW_T" -X PATCH -H 'If-Match: W/'"$TAG2" --data '{"primary_need": "N2"}' \
	"$WEB_BASE/api/v1/referrals/$REF")" 412 "a weak ETag never matches If-Match"
equal "$(api "$SW_T" -X PATCH -H "If-Match: \"0\", $TAG2" --data '{"primary_need": "N2"}' \
	"$WEB_BASE/api/v1/referrals/$REF")" 200 "If-Match with a list holding the version: 200"
equal "$(api "$SW_T" -X PATCH --data '{"primary_need": null}' \
	"$WEB_BASE/api/v1/referrals/$REF")" 200 "PATCH without If-Match: made over what is stored"
lacks body.txt '"primary_need"' "... null clears a field"
N=$("$SG" audit show --db d.db --json --limit 200 | grep -c "\"record_id\": $REF, ")
equal "$(api "$SW_T" -X PATCH --data '{"nfa": false}' "$WEB_BASE/api/v1/referrals/$REF")" 200 \
	"PATCH that changes nothing: 200"
equal "$("$SG" audit show --db d.db --json --limit 200 | grep -c "\"record_id\": $REF, ")" "$N" \
	"... and no entry in the trail"

# ---- 422: the record layer's errors, by field ----
equal "$(api "$SW_T" -X POST --data '{"child_id": '$X', "received_date": "2026-02-30", "source": "ZZ"}' \
	"$WEB_BASE/api/v1/referrals")" 422 "POST a referral with wrong values: 422"
has body.txt '{"field":"received_date","message":"\"2026-02-30\" is not a date' "... the date's error, by field"
has body.txt '{"field":"source","message":"\"ZZ\" is not' "... the code's"
equal "$(api "$SW_T" -X POST --data '{"child_id": '$X', "source": "2A"}' "$WEB_BASE/api/v1/referrals")" 422 \
	"POST a referral without its required fields: 422"
has body.txt '{"field":"received_date","message":"' "... each missing field named"
has body.txt '{"field":"nfa","message":"' "... all of them"
has body.txt '"status":422' "... with the status"
equal "$(api "$SW_T" -X PATCH --data '{"decision_date": "2026-11-01"}' \
	"$WEB_BASE/api/v1/referrals/$REF")" 422 "a decision before the referral: 422"
has body.txt '{"field":"decision_date","message":"' "... the date order, by field"
equal "$(api "$SW_T" -X PATCH --data '{"contact_id": '"$Y_CONTACT"'}' \
	"$WEB_BASE/api/v1/referrals/$REF")" 422 "a contact of another child: 422"
has body.txt "is a record of child $Y, not of child $X" "... the record layer's same-child check"
equal "$(count_referrals "$X")" $((BEFORE + 1)) "refused writes changed nothing"

# ---- Bodies that cannot be read ----
equal "$(api "$SW_T" -X POST --data '{"child_id": '$X',' "$WEB_BASE/api/v1/referrals")" 400 "JSON cut short: 400"
has body.txt '"error":"the body is not JSON: line 1' "... saying where"
printf '{"child_id": %s, "source": "\377"}' "$X" > bad.json
equal "$(api "$SW_T" -X POST --data-binary @bad.json "$WEB_BASE/api/v1/referrals")" 400 "bytes that are not UTF-8: 400"
has body.txt 'the body is not UTF-8 (byte 29 is 0xFF)' "... saying which"
equal "$(api "$SW_T" -X POST --data '[1, 2]' "$WEB_BASE/api/v1/referrals")" 400 "an array, not an object: 400"
equal "$(api "$SW_T" -X POST "$WEB_BASE/api/v1/referrals")" 400 "no body: 400"
head -c 70000 /dev/zero | tr '\0' ' ' > big.json
equal "$(api "$SW_T" -X POST --data-binary @big.json "$WEB_BASE/api/v1/referrals")" 413 "a body over 64 KiB: 413"
equal "$(api "$SW_T" -X POST --data '{"child_id": '$X', "recieved_date": "2026-11-30"}' \
	"$WEB_BASE/api/v1/referrals")" 422 "a field the table does not have: 422"
has body.txt '{"field":"recieved_date","message":"\"recieved_date\" is not a field of a referral (its fields: id, child_id' \
	"... named, with the fields it has"
equal "$(api "$SW_T" -X PATCH --data '{"nfa": "no"}' "$WEB_BASE/api/v1/referrals/$REF")" 422 "a value of the wrong type: 422"
has body.txt '{"field":"nfa","message":"\"no\" is not true or false (use true or false, without quotes)"}' "... saying what to send"
equal "$(api "$SW_T" -X PATCH --data '{"id": 1, "nfa": true}' "$WEB_BASE/api/v1/referrals/$REF")" 422 \
	"an id in the body other than the address's: 422"
has body.txt '{"field":"id","message":"1 is not the id of the referral this address changes' "... saying so"
equal "$(api "$SW_T" -X POST --data '{"id": '"$REF"', "nfa": true}' "$WEB_BASE/api/v1/referrals")" 422 \
	"an id in a new record's body: 422"
has body.txt '{"field":"id","message":"leave id out' "... saying to leave it out"

# ---- A browser's session: the CSRF token as a header ----
login sw.jar "$SW" "$SW_PW" > /dev/null
CSRF=$(page_csrf sw.jar)
equal "$(http -b sw.jar -X POST --data "$NEW" "$WEB_BASE/api/v1/referrals")" 403 \
	"a session's API write without X-CSRF-Token: 403"
has body.txt '"error":"a write in a browser'"'"'s session must come from safeguard'"'"'s own pages and send the session'"'"'s CSRF token as X-CSRF-Token' \
	"... saying what to send, in JSON"
equal "$(http -b sw.jar -X POST -H "X-CSRF-Token: 0$CSRF" --data "$NEW" "$WEB_BASE/api/v1/referrals")" 403 \
	"... or with a token not the session's"
equal "$(count_referrals "$X")" $((BEFORE + 1)) "... and nothing changed"
equal "$(http -b sw.jar -X POST -H "X-CSRF-Token: $CSRF" --data "$NEW" "$WEB_BASE/api/v1/referrals")" 201 \
	"with the session's token: 201"
equal "$(count_referrals "$X")" $((BEFORE + 2)) "... and saved"
equal "$(api "$SW_T" -X POST -H "Origin: http://elsewhere.example" --data "$NEW" \
	"$WEB_BASE/api/v1/referrals")" 201 "a token needs no CSRF token"

# ---- Need-to-know: a child the person may not open ----
api "$MGR_T" "$WEB_BASE/api/v1/me" > /dev/null
MGR_ID=$(sed -n 's/^{"id":\([0-9]*\),.*/\1/p' body.txt)
equal "$(api "$MGR_T" -X POST --data '{"child_id": '$Y', "user_id": '"$MGR_ID"', "reason": "a relative of the manager"}' \
	"$WEB_BASE/api/v1/restrictions")" 201 "a manager restricts a child's record to themself"
YREF=$(awk '/^"referrals": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	grep "\"child_id\": $Y," | head -n 1 | sed -n 's/^{"id": \([0-9]*\),.*/\1/p')
BEFORE_Y=$("$SG" export json --db d.db --child "$Y" | grep -c '^{"id"')
SINCE=$("$SG" audit show --db d.db --limit 1 --json | sed -n 's/.*{"id": \([0-9]*\),.*/\1/p' | head -n 1)
equal "$(api "$SW_T" -X POST --data '{"child_id": '$Y', "received_date": "2026-11-30", "source": "2A", "nfa": false}' \
	"$WEB_BASE/api/v1/referrals")" 403 "the social worker may not write a record of the restricted child (at once)"
has body.txt 'restricted' "... saying why"
last_entry
has last.json '"action": "refused"' "... audited"
has last.json "\"child_id\": $Y" "... of that child"
equal "$(api "$SW_T" -X PATCH --data '{"nfa": true}' "$WEB_BASE/api/v1/referrals/$YREF")" 403 \
	"... nor change one of its records"
equal "$(api "$SW_T" -X PATCH --data '{"child_id": '$Y'}' "$WEB_BASE/api/v1/referrals/$REF")" 403 \
	"... nor move a record to it"
equal "$("$SG" export json --db d.db --child "$Y" | grep -c '^{"id"')" "$BEFORE_Y" "... and nothing changed"
equal "$(api "$SW_T" -X PATCH --data '{"nfa": true}' "$WEB_BASE/api/v1/referrals/9000000000")" 404 \
	"a record that does not exist: 404"
equal "$(api "$POL_T" -X POST --data "$NEW" "$WEB_BASE/api/v1/referrals")" 403 \
	"a partner does not write referrals: 403"
equal "$(api "$SW_T" -X POST --data '{"name": "An agency"}' "$WEB_BASE/api/v1/agencies")" 403 \
	"a social worker does not write agencies: 403"
equal "$(api "$SW_T" -X DELETE "$WEB_BASE/api/v1/referrals/$REF")" 405 "DELETE is not a write the API takes: 405"
equal "$(header Allow)" "GET, HEAD, PATCH" "... Allow says which are"

# ---- The server sees the change at once ----
equal "$(api "$SW_T" "$WEB_BASE/api/v1/children/$X")" 200 "GET a child"
CTAG=$(header ETag)
equal "$(api "$SW_T" -X PATCH -H "If-Match: $CTAG" --data '{"given_name": "Zebedee"}' \
	"$WEB_BASE/api/v1/children/$X")" 200 "PATCH the child's given name with its ETag"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/children?q=zebedee")" 200 "search for the new name"
has body.txt "{\"id\":$X," "... finds the child: the area in memory holds the change"
equal "$(http -b sw.jar "$WEB_BASE/children/$X")" 200 "the child's page"
has body.txt 'Zebedee' "... shows the new name"

# ---- The administrator's tables ----
equal "$(api "$ADM_T" -X POST --data '{"key": "session.idle_minutes", "value": "30", "effective_from": "2020-01-06"}' \
	"$WEB_BASE/api/v1/settings")" 422 "a setting from a date past, not said to be meant: 422"
has body.txt '{"field":"effective_from","message":"the date is in the past: send ?backdate=1' "... saying how, as the form asks"
equal "$(api "$ADM_T" -X POST --data '{"key": "session.idle_minutes", "value": "30", "effective_from": "2020-01-06"}' \
	"$WEB_BASE/api/v1/settings?backdate=1")" 201 "... and with ?backdate=1: 201"
equal "$(api "$ADM_T" -X PATCH --data '{"value": "Demo Borough"}' "$WEB_BASE/api/v1/settings/1")" 422 \
	"a change to a setting of a date past asks for ?backdate=1 too"
equal "$(api "$ADM_T" -X PATCH --data '{}' "$WEB_BASE/api/v1/settings/1")" 200 \
	"... but a PATCH that changes nothing does not"
api "$SW_T" "$WEB_BASE/api/v1/me" > /dev/null
SW_ID=$(sed -n 's/^{"id":\([0-9]*\),.*/\1/p' body.txt)
equal "$(api "$ADM_T" -X PATCH --data '{"active": false}' "$WEB_BASE/api/v1/users/$SW_ID")" 200 \
	"the administrator disables a user through the API"
equal "$(api "$SW_T" "$WEB_BASE/api/v1/me")" 401 "... their token stops at once"
equal "$(http -b sw.jar "$WEB_BASE/worklist")" 303 "... and their session has ended"
last_entry
has last.json '"action": "change", "table": "users"' "... in the trail"

stop_server
finish
