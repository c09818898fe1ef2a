# settings_commands.sh: 'safeguard settings list' and 'settings set': defaults and sources,
# dated values, the guard against rewriting past compliance, and every bad input refused
# with a message and nothing stored.
. "$SG_ROOT/tests/lib.sh"
export SAFEGUARD_TODAY=2025-06-02
$SG init --db a.db >/dev/null && sqlite3 a.db < "$FIX/ts_area.sql" || not_ok "fixture loads"
rows() { sqlite3 a.db "SELECT count(*) FROM settings"; }

run 0 "list on a new store" $SG settings list --db a.db
has out.txt "timescale.assessment_working_days = 45 (default)" "a default"
has out.txt "source: Working Together 2023 (domain.md 3.1)" "its source"
has out.txt "timescale.report_to_chair_review_working_days = 5 (default)" "a local standard"
has out.txt "timescale.plan_length_flags_months = 12 18 24 (default)" "the plan flags"
has out.txt "area.child_population = (not set)" "the area's keys are listed too"

run 0 "a value from a future date" $SG settings set timescale.visit_working_days 15 --from 2025-07-01 --db a.db
has out.txt "timescale.visit_working_days = 15 from 2025-07-01" "confirmed"
run 0 "a value from today" $SG settings set timescale.minutes_working_days 10 --db a.db
has out.txt "from 2025-06-02" "today is the default date"
run 0 "the same date again replaces it" $SG settings set timescale.minutes_working_days 12 --db a.db
has out.txt "replaced the value set for that date" "said so"
equal "$(rows)" "2" "two rows stored"
run 0 "list" $SG settings list --db a.db
has out.txt "timescale.minutes_working_days = 12" "the value in force today"
has out.txt "timescale.visit_working_days = 10 (default)" "not yet in force"
has out.txt "stored: 15 from 2025-07-01" "but listed"
run 0 "list as of a later day" $SG settings list --db a.db --as-of 2025-07-01
has out.txt "stored: 15 from 2025-07-01 (in force)" "in force from its date"

# A value dated today changes no running clock: C0001's visit clock started on Mon 12 May.
run 0 "check" $SG check --db a.db --user srowe
has out.txt "was due Tue 27 May 2025" "the visit is judged by the old value"
run 2 "a past date" $SG settings set timescale.visit_working_days 15 --from 2025-05-01 --db a.db
has err.txt "--from 2025-05-01 is before today (2025-06-02)" "refused"
has err.txt "add --backdate" "with the way to insist"
equal "$(rows)" "2" "nothing stored"
# Backdated to 1 May, 15 working days from Mon 12 May: 13-16 May 4, 19-23 9, (26 May a
# holiday) 27-30 13, Mon 2 Jun 14, Tue 3 Jun 15.
run 0 "a past date with --backdate" $SG settings set timescale.visit_working_days 15 --from 2025-05-01 --backdate --db a.db
run 0 "check again" $SG check --db a.db --user srowe
has out.txt "due      Tue 3 Jun 2025, in 1 working day" "the running clock is re-judged"

for bad in "timescale.visit_working_days|often|\"often\" is not a whole number from 1 to 40" \
	"timescale.visit_working_days|0|\"0\" is not a whole number from 1 to 40" \
	"timescale.counting|C|\"C\" is not a counting convention (use A or B)" \
	"timescale.plan_length_flags_months|24 12|rising, separated by spaces" \
	"area.la_code|87|is not a DfE LA number (use its three digits" \
	"timescale.no_such|1|unknown setting \"timescale.no_such\" (the settings are timescale.*, area.name" \
	"timescale.icpc_workng_days|15|unknown setting \"timescale.icpc_workng_days\" (did you mean timescale.icpc_working_days?" \
	"icpc_working_days|15|(did you mean timescale.icpc_working_days?" \
	"timescale.icpc_working_days|015|timescale.icpc_working_days: \"015\" is not written as safeguard writes numbers (write \"15\"" \
	"timescale.plan_length_flags_months|12 018|(write \"12 18\": no leading zeros or signs, one space between numbers)" \
	"area.child_population|+5000|\"+5000\" is not a whole number from 1 to 20000000"; do
	key=${bad%%|*}; rest=${bad#*|}; value=${rest%%|*}; msg=${rest#*|}
	run 2 "$key = '$value'" $SG settings set "$key" "$value" --db a.db
	has err.txt "$msg" "says why"
done
# Text that is not UTF-8 (a name typed in another encoding) or holds a control character
# would be stored, then break the store's own JSON export on the way back in.
run 2 "area.name not in UTF-8" $SG settings set area.name "$(printf 'Caf\351 Borough')" --db a.db
has err.txt "area.name: the value is not UTF-8 text" "says why"
run 2 "area.name with a C1 control character" $SG settings set area.name "$(printf 'A\302\205B')" --db a.db
has err.txt "area.name: the value holds a control character" "says why"
run 0 "area.name in UTF-8" $SG settings set area.name "$(printf 'Caf\303\251 Borough')" --db a.db
run 0 "the store still goes round its own JSON" sh -c "$SG export json --db a.db > all.json &&
    $SG init --db b.db >/dev/null && $SG import json all.json --db b.db"
sqlite3 a.db "DELETE FROM settings WHERE key = 'area.name'"
run 2 "a date outside the working-day calendar" $SG settings set timescale.visit_working_days 5 --from 9999-12-31 --db a.db
has err.txt '--from: "9999-12-31" is outside the working-day calendar (use a date from 1970-01-01 to 2100-12-31)' "the range"
run 0 "the same value for the same date again" $SG settings set timescale.minutes_working_days 12 --db a.db
has out.txt "unchanged: the store holds that value for that date" "changes nothing, and says so"
run 2 "a bad date" $SG settings set timescale.visit_working_days 5 --from 1/7/2025 --db a.db
has err.txt '--from: "1/7/2025" is not a date (use YYYY-MM-DD)' "the fix"
run 2 "a missing value" $SG settings set timescale.visit_working_days --db a.db
has err.txt "missing KEY VALUE" "the missing argument"
equal "$(rows)" "3" "nothing stored by any of them"
# Today stands in for the clock as --as-of does, within the same calendar (a far date took
# half a minute of counting working days before it was refused).
for cmd in "settings list" "check" "settings set timescale.visit_working_days 5"; do
	start=$(date +%s)
	run 2 "SAFEGUARD_TODAY=9999-12-31 $cmd" env SAFEGUARD_TODAY=9999-12-31 $SG $cmd --db a.db
	has err.txt 'SAFEGUARD_TODAY="9999-12-31" is outside the working-day calendar (use a date from 1970-01-01 to 2100-12-31, or unset it)' "refused, with the range"
	[ $(( $(date +%s) - start )) -le 5 ] && ok "at once" || not_ok "it took $(( $(date +%s) - start )) s"
done
run 2 "SAFEGUARD_TODAY=1969-12-31" env SAFEGUARD_TODAY=1969-12-31 $SG check --db a.db
has err.txt "is outside the working-day calendar" "refused too"
equal "$(rows)" "3" "nothing stored by any of them"
run 2 "no store" $SG settings set timescale.visit_working_days 5 --from 2030-01-01 --db none.db
[ ! -e none.db ] && ok "and none is created" || not_ok "none.db was created"
finish
