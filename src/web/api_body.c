/*
 * api_body.c: the body of an API write, read into a record's row (api_body.h).
 *
 * A body comes from a program, perhaps a hostile one, so it is judged before anything is
 * parsed: its size (API_BODY_MAX), no NUL byte and well-formed UTF-8 throughout (a
 * message then says where). It is then read by the JSON tokenizer the import uses, with
 * limits cut to one record, and must be exactly one object. Each of its names must be a
 * field of the table, given once; each value takes the JSON form the export writes for
 * its column (ids and whole numbers as integers, text, dates and codes as strings,
 * booleans as true or false, lists of codes as arrays of strings, null for none), and
 * then the record layer's rules for a value (rec_value_*), whose words the answer gives
 * unchanged. The whole record (required fields, date orders, references) is the record
 * layer's to judge when it is saved, not this file's.
 */
#include "web/api_body.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/str.h"
#include "codes/codes.h"
#include "json/jread.h"
#include "json/json_judge.h"

static const struct jr_limits body_limits = {
	.max_file = API_BODY_MAX,
	.max_string = API_BODY_MAX,	/* a long value is the record layer's to refuse, by field */
	.max_depth = 3,		/* the object, a list of codes, and one more to say so */
	.max_number = 40,
};

struct rd {
	struct api_body *b;
	struct jr jr;
};

static size_t bad_utf8_at(const unsigned char *s, size_t n);

/* A message goes into a JSON answer, so it must be UTF-8 whatever it quotes: a quotation
 * cut short in the middle of a character (jr_describe, the message's own size) loses
 * the bytes left over, each shown as '?'. */
static void
clean_utf8(char *s)
{
	size_t n = strlen(s), at;

	while ((at = bad_utf8_at((const unsigned char *)s, n)) != (size_t)-1)
		s[at] = '?';
}

static void
add(struct api_body *b, int status, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void
add(struct api_body *b, int status, const char *field, const char *fmt, ...)
{
	va_list ap;

	if (!b->status || b->status == 422)
		b->status = status;
	if (b->n < REC_MAX_ERRORS) {
		struct api_body_error *e = &b->e[b->n];
		str_copy(e->field, sizeof e->field, field ? field : "");
		va_start(ap, fmt);
		vsnprintf(e->message, sizeof e->message, fmt, ap);
		va_end(ap);
		clean_utf8(e->message);
	}
	b->n++;
}

/* The name of a column whose value is refused, which is marked so. */
static const char *
col_name(const struct rd *x, int col)
{
	x->b->bad |= 1u << col;
	return x->b->t->cols[col].name;
}

/* ---- Before parsing: size, NUL bytes, UTF-8 ---- */

static size_t
bad_utf8_at(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned c = s[i];
		size_t need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ?
		    2 : c >= 0xF0 && c <= 0xF4 ? 3 : 9;
		unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
		unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
		if (need == 9 || i + need >= n)
			return i;
		for (size_t k = 1; k <= need; k++, lo = 0x80, hi = 0xBF)
			if (s[i + k] < lo || s[i + k] > hi)
				return i;
		i += need + 1;
	}
	return (size_t)-1;
}

static int
judge_bytes(struct api_body *b, const unsigned char *s, size_t size)
{
	const unsigned char *nul;
	size_t bad;

	if (size > API_BODY_MAX)
		return add(b, 413, NULL, "the body is %zu bytes; an API write takes at most %u "
		    "(one record)", size, API_BODY_MAX), -1;
	if (size == 0)
		return add(b, 400, NULL, "the body is empty: send the record's fields as one JSON "
		    "object, {\"field\": value, ...}"), -1;
	if ((nul = memchr(s, 0, size)))
		return add(b, 400, NULL, "the body holds a NUL byte (at byte %zu): send JSON "
		    "text in UTF-8", (size_t)(nul - s)), -1;
	if ((bad = bad_utf8_at(s, size)) != (size_t)-1)
		return add(b, 400, NULL, "the body is not UTF-8 (byte %zu is 0x%02X): send JSON "
		    "text in UTF-8", bad, (unsigned)s[bad]), -1;
	return 0;
}

/* ---- Values ---- */

static void
wrong(struct rd *x, int col, const struct jr_tok *t, const char *is_not, const char *use)
{
	struct rec_error why;

	json_judge_wrong(t, col, is_not, use, &why);
	add(x->b, 422, col_name(x, col), "%s", why.message);
}

static const char *
keep(struct api_body *b, const char *s, size_t len)
{
	return str_keep(b->text, sizeof b->text, &b->used, s, len);
}

