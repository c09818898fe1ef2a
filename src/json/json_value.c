/*
 * json_value.c: one field of an imported record, checked against its column of the
 * registry (records.c) and kept in the record being read.
 *
 * Each type takes one JSON form: ids and whole numbers as JSON integers, text, dates and
 * codes as strings, booleans as true or false, lists of codes as arrays of strings; null
 * is the same as leaving the field out. Anything else is reported with the value as the
 * user wrote it and what the field takes instead, for example
 *     children[12].birth_date: "2019-02-30" is not a date (use YYYY-MM-DD)
 * A value of the wrong shape (an object where a date belongs) is skipped whole, so that
 * the rest of the file is still checked. Good values are copied into the record's text
 * buffer, which the column caps keep far below its size.
 */
#include <stdio.h>
#include <string.h>

#include "calendar/cal.h"
#include "codes/codes.h"
#include "json/json_int.h"

/* "one of M, F, U" or, for long lists, the first few and how many there are. */
static void
codes_hint(const struct code_list *l, char *out, size_t size)
{
	size_t o = (size_t)snprintf(out, size, "one of ");
	int shown = l->n <= 8 ? l->n : 6;

	for (int i = 0; i < shown && o < size; i++)
		o += (size_t)snprintf(out + o, size - o, "%s%s", i ? ", " : "", l->codes[i].code);
	if (shown < l->n && o < size)
		snprintf(out + o, size - o, " ... (%d codes)", l->n);
}

const char *
imp_article(const char *noun)
{
	/* Enough for the registry's nouns: "an agency", "an adult", but "a user". */
	return strchr("aeio", noun[0]) ? "an" : "a";
}

void
imp_takes(const struct imp *im, int col, char *out, size_t size)
{
	const struct column *c = &im->t->cols[col];
	int rt = im->plan[im->ti].ref[col];

	switch (c->type) {
	case COL_ID: snprintf(out, size, "a whole number from 1 to %lld", (long long)RECORDS_MAX_ID); break;
	case COL_INT: snprintf(out, size, "a whole number from %d to %d", c->min, c->max); break;
	case COL_TEXT: snprintf(out, size, "text of at most %d bytes", c->maxlen); break;
	case COL_DATE: snprintf(out, size, "a date, YYYY-MM-DD"); break;
	case COL_BOOL: snprintf(out, size, "true or false"); break;
	case COL_CODE:
		codes_hint(codes_list(c->list), out, size);
		break;
	case COL_CODES:
		snprintf(out, size, "a list of codes, each ");
		codes_hint(codes_list(c->list), out + strlen(out), size - strlen(out));
		break;
	case COL_REF:
		snprintf(out, size, "the id of %s %s", imp_article(im->tables[rt].noun),
		    im->tables[rt].noun);
		break;
	}
}

void
imp_show(const struct column *c, const struct field *f, char *out, size_t size)
{
	struct jr_tok t = {.kind = JR_STRING, .s = f->s};

	if (!f->present) {
		snprintf(out, size, "none");
	} else if (c->type == COL_BOOL) {
		snprintf(out, size, "%s", f->i ? "true" : "false");
	} else if (c->type == COL_ID || c->type == COL_INT || c->type == COL_REF) {
		snprintf(out, size, "%lld", (long long)f->i);
	} else if (c->type == COL_DATE) {
		snprintf(out, size, "%s", f->s);
	} else if (c->type == COL_CODES) {
		t.len = strlen(f->s);
		jr_describe(&t, out, size);
		out[0] = '[';
		if (strlen(out) > 0)
			out[strlen(out) - 1] = ']';
	} else {
		t.len = strlen(f->s);
		jr_describe(&t, out, size);
	}
}

/* Copies s into the record's text; NULL if it would not fit (no column is that large). */
static const char *
keep(struct imp *im, const char *s, size_t len)
{
	char *p;

	if (im->textlen + len + 1 > sizeof im->text)
		return NULL;
	p = im->text + im->textlen;
	memcpy(p, s, len);
	p[len] = '\0';
	im->textlen += len + 1;
	return p;
}

