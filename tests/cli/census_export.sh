# census_export.sh: export cin writes a return that the department's schema accepts, for
# 2025-26 and 2024-25; a return imported into an empty store and exported again is the
# same return; the years and stores it cannot write from are refused with the reason.
. "$SG_ROOT/tests/lib.sh"
EX="$FIX/cin/example-2025-26.xml"
XSD26="$FIX/cin/CIN_schema_2026.xsd"
XSD25="$FIX/cin/CIN_schema_2025.xsd"
export SOURCE_DATE_EPOCH=1775811600	# 2026-04-10T09:00:00, the example's DateTime

run 2 "a store that does not exist" $SG export cin --year 2025-26 --db none.db
has err.txt "there is no store at none.db" "the missing store is named"

$SG import cin "$EX" --db a.db > /dev/null
run 0 "the example's year, to a file" $SG export cin --year 2025-26 --out out.xml --db a.db
has out.txt "wrote the 2025-26 return of local authority 201 to out.xml" "the report says what and where"
has out.txt "4 children, 4 episodes, 3 assessments, 1 child in need plans" "and what it holds"
if xmllint --noout --schema "$XSD26" out.xml 2>xmllint.txt; then ok "the export passes the 2025-26 schema"; else
	not_ok "the export fails the 2025-26 schema"; head -5 xmllint.txt; fi
[ ! -e out.xml.partial ] && ok "no partial file is left" || not_ok "out.xml.partial is left"
# The same content: only the software that wrote it differs.
grep -v -e '<SoftwareCode>' -e '<Release>' "$EX" > want.xml
grep -v -e '<SoftwareCode>' -e '<Release>' out.xml > got.xml
same want.xml got.xml "example imported and exported: the same return"
has out.xml "<SoftwareCode>safeguard</SoftwareCode>" "the header names safeguard"
run 0 "the export passes the department's rules" $SG validate cin out.xml
# A child whose birth date another system did not have (8525Q) is of unknown age, not
# unborn: its sex and its UPNunknown come back as they were.
sed '/<PersonBirthDate>2024-01-15/d' "$EX" > nodob.xml
$SG import cin nodob.xml --db nodob.db > /dev/null
$SG export cin --year 2025-26 --out nodob2.xml --db nodob.db 2> /dev/null
grep -v -e '<SoftwareCode>' -e '<Release>' nodob.xml > want.xml
grep -v -e '<SoftwareCode>' -e '<Release>' nodob2.xml > got.xml
same want.xml got.xml "a child with no birth date: imported and exported, the same return"
run 0 "the export to standard output" $SG export cin --year 2025-26 --db a.db
same out.txt out.xml "standard output holds the same return"
has err.txt "wrote the 2025-26 return" "and the report goes to standard error"

# A larger return, generated: imported into an empty store and exported, byte for byte.
$SG test-cin-generate --children 1500 --seed 7 --out big.xml
run 0 "a generated return of 1500 children imports" $SG import cin big.xml --db b.db
run 0 "and exports" $SG export cin --year 2025-26 --out big2.xml --db b.db
same big.xml big2.xml "1500 children imported and exported: the same bytes"
if xmllint --noout --schema "$XSD26" big2.xml 2>xmllint.txt; then ok "it passes the 2025-26 schema"; else
	not_ok "it fails the 2025-26 schema"; head -5 xmllint.txt; fi
run 0 "the store's return passes the rules" $SG validate cin --store --year 2025-26 --db b.db

# 2024-25, against its own schema.
$SG test-cin-generate --children 300 --year 2024-25 --out y25.xml
$SG import cin y25.xml --db c.db > /dev/null
run 0 "a 2024-25 return" $SG export cin --year 2024-25 --out y25b.xml --db c.db
same y25.xml y25b.xml "2024-25 imported and exported: the same bytes"
has y25b.xml "<Year>2025</Year>" "Year is the year the census ends"
has y25b.xml "<Sex>" "2024-25 carries Sex"
if xmllint --noout --schema "$XSD25" y25b.xml 2>xmllint.txt; then ok "it passes the 2024-25 schema"; else
	not_ok "it fails the 2024-25 schema"; head -5 xmllint.txt; fi
