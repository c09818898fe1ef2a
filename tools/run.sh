#!/bin/sh
# make run: creates the store with the demo area when there is none, then runs the main
# job. Until the web interface exists, the main job is the morning worklist.
set -eu
bin="$1"; store="$2"
if [ ! -e "$store" ]; then
	"$bin" demo --db "$store"
fi
"$bin" check --db "$store"
