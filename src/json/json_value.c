/*
 * json_value.c: one field of an imported record, checked against its column of the
 * registry (records.c) and kept in the record being read.
 *
 * What a value may be is the record layer's (records/rec_value.c: the same rules for a
 * form, a census return and this file); what is the JSON's own is here: each type takes
 * one JSON form: ids and whole numbers as JSON integers, text, dates and
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

#include "base/str.h"
#include "codes/codes.h"
#include "json/json_int.h"
#include "json/json_judge.h"
#include "records/rec.h"

const char *
imp_article(const char *noun)
{
	/* Enough for the registry's nouns: "an agency", "an adult", but "a user". */
	return strchr("aeio", noun[0]) ? "an" : "a";
}

void
imp_takes(const struct imp *im, int col, char *out, size_t size)
{
	rec_takes(im->t, col, out, size);
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
	return str_keep(im->text, sizeof im->text, &im->textlen, s, len);
}

/* A value the record layer refused: its message, as it gives it. */
static void
refused(struct imp *im, int col, const struct rec_error *why)
{
	im->bad |= 1u << col;
	imp_field_error(im, col, "%s", why->message);
}

static void
wrong(struct imp *im, int col, const struct jr_tok *t, const char *is_not, const char *use)
{
	struct rec_error why;

	json_judge_wrong(t, col, is_not, use, &why);
	refused(im, col, &why);
}

static void
read_integer(struct imp *im, int col, const struct jr_tok *t)
{
	struct rec_error why;
	int64_t v;

	if (!json_judge_integer(im->t, col, t, &v, &why)) {
		refused(im, col, &why);
		return;
	}
	im->row[col].present = 1;
	im->row[col].i = v;
}

/* Text, a date or a code: a JSON string, which the record layer then judges. */
static void
read_string(struct imp *im, int col, const struct jr_tok *t)
{
	struct rec_error why;

	if (!json_judge_string(im->t, col, t, &why)) {
		refused(im, col, &why);
		return;
	}
	im->row[col].s = keep(im, t->s, t->len);
	im->row[col].present = im->row[col].s != NULL;
}

/* One element of a list of codes: appended to list (space-separated) unless wrong. */
static void
code_element(struct imp *im, int col, const struct jr_tok *t, struct buf *list, uint64_t *had)
{
	const struct column *c = &im->t->cols[col];
	struct rec_error why;
	char use[160], what[96];

	if (t->kind != JR_STRING) {
		jr_describe(t, what, sizeof what);
		rec_codes_hint(c->list, use, sizeof use);
		im->bad |= 1u << col;
		imp_field_error(im, col, "%s in the list is not %s (use %s)", what,
		    im->plan[im->ti].list[col]->what, use);
		return;
	}
	if (!rec_value_list_code(c, t->s, t->len, had, &why)) {
		refused(im, col, &why);
		return;
	}
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
	} else if (c->type == COL_TEXT || c->type == COL_DATE || c->type == COL_CODE) {
		read_string(im, col, t);
	} else if (t->kind == JR_TRUE || t->kind == JR_FALSE) {
		im->row[col].present = 1;
		im->row[col].i = t->kind == JR_TRUE;
	} else {
		wrong(im, col, t, "true or false", "true or false, without quotes");
	}
	return jr_skip(im->r, t);
}
