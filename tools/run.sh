#!/bin/sh
# make run: creates the store with the demo area when there is none, then serves it on
# http://127.0.0.1:8080 (serve prints how to log in as each role) until Ctrl-C.
set -eu
bin="$1"; store="$2"
if [ ! -e "$store" ]; then
	"$bin" demo --db "$store"
fi
exec "$bin" serve --db "$store"
