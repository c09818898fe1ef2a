#!/bin/sh
# The figures through the web (issue 10 point 3): the dashboard for those who oversee the
# work (team managers, chairs, senior managers, analysts) and nobody else; its filters, a
# bad one an error naming the field with nothing computed; the JSON of /api/v1/figures in
# its documented shape, with the same numbers as the CSV and as 'safeguard report
# figures --json'; and the children behind a number: as many as the number counts, named
# for a manager, without a name for an analyst.
. "$SG_ROOT/tests/lib.sh"
. "$SG_ROOT/tests/web/web_lib.sh"

demo_store d.db
serve d.db || finish
n=0
for role in 'team manager' 'conference chair' 'senior manager' 'performance analyst' \
	'social worker' 'administrator' 'LADO' 'hospital lookup' 'school designated' 'Police'; do
	set -- $(demo_login "$role")
	n=$((n + 1))
	login "r$n.jar" "$1" "$2" > /dev/null
	echo "$n $role" >> jars.txt
done
jar() { awk -v r="$1" 'index($0, r) { print "r" $1 ".jar"; exit }' jars.txt; }
MGR=$(jar 'team manager'); ANA=$(jar 'performance analyst')
Q='year=2025-26'

# ---- Who sees the figures ----
for role in 'team manager' 'conference chair' 'senior manager' 'performance analyst'; do
	equal "$(http -b "$(jar "$role")" "$WEB_BASE/figures?$Q")" 200 "the $role opens the dashboard"
done
has body.txt 'Children on a child protection plan' "... which shows the figures"
has body.txt '<svg' "... with charts drawn as SVG"
has body.txt 'role="img"' "... each an image to assistive technology"
has body.txt '<caption class="govuk-table__caption govuk-table__caption--s">' "... each with its table"
has body.txt 'href="/figures/plans_started/children?from=2025-04-01&amp;to=2026-03-31' \
	"... and a number linked to the children behind it, with the same filters"
for role in 'social worker' 'administrator' 'LADO' 'hospital lookup' 'school designated' 'Police'; do
	equal "$(http -b "$(jar "$role")" "$WEB_BASE/figures?$Q")" 403 "the $role is refused the dashboard"
	equal "$(http -b "$(jar "$role")" "$WEB_BASE/api/v1/figures?$Q")" 403 "... and its JSON"
	equal "$(http -b "$(jar "$role")" "$WEB_BASE/figures/plans_started/children?$Q")" 403 \
		"... and the children behind a number"
done
equal "$(http "$WEB_BASE/api/v1/figures")" 401 "nobody logged in: 401 from the API"

# ---- Filters ----
equal "$(http -b "$MGR" "$WEB_BASE/figures")" 200 "without filters: the last 12 whole months"
has body.txt 'compared with the previous period' "... compared with the period before"
equal "$(http -b "$MGR" "$WEB_BASE/figures?from=2025-13-01&team=999999&age=old")" 422 \
	"bad filters: 422"
has body.txt 'govuk-error-summary' "... with an error summary"
has body.txt 'href="#from">Enter the start of the period as a date' "... naming the start date"
has body.txt 'href="#team">Choose a team from the list' "... the team"
has body.txt 'href="#age">Choose an age band from the list' "... and the age band"
lacks body.txt 'sg-figure' "... and no figure computed"
has body.txt 'value="2025-13-01"' "... the date kept as typed"
equal "$(http -b "$MGR" "$WEB_BASE/figures?from=2026-04-01&to=2025-04-01")" 422 "a period that ends before it starts: 422"
has body.txt 'The end of the period must be the same as or after its start' "... saying so"
equal "$(http -b "$MGR" "$WEB_BASE/api/v1/figures?category=XYZ")" 422 "a bad filter through the API: 422"
has body.txt '"error":"category: Choose a category of abuse from the list"' "... naming the field"
equal "$(http -b "$MGR" "$WEB_BASE/figures?$Q&category=NEG&age=16%2B")" 200 "a category and an age band"
has body.txt 'category: Neglect; age: 16 and over' "... said in words"

# ---- JSON and CSV ----
equal "$(http -b "$ANA" "$WEB_BASE/api/v1/figures?$Q")" 200 "the figures as JSON"
cp body.txt api.json
python3 - api.json > shape.txt <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
bad = []
if d["from"] != "2025-04-01" or d["to"] != "2026-03-31": bad.append("period")
for f in d["figures"]:
    for k in ("name", "title", "section", "unit", "rows", "trend"):
        if k not in f: bad.append(f.get("name", "?") + " lacks " + k)
    for r in f["rows"]:
        for k in ("key", "label", "value", "num", "den", "previous", "england"):
            if k not in r: bad.append(f["name"] + " row lacks " + k)
    if f["rows"] and len(f["trend"]) != 12: bad.append(f["name"] + " trend of %d months" % len(f["trend"]))
    for t in f["trend"]:
        if set(t) < {"month", "value"}: bad.append(f["name"] + " trend")
