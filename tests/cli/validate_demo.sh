# validate_demo.sh: the demo area's census return breaks no rule, for every census year of
# its history: checked in the store (validate --store), and for the latest two years also
# as exported to a file and read back (export cin, then validate the file). The year still
# running is judged as it stands today: no errors, though live work may be overdue
# (queries 8670Q, 8675Q are then the truth about today).
. "$SG_ROOT/tests/lib.sh"

run 0 "the demo area" $SG demo --db demo.db --end 2026-11-21
for y in 2021-22 2022-23 2023-24 2024-25 2025-26; do
	run 0 "the $y return in the store is clean" $SG validate cin --store --year $y --db demo.db
	has out.txt "no errors and no queries in" "$y: no errors and no queries"
done
for y in 2024-25 2025-26; do
	run 0 "the $y return exports" $SG export cin --year $y --db demo.db --out $y.xml
	run 0 "the exported $y file is clean" $SG validate cin $y.xml
	has out.txt "no errors and no queries in" "$y file: no errors and no queries"
done
SAFEGUARD_TODAY=2026-11-21 $SG validate cin --store --year 2026-27 --db demo.db >out.txt 2>err.txt
if grep -qE '^(0 errors and|no errors and no queries)' out.txt; then
	ok "the year still running has no errors"
else
	not_ok "the year still running has errors"; tail -n 5 out.txt
fi
lacks out.txt "working days before the reference date, and" \
	"its open work is judged as of today, not the 31 March to come"
finish
