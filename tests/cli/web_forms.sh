#!/bin/sh
# safeguard serve's forms against what an attacker sends: a missing, wrong or another
# session's CSRF token (403, nothing changed), a POST from another site's page (Origin,
# Sec-Fetch-Site: 403), and SQL and HTML metacharacters in every field of every form
# (login, search, account, the administration's users, teams, agencies and settings):
# each answer has the right status and a page that says what to fix, the characters
# come back escaped, never as markup, and the store is intact (audit verify, the records
# of every table the forms do not write unchanged).
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'administrator'); ADM=$1; ADM_PW=$2
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
"$SG" summary --db d.db > before.txt
serve d.db || finish
login adm.jar "$ADM" "$ADM_PW" > /dev/null
login sw.jar "$SW" "$SW_PW" > /dev/null
ADM_CSRF=$(page_csrf adm.jar)
SW_CSRF=$(page_csrf sw.jar)
teams() { "$SG" summary --db d.db | awk '$1 == "teams" { print $2 }'; }

# ---- CSRF and origin ----
n=$(teams)
post() { http -b adm.jar "$@" "$WEB_BASE/admin/teams"; }
team='name=Team+from+elsewhere&kind=assessment&agency_id=1'
equal "$(post --data "$team")" 403 "a form without its CSRF token: 403"
has body.txt 'Nothing has been changed' "... saying nothing was changed"
equal "$(post --data "csrf=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef&$team")" 403 \
	"a wrong CSRF token: 403"
equal "$(post --data "csrf=$SW_CSRF&$team")" 403 "another session's CSRF token: 403"
equal "$(post --data "csrf=&$team")" 403 "an empty CSRF token: 403"
equal "$(post -H 'Origin: http://evil.example' --data "csrf=$ADM_CSRF&$team")" 403 \
	"the right token, from another site's page (Origin): 403"
equal "$(post -H "Origin: http://127.0.0.1:$WEB_PORT.evil.example" --data "csrf=$ADM_CSRF&$team")" 403 \
	"... from a host that only begins like ours: 403"
equal "$(post -H 'Sec-Fetch-Site: cross-site' --data "csrf=$ADM_CSRF&$team")" 403 \
	"... sent across sites (Sec-Fetch-Site): 403"
equal "$(post -H 'Origin: null' --data "csrf=$ADM_CSRF&$team")" 403 \
	"... from an opaque origin with nothing to say it was ours: 403"
equal "$(teams)" "$n" "nothing was changed by any of them"
"$SG" audit show --db d.db --action refused --json > refused.json
has refused.json '"what": "form without a valid CSRF token or origin"' "each refusal is in the trail"
equal "$(post -H "Origin: $WEB_BASE" -H 'Sec-Fetch-Site: same-origin' --data "csrf=$ADM_CSRF&$team")" 303 \
	"the right token from our own page: saved (303)"
equal "$(post -H 'Origin: null' -H 'Sec-Fetch-Site: same-origin' --data "csrf=$ADM_CSRF&name=Team+two&kind=assessment&agency_id=1")" 303 \
	"... and with Origin null when the browser says it is same-origin"
equal "$(teams)" "$((n + 2))" "... which add the teams"
"$SG" audit show --db d.db --limit 1 --json > last.json
has last.json '"action": "create"' "a team added on the web is in the trail"
has last.json '"table": "teams"' "... as a team"
has last.json "\"username\": \"$ADM\"" "... by whom"
has last.json '"address": "127.0.0.1"' "... from where"
has last.json '\"name\": \"Team two\"' "... with what was saved"
csrf=$(page_csrf sw.jar)
equal "$(http -b sw.jar -H 'Origin: http://evil.example' --data "csrf=$csrf" "$WEB_BASE/logout")" 403 \
	"logging out from another site's page: 403"
equal "$(http -b sw.jar "$WEB_BASE/account")" 200 "... and the session goes on"

