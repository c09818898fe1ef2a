/*
 * rform_read.c: what a record's form sends, read into the record (rform.h). Each input
 * kind is turned into the one text its column takes (a date's three boxes into
 * YYYY-MM-DD, checkboxes into a list of codes, a tick into true or false), and that text
 * is judged by the record layer (rec_parse_text), so the messages are the same as those
 * of an import. A date typed wrongly is given to the record layer as typed, so it says
 * what is wrong with it.
 */
#include "web/rform.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "store/store.h"
#include "web/web_int.h"

const char *
rf_field_id(struct web_req *r, const struct rf_field *fd, const struct table *t)
{
	(void)t;
	if (fd->kind == RF_DATE)
		return arena_printf(&r->arena, "%s-day", fd->col);
	return fd->col;
}

static const char *
part(struct web_req *r, const char *col, const char *box)
{
	const char *v = web_kv_get(&r->form, arena_printf(&r->arena, "%s-%s", col, box));

	return v ? v : "";
}

static int
digits(const char *s, size_t lo, size_t hi)
{
	size_t n = strlen(s);

	if (n < lo || n > hi)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/* The three boxes as one date: "" when all are empty. */
static const char *
date_of(struct web_req *r, const char *col)
{
	const char *d = part(r, col, "day"), *m = part(r, col, "month");
	const char *y = part(r, col, "year");

	if (!*d && !*m && !*y)
		return "";
	if (digits(d, 1, 2) && digits(m, 1, 2) && digits(y, 4, 4))
		return arena_printf(&r->arena, "%s-%s%s-%s%s", y, m[1] ? "" : "0", m,
		    d[1] ? "" : "0", d);
	return arena_printf(&r->arena, "%s-%s-%s", *y ? y : "?", *m ? m : "?", *d ? d : "?");
}

/* Every value of the checkboxes named col, as a space-separated list. */
static const char *
codes_of(struct web_req *r, const char *col)
{
	const char *out = "";

	for (int i = 0; i < r->form.n; i++)
		if (strcmp(r->form.v[i].key, col) == 0 && r->form.v[i].value[0])
			out = arena_printf(&r->arena, "%s%s%s", out, *out ? " " : "",
			    r->form.v[i].value);
	return out;
}

const char *
rf_typed(struct web_req *r, const struct rf_field *fd)
{
	const char *v;

	switch (fd->kind) {
	case RF_DATE:
		return date_of(r, fd->col);
	case RF_CHECKS:
		return codes_of(r, fd->col);
	case RF_TICK:
		return web_kv_get(&r->form, fd->col) ? "true" : "false";
	default:
		v = web_kv_get(&r->form, fd->col);
		return v ? v : "";
	}
}

int
rf_read(struct web_req *r, const struct rf_spec *sp, struct web_form *f)
{
	for (int k = 0; k < sp->nfields; k++) {
		const struct rf_field *fd = &sp->fields[k];
		int c = records_col_index(f->t, fd->col);
		const char *typed;
		struct rec_error why;
		if (c < 0 || c >= FORM_MAX_COLS)
			continue;
		typed = rf_typed(r, fd);
		f->typed[c] = typed;
		if (!rec_parse_text(f->t, c, typed ? typed : "", &f->row[c], f->text + f->used,
		    sizeof f->text - f->used, &why)) {
			if (f->e.n < REC_MAX_ERRORS)
				f->e.v[f->e.n] = why;
			f->e.n++;
			continue;
		}
		if (f->row[c].s)
			f->used += strlen(f->row[c].s) + 1;
	}
	return f->e.n;
}

int
rf_load(struct web_req *r, struct web_form *f, int64_t id)
{
	struct field row[FORM_MAX_COLS];
	struct buf text;
	int rc;

	if (f->t->ncols > FORM_MAX_COLS)
		return -1;
	buf_init(&text, FORM_TEXT);
	rc = store_get(r->st, f->t, id, row, &text);
	for (int c = 0; rc == 1 && c < f->t->ncols; c++) {
		if (!row[c].present)
			continue;
		if (row[c].s)
			web_form_set_text(f, f->t->cols[c].name, row[c].s);
		else
			web_form_set_int(f, f->t->cols[c].name, row[c].i);
	}
	buf_free(&text);
	return rc;
}

int64_t
rf_child_household(struct web_req *r, int64_t child_id)
{
	struct web_form c;
	int col, rc;

	if (child_id <= 0)
		return 0;
	web_form_init(&c, "children");
	if ((rc = rf_load(r, &c, child_id)) <= 0)
		return rc < 0 ? -1 : 0;
	col = records_col_index(c.t, "household_id");
	return col >= 0 && c.row[col].present ? c.row[col].i : 0;
}
