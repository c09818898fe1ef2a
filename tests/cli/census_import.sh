# census_import.sh: import cin loads a return and reports what it did; a second import
# of the same return changes nothing; every kind of bad file is refused with its reason
# and line, exit status 2, and the store exactly as it was.
. "$SG_ROOT/tests/lib.sh"
EX="$FIX/cin/example-2025-26.xml"

run 0 "a dry run of the example" $SG import cin "$EX" --check --db a.db
has out.txt "checked (nothing written)" "says it wrote nothing"
has out.txt "children                 4 created" "and what it would have created"
[ ! -e a.db ] && ok "and wrote nothing, not even a store" || not_ok "a.db was created by --check"
run 0 "the example return imports into a new store" $SG import cin "$EX" --db a.db
has out.txt "the 2025-26 return of local authority 201" "the report names the year and LA"
has out.txt "children                 4 created, 0 updated, 0 unchanged" "4 children created"
has out.txt "child protection plans   1 created" "the plan is created"
has out.txt "conferences              2 created" "its initial and review conferences are created"
has out.txt "area.la_code) is now 201" "the store takes its LA number from the return"
equal "$(sqlite3 a.db "select count(*) from cp_plans p join conferences c on c.id = p.start_conference_id where c.kind = 'initial' and c.held_date = p.start_date")" 1 \
	"the plan starts from the initial conference on its start date"
equal "$(sqlite3 a.db "select count(*) from conferences where kind = 'review' and plan_id is not null")" 1 \
	"the review is a review conference of the plan"
# A decision that arrives with a return was final in the system it came from: signed,
# on the decision's day, by no one the census names; so no manager is asked to sign it.
$SG export json --db a.db --out signed.json > /dev/null
has signed.json '"received_date": "2025-04-10", "source": "6", "primary_need": "N2", "nfa": true, "closure_date": "2025-04-10", "closure_reason": "RC7", "nfa_authorised_date": "2025-04-10"}' \
	"the return's referral of no further action is taken as signed, naming no one"
run 0 "the same return again" $SG import cin "$EX" --db a.db
has out.txt "children                 0 created, 0 updated, 4 unchanged" "nothing changes"
has out.txt "conferences              0 created, 0 updated, 2 unchanged" "no conference is duplicated"

# A later return updates what it says and keeps the rest.
sed 's|<Ethnicity>BAFR</Ethnicity>|<Ethnicity>BOTH</Ethnicity>|' "$EX" > changed.xml
run 0 "a return that changes one child" $SG import cin changed.xml --db a.db
has out.txt "children                 0 created, 1 updated, 3 unchanged" "one child updated"
equal "$(sqlite3 a.db "select ethnicity from children where la_child_id = 'CHILDC003'")" BOTH "the new value is stored"

sqlite3 a.db .dump > before.sql

# bad NAME WANT: importing NAME fails with status 2 and WANT in the message, changing nothing.
bad() {
	run 2 "$1 is refused" $SG import cin "$1" --db a.db
	has err.txt "$2" "$1: says \"$2\""
	has err.txt "nothing was imported" "$1: says nothing was imported"
	sqlite3 a.db .dump > after.sql
	same before.sql after.sql "$1: the store is unchanged"
}

: > empty.xml
bad empty.xml "the file is empty"
echo "LAchildID,Sex" > return.csv
bad return.csv "the file is not XML"
head -c 3000 "$EX" > truncated.xml
bad truncated.xml "cut short (truncated)"
sed 's|</Sex>|</Sx>|' "$EX" > malformed.xml
bad malformed.xml "line 24: not well-formed XML"
iconv -f UTF-8 -t UTF-16 "$EX" > utf16.xml
bad utf16.xml "UTF-16"
sed 's|encoding="UTF-8"|encoding="ISO-8859-1"|' "$EX" > latin1.xml
bad latin1.xml "declares the encoding ISO-8859-1"
sed 's|CHILDB002|CHILD\xe9002|' "$EX" > notutf8.xml
bad notutf8.xml "line 65: the text is not valid UTF-8"
sed 's|^<Message>|<Message xmlns="http://www.example.org/cin">|' "$EX" > namespaced.xml
bad namespaced.xml "in the namespace \"http://www.example.org/cin\""
sed 's|<Year>2026</Year>|<Year>2031</Year>|; s|2026-03-31|2031-03-31|' "$EX" > wrongyear.xml
bad wrongyear.xml "line 6: Year 2031: safeguard reads the returns of 2013-14 to 2025-26"
sed 's|<Year>2026</Year>||' "$EX" > noyear.xml
run 0 "a return without Year (the schema's 0..1)" $SG import cin noyear.xml --check --db a.db
has out.txt "the 2025-26 return of local authority 201" "its ReferenceDate names the year"
sed 's|<Year>2026</Year>||; s|<ReferenceDate>2026-03-31|<ReferenceDate>2026-03-30|' "$EX" > noyear.xml
bad noyear.xml "line 3: the header's Year is missing"
sed 's|<ReferenceDate>2026-03-31|<ReferenceDate>2025-03-31|' "$EX" > wrongref.xml
bad wrongref.xml "line 7: ReferenceDate 2025-03-31 is not 31 March 2026"
sed '/<Header>/,/<\/Header>/d' "$EX" > noheader.xml
bad noheader.xml "the file has no Header"
sed 's|<LEA>201</LEA>|<LEA>876</LEA>|' "$EX" > otherla.xml
bad otherla.xml "this return is local authority 876's, and the store holds local authority 201's"
sed 's|<Sex>M</Sex>|<Sex>X</Sex>|' "$EX" > badcode.xml
bad badcode.xml "line 68: child CHILDB002: Sex \"X\" is not a sex code (use one of M, F, U)"
sed 's|<CINreferralDate>2026-01-10|<CINreferralDate>2026-02-30|' "$EX" > baddate.xml
bad baddate.xml "line 134: child CHILDD004: CINreferralDate \"2026-02-30\" is not a date (use YYYY-MM-DD)"
sed 's|<PersonBirthDate>2015-05-10</PersonBirthDate>|<PersonBirthDate>1790-05-10</PersonBirthDate>|' "$EX" > born1790.xml
bad born1790.xml "line 23: child CHILDA001: PersonBirthDate \"1790-05-10\" is outside the working-day calendar (use a date from 1970-01-01 to 2100-12-31)"
sed 's|<LAchildID>CHILDD004|<LAchildID>CHILDA001|' "$EX" > twice.xml
bad twice.xml "LAchildID CHILDA001 is given to more than one child in this file"
sed 's|<Toy/>||; s|<Ethnicity>NOBT</Ethnicity>|<Ethnicity>NOBT</Ethnicity><Toy/>|' "$EX" > unknown.xml
bad unknown.xml "line 131: Toy is not an element of a census return (inside ChildCharacteristics)"
sed 's|<?xml version="1.0" encoding="UTF-8"?>|&<!DOCTYPE Message [<!ENTITY x "y">]>|' "$EX" > doctype.xml
bad doctype.xml "the file has a DOCTYPE"

