#!/bin/sh
# safeguard serve, logging in and out: the login form's CSRF token, the cookies' flags,
# the security headers of pages, errors and assets, caching, sessions rotated at login and
# ended on the server at logout, by a new password and by 'user disable', failed logins
# (one message, throttled per account and per address), the request log, keep-alive, and
# an idle session that expires and returns to the page asked for after logging in again.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
set -- $(demo_login 'team manager'); MGR=$1; MGR_PW=$2
set -- $(demo_login 'conference chair'); CHAIR=$1; CHAIR_PW=$2
set -- $(demo_login 'performance analyst'); ANA=$1; ANA_PW=$2
"$SG" summary --db d.db > summary-before.txt
# --trust-proxy: the throttle per address is tried from an address of its own
# (X-Forwarded-For), so that it does not shut out the rest of this script.
serve d.db --trust-proxy || finish

# ---- The login form, its cookie, the headers ----
equal "$(http "$WEB_BASE/login")" 200 "GET /login: 200"
has body.txt 'name="csrf" value="' "the login form carries a CSRF token"
c=$(header Set-Cookie)
case "$c" in sg_login=*) ok "the login form sets its own cookie" ;; *) not_ok "no sg_login cookie: $c" ;; esac
for f in 'HttpOnly' 'SameSite=Strict' 'Path=/'; do
	case "$c" in *"$f"*) ok "the login cookie is $f" ;; *) not_ok "the login cookie lacks $f: $c" ;; esac
done
case "$c" in *Secure*) not_ok "a cookie over plain HTTP is marked Secure" ;; *) ok "no Secure flag over plain HTTP" ;; esac

# The headers of respond.c, on a page, an error page, a JSON error and an asset.
security_headers() {
	equal "$(header Content-Security-Policy)" "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'" "$1: Content-Security-Policy"
	equal "$(header X-Content-Type-Options)" nosniff "$1: X-Content-Type-Options"
	equal "$(header Referrer-Policy)" no-referrer "$1: Referrer-Policy"
	equal "$(header X-Frame-Options)" DENY "$1: X-Frame-Options"
	equal "$(header Cross-Origin-Opener-Policy)" same-origin "$1: Cross-Origin-Opener-Policy"
	equal "$(header Cross-Origin-Resource-Policy)" same-origin "$1: Cross-Origin-Resource-Policy"
	equal "$(header Permissions-Policy)" "camera=(), microphone=(), geolocation=(), payment=()" "$1: Permissions-Policy"
	equal "$(header Strict-Transport-Security)" "" "$1: no HSTS over plain HTTP"
}
security_headers "the login page"
equal "$(header Cache-Control)" no-store "the login page: Cache-Control no-store"
equal "$(http "$WEB_BASE/no/such/page")" 404 "an unknown page: 404"
security_headers "a 404 page"
equal "$(header Cache-Control)" no-store "a 404 page: no-store"
equal "$(http "$WEB_BASE/api/v1/me")" 401 "the API without a session: 401"
security_headers "a JSON error"
equal "$(header Content-Type)" application/json "a JSON error is JSON"
equal "$(header WWW-Authenticate)" 'Bearer realm="safeguard"' "a 401 of the API names the Bearer scheme"
has body.txt '"status":401' "the error's body carries its status"
equal "$(http "$WEB_BASE/assets/app.css")" 200 "an asset: 200"
security_headers "an asset"
equal "$(header Cache-Control)" "public, max-age=31536000, immutable" "an asset is cached for a year"
etag=$(header ETag)
[ -n "$etag" ] && ok "an asset has an ETag" || not_ok "an asset has no ETag"
equal "$(curl -s -o /dev/null -w '%{http_code} %{size_download}' -H "If-None-Match: $etag" \
	"$WEB_BASE/assets/app.css")" "304 0" "the same ETag again: 304, without a body"
equal "$(http -H 'If-None-Match: "other"' "$WEB_BASE/assets/app.css")" 200 "another ETag: the asset again"