# ---- Metacharacters in every field ----
SQL="'; DROP TABLE children; --"
SCRIPT='<script>alert(1)</script>'
IMG='"><img src=x>'
# check WHAT: the answer (and the page a 303 leads to) holds no markup of the payloads
# and says what is wrong when it did not save.
check() {
	code=$1; what=$2
	case "$code" in
	200|400)
		grep -q 'govuk-error-summary\|is not right\|No child\|child.* found\|Say why' body.txt &&
			ok "$what: $code, a clear page" ||
			not_ok "$what: $code without a message"
		;;
	303)
		loc=$(header Location)
		http -b "$jar" "$WEB_BASE$loc" > /dev/null
		ok "$what: saved (303 to $loc)"
		;;
	*) not_ok "$what: status $code" ;;
	esac
	if grep -qF -e "$SCRIPT" -e '<img src=x>' body.txt; then
		not_ok "$what: the payload is written as markup"
	fi
}
# form JAR CSRF URL FIELDS... : sends the form with each field in turn given each
# payload, the others as $fields gives them.
form() {
	jar=$1; token=$2; url=$3; shift 3
	for field in "$@"; do
		name=${field%%=*}
		for v in "$SQL" "$SCRIPT" "$IMG"; do
			set --
			for f in $fields; do
				[ "${f%%=*}" = "$name" ] && set -- "$@" --data-urlencode "$name=$v" ||
					set -- "$@" --data "$f"
			done
			c=$(http -b "$jar" --data "csrf=$token" "$@" "$WEB_BASE$url")
			check "$c" "POST $url $name=$v"
		done
	done
}
# The login form: its token is the login cookie's. Each attempt is for another username,
# so that the throttle (tested in web_session.sh) does not answer instead.
csrf=$(curl -s -c l.jar "$WEB_BASE/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p')
i=0
for name in username password next; do
	for v in "$SQL" "$SCRIPT" "$IMG"; do
		i=$((i + 1))
		set -- --data-urlencode "username=nobody.$i" --data "password=not-it" --data "next=/worklist"
		set -- "$@" --data-urlencode "$name=$v"
		jar=l.jar
		check "$(http -b l.jar --data "csrf=$csrf" "$@" "$WEB_BASE/login")" "POST /login $name=$v"
	done
done
for v in "$SQL" "$SCRIPT" "$IMG" '"unbalanced' 'a OR b' '*' 'NEAR(a b)' 'family_name:x' '^a' \
	'a" OR "b' '"' '(' '-a' 'NOT' 'AND a' 'a*b' "O'Brien" '2019-02-30' '31/02/2019' '943 476'; do
	jar=sw.jar
	check "$(http -b sw.jar -G --data-urlencode "q=$v" "$WEB_BASE/search")" "GET /search q=$v"
	c=$(http -b sw.jar -G --data-urlencode "q=$v" "$WEB_BASE/api/v1/children")
	/usr/bin/python3 -m json.tool body.txt > /dev/null 2>&1 && [ "$c" = 200 ] &&
		ok "GET /api/v1/children q=$v: 200, JSON" || not_ok "GET /api/v1/children q=$v: $c"
done
fields='current=x password=y confirm=z'
form sw.jar "$SW_CSRF" /account/password current password confirm
child=$("$SG" export json --db d.db | sed -n 's/^{"id": \([0-9]*\), "la_child_id".*/\1/p' | head -n 1)
fields='reason=x'
form sw.jar "$SW_CSRF" "/children/$child/reason" reason
fields='username=forms.test role=social_worker professional_id= active=1 password='
form adm.jar "$ADM_CSRF" /admin/users username role professional_id password
uid=$("$SG" user list --db d.db --role partner --json | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | tail -n 1)
fields='role=partner active=1 professional_id= password='
form adm.jar "$ADM_CSRF" "/admin/users/$uid" role active professional_id password
fields='id= name=A+team kind=assessment agency_id=1'
form adm.jar "$ADM_CSRF" /admin/teams id name kind agency_id
fields='id= name=An+agency kind=voluntary la_code='
form adm.jar "$ADM_CSRF" /admin/agencies id name kind la_code
fields='key=area.name value=Demo+Borough effective_from=2027-01-04 backdate='
form adm.jar "$ADM_CSRF" /admin/settings key value effective_from backdate

# What was saved shows escaped wherever it is shown.
equal "$(http -b adm.jar "$WEB_BASE/admin/teams")" 200 "the teams, with names saved from the payloads"
has body.txt '&lt;script&gt;alert(1)&lt;/script&gt;' "... written as text"
has body.txt '&quot;&gt;&lt;img src=x&gt;' "... every one"
has body.txt '&#39;; DROP TABLE children; --' "... the SQL one too"
lacks body.txt "$SCRIPT" "... never as markup"
stop_server

# The store is intact: the trail holds, and the records the forms do not write are as
# they were.
run 0 "audit verify holds" "$SG" audit verify --db d.db
"$SG" summary --db d.db > after.txt
grep -vE '^ +(users|teams|agencies|settings) ' before.txt > b.txt
grep -vE '^ +(users|teams|agencies|settings) ' after.txt > a.txt
same b.txt a.txt "every other table holds what it held"
has after.txt 'children' "... the children among them"
finish
