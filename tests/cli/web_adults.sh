#!/bin/sh
# A parent or carer not yet recorded, added on the web from a child's record with their
# relationship to the child, in one step: the adult is on the child's page and in the
# export, related to the child; the relationship form offers them (by name, not by a
# record id) on the forms of the child and of a brother or sister in the same household,
# and offers each of the two children as the other's relative;
# a bad submission is refused naming the field, with what was typed kept and nothing
# stored; a household other than the child's, a form without its CSRF token and a
# partner practitioner are refused. The API's relationships are written as before.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'partner agency practitioner'); PART=$1; PART_PW=$2
"$SG" export json --db d.db > all.json
serve d.db || finish
login sw.jar "$SW" "$SW_PW" > /dev/null
login part.jar "$PART" "$PART_PW" > /dev/null
CSRF=$(page_csrf sw.jar)
count() { "$SG" summary --db d.db | awk -v t="$1" '$1 == t { print $2 }'; }
d() { echo "$1-day=$2&$1-month=$3&$1-year=$4"; }

# Two children of one household whom the social worker may open.
C=""; S=""
for pair in $(awk '/^"children": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	sed -n 's/^{"id": \([0-9]*\),.*"household_id": \([0-9]*\)}.*/\2 \1/p' | sort -n |
	awk '$1 == h { print c ":" $2 ":" h } { h = $1; c = $2 }'); do
	a=${pair%%:*}; rest=${pair#*:}; b=${rest%%:*}; H=${rest#*:}
	[ "$(http -b sw.jar "$WEB_BASE/children/$a")" = 200 ] || continue
	[ "$(http -b sw.jar "$WEB_BASE/children/$b")" = 200 ] || continue
	C=$a; S=$b; break
done
[ -n "$C" ] || { not_ok "two children of one household the social worker may open"; finish; }
ok "children $C and $S of household $H"
# A household that is not theirs.
OH=$(awk '/^"households": \[/ { on = 1; next } /^"/ { on = 0 } on' all.json |
	sed -n 's/^{"id": \([0-9]*\),.*/\1/p' | grep -vx "$H" | head -n 1)

http -b sw.jar "$WEB_BASE/children/$C" > /dev/null
has body.txt "/children/$C/new/adults" "the child's record links to the form of a new adult"
equal "$(http -b sw.jar "$WEB_BASE/children/$C/new/adults")" 200 "the form of a new adult opens"
for f in given_name family_name birth_date-day sex household_id kind parental_responsibility; do
	has body.txt "id=\"$f\"" "... asking for $f"
done

# bad BODY FIELD-ID MESSAGE TYPED: 422, the summary links to the field and says what is
# wrong, what was typed is kept, and neither an adult nor a relationship is stored.
bad() {
	na=$(count adults); nr=$(count relationships)
	equal "$(http -b sw.jar --data "csrf=$CSRF&$1" "$WEB_BASE/children/$C/adults")" 422 \
		"a wrong adult ($2): 422"
	has body.txt "href=\"#$2\"" "... the error summary links to $2"
	has body.txt "id=\"$2\"" "... which is on the page"
	has body.txt "$3" "... saying: $3"
	has body.txt "$4" "... what was typed kept"
	equal "$(count adults)" "$na" "... no adult stored"
	equal "$(count relationships)" "$nr" "... no relationship stored"
}
equal "$(http -b sw.jar --data "csrf=$CSRF" "$WEB_BASE/children/$C/adults")" 422 "an empty adult form: 422"
has body.txt 'href="#given_name"' "... naming the adult's fields"
has body.txt 'href="#sex"' "... every one"
has body.txt 'href="#kind"' "... and the relationship's, at once"
good="given_name=Zelda&family_name=Formadult&$(d birth_date 3 3 1985)&sex=F&household_id=$H"
bad "family_name=Formadult&sex=F&kind=mother" given_name 'Given name: ' 'value="Formadult"'
bad "given_name=Zelda&family_name=Formadult&sex=Q&kind=mother" sex 'not a sex code' 'value="Zelda"'
bad "given_name=Zelda&family_name=Formadult&$(d birth_date 3 3 1899)&sex=F&kind=mother" \
	birth_date-day 'is outside the years this date may take' 'value="1899"'
bad "given_name=Zelda&family_name=Formadult&$(d birth_date 30 2 1985)&sex=F&kind=mother" \
	birth_date-day 'is not a date' 'value="30"'
bad "$good" kind 'Relationship to the child: ' 'value="Zelda"'
bad "$good&kind=aunt" kind 'is not a relationship (use one of mother' 'value="Formadult"'
bad "$good&kind=mother&parental_responsibility=perhaps" parental_responsibility \
	'Has parental responsibility: ' 'value="Zelda"'
bad "given_name=Zelda&family_name=Formadult&sex=F&household_id=$OH&kind=mother" household_id \
	"choose Yes for the child&#39;s household" 'value="Zelda"'

na=$(count adults); nr=$(count relationships)
equal "$(http -b sw.jar --data "$good&kind=mother&parental_responsibility=true" "$WEB_BASE/children/$C/adults")" 403 \
	"a new adult without the form's CSRF token: 403"
equal "$(count adults)" "$na" "... nothing stored"
PCSRF=$(page_csrf part.jar)
equal "$(http -b part.jar "$WEB_BASE/children/$C/new/adults")" 403 "a partner may not open the form"
equal "$(http -b part.jar --data "csrf=$PCSRF&$good&kind=mother" "$WEB_BASE/children/$C/adults")" 403 \
	"... nor add an adult"
equal "$(count adults)" "$na" "... nothing stored"

# ---- The adult added ----
equal "$(http -b sw.jar --data "csrf=$CSRF&$good&kind=mother&parental_responsibility=true" "$WEB_BASE/children/$C/adults")" 303 \
	"a right form saves (303)"
loc=$(header Location)
equal "$loc" "/children/$C?saved=adults&as=edit" "... back to the child's record"
equal "$(count adults)" "$((na + 1))" "... one adult stored"
equal "$(count relationships)" "$((nr + 1))" "... and one relationship"
http -b sw.jar "$WEB_BASE$loc" > /dev/null
has body.txt 'Adult saved, with their relationship to the child' "the record says it was saved"
has body.txt 'Zelda Formadult, mother, with parental responsibility, lives with the child' \
	"the adult is among the child's adults"
"$SG" export json --db d.db > after.json
A=$(sed -n 's/^{"id": \([0-9]*\), "given_name": "Zelda", "family_name": "Formadult", "birth_date": "1985-03-03", "sex": "F", "household_id": '"$H"'}.*/\1/p' after.json)
[ -n "$A" ] && ok "export json holds the adult as typed (adult $A)" || not_ok "export json lacks the adult"
has after.json "\"child_id\": $C, \"adult_id\": $A, \"kind\": \"mother\", \"parental_responsibility\": true}" \
	"... and their relationship to the child"
"$SG" audit show --db d.db --action create --limit 2 --json > last.json
has last.json '"table": "adults"' "the trail holds the adult's entry"
has last.json '"table": "relationships"' "... and the relationship's"
has last.json "\"username\": \"$SW\"" "... by the social worker"

# ---- The relationship form offers them ----
equal "$(http -b sw.jar "$WEB_BASE/children/$C/new/relationships")" 200 "the relationship form opens"
has body.txt '<select class="govuk-select" id="adult_id" name="adult_id">' "... the adult is chosen from a list"
has body.txt "<option value=\"$A\">Zelda Formadult, born 3 March 1985, lives with the child</option>" \
	"... which offers the adult added"
lacks body.txt 'The adult&#39;s record id' "... not typed as a record id"
has body.txt "/children/$C/new/adults" "... with the way to add an adult not listed"
has body.txt '<select class="govuk-select" id="relative_child_id" name="relative_child_id">' \
	"... a relative child is chosen from a list too"
has body.txt "<option value=\"$S\">" "... which offers the brother or sister of the household"
lacks body.txt "<option value=\"$C\">" "... and not the child themself"
lacks body.txt 'relative child&#39;s record id' "... not typed as a record id"
equal "$(http -b sw.jar "$WEB_BASE/children/$S/new/relationships")" 200 "a brother's or sister's relationship form opens"
has body.txt "<option value=\"$A\">Zelda Formadult" "... offering the adult of their household too"
has body.txt "<option value=\"$C\">" "... and the child as their relative"
nr=$(count relationships)
equal "$(http -b sw.jar --data "csrf=$CSRF&kind=mother&adult_id=$A&parental_responsibility=true" "$WEB_BASE/children/$S/relationships")" 303 \
	"the sibling is related to the adult through the form"
equal "$(count relationships)" "$((nr + 1))" "... stored"
REL=$("$SG" audit show --db d.db --action create --limit 1 --json | sed -n 's/.*"record_id": \([0-9]*\).*/\1/p' | head -n 1)
equal "$(http -b sw.jar "$WEB_BASE/relationships/$REL/edit")" 200 "the relationship's form opens"
has body.txt "<option value=\"$A\" selected>Zelda Formadult" "... with the adult chosen"

# ---- The API writes relationships as before ----
TOK=$("$SG" user token --db d.db "$SW" 2> token.err)
api() { http -H "Authorization: Bearer $TOK" -H 'Content-Type: application/json' "$@"; }
equal "$(api -X POST --data "{\"child_id\": $C, \"adult_id\": $A, \"kind\": \"carer\"}" "$WEB_BASE/api/v1/relationships")" 201 \
	"POST /api/v1/relationships with an adult's id: 201"
has body.txt "\"adult_id\": $A" "... naming the adult"
equal "$(api -X POST --data "{\"child_id\": $C, \"adult_id\": 999999999, \"kind\": \"carer\"}" "$WEB_BASE/api/v1/relationships")" 422 \
	"... an adult no one has: 422"
has body.txt '"field":"adult_id"' "... naming the field"
equal "$(count relationships)" "$((nr + 2))" "... only the good one stored"

stop_server
run 0 "the audit trail holds" "$SG" audit verify --db d.db
finish
