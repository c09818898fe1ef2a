# report_annual.sh: 'safeguard report annual' writes the partnership's annual report of a
# demo area as HTML and as PDF: every chapter there, every chart with its table, the
# sentences of what changed carrying the numbers 'report figures' gives for the two
# years, the PDF's text selectable with contents and bookmarks; bad arguments refused,
# saying what to type, with the store untouched.
. "$SG_ROOT/tests/lib.sh"

$SG demo --db s.db --children 3000 --years 3 --end 2026-05-01 >/dev/null 2>&1 ||
	{ not_ok "demo store"; finish; }
run 0 "the deprivation is a setting" $SG settings set context.deprivation \
    "Ranked 42nd of 296 <areas> & boroughs" --from 2025-01-01 --backdate --db s.db

run 0 "report annual writes HTML" $SG report annual --year 2025-26 --out r.html --db s.db
has out.txt "wrote the annual report 2025-26 to r.html" "it says where it wrote"
for title in "Contents" "Context" "What changed since last year" "Child protection plans" \
    "Profile" "Multi-agency participation" "Timeliness" "Definitions"; do
	has r.html "$title</h2>" "the HTML has the chapter: $title"
done
has r.html "Ranked 42nd of 296 &lt;areas&gt; &amp; boroughs" "the deprivation setting, escaped"
has r.html "@media print" "the print stylesheet is in the file"
has r.html "@page{size:A4" "it prints on A4"
lacks r.html "<script" "no script"
lacks r.html " style=\"" "no inline style attributes"
figures=$(grep -o "<figure>" r.html | wc -l)
tabled=$(grep -o "</svg><table>" r.html | wc -l)
[ "$figures" -gt 10 ] && ok "the report has charts ($figures)" || not_ok "only $figures charts"
equal "$tabled" "$figures" "every chart is followed by its table in its figure"
equal "$(grep -o "<svg" r.html | wc -l)" "$figures" "every chart is inside a figure"

# The numbers of the sentences are those of 'report figures' for the year and the one before.
fmt() {	# fmt UNIT VALUE: as the report writes it
	awk -v u="$1" -v v="$2" 'BEGIN {
		if (u == "percent") { s = sprintf("%.1f", v); sub(/\.0$/, "", s); print s "%" }
		else if (u == "days") printf "%d days\n", v + 0.5
		else printf "%d\n", v }'
}
sentence() {	# sentence NAME UNIT: the sentence the report must have for figure NAME
	$SG report figures --from 2025-04-01 --to 2026-03-31 --figure "$1" --json --db s.db \
	    > fig.json || { echo "cannot compute $1"; return; }
	title=$(sed -n 's/.*{"name": "[a-z_0-9]*", "title": "\([^"]*\)".*/\1/p' fig.json)
	cur=$(sed -n 's/.*"key": "", .*"value": \([-0-9.e+]*\),.*/\1/p' fig.json)
	prev=$(sed -n 's/.*"key": "", .*"previous": \([-0-9.e+]*\),.*/\1/p' fig.json)
	c=$(fmt "$2" "$cur"); p=$(fmt "$2" "$prev")
	if [ "$c" = "$p" ]; then echo "$title stayed at $c."
	elif awk -v a="$cur" -v b="$prev" 'BEGIN { exit !(a > b) }'; then
		echo "$title rose from $p to $c."
	else echo "$title fell from $p to $c."; fi
}
for f in "referrals count" "plans_started count" "s47_enquiries count" \
    "assessments_45wd percent" "icpc_15wd percent" "ended_plan_average_days days"; do
	set -- $f
	want=$(sentence "$1" "$2")
	has r.html "$want" "what changed: $1 as report figures has it ($want)"
done
has r.html "per 10,000)." "the rate's sentence gives the count and the rate"

run 0 "report annual writes a PDF" $SG report annual --year 2025-26 --out r.pdf --db s.db
equal "$(head -c 4 r.pdf)" "%PDF" "the file is a PDF"
pages=$(pdfinfo r.pdf | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -gt 3 ] && ok "the PDF has $pages pages" || not_ok "the PDF has ${pages:-no} pages"
has_pdf_size=$(pdfinfo r.pdf | grep -c "595.276 x 841.89")
equal "$has_pdf_size" "1" "the pages are A4"
pdftotext r.pdf r.txt
for title in "Contents" "Context" "What changed since last year" "Multi-agency participation" \
    "Timeliness" "Definitions"; do
	has r.txt "$title" "the PDF's text has: $title"
done
has r.txt "Page 3 of $pages" "the pages are numbered"
want=$(sentence referrals count)
has r.txt "$(echo "$want" | cut -c1-30)" "the PDF's text has the referrals sentence"
[ "$(grep -ac "/Outlines" r.pdf)" -gt 0 ] && ok "the PDF has an outline" ||
	not_ok "the PDF has no outline"

# Bad arguments: refused before the store is opened, saying what to type.
before=$(md5sum s.db)
bad() {	# bad DESCRIPTION TEXT COMMAND...
	desc=$1; text=$2; shift 2
	run 2 "$desc" "$@"
	has err.txt "$text" "$desc: says so"
}
bad "no year" "say which year with --year" $SG report annual --out x.html --db s.db
bad "a year that is not April to March" "is not a year from April to March" \
    $SG report annual --year 2025-27 --out x.html --db s.db
bad "a year badly written" "use e.g. 2025-26" $SG report annual --year 25-26 --out x.html --db s.db
bad "no output" "--out FILE.html" $SG report annual --year 2025-26 --db s.db
bad "an unknown extension" "ends neither in .html nor in .pdf" \
    $SG report annual --year 2025-26 --out x.docx --db s.db
bad "a folder that is not there" "cannot write nowhere/x.html" \
    $SG report annual --year 2025-26 --out nowhere/x.html --db s.db
bad "the store as the output" "is the store" $SG report annual --year 2025-26 --out s.db --db s.db
bad "the store's journal as the output" "is the store" \
    $SG report annual --year 2025-26 --out s.db-wal --db s.db
equal "$(md5sum s.db)" "$before" "the store is unchanged"
[ -z "$(ls | grep -E '^x\.|XXXX|r\.html\.|r\.pdf\.')" ] && ok "no file is left behind" ||
	not_ok "files left behind: $(ls)"
finish
