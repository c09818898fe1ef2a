/*
 * form.c: a form is one record (form.h). Its fields have the names of the record's
 * columns (records.c), so reading a form is reading each column's text with
 * rec_parse_text and checking the whole with rec_save, and every message a form shows
 * is the record layer's, with the field's label in front (the GOV.UK error summary
 * links each one to its field). What was typed is kept and shown again, right or wrong.
 */
#include "web/form.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "web/snapshot.h"
#include "web/web_int.h"

void
web_form_init(struct web_form *f, const char *table)
{
	memset(f, 0, sizeof *f);
	f->t = records_table(table);
}

static char *
keep(struct web_form *f, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p;

	if (f->used + n > sizeof f->text)
		return NULL;
	p = f->text + f->used;
	memcpy(p, s, n);
	f->used += n;
	return p;
}

void
web_form_set_int(struct web_form *f, const char *col, int64_t v)
{
	int c = records_col_index(f->t, col);

	if (c >= 0)
		f->row[c] = (struct field){1, v, NULL};
}

void
web_form_set_text(struct web_form *f, const char *col, const char *s)
{
	int c = records_col_index(f->t, col);

	if (c >= 0 && s)
		f->row[c] = (struct field){1, 0, keep(f, s)};
	if (c >= 0 && s && !f->row[c].s)
		f->row[c].present = 0;
}

static void
add_error(struct web_form *f, const struct rec_error *why)
{
	if (f->e.n < REC_MAX_ERRORS)
		f->e.v[f->e.n] = *why;
	f->e.n++;
}

int
web_form_read(struct web_req *r, struct web_form *f, const char *const *cols)
{
	for (int k = 0; cols[k]; k++) {
		int c = records_col_index(f->t, cols[k]);
		const char *typed = web_kv_get(&r->form, cols[k]);
		struct rec_error why;
		size_t room = sizeof f->text - f->used;
		if (c < 0 || c >= FORM_MAX_COLS)
			continue;
		f->typed[c] = typed;
		if (!rec_parse_text(f->t, c, typed ? typed : "", &f->row[c], f->text + f->used,
		    room, &why)) {
			add_error(f, &why);
			continue;
		}
		if (f->row[c].s)
			f->used += strlen(f->row[c].s) + 1;
	}
	return f->e.n;
}

struct rec_actor
web_actor(const struct web_req *r)
{
	return (struct rec_actor){r->user.id, r->user.username, r->user.role, r->addr, r->reason,
	    r->via_token ? "api" : "web"};
}

int
web_form_save(struct web_req *r, struct web_form *f)
{
	struct rec_actor who = web_actor(r);

	int rc;

	if (f->e.n)
		return -1;
	rc = rec_save(r->st, &who, f->t, f->row, &f->e);
	/* The page after a save shows the area as it now is. */
	if (rc > 0)
		web_snapshot_fresh(r);
	return rc;
}

/* A column's name in words, for the label in front of its errors: "Birth date". */
static const char *
label(struct web_req *r, const struct web_form *f, int col)
{
	char *w = arena_strdup(&r->arena, f->t->cols[col].name);

	for (char *p = w; p && *p; p++)
		if (*p == '_')
			*p = ' ';
	if (w && *w >= 'a' && *w <= 'z')
		*w = (char)(*w - 'a' + 'A');
	return w ? w : "";
}

int
web_form_errors(struct web_req *r, const struct web_form *f, struct h_field_error *out, int max)
{
	int n = 0;

	for (int i = 0; i < f->e.n && i < REC_MAX_ERRORS && n < max; i++) {
		int col = f->e.v[i].col;
		out[n].field = col >= 0 ? f->t->cols[col].name : "main-content";
		out[n].message = col >= 0 ? arena_printf(&r->arena, "%s: %s", label(r, f, col),
		    f->e.v[i].message) : arena_strdup(&r->arena, f->e.v[i].message);
		if (out[n].message)
			n++;
	}
	return n;
}

const char *
web_form_error(const struct web_form *f, const char *col)
{
	int c = records_col_index(f->t, col);

	for (int i = 0; c >= 0 && i < f->e.n && i < REC_MAX_ERRORS; i++)
		if (f->e.v[i].col == c)
			return f->e.v[i].message;
	return NULL;
}

const char *
web_form_value(struct web_req *r, const struct web_form *f, const char *col)
{
	int c = records_col_index(f->t, col);

	if (c < 0)
		return NULL;
	if (f->typed[c])
		return f->typed[c];
	if (!f->row[c].present)
		return NULL;
	if (f->row[c].s)
		return f->row[c].s;
	return arena_printf(&r->arena, "%lld", (long long)f->row[c].i);
}