static void
set_text(struct rd *x, int col, const char *s, size_t len)
{
	struct field *f = &x->b->row[col];

	f->s = keep(x->b, s, len);
	f->present = f->s != NULL;
	if (!f->s)
		add(x->b, 422, col_name(x, col), "too long: the body's text is more than a record "
		    "holds");
}

static void
read_integer(struct rd *x, int col, const struct jr_tok *t)
{
	struct rec_error why;
	int64_t v;

	if (json_judge_integer(x->b->t, col, t, &v, &why))
		x->b->row[col] = (struct field){1, v, NULL};
	else
		add(x->b, 422, col_name(x, col), "%s", why.message);
}

static void
read_string(struct rd *x, int col, const struct jr_tok *t)
{
	struct rec_error why;

	if (json_judge_string(x->b->t, col, t, &why))
		set_text(x, col, t->s, t->len);
	else
		add(x->b, 422, col_name(x, col), "%s", why.message);
}

static int
list_syntax(struct rd *x, const struct jr_tok *e, const char *expected)
{
	char what[96];

	if (e->kind != JR_ERROR) {
		jr_describe(e, what, sizeof what);
		jr_fail(&x->jr, e->line, e->col, "expected %s in a list of codes, found %s",
		    expected, what);
	}
	return -1;
}

/* An element of a list of codes that is not a string (why NULL), or not a code the list
 * takes once. */
static void
code_refused(struct rd *x, int col, const struct jr_tok *e, const struct rec_error *why)
{
	const struct column *c = &x->b->t->cols[col];
	const struct code_list *l = codes_list(c->list);
	char what[96], use[160];

	if (why) {
		add(x->b, 422, col_name(x, col), "%s", why->message);
		return;
	}
	jr_describe(e, what, sizeof what);
	rec_codes_hint(c->list, use, sizeof use);
	add(x->b, 422, col_name(x, col), "%s in the list is not %s (use %s)", what,
	    l ? l->what : "a code", use);
}

/* A list of codes: an array of strings, each a code of the column's list, once. */
static int
read_codes(struct rd *x, int col, const struct jr_tok *t)
{
	const struct column *c = &x->b->t->cols[col];
	const struct code_list *l = codes_list(c->list);
	char list[1024], use[160];
	size_t len = 0;
	uint64_t had = 0;
	struct rec_error why;
	struct jr_tok e;
	int bad = 0;

	if (t->kind != JR_ARRAY) {
		snprintf(use, sizeof use, "a list such as [\"%s\"]", l && l->n ? l->codes[0].code :
		    "CODE");
		wrong(x, col, t, "a list", use);
		return jr_skip(&x->jr, t);
	}
	list[0] = '\0';
	for (int k = 0;; k++) {
		if (jr_next(&x->jr, &e) == JR_ARRAY_END && k == 0)
			break;
		if (k && e.kind == JR_ARRAY_END)
			break;
		if (k && e.kind != JR_COMMA)
			return list_syntax(x, &e, "',' or ']'");
		if (k)
			jr_next(&x->jr, &e);
		if (e.kind < JR_STRING && e.kind != JR_OBJECT && e.kind != JR_ARRAY)
			return list_syntax(x, &e, "a code");
		if (e.kind != JR_STRING || !rec_value_list_code(c, e.s, e.len, &had, &why)) {
			code_refused(x, col, &e, e.kind == JR_STRING ? &why : NULL);
			bad = 1;
		} else if (len + e.len + 2 < sizeof list) {
			len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", len ? " " : "",
			    e.s);
		}
		if (jr_skip(&x->jr, &e) < 0)
			return -1;
	}
	if (!bad)
		set_text(x, col, list, len);
	return 0;
}

/* The value of column col, beginning with token t; -1 when the JSON is broken. */
static int
read_value(struct rd *x, int col, const struct jr_tok *t)
{
	const struct column *c = &x->b->t->cols[col];

	x->b->given |= 1u << col;
	if (t->kind == JR_NULL)
		return 0;
	if (c->type == COL_CODES)
		return read_codes(x, col, t);
	if (c->type == COL_ID || c->type == COL_INT || c->type == COL_REF)
		read_integer(x, col, t);
	else if (c->type == COL_TEXT || c->type == COL_DATE || c->type == COL_CODE)
		read_string(x, col, t);
	else if (t->kind == JR_TRUE || t->kind == JR_FALSE)
		x->b->row[col] = (struct field){1, t->kind == JR_TRUE, NULL};
	else
		wrong(x, col, t, "true or false", "true or false, without quotes");
	return jr_skip(&x->jr, t);
}

/* ---- The object ---- */

