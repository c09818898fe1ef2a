# census_orders.sh: 'safeguard import cin' refuses dates out of order across linked
# records as every other front end does (records/rec_order.c), naming the element, both
# dates and the fix, and imports nothing; so a store the census import fills always
# exports a file 'import json' takes back.
. "$SG_ROOT/tests/lib.sh"
X="$FIX/cin/example-2025-26.xml"

$SG init --db s.db >/dev/null
$SG export json --db s.db --out empty.json >/dev/null

# wrong TITLE SED MESSAGE: the example return with SED applied.
wrong() {
	sed "$2" "$X" > in.xml
	cmp -s in.xml "$X" && not_ok "$1: the change $2 changed nothing"
	run 2 "$1" $SG import cin in.xml --db s.db
	has err.txt "$3" "$1: the message"
	has err.txt "nothing was imported" "$1: nothing imported, it says"
	$SG export json --db s.db --out now.json >/dev/null
	same empty.json now.json "$1: and nothing was stored"
}
wrong "an assessment before its referral" '38s/2025-05-02/2025-04-20/' \
	'line 37: child CHILDA001: AssessmentActualStartDate 2025-04-20 is before the referral it answers (referral 1, received_date 2025-05-01): date the assessment on or after 2025-05-01, or correct referral_id'
wrong "an enquiry before its referral" '46s/2025-05-05/2025-04-20/' \
	'line 45: child CHILDA001: S47ActualStartDate 2025-04-20 is before the referral it answers (referral 1, received_date 2025-05-01): date the section 47 enquiry on or after 2025-05-01, or correct referral_id'
wrong "an initial conference before its enquiry" '48s/2025-05-27/2025-05-01/' \
	"line 48: child CHILDA001: the conference's date 2025-05-01 is before the section 47 enquiry it follows (section 47 enquiry 1, start_date 2025-05-05): date the conference on or after 2025-05-05, or correct s47_id"
wrong "a plan before its referral" '53s/2025-05-27/2025-04-20/' \
	'line 52: child CHILDA001: CPPstartDate 2025-04-20 is before the referral it answers (referral 1, received_date 2025-05-01): date the child protection plan on or after 2025-05-01, or correct referral_id'

# What the census import stores goes round 'export json' and 'import json'.
run 0 "the example return imports" $SG import cin "$X" --db s.db
$SG test-cin-generate --children 1500 --seed 5 --out big.xml
run 0 "a generated return imports" $SG import cin big.xml --db s.db
run 0 "the same return again (every record matched, none changed)" $SG import cin big.xml --db s.db
$SG export json --db s.db --out all.json >/dev/null
$SG init --db copy.db >/dev/null
run 0 "its export imports into an empty store" $SG import json all.json --db copy.db
finish