# ---- Logging in ----
# A session id planted before login is not the session after it.
planted=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
printf '127.0.0.1\tFALSE\t/\tFALSE\t0\tsg_session\t%s\n' "$planted" > sw.jar
csrf=$(curl -s -c sw.jar -b sw.jar "$WEB_BASE/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p')
equal "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c sw.jar -b sw.jar \
	--data-urlencode "csrf=$csrf" --data-urlencode "username=$SW" --data-urlencode "password=$SW_PW" \
	"$WEB_BASE/login")" "303 $WEB_BASE/worklist" "a social worker logs in: 303 to their worklist"
now=$(awk '$6 == "sg_session" { print $7 }' sw.jar)
[ -n "$now" ] && [ "$now" != "$planted" ] && ok "the session id is a new one at login" ||
	not_ok "the session id planted before login is kept: $now"
equal "$(http -b "sg_session=$planted" "$WEB_BASE/account")" 303 "the planted id is no session"

# The session cookie's flags.
csrf=$(curl -s -c flags.jar "$WEB_BASE/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p')
http -b flags.jar --data-urlencode "csrf=$csrf" --data-urlencode "username=$MGR" \
	--data-urlencode "password=$MGR_PW" "$WEB_BASE/login" > /dev/null
c=$(tr -d '\r' < head.txt | grep -i '^Set-Cookie: sg_session=' | sed 's/^[^:]*: *//')
for f in 'HttpOnly' 'SameSite=Strict' 'Path=/'; do
	case "$c" in *"$f"*) ok "the session cookie is $f" ;; *) not_ok "the session cookie lacks $f: $c" ;; esac
done
has head.txt 'sg_login=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0' "the login form's cookie is cleared at login"

# The login form without its token, or with another's, is refused and logs nobody in.
csrf=$(curl -s -c bad.jar "$WEB_BASE/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p')
equal "$(http -b bad.jar --data-urlencode "username=$SW" --data-urlencode "password=$SW_PW" "$WEB_BASE/login")" 403 "a login without the CSRF token: 403"
lacks head.txt 'sg_session=' "... and no session"
equal "$(http -b bad.jar --data-urlencode "csrf=$planted" --data-urlencode "username=$SW" --data-urlencode "password=$SW_PW" "$WEB_BASE/login")" 403 "a login with a wrong token: 403"
lacks head.txt 'sg_session=' "... and no session"
equal "$(http --data-urlencode "csrf=$csrf" --data-urlencode "username=$SW" --data-urlencode "password=$SW_PW" "$WEB_BASE/login")" 403 "a login with the token but without its cookie: 403"

# ---- A session at work ----
equal "$(http -b sw.jar "$WEB_BASE/account")" 200 "the session opens the account page"
has body.txt "$SW" "... which shows the username"
equal "$(header Cache-Control)" no-store "a page of a session: no-store"
equal "$(header Pragma)" no-cache "... and Pragma: no-cache"
equal "$(http -b sw.jar "$WEB_BASE/api/v1/me")" 200 "the API takes the session cookie"
has body.txt "\"username\":\"$SW\"" "/api/v1/me says who"
has body.txt '"via_token":false' "... and that it is a session"

# Several requests on one connection (keep-alive): one connection made in all.
n=$(curl -s -b sw.jar -o /dev/null -o /dev/null -o /dev/null -w '%{num_connects}\n' \
	"$WEB_BASE/account" "$WEB_BASE/api/v1/me" "$WEB_BASE/assets/app.css" | awk '{ n += $1 } END { print n }')
equal "$n" 1 "three requests on one connection"

# ---- Logging out ends the session on the server ----
cp sw.jar old.jar
csrf=$(page_csrf sw.jar)
equal "$(http -b sw.jar -c sw.jar --data-urlencode "csrf=$csrf" "$WEB_BASE/logout")" 303 "logout: 303"
equal "$(header Location)" /login?out=1 "... to the login page"
has head.txt 'sg_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0' "... clearing the cookie"
equal "$(http -b old.jar "$WEB_BASE/account")" 303 "the old cookie no longer opens a page"
case "$(header Location)" in /login\?next=*) ok "... but the login page" ;; *) not_ok "after logout: $(header Location)" ;; esac
equal "$(http -b old.jar "$WEB_BASE/api/v1/me")" 401 "... nor the API"
equal "$(http -b old.jar "$WEB_BASE/logout")" 405 "GET /logout: 405"
equal "$(header Allow)" POST "... Allow: POST"

# ---- Failed logins: one message, whoever the username; throttled ----
# The form's own token changes nothing of the answer: compare without it.
strip() { sed 's/value="[0-9a-f]\{64\}"/value="TOKEN"/g; s/value="[^"]*" spellcheck/value="NAME" spellcheck/' "$1"; }
equal "$(login f1.jar "$SW" wrong-password-1)" "200 " "a wrong password: the form again (200)"
strip login.txt > known.txt
has known.txt 'The username or password is not right' "... saying the username or password is not right"
equal "$(login f2.jar no.such.user wrong-password-1)" "200 " "an unknown username: the same status"
strip login.txt > unknown.txt
same known.txt unknown.txt "... and the same page, word for word"
"$SG" audit show --db d.db --action "login failed" --json > failed.json
has failed.json '"username": "no.such.user"' "a failed login is in the trail with the username typed"
has failed.json "\"username\": \"$SW\"" "... for a known user too"

