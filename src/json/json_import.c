/*
 * json_import.c: reading a safeguard export back into the store (safeguard import json).
 *
 * The file is read once, as a stream (jread.c), by a small recursive descent over the
 * export's fixed shape: one object whose members are "format", "version" and tables,
 * each table a list of flat records. Each field is checked as it is read
 * (json_value.c), each record when it closes (json_check.c), references to later records
 * at the end. Every error is collected with the line it is on, in the form
 *     FILE:LINE: table[index].field: what is wrong (the fix)
 * so that one run shows the user everything to mend (the first JSON_MAX_ERRORS in full,
 * the rest counted). An error of JSON syntax, or a file that is not an export at all,
 * stops the reading there: what follows cannot be understood.
 *
 * Everything happens inside one store transaction (BEGIN IMMEDIATE), committed only when
 * the whole file is sound; any error rolls it back, so a bad file changes nothing, and a
 * process killed half way leaves nothing behind either (SQLite's journal sees to that).
 * The import's one audit entry is written in the same transaction, just before it commits.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "json/json_int.h"
#include "records/rec.h"
#include "store/store.h"

static void
add_error(struct imp *im, struct buf *msg)
{
	struct json_result *res = im->res;

	res->nerrors++;
	if (res->nkept < JSON_MAX_ERRORS)
		res->errors[res->nkept++] = xstrdup(buf_str(msg));
	buf_free(msg);
}

static void
verror(struct imp *im, long line, const char *prefix, const char *fmt, va_list ap)
{
	struct buf b;

	if (im->res->nkept >= JSON_MAX_ERRORS) {
		im->res->nerrors++;
		return;
	}
	buf_init(&b, 4096);
	if (line > 0)
		buf_printf(&b, "%s:%ld: ", im->name, line);
	else
		buf_printf(&b, "%s: ", im->name);
	buf_adds(&b, prefix);
	buf_vprintf(&b, fmt, ap);
	add_error(im, &b);
}

void
imp_error(struct imp *im, long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verror(im, line, "", fmt, ap);
	va_end(ap);
}

void
imp_field_error(struct imp *im, int col, const char *fmt, ...)
{
	char prefix[160];
	va_list ap;

	snprintf(prefix, sizeof prefix, "%s[%ld].%s: ", im->t->name, im->index,
	    im->t->cols[col].name);
	va_start(ap, fmt);
	verror(im, (im->seen >> col & 1) ? im->lines[col] : im->line, prefix, fmt, ap);
	va_end(ap);
}

void
imp_record_error(struct imp *im, const char *fmt, ...)
{
	char prefix[120];
	va_list ap;

	snprintf(prefix, sizeof prefix, "%s[%ld]: ", im->t->name, im->index);
	va_start(ap, fmt);
	verror(im, im->line, prefix, fmt, ap);
	va_end(ap);
}

/* Records a syntax error at t (unless the reader has one already); stops the reading. */
static int
syntax(struct imp *im, const struct jr_tok *t, const char *expected)
{
	char what[96];

	if (t->kind == JR_EOF) {
		jr_fail(im->r, t->line, t->col, "the file ends where %s should come (is it cut "
		    "short?)", expected);
	} else if (t->kind != JR_ERROR) {
		jr_describe(t, what, sizeof what);
		jr_fail(im->r, t->line, t->col, "expected %s, found %s", expected, what);
	}
	im->fatal = 1;
	return -1;
}

static int
is_value(const struct jr_tok *t)
{
	return t->kind == JR_OBJECT || t->kind == JR_ARRAY || t->kind >= JR_STRING;
}

/* A name as a message shows it: as written if it is a plain word, else quoted. */
static void
show_name(const struct jr_tok *t, char *out, size_t size)
{
	size_t i = 0;

	while (i < t->len && i < 40 && (t->s[i] == '_' || (t->s[i] >= 'a' && t->s[i] <= 'z') ||
	    (t->s[i] >= '0' && t->s[i] <= '9')))
		i++;
	if (i == t->len && i > 0)
		snprintf(out, size, "%s", t->s);
	else
		jr_describe(t, out, size);
}

static int
find_col(const struct imp *im, const struct jr_tok *t, int guess)
{
	const struct table *tb = im->t;
	const size_t *len = im->plan[im->ti].namelen;

	/* Fields usually come in the registry's order: try the next one first. */
	for (int k = 0; k <= tb->ncols; k++) {
		int i = k == 0 ? guess : k - 1;
		if (i < tb->ncols && len[i] == t->len && memcmp(tb->cols[i].name, t->s, t->len) == 0)
			return i;
	}
	return -1;
}