# The store holds 2024-25 only: 2025-26 shows the children whose episodes were still open.
run 0 "the next year from the same store" $SG export cin --year 2025-26 --out next.xml --db c.db
lacks next.xml "<CINreferralDate>2025-04-0" "no referral of the year before starts it"
if xmllint --noout --schema "$XSD26" next.xml 2>xmllint.txt; then ok "it passes the 2025-26 schema"; else
	not_ok "it fails the 2025-26 schema"; head -5 xmllint.txt; fi
grep -A 2 '<LAchildID>C0000002<' next.xml > c2.txt
has c2.txt "<PersonBirthDate>2020-07-09" "a child who reached school age in the new year ..."
lacks c2.txt "<UPNunknown>UN1" "... does not carry the UN1 of the year before"

# The demo area's returns: exported, imported into an empty store and exported again, the
# same bytes; both imported into one store, each year's return has the same children.
$SG demo --children 2000 --end 2026-11-21 --db demo.db > /dev/null
for y in 2024-25 2025-26; do
	$SG export cin --year $y --out d$y.xml --db demo.db > /dev/null
	$SG import cin d$y.xml --db r$y.db > /dev/null
	$SG import cin d$y.xml --db both.db > /dev/null
	run 0 "the demo's $y return, imported and exported" $SG export cin --year $y --out r$y.xml --db r$y.db
	same d$y.xml r$y.xml "the demo's $y return comes back byte for byte"
done
# Children come out in store id order, so each child is compared as one line.
children() { awk '/<Child>/ { c = "" } { c = c $0 } /<\/Child>/ { print c }' "$1" | sort; }
for y in 2024-25 2025-26; do
	$SG export cin --year $y --out b$y.xml --db both.db > /dev/null
	children d$y.xml > want.txt
	children b$y.xml > got.txt
	same want.txt got.txt "both years in one store: $y has the same children, each the same"
done
# The later year first, then the earlier: what the earlier return says as it stood on its
# own 31 March (unborn, sex U; an enquiry still waiting) does not undo what the later knew.
$SG import cin d2025-26.xml --db rev.db > /dev/null
$SG import cin d2024-25.xml --db rev.db > /dev/null
for y in 2024-25 2025-26; do
	$SG export cin --year $y --out v$y.xml --db rev.db > /dev/null
	children d$y.xml > want.txt
	children v$y.xml > got.txt
	same want.txt got.txt "imported later year first: $y has the same children, each the same"
done

# What it refuses.
run 2 "no year" $SG export cin --db a.db
has err.txt "say which census year with --year" "the missing year is asked for"
run 2 "a year it cannot write: 2023-24" $SG export cin --year 2023-24 --db a.db
has err.txt "it writes the returns for 2024-25 and 2025-26" "the years it writes are named"
run 2 "a year it cannot write: 2026-27" $SG export cin --year 2026-27 --db a.db
has err.txt "cannot write the 2026-27 return" "2026-27 is refused"
run 2 "a year that is not one" $SG export cin --year 2025/26 --db a.db
has err.txt "\"2025/26\" is not a census year (use e.g. 2025-26)" "the bad year is named"
run 2 "a year with no children" $SG export cin --year 2024-25 --out empty.xml --db a.db
has err.txt "no child in the store has an episode open in 2024-25" "an empty return is refused"
[ ! -e empty.xml ] && ok "no file is written" || not_ok "empty.xml was written"
run 2 "a folder that does not exist" $SG export cin --year 2025-26 --out no/such/out.xml --db a.db
has err.txt "cannot write no/such/out.xml.partial" "the unwritable file is named"
sqlite3 a.db "delete from settings where key = 'area.la_code'"
run 2 "a store that does not say which LA it is" $SG export cin --year 2025-26 --db a.db
has err.txt "set area.la_code to its three-digit DfE number" "the setting to give is named"
finish
