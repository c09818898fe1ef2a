# web_lib.sh: sourced by tests/cli/web_*.sh after tests/lib.sh. `safeguard serve` over a
# small demo store, on a free port of 127.0.0.1, and the curl steps every script takes.
#
#   demo_store DB             a demo area of 3,000 children over two years; its printed
#                             logins in logins.txt
#   demo_login PATTERN        "USERNAME PASSWORD" of the printed login whose line matches
#   serve DB [OPTION...]      starts the server (request log in serve.log, its messages in
#                             serve.err); sets WEB_PID, WEB_PORT and WEB_BASE
#   stop_server               SIGTERM, then checks it stopped with exit status 0
#   login JAR USER PASSWORD [NEXT]
#                             logs in through the login form, with its CSRF token; prints
#                             "STATUS LOCATION"
#   page_csrf JAR             the session's CSRF token, from a page's logout form
#   http ARGS...              curl -s with the body in body.txt and the headers in head.txt;
#                             prints the status
#   header NAME               the value of header NAME in head.txt (the last one sent)
#
# The server runs from the sanitizer build, so every request a test makes is also a check
# that nothing in the server reads out of bounds or leaks.
WEB_PID=""
WEB_PORT=""
WEB_BASE=""
WEB_SCHEME=http
CURL_TLS=""

demo_store() {
	"$SG" demo --db "$1" --children 3000 --years 2 > logins.txt 2>&1 ||
		{ not_ok "demo store $1"; cat logins.txt; finish; }
}

demo_login() {
	grep -E -- "$1" logins.txt | head -n 1 |
		grep -oE '[a-z]+[0-9]+ +[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}' | head -n 1
}

# A port from the script's process id and the clock, tried until one is free.
pick_port() {
	n=$(date +%N | sed 's/^0*//')
	echo $(( 20000 + ($$ * 31 + ${n:-0} / 1000 + $1 * 997) % 40000 ))
}

serve() {
	db=$1; shift
	for try in 1 2 3 4 5 6 7 8; do
		WEB_PORT=$(pick_port "$try")
		"$SG" serve --db "$db" --listen "127.0.0.1:$WEB_PORT" --log serve.log "$@" \
			> serve.out 2> serve.err &
		WEB_PID=$!
		WEB_BASE="$WEB_SCHEME://127.0.0.1:$WEB_PORT"
		for i in $(seq 1 600); do	# up to 30 s: a loaded machine reads the area slowly
			if grep -q '^safeguard serve: the store' serve.out 2>/dev/null; then
				return 0
			fi
			kill -0 "$WEB_PID" 2>/dev/null || break
			sleep 0.05
		done
		wait "$WEB_PID" 2>/dev/null
		grep -q 'cannot listen' serve.err || break
	done
	not_ok "serve $db: the server did not start"
	sed 's/^/    serve: /' serve.err | head -n 8
	WEB_PID=""
	return 1
}

stop_server() {
	[ -n "$WEB_PID" ] || return 0
	kill -TERM "$WEB_PID"
	wait "$WEB_PID"
	rc=$?
	equal "$rc" 0 "the server stops on SIGTERM with status 0"
	WEB_PID=""
	if grep -q 'ERROR: AddressSanitizer\|runtime error\|LeakSanitizer' serve.err; then
		not_ok "the server ran without a sanitizer finding"
		grep -A 12 'ERROR\|runtime error' serve.err | head -n 30
	fi
}

# Whatever happens, the server does not outlive the script.
trap '[ -n "$WEB_PID" ] && kill -TERM "$WEB_PID" 2>/dev/null' EXIT

http() {
	curl -s $CURL_TLS -o body.txt -D head.txt -w '%{http_code}' "$@"
}

header() {
	awk -v n="$1" '{ sub(/\r$/, ""); i = index($0, ":")
		if (i && tolower(substr($0, 1, i - 1)) == tolower(n)) v = substr($0, i + 1) }
		END { sub(/^ */, "", v); print v }' head.txt
}

login() {
	jar=$1
	rm -f "$jar"
	csrf=$(curl -s $CURL_TLS -c "$jar" -b "$jar" "$WEB_BASE/login" |
		sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p')
	curl -s $CURL_TLS -o login.txt -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
		--data-urlencode "csrf=$csrf" --data-urlencode "username=$2" \
		--data-urlencode "password=$3" --data-urlencode "next=${4:-}" "$WEB_BASE/login"
}

page_csrf() {
	curl -s $CURL_TLS -b "$1" "$WEB_BASE/account" |
		sed -n 's/.*name="csrf" value="\([0-9a-f]*\)".*/\1/p' | head -n 1
}
