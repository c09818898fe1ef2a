/*
 * records_conflict.c: the panel of a form refused because its record changed since the
 * form was opened: who changed it, when, and which fields, read from the audit trail
 * (each change's entry holds the fields it changed, "before" as they were and "after"
 * as they became). Beside it, a table of each field changed: as it was when the form was
 * opened (the "before" of the first change since), as it is stored now, and as the
 * person typed it, each in the form's words. What the person typed is kept in the form
 * below it.
 */
#include "web/records_page.h"

#include <string.h>

#include "json/jread.h"
#include "store/store.h"
#include "web/web_int.h"

struct panel {
	struct web_req *r;
	const struct rp_form *p;
	int n;
	int changed[FORM_MAX_COLS];	/* by anyone since the form was opened */
	const char *opened[FORM_MAX_COLS];	/* the value then, as the trail gives it */
};

/* The text of the value that begins with t, as its column takes it: a list of codes
 * space-separated, null as "". NULL when the JSON cannot be read. */
static const char *
value_text(struct web_req *r, struct jr *j, const struct jr_tok *t)
{
	struct jr_tok e;
	const char *out = "";

	switch (t->kind) {
	case JR_STRING:
	case JR_NUMBER:
		return arena_strdup(&r->arena, t->s);
	case JR_TRUE:
		return "true";
	case JR_FALSE:
		return "false";
	case JR_NULL:
		return "";
	case JR_ARRAY:
		while (jr_next(j, &e) != JR_ARRAY_END && out)
			if (e.kind == JR_STRING)
				out = arena_printf(&r->arena, "%s%s%s", out, *out ? " " : "", e.s);
			else if (e.kind != JR_COMMA)
				return NULL;
		return out;
	default:
		return NULL;
	}
}

/* One side of an entry's detail ({"name": value, ...}): the columns it names marked in
 * mine; a "before" side's values kept as the values opened, the first time each is met. */
static int
read_side(struct panel *x, struct jr *j, int before, int *mine)
{
	const struct table *t = x->p->f->t;
	struct jr_tok k, v;
	const char *text;
	char key[64];
	int c;

	while (jr_next(j, &k) != JR_OBJECT_END) {
		if (k.kind == JR_COMMA)
			continue;
		if (k.kind != JR_STRING || k.len >= sizeof key)
			return -1;
		memcpy(key, k.s, k.len + 1);
		if (jr_next(j, &v) != JR_COLON || jr_next(j, &v) == JR_ERROR)
			return -1;
		if (!(text = value_text(x->r, j, &v)))
			return -1;
		c = records_col_index(t, key);
		if (c <= 0 || c >= FORM_MAX_COLS)
			continue;
		mine[c] = 1;
		if (before && !x->changed[c])
			x->opened[c] = text;
	}
	return 0;
}

/* The columns the entry's detail names, in mine; the values opened kept. */
static void
read_detail(struct panel *x, const char *detail, int *mine)
{
	struct jr j;
	struct jr_tok k, v;

	if (!detail)
		return;
	jr_init_mem(&j, detail, strlen(detail), &jr_default_limits);
	if (jr_next(&j, &k) == JR_OBJECT)
		while (jr_next(&j, &k) == JR_STRING) {
			int before = strcmp(k.s, "before") == 0;
			if (jr_next(&j, &v) != JR_COLON || jr_next(&j, &v) != JR_OBJECT ||
			    read_side(x, &j, before, mine) < 0 || jr_next(&j, &k) != JR_COMMA)
				break;
		}
	jr_free(&j);
}

static const struct rf_field *
field_of(const struct rf_spec *sp, const char *col)
{
	for (int k = 0; k < sp->nfields; k++)
		if (strcmp(sp->fields[k].col, col) == 0)
			return &sp->fields[k];
	return NULL;
}

