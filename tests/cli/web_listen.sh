#!/bin/sh
# Where safeguard serve listens: only on this machine while the demo's printed passwords
# still work, anywhere once every one is changed ('user password', the password on
# standard input); and HTTPS with --cert and --key, where the cookies are Secure and HSTS
# is sent (a throwaway self-signed certificate from openssl, when it is installed).
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
port=$(pick_port 1)
run 2 "serve on 0.0.0.0 with the demo's passwords unchanged: refused" \
	"$SG" serve --db d.db --listen "0.0.0.0:$port"
has err.txt 'served only on this machine (127.0.0.1) until every one is changed' "... saying why and what to do"
run 2 "... and on [::]" "$SG" serve --db d.db --listen "[::]:$port"
run 2 "--cert without --key" "$SG" serve --db d.db --cert x.pem
has err.txt '--cert is given without --key' "... says so"
run 2 "--listen without a port" "$SG" serve --db d.db --listen 127.0.0.1
run 2 "--per-address 0" "$SG" serve --db d.db --per-address 0
echo 'not a certificate' > junk.pem
run 2 "a certificate that is not PEM" "$SG" serve --db d.db --cert junk.pem --key junk.pem
has err.txt 'is not a PEM file' "... says so"

# Every demo password changed: then it may listen on every address.
for u in $(grep -oE '[a-z]+[0-9]+ +[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}' logins.txt | awk '{ print $1 }'); do
	echo "a new password for $u" | "$SG" user password --db d.db "$u" > /dev/null 2>&1 ||
		not_ok "user password $u"
done
"$SG" user list --db d.db > users.txt
lacks users.txt ' demo' "no demo password is left"
WEB_PID=""
for try in 2 3 4 5 6; do	# a port another program holds: the next one
	"$SG" serve --db d.db --listen "0.0.0.0:$port" --log serve.log > serve.out 2> serve.err &
	WEB_PID=$!
	for i in $(seq 1 600); do
		grep -q '^safeguard serve: the store' serve.out && break
		kill -0 "$WEB_PID" 2>/dev/null || break
		sleep 0.05
	done
	grep -q 'cannot listen' serve.err || break
	wait "$WEB_PID" 2>/dev/null
	port=$(pick_port $try)
done
has serve.out "http://0.0.0.0:$port/" "every password changed: it listens on 0.0.0.0"
[ -s serve.err ] && sed 's/^/    serve: /' serve.err | head -n 5
WEB_BASE="http://127.0.0.1:$port"
equal "$(http "$WEB_BASE/login")" 200 "... and answers"
lacks serve.out 'Log in at' "... printing no demo login"
stop_server

# ---- HTTPS ----
if command -v openssl > /dev/null 2>&1; then
	openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 1 \
		-subj /CN=127.0.0.1 > openssl.txt 2>&1
	WEB_SCHEME=https
	CURL_TLS=-k
	serve d.db --cert cert.pem --key key.pem || finish
	has serve.out "https://127.0.0.1:$WEB_PORT/" "--cert and --key: it serves HTTPS"
	equal "$(http "$WEB_BASE/login")" 200 "GET /login over HTTPS: 200"
	c=$(header Set-Cookie)
	case "$c" in *'; Secure'*) ok "the login cookie is Secure" ;; *) not_ok "the login cookie is not Secure: $c" ;; esac
	equal "$(header Strict-Transport-Security)" "max-age=31536000; includeSubDomains" "HSTS over HTTPS"
	u=$(grep -oE '[a-z]+[0-9]+ +[a-z2-9]{4}-' logins.txt | awk 'NR == 1 { print $1 }')
	equal "$(login tls.jar "$u" "a new password for $u")" "303 $WEB_BASE/admin" "logging in over HTTPS"
	grep -q 'sg_session' tls.jar && awk '$6 == "sg_session" { print $4 }' tls.jar | grep -q TRUE &&
		ok "the session cookie is Secure" || not_ok "the session cookie is not Secure"
	equal "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$WEB_PORT/login")" 000 \
		"plain HTTP to the HTTPS port gets no page"
	stop_server
else
	ok "# skip: HTTPS (openssl is not installed to make a certificate)"
fi
run 0 "audit verify holds" "$SG" audit verify --db d.db

# ---- A new area: no children, households or adults yet ----
WEB_SCHEME=http
CURL_TLS=
run 0 "a new, empty store" "$SG" init --db empty.db
serve empty.db || finish
equal "$(http "$WEB_BASE/login")" 200 "an area with no records yet is served"
stop_server
finish