static void
wrong(struct imp *im, int col, const struct jr_tok *t, const char *is_not, const char *use)
{
	char what[96];

	jr_describe(t, what, sizeof what);
	im->bad |= 1u << col;
	imp_field_error(im, col, "%s is not %s (use %s)", what, is_not, use);
}

/* A JSON integer: digits with an optional minus, no point or exponent, within int64. */
static int
integer(const struct jr_tok *t, int64_t *v)
{
	*v = t->i;
	return t->kind == JR_NUMBER && t->is_int;
}

static void
read_integer(struct imp *im, int col, const struct jr_tok *t)
{
	const struct column *c = &im->t->cols[col];
	char use[64];
	int64_t v;

	if (c->type == COL_INT) {
		if (!integer(t, &v)) {
			imp_takes(im, col, use, sizeof use);
			wrong(im, col, t, "a whole number", use);
			return;
		}
		if (v < c->min || v > c->max) {
			imp_takes(im, col, use, sizeof use);
			im->bad |= 1u << col;
			imp_field_error(im, col, "%s is out of range (use %s)", t->s, use);
			return;
		}
	} else if (!integer(t, &v) || v <= 0 || v > RECORDS_MAX_ID) {
		imp_takes(im, col, use, sizeof use);
		wrong(im, col, t, "a record id", use);
		return;
	}
	im->row[col].present = 1;
	im->row[col].i = v;
}

static void
read_text(struct imp *im, int col, const struct jr_tok *t)
{
	const struct column *c = &im->t->cols[col];
	char what[96];

	if (t->kind != JR_STRING) {
		wrong(im, col, t, "text", "text in double quotes");
		return;
	}
	for (size_t i = 0; i < t->len; i++) {
		unsigned char b = (unsigned char)t->s[i], b2 = (unsigned char)t->s[i + 1];
		/* C0 controls, DEL, and C1 controls (U+0080-U+009F, UTF-8 C2 80-9F). */
		if (b < 0x20 || b == 0x7f || (b == 0xC2 && b2 >= 0x80 && b2 <= 0x9F)) {
			jr_describe(t, what, sizeof what);
			im->bad |= 1u << col;
			imp_field_error(im, col, "%s holds a control character (text is one "
			    "line of printable characters)", what);
			return;
		}
	}
	if (t->len > (size_t)c->maxlen) {
		im->bad |= 1u << col;
		imp_field_error(im, col, "text of %zu bytes is too long (at most %d)",
		    t->len, c->maxlen);
		return;
	}
	if (t->len == 0 && (c->flags & COL_REQUIRED)) {
		imp_takes(im, col, what, sizeof what);
		im->bad |= 1u << col;
		imp_field_error(im, col, "\"\" is empty (required: %s)", what);
		return;
	}
	im->row[col].s = keep(im, t->s, t->len);
	im->row[col].present = im->row[col].s != NULL;
}

static void
read_date(struct imp *im, int col, const struct jr_tok *t)
{
	cal_date d;

	if (t->kind != JR_STRING || t->nul || !cal_parse(t->s, &d)) {
		wrong(im, col, t, "a date", "YYYY-MM-DD");
		return;
	}
	im->row[col].s = keep(im, t->s, t->len);
	im->row[col].present = im->row[col].s != NULL;
}

static void
read_code(struct imp *im, int col, const struct jr_tok *t)
{
	const struct code_list *l = im->plan[im->ti].list[col];
	char use[160];

	if (t->kind != JR_STRING || t->nul || codes_index(l, t->s) < 0) {
		codes_hint(l, use, sizeof use);
		wrong(im, col, t, l->what, use);
		return;
	}
	im->row[col].s = keep(im, t->s, t->len);
	im->row[col].present = im->row[col].s != NULL;
}

