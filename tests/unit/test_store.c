/* test_store.c: the record registry agrees with the schema, and the store's generic rows,
 * schema versions and integrity checks behave as the commands rely on. */
#include <stdlib.h>
#include <unistd.h>

#include "harness.h"
#include "store_fixture.h"
#include "base/buf.h"
#include "codes/codes.h"
#include "store/store_int.h"

/* Every registry column is a column of its table, in the same order, NOT NULL exactly when
 * required; every code list and referenced table exists. */
static void
registry_matches_schema(void)
{
	struct store *st = fresh();
	int n;
	const struct table *t = records_tables(&n);

	for (int i = 0; i < n; i++) {
		char sql[128];
		sqlite3_stmt *s;
		int col = 0;
		snprintf(sql, sizeof sql, "PRAGMA table_info(%s)", t[i].name);
		s = store_prepare(st, sql);
		while (s && sqlite3_step(s) == SQLITE_ROW) {
			const char *name = (const char *)sqlite3_column_text(s, 1);
			int notnull = sqlite3_column_int(s, 3) || sqlite3_column_int(s, 5);
			CHECK(col < t[i].ncols);
			if (col >= t[i].ncols)
				break;
			CHECK_STR(name, t[i].cols[col].name);
			CHECK_INT(notnull, (t[i].cols[col].flags & COL_REQUIRED) != 0);
			col++;
		}
		sqlite3_finalize(s);
		CHECK_INT(col, t[i].ncols);
		for (int c = 0; c < t[i].ncols; c++) {
			if (t[i].cols[c].list)
				CHECK(codes_list(t[i].cols[c].list) != NULL);
			if (t[i].cols[c].ref)
				CHECK(records_table(t[i].cols[c].ref) != NULL);
			if (t[i].cols[c].type != COL_CODE && t[i].cols[c].type != COL_CODES)
				CHECK(t[i].cols[c].hint != NULL);
		}
	}
	cleanup(st);
}

static int
count_rows(void *ctx, const struct table *t, const struct field *row)
{
	(void)t;
	(void)row;
	++*(int *)ctx;
	return 0;
}

static void
rows_round_trip(void)
{
	struct store *st = fresh();
	const struct table *ag = records_table("agencies");
	struct field row[4] = {{1, 7, NULL}, {1, 0, "Police"}, {1, 0, "police"}, {0, 0, NULL}};
	struct field got[4];
	struct buf text;
	int64_t child = -1;
	int rows = 0;

	CHECK(store_is_empty(st));
	CHECK_INT(store_insert(st, ag, row), STORE_INSERTED);
	CHECK_INT(store_insert(st, ag, row), STORE_DUP_ID);
	CHECK(!store_is_empty(st));
	CHECK_INT(store_lookup(st, ag, 7, &child), 1);
	CHECK_INT(child, 0);
	CHECK_INT(store_lookup(st, ag, 8, &child), 0);
	buf_init(&text, 1 << 16);
	CHECK_INT(store_get(st, ag, 7, got, &text), 1);
	CHECK_STR(got[1].s, "Police");
	CHECK(!got[3].present);
	buf_free(&text);
	CHECK_INT(store_scan(st, ag, 0, count_rows, &rows), 0);
	CHECK_INT(rows, 1);
	CHECK_INT(store_count(st, ag), 1);
	CHECK_INT(store_integrity(st), 0);
	cleanup(st);
}

static void
newer_store_refused(void)
{
	struct store *st = fresh();
	const char *err = NULL;

	CHECK_INT(store_exec(st, "PRAGMA user_version=99"), 0);
	store_close(st);
	st = store_open(path, STORE_OPEN, &err);
	CHECK(st == NULL);
	CHECK(err && strstr(err, "newer safeguard") != NULL);
	st = store_open(path, STORE_CREATE, &err);
	CHECK(st == NULL);
	unlink(path);
}

static void
foreign_keys_enforced(void)
{
	struct store *st = fresh();

	CHECK(store_exec(st, "INSERT INTO teams(id, agency_id, name, kind) VALUES (1, 99, 'x', "
	    "'assessment')") < 0);
	CHECK(strstr(store_error(st), "FOREIGN KEY") != NULL);
	cleanup(st);
}

/* A full disk is said so, with the store's name and what to do, not as "database or disk
 * is full" (SQLite's max_page_count stands in for the disk here). */