# Huge: a value far longer than any census value, and a child of a hundred thousand items.
{ sed -n '1,20p' "$EX"; printf '        <LAchildID>'; head -c 5000 /dev/zero | tr '\0' 'x'; printf '</LAchildID>\n'; } > hugevalue.xml
bad hugevalue.xml "line 21: the value of LAchildID is longer than 1024 bytes"
{ sed -n '1,26p' "$EX"; echo "<Disabilities>"; i=0; while [ $i -lt 4000 ]; do echo "<Disability>MOB</Disability><Disability>HAND</Disability><Disability>PC</Disability><Disability>INC</Disability><Disability>COMM</Disability><Disability>LD</Disability><Disability>HEAR</Disability><Disability>VIS</Disability><Disability>BEH</Disability><Disability>CON</Disability><Disability>AUT</Disability><Disability>DDA</Disability>"; i=$((i+1)); done; } > hugechild.xml
bad hugechild.xml "line 19: the Child starting here is larger than 1024 KB"

# A problem in the last child: the children read before it are not kept either.
awk '/CHILDD004/ {d=1} d && /<ReferralSource>/ {sub(/3B/, "ZZ"); d=0} {print}' "$EX" > lastbad.xml
$SG init --db fresh.db >/dev/null
run 2 "an error in the last child" $SG import cin lastbad.xml --db fresh.db
has err.txt "child CHILDD004: ReferralSource \"ZZ\" is not a referral source code" "the error is named"
equal "$(sqlite3 fresh.db "select count(*) from children")" 0 "the three good children before it are not kept"

# Every problem of a file is told at once, each with its line.
sed 's|<Sex>M</Sex>|<Sex>X</Sex>|; s|<Ethnicity>WBRI|<Ethnicity>WXYZ|' "$EX" > twoproblems.xml
run 2 "two problems in a file" $SG import cin twoproblems.xml --db a.db
has err.txt "line 27: child CHILDA001: Ethnicity \"WXYZ\"" "the first is told"
has err.txt "line 68: child CHILDB002: Sex \"X\"" "and the second"

run 2 "a file that does not exist" $SG import cin missing.xml --db new.db
has err.txt "cannot open missing.xml" "the missing file is named"
[ ! -e new.db ] && ok "no store is created for it" || not_ok "new.db was created"
run 2 "a file with a problem inside, into a store not there yet" $SG import cin twoproblems.xml --db new.db
[ ! -e new.db ] && ok "no store is left behind for it" || not_ok "new.db was left behind"

# An old return with GenderCurrent instead of Sex.
sed 's|<Sex>F</Sex>|<GenderCurrent>2</GenderCurrent>|; s|<Sex>M</Sex>|<GenderCurrent>1</GenderCurrent>|; s|<Sex>U</Sex>|<GenderCurrent>0</GenderCurrent>|; s|<Year>2026</Year>|<Year>2023</Year>|; s|2026-03-31|2023-03-31|' "$EX" > old.xml
run 0 "a 2022-23 return with GenderCurrent" $SG import cin old.xml --db old.db
equal "$(sqlite3 old.db "select group_concat(sex, '') from (select sex from children order by id)")" FMMU "GenderCurrent 2, 1, 1, 0 is stored as F, M, M, U"
# A store whose ids already reach the largest record id: new records cannot be numbered.
$SG init --db full.db >/dev/null
sqlite3 full.db "INSERT INTO children(id, la_child_id, sex, ethnicity) VALUES (9007199254740991, 'LAST', 'F', 'WBRI')"
run 2 "a store with no record id left" $SG import cin "$EX" --db full.db
has err.txt "the store's children already reach the largest record id (9007199254740991)" "the reason is told"
equal "$(sqlite3 full.db "select count(*) from children")" 1 "nothing is added"
finish