/* One element of a list of codes: appended to list (space-separated) unless wrong. */
static void
code_element(struct imp *im, int col, const struct jr_tok *t, struct buf *list, uint64_t *had)
{
	const struct code_list *l = im->plan[im->ti].list[col];
	char use[160], what[96];
	int k;

	if (t->kind != JR_STRING || t->nul || (k = codes_index(l, t->s)) < 0) {
		jr_describe(t, what, sizeof what);
		codes_hint(l, use, sizeof use);
		im->bad |= 1u << col;
		imp_field_error(im, col, "%s in the list is not %s (use %s)", what, l->what,
		    use);
		return;
	}
	if (k < 64 && (*had >> k & 1)) {
		jr_describe(t, what, sizeof what);
		im->bad |= 1u << col;
		imp_field_error(im, col, "%s is in the list twice (list each code once)",
		    what);
		return;
	}
	*had |= k < 64 ? 1ull << k : 0;
	buf_printf(list, "%s%s", list->len ? " " : "", t->s);
}

static int
list_syntax(struct imp *im, const struct jr_tok *e, const char *expected)
{
	char what[96];

	if (e->kind == JR_EOF) {
		jr_fail(im->r, e->line, e->col, "the file ends inside a list of codes (is it cut "
		    "short?)");
	} else if (e->kind != JR_ERROR) {
		jr_describe(e, what, sizeof what);
		jr_fail(im->r, e->line, e->col, "expected %s in a list of codes, found %s", expected,
		    what);
	}
	return -1;
}

/* The elements of a list of codes, after its '['; list gets them space-separated. */
static int
read_elements(struct imp *im, int col, struct buf *list)
{
	struct jr_tok e;
	uint64_t had = 0;

	if (jr_next(im->r, &e) == JR_ARRAY_END)
		return 0;
	for (;;) {
		if (e.kind < JR_STRING && e.kind != JR_OBJECT && e.kind != JR_ARRAY)
			return list_syntax(im, &e, "a code");
		code_element(im, col, &e, list, &had);
		if (jr_skip(im->r, &e) < 0)
			return -1;
		if (jr_next(im->r, &e) == JR_ARRAY_END)
			return 0;
		if (e.kind != JR_COMMA)
			return list_syntax(im, &e, "',' or ']'");
		jr_next(im->r, &e);
	}
}

static int
read_codes(struct imp *im, int col, const struct jr_tok *t)
{
	const struct code_list *l = im->plan[im->ti].list[col];
	char example[40];
	int rc;

	if (t->kind != JR_ARRAY) {
		snprintf(example, sizeof example, "a list such as [\"%s\"]", l->codes[0].code);
		wrong(im, col, t, "a list", example);
		return jr_skip(im->r, t);
	}
	buf_reset(&im->scratch);
	rc = read_elements(im, col, &im->scratch);
	if (rc == 0 && !(im->bad >> col & 1)) {
		im->row[col].s = keep(im, buf_str(&im->scratch), im->scratch.len);
		im->row[col].present = im->row[col].s != NULL;
	}
	return rc;
}

int
imp_value(struct imp *im, int col, const struct jr_tok *t)
{
	const struct column *c = &im->t->cols[col];

	im->lines[col] = t->line;
	if (t->kind == JR_NULL)
		return 0;
	if (c->type == COL_CODES)
		return read_codes(im, col, t);
	if (c->type == COL_ID || c->type == COL_INT || c->type == COL_REF) {
		read_integer(im, col, t);
	} else if (c->type == COL_TEXT) {
		read_text(im, col, t);
	} else if (c->type == COL_DATE) {
		read_date(im, col, t);
	} else if (c->type == COL_CODE) {
		read_code(im, col, t);
	} else if (t->kind == JR_TRUE || t->kind == JR_FALSE) {
		im->row[col].present = 1;
		im->row[col].i = t->kind == JR_TRUE;
	} else {
		wrong(im, col, t, "true or false", "true or false, without quotes");
	}
	return jr_skip(im->r, t);
}
