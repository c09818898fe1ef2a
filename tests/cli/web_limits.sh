#!/bin/sh
# safeguard serve against what clients may send: headers over 32 KiB (431), bodies over
# 1 MB (413, with or without a length), a client sending a byte a second (cut after
# --request-seconds while others are served), more connections from one address than
# --per-address, request lines and addresses that cannot be read, %-escapes and bytes
# that are not UTF-8 in paths, queries and forms, '..' and '//' in asset paths, unknown
# pages (404) and methods (405 with Allow); and SIGTERM with a request in flight, which
# is answered before the server exits 0. Raw requests go through tests/web/raw.py.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"
RAW="/usr/bin/python3 $SG_ROOT/tests/web/raw.py"

demo_store d.db
set -- $(demo_login 'social worker'); SW=$1; SW_PW=$2
serve d.db --request-seconds 3 --per-address 6 || finish
login sw.jar "$SW" "$SW_PW" > /dev/null

# ---- Sizes ----
big=$(head -c 40000 /dev/zero | tr '\0' a)
equal "$(http -H "X-Big: $big" "$WEB_BASE/login")" 431 "a header over 32 KiB: 431"
equal "$(http "$WEB_BASE/login")" 200 "... and the server serves the next request"
head -c 1100000 /dev/zero | tr '\0' a > big.bin
equal "$(http --data-binary @big.bin "$WEB_BASE/login")" 413 "a body over 1 MB: 413"
has body.txt 'may be at most 1 MB' "... saying how much may be sent"
equal "$(http -H 'Transfer-Encoding: chunked' --data-binary @big.bin "$WEB_BASE/login")" 413 \
	"a body over 1 MB without a length (chunked): 413"
equal "$(http -b sw.jar -H 'Transfer-Encoding: chunked' --data-binary @big.bin "$WEB_BASE/admin/users")" 413 \
	"... to any form, before who sends it is even asked"
equal "$(http "$WEB_BASE/login")" 200 "... and the server serves the next request"

# ---- Slow clients ----
$RAW slow "$WEB_PORT" 1 'GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaaaaaaaaaa\r\n\r\n' > slow.txt &
slow=$!
$RAW slowbody "$WEB_PORT" 0.5 'POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 30\r\n\r\nusername=someone&password=abcd' > slowbody.txt &
slowbody=$!
sleep 1
t0=$(date +%s%N)
n=$(curl -s -o /dev/null -o /dev/null -o /dev/null -w '%{http_code}' "$WEB_BASE/login" "$WEB_BASE/assets/app.css" \
	"$WEB_BASE/login")
equal "$n" 200200200 "while two clients trickle, others are served"
t=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$t" -lt 2000 ] && ok "... at once ($t ms)" || not_ok "... but slowly: $t ms"
wait $slow $slowbody
case "$(cat slow.txt)" in "cut after 3 s"|"cut after 4 s") ok "a client sending a byte a second is cut after --request-seconds (3)" ;;
	*) not_ok "the slow client: $(cat slow.txt)" ;; esac
case "$(cat slowbody.txt)" in "cut after 3 s"|"cut after 4 s") ok "... and one that sends its body slowly" ;;
	*) not_ok "the slow body: $(cat slowbody.txt)" ;; esac

# ---- Connections from one address ----
$RAW hold "$WEB_PORT" 8 2 > held.txt &
held=$!
sleep 1
equal "$(head -n 1 held.txt)" 2 "8 connections at once from one address, --per-address 6: 2 closed at once"
equal "$(curl -s -o /dev/null -w '%{http_code}' "$WEB_BASE/login")" 000 "... and another is refused while 6 are open"
wait $held
equal "$(http "$WEB_BASE/login")" 200 "once they close, the address is served again"

# ---- Requests that cannot be read ----
raw() { $RAW send "$WEB_PORT" "$1"; }
# libmicrohttpd closes the connection on a request line it cannot split, without a word.
case "$(raw 'GARBAGE\r\n\r\n')" in "HTTP/1.1 400 Bad Request"|closed) ok "a request line that is not one: refused" ;;
	*) not_ok "a request line that is not one: $(raw 'GARBAGE\r\n\r\n')" ;; esac
