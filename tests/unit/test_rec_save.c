/* test_rec_save.c: the record layer against a store: references and unique keys
 * (rec_check_store), and rec_save / rec_write: created, changed, unchanged, refused, each
 * with the audit entry it must leave (or none). The entries are caught by a recorder
 * standing in front of the audit trail, so these tests say what the layer hands the trail
 * whatever the trail does with it; the last test reads them back from the trail itself
 * when it keeps them. */
#include "harness.h"
#include "store_fixture.h"
#include "records/rec_save.c"
#include "store/store_int.h"

#define NKEPT 16
static struct kept {
	char action[16], table[32], what[32], username[32], detail[600];
	int64_t record_id, child_id;
} kept[NKEPT];
static int nkept, refuse_entries;

static int
recorder(struct store *st, const struct audit_entry *v, size_t n)
{
	(void)st;
	if (refuse_entries)
		return -1;
	for (size_t i = 0; i < n && nkept < NKEPT; i++, nkept++) {
		struct kept *k = &kept[nkept];
		snprintf(k->action, sizeof k->action, "%s", v[i].action);
		snprintf(k->table, sizeof k->table, "%s", v[i].table ? v[i].table : "");
		snprintf(k->what, sizeof k->what, "%s", v[i].what ? v[i].what : "");
		snprintf(k->username, sizeof k->username, "%s", v[i].username);
		snprintf(k->detail, sizeof k->detail, "%s", v[i].detail ? v[i].detail : "");
		k->record_id = v[i].record_id;
		k->child_id = v[i].child_id;
	}
	return 0;
}

static const struct rec_actor who = {0, "tester", "command", "terminal", NULL, "test"};

static struct store *
start(void)
{
	struct store *st = fresh();

	audit_append = recorder;
	nkept = refuse_entries = 0;
	CHECK_INT(store_exec(st,
	    "INSERT INTO agencies VALUES (1, 'Council', 'la_childrens_services', '876');"
	    "INSERT INTO children(id, la_child_id, sex, ethnicity) VALUES (1, 'C1', 'F', 'WBRI'),"
	    " (2, 'C2', 'M', 'WBRI');"
	    "INSERT INTO referrals(id, child_id, received_date, source, nfa) VALUES"
	    " (1, 1, '2025-01-02', '1A', 0)"), 0);
	return st;
}

static void
created_changed_unchanged(void)
{
	struct store *st = start();
	const struct table *ag = records_table("agencies");
	struct field row[4] = {{0}, {1, 0, "Northshire Police"}, {1, 0, "police"}, {0}};
	struct rec_errors e;

	rec_errors_clear(&e);
	CHECK_INT(rec_save(st, &who, ag, row, &e), 1);
	CHECK_INT(row[0].present, 1);
	CHECK_INT(row[0].i, 2);
	CHECK_INT(nkept, 1);
	CHECK_STR(kept[0].action, "create");
	CHECK_STR(kept[0].table, "agencies");
	CHECK_STR(kept[0].what, "test");
	CHECK_STR(kept[0].username, "tester");
	CHECK_INT(kept[0].record_id, 2);
	CHECK_STR(kept[0].detail, "{\"after\": {\"name\": \"Northshire Police\", \"kind\": \"police\"}}");
	CHECK_INT(rec_save(st, &who, ag, row, &e), 0);
	CHECK_INT(nkept, 1);
	row[1].s = "Northshire \"Constabulary\"";
	row[3] = (struct field){1, 0, "999"};
	CHECK_INT(rec_save(st, &who, ag, row, &e), 1);
	CHECK_INT(nkept, 2);
	CHECK_STR(kept[1].action, "change");
	CHECK_STR(kept[1].detail, "{\"before\": {\"name\": \"Northshire Police\", \"la_code\": null}, "
	    "\"after\": {\"name\": \"Northshire \\\"Constabulary\\\"\", \"la_code\": \"999\"}}");
	CHECK_INT(e.n, 0);
	CHECK_INT(store_count(st, ag), 2);
	cleanup(st);
}

/* The messages of e, one a line, "col: message". */
static const char *
errors(const struct table *t, const struct rec_errors *e)
{
	static char all[2000];

	all[0] = 0;
	for (int i = 0; i < e->n && i < REC_MAX_ERRORS; i++)
		snprintf(all + strlen(all), sizeof all - strlen(all), "%s%s: %s", i ? "\n" : "",
		    e->v[i].col >= 0 ? t->cols[e->v[i].col].name : "-", e->v[i].message);
	return all;
}

