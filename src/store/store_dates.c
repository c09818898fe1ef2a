/*
 * store_dates.c: the dates the orders across linked records compare (records/rec_order.c).
 *
 * A save reads one date of the record each of its references names, and, when it changes
 * a record others name, the date of the one among them that would come first out of
 * order. Both are a statement a question, asked by a person saving a form; the second
 * goes by the child's index (every record linked so belongs to the same child), so a
 * save reads a few rows whatever the size of the store.
 */
#include "store/store_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* The column's text (a date: ten bytes) into out, "" when NULL. */
static void
copy_date(sqlite3_stmt *s, int col, char out[11])
{
	const unsigned char *v = sqlite3_column_text(s, col);

	snprintf(out, 11, "%s", v ? (const char *)v : "");
}

/*
 * One SELECT a date column, written once for the process: the store's statement cache
 * finds a statement by the address of its text (store_cache.c), and an import into a
 * store that holds records asks this many thousand times.
 */
#define MAX_TABLES 64
#define MAX_COLS 32
static char record_date_sql[MAX_TABLES][MAX_COLS][160];
static pthread_once_t written = PTHREAD_ONCE_INIT;

static void
write_sql(void)
{
	int n;
	const struct table *all = records_tables(&n);

	for (int i = 0; i < n && i < MAX_TABLES; i++)
		for (int c = 0; c < all[i].ncols && c < MAX_COLS; c++)
			snprintf(record_date_sql[i][c], sizeof record_date_sql[i][c],
			    "SELECT %s FROM %s WHERE id = ?1", all[i].cols[c].name, all[i].name);
}

int
store_record_date(struct store *st, const struct table *t, int64_t id, int col, char out[11])
{
	sqlite3_stmt *s;
	int rc;

	pthread_once(&written, write_sql);
	if (!(s = store_cached(st, record_date_sql[store_table_index(t)][col])))
		return -1;
	sqlite3_bind_int64(s, 1, id);
	out[0] = 0;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		copy_date(s, 0, out);
	store_done(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot read the store");
	return rc == SQLITE_ROW;
}

int
store_first_linked_date(struct store *st, const struct table *t, int64_t child_id,
    const char *via, int64_t id, const char *col, int latest, int64_t *record, char out[11])
{
	char sql[400];
	sqlite3_stmt *s;
	int rc;

	/* A table of no child's (a child's death names the child's record by
	 * linked_child_id) is found by that reference alone. */
	snprintf(sql, sizeof sql, "SELECT id, %s FROM %s WHERE %s%s = ?2 AND "
	    "%s IS NOT NULL ORDER BY %s %s, id LIMIT 1", col, t->name,
	    records_child_col(t) >= 0 ? "child_id = ?1 AND " : "", via, col, col,
	    latest ? "DESC" : "ASC");
	if (!(s = store_prepare(st, sql)))
		return -1;
	sqlite3_bind_int64(s, 1, child_id);
	sqlite3_bind_int64(s, 2, id);
	out[0] = 0;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*record = sqlite3_column_int64(s, 0);
		copy_date(s, 1, out);
	}
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot read the store");
	return rc == SQLITE_ROW;
}
