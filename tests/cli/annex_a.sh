#!/bin/sh
# export annex-a: Ofsted's Annex A lists from the store, checked against rows worked out by
# hand from tests/fixtures/json/annex-a.json, then on the demo area, then bad arguments.
#
# The fixture, as of Wed 2 Dec 2026. The six months before it begin on 2 Jun 2026 (lists
# 1, 3, 4, 5; lists 6, 7 and 8 take what was open on 2 Dec or ended from 2 Jun); the last
# 12 months begin on 2 Dec 2025.
#
#   ANX0001 Amy, girl, WBRI, born 10 Mar 2015 (11), no disability (NONE).
#     contact 1 Sep 2026 (schools)           list 1: inside the six months
#     contact 1 May 2026 (police)            not in list 1: a month before them
#     referral 15 Jan 2026, NFA, closed      not in list 3 (outside six months), not in
#                                            list 6 (no further action is no episode), but
#                                            one of her two referrals in 12 months
#     referral 2 Sep 2026 (schools)          list 3, "2" referrals in 12 months; list 6,
#                                            on a plan now, last seen at the visit 20 Nov
#     assessment 3 Sep - 15 Oct 2026, seen   list 4, needs support (the episode goes on)
#     strategy 20 Oct, s47 20 Oct - 5 Nov    list 5, ICPC 10 Nov 2026, which started a plan
#     plan from 10 Nov 2026, neglect         list 7: on a plan now, visit 20 Nov seen alone
#   ANX0002 Ben, boy, AIND, born 3 Dec 2012: 13 on 2 Dec 2026 (14 the day after); no
#     disability recorded ("c) Unknown").
#     referral 1 Mar 2025, closed 30 Sep 2026 (RC7): list 6, closed in the six months
#     assessment authorised 1 Apr 2025       not in list 4: done before the six months
#     s47 20 Mar 2025                        not in list 5
#     plan 10 Apr 2025 - 2 Jul 2026 (ended 5 months before): list 7; physical abuse then
#       emotional abuse, one previous plan, last review 2 Jul 2026 (the one that ended it),
#       visit 20 Jun 2026 not seen alone
#   ANX0003 Cara, girl, BCRB, born 5 May 2018 (8), autism ("a) Yes").
#     referral closed 31 May 2026            not in list 6: two days before the six months
#     plan ended 1 May 2026 (7 months before) not in list 7
#     in care 10 May - 15 Oct 2026 (C2)      list 8, ended in the six months; a period
#                                            ended 31 Jan 2026, within 12 months before it
#                                            began: "Y"; category of need N2 from the
#                                            episode open when it began
#     in care 1 Nov 2025 - 31 Jan 2026       not in list 8: ended before the six months
#   ANX0004 unborn (expected 1 Feb 2027), sex U, NOBT: no date of birth, no age.
#     contact and referral 30 Nov 2026 (health visitor), to the team 'Front Door, "North"'
#     with no worker: lists 1 and 3 (the team's name quoted as RFC 4180 says), list 6
#     open with nothing under way yet: its case status empty
#   ANX0005 Eli, boy, WOTH, born 15 Jan 2010 (16), restricted to one manager.
#     referral 1 Aug 2026 (police)           list 3; list 6 on a child in need plan
#     assessment from 2 Aug 2026, not seen, not yet authorised: list 4, two cells empty
#     s47 5 Aug 2026, no strategy discussion recorded (its own start), conference not
#       needed: list 5, no ICPC
#
# Social worker: Zoë Worker (UTF-8 in a cell). No list carries a column the records cannot
# fill with anything but an empty cell: the emergency protection order of list 7, most of
# list 8.
. "$SG_ROOT/tests/lib.sh"
export SAFEGUARD_TODAY=2026-12-02

$SG init --db f.db > /dev/null
run 0 "the fixture imports" $SG import json "$FIX/json/annex-a.json" --db f.db
mkdir out
run 0 "export annex-a writes the lists" $SG export annex-a --db f.db --as-of 2026-12-02 \
	--out out
has out.txt "list7_child_protection.csv   list 7, Child protection: 2 rows" "it says what it wrote"
for f in list1_contacts list3_referrals list4_assessments list5_section47 \
	list6_children_in_need list7_child_protection list8_children_in_care; do
	[ -f "out/$f.csv" ] && ok "$f.csv written" || not_ok "$f.csv missing"
done
[ "$(stat -c %a out/list7_child_protection.csv)" = 600 ] &&
	ok "readable by its owner only" || not_ok "mode $(stat -c %a out/list7_child_protection.csv)"
ls out | grep -q partial && not_ok "a .partial file left" || ok "no .partial file left"
crlf=$(grep -c "$(printf '\r')\$" out/list3_referrals.csv)
equal "$crlf" 4 "every line ends CRLF (RFC 4180)"

