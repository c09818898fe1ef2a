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

#include <stdio.h>
#include <string.h>

/* The column's text (a date: ten bytes) into out, "" when NULL. */
static void
copy_date(sqlite3_stmt *s, int col, char out[11])
{
	const unsigned char *v = sqlite3_column_text(s, col);

	snprintf(out, 11, "%s", v ? (const char *)v : "");
}

int
store_record_date(struct store *st, const struct table *t, int64_t id, const char *col,
    char out[11])
{
	char sql[200];
	sqlite3_stmt *s;
	int rc;

	snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE id = ?1", col, t->name);
	if (!(s = store_prepare(st, sql)))
		return -1;
	sqlite3_bind_int64(s, 1, id);
	out[0] = 0;
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		copy_date(s, 0, out);
	sqlite3_finalize(s);
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

	snprintf(sql, sizeof sql, "SELECT id, %s FROM %s WHERE child_id = ?1 AND %s = ?2 AND "
	    "%s IS NOT NULL ORDER BY %s %s, id LIMIT 1", col, t->name, via, col, col,
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