static void
unknown_field(struct imp *im, const struct jr_tok *t)
{
	char name[96];
	struct buf list;

	show_name(t, name, sizeof name);
	buf_init(&list, 4096);
	for (int i = 0; i < im->t->ncols; i++)
		buf_printf(&list, "%s%s", i ? ", " : "", im->t->cols[i].name);
	imp_error(im, t->line, "%s[%ld].%s: not a field of %s (its fields are: %s)", im->t->name,
	    im->index, name, im->t->name, buf_str(&list));
	buf_free(&list);
}

/* One field name of a record: its column, or -1 if it is unknown or given twice. */
static int
field_name(struct imp *im, const struct jr_tok *t, int guess)
{
	int col = find_col(im, t, guess);

	if (col < 0) {
		unknown_field(im, t);
	} else if (im->seen >> col & 1) {
		im->lines[col] = t->line;
		imp_field_error(im, col, "given twice (give each field once)");
		col = -1;
	}
	return col;
}

static void
begin_record(struct imp *im, int ti, long index, long line)
{
	im->t = &im->tables[ti];
	im->ti = ti;
	im->child_col = im->plan[ti].child_col;
	im->index = index;
	im->line = line;
	im->errors_before = im->res->nerrors;
	im->seen = im->bad = 0;
	im->textlen = 0;
	memset(im->row, 0, sizeof im->row[0] * (size_t)im->t->ncols);
}

static int
read_record(struct imp *im, int ti, long index, struct jr_tok *t)
{
	char what[96];
	int next = 0;

	begin_record(im, ti, index, t->line);
	if (t->kind != JR_OBJECT) {
		jr_describe(t, what, sizeof what);
		imp_record_error(im, "%s is not a record (write each record as {\"id\": 1, ...})",
		    what);
		return jr_skip(im->r, t);
	}
	if (jr_next(im->r, t) != JR_OBJECT_END) {
		for (;;) {
			int col;
			if (t->kind != JR_STRING)
				return syntax(im, t, "a field name in double quotes");
			col = field_name(im, t, next);
			if (jr_next(im->r, t) != JR_COLON)
				return syntax(im, t, "':' after a field name");
			jr_next(im->r, t);
			if (!is_value(t))
				return syntax(im, t, "a value");
			if (col >= 0) {
				im->seen |= 1u << col;
				next = col + 1;
			}
			if ((col >= 0 ? imp_value(im, col, t) : jr_skip(im->r, t)) < 0)
				return -1;
			if (jr_next(im->r, t) == JR_OBJECT_END)
				break;
			if (t->kind != JR_COMMA)
				return syntax(im, t, "',' or '}' after a field");
			jr_next(im->r, t);
		}
	}
	imp_end_record(im);
	return im->fatal ? -1 : 0;
}

static int
read_table(struct imp *im, int ti, struct jr_tok *t)
{
	char what[96];
	long index = 0;

	if (t->kind != JR_ARRAY) {
		jr_describe(t, what, sizeof what);
		imp_error(im, t->line, "%s: %s is not a list of records (write \"%s\": [{...}, "
		    "...])", im->tables[ti].name, what, im->tables[ti].name);
		return jr_skip(im->r, t);
	}
	if (jr_next(im->r, t) == JR_ARRAY_END)
		return 0;
	for (;;) {
		if (!is_value(t))
			return syntax(im, t, "a record");
		if (read_record(im, ti, index++, t) < 0)
			return -1;
		if (jr_next(im->r, t) == JR_ARRAY_END)
			return 0;
		if (t->kind != JR_COMMA)
			return syntax(im, t, "',' or ']' after a record");
		jr_next(im->r, t);
	}
}

static int
read_format(struct imp *im, const struct jr_tok *t, long line)
{
	char what[96];

	im->seen_format = 1;
	if (t->kind == JR_STRING && strcmp(t->s, JSON_FORMAT) == 0 && t->len == strlen(JSON_FORMAT))
		return 0;
	jr_describe(t, what, sizeof what);
	imp_error(im, line, "format: %s is not \"%s\" (this is not a safeguard export)", what,
	    JSON_FORMAT);
	im->fatal = 1;
	return -1;
}

static int
read_version(struct imp *im, const struct jr_tok *t, long line)
{
	char what[96];

	im->seen_version = 1;
	if (t->kind == JR_NUMBER && strcmp(t->s, "1") == 0)
		return 0;
	jr_describe(t, what, sizeof what);
	if (t->kind == JR_NUMBER && t->s[0] >= '1' && t->s[0] <= '9' && !strpbrk(t->s, ".eE"))
		imp_error(im, line, "version: %s is a newer format than this safeguard reads (it "
		    "reads version %d; use a newer safeguard)", what, JSON_VERSION);
	else
		imp_error(im, line, "version: %s is not a version of the format (use %d)", what,
		    JSON_VERSION);
	im->fatal = 1;
	return -1;
}