expect() {	# expect FILE: the lines that follow, against FILE with its CRs taken out
	cat > want.txt
	tr -d '\r' < "out/$1.csv" > got.txt
	if cmp -s want.txt got.txt; then ok "$1 as worked out by hand"; else
		not_ok "$1 as worked out by hand"; diff want.txt got.txt | head -n 20; fi
}

expect list1_contacts <<'CSV'
Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of Contact,Contact Source
ANX0001,b) Female,a) WBRI,10/03/2015,11,01/09/2026,e) 2A: Schools
ANX0004,c) Not stated/recorded,t) NOBT,,,30/11/2026,h) 3B: Health services
CSV

expect list3_referrals <<'CSV'
Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Date of referral,Referral Source,Referral NFA?,Number of Referrals in Last 12 Months,Allocated Team,Allocated Worker
ANX0001,b) Female,a) WBRI,10/03/2015,11,02/09/2026,e) 2A: Schools,b) No,2,Child Protection East,Zoë Worker
ANX0004,c) Not stated/recorded,t) NOBT,,,30/11/2026,h) 3B: Health services,b) No,1,"Front Door, ""North""",
ANX0005,a) Male,d) WOTH,15/01/2010,16,01/08/2026,q) 6: Police,b) No,1,Child Protection East,Zoë Worker
CSV

expect list4_assessments <<'CSV'
Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Continuous Assessment Start Date,Child Seen During Continuous Assessment,Continuous Assessment Date of Authorisation,Was the child assessed as requiring LA children's social care support?,Allocated Team,Allocated Worker
ANX0001,b) Female,a) WBRI,10/03/2015,11,b) No,03/09/2026,a) Yes,15/10/2026,a) Yes,Child Protection East,Zoë Worker
ANX0005,a) Male,d) WOTH,15/01/2010,16,b) No,02/08/2026,b) No,,,Child Protection East,Zoë Worker
CSV

expect list5_section47 <<'CSV'
Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Strategy discussion initiating Section 47 Enquiry Start Date,Was an Initial Child Protection Conference deemed unnecessary?,Date of Initial Child Protection Conference,Did the Initial Child Protection Conference Result in a Child Protection Plan,Number of Section 47 Enquiries in the last 12 months,Number of ICPCs in the last 12 months,Allocated Team,Allocated Worker
ANX0001,b) Female,a) WBRI,10/03/2015,11,b) No,20/10/2026,b) No,10/11/2026,a) Yes,1,1,Child Protection East,Zoë Worker
ANX0005,a) Male,d) WOTH,15/01/2010,16,b) No,05/08/2026,a) Yes,,,1,0,Child Protection East,Zoë Worker
CSV

expect list6_children_in_need <<'CSV'
Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,CIN Start Date,Primary Need Code,Date Child Was Last Seen,CIN Closure Date,Reason for Closure,Case Status,Allocated Team,Allocated Worker
ANX0001,b) Female,a) WBRI,10/03/2015,11,b) No,02/09/2026,N1,20/11/2026,,,b) Child Protection plan,Child Protection East,Zoë Worker
ANX0002,a) Male,j) AIND,03/12/2012,13,c) Unknown,01/03/2025,N1,20/06/2026,30/09/2026,RC7,e) Closed episode,Child Protection East,Zoë Worker
ANX0004,c) Not stated/recorded,t) NOBT,,,c) Unknown,30/11/2026,N1,,,,,"Front Door, ""North""",
ANX0005,a) Male,d) WOTH,15/01/2010,16,b) No,01/08/2026,N4,,,,c) Child in need plan,Child Protection East,Zoë Worker
CSV

expect list7_child_protection <<'CSV'
Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Child Protection Plan Start Date,Initial Category of Abuse,Latest Category of Abuse,Date of the Last Statutory Visit,Was the Child Seen Alone?,Date of latest review conference,Child Protection Plan End Date,Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N),Number of Previous Child Protection Plans,Allocated Team,Allocated Worker
ANX0001,b) Female,a) WBRI,10/03/2015,11,b) No,10/11/2026,a) Neglect,a) Neglect,20/11/2026,a) Yes,,,,0,Child Protection East,Zoë Worker
ANX0002,a) Male,j) AIND,03/12/2012,13,c) Unknown,10/04/2025,b) Physical abuse,d) Emotional abuse,20/06/2026,b) No,02/07/2026,02/07/2026,,1,Child Protection East,Zoë Worker
CSV

