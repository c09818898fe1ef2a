/*
 * store_bulk.c: the fast way to fill an empty store with millions of records.
 *
 * The demo area at national volume is about ten million rows, to be written in seconds.
 * store_insert() costs one statement execution a row, an index update a row and a
 * foreign-key probe per reference; here, for a load into a store that holds nothing yet:
 *   - rows travel in batches through one prepared INSERT of STORE_BULK_ROWS rows, so the
 *     statement machinery runs once per batch rather than once per row;
 *   - the secondary indexes (the child_id indexes of migrations.c) are dropped when the
 *     load begins and built again, from their own SQL in sqlite_schema, before it commits:
 *     building an index once over sorted keys is several times cheaper than growing it;
 *   - the page cache is made large (512 MB) while the load runs, so that building the
 *     indexes reads the tables from memory;
 *   - foreign keys are not probed row by row. The caller builds records whose references
 *     hold by construction, and its tests run store_integrity() over what it wrote.
 * Everything happens in one transaction, so a failed or killed load leaves the store as
 * it was (store_bulk_begin, for a store file the caller created, keeps that true while
 * turning the syncs off).
 */
#include "store/store_int.h"

#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "base/str.h"

#define STORE_BULK_ROWS 32

struct store_bulk {
	struct store *st;
	sqlite3_stmt **many;	/* per table: an INSERT of STORE_BULK_ROWS rows */
	char **index_sql;	/* the secondary indexes dropped for the load */
	int nindex;
	int ntables;
};

static sqlite3_stmt *
many_stmt(struct store_bulk *b, const struct table *t)
{
	int k = store_table_index(t);
	struct buf sql;

	if (b->many[k])
		return b->many[k];
	buf_init(&sql, 1 << 20);
	buf_printf(&sql, "INSERT INTO %s(", t->name);
	for (int i = 0; i < t->ncols; i++)
		buf_printf(&sql, "%s%s", i ? "," : "", t->cols[i].name);
	buf_adds(&sql, ") VALUES");
	for (int r = 0; r < STORE_BULK_ROWS; r++) {
		buf_adds(&sql, r ? ",(" : "(");
		for (int i = 0; i < t->ncols; i++)
			buf_adds(&sql, i ? ",?" : "?");
		buf_addc(&sql, ')');
	}
	b->many[k] = store_prepare(b->st, buf_str(&sql));
	buf_free(&sql);
	return b->many[k];
}

static int
bind_field(sqlite3_stmt *s, int at, enum col_type type, const struct field *f)
{
	if (!f->present)
		return sqlite3_bind_null(s, at);
	if (type == COL_ID || type == COL_INT || type == COL_BOOL || type == COL_REF)
		return sqlite3_bind_int64(s, at, f->i);
	return sqlite3_bind_text(s, at, f->s, -1, SQLITE_STATIC);
}

static int
step(struct store_bulk *b, sqlite3_stmt *s, const struct table *t)
{
	int rc = sqlite3_step(s);
	char why[600];

	sqlite3_reset(s);
	if (rc == SQLITE_DONE)
		return 0;
	return store_failf(b->st, "the store refused %s %s record: %s",
	    strchr("aeiou", t->noun[0]) ? "an" : "a", t->noun,
	    store_why(b->st, why, sizeof why));
}

int
store_bulk_rows(struct store_bulk *b, const struct table *t, const struct field *rows, size_t n)
{
	b->st->records_written = 1;
	size_t done = 0;
	int nc = t->ncols;

	while (n - done >= STORE_BULK_ROWS) {
		sqlite3_stmt *s = many_stmt(b, t);
		if (!s)
			return -1;
		for (int r = 0; r < STORE_BULK_ROWS; r++)
			for (int i = 0; i < nc; i++)
				if (bind_field(s, r * nc + i + 1, t->cols[i].type,
				    &rows[(done + (size_t)r) * (size_t)nc + (size_t)i]) != SQLITE_OK)
					return store_fail(b->st, "cannot bind a value");
		if (step(b, s, t) < 0)
			return -1;
		done += STORE_BULK_ROWS;
	}
	/* The tail goes through the store's own one-row statement. */
	for (; done < n; done++)
		if (store_insert(b->st, t, &rows[done * (size_t)nc]) != STORE_INSERTED)
			return store_error(b->st)[0] ? -1 : store_failf(b->st, "the store refused "
			    "%s %s record: its id or a unique field is already taken",
			    strchr("aeiou", t->noun[0]) ? "an" : "a", t->noun);
	return 0;
}

/* Drops the secondary indexes, remembering how to build each one again. */
static int
drop_indexes(struct store_bulk *b)
{
	sqlite3_stmt *s = store_prepare(b->st, "SELECT name, sql FROM sqlite_schema "
	    "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
	char **names = NULL;
	size_t cap = 0, capn = 0;
	int rc, n = 0;

	if (!s)
		return -1;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		VEC_GROW(b->index_sql, (size_t)b->nindex, cap);
		VEC_GROW(names, (size_t)n, capn);
		b->index_sql[b->nindex++] = xstrdup((const char *)sqlite3_column_text(s, 1));
		names[n++] = xstrdup((const char *)sqlite3_column_text(s, 0));
	}
	sqlite3_finalize(s);
	for (int i = 0; i < n; i++) {
		struct buf sql;
		buf_init(&sql, 512);
		buf_printf(&sql, "DROP INDEX \"%s\"", names[i]);
		if (rc == SQLITE_DONE && store_exec(b->st, buf_str(&sql)) < 0)
			rc = SQLITE_ERROR;
		buf_free(&sql);
		xfree(names[i]);
	}
	xfree(names);
	return rc == SQLITE_DONE ? 0 : -1;
}

static void
free_bulk(struct store_bulk *b)
{
	for (int i = 0; i < b->ntables; i++)
		sqlite3_finalize(b->many[i]);
	for (int i = 0; i < b->nindex; i++)
		xfree(b->index_sql[i]);
	xfree(b->index_sql);
	xfree(b->many);
	xfree(b);
}

struct store_bulk *
store_bulk_open(struct store *st)
{
	struct store_bulk *b = xcalloc(1, sizeof *b);

	b->st = st;
	records_tables(&b->ntables);
	b->many = xcalloc((size_t)b->ntables, sizeof *b->many);
	/* foreign_keys cannot change inside a transaction: set it first. */
	if (store_exec(st, "PRAGMA foreign_keys=OFF; PRAGMA cache_size=-524288") < 0 ||
	    store_begin(st) < 0) {
		store_exec(st, "PRAGMA foreign_keys=ON");
		free_bulk(b);
		return NULL;
	}
	if (drop_indexes(b) < 0) {
		store_rollback(st);
		store_exec(st, "PRAGMA foreign_keys=ON");
		free_bulk(b);
		return NULL;
	}
	return b;
}

int
store_bulk_close(struct store_bulk *b, int commit)
{
	struct store *st = b->st;
	int rc = 0;

	for (int i = 0; commit && i < b->nindex && rc == 0; i++)
		rc = store_exec(st, b->index_sql[i]);
	/* Statements must be finalized before COMMIT can release the file. */
	for (int i = 0; i < b->ntables; i++) {
		sqlite3_finalize(b->many[i]);
		b->many[i] = NULL;
	}
	if (commit && rc == 0)
		rc = store_commit(st);
	else
		store_rollback(st);
	if (store_exec(st, "PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536") < 0)
		rc = -1;
	free_bulk(b);
	return commit ? rc : -1;
}
