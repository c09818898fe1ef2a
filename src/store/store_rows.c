/*
 * store_rows.c: reading and writing records of any type, driven by records.c.
 *
 * The statements are generated from the column lists, prepared once per store and kept,
 * and every value travels as a bound parameter. A failed insert tells its caller why in
 * terms the importer can turn into a message about the record: the id is taken, another
 * unique field is taken, or the store refused it (which means a check was missed above).
 */
#include "store/store_int.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/mem.h"
#include "base/str.h"

static int
is_integer(enum col_type type)
{
	return type == COL_ID || type == COL_INT || type == COL_BOOL || type == COL_REF;
}

static void
column_list(struct buf *b, const struct table *t)
{
	for (int i = 0; i < t->ncols; i++)
		buf_printf(b, "%s%s", i ? "," : "", t->cols[i].name);
}

static sqlite3_stmt *
insert_stmt(struct store *st, const struct table *t)
{
	int k = store_table_index(t);
	struct buf b;

	if (st->insert[k])
		return st->insert[k];
	buf_init(&b, 4096);
	buf_printf(&b, "INSERT INTO %s(", t->name);
	column_list(&b, t);
	buf_adds(&b, ") VALUES(");
	for (int i = 0; i < t->ncols; i++)
		buf_printf(&b, "%s?%d", i ? "," : "", i + 1);
	buf_adds(&b, ")");
	st->insert[k] = store_prepare(st, buf_str(&b));
	buf_free(&b);
	return st->insert[k];
}

static int
bind_row(sqlite3_stmt *s, const struct table *t, const struct field *row)
{
	int rc = SQLITE_OK;

	for (int i = 0; i < t->ncols && rc == SQLITE_OK; i++) {
		if (!row[i].present)
			rc = sqlite3_bind_null(s, i + 1);
		else if (is_integer(t->cols[i].type))
			rc = sqlite3_bind_int64(s, i + 1, row[i].i);
		else
			rc = sqlite3_bind_text(s, i + 1, row[i].s, -1, SQLITE_STATIC);
	}
	return rc;
}

int
store_insert(struct store *st, const struct table *t, const struct field *row)
{
	sqlite3_stmt *s = insert_stmt(st, t);
	char why[600];
	int rc;

	if (!s)
		return STORE_FAILED;
	if (bind_row(s, t, row) != SQLITE_OK) {
		sqlite3_reset(s);
		return store_fail(st, "cannot bind a value");
	}
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	if (rc == SQLITE_DONE) {
		store_records_written(st);
		return STORE_INSERTED;
	}
	if (rc == SQLITE_CONSTRAINT_PRIMARYKEY)
		return STORE_DUP_ID;
	if (rc == SQLITE_CONSTRAINT_UNIQUE)
		return STORE_DUP_UNIQUE;
	store_failf(st, "the store refused %s %s record: %s",
	    strchr("aeiou", t->noun[0]) ? "an" : "a", t->noun,
	    store_why(st, why, sizeof why));
	return STORE_FAILED;
}

static void
read_row(sqlite3_stmt *s, const struct table *t, struct field *row)
{
	for (int i = 0; i < t->ncols; i++) {
		row[i].present = sqlite3_column_type(s, i) != SQLITE_NULL;
		row[i].i = 0;
		row[i].s = NULL;
		if (!row[i].present)
			continue;
		if (is_integer(t->cols[i].type))
			row[i].i = sqlite3_column_int64(s, i);
		else
			row[i].s = (const char *)sqlite3_column_text(s, i);
	}
}

/*
 * Which rows of a table belong in one child's record. Pathway tables filter on child_id;
 * a child's household and the adults related to them come along; shared reference records
 * (agencies, teams, professionals) come whole, so that the file imports on its own;
 * relationships to other children, users and settings stay behind, and so do a child's
 * restrictions and health lookups, which name users, and the LADO's cases, which are
 * the LADO's alone.
 */
static const char *
child_filter(const struct table *t)
{
	static const struct {
		const char *table, *where;
	} filters[] = {
		{"children", "id = ?1"},
		{"households", "id IN (SELECT household_id FROM children WHERE id = ?1 UNION "
		    "SELECT a.household_id FROM adults a JOIN relationships r ON r.adult_id = a.id "
		    "WHERE r.child_id = ?1)"},
		{"adults", "id IN (SELECT adult_id FROM relationships WHERE child_id = ?1)"},
		{"relationships", "child_id = ?1 AND relative_child_id IS NULL"},
		{"agencies", "?1 IS NOT NULL"},
		{"teams", "?1 IS NOT NULL"},
		{"professionals", "?1 IS NOT NULL"},
		{"users", "?1 IS NULL"},
		{"restrictions", "?1 IS NULL"},
		{"settings", "?1 IS NULL"},
		{"health_lookups", "?1 IS NULL"},
		{"lado_cases", "?1 IS NULL"},	/* the LADO's alone (issue 11, point 2) */
		{"lado_meetings", "?1 IS NULL"},
		{"child_deaths", "?1 IS NULL"},	/* the child death review's alone */
		/* training (issue 11, point 5): of professionals, no child's */
		{"training_courses", "?1 IS NULL"},
		{"training_sessions", "?1 IS NULL"},
		{"training_bookings", "?1 IS NULL"},
		/* the partnership's audits and actions (migration_audits), no child's record */
		{"case_audits", "?1 IS NULL"},
		{"audit_cases", "?1 IS NULL"},
		{"audit_contributions", "?1 IS NULL"},
		{"actions", "?1 IS NULL"},
		{"practice_reviews", "?1 IS NULL"},
		{"self_assessments", "?1 IS NULL"},
	};
	for (size_t i = 0; i < sizeof filters / sizeof filters[0]; i++)
		if (strcmp(filters[i].table, t->name) == 0)
			return filters[i].where;
	return "child_id = ?1";
}

