# json_orders.sh: 'safeguard import json' refuses dates out of order across linked
# records: each kind, made by changing one date of every-field.json, is refused with its
# exact message (file, line, record and field, both dates, the fix) and nothing is
# imported; a review conference names its plan later in the file, and is still compared;
# a new record is compared with the store's; work before a birth is taken up to 280 days
# before it; an exported demo area still goes round.
. "$SG_ROOT/tests/lib.sh"
J="$FIX/json/every-field.json"

$SG init --db s.db >/dev/null
$SG export json --db s.db --out empty.json >/dev/null

# wrong TITLE SED MESSAGE: every-field.json with SED applied, into the empty store.
wrong() {
	sed "$2" "$J" > in.json
	cmp -s in.json "$J" && not_ok "$1: the change $2 changed nothing"
	run 2 "$1" $SG import json in.json --db s.db
	{ echo "$3"; echo "safeguard import json: in.json: 1 error; nothing was imported (the store is unchanged)"; } > want.txt
	if cmp -s want.txt err.txt; then ok "$1: the message"; else
		not_ok "$1: the messages differ"
		diff want.txt err.txt | sed 's/^/    /' | head -n 6
	fi
	$SG export json --db s.db --out now.json >/dev/null
	same empty.json now.json "$1: nothing was stored"
}

wrong "an enquiry before its strategy discussion" \
	'57s/"start_date": "2025-01-09"/"start_date": "2025-01-08"/' \
	'in.json:57: s47_enquiries[0].start_date: 2025-01-08 is before the strategy discussion it follows (strategy discussion 1, held_date 2025-01-09): date the section 47 enquiry on or after 2025-01-09, or correct strategy_discussion_id'
wrong "an assessment before its referral" \
	'51s/"start_date": "2025-01-08"/"start_date": "2025-01-06"/' \
	'in.json:51: assessments[0].start_date: 2025-01-06 is before the referral it answers (referral 1, received_date 2025-01-07): date the assessment on or after 2025-01-07, or correct referral_id'
wrong "a strategy discussion before its referral" \
	'54s/"held_date": "2025-01-09"/"held_date": "2025-01-06"/' \
	'in.json:54: strategy_discussions[0].held_date: 2025-01-06 is before the referral it answers (referral 1, received_date 2025-01-07): date the strategy discussion on or after 2025-01-07, or correct referral_id'
wrong "a referral before its contact" \
	'47s/"received_date": "2025-01-07"/"received_date": "2025-01-05"/' \
	'in.json:47: referrals[0].received_date: 2025-01-05 is before the contact it came from (contact 1, received_date 2025-01-06): date the referral on or after 2025-01-06, or correct contact_id'
wrong "an initial conference before its enquiry (and so its strategy discussion)" \
	'60s/"held_date": "2025-02-04"/"held_date": "2025-01-08"/' \
	'in.json:60: conferences[0].held_date: 2025-01-08 is before the section 47 enquiry it follows (section 47 enquiry 1, start_date 2025-01-09): date the conference on or after 2025-01-09, or correct s47_id'
wrong "a plan before the conference that started it" \
	'70s/"start_date": "2025-02-04"/"start_date": "2025-02-03"/' \
	'in.json:70: cp_plans[0].start_date: 2025-02-03 is before the conference that started it (conference 1, held_date 2025-02-04): date the child protection plan on or after 2025-02-04, or correct start_conference_id'
wrong "a core group before its plan starts" \
	'78s/"held_date": "2025-02-14"/"held_date": "2025-02-01"/' \
	'in.json:78: core_groups[0].held_date: 2025-02-01 is before the plan it belongs to (child protection plan 1, start_date 2025-02-04): date the core group on or after 2025-02-04, or correct plan_id'
wrong "a core group after its plan ends" \
	'78s/"held_date": "2025-02-14"/"held_date": "2025-11-05"/' \
	'in.json:78: core_groups[0].held_date: 2025-11-05 is after the end of the plan it belongs to (child protection plan 1, end_date 2025-11-04): date the core group on or before 2025-11-04, or correct plan_id'