/* "pets": [...] where no such table exists, or a table given twice. */
static int
wrong_table(struct imp *im, struct jr_tok *t, const char *name, long line, int twice)
{
	struct buf list;

	buf_init(&list, 4096);
	for (int i = 0; i < im->ntables; i++)
		buf_printf(&list, "%s%s", i ? ", " : "", im->tables[i].name);
	if (twice)
		imp_error(im, line, "%s: given twice (give each table once)", name);
	else
		imp_error(im, line, "%s: not a table of a safeguard export (the tables are: %s)",
		    name, buf_str(&list));
	buf_free(&list);
	return jr_skip(im->r, t);
}

/* One member of the file's object: t is its name. */
static int
read_member(struct imp *im, struct jr_tok *t)
{
	char name[96];
	long line = t->line;
	const struct table *tb = NULL;
	int ti;

	show_name(t, name, sizeof name);
	if (strlen(t->s) == t->len)
		tb = records_table(t->s);
	if (jr_next(im->r, t) != JR_COLON)
		return syntax(im, t, "':' after a name");
	jr_next(im->r, t);
	if (!is_value(t))
		return syntax(im, t, "a value");
	if (strcmp(name, "format") == 0 && !im->seen_format)
		return read_format(im, t, line);
	if (strcmp(name, "version") == 0 && !im->seen_version)
		return read_version(im, t, line);
	if (strcmp(name, "format") == 0 || strcmp(name, "version") == 0)
		return wrong_table(im, t, name, line, 1);
	if (!tb)
		return wrong_table(im, t, name, line, 0);
	ti = (int)(tb - im->tables);
	if (im->seen_table[ti])
		return wrong_table(im, t, name, line, 1);
	im->seen_table[ti] = 1;
	return read_table(im, ti, t);
}

static void
read_file(struct imp *im)
{
	struct jr_tok t;
	char what[96];

	if (jr_next(im->r, &t) == JR_EOF) {
		imp_error(im, 0, "the file is empty (a safeguard export starts {\"format\": "
		    "\"safeguard\", \"version\": 1, ...)");
		im->fatal = 1;	/* nothing more to say of it: not that it lacks a format */
		return;
	}
	if (t.kind != JR_OBJECT) {
		if (t.kind != JR_ERROR) {
			jr_describe(&t, what, sizeof what);
			imp_error(im, t.line, "this is not a safeguard export: it starts with %s "
			    "where {\"format\": \"safeguard\", ... belongs", what);
		}
		im->fatal = 1;
		return;
	}
	if (jr_next(im->r, &t) != JR_OBJECT_END) {
		for (;;) {
			if (t.kind != JR_STRING) {
				syntax(im, &t, "a table name in double quotes");
				return;
			}
			if (read_member(im, &t) < 0)
				return;
			if (jr_next(im->r, &t) == JR_OBJECT_END)
				break;
			if (t.kind != JR_COMMA) {
				syntax(im, &t, "',' or '}' after a table");
				return;
			}
			jr_next(im->r, &t);
		}
	}
	if (jr_next(im->r, &t) != JR_EOF && t.kind != JR_ERROR) {
		jr_describe(&t, what, sizeof what);
		imp_error(im, t.line, "more after the end of the export: %s (a file holds one "
		    "export)", what);
	}
}

static void
imp_init(struct imp *im, struct store *st, struct jr *r, const char *name,
    struct json_result *res)
{
	im->st = st;
	im->r = r;
	im->name = name;
	im->res = res;
	im->tables = records_tables(&im->ntables);
	im->child_table = (int)(records_table("children") - im->tables);
	im->ids = xcalloc((size_t)im->ntables, sizeof *im->ids);
	im->keys = xcalloc((size_t)im->ntables, sizeof *im->keys);
	im->seen_table = xcalloc((size_t)im->ntables, 1);
	imp_plan_tables(im);
	imp_orders_init(im);
	im->reader = store_reader_new(st);
	buf_init(&im->oldtext, 1u << 20);
	buf_init(&im->scratch, 1u << 16);
	memset(res, 0, sizeof *res);
	res->created = xcalloc((size_t)im->ntables, sizeof *res->created);
	res->unchanged = xcalloc((size_t)im->ntables, sizeof *res->unchanged);
}

