#!/bin/sh
# make fuzz: links each tests/fuzz/fuzz_*.c (or each NAME given) with clang's libFuzzer
# against the library the Makefile built with coverage instrumentation, ASan and UBSan
# (build/fuzz/libsafeguard.a), and runs it for FUZZ_SECONDS (default 60) on its committed
# corpus. New inputs it finds go to fuzz-out/NAME, a crash to fuzz-out/NAME.crash-*: copy
# that into tests/fuzz/corpus/NAME after fixing the bug, so that `make check` replays it for
# ever, and fold in what adds coverage with build/fuzz/NAME -merge=1 tests/fuzz/corpus/NAME
# fuzz-out/NAME. The first sanitizer finding or broken promise stops the run (set -e).
set -eu
secs="${FUZZ_SECONDS:-60}"
cc="${FUZZ_CC:-clang}"
flags="${FUZZ_CFLAGS:--g -O1 -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc}"
libs="${FUZZ_LIBS:-$(pkg-config --libs libxml-2.0 sqlite3 libsodium libmicrohttpd) -lm -lpthread}"
lib=build/fuzz/libsafeguard.a
[ -f "$lib" ] || { echo "fuzz: $lib is missing: run make fuzz"; exit 2; }
if [ "$#" -gt 0 ]; then targets="$*"; else
	targets=$(for f in tests/fuzz/fuzz_*.c; do [ -f "$f" ] && basename "$f" .c; done)
fi
mkdir -p build/fuzz fuzz-out
for name in $targets; do
	f="tests/fuzz/$name.c"
	[ -f "$f" ] || { echo "fuzz: no $f"; exit 2; }
	echo "== $name: building"
	# shellcheck disable=SC2086
	$cc $flags -fsanitize=fuzzer,address,undefined -o "build/fuzz/$name" "$f" "$lib" $libs
	mkdir -p "fuzz-out/$name" "tests/fuzz/corpus/$name"
	echo "== $name: running for $secs s"
	"build/fuzz/$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="fuzz-out/$name." "fuzz-out/$name" "tests/fuzz/corpus/$name"
done
