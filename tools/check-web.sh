#!/bin/sh
# The web gate (style.md habit 4: escape by construction, and check it mechanically).
# In src/web/ a page is written only through h(r, "markup", ...), whose format must be a
# string constant (every %s argument is escaped by the writer), and the response body is
# touched directly only by the writers themselves: html.c and jsonw.c, the JSON writer of
# the API (api.c, through jwrite and jsonw) and respond.c (errors), and server.c, which
# sends it. Fails listing every offence with file and line.
set -u
cd "$(dirname "$0")/.."
status=0

# h( with a first format argument that is not a string literal.
hits=$(grep -nE '(^|[^a-z_])h\([a-z_]+(->[a-z_]+)?, *[^" ]' src/web/*.c)
if [ -n "$hits" ]; then
	printf '%s\n' "$hits" | sed 's/$/  <- h() takes a string constant as its format/'
	status=1
fi

# Raw writes into a response body outside the writers.
hits=$(grep -nE '(buf_add|buf_adds|buf_addc|buf_printf|buf_vprintf|esc_[a-z_]+)\(&[a-z_]+->(r->)?out' \
	src/web/*.c | grep -vE '^src/web/(html|jsonw|respond|api|server)\.c:')
if [ -n "$hits" ]; then
	printf '%s\n' "$hits" | sed 's/$/  <- write pages with h() (html.h), JSON with jsonw.h/'
	status=1
fi

# Only html.c may call the escaper for HTML directly: pages go through h().
hits=$(grep -nE 'esc_html' src/web/*.c | grep -v '^src/web/html\.c:')
if [ -n "$hits" ]; then
	printf '%s\n' "$hits" | sed 's/$/  <- use h(r, "...%s...", text)/'
	status=1
fi
[ $status -eq 0 ] && echo "web: every page written through the escaping writer"
exit $status
