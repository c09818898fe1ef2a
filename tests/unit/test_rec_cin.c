/* test_rec_cin.c: import cin writes through the record layer: a row the layer refuses,
 * though each of its values passed the importer's own checks, is an error naming the
 * child and the line, and nothing is written; a record changed gets a "change" entry
 * with its fields before and after, and the import one "import" entry with its counts by
 * table (records created have none of their own). The entries are caught in front of the
 * audit trail, as in test_rec_save.c. */
#include "harness.h"
#include "store_fixture.h"
#include "census/cin_import.h"
#include "records/rec_save.c"
#include "store/store_int.h"

#define HEAD "<Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026" \
	"</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source><LEA>201" \
	"</LEA></Source></Header><Children>"
#define TAIL "</Children></Message>"
#define CHILD(la, birth, eth) "<Child><ChildIdentifiers><LAchildID>" la "</LAchildID>" \
	"<PersonBirthDate>" birth "</PersonBirthDate><Sex>F</Sex></ChildIdentifiers>" \
	"<ChildCharacteristics><Ethnicity>" eth "</Ethnicity></ChildCharacteristics>"
#define EPISODE(ref) "<CINdetails><CINreferralDate>" ref "</CINreferralDate>" \
	"<ReferralSource>2A</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode>" \
	"<ReferralNFA>0</ReferralNFA></CINdetails>"

#define NKEPT 8
static struct {
	char action[16], table[32], what[32], detail[400];
	int64_t child_id;
} kept[NKEPT];
static int nkept;

static int
recorder(struct store *st, const struct audit_entry *v, size_t n)
{
	(void)st;
	for (size_t i = 0; i < n && nkept < NKEPT; i++, nkept++) {
		snprintf(kept[nkept].action, sizeof kept[nkept].action, "%s", v[i].action);
		snprintf(kept[nkept].table, sizeof kept[nkept].table, "%s", v[i].table ? v[i].table : "");
		snprintf(kept[nkept].what, sizeof kept[nkept].what, "%s", v[i].what ? v[i].what : "");
		snprintf(kept[nkept].detail, sizeof kept[nkept].detail, "%s", v[i].detail);
		kept[nkept].child_id = v[i].child_id;
	}
	return 0;
}

static const struct rec_actor importer = {0, "tester", "command", "terminal", NULL, "import cin"};
static char problems[2000];

static int
import(struct store *st, const char *doc, struct cin_import_report *rep)
{
	struct cin_reader *r = cin_reader_open_mem(doc, strlen(doc));
	struct buf errors;
	int rc;

	audit_append = recorder;
	nkept = 0;
	buf_init(&errors, 1u << 16);
	rc = cin_import(st, &importer, "ret.xml", r, rep, &errors, 0);
	snprintf(problems, sizeof problems, "%s", buf_str(&errors));
	buf_free(&errors);
	cin_reader_close(r);
	return rc;
}

static void
entries_of_an_import(void)
{
	struct store *st = fresh();
	struct cin_import_report rep;

	CHECK_INT(import(st, HEAD CHILD("A1", "2015-01-01", "WBRI") EPISODE("2025-05-01")
	    "</Child>" TAIL, &rep), 0);
	CHECK_INT(nkept, 1);
	CHECK_STR(kept[0].action, "import");
	CHECK_STR(kept[0].what, "ret.xml");
	CHECK_STR(kept[0].detail, "{\"created\": {\"children\": 1, \"referrals\": 1, \"settings\": "
	    "1}, \"updated\": {}, \"unchanged\": {}}");
	CHECK_INT(import(st, HEAD CHILD("A1", "2015-01-01", "WIRI") EPISODE("2025-05-01")
	    "</Child>" TAIL, &rep), 0);
	CHECK_INT(nkept, 2);
	CHECK_STR(kept[0].action, "change");
	CHECK_STR(kept[0].table, "children");
	CHECK_STR(kept[0].what, "import cin");
	CHECK_INT(kept[0].child_id, 1);
	CHECK_STR(kept[0].detail, "{\"before\": {\"ethnicity\": \"WBRI\"}, \"after\": "
	    "{\"ethnicity\": \"WIRI\"}}");
	CHECK_STR(kept[1].detail, "{\"created\": {}, \"updated\": {\"children\": 1}, "
	    "\"unchanged\": {\"referrals\": 1}}");
	cleanup(st);
}

static const char *
one(struct store *st, const char *sql)
{
	static char out[200];
	sqlite3_stmt *s = store_prepare(st, sql);

	out[0] = '\0';
	if (s && sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		snprintf(out, sizeof out, "%s", (const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	return out;
}

/* Each value of the file is sound, but the child it makes with the store's death date is
 * not: the row is refused where the file's and the store's values meet. */
static void
a_row_the_layer_refuses(void)
{
	struct store *st = fresh();
	struct cin_import_report rep;

	CHECK_INT(store_exec(st, "INSERT INTO children(id, la_child_id, sex, ethnicity, "
	    "death_date) VALUES (1, 'A1', 'F', 'WBRI', '2015-01-01')"), 0);
	CHECK_INT(import(st, HEAD "\n" CHILD("A1", "2019-06-01", "WBRI") EPISODE("2025-05-01")
	    "</Child>" TAIL, &rep), -1);
	CHECK_STR(problems, "line 2: child A1: the store's child record, with this file's values: "
	    "death_date 2015-01-01 is before birth_date 2019-06-01 (a child cannot die before "
	    "being born)\n");
	CHECK_STR(one(st, "SELECT coalesce(birth_date, 'none') FROM children"), "none");
	CHECK_STR(one(st, "SELECT count(*) FROM referrals"), "0");
	CHECK_INT(nkept, 0);
	cleanup(st);
}

/* A date the store's calendar cannot hold is refused in the file's words, for every child
 * that has one (the importer's own check asks the record layer's rule). */
static void
dates_outside_the_calendar(void)
{
	struct store *st = fresh();
	struct cin_import_report rep;

	CHECK_INT(import(st, HEAD "\n" CHILD("A1", "1790-03-01", "WBRI") "</Child>\n"
	    CHILD("B2", "2015-01-01", "WBRI") EPISODE("2101-01-01") "</Child>" TAIL, &rep), -1);
	CHECK(strstr(problems, "line 2: child A1: PersonBirthDate \"1790-03-01\" is outside the "
	    "working-day calendar (use a date from 1970-01-01 to 2100-12-31)") != NULL);
	CHECK(strstr(problems, "child B2: CINreferralDate \"2101-01-01\" is outside the "
	    "working-day calendar") != NULL);
	CHECK_STR(one(st, "SELECT count(*) FROM children"), "0");
	cleanup(st);
}

int
main(void)
{
	RUN(entries_of_an_import);
	RUN(a_row_the_layer_refuses);
	RUN(dates_outside_the_calendar);
	return DONE();
}
