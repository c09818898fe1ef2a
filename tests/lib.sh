# lib.sh: sourced by every script in tests/cli/. Each script runs in a fresh temporary
# folder, with $SG the sanitizer build of safeguard and $SG_ROOT the project.
# A script prints "ok - ..." / "not ok - ..." lines and exits non-zero if any failed.
set -u
SG="$SG_BIN"
FIX="$SG_ROOT/tests/fixtures"
fails=0

ok() { echo "ok - $1"; }
not_ok() { echo "not ok - $1"; fails=$((fails + 1)); }

# run STATUS DESCRIPTION COMMAND...: runs COMMAND with stdout in out.txt and stderr in
# err.txt, and checks its exit status.
run() {
	want=$1; desc=$2; shift 2
	"$@" >out.txt 2>err.txt
	got=$?
	if [ "$got" -eq "$want" ]; then
		ok "$desc"
	else
		not_ok "$desc: exit status $got, expected $want"
		sed 's/^/    stderr: /' err.txt | head -n 8
		sed 's/^/    stdout: /' out.txt | head -n 8
	fi
}

# has FILE TEXT DESCRIPTION: FILE contains TEXT (a fixed string).
has() {
	if grep -qF -- "$2" "$1"; then ok "$3"; else
		not_ok "$3: $1 lacks: $2"
		sed 's/^/    got: /' "$1" | head -n 8
	fi
}

# lacks FILE TEXT DESCRIPTION: FILE does not contain TEXT.
lacks() {
	if grep -qF -- "$2" "$1"; then not_ok "$3: $1 contains: $2"; else ok "$3"; fi
}

# same A B DESCRIPTION: two files are byte-identical.
same() {
	if cmp -s "$1" "$2"; then ok "$3"; else not_ok "$3: $1 and $2 differ"; cmp "$1" "$2" | head -n 3; fi
}

# equal GOT WANT DESCRIPTION
equal() {
	if [ "$1" = "$2" ]; then ok "$3"; else not_ok "$3: got '$1', expected '$2'"; fi
}

finish() {
	[ "$fails" -eq 0 ] || { echo "$fails failed"; exit 1; }
	exit 0
}
