# store_commands.sh: init, backup and restore, and the bad inputs every command refuses
# with a message and exit status 2, changing nothing.
. "$SG_ROOT/tests/lib.sh"

run 0 "init creates a store" $SG init --db a.db
has out.txt "created store a.db" "init says what it did"
run 0 "init on an existing store only checks it" $SG init --db a.db
has out.txt "checked store a.db" "init says it checked"

run 2 "no command at all" $SG
has err.txt "usage: safeguard" "usage is shown"
run 2 "unknown command" $SG frobnicate
has err.txt "unknown command 'frobnicate'" "the unknown command is named"
run 2 "unknown option" $SG init --frob --db a.db
has err.txt "unknown option '--frob'" "the unknown option is named"
has err.txt "--db FILE" "the options the command takes are listed"
run 2 "option without its value" $SG backup x.db --db
has err.txt "--db needs a file name" "the missing value is named"
run 2 "missing argument" $SG backup --db a.db
has err.txt "missing FILE" "the missing argument is named"
run 2 "too many arguments" $SG backup x y --db a.db
has err.txt "unexpected argument 'y'" "the extra argument is named"
run 0 "--version" $SG --version
has out.txt "safeguard 0.1.0" "is the version command"
run 0 "help for a command" $SG help backup
has out.txt "usage: safeguard backup" "help shows the usage"

: > zero.db
run 0 "init on a file of no bytes" $SG init --db zero.db
has out.txt "created store zero.db" "creates the store in it"
run 2 "backup to an empty file name" $SG backup "" --db a.db
has err.txt "FILE: the file name is empty (give a file)" "names what is empty"
run 2 "export to an empty file name" $SG export json --out "" --db a.db
has err.txt "--out: the file name is empty (give a file)" "names the option"
run 2 "a store that does not exist" $SG backup b.db --db missing.db
has err.txt "there is no store at missing.db" "the missing store is named"
has err.txt "safeguard init --db missing.db" "and how to create one"
[ ! -e missing.db ] && ok "nothing was created" || not_ok "missing.db was created"
echo "just some text" > notes.txt
run 2 "a file that is not a store" $SG backup b.db --db notes.txt
has err.txt "notes.txt is not a safeguard store" "the file is named as not a store"
equal "$(cat notes.txt)" "just some text" "the file is unchanged"
sqlite3 other.db "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
run 2 "another program's database" $SG backup b.db --db other.db
has err.txt "another program" "it is recognised as someone else's"
mkdir folder
run 2 "a folder given as the store" $SG init --db folder
has err.txt "is a folder" "the folder is refused"
run 2 "a read-only location" $SG init --db /proc/safeguard.db
has err.txt "cannot create the store /proc/safeguard.db" "the location is named"
run 2 "a folder that does not exist" $SG init --db no/such/folder.db
has err.txt "is the folder there and writable?" "the fix is suggested"

cp a.db newer.db
sqlite3 newer.db "PRAGMA user_version=99"
run 2 "a store from a newer safeguard" $SG init --db newer.db
has err.txt "written by a newer safeguard" "the newer store is refused"
equal "$(sqlite3 newer.db 'PRAGMA user_version')" "99" "and left as it was"

run 0 "backup" $SG backup b.db --db a.db
has out.txt "backed up a.db to b.db" "backup reports the copy"
equal "$(sqlite3 b.db 'PRAGMA integrity_check')" "ok" "the backup is sound"
equal "$(sqlite3 b.db 'PRAGMA journal_mode')" "delete" "the backup is one self-contained file"
# A backup that cannot be written whole (here: a file size limit, as a full disk would)
# leaves nothing behind, not even SQLite's journal of the half-written copy.
# The store must outgrow SQLite's page cache (2 MB) for the copy to reach its journal.
$SG demo --db demo.db --children 12000 --end 2026-11-21 >/dev/null
(trap '' XFSZ; ulimit -f 1000; exec $SG backup big.db --db demo.db) >out.txt 2>err.txt
equal "$?" "2" "a backup that cannot be written whole fails"
has err.txt "cannot write the backup big.db" "the backup is named"
leftovers=$(ls big.db* 2>/dev/null)
equal "$leftovers" "" "no part of it is left behind"
run 2 "backup will not overwrite" $SG backup b.db --db a.db
has err.txt "already exists" "an existing file is not overwritten"

run 0 "restore into a new store" $SG restore b.db --db c.db
equal "$(sqlite3 c.db 'PRAGMA integrity_check')" "ok" "the restored store is sound"
run 2 "restore of a file that is not a backup" $SG restore notes.txt --db c.db
has err.txt "notes.txt is not a safeguard backup" "the bad backup is named"
run 2 "restore of a missing file" $SG restore nothing.db --db c.db
has err.txt "cannot read nothing.db" "the missing backup is named"
sqlite3 c.db "INSERT INTO agencies(id, name, kind) VALUES (1, 'Police', 'police')"
run 2 "restore over records without --force" $SG restore b.db --db c.db
has err.txt "add --force" "the user is told how to go ahead"
equal "$(sqlite3 c.db 'SELECT count(*) FROM agencies')" "1" "the store is unchanged"
run 0 "restore with --force" $SG restore b.db --db c.db --force
equal "$(sqlite3 c.db 'SELECT count(*) FROM agencies')" "0" "the store is the backup"
head -c 3000 b.db > cut.db
run 2 "restore of a truncated backup" $SG restore cut.db --db c.db --force
has err.txt "cut.db" "the damaged backup is named"
finish