equal "$(http "$WEB_BASE/login")" 200 "... and the server serves the next request"
equal "$(raw 'GET /login HTTP/1.1\r\n\r\n')" "HTTP/1.1 400 Bad Request" "HTTP/1.1 without Host: 400"
equal "$(raw 'GET login HTTP/1.1\r\nHost: x\r\n\r\n')" "HTTP/1.1 400 Bad Request" "a target without its /: 400"
equal "$(raw 'GET /chil\xffdren/1 HTTP/1.1\r\nHost: x\r\n\r\n')" "HTTP/1.1 400 Bad Request" "a byte that is not UTF-8 in the path: 400"
equal "$(raw 'GET /login?q=\x01 HTTP/1.1\r\nHost: x\r\n\r\n')" "HTTP/1.1 400 Bad Request" "a control character in the query: 400"
for p in '/children/%ff' '/children/%zz' '/children/%0' '/children/%00' '/children/%c3%28' \
	'/children/1%0d%0aSet-Cookie:%20x=1' '/children/./1' '/children/../login' '/children//1'; do
	equal "$(http --path-as-is -b sw.jar "$WEB_BASE$p")" 400 "GET $p: 400"
done
for p in '/assets/../login' '/assets//app.css' '/assets/%2e%2e/app.css' '/assets/.%2e/app.css' \
	'/assets/%2fapp.css' '/assets/app.css%00' '/assets/a\b.css'; do
	c="$(http --path-as-is "$WEB_BASE$p") $(header Content-Type)"
	case "$c" in "400 text/html; charset=utf-8"|"404 text/html; charset=utf-8") ok "GET $p: $c" ;;
		*) not_ok "GET $p: $c, expected 400 or 404 and a page" ;; esac
done
equal "$(http "$WEB_BASE/assets/no-such.css")" 404 "an asset there is not: 404"
equal "$(http -b sw.jar "$WEB_BASE/search?q=%ff")" 400 "a query that is not UTF-8: 400"
has body.txt 'This address cannot be read' "... on a page that says so"
equal "$(http -b sw.jar "$WEB_BASE/api/v1/children?q=%zz")" 400 "a bad %-escape in an API query: 400"
equal "$(header Content-Type)" application/json "... in JSON"
has body.txt '"status":400' "... with its status"
csrf=$(curl -s -c f.jar "$WEB_BASE/login" | sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p')
for f in 'username=%ff' 'username=%zz' 'username=a%00b' 'username=%01' 'password=%c3'; do
	equal "$(http -b f.jar --data "csrf=$csrf&$f&password=x" "$WEB_BASE/login")" 400 "a form field $f: 400"
done
equal "$(http -b f.jar -H 'Content-Type: application/json' --data '{"username":"x"}' "$WEB_BASE/login")" 415 \
	"a form sent as JSON: 415"

# ---- Unknown pages and methods ----
equal "$(http "$WEB_BASE/no/such/page")" 404 "an unknown page: 404"
has body.txt 'Page not found' "... says so"
equal "$(http -b sw.jar "$WEB_BASE/api/v1/no_such_table")" 404 "an unknown API path: 404"
equal "$(header Content-Type)" application/json "... in JSON"
equal "$(http -b sw.jar "$WEB_BASE/children/0")" 404 "a record id 0: 404"
equal "$(http -b sw.jar "$WEB_BASE/children/007")" 404 "an id with leading zeros: 404"
equal "$(http -b sw.jar "$WEB_BASE/children/99999999999999999999")" 404 "an id too large: 404"
equal "$(http -b sw.jar "$WEB_BASE/children/999999")" 404 "a child there is not: 404"
equal "$(http -X PUT "$WEB_BASE/login")" 405 "PUT /login: 405"
equal "$(header Allow)" "GET, HEAD, POST" "... Allow: GET, HEAD, POST"
equal "$(http -X DELETE -b sw.jar "$WEB_BASE/api/v1/me")" 405 "DELETE /api/v1/me: 405"
equal "$(header Allow)" "GET, HEAD" "... Allow: GET, HEAD"
has body.txt '"status":405' "... in JSON"
equal "$(curl -s -I -o /dev/null -w '%{http_code} %{size_download}' "$WEB_BASE/login")" "200 0" "HEAD /login: 200, no body"

# ---- SIGTERM with a request in flight: it is answered, then the server exits 0 ----
reply=$($RAW term "$WEB_PORT" "$WEB_PID" 'POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 24\r\n\r\nusername=a&password=bcde')
equal "$reply" "HTTP/1.1 403 Forbidden" "a request in flight at SIGTERM is answered (403: it had no CSRF token)"
wait "$WEB_PID"
equal "$?" 0 "... then the server exits 0"
WEB_PID=""
grep -q 'runtime error\|AddressSanitizer' serve.err && not_ok "a sanitizer finding" || ok "no sanitizer finding"
grep -q ' - POST /login 403 ' serve.log && ok "... and the request is in the log" || not_ok "the request in flight is not in the log"
run 0 "audit verify holds" "$SG" audit verify --db d.db
finish
