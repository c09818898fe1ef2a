#!/bin/sh
# The style gate (style.md, habits 9 and 15): banned C library calls, file length cap,
# no machine paths. Fails listing every offence with file and line.
set -u
cd "$(dirname "$0")/.."
status=0
files=$(find src tests tools -name '*.c' -o -name '*.h' | sort)

# Raw allocation is allowed only inside the allocation wrapper itself.
banned='\b(sprintf|vsprintf|strcpy|strcat|strncpy|strncat|gets|atoi|atol|atoll|atof|strtok|tmpnam|mktemp|alloca|system)[[:space:]]*\('
alloc='\b(malloc|calloc|realloc|free|strdup|strndup)[[:space:]]*\('
for f in $files; do
	hits=$(grep -nE "$banned" "$f" | grep -vE '^[0-9]+:[[:space:]]*(/\*|\*)')
	if [ -n "$hits" ]; then
		printf '%s\n' "$hits" | sed "s|^|$f:|; s|$|  <- banned: use the safe helper (base/str.h, base/buf.h, snprintf)|"
		status=1
	fi
	case "$f" in src/base/mem.c|tests/fuzz/*) continue ;; esac
	hits=$(grep -nE "$alloc" "$f" | grep -vE '\b(x(malloc|calloc|realloc|free|strdup|strndup)|sqlite3_free|xmlFree|json_decref)' \
		| grep -vE '^[0-9]+:[[:space:]]*(/\*|\*)')
	if [ -n "$hits" ]; then
		printf '%s\n' "$hits" | sed "s|^|$f:|; s|$|  <- use xmalloc/xfree (base/mem.h)|"
		status=1
	fi
done

# Files stay small: one job per file (style.md: under about 800 lines).
for f in $files; do
	n=$(wc -l < "$f")
	if [ "$n" -gt 800 ]; then
		echo "$f: $n lines, over the 800-line cap: split it by job"
		status=1
	fi
done

# All SQL lives in the store layer (issue 2: a PostgreSQL store can be added later without
# touching anything above it): no SQLite call or header outside src/store/.
hits=$(grep -nE 'sqlite3[_.]|<sqlite3\.h>' $(find src -name '*.[ch]' ! -path 'src/store/*') 2>/dev/null)
if [ -n "$hits" ]; then
	printf '%s\n' "$hits" | sed 's/$/  <- SQL belongs in src\/store\/, behind a store_ function/'
	status=1
fi

# Never a path of this machine in the project.
if git grep -nE '/(w)ork/|/(f)arm/' -- ':!*.md' >/dev/null 2>&1; then
	git grep -nE '/(w)ork/|/(f)arm/' -- ':!*.md'
	echo "a path of this machine is written into a tracked file"
	status=1
fi
[ $status -eq 0 ] && echo "style: $(echo "$files" | wc -l) files, no banned calls, none over 800 lines"
exit $status
