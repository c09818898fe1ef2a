/*
 * page_records_child.c: a new child (or an unborn child) added on the web. Before it is
 * saved, the area is searched for a child already recorded with the same name and date
 * of birth, or the same NHS number: a second record of one child splits their history,
 * and the clocks and the census with it. The matches are shown as links, and the worker
 * saves anyway only by saying "this is a different child".
 */
#include "web/pages.h"

#include <strings.h>
#include <string.h>

#include "web/records_page.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

#define MAX_MATCHES 8

struct matches {
	int64_t id[MAX_MATCHES];
	const char *name[MAX_MATCHES];
	const char *why[MAX_MATCHES];
	enum web_access access[MAX_MATCHES];
	int n;
};

static const char *
field_text(const struct web_form *f, const char *col)
{
	int c = records_col_index(f->t, col);

	return c >= 0 && f->row[c].present ? f->row[c].s : NULL;
}

static int
same(const char *a, const char *b)
{
	return a && b && strcasecmp(a, b) == 0;
}

static void
add_match(struct web_req *r, struct matches *m, const struct m_child *c, const char *why)
{
	for (int i = 0; i < m->n; i++)
		if (m->id[i] == c->id)
			return;
	if (m->n >= MAX_MATCHES)
		return;
	/* The warning must reach a worker who may not open the match, or they would record
	 * the child twice; but it may not tell them who a restricted child is. */
	m->access[m->n] = web_child_access(r, c->id);
	m->id[m->n] = c->id;
	m->name[m->n] = m->access[m->n] == WA_YES ? arena_strdup(&r->arena, web_child_name(r, c))
	    : NULL;
	m->why[m->n++] = why;
}

/* The children already recorded like the one in f. */
static void
find_matches(struct web_req *r, const struct web_form *f, struct matches *m)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const char *given = field_text(f, "given_name"), *family = field_text(f, "family_name");
	const char *born = field_text(f, "birth_date"), *nhs = field_text(f, "nhs_number");
	cal_date birth = CAL_NONE;
	size_t n = 0;
	const uint32_t *ix;

	m->n = 0;
	if (!s)
		return;
	if (born)
		cal_parse(born, &birth);
	for (size_t i = 0; birth != CAL_NONE && i < s->a.n_children; i++) {
		const struct m_child *c = &s->a.children[i];
		if (c->birth == birth && same(c->given_name, given) && same(c->family_name, family))
			add_match(r, m, c, "the same name and date of birth");
	}
	ix = nhs ? web_snapshot_find_nhs(s, nhs, &n) : NULL;
	for (size_t i = 0; ix && i < n; i++)
		add_match(r, m, &s->a.children[ix[i]], "the same NHS number");
	web_snapshot_put(s);
}

static void
draw_matches(struct web_req *r, const struct rp_form *p, int where)
{
	const struct matches *m = p->ctx;

	if (where == 1) {
		h(r, "<div class=\"govuk-form-group\"><div class=\"govuk-checkboxes\" data-module=\""
		    "govuk-checkboxes\"><div class=\"govuk-checkboxes__item\"><input class=\""
		    "govuk-checkboxes__input\" id=\"different_child\" name=\"different_child\" type="
		    "\"checkbox\" value=\"1\"><label class=\"govuk-label govuk-checkboxes__label\" "
		    "for=\"different_child\">This is a different child: save a new record</label>"
		    "</div></div></div>");
		return;
	}
	h(r, "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" "
	    "aria-hidden=\"true\">!</span><strong class=\"govuk-warning-text__text\"><span "
	    "class=\"govuk-visually-hidden\">Warning</span>This child may already be recorded"
	    "</strong></div><ul class=\"govuk-list govuk-list--bullet\" id=\"matches\">");
	for (int i = 0; i < m->n; i++)
		if (m->access[i] == WA_YES)
			h(r, "<li><a class=\"govuk-link\" href=\"/children/%lld\">%s</a>: %s</li>",
			    (long long)m->id[i], m->name[i] ? m->name[i] : "", m->why[i]);
		else if (m->access[i] == WA_REASON)
			h(r, "<li><a class=\"govuk-link\" href=\"/children/%lld\">A restricted "
			    "record</a> (opening it asks why, and is recorded): %s</li>",
			    (long long)m->id[i], m->why[i]);
		else
			h(r, "<li>A record you cannot open: %s. Ask your team manager before adding "
			    "this child.</li>", m->why[i]);
	h(r, "</ul><p class=\"govuk-body\">Open the record above if it is this child. If it is "
	    "not, tick the box below the form and save again.</p>");
}

static void
new_child_page(struct web_req *r, struct rp_form *p, const struct matches *m)
{
	p->action = "/children";
	p->extra = m ? draw_matches : NULL;
	p->ctx = m;
	rp_page(r, p);
}

int
page_child_new(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("children", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 0, 0, "", 0, NULL, NULL, NULL};

	web_form_init(&f, "children");
	new_child_page(r, &p, NULL);
	return 0;
}

int
page_child_create(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("children", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 1, 0, "", 0, NULL, NULL, NULL};
	struct matches found;
	int rc;

	web_form_init(&f, "children");
	rf_read(r, sp, &f);
	found.n = 0;
	if (!f.e.n && !web_kv_get(&r->form, "different_child"))
		find_matches(r, &f, &found);
	if (found.n) {
		r->status = 409;
		new_child_page(r, &p, &found);
		return 0;
	}
	if ((rc = rp_save(r, &f, NULL)) > 0)
		return rp_saved(r, sp, f.row[0].i);
	if (!f.e.n)
		return -1;
	new_child_page(r, &p, NULL);
	return 0;
}
