/*
 * json_export.c: the store, or one child's record, as a safeguard export (json.h).
 *
 * Every table of records_tables() is written in that order, even when empty (but for a
 * table newer than the format, TABLE_OMIT_EMPTY, which an empty store leaves out), with its
 * rows in id order and each row's present fields in the registry's order, so the same
 * store always gives the same bytes and an import of the file gives the same store.
 * All tables are read inside one read transaction: a snapshot, however long the export
 * takes and whoever writes meanwhile. For one child, store_scan chooses the rows (the
 * child's pathway records, their household and adults, and the shared agencies, teams
 * and professionals), so that the file imports on its own into an empty store.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "json/json.h"
#include "json/jwrite.h"
#include "store/store.h"

struct exporter {
	struct jw w;
	const char *table;	/* the table whose "name": [ is still to be written, or NULL */
	long rows;	/* rows written of the current table */
	char keys[64][48];	/* the current table's ", \"name\": ", by column */
	size_t keylen[64];
};

/* Each field's name goes out as one piece: a national export writes 200 million.
 * (json_write_record, for a record or two at a time, names them as it goes.) */
static void
prepare_keys(struct exporter *e, const struct table *t)
{
	for (int i = 0; i < t->ncols && i < 64; i++) {
		int n = snprintf(e->keys[i], sizeof e->keys[i], ", \"%s\": ", t->cols[i].name);
		e->keylen[i] = n > 0 && (size_t)n < sizeof e->keys[i] ? (size_t)n : 0;
	}
}

/* A list of codes, kept space-separated in the store, as a JSON array of strings. */
static void
write_codes(struct jw *w, const char *s)
{
	int n = 0;

	jw_lit(w, "[");
	while (*s) {
		size_t len = strcspn(s, " ");
		if (len) {
			jw_lit(w, n++ ? ", " : "");
			jw_strn(w, s, len);
		}
		s += len + (s[len] == ' ');
	}
	jw_lit(w, "]");
}

static void
write_value(struct jw *w, const struct column *c, const struct field *f)
{
	switch (c->type) {
	case COL_ID: case COL_INT: case COL_REF:
		jw_int(w, f->i);
		break;
	case COL_BOOL:
		jw_lit(w, f->i ? "true" : "false");
		break;
	case COL_CODES:
		write_codes(w, f->s);
		break;
	default:
		jw_str(w, f->s);
		break;
	}
}

void
json_write_record(struct jw *w, const struct table *t, const struct field *row,
    int (*keep)(void *ctx, int col), void *ctx)
{
	int n = 0;

	jw_lit(w, "{");
	for (int i = 0; i < t->ncols; i++) {
		if (!row[i].present || (keep && !keep(ctx, i)))
			continue;
		jw_lit(w, n++ ? ", \"" : "\"");
		jw_lit(w, t->cols[i].name);
		jw_lit(w, "\": ");
		write_value(w, &t->cols[i], &row[i]);
	}
	jw_lit(w, "}");
}

static void
open_table(struct exporter *e)
{
	jw_lit(&e->w, ",\n\"");
	jw_lit(&e->w, e->table);
	jw_lit(&e->w, "\": [");
	e->table = NULL;
}

static int
write_row(void *ctx, const struct table *t, const struct field *row)
{
	struct exporter *e = ctx;
	int n = 0;

	if (e->table)
		open_table(e);
	jw_raw(&e->w, e->rows ? ",\n{" : "\n{", e->rows ? 3 : 2);
	e->rows++;
	for (int i = 0; i < t->ncols; i++) {
		if (!row[i].present)
			continue;
		/* The first field goes without its ", ". */
		jw_raw(&e->w, e->keys[i] + (n ? 0 : 2), e->keylen[i] - (n ? 0 : 2));
		n++;
		write_value(&e->w, &t->cols[i], &row[i]);
	}
	jw_lit(&e->w, "}");
	return e->w.err ? 1 : 0;
}

static int
write_tables(struct store *st, int64_t child_id, struct exporter *e)
{
	int n;
	const struct table *t = records_tables(&n);

	jw_lit(&e->w, "{\"format\": \"" JSON_FORMAT "\", \"version\": ");
	jw_int(&e->w, JSON_VERSION);
	for (int i = 0; i < n; i++) {
		e->table = t[i].name;
		if (!(t[i].flags & TABLE_OMIT_EMPTY))
			open_table(e);
		e->rows = 0;
		prepare_keys(e, &t[i]);
		if (store_scan(st, &t[i], child_id, write_row, e) < 0)
			return -1;
		if (e->w.err)
			return 0;
		if (!e->table)
			jw_lit(&e->w, e->rows ? "\n]" : "]");
	}
	jw_lit(&e->w, "\n}\n");
	return 0;
}

int
json_export(struct store *st, int64_t child_id, FILE *out, uint64_t *bytes, char *err,
    size_t errsize)
{
	struct exporter e;
	int rc;

	jw_init(&e.w, out);
	rc = store_begin_read(st);
	if (rc == 0)
		rc = write_tables(st, child_id, &e);
	if (rc < 0)
		snprintf(err, errsize, "%s", store_error(st));
	store_rollback(st);
	if (jw_flush(&e.w) < 0 && rc == 0) {
		snprintf(err, errsize, "cannot write the export: %s", strerror(e.w.err));
		rc = -1;
	}
	*bytes = e.w.written;
	jw_free(&e.w);
	return rc;
}
