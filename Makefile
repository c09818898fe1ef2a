# safeguard: one binary, its tests and its gates.
#
#   make run     install what is missing, build, create the demo store if none, run the main job
#   make check   build with AddressSanitizer and UBSan and run every test and gate (and the
#                server under ThreadSanitizer, built by make tsan: tests/cli/tsan_server.sh)
#   make bench   speed figures (release build), printed
#   make fuzz    run each libFuzzer target for a short while (clang)
#
# Sources are found by wildcard, so a new module is a new .c file under src/ and a new
# test is a new file under tests/: nobody edits this file to add one.

CC       ?= gcc
STORE    ?= safeguard.db
PKGS     := libxml-2.0 sqlite3 libsodium libmicrohttpd pangocairo cairo-pdf fontconfig
# Read when a recipe first needs them, not when make reads this file: on a fresh machine the
# packages (and pkg-config itself) arrive only once deps has run. Each is read once per make.
PKG_CFLAGS = $(eval PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null))$(PKG_CFLAGS)
PKG_LIBS   = $(eval PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null))$(PKG_LIBS)

WARN     := -Wall -Wextra -Werror -Wshadow -Wformat=2 -Wstrict-prototypes \
            -Wmissing-prototypes -Wpointer-arith -Wvla -Wundef -Wwrite-strings
BASEFLAGS = -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) -Isrc $(PKG_CFLAGS) -MMD -MP
LDLIBS   = $(PKG_LIBS) -lm -lpthread

REL_CFLAGS  = $(BASEFLAGS) -O2 -g
SAN_CFLAGS  = $(BASEFLAGS) -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
               -fno-sanitize-recover=all -DSAFEGUARD_TEST
SAN_LDFLAGS := -fsanitize=address,undefined

