/*
 * test_store_bulk.c: the store's bulk path (store_bulk.c) writes what it is given, in
 * batches and tails, rebuilds the indexes it dropped, and leaves the store as it was when
 * the load is abandoned, a row is refused or the process is killed half way.
 */
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "store_fixture.h"
#include "base/mem.h"
#include "store/store_int.h"

static int64_t
scalar(struct store *st, const char *sql)
{
	sqlite3_stmt *s = store_prepare(st, sql);
	int64_t v = -1;

	if (s && sqlite3_step(s) == SQLITE_ROW)
		v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return v;
}

/* n agencies with ids from first, as the bulk path takes them: fields one row after another. */
static struct field *
agencies(int64_t first, int n)
{
	const struct table *t = records_table("agencies");
	struct field *rows = xcalloc((size_t)n * (size_t)t->ncols, sizeof *rows);
	int name = records_col_index(t, "name"), kind = records_col_index(t, "kind");

	for (int i = 0; i < n; i++) {
		struct field *f = &rows[i * t->ncols];
		f[0] = (struct field){1, first + i, NULL};
		f[name] = (struct field){1, 0, "Oakfield Surgery"};
		f[kind] = (struct field){1, 0, "gp"};
	}
	return rows;
}

static void
writes_batches_and_tails(void)
{
	struct store *st = fresh();
	struct store_bulk *b = store_bulk_open(st);
	struct field *rows = agencies(1, 75);	/* two full batches of 32 and a tail of 11 */
	int64_t indexes = scalar(st, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' "
	    "AND sql IS NOT NULL");

	CHECK(b != NULL);
	CHECK_INT(indexes, 0);	/* dropped for the load */
	CHECK_INT(store_bulk_rows(b, records_table("agencies"), rows, 75), 0);
	CHECK_INT(store_bulk_close(b, 1), 0);
	CHECK_INT(scalar(st, "SELECT count(*) FROM agencies"), 75);
	CHECK_INT(scalar(st, "SELECT max(id) FROM agencies"), 75);
	CHECK_INT(scalar(st, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
	    "name LIKE '%_child'"), 29);
	CHECK_INT(scalar(st, "PRAGMA foreign_keys"), 1);	/* enforced again */
	CHECK_INT(store_integrity(st), 0);
	xfree(rows);
	cleanup(st);
}

static void
abandoned_load_changes_nothing(void)
{
	struct store *st = fresh();
	struct store_bulk *b = store_bulk_open(st);
	struct field *rows = agencies(1, 40);

	CHECK_INT(store_bulk_rows(b, records_table("agencies"), rows, 40), 0);
	CHECK(store_bulk_close(b, 0) < 0);
	CHECK_INT(scalar(st, "SELECT count(*) FROM agencies"), 0);
	CHECK_INT(scalar(st, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
	    "name LIKE '%_child'"), 29);
	CHECK_INT(scalar(st, "PRAGMA foreign_keys"), 1);
	xfree(rows);
	cleanup(st);
}

static void
a_refused_row_is_reported(void)
{
	struct store *st = fresh();
	struct store_bulk *b = store_bulk_open(st);
	struct field *rows = agencies(1, 40), *again = agencies(33, 40);

	CHECK_INT(store_bulk_rows(b, records_table("agencies"), rows, 40), 0);
	/* Ids 33-40 are taken: in the batch and in the tail alike. */
	CHECK(store_bulk_rows(b, records_table("agencies"), again, 40) < 0);
	CHECK(strstr(store_error(st), "agency") != NULL);
	CHECK(store_bulk_close(b, 0) < 0);
	CHECK_INT(scalar(st, "SELECT count(*) FROM agencies"), 0);
	/* The store is usable again: the last 8 rows go in on their own. */
	b = store_bulk_open(st);
	CHECK_INT(store_bulk_rows(b, records_table("agencies"),
	    again + 32 * records_table("agencies")->ncols, 8), 0);
	CHECK_INT(store_bulk_close(b, 1), 0);
	CHECK_INT(scalar(st, "SELECT count(*) FROM agencies"), 8);
	xfree(rows);
	xfree(again);
	cleanup(st);
}

/*
 * safeguard demo fills a new store through store_bulk_begin. A load killed half way (the
 * user presses Ctrl-C during a national demo, whose pages outgrow the cache and reach the
 * file before the commit) must leave the store as it was: empty, whole, its indexes in
 * place, so that the demo can simply be run again. With the journal off it was left
 * malformed, and every later command failed on it.
 */
static void
killed_bulk_load_leaves_the_store_empty(void)
{
	struct store *st = fresh();
	const char *err;
	int status = 0;
	pid_t pid;

	store_close(st);
	if ((pid = fork()) == 0) {
		struct field *rows = agencies(1, 20000);
		struct store_bulk *b;
		st = store_open(path, STORE_OPEN, &err);
		if (!st || store_bulk_begin(st) < 0 || !(b = store_bulk_open(st)) ||
		    store_bulk_rows(b, records_table("agencies"), rows, 20000) < 0)
			_exit(3);
		/* What a full page cache does by itself: the load's pages go to the file. */
		sqlite3_db_cacheflush(st->db);
		raise(SIGKILL);
	}
	CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
	CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
	st = store_open(path, STORE_OPEN, &err);
	CHECK(st != NULL);
	if (!st)
		return;
	CHECK_INT(store_integrity(st), 0);
	CHECK_INT(scalar(st, "SELECT count(*) FROM agencies"), 0);
	CHECK_INT(scalar(st, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
	    "name LIKE '%_child'"), 29);
	CHECK_INT(store_holds_nothing(st), 1);
	cleanup(st);
}

int
main(void)
{
	RUN(writes_batches_and_tails);
	RUN(abandoned_load_changes_nothing);
	RUN(a_refused_row_is_reported);
	RUN(killed_bulk_load_leaves_the_store_empty);
	return DONE();
}
