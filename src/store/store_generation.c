/*
 * store_generation.c: the count of transactions that changed records.
 *
 * The web server keeps the area's records and clocks in memory (web/snapshot.c) and must
 * know, cheaply and on every request, whether anyone has changed a record since it read
 * them, including another program (an import at the command line). SQLite's data_version
 * moves for every commit by anyone, the audit trail's included, which happen all the time;
 * so the store counts the transactions that wrote records in a one-row table instead. A
 * function that writes records marks the handle (store_records_written), and the commit
 * (or, outside a transaction, the write itself) adds one.
 */
#include "store/store_int.h"

int
store_generation(struct store *st, int64_t *n)
{
	static const char sql[] = "SELECT n FROM store_generation";
	sqlite3_stmt *s = store_cached(st, sql);

	*n = 0;
	if (!s)
		return -1;
	return store_one_int64(st, s, n, 1) < 0 ? -1 : 0;
}

int
store_count_change(struct store *st)
{
	static const char sql[] = "UPDATE store_generation SET n = n + 1";
	sqlite3_stmt *s = store_cached(st, sql);
	int rc;

	st->records_written = 0;
	if (!s)
		return -1;
	rc = sqlite3_step(s);
	store_done(s);
	return rc == SQLITE_DONE ? 0 : store_fail(st, "cannot count the change");
}

void
store_records_written(struct store *st)
{
	if (sqlite3_get_autocommit(st->db))
		store_count_change(st);
	else
		st->records_written = 1;
}