SRC      := $(wildcard src/*/*.c)
LIBSRC   := $(filter-out src/cli/main.c,$(SRC))
# Written at build time: the assets the server sends (tools/assets.sh, from govuk-frontend's
# npm package and src/web/assets/) and the list of common passwords (tools/gen-passwords.sh).
GEN_SRC  := build/gen/assets.c build/gen/common_passwords.c
REL_OBJ  := $(patsubst src/%.c,build/rel/%.o,$(LIBSRC)) build/rel/gen/assets.o build/rel/gen/common_passwords.o
SAN_OBJ  := $(patsubst src/%.c,build/san/%.o,$(LIBSRC)) build/san/gen/assets.o build/san/gen/common_passwords.o
NPM_STAMP := node_modules/.package-lock.json
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(patsubst tests/unit/%.c,build/san/tests/%,$(UNIT_SRC))
FUZZ_SRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZ_BIN := $(patsubst tests/fuzz/%.c,build/san/fuzz/%,$(FUZZ_SRC))
# make fuzz: the library built once with clang's coverage instrumentation (libFuzzer) and its
# sanitizers, then each target linked against it (tools/fuzz.sh). Warnings are clang's own
# here, shown but not fatal: the gcc build is the one held to -Werror.
FUZZ_CC     ?= clang
FUZZ_CFLAGS = $(BASEFLAGS) -Wno-error -O1 -g -fno-omit-frame-pointer \
               -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_OBJ := $(patsubst src/%.c,build/fuzz/obj/%.o,$(LIBSRC)) build/fuzz/obj/gen/assets.o \
            build/fuzz/obj/gen/common_passwords.o
# The server under ThreadSanitizer (tests/cli/tsan_server.sh): the binary alone, as a test
# build, at -O1 so that the build stays short.
TSAN_CFLAGS  = $(BASEFLAGS) -O1 -g -fno-omit-frame-pointer -fsanitize=thread -DSAFEGUARD_TEST
TSAN_LDFLAGS := -fsanitize=thread
TSAN_OBJ := $(patsubst src/%.c,build/tsan/%.o,$(LIBSRC)) build/tsan/gen/assets.o \
            build/tsan/gen/common_passwords.o

.PHONY: all run check bench fuzz tsan deps gates unit cli clean
all: safeguard

# Every compile waits for the packages (make -j would otherwise compile before
# libsodium's headers are installed); deps runs once per make, as a phony target.
deps:
	@sh tools/deps.sh

safeguard: build/rel/libsafeguard.a build/rel/cli/main.o
	$(CC) -o $@ build/rel/cli/main.o build/rel/libsafeguard.a $(LDLIBS)

build/rel/libsafeguard.a: $(REL_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/rel/%.o: src/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(REL_CFLAGS) -c -o $@ $<

build/rel/gen/%.o: build/gen/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(REL_CFLAGS) -c -o $@ $<

# npm installs exactly what package-lock.json names; it rewrites the stamp when it does.
$(NPM_STAMP): package.json package-lock.json | deps
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

build/tools/embed: tools/embed.c src/base/mem.c
	@mkdir -p $(dir $@)
	$(CC) $(REL_CFLAGS) -o $@ tools/embed.c src/base/mem.c

build/gen/assets.c: build/tools/embed tools/assets.sh $(NPM_STAMP) $(wildcard src/web/assets/*)
	sh tools/assets.sh build/tools/embed $@

build/gen/common_passwords.c: tools/gen-passwords.sh | deps
	sh tools/gen-passwords.sh $@

build/san/libsafeguard.a: $(SAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/san/%.o: src/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) -c -o $@ $<

build/san/gen/%.o: build/gen/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) -c -o $@ $<

build/san/safeguard: build/san/libsafeguard.a build/san/cli/main.o
	$(CC) $(SAN_LDFLAGS) -o $@ build/san/cli/main.o build/san/libsafeguard.a $(LDLIBS)

# A unit test may #include the module it tests to reach its statics; the archive then
# supplies only the modules the test did not include.
build/san/tests/%: tests/unit/%.c build/san/libsafeguard.a tests/unit/harness.h
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) -Itests/unit -o $@ $< build/san/libsafeguard.a $(SAN_LDFLAGS) $(LDLIBS)

# Each fuzz entry point is also built with gcc and a replay main, and run over its corpus.
build/san/fuzz/%: tests/fuzz/%.c tests/fuzz/replay.c build/san/libsafeguard.a $(wildcard tests/fuzz/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(SAN_CFLAGS) -o $@ $< tests/fuzz/replay.c build/san/libsafeguard.a $(SAN_LDFLAGS) $(LDLIBS)

build/fuzz/libsafeguard.a: $(FUZZ_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/fuzz/obj/%.o: src/%.c | deps
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<

build/fuzz/obj/gen/%.o: build/gen/%.c | deps
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c -o $@ $<

build/tsan/libsafeguard.a: $(TSAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/tsan/%.o: src/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(TSAN_CFLAGS) -c -o $@ $<

build/tsan/gen/%.o: build/gen/%.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(TSAN_CFLAGS) -c -o $@ $<

build/tsan/safeguard: build/tsan/libsafeguard.a build/tsan/cli/main.o
	$(CC) $(TSAN_LDFLAGS) -o $@ build/tsan/cli/main.o build/tsan/libsafeguard.a $(LDLIBS)

tsan: deps build/tsan/safeguard

run: deps safeguard
	@sh tools/run.sh ./safeguard $(STORE)

gates:
	@sh tools/check-style.sh
	@sh tools/check-caps.sh
	@sh tools/check-web.sh

check: deps gates build/san/safeguard build/tsan/safeguard $(UNIT_BIN) $(FUZZ_BIN)
	@sh tests/run.sh build/san/safeguard $(UNIT_BIN) $(FUZZ_BIN)

bench: deps safeguard
	@sh tools/bench.sh ./safeguard

# make fuzz FUZZ_TARGETS="fuzz_web_target fuzz_web_form" runs only those.
fuzz: deps build/fuzz/libsafeguard.a
	@FUZZ_CC="$(FUZZ_CC)" FUZZ_CFLAGS="$(FUZZ_CFLAGS)" FUZZ_LIBS="$(LDLIBS)" \
		sh tools/fuzz.sh $(FUZZ_TARGETS)

clean:
	rm -rf build safeguard

-include $(shell find build -name '*.d' 2>/dev/null)
