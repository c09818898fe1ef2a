/*
 * store_json.c: what whole-record import and export need from the store beyond single
 * rows: a read transaction (an export is one consistent snapshot while others write),
 * the import's write transaction (with references checked by the importer), the unique
 * keys of the schema (so that the importer can say which value is
 * taken, and by whom), and a reader that keeps one prepared SELECT a table for the
 * millions of "is this record already here, and is it the same?" questions of a second
 * import of the same file.
 *
 * The unique keys are the schema's UNIQUE constraints (migrations.c); tests/unit/test_json_store.c
 * checks them against the schema SQLite reports.
 */
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/mem.h"

static const struct {
	const char *table;
	const char *cols[3];
} unique_keys[] = {
	{"children", {"la_child_id", NULL}},
	{"users", {"username", NULL}},
	{"settings", {"key", "effective_from", NULL}},
	{"restrictions", {"child_id", "user_id", NULL}},
	{"conference_quality", {"conference_id", NULL}},	/* migration_qa: one a conference */
};

int
store_begin_read(struct store *st)
{
	return store_exec(st, "BEGIN");
}

/*
 * An import checks every reference itself, against the records of its file (kept in
 * memory, which is also how it accepts a reference to a later record) and against the
 * store, before anything is committed. SQLite's foreign-key enforcement would look
 * every parent up a second time, which costs about a sixth of the import's time on a
 * national file, so it is switched off for the import's transaction, and on again after
 * it. The PRAGMA has no effect inside a transaction, hence the order.
 */
int
store_import_begin(struct store *st)
{
	if (store_exec(st, "PRAGMA foreign_keys=OFF") < 0)
		return -1;
	if (store_begin(st) < 0) {
		store_exec(st, "PRAGMA foreign_keys=ON");
		return -1;
	}
	return 0;
}

int
store_import_end(struct store *st, int commit)
{
	int rc = commit ? store_commit(st) : 0;

	if (rc < 0 || !commit)
		store_rollback(st);
	if (store_exec(st, "PRAGMA foreign_keys=ON") < 0)
		rc = -1;
	return rc;
}

int
store_holds_nothing(struct store *st)
{
	int n, empty = 1;
	const struct table *t = records_tables(&n);

	for (int i = 0; i < n && empty == 1; i++) {
		char sql[128];
		sqlite3_stmt *s;
		snprintf(sql, sizeof sql, "SELECT EXISTS (SELECT 1 FROM %s)", t[i].name);
		if (!(s = store_prepare(st, sql)))
			return -1;
		empty = sqlite3_step(s) == SQLITE_ROW ? !sqlite3_column_int(s, 0) : -1;
		sqlite3_finalize(s);
	}
	return empty < 0 ? store_fail(st, "cannot read the store") : empty;
}

const char *const *
store_unique_key(const struct table *t)
{
	for (size_t i = 0; i < sizeof unique_keys / sizeof unique_keys[0]; i++)
		if (strcmp(unique_keys[i].table, t->name) == 0)
			return unique_keys[i].cols;
	return NULL;
}

static int
is_integer(enum col_type type)
{
	return type == COL_ID || type == COL_INT || type == COL_BOOL || type == COL_REF;
}

static int
bind_field(sqlite3_stmt *s, int i, const struct column *c, const struct field *f)
{
	if (!f->present)
		return sqlite3_bind_null(s, i);
	if (is_integer(c->type))
		return sqlite3_bind_int64(s, i, f->i);
	return sqlite3_bind_text(s, i, f->s, -1, SQLITE_STATIC);
}

int
store_find_unique(struct store *st, const struct table *t, const struct field *row, int64_t *id)
{
	const char *const *key = store_unique_key(t);
	struct buf sql;
	sqlite3_stmt *s;
	int n = 0;

	if (!key)
		return 0;
	buf_init(&sql, 1024);
	buf_printf(&sql, "SELECT id FROM %s WHERE ", t->name);
	for (; key[n]; n++)
		buf_printf(&sql, "%s%s IS ?%d", n ? " AND " : "", key[n], n + 1);
	s = store_prepare(st, buf_str(&sql));
	buf_free(&sql);
	if (!s)
		return -1;
	for (int k = 0; k < n; k++) {
		int c = records_col_index(t, key[k]);
		bind_field(s, k + 1, &t->cols[c], &row[c]);
	}
	return store_one_int64(st, s, id, 0);
}

struct store_reader {
	struct store *st;
	sqlite3_stmt **get;	/* by records_tables() index, prepared on first use */
};

struct store_reader *
store_reader_new(struct store *st)
{
	struct store_reader *r = xcalloc(1, sizeof *r);

	r->st = st;
	r->get = xcalloc((size_t)st->ntables, sizeof *r->get);
	return r;
}

void
store_reader_free(struct store_reader *r)
{
	if (!r)
		return;
	for (int i = 0; i < r->st->ntables; i++)
		sqlite3_finalize(r->get[i]);
	xfree(r->get);
	xfree(r);
}

static sqlite3_stmt *
get_stmt(struct store_reader *r, const struct table *t)
{
	int k = store_table_index(t);
	struct buf sql;

	if (r->get[k])
		return r->get[k];
	buf_init(&sql, 4096);
	buf_adds(&sql, "SELECT ");
	for (int i = 0; i < t->ncols; i++)
		buf_printf(&sql, "%s%s", i ? "," : "", t->cols[i].name);
	buf_printf(&sql, " FROM %s WHERE id = ?1", t->name);
	r->get[k] = store_prepare(r->st, buf_str(&sql));
	buf_free(&sql);
	return r->get[k];
}

/* Copies the row's values: integers into row, text into text, then points row at it. */
static void
copy_row(sqlite3_stmt *s, const struct table *t, struct field *row, struct buf *text)
{
	size_t off[64];

	buf_reset(text);
	for (int i = 0; i < t->ncols && i < 64; i++) {
		row[i].present = sqlite3_column_type(s, i) != SQLITE_NULL;
		row[i].i = 0;
		row[i].s = NULL;
		off[i] = text->len;
		if (!row[i].present)
			continue;
		if (is_integer(t->cols[i].type)) {
			row[i].i = sqlite3_column_int64(s, i);
		} else {
			const char *v = (const char *)sqlite3_column_text(s, i);
			buf_add(text, v ? v : "", strlen(v ? v : "") + 1);
			row[i].s = "";
		}
	}
	/* Pointers only now: the buffer may have moved while it grew. */
	for (int i = 0; i < t->ncols && i < 64; i++)
		if (row[i].s)
			row[i].s = text->toobig ? "" : text->p + off[i];
}

int
store_reader_get(struct store_reader *r, const struct table *t, int64_t id, struct field *row,
    struct buf *text)
{
	sqlite3_stmt *s = get_stmt(r, t);
	int rc;

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		copy_row(s, t, row, text);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 1;
	return rc == SQLITE_DONE ? 0 : store_fail(r->st, "cannot read the store");
}
