# validate_file.sh: `safeguard validate cin FILE` on the department's valid example and on
# copies broken one way each: the rule, the child and the line named, the three outputs,
# the exit statuses (0 clean, 1 findings, 2 unreadable), and a file cut short.
. "$SG_ROOT/tests/lib.sh"
EX="$FIX/cin-rules/example-2025-26.xml"

run 0 "the valid example is clean" $SG validate cin "$EX"
has out.txt "no errors and no queries in 4 children (2025-26, reference date 2026-03-31)" \
	"it says so, with the year"
# Another system's empty elements for what it does not have: no death, no closure, no end.
sed -e 's|<Sex>F</Sex>|<Sex>F</Sex><PersonDeathDate/>|' \
	-e 's|<PrimaryNeedCode>N1</PrimaryNeedCode>|&<CINclosureDate></CINclosureDate><ReasonForClosure/>|' \
	-e 's|<CPPstartDate>2025-05-27</CPPstartDate>|&<CPPendDate/>|' "$EX" > empties.xml
run 0 "empty optional elements are elements left out" $SG validate cin empties.xml

sed -e 's/<AssessmentActualStartDate>2025-05-02/<AssessmentActualStartDate>2025-04-28/' \
	-e 's/CHILDC003/CHILD-C003/' "$EX" > broken.xml
run 1 "a broken return exits 1" $SG validate cin broken.xml
has out.txt "child CHILDA001 (line 19)" "the child is named, with its line"
has out.txt "  error 1103, line 38: In the episode referred on 2025-05-01, the assessment started on 2025-04-28" \
	"the rule, its line and the episode are named"
has out.txt "error 1580, line 98: LAchildID \"CHILD-C003\"" "the second child's rule"
has out.txt "2 errors and 0 queries in 4 children" "the summary counts them"
has out.txt "1103   error      1  An assessment starts before the referral date" "by rule"

run 1 "--json" $SG validate cin broken.xml --json
equal "$(sqlite3 :memory: "SELECT json_valid(readfile('out.txt'))")" 1 "the JSON is well formed"
equal "$(sqlite3 :memory: "SELECT json_extract(readfile('out.txt'), '\$.findings[0].rule') || ' ' ||
	json_extract(readfile('out.txt'), '\$.findings[0].line') || ' ' ||
	json_extract(readfile('out.txt'), '\$.errors') || ' ' || json_extract(readfile('out.txt'), '\$.year')")" \
	"1103 38 2 2025-26" "with rule, line, counts and year"

run 1 "--csv" $SG validate cin broken.xml --csv
equal "$(head -n 1 out.txt)" "rule,kind,child,line,record,message" "the CSV header"
has out.txt '1580,error,CHILD-C003,98,,"LAchildID ""CHILD-C003"" contains' "a quoted cell"
run 2 "--json and --csv together" $SG validate cin broken.xml --json --csv
sed -e 's/CHILDC003/CHILD\xc3\x89003/' "$EX" > accent.xml
run 1 "an accented LAchildID" $SG validate cin accent.xml --json
equal "$(sqlite3 :memory: "SELECT json_valid(readfile('out.txt'))")" 1 "the JSON is still well formed"
equal "$(sqlite3 :memory: "SELECT json_extract(readfile('out.txt'), '\$.findings[0].message')")" \
	"LAchildID \"CHILD$(printf '\303\211')003\" contains '$(printf '\303\211')'; it may hold the letters A to Z and digits only (no spaces, dashes, underscores or accents)." \
	"1580 quotes the accented letter whole"

# A query alone still fails the check: it must be fixed or explained.
sed -e 's/<Disability>AUT<\/Disability>//' "$EX" > query.xml
run 1 "a query exits 1" $SG validate cin query.xml
has out.txt "the return" "return-level findings have their own heading"
has out.txt "query 2887Q: Only 7 different disability codes" "the query is named"

sed -e 's/<ReferenceDate>2026-03-31</<ReferenceDate>2026-02-31</' \
	-e 's/<CINclosureDate>2025-09-30/<CINclosureDate>2027-09-30/' "$EX" > noyear.xml
run 1 "an unreadable ReferenceDate" $SG validate cin noyear.xml
has out.txt "error 100, line 7" "is rule 100"
lacks out.txt "8620" "and no rule is judged against a guessed year"
has out.txt "census year unknown" "the summary says the year is unknown"

head -c 3000 "$EX" > cut.xml
run 2 "a file cut short" $SG validate cin cut.xml
has err.txt "cut short" "the reader's reason is given"
run 2 "a missing file" $SG validate cin nothere.xml
has err.txt "nothere.xml" "the file is named"
run 2 "no file and no --store" $SG validate cin
has err.txt "give the return to check" "says what to give"
run 2 "--year without --store" $SG validate cin "$EX" --year 2025-26
sed -e 's/<Year>2026</<Year>2023</' -e 's/<ReferenceDate>2026-03-31</<ReferenceDate>2023-03-31</' \
	"$EX" > old.xml
run 1 "a return of an older year is checked by these rules" $SG validate cin old.xml
has err.txt "old.xml is a 2022-23 return; these are the rules of 2024-25 and 2025-26" \
	"with a note saying so"
finish
