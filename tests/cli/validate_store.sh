# validate_store.sh: `safeguard validate cin --store` checks the return the store would
# export for a year, and --child one child, naming the store record to fix; bad options
# are refused with exit 2. The records are put in with sqlite3, as another system might.
. "$SG_ROOT/tests/lib.sh"

$SG init --db s.db >/dev/null
sqlite3 s.db "
INSERT INTO children (id, la_child_id, birth_date, sex, ethnicity, disabilities, upn)
  VALUES (1, 'CHILDA001', '2015-05-10', 'F', 'WBRI', 'MOB HAND', 'F201123412001');
INSERT INTO referrals (id, child_id, received_date, source, primary_need, nfa)
  VALUES (10, 1, '2025-05-01', '2A', 'N1', 0);
INSERT INTO assessments (id, child_id, referral_id, start_date, authorised_date, factors)
  VALUES (20, 1, 10, '2025-04-28', '2025-06-10', '3A 4B');
INSERT INTO children (id, la_child_id, birth_date, sex, ethnicity, disabilities)
  VALUES (2, 'CHILDB002', '2024-01-15', 'M', 'AIND', 'NONE');
INSERT INTO referrals (id, child_id, received_date, source, primary_need, nfa,
  closure_date, closure_reason) VALUES (11, 2, '2025-06-01', '3B', 'N4', 0, '2025-09-30', 'RC7');
INSERT INTO cin_plans (id, child_id, referral_id, start_date, end_date)
  VALUES (30, 2, 11, '2025-07-02', '2025-09-30');
"

run 1 "the store's 2025-26 return breaks rules" $SG validate cin --store --year 2025-26 --db s.db
has out.txt "child CHILDA001 (store id 1)" "the child is named with its store id"
has out.txt "error 1103, assessment 20 of child CHILDA001: In the episode referred on 2025-05-01" \
	"the record to fix is named by table and id"
has out.txt "query 2887Q" "the return-level rules run over the whole return"
has out.txt "in 2 children (2025-26, reference date 2026-03-31)" "both children are in the return"

run 1 "--json names the record" $SG validate cin --store --year 2025-26 --db s.db --json
equal "$(sqlite3 :memory: "SELECT json_extract(readfile('out.txt'), '\$.findings[0].table') || ' ' ||
	json_extract(readfile('out.txt'), '\$.findings[0].id')")" "assessments 20" "table and id"

run 1 "one child by LAchildID" $SG validate cin --store --child CHILDA001 --year 2025-26 --db s.db
has out.txt "1103" "its rule"
lacks out.txt "2887Q" "one child is not a return: no return-level rule"
run 0 "one clean child by store id" $SG validate cin --store --child 2 --year 2025-26 --db s.db
has out.txt "no errors and no queries in 1 child" "it is clean"
run 0 "a year the child is not in" $SG validate cin --store --child 2 --year 2023-24 --db s.db
has err.txt "no episode in the return" "says no rule applies"
run 0 "a year with nobody in it" $SG validate cin --store --year 2022-23 --db s.db
has out.txt "in 0 children" "an empty return"

run 2 "an unknown child" $SG validate cin --store --child NOPE --db s.db
has err.txt "no child has the local id or record id \"NOPE\"" "the child is named"
run 2 "a bad year" $SG validate cin --store --year 2025-27 --db s.db
has err.txt "not a census year (write it as 2025-26)" "the fix is given"
run 2 "--store without a year or child" $SG validate cin --store --db s.db
run 2 "a file and --store" $SG validate cin x.xml --store --year 2025-26 --db s.db
run 2 "no store" $SG validate cin --store --year 2025-26 --db none.db
[ ! -e none.db ] && ok "nothing was created" || not_ok "none.db was created"
run 0 "the at-entry benchmark runs on the store" $SG test-census-entry-bench --db s.db
has out.txt "children 2, 2 in the return, 1 findings" "over every child"
run 0 "a year in which the store has no child" $SG validate cin --store --year 2019-20 --db s.db
has err.txt "no child of the store is in the 2019-20 return" "the empty return is said, not passed off as clean"
finish