static void
full_disk_said_plainly(void)
{
	struct store *st = fresh();
	const struct table *ag = records_table("agencies");
	struct field row[4] = {{1, 1, NULL}, {1, 0, NULL}, {1, 0, "police"}, {0, 0, NULL}};
	char name[2000];
	int rc = STORE_INSERTED;

	memset(name, 'x', sizeof name - 1);
	name[sizeof name - 1] = 0;
	row[1].s = name;
	CHECK_INT(store_exec(st, "PRAGMA max_page_count = 50"), 0);
	for (int i = 1; i <= 1000 && rc == STORE_INSERTED; i++) {
		row[0].i = i;
		rc = store_insert(st, ag, row);
	}
	CHECK_INT(rc, STORE_FAILED);
	CHECK(strstr(store_error(st), "the store refused an agency record: the disk that holds "
	    "/tmp/sg-test-") != NULL);
	CHECK(strstr(store_error(st), "is full (free some space there, then try again)") != NULL);
	cleanup(st);
}

/* store_exists and store_remove: an empty file is no store yet; a store goes whole,
 * with the files SQLite keeps beside it, even while they are there. */
static void
exists_and_remove(void)
{
	struct store *st = fresh();
	char side[128];
	FILE *f;

	CHECK_INT(store_exists(path), 1);
	snprintf(side, sizeof side, "%s-wal", path);
	CHECK_INT(access(side, F_OK), 0);	/* open in WAL mode: the log is there */
	store_close(st);
	snprintf(side, sizeof side, "%s-journal", path);
	f = fopen(side, "w");
	CHECK(f != NULL);
	if (f)
		fclose(f);
	CHECK_INT(store_remove(path), 0);
	CHECK_INT(store_exists(path), 0);
	CHECK(access(path, F_OK) != 0);
	CHECK(access(side, F_OK) != 0);
	CHECK_INT(store_remove(path), 0);	/* nothing there: nothing to do */
	f = fopen(path, "w");
	CHECK(f != NULL);
	if (f)
		fclose(f);
	CHECK_INT(store_exists(path), 0);
	unlink(path);
}

/* A child is found by its local id before its record id: a local id may be all digits,
 * and then names another child than the record id it spells. */
static void
child_by_local_id_then_record_id(void)
{
	struct store *st = fresh();
	int64_t id = 0;

	CHECK_INT(store_exec(st, "INSERT INTO children(id, la_child_id, sex, ethnicity) VALUES "
	    "(1, '2', 'F', 'WBRI'), (2, 'C0002', 'M', 'WBRI')"), 0);
	CHECK_INT(store_find_child(st, "2", &id), 1);
	CHECK_INT(id, 1);
	CHECK_INT(store_find_child(st, "C0002", &id), 1);
	CHECK_INT(id, 2);
	CHECK_INT(store_find_child(st, "1", &id), 1);
	CHECK_INT(id, 1);
	CHECK_INT(store_find_child(st, "3", &id), 0);
	CHECK_INT(store_find_child(st, "-1", &id), 0);
	CHECK_INT(store_find_child(st, "C9", &id), 0);
	cleanup(st);
}

/* A store of schema version 1 (before the referrer and the restrictions) is brought up
 * to date when it is opened, keeping its records. */
static void
version_1_store_migrated(void)
{
	struct store *st = fresh();
	sqlite3 *db;
	const char *err;
	char mark[64];
	int64_t n = -1;

	snprintf(mark, sizeof mark, "PRAGMA application_id=%d", STORE_APPLICATION_ID);
	store_close(st);
	unlink(path);
	CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, store_migrations[0], NULL, NULL, NULL), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, mark, NULL, NULL, NULL), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, "PRAGMA user_version=1;"
	    "INSERT INTO children(id, la_child_id, sex, ethnicity) VALUES (1, 'C1', 'F', 'WBRI');"
	    "INSERT INTO referrals(id, child_id, received_date, source, nfa) VALUES "
	    "(1, 1, '2025-01-02', '1A', 0)", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	st = store_open(path, STORE_OPEN, &err);
	CHECK(st != NULL);
	if (!st)
		return;
	CHECK_INT(store_schema_version(st), store_binary_schema_version());
	CHECK_INT(store_count(st, records_table("restrictions")), 0);
	CHECK_INT(store_one_int64(st, store_prepare(st, "SELECT count(*) FROM referrals WHERE "
	    "referrer_agency_id IS NULL"), &n, 0), 1);
	CHECK_INT(n, 1);
	CHECK_INT(store_integrity(st), 0);
	cleanup(st);
}

int
main(void)
{
	RUN(registry_matches_schema);
	RUN(rows_round_trip);
	RUN(newer_store_refused);
	RUN(foreign_keys_enforced);
	RUN(full_disk_said_plainly);
	RUN(exists_and_remove);
	RUN(child_by_local_id_then_record_id);
	RUN(version_1_store_migrated);
	return DONE();
}
