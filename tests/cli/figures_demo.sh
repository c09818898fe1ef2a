#!/bin/sh
# figures_demo.sh: the default demo area's figures fall in England's ranges (domain.md 2.2
# and 2.3; the seeds' annual reports for the local ones). The bands are those of one
# area's chance variation around England's figure: a broken rate, path or definition
# falls outside them.
. "$SG_ROOT/tests/lib.sh"
run 0 "the default demo area is made" "$SG" demo --end 2026-11-21 --db demo.db
run 0 "the figures of 2025-26" "$SG" report figures --from 2025-04-01 --to 2026-03-31 \
	--json --db demo.db
cp out.txt year.json

# within NAME LO HI: the figure's value (its one row) lies in [LO, HI].
within() {
	v=$(jq -r --arg n "$1" '.figures[] | select(.name == $n) | .rows[0].value' year.json)
	if awk -v v="$v" -v lo="$2" -v hi="$3" 'BEGIN { exit !(v != "null" && v >= lo && v <= hi) }'
	then ok "$1 is $v, within $2 to $3"
	else not_ok "$1 is $v, expected $2 to $3"; fi
}
within plans_rate 20 80		# England 40.6 per 10,000 (2025)
within re_referrals 10 35	# England 22.6%
within referrals_nfa 2 15	# England 6.5%
within icpc_15wd 50 100		# England 81.4%
within assessments_45wd 60 100	# England 85.7%
within second_plans 5 35	# England 16.6% (2015); 2025 not published
within second_plans_2y 0 20	# a part of second_plans
within icpc_to_plan 60 100	# plans started over initial conferences, England 86%
within reviews_in_time 80 100	# England 94.0% (2015)
within ended_plan_average_days 200 500	# England's bands put the median near 9 months
# The counts of a year for 30,000 children (domain.md 2.3: referrals 0.052 N, ICPCs
# 0.0059 N, plans at 31 March 0.0041 N).
within referrals 1000 2200
within icpcs 100 260
within plans_at_date 60 240
finish
