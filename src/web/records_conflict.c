/*
 * records_conflict.c: the panel of a form refused because its record changed since the
 * form was opened: who changed it, when, and which fields, read from the audit trail
 * (each change's entry names the fields it changed under "after"). What the person
 * typed is kept in the form below it.
 */
#include "web/records_page.h"

#include <string.h>

#include "store/store.h"
#include "web/web_int.h"

struct panel {
	struct web_req *r;
	const struct rp_form *p;
	int n;
};

/* Whether the JSON object text names key (a key, not a value's text: a quote in a value
 * is escaped, so a key is a quote not after a backslash). */
static int
names_key(const char *json, const char *key)
{
	size_t n = strlen(key);

	for (const char *q = strchr(json, '"'); q; q = strchr(q + 1, '"'))
		if ((q == json || q[-1] != '\\') && strncmp(q + 1, key, n) == 0 &&
		    q[n + 1] == '"' && q[n + 2] == ':')
			return 1;
	return 0;
}

/* "Date received, Source" of the fields the entry changed, in the form's words. */
static const char *
fields_changed(struct web_req *r, const struct rp_form *p, const char *detail)
{
	const char *after = detail ? strstr(detail, "\"after\":") : NULL;
	const struct table *t = p->f->t;
	const char *out = "";

	for (int c = 1; after && c < t->ncols; c++) {
		const char *label = t->cols[c].name;
		if (!names_key(after + 8, t->cols[c].name))
			continue;
		for (int k = 0; k < p->spec->nfields; k++)
			if (strcmp(p->spec->fields[k].col, t->cols[c].name) == 0)
				label = p->spec->fields[k].label;
		out = arena_printf(&r->arena, "%s%s%s", out, *out ? ", " : "", label);
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
	    e->role ? web_role_name(web_role_bit(e->role)) : "", when,
	    fields_changed(x->r, x->p, e->detail));
	return x->n >= 50;
}

void
rp_conflict_panel(struct web_req *r, const struct rp_form *p)
{
	struct panel x = {r, p, 0};

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
}