print("figures", len(d["figures"]))
print("bad", "; ".join(bad) or "none")
EOF
has shape.txt 'bad none' "every figure has name, title, section, unit, rows and 12 months of trend"
equal "$(http -b "$ANA" "$WEB_BASE/api/v1/figures/plans_started?$Q")" 200 "one figure by its name"
has body.txt '"name":"plans_started"' "... that figure"
equal "$(http -b "$ANA" "$WEB_BASE/api/v1/figures/no_such_figure")" 404 "a name no figure has: 404"
equal "$(http -b "$ANA" "$WEB_BASE/figures.csv?$Q")" 200 "every figure as CSV"
equal "$(head -n 1 body.txt | tr -d '\r')" \
	'figure,section,title,unit,row,label,from,to,numerator,denominator,value,previous,england' "... its header"
has head.txt 'text/csv' "... sent as CSV"
python3 - api.json body.txt > csv.txt <<'EOF'
import csv, json, sys
d = json.load(open(sys.argv[1]))
rows = {(r["figure"], r["row"]): r for r in csv.DictReader(open(sys.argv[2], newline=""))}
n = bad = 0
for f in d["figures"]:
    for r in f["rows"]:
        n += 1
        c = rows.get((f["name"], r["key"]))
        if c is None or float(c["numerator"]) != r["num"]: bad += 1
print("rows", n, "differ", bad)
EOF
has csv.txt 'differ 0' "the CSV has every row of the JSON, with the same numerators"

# The command line's figures for the same period.
if "$SG" report figures --db d.db --from 2025-04-01 --to 2026-03-31 --json > cli.json 2> cli.err; then
	python3 - api.json cli.json > cli.txt <<'EOF'
import json, sys
web = json.load(open(sys.argv[1]))
cli = json.load(open(sys.argv[2]))
figs = cli["figures"] if isinstance(cli, dict) else cli
def same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and abs(a - b) < 1e-6)
want = {(f["name"], r["key"]): r for f in figs for r in f["rows"]}
bad = [f["name"] for f in web["figures"] for r in f["rows"]
       if (f["name"], r["key"]) not in want
       or not same(want[(f["name"], r["key"])]["numerator"], r["num"])
       or not same(want[(f["name"], r["key"])]["value"], r["value"])
       or not same(want[(f["name"], r["key"])]["previous"], r["previous"])
       or not same(want[(f["name"], r["key"])]["england"], r["england"])]
print("differ", len(bad), " ".join(sorted(set(bad))[:5]))
EOF
	has cli.txt 'differ 0' "the API's numbers (numerator, value, previous, England) are those of 'safeguard report figures --json'"
else
	not_ok "safeguard report figures --json"
	head -n 3 cli.err
fi

# ---- The children behind a number ----
num=$(python3 -c 'import json,sys
for f in json.load(open("api.json"))["figures"]:
    if f["name"] == "plans_started": print(int(f["rows"][0]["num"]))')
equal "$(http -b "$MGR" "$WEB_BASE/figures/plans_started/children?$Q")" 200 "a manager opens the children behind plans started"
has body.txt "$num child" "... as many as the figure counts ($num)"
rows=$(grep -o '<tr class="govuk-table__row">' body.txt | wc -l)
equal "$rows" "$((num + 1))" "... one row a child"
name=$(sed -n 's/.*<a class="govuk-link" href="\/children\/[0-9]*">\([^<]*\)<\/a>.*/\1/p' body.txt |
	grep -v 'Restricted record' | head -n 1)
[ -n "$name" ] && ok "... named, and linked to the child's record ($name)" || not_ok "... named"
equal "$(http -b "$ANA" "$WEB_BASE/figures/plans_started/children?$Q")" 200 "an analyst opens the same list"
has body.txt "$num child" "... of as many children"
lacks body.txt "$name" "... without the child's name"
lacks body.txt 'href="/children/' "... and without links to the children's records"
grep -qE 'Unborn|Under 1|1 to 4|5 to 9|10 to 15|16 and over' body.txt && ok "... with their age bands" ||
	not_ok "... with their age bands"
"$SG" audit show --db d.db --limit 1 --json > last.json
has last.json '"action": "figure list"' "opening the list is in the audit trail"
equal "$(http -b "$MGR" "$WEB_BASE/figures/no_such_figure/children?$Q")" 404 "a figure no figure has: 404"
equal "$(http -b "$MGR" "$WEB_BASE/figures/plans_started/children?$Q&row=nope")" 404 "a row the figure lacks: 404"
equal "$(http -b "$MGR" "$WEB_BASE/figures/plans_started/children?to=soon")" 422 "a bad filter on the list: 422"
has body.txt 'href="#to">Enter the end of the period as a date' "... naming the field"

stop_server
finish
