/*
 * store_update.c: rewriting existing records by id, many times over, for importers that
 * match a file's records to the store's (the census import), and what a large import
 * needs from the store: the next free ids, a large page cache, a rollback journal.
 *
 * An import of a return into a store that already holds the area may rewrite thousands
 * of records, and the record layer (records/rec_save.c) one at a time for ever, so the
 * UPDATE of each table is prepared once per store and kept (struct store's update[]; a
 * store_rewriter is a handle on the same); records are read with store_reader
 * (store_json.c). An update writes every column of the row, described by records.c like
 * every other generic statement here, with the values bound as parameters.
 */
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/mem.h"

struct store_rewriter {
	struct store *st;
};

struct store_rewriter *
store_rewriter_new(struct store *st)
{
	struct store_rewriter *r = xcalloc(1, sizeof *r);

	r->st = st;
	return r;
}

void
store_rewriter_free(struct store_rewriter *r)
{
	xfree(r);
}

static int
is_integer(enum col_type type)
{
	return type == COL_ID || type == COL_INT || type == COL_BOOL || type == COL_REF;
}

/* The table's UPDATE, prepared once per store and kept (st->update). */
static sqlite3_stmt *
update_stmt(struct store *st, const struct table *t)
{
	int k = store_table_index(t);
	struct buf b;

	if (st->update[k])
		return st->update[k];
	buf_init(&b, 4096);
	buf_printf(&b, "UPDATE %s SET ", t->name);
	for (int i = 1; i < t->ncols; i++)
		buf_printf(&b, "%s%s = ?%d", i > 1 ? "," : "", t->cols[i].name, i + 1);
	buf_adds(&b, " WHERE id = ?1");
	st->update[k] = store_prepare(st, buf_str(&b));
	buf_free(&b);
	return st->update[k];
}

int
store_update(struct store *st, const struct table *t, const struct field *row)
{
	sqlite3_stmt *s = update_stmt(st, t);
	char why[600];
	int rc = SQLITE_OK;

	if (!s)
		return -1;
	for (int i = 0; i < t->ncols && rc == SQLITE_OK; i++) {
		if (!row[i].present)
			rc = sqlite3_bind_null(s, i + 1);
		else if (is_integer(t->cols[i].type))
			rc = sqlite3_bind_int64(s, i + 1, row[i].i);
		else
			rc = sqlite3_bind_text(s, i + 1, row[i].s, -1, SQLITE_STATIC);
	}
	if (rc == SQLITE_OK)
		rc = sqlite3_step(s);
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	if (rc == SQLITE_DONE && sqlite3_changes(st->db) == 1) {
		store_records_written(st);
		return 0;
	}
	if (rc == SQLITE_DONE)
		return store_failf(st, "there is no %s %lld to update", t->noun,
		    (long long)row[0].i);
	return store_failf(st, "the store refused to update a %s record: %s", t->noun,
	    store_why(st, why, sizeof why));
}

int
store_rewriter_update(struct store_rewriter *r, const struct table *t, const struct field *row)
{
	return store_update(r->st, t, row);
}

int64_t
store_max_id(struct store *st, const struct table *t)
{
	return store_table_int64(st, "coalesce(max(id), 0)", t);
}

int
store_cache_size(struct store *st, int mib)
{
	char sql[64];

	snprintf(sql, sizeof sql, "PRAGMA cache_size=-%d", mib * 1024);
	return store_exec(st, sql);
}

/* PRAGMA journal_mode answers with the mode now in force; 1 when it is `want`. */
static int
journal_mode(struct store *st, const char *want)
{
	char sql[64];
	sqlite3_stmt *s;
	int ok = 0;

	snprintf(sql, sizeof sql, "PRAGMA journal_mode=%s", want);
	if (!(s = store_prepare(st, sql)))
		return 0;
	if (sqlite3_step(s) == SQLITE_ROW)
		ok = sqlite3_stricmp((const char *)sqlite3_column_text(s, 0), want) == 0;
	sqlite3_finalize(s);
	return ok;
}

int
store_large_write_begin(struct store *st)
{
	return journal_mode(st, "delete");
}

int
store_large_write_end(struct store *st)
{
	return journal_mode(st, "wal") ? 0 : store_fail(st, "cannot return to write-ahead logging");
}

int
store_referral_open_in(struct store *st, cal_date start, cal_date end)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT EXISTS (SELECT 1 FROM referrals"
	    " WHERE received_date <= ?2 AND (closure_date IS NULL OR closure_date >= ?1))");
	char from[11], to[11];
	int rc, found = 0;

	if (!s)
		return -1;
	cal_format(start, from);
	cal_format(end, to);
	sqlite3_bind_text(s, 1, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, to, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW)
		found = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? found : store_fail(st, "cannot read the store");
}