static void
references_and_keys(void)
{
	struct store *st = start();
	const struct table *as = records_table("assessments"), *ch = records_table("children");
	struct field a[11] = {{1, 5, NULL}, {1, 2, NULL}, {1, 1, NULL}, {1, 0, "2025-01-03"}};
	struct field c[15] = {{0}, {1, 0, "C1"}, {0}, {0}, {0}, {0}, {1, 0, "U"}, {1, 0, "NOBT"}};
	struct rec_errors e;

	a[7] = (struct field){1, 77, NULL};
	rec_errors_clear(&e);
	CHECK_INT(rec_check_store(st, as, a, &e), 2);
	CHECK_STR(errors(as, &e), "referral_id: referral 1 is a record of child 1, not of child "
	    "2 (use a referral of child 2)\nsocial_worker_id: no professional has id 77 (use the "
	    "id of a professional)");
	rec_errors_clear(&e);
	CHECK_INT(rec_save(st, &who, as, a, &e), -1);
	CHECK_INT(store_count(st, as), 0);
	CHECK_INT(nkept, 0);
	rec_errors_clear(&e);
	CHECK_INT(rec_save(st, &who, ch, c, &e), -1);
	CHECK_STR(errors(ch, &e), "la_child_id: la_child_id \"C1\" is already taken by child 1 "
	    "(no two children may share it)");
	CHECK_INT(c[0].present, 0);
	/* The child itself holds its key: a change of it is no clash. */
	c[0] = (struct field){1, 1, NULL};
	rec_errors_clear(&e);
	CHECK_INT(rec_save(st, &who, ch, c, &e), 1);
	CHECK_STR(kept[0].detail, "{\"before\": {\"sex\": \"F\", \"ethnicity\": \"WBRI\"}, "
	    "\"after\": {\"sex\": \"U\", \"ethnicity\": \"NOBT\"}}");
	CHECK_INT(kept[0].child_id, 1);
	cleanup(st);
}

/* A record rec_check refuses never reaches the store; nor one whose entry cannot be
 * written (a change without its record of who made it is not kept). */
static void
refused_changes_nothing(void)
{
	struct store *st = start();
	const struct table *ch = records_table("children");
	struct field c[15] = {{0}, {1, 0, "C3"}, {0}, {0}, {1, 0, "1790-01-01"}, {0}, {1, 0, "F"},
		{1, 0, "WBRI"}};
	struct rec_errors e;

	rec_errors_clear(&e);
	CHECK_INT(rec_save(st, &who, ch, c, &e), -1);
	CHECK_STR(errors(ch, &e), "birth_date: \"1790-01-01\" is outside the working-day "
	    "calendar (use a date from 1970-01-01 to 2100-12-31)");
	c[4].s = "2019-01-01";
	refuse_entries = 1;
	rec_errors_clear(&e);
	CHECK_INT(rec_save(st, &who, ch, c, &e), -1);
	CHECK(strstr(errors(ch, &e), "-: the audit trail could not be written, so nothing was "
	    "saved") != NULL);
	CHECK_INT(store_count(st, ch), 2);
	refuse_entries = 0;
	rec_errors_clear(&e);
	CHECK_INT(rec_save(st, &who, ch, c, &e), 1);
	CHECK_INT(c[0].i, 3);
	CHECK_INT(kept[0].child_id, 3);
	cleanup(st);
}

/* An importer's way: its own transaction, references it vouches for, one entry for all
 * it creates, and an entry still for each record it changes. */
static void
an_import_writes_quietly(void)
{
	struct store *st = start();
	const struct table *rf = records_table("referrals");
	struct field r[15] = {{0}, {1, 2, NULL}, {0}, {1, 0, "2025-03-01"}, {1, 0, "6"}, {0}, {0},
		{1, 0, NULL}};
	struct rec_errors e;

	CHECK_INT(store_begin(st), 0);
	rec_errors_clear(&e);
	CHECK_INT(rec_write_as(st, &who, rf, r, NULL, REC_REFS_CHECKED | REC_NO_CREATE_ENTRY, &e), 1);
	CHECK_INT(r[0].i, 2);
	CHECK_INT(nkept, 0);
	r[7].i = 1;
	CHECK_INT(rec_write_as(st, &who, rf, r, NULL, REC_REFS_CHECKED | REC_NO_CREATE_ENTRY, &e), 1);
	CHECK_INT(nkept, 1);
	CHECK_STR(kept[0].detail, "{\"before\": {\"nfa\": false}, \"after\": {\"nfa\": true}}");
	CHECK_INT(rec_audit(st, &who, "import", "ret.xml", "{\"referrals\": 1}"), 0);
	CHECK_INT(nkept, 2);
	CHECK_STR(kept[1].action, "import");
	CHECK_STR(kept[1].what, "ret.xml");
	CHECK_INT(store_commit(st), 0);
	CHECK_INT(store_count(st, rf), 2);
	cleanup(st);
}

static int
count_entry(void *ctx, const struct audit_entry *a)
{
	(void)a;
	++*(int *)ctx;
	return 0;
}

/* Through the real trail: what it keeps, it keeps for every save (a trail that keeps
 * nothing, as this branch's placeholder, makes this test say nothing). */
static void
the_trail_keeps_them(void)
{
	struct store *st = start();
	const struct table *ag = records_table("agencies");
	struct field row[4] = {{0}, {1, 0, "Riverside Surgery"}, {1, 0, "gp"}, {0}};
	struct audit_filter f = {0};
	struct rec_errors e;
	int before = 0, after = 0;

	audit_append = store_audit_append;
	CHECK_INT(store_audit_scan(st, &f, count_entry, &before), 0);
	rec_errors_clear(&e);
	CHECK_INT(rec_save(st, &who, ag, row, &e), 1);
	row[1].s = "Riverside Medical Centre";
	CHECK_INT(rec_save(st, &who, ag, row, &e), 1);
	CHECK_INT(rec_save(st, &who, ag, row, &e), 0);
	CHECK_INT(store_audit_scan(st, &f, count_entry, &after), 0);
	if (after > before)
		CHECK_INT(after - before, 2);
	cleanup(st);
}

int
main(void)
{
	RUN(created_changed_unchanged);
	RUN(references_and_keys);
	RUN(refused_changes_nothing);
	RUN(an_import_writes_quietly);
	RUN(the_trail_keeps_them);
	return DONE();
}