int
store_scan(struct store *st, const struct table *t, int64_t child_id, store_row_fn fn, void *ctx)
{
	struct buf b;
	struct field *row;
	sqlite3_stmt *s;
	int rc, stop = 0;

	buf_init(&b, 4096);
	buf_adds(&b, "SELECT ");
	column_list(&b, t);
	buf_printf(&b, " FROM %s", t->name);
	if (child_id > 0)
		buf_printf(&b, " WHERE %s", child_filter(t));
	buf_adds(&b, " ORDER BY id");
	s = store_prepare(st, buf_str(&b));
	buf_free(&b);
	if (!s)
		return -1;
	if (child_id > 0)
		sqlite3_bind_int64(s, 1, child_id);
	row = xcalloc((size_t)t->ncols, sizeof *row);
	while (!stop && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		read_row(s, t, row);
		stop = fn(ctx, t, row);
	}
	if (!stop && rc != SQLITE_DONE)
		stop = store_fail(st, "cannot read the store");
	sqlite3_finalize(s);
	xfree(row);
	return stop;
}

int
store_lookup(struct store *st, const struct table *t, int64_t id, int64_t *child_id)
{
	int k = store_table_index(t);
	sqlite3_stmt *s = st->lookup[k];

	if (!s) {
		char sql[160];
		snprintf(sql, sizeof sql, "SELECT %s FROM %s WHERE id = ?1",
		    records_child_col(t) >= 0 ? "child_id" : "0", t->name);
		s = st->lookup[k] = store_prepare(st, sql);
		if (!s)
			return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	return store_one_int64(st, s, child_id, 1);
}

struct get_ctx {
	struct field *row;
	struct buf *text;
	size_t *offsets;
};

static int
copy_row(void *p, const struct table *t, const struct field *row)
{
	struct get_ctx *g = p;

	for (int i = 0; i < t->ncols; i++) {
		g->row[i] = row[i];
		g->offsets[i] = g->text->len;
		if (row[i].s)
			buf_add(g->text, row[i].s, strlen(row[i].s) + 1);
	}
	return 1;
}

int
store_get(struct store *st, const struct table *t, int64_t id, struct field *row, struct buf *text)
{
	struct get_ctx g = {row, text, NULL};
	int k = store_table_index(t), rc, found = 0;
	sqlite3_stmt *s = st->get[k];
	struct field *tmp;

	if (!s) {
		struct buf b;
		buf_init(&b, 4096);
		buf_adds(&b, "SELECT ");
		column_list(&b, t);
		buf_printf(&b, " FROM %s WHERE id = ?1", t->name);
		s = st->get[k] = store_prepare(st, buf_str(&b));
		buf_free(&b);
		if (!s)
			return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	g.offsets = xcalloc((size_t)t->ncols, sizeof *g.offsets);
	tmp = xcalloc((size_t)t->ncols, sizeof *tmp);
	buf_reset(text);
	if ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		read_row(s, t, tmp);
		found = copy_row(&g, t, tmp);
		/* Pointers are taken only now: the buffer may have moved while it grew. */
		for (int i = 0; i < t->ncols; i++)
			if (row[i].s)
				row[i].s = text->p + g.offsets[i];
	}
	sqlite3_reset(s);
	xfree(g.offsets);
	xfree(tmp);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "cannot read the store");
	return found;
}

int64_t
store_table_int64(struct store *st, const char *what, const struct table *t)
{
	char sql[160];
	sqlite3_stmt *s;
	int64_t n = -1;

	snprintf(sql, sizeof sql, "SELECT %s FROM %s", what, t->name);
	if (!(s = store_prepare(st, sql)) || store_one_int64(st, s, &n, 0) < 0)
		return -1;
	return n;
}

int64_t
store_count(struct store *st, const struct table *t)
{
	return store_table_int64(st, "count(*)", t);
}

int
store_child_by_la_id(struct store *st, const char *la_child_id, int64_t *id)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT id FROM children WHERE la_child_id = ?1");

	if (!s)
		return -1;
	sqlite3_bind_text(s, 1, la_child_id, -1, SQLITE_STATIC);
	return store_one_int64(st, s, id, 0);
}

/*
 * A local id is what people know a child by, so it is tried first; a record id only when
 * no child has that text as its local id (a local id may be all digits).
 */
int
store_find_child(struct store *st, const char *text, int64_t *id)
{
	int64_t v, owner;
	int rc = store_child_by_la_id(st, text, id);

	if (rc != 0 || !str_to_i64(text, &v) || v <= 0)
		return rc;
	if ((rc = store_lookup(st, records_table("children"), v, &owner)) > 0)
		*id = v;
	return rc;
}

int
store_is_empty(struct store *st)
{
	int n;
	const struct table *t = records_tables(&n);

	for (int i = 0; i < n; i++) {
		if (strcmp(t[i].name, "settings") == 0)
			continue;
		if (store_count(st, &t[i]) != 0)
			return 0;
	}
	return 1;
}