expect list8_children_in_care <<'CSV'
Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability,Date Started to be Looked After,Child's Category of Need,Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N),Start date of current legal status,Child's Legal Status,Date of Latest Statutory Review,Date of Last Social Work Visit,What is the permanence plan for this child?,Date of Last IRO Visit / Contact to the Child,Date of Last Health Assessment,Date of Last Dental Check,Number of Placements in the Last 12 months,Date Ceased to be Looked After,Reason Ceased to be Looked After,Start Date of Most Recent Placement,Placement Type,Placement Provider,Placement postcode,URN of Placement,Placement Location,LA of Placement,Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months,Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months,Was the child offered a Return Interview after their last missing episode (Y/N)?,Did the child accept a Return Interview after their last missing episode (Y/N)?,Allocated Team,Allocated Worker
ANX0003,b) Female,n) BCRB,05/05/2018,8,a) Yes,10/05/2026,N2,Y,,C2,,,,,,,,15/10/2026,,,,,,,,,,,,,Child Protection East,Zoë Worker
CSV

# A year later nothing of the front door's six months remains, but for Eli's assessment,
# never authorised and so open still; Amy's plan alone is open.
mkdir later
run 0 "as of a year later" $SG export annex-a --db f.db --as-of 2027-12-02 --out later
for f in list1_contacts list3_referrals list5_section47; do
	equal "$(wc -l < later/$f.csv)" 1 "$f a year later: the header alone"
done
equal "$(grep -c '^ANX0005,' later/list4_assessments.csv)" 1 "list 4 a year later: Eli's open assessment"
equal "$(wc -l < later/list4_assessments.csv)" 2 "and nothing else"
equal "$(grep -c '^ANX' later/list7_child_protection.csv)" 1 "list 7 a year later: one plan, still open"

# The export is audited, as every export.
run 0 "the audit trail" $SG audit show --db f.db --action export
has out.txt "annex-a as of 2026-12-02 to out" "the export has its audit entry"

# ---- the demo area: every list has rows, in plausible numbers, every row whole ----
$SG demo --db d.db --children 3000 --years 2 --end 2026-12-02 > /dev/null
mkdir demo
run 0 "the demo area's lists" $SG export annex-a --db d.db --as-of 2026-12-02 --out demo
# 3,000 children: about 0.052 referrals a child a year (domain.md 2.3), so some 80 in six
# months; about 12 children on plans at a time; a few in care.
python3 - demo > counts.txt <<'PY'
import csv, sys, os
d = sys.argv[1]
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name), newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    whole = all(len(r) == len(rows[0]) for r in rows)
    print(name, len(rows) - 1, "whole" if whole else "broken")
PY
cat counts.txt | sed 's/^/# /'
grep -q broken counts.txt && not_ok "a row with too few or too many cells" ||
	ok "every row has as many cells as its header"
within() {	# within FILE LOW HIGH
	n=$(awk -v f="$1.csv" '$1 == f { print $2 }' counts.txt)
	[ "$n" -ge "$2" ] && [ "$n" -le "$3" ] && ok "$1: $n rows, from $2 to $3" ||
		not_ok "$1: $n rows, not from $2 to $3"
}
within list1_contacts 20 400
within list3_referrals 20 300
within list4_assessments 20 400
within list5_section47 5 150
within list6_children_in_need 40 600
within list7_child_protection 3 80
within list8_children_in_care 1 60

# ---- bad arguments: refused, status 2, nothing written or changed ----
$SG audit show --db f.db --limit 1000 > audit_before.txt
mkdir bad
run 2 "a date that is not one" $SG export annex-a --db f.db --as-of 2026-02-30 --out bad
has err.txt "--as-of" "the message names --as-of"
run 2 "no --out" $SG export annex-a --db f.db --as-of 2026-12-02
has err.txt "--out" "the message names --out"
run 2 "a folder that is not there" $SG export annex-a --db f.db --out nowhere
has err.txt "--out: nowhere" "the message names the folder"
echo text > plain.txt
run 2 "a file, not a folder" $SG export annex-a --db f.db --out plain.txt
has err.txt "is not a folder" "the message says it is not a folder"
if [ "$(id -u)" != 0 ]; then
	mkdir locked; chmod 500 locked
	run 2 "a folder that cannot be written" $SG export annex-a --db f.db --out locked
	has err.txt "cannot be written" "the message says so"
else
	ok "# skip: as root every folder can be written"
fi
# A store whose file takes a list's name, in the folder the lists would go to.
mkdir same
$SG init --db same/list6_children_in_need.csv > /dev/null
$SG import json "$FIX/json/annex-a.json" --db same/list6_children_in_need.csv > /dev/null
before=$(md5sum < same/list6_children_in_need.csv)
run 2 "a list that would be written over the store" $SG export annex-a \
	--db same/list6_children_in_need.csv --out same
has err.txt "is the store" "the message says the file is the store"
equal "$(md5sum < same/list6_children_in_need.csv)" "$before" "the store is unchanged"
equal "$(ls same)" "list6_children_in_need.csv" "and nothing was written beside it"
equal "$(ls bad)" "" "nothing was written"
$SG audit show --db f.db --limit 1000 > audit_after.txt
same audit_before.txt audit_after.txt "and nothing audited: no export happened"
finish