# Per account: after 5 failures the next attempts wait, even with the right password.
# burst USER PASSWORD: 5 wrong passwords for USER, then PASSWORD, in one curl, so that the
# last comes within the second the account must then wait (from an address of its own,
# so that the address's count is not the one tried); the statuses, one a line.
burst() {
	h='X-Forwarded-For: 192.0.2.10'
	user=$1
	csrf=$(curl -s -c b.jar -H "$h" "$WEB_BASE/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p')
	set --
	for i in 1 2 3 4 5 6; do
		p="wrong-password-$i"
		[ "$i" -eq 6 ] && p=$2
		[ "$i" -gt 1 ] && set -- "$@" --next
		set -- "$@" -s -o login.txt -w '%{http_code}\n' -b b.jar -c b.jar -H "$h" \
			--data-urlencode "csrf=$csrf" --data-urlencode "username=$user" --data-urlencode "password=$p" \
			"$WEB_BASE/login"
	done
	curl "$@"
}
equal "$(burst "$ANA" "$ANA_PW" | tail -n 1)" 429 "too many failures for one account: 429, even with the right password"
has login.txt 'too many attempts to log in with this username or from this computer' "... saying why, and to wait"
lacks b.jar sg_session "... and no session"
strip login.txt | sed 's/'"$ANA"'/no.such.user/g' > known429.txt
equal "$(burst no.such.user not-it-either | tail -n 1)" 429 "the same for a username nobody has"
strip login.txt > unknown429.txt
same known429.txt unknown429.txt "... with the same words"

# Per address: 20 failures from one address, each for a different account, and that
# address waits too (X-Forwarded-For, as a proxy would send it; --trust-proxy). One curl
# sends them all, so that the attempt after them comes within the second it must wait.
xff='X-Forwarded-For: 198.51.100.9'
csrf=$(curl -s -c a.jar -H "$xff" "$WEB_BASE/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p')
set --
for i in $(seq 1 21); do
	u="guess.$i"; p=wrong-password
	[ "$i" -eq 21 ] && { u=$MGR; p=$MGR_PW; }
	[ "$i" -gt 1 ] && set -- "$@" --next
	set -- "$@" -s -o login.txt -w '%{http_code}\n' -b a.jar -H "$xff" --data-urlencode "csrf=$csrf" \
		--data-urlencode "username=$u" --data-urlencode "password=$p" "$WEB_BASE/login"
done
curl "$@" > statuses.txt
equal "$(head -n 20 statuses.txt | sort -u)" 200 "20 failed logins from one address, each for another account"
equal "$(tail -n 1 statuses.txt)" 429 "... then the address must wait, for any account"
has login.txt 'too many attempts to log in with this username or from this computer' "... and is told so"
equal "$(login ok.jar "$MGR" "$MGR_PW")" "303 $WEB_BASE/worklist" "another address logs in as before"

# ---- A new password ends the other sessions; 'user disable' ends them all ----
login one.jar "$MGR" "$MGR_PW" > /dev/null
login two.jar "$MGR" "$MGR_PW" > /dev/null
csrf=$(page_csrf one.jar)
equal "$(http -b one.jar -c one.jar --data-urlencode "csrf=$csrf" --data-urlencode "current=$MGR_PW" \
	--data-urlencode "password=a quite new pass phrase" --data-urlencode "confirm=a quite new pass phrase" \
	"$WEB_BASE/account/password")" 303 "a password changed on the account page: 303"
equal "$(header Location)" /account?changed=1 "... back to the account page"
equal "$(http -b one.jar "$WEB_BASE/account")" 200 "the session that changed it goes on (with a new id)"
equal "$(http -b two.jar "$WEB_BASE/account")" 303 "the other session has ended"
equal "$(http -b ok.jar "$WEB_BASE/api/v1/me")" 401 "... every other one"
equal "$(login new.jar "$MGR" "a quite new pass phrase")" "303 $WEB_BASE/worklist" "the new password logs in"
equal "$(login old.jar "$MGR" "$MGR_PW")" "200 " "the old one does not"

login cli.jar "$SW" "$SW_PW" > /dev/null
echo 'a password set at the terminal' | "$SG" user password --db d.db "$SW" > /dev/null 2>&1
equal "$(http -b cli.jar "$WEB_BASE/account")" 303 "'user password' ends the user's sessions"

login dis.jar "$CHAIR" "$CHAIR_PW" > /dev/null
token=$("$SG" user token --db d.db "$CHAIR" 2>/dev/null)
equal "$(http -H "Authorization: Bearer $token" "$WEB_BASE/api/v1/me")" 200 "the chair's token works"
equal "$(http -b dis.jar "$WEB_BASE/account")" 200 "... and so does their session"
run 0 "user disable" "$SG" user disable --db d.db "$CHAIR"
equal "$(http -b dis.jar "$WEB_BASE/account")" 303 "'user disable' ends the user's session"
equal "$(http -H "Authorization: Bearer $token" "$WEB_BASE/api/v1/me")" 401 "... and stops their token"
equal "$(login dis.jar "$CHAIR" "$CHAIR_PW")" "200 " "... and they cannot log in"

# ---- The request log: what was asked, never what was typed ----
set -- $(demo_login 'senior manager'); SEN=$1; SEN_PW=$2
login sen.jar "$SEN" "$SEN_PW" > /dev/null
child=$("$SG" export json --db d.db | sed -n 's/.*"given_name": "\([A-Za-z]*\)", "family_name": "\([A-Za-z]*\)".*/\2/p' | head -n 1)
equal "$(http -b sen.jar "$WEB_BASE/search?q=$child")" 200 "a search for a name"
grep -q "\"$child\"\|$child" serve.log && not_ok "the log holds the name searched for ($child)" ||
	ok "the log holds no name searched for"
lacks serve.log '?q=' "... nor any query string"
lacks serve.log 'wrong-password' "... nor a password typed"
lacks serve.log 'no.such.user' "... nor a username typed at a failed login"
lacks serve.log 'pass phrase' "... nor a form's value"
line=$(grep " $SEN GET /search " serve.log | tail -n 1)
printf '%s\n' "$line" | grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z [a-z0-9]+ GET /search 200 [0-9]+ [0-9]+us$' &&
	ok "a log line: time, user, method, route, status, bytes, microseconds" ||
	not_ok "the log line of the search: $line"
grep -q ' - GET /children/{id} 303 ' serve.log || http "$WEB_BASE/children/1" > /dev/null
grep -q ' - GET /children/{id} 303 ' serve.log && ok "the route pattern is logged, not the address asked" ||
	not_ok "no line for /children/{id}"
stop_server

# ---- An idle session ends, and logging in returns to the page asked for ----
# Four seconds: a login (its form, then the post) under a loaded machine's sanitizers can
# take two, and must finish inside the idle time it is testing.
SAFEGUARD_IDLE_SECONDS=4 serve d.db || finish
set -- $(demo_login 'LADO'); LADO=$1; LADO_PW=$2
equal "$(login idle.jar "$SEN" "$SEN_PW")" "303 $WEB_BASE/worklist" "logged in, with sessions idle after 4 seconds"
equal "$(http -b idle.jar "$WEB_BASE/children/3")" 200 "a child's page while the session is fresh"
sleep 5
equal "$(http -b idle.jar -c idle.jar "$WEB_BASE/children/3?tab=x")" 303 "after 5 idle seconds: 303"
equal "$(header Location)" "/login?next=%2Fchildren%2F3%3Ftab%3Dx&expired=1" "... to /login?next=...&expired=1"
equal "$(http -b idle.jar "$WEB_BASE/login?next=%2Fchildren%2F3%3Ftab%3Dx&expired=1")" 200 "the login page"
has body.txt 'Your session ended because safeguard was not used' "... says the session ended"
has body.txt 'name="next" value="/children/3?tab=x"' "... and keeps where to go back to"
equal "$(login idle.jar "$SEN" "$SEN_PW" "/children/3?tab=x")" "303 $WEB_BASE/children/3?tab=x" "logging in returns to the page asked for"
equal "$(login idle.jar "$SEN" "$SEN_PW" "//evil.example/")" "303 $WEB_BASE/worklist" "... but never to another site"
stop_server

"$SG" audit show --db d.db --json > trail.json
has trail.json '"action": "login"' "logins are in the trail"
has trail.json '"action": "logout"' "... logouts"
has trail.json '"action": "login failed"' "... failed logins"
has trail.json '"address": "198.51.100.9"' "... with the address they came from"
run 0 "audit verify holds" "$SG" audit verify --db d.db
finish