static void
imp_free(struct imp *im)
{
	for (int i = 0; i < im->ntables; i++) {
		idmap_free(&im->ids[i]);
		strset_free(&im->keys[i]);
	}
	xfree(im->ids);
	xfree(im->keys);
	xfree(im->seen_table);
	xfree(im->plan);
	xfree(im->pend);
	imp_orders_free(im);
	store_reader_free(im->reader);
	if (im->batch)
		imp_batch_free(im->batch);
	buf_free(&im->oldtext);
	buf_free(&im->scratch);
	xfree(im);
}

/* After the last byte: syntax errors, references to later records, the file's header. */
static void
finish_file(struct imp *im)
{
	struct buf b;

	if (im->r->failed) {
		buf_init(&b, 4096);
		buf_printf(&b, "%s:%ld:%ld: %s", im->name, im->r->err_line, im->r->err_col,
		    im->r->err);
		add_error(im, &b);
		return;
	}
	if (im->fatal)
		return;
	imp_resolve_pending(im);
	if (!im->seen_format)
		imp_error(im, 0, "the file has no \"format\": \"safeguard\" (is it a safeguard "
		    "export? one starts {\"format\": \"safeguard\", \"version\": 1, ...)");
	else if (!im->seen_version)
		imp_error(im, 0, "the file has no \"version\" (add \"version\": %d after "
		    "\"format\")", JSON_VERSION);
}

/* The import's one transaction: into an empty store by the batch, else a statement a
 * record (json_batch.c says why). */
static int
begin(struct imp *im)
{
	int empty = store_holds_nothing(im->st);

	if (empty < 0)
		return -1;
	if (empty) {
		if (!(im->bulk = store_bulk_open(im->st)))
			return -1;
		im->batch = imp_batch_new();
		return 0;
	}
	store_cache_size(im->st, 512);
	return store_import_begin(im->st);
}

static int
end(struct imp *im, int commit)
{
	int rc;

	if (!im->bulk)
		return store_import_end(im->st, commit);
	if (commit && imp_batch_flush(im) < 0) {
		store_bulk_close(im->bulk, 0);
		return -1;
	}
	rc = store_bulk_close(im->bulk, commit);
	return commit ? rc : 0;
}

/* {"created": {"children": 3, ...}, "unchanged": {...}}: tables with none left out. */
static void
counts(struct buf *b, const char *name, const struct imp *im, const long *n)
{
	int k = 0;

	buf_printf(b, "\"%s\": {", name);
	for (int i = 0; i < im->ntables; i++)
		if (n[i])
			buf_printf(b, "%s\"%s\": %ld", k++ ? ", " : "", im->tables[i].name, n[i]);
	buf_addc(b, '}');
}

/* The import's one audit entry, inside its transaction: it commits with the records. */
static void
audit_import(struct imp *im, const struct rec_actor *who)
{
	struct buf detail;

	buf_init(&detail, 1u << 16);
	buf_addc(&detail, '{');
	counts(&detail, "created", im, im->res->created);
	buf_adds(&detail, ", ");
	counts(&detail, "unchanged", im, im->res->unchanged);
	buf_addc(&detail, '}');
	if (rec_audit(im->st, who, "import", im->name, buf_str(&detail)) < 0)
		imp_error(im, 0, "the audit trail could not be written, so nothing was imported: "
		    "%s", store_error(im->st));
	buf_free(&detail);
}

int
json_import(struct store *st, const struct rec_actor *who, struct jr *r, const char *name,
    int check_only, struct json_result *res)
{
	struct imp *im = xcalloc(1, sizeof *im);
	int journal;

	imp_init(im, st, r, name, res);
	/* A check writes nothing, so it leaves the journal as it is. */
	journal = !check_only && store_large_write_begin(st);
	if (begin(im) < 0) {
		imp_error(im, 0, "%s", store_error(st));
	} else {
		read_file(im);
		finish_file(im);
		if (res->nerrors == 0 && !check_only && !im->fatal)
			audit_import(im, who);
		if (end(im, res->nerrors == 0 && !check_only) < 0)
			imp_error(im, 0, "the store could not commit the import: %s",
			    store_error(st));
	}
	if (journal && store_large_write_end(st) < 0 && res->nerrors == 0)
		imp_error(im, 0, "%s (the import itself was committed)", store_error(st));
	res->bytes = jr_offset(r);
	imp_free(im);
	return res->nerrors ? -1 : 0;
}

void
json_result_free(struct json_result *res)
{
	for (int i = 0; i < res->nkept; i++)
		xfree(res->errors[i]);
	xfree(res->created);
	xfree(res->unchanged);
	memset(res, 0, sizeof *res);
}