wrong "a review conference before its plan, which comes later in the file" \
	'61s/"held_date": "2025-05-06"/"held_date": "2025-02-03"/' \
	'in.json:61: conferences[1].held_date: 2025-02-03 is before the plan it reviews (child protection plan 1, start_date 2025-02-04): date the conference on or after 2025-02-04, or correct plan_id'
wrong "an invitation after the conference" \
	'66s/"invited_date": "2025-01-31"/"invited_date": "2025-02-05"/' \
	'in.json:66: conference_invitees[0].invited_date: 2025-02-05 is after the conference it invites to (conference 1, scheduled_date 2025-02-04): date the conference invitee on or before 2025-02-04, or correct conference_id'
wrong "a visit before its plan" \
	'85s/"visit_date": "2025-02-11"/"visit_date": "2025-02-03"/' \
	'in.json:85: visits[0].visit_date: 2025-02-03 is before the plan it is made under (child protection plan 1, start_date 2025-02-04): date the visit on or after 2025-02-04, or correct plan_id'
wrong "a child in need plan before its referral" \
	'88s/"start_date": "2025-11-04"/"start_date": "2025-01-06"/' \
	'in.json:88: cin_plans[0].start_date: 2025-01-06 is before the referral it answers (referral 1, received_date 2025-01-07): date the child in need plan on or after 2025-01-07, or correct referral_id'
wrong "a contact more than 280 days before the child's birth" \
	'44s/"received_date": "2025-01-06"/"received_date": "2018-05-01"/' \
	"in.json:44: contacts[0].received_date: 2018-05-01 is more than 280 days before the child's birth (child 1, birth_date 2019-02-28): date the contact on or after 2018-05-24, or correct child_id"
wrong "a period in care after the child's death" \
	'29s/"death_date": "2025-12-01"/"death_date": "2025-05-20"/' \
	"in.json:91: care_periods[0].start_date: 2025-06-01 is after the child's death (child 3, death_date 2025-05-20): date the period in care on or before 2025-05-20, or correct child_id"

# Every wrong order of a file is told in one run, the waiting ones at the end.
sed '61s/"held_date": "2025-05-06"/"held_date": "2025-02-03"/; 51s/"start_date": "2025-01-08"/"start_date": "2025-01-06"/' "$J" > two.json
run 2 "two orders wrong" $SG import json two.json --db s.db
equal "$(grep -c '^two.json:' err.txt)" "2" "both are told"
has err.txt "two.json: 2 errors; nothing was imported" "and counted"

# Into a store that holds records: a new record is compared with the store's.
$SG import json "$J" --db s.db >/dev/null
$SG export json --db s.db --out full.json >/dev/null
cat > late.json <<'EOF'
{"format": "safeguard", "version": 1,
"assessments": [
{"id": 2, "child_id": 1, "referral_id": 1, "start_date": "2025-01-02"}
]}
EOF
run 2 "a new assessment before the stored referral it answers" $SG import json late.json --db s.db
has err.txt 'late.json:3: assessments[0].start_date: 2025-01-02 is before the referral it answers (referral 1, received_date 2025-01-07): date the assessment on or after 2025-01-07, or correct referral_id' "the store's referral is named"
$SG export json --db s.db --out now.json >/dev/null
same full.json now.json "nothing was stored"

# Work with an unborn child (expected 2026-12-15) from 280 days before: 2026-03-10.
for d in 2026-03-09 2026-03-10; do
	cat > prebirth.json <<EOF
{"format": "safeguard", "version": 1,
"contacts": [
{"id": 2, "child_id": 2, "received_date": "$d", "source": "2A", "outcome": "advice"}
]}
EOF
	[ $d = 2026-03-09 ] && want=2 || want=0
	run $want "a contact on $d for the child expected on 2026-12-15" $SG import json prebirth.json --db s.db
done
has out.txt "imported prebirth.json: 1 record created" "the contact 280 days before is imported"

# The demo's records keep every order: its export goes round, into an empty store and
# into its own.
$SG demo --children 2000 --years 3 --seed 11 --db demo.db >/dev/null
$SG export json --db demo.db --out demo.json >/dev/null
$SG init --db copy.db >/dev/null
run 0 "an exported demo area imports into an empty store" $SG import json demo.json --db copy.db
run 0 "and into the store it came from" $SG import json demo.json --db demo.db
has out.txt "nothing to import" "unchanged"
finish
