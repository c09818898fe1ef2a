#!/bin/sh
# make fuzz: builds each tests/fuzz/fuzz_*.c with clang's libFuzzer, ASan and UBSan, and
# runs it for FUZZ_SECONDS (default 60) on its committed corpus. New inputs it finds go to
# fuzz-out/NAME; copy any that crashed into tests/fuzz/corpus/NAME after fixing the bug,
# so that `make check` replays them for ever.
set -eu
secs="${FUZZ_SECONDS:-60}"
flags="-g -O1 -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Isrc $(pkg-config --cflags libxml-2.0 sqlite3)"
libs="$(pkg-config --libs libxml-2.0 sqlite3) -lm -lpthread"
srcs=$(ls src/*/*.c | grep -v 'src/cli/main.c')
mkdir -p build/fuzz fuzz-out
for f in tests/fuzz/fuzz_*.c; do
	[ -f "$f" ] || continue
	name=$(basename "$f" .c)
	echo "== $name: building"
	# shellcheck disable=SC2086
	clang $flags -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -o "build/fuzz/$name" "$f" $srcs $libs
	mkdir -p "fuzz-out/$name" "tests/fuzz/corpus/$name"
	echo "== $name: running for $secs s"
	"build/fuzz/$name" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 \
		"fuzz-out/$name" "tests/fuzz/corpus/$name"
done
