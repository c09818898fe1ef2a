#!/bin/sh
# The Annex A page: who may have the lists (team managers, senior managers, analysts;
# not social workers, chairs, partners or administrators: 403, audited), a request that
# asks for them and is answered at once while a thread prepares them, the page that says
# "being prepared" and then links each list, and downloads that are the command line's
# files for the same date, audited. A restricted child's rows go only to a person named
# on the restriction. The store is tests/fixtures/json/annex-a.json (see annex_a.sh).
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"
export SAFEGUARD_TODAY=2026-12-02

$SG init --db f.db > /dev/null
$SG import json "$FIX/json/annex-a.json" --db f.db > /dev/null || { not_ok "import"; finish; }
for u in ann.manager rita.named sam.senior nia.analyst pete.partner sue.worker cat.chair \
	adam.admin; do
	printf '%s walks the annex\n' "$u" | $SG user password "$u" --db f.db > /dev/null 2>&1 ||
		not_ok "password for $u"
done
mkdir cli
$SG export annex-a --db f.db --as-of 2026-12-02 --out cli > /dev/null ||
	not_ok "the command line's lists"
serve f.db || finish
for u in ann.manager rita.named sam.senior nia.analyst pete.partner sue.worker cat.chair \
	adam.admin; do
	login "$u.jar" "$u" "$u walks the annex" > /dev/null
done

# ---- who may ----
for u in sue.worker cat.chair pete.partner adam.admin; do
	equal "$(http -b $u.jar "$WEB_BASE/annex-a")" 403 "$u may not see the page: 403"
	csrf=$(page_csrf $u.jar)
	equal "$(http -b $u.jar --data "csrf=$csrf&as_of=2026-12-02" "$WEB_BASE/annex-a")" 403 \
		"nor ask for the lists: 403"
done
$SG audit show --db f.db --action refused --user pete.partner > refused.txt
has refused.txt "/annex-a" "a refusal is audited"
for u in sam.senior nia.analyst ann.manager; do
	equal "$(http -b $u.jar "$WEB_BASE/annex-a")" 200 "$u may see the page"
	has body.txt 'action="/annex-a"' "with the form that asks for the lists"
	has body.txt 'value="2026-12-02"' "the date today unless changed"
done
has body.txt "You have not asked for any yet" "none asked for yet"

# ---- asking ----
M=$(page_csrf ann.jar 2>/dev/null || true)
M=$(page_csrf ann.manager.jar)
equal "$(http -b ann.manager.jar --data "csrf=&as_of=2026-12-02" "$WEB_BASE/annex-a")" 403 \
	"a form without its CSRF token: 403"
equal "$(http -b ann.manager.jar --data "csrf=$M&as_of=2026-02-30" "$WEB_BASE/annex-a")" 200 \
	"a date that is not one: the form again"
has body.txt "must be a real date" "saying what is wrong"
has body.txt 'href="#as_of"' "linked to the field"
equal "$(http -b ann.manager.jar --data "csrf=$M&as_of=2027-01-04" "$WEB_BASE/annex-a")" 200 \
	"a date to come: the form again"
has body.txt "today or in the past" "saying so"
equal "$(http -b ann.manager.jar --data "csrf=$M&as_of=2026-12-02" "$WEB_BASE/annex-a")" 303 \
	"asked for: answered at once, 303"
equal "$(header Location)" "/annex-a" "back to the page"
http -b ann.manager.jar "$WEB_BASE/annex-a" > /dev/null
grep -qE 'Being prepared|href="/annex-a/1/1"' body.txt && ok "being prepared, or ready" ||
	not_ok "the page shows the export"
i=0
while ! grep -q 'href="/annex-a/1/1"' body.txt && [ $i -lt 120 ]; do
	sleep 0.25; i=$((i + 1)); http -b ann.manager.jar "$WEB_BASE/annex-a" > /dev/null
done
has body.txt 'href="/annex-a/1/7"' "a refresh shows it ready, each list a link"
has body.txt "List 7: Child protection</a> (2 rows)" "with its rows"
has body.txt "1 restricted child is left out" "a restricted child left out, and said so"

# ---- downloading ----
for n in 1 3 4 5 6 7 8; do
	f=$(ls cli | grep "^list$n")
	equal "$(http -b ann.manager.jar "$WEB_BASE/annex-a/1/$n")" 200 "list $n downloads"
	grep -v '^ANX0005,' "cli/$f" > want.csv
	same body.txt want.csv "list $n is the command line's, but for the restricted child"
done
equal "$(header Content-Type)" "text/csv; charset=utf-8" "as CSV"
equal "$(header Content-Disposition)" \
	'attachment; filename="annex-a-2026-12-02-list8_children_in_care.csv"' "named for its date"
equal "$(http -b ann.manager.jar "$WEB_BASE/annex-a/1/2")" 404 "list 2 is not written: 404"
$SG audit show --db f.db --action export --user ann.manager > exports.txt
has exports.txt "annex-a list 7 as of 2026-12-02" "each download is audited"
equal "$(grep -c 'annex-a list' exports.txt)" 7 "once each"

# ---- the person named on the restriction has every row; nobody has another's ----
R=$(page_csrf rita.named.jar)
equal "$(http -b rita.named.jar --data "csrf=$R&as_of=2026-12-02" "$WEB_BASE/annex-a")" 303 \
	"a manager named on the restriction asks"
i=0
http -b rita.named.jar "$WEB_BASE/annex-a" > /dev/null
while ! grep -q 'href="/annex-a/2/3"' body.txt && [ $i -lt 120 ]; do
	sleep 0.25; i=$((i + 1)); http -b rita.named.jar "$WEB_BASE/annex-a" > /dev/null
done
lacks body.txt 'href="/annex-a/1/' "her page lists only her own"
lacks body.txt "left out" "nothing left out"
equal "$(http -b rita.named.jar "$WEB_BASE/annex-a/2/3")" 200 "her list 3"
same body.txt cli/list3_referrals.csv "is the command line's, Eli's row among them"
equal "$(http -b rita.named.jar "$WEB_BASE/annex-a/1/3")" 404 "another's export is not found: 404"
equal "$(http -b ann.manager.jar "$WEB_BASE/annex-a/2/3")" 404 "the other way too"
stop_server
finish