/* "id, child_id, received_date, ..." for a message, cut to fit. */
static void
field_names(const struct table *t, char *out, size_t size)
{
	size_t o = 0;

	out[0] = '\0';
	for (int i = 0; i < t->ncols && o + 1 < size; i++)
		o += (size_t)snprintf(out + o, size - o, "%s%s", i ? ", " : "", t->cols[i].name);
}

/* The column a name is, or -1 (said). */
static int
column_of(struct rd *x, const struct jr_tok *k)
{
	const struct table *t = x->b->t;
	char shown[64], names[200];
	int col = k->nul || k->len > 64 ? -1 : records_col_index(t, k->s);

	if (col >= 0 && col < API_BODY_COLS) {
		if (!(x->b->given >> col & 1))
			return col;
		add(x->b, 422, k->s, "given twice (give each field once)");
		return -1;
	}
	rec_show_text(k->s, k->len, shown, sizeof shown);
	field_names(t, names, sizeof names);
	add(x->b, 422, k->nul || k->len > 64 ? "" : k->s, "%s is not a field of %s %s (its "
	    "fields: %s)", shown, strchr("aeio", t->noun[0]) ? "an" : "a", t->noun, names);
	return -1;
}

/* The members after '{': 0, or -1 when the JSON is broken. */
static int
read_members(struct rd *x)
{
	struct jr_tok k, v;
	int col;

	if (jr_next(&x->jr, &k) == JR_OBJECT_END)
		return 0;
	for (;;) {
		if (k.kind == JR_EOF)
			return jr_fail(&x->jr, k.line, k.col, "the body ends inside its object (is "
			    "it cut short?)"), -1;
		if (k.kind != JR_STRING)
			return jr_fail(&x->jr, k.line, k.col, "expected a field name in double "
			    "quotes"), -1;
		col = column_of(x, &k);
		if (jr_next(&x->jr, &v) != JR_COLON)
			return jr_fail(&x->jr, v.line, v.col, "expected ':' after a field name"), -1;
		jr_next(&x->jr, &v);
		if (v.kind < JR_STRING && v.kind != JR_OBJECT && v.kind != JR_ARRAY)
			return jr_fail(&x->jr, v.line, v.col, "expected a value"), -1;
		if (col >= 0 ? read_value(x, col, &v) < 0 : jr_skip(&x->jr, &v) < 0)
			return -1;
		if (jr_next(&x->jr, &k) == JR_OBJECT_END)
			return 0;
		if (k.kind == JR_EOF)
			return jr_fail(&x->jr, k.line, k.col, "the body ends inside its object (is "
			    "it cut short?)"), -1;
		if (k.kind != JR_COMMA)
			return jr_fail(&x->jr, k.line, k.col, "expected ',' or '}' after a value"), -1;
		jr_next(&x->jr, &k);
	}
}

static int
read_object(struct rd *x)
{
	struct jr_tok t;
	char what[96];

	if (jr_next(&x->jr, &t) != JR_OBJECT) {
		if (t.kind == JR_ERROR)
			return -1;
		if (t.kind == JR_EOF)
			return add(x->b, 400, NULL, "the body holds only spaces: send the record's "
			    "fields as one JSON object, {\"field\": value, ...}"), 0;
		jr_describe(&t, what, sizeof what);
		add(x->b, 400, NULL, "the body is %s, not a JSON object (send the record's fields "
		    "as {\"field\": value, ...})", what);
		return 0;
	}
	if (read_members(x) < 0)
		return -1;
	if (jr_next(&x->jr, &t) != JR_EOF) {
		if (t.kind != JR_ERROR)
			add(x->b, 400, NULL, "the body holds more than one JSON object (send one "
			    "record)");
		return t.kind == JR_ERROR ? -1 : 0;
	}
	return 0;
}

int
api_body_read(struct api_body *b, const struct table *t, const void *data, size_t size)
{
	struct rd x;

	memset(b, 0, sizeof *b);
	b->t = t;
	if (!t || t->ncols > API_BODY_COLS)
		return add(b, 400, NULL, "no such table"), -1;
	if (judge_bytes(b, data, size) < 0)
		return -1;
	memset(&x, 0, sizeof x);
	x.b = b;
	jr_init_mem(&x.jr, data, size, &body_limits);
	if (read_object(&x) < 0) {
		b->n = 0;	/* what the fields held is beside the point */
		add(b, 400, NULL, "the body is not JSON: line %ld, column %ld: %s", x.jr.err_line,
		    x.jr.err_col, x.jr.err);
	}
	jr_free(&x.jr);
	if (b->status == 400 || b->status == 413)
		memset(b->row, 0, sizeof b->row), b->given = 0;
	return b->n ? -1 : 0;
}