static const char *
label_of(const struct rp_form *p, int c)
{
	const struct rf_field *fd = field_of(p->spec, p->f->t->cols[c].name);

	return fd ? fd->label : p->f->t->cols[c].name;
}

/* "Date received, Source" of the fields the entry changed, in the form's words. */
static const char *
fields_changed(struct panel *x, const char *detail)
{
	int mine[FORM_MAX_COLS] = {0};
	const char *out = "";

	read_detail(x, detail, mine);
	for (int c = 1; c < x->p->f->t->ncols && c < FORM_MAX_COLS && out; c++) {
		if (!mine[c])
			continue;
		x->changed[c] = 1;
		out = arena_printf(&x->r->arena, "%s%s%s", out, *out ? ", " : "", label_of(x->p, c));
	}
	return out && *out ? out : "the record";
}

static int
entry_line(void *ctx, const struct audit_entry *e)
{
	struct panel *x = ctx;
	char when[20];

	if (strcmp(e->action, "change") != 0 && strcmp(e->action, "create") != 0)
		return 0;
	memcpy(when, e->at, 16);
	when[16] = '\0';
	if (when[10] == 'T')
		when[10] = ' ';
	x->n++;
	h(x->r, "<li>%s (%s) at %s UTC changed: %s</li>", e->username ? e->username : "someone",
	    e->role ? web_role_name(web_role_bit(e->role)) : "", when, fields_changed(x, e->detail));
	return x->n >= 50;
}

/* Each field changed: as it was opened, as it is now, and as it was typed. */
static void
changes_table(struct panel *x)
{
	struct web_req *r = x->r;
	const struct rp_form *p = x->p;
	const struct table *t = p->f->t;
	int rows = 0;

	for (int c = 1; c < t->ncols && c < FORM_MAX_COLS; c++) {
		const struct rf_field *fd = field_of(p->spec, t->cols[c].name);
		if (!x->changed[c])
			continue;
		if (rows++ == 0)
			h(r, "<table class=\"govuk-table\" id=\"conflict-changes\"><caption class=\""
			    "govuk-table__caption govuk-table__caption--m\">Their change and yours"
			    "</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
			    "<th scope=\"col\" class=\"govuk-table__header\">Field</th><th scope=\"col\" "
			    "class=\"govuk-table__header\">When you opened the form</th><th scope=\"col\" "
			    "class=\"govuk-table__header\">Saved now</th><th scope=\"col\" class=\""
			    "govuk-table__header\">What you typed</th></tr></thead><tbody class=\""
			    "govuk-table__body\">");
		h(r, "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">"
		    "%s</th><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">"
		    "%s</td><td class=\"govuk-table__cell\">%s</td></tr>", label_of(p, c),
		    rf_show(r, t, c, x->opened[c]), rf_show(r, t, c, web_form_value(r, p->f,
		    t->cols[c].name)), fd ? rf_show(r, t, c, rf_typed(r, fd)) :
		    "Not on this form: kept as saved now");
	}
	if (rows)
		h(r, "</tbody></table>");
}

void
rp_conflict_panel(struct web_req *r, const struct rp_form *p)
{
	struct panel x = {r, p, 0, {0}, {0}};

	h(r, "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\""
	    "alert\"><h2 class=\"govuk-error-summary__title\">Someone else changed this record "
	    "while you had it open</h2><div class=\"govuk-error-summary__body\"><p class=\""
	    "govuk-body\">Nothing you typed has been saved yet, and it is kept below. Since you "
	    "opened the form:</p><ul class=\"govuk-list govuk-list--bullet\">");
	if (store_audit_record_after(r->st, p->f->t->name, p->record_id, p->since, entry_line,
	    &x) < 0 || !x.n)
		h(r, "<li>the record was changed by someone else</li>");
	h(r, "</ul><p class=\"govuk-body\">Check their change against yours. Send the form again "
	    "to save what it now says over their change.</p></div></div></div>");
	changes_table(&x);
}
