/*
 * conf_plan.c: a child protection plan as outcomes and actions. Each row says what must
 * change for the child (the outcome), what is to be done towards it, by whom and by
 * when, and when it was done: the plan the core group works to between conferences,
 * which the chair reviews at the next one. A row is added to the child's open plan, and
 * marked done, each as one record through the record layer.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "web/child.h"
#include "web/conf.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

struct rows_ctx {
	struct web_req *r;
	struct child_view *v;
	int64_t plan_id;
	int n, form;
};

static const char *
col_s(const struct table *t, const struct field *row, const char *name)
{
	int c = records_col_index(t, name);

	return c >= 0 && row[c].present && row[c].s ? row[c].s : "";
}

static int
plan_row(void *p, const struct table *t, const struct field *row)
{
	struct rows_ctx *x = p;
	struct web_req *r = x->r;
	int pc = records_col_index(t, "plan_id"), o = records_col_index(t, "owner_id");

	if (row[pc].i != x->plan_id)
		return 0;
	if (x->n++ == 0)
		h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
		    "govuk-table__caption--s\">Outcomes and actions</caption><thead class=\""
		    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
		    "govuk-table__header\">Outcome for the child</th><th scope=\"col\" class=\""
		    "govuk-table__header\">Action</th><th scope=\"col\" class=\"govuk-table__header\">"
		    "Who</th><th scope=\"col\" class=\"govuk-table__header\">By</th><th scope=\"col\" "
		    "class=\"govuk-table__header\">Done</th></tr></thead><tbody class=\""
		    "govuk-table__body\">");
	h(r, "<tr class=\"govuk-table__row\" id=\"plan_actions-%lld\"><td class=\"govuk-table__cell\">"
	    "%s</td><td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td>"
	    "<td class=\"govuk-table__cell sg-nowrap\">%s</td><td class=\"govuk-table__cell\">",
	    (long long)row[0].i, col_s(t, row, "outcome"), col_s(t, row, "action"),
	    row[o].present ? child_person(x->v, row[o].i) : "No one named", col_s(t, row,
	    "due_date"));
	conf_action_done(r, x->v->c->id, *col_s(t, row, "done_date") ? col_s(t, row, "done_date")
	    : NULL, x->form, "plan", "plan_action_id", row[0].i);
	h(r, "</td></tr>");
	return 0;
}

void
conf_plan_actions(struct web_req *r, struct child_view *v, int64_t plan_id, int form)
{
	struct rows_ctx x = {r, v, plan_id, 0, form};

	store_scan(r->st, records_table("plan_actions"), v->c->id, plan_row, &x);
	if (x.n)
		h(r, "</tbody></table>");
	else
		h(r, "<p class=\"govuk-body\">No outcomes or actions recorded yet.</p>");
}

static int
plan_page(struct web_req *r, struct web_form *f)
{
	struct conf_ctx x;
	struct child_view v;
	const struct m_plan *p;
	int form = (r->role & (R_SW | R_MANAGER | R_CHAIR)) != 0, rc = conf_open(r, &x, 1);

	if (rc <= 0)
		return rc;
	v = (struct child_view){r, x.s, &x.s->a, x.c, {0}, x.s->today, 0, 0};
	h_page_begin(r, f->e.n ? "Error: The plan" : "The plan", NAV_WORK);
	conf_heading(r, &x, "The child protection plan");
	conf_error_summary(r, &f, 1);
	if (!(p = conf_open_plan(&x))) {
		h(r, "<p class=\"govuk-body\">The child has no open child protection plan.</p>");
	} else {
		h(r, "<h2 class=\"govuk-heading-m\">Plan from %s</h2>", h_date(r, p->start));
		conf_plan_actions(r, &v, p->id, form);
	}
	if (p && form) {
		h(r, "<h2 class=\"govuk-heading-m\" id=\"add\">Add to the plan</h2><form method=\"post\" "
		    "action=\"/children/%lld/plan\" novalidate>", (long long)x.c->id);
		h_csrf(r);
		conf_text(r, f, "outcome", "Outcome for the child", "What must change, in words the "
		    "family understands: for example, Amy goes to school every day", NULL);
		conf_text(r, f, "action", "Action", "What is to be done towards it", NULL);
		conf_people(r, &x.s->a, f, "owner_id", "Who will do it", 0);
		conf_text(r, f, "due_date", "By", "YYYY-MM-DD", "govuk-input--width-10");
		h(r, "<button type=\"submit\" class=\"govuk-button\">Add to the plan</button></form>");
	}
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/children/%lld/core-groups\">"
	    "Core group meetings</a></p>", (long long)x.c->id);
	h_page_end(r);
	conf_close(&x);
	return 0;
}

int
page_plan(struct web_req *r)
{
	struct web_form *f = xcalloc(1, sizeof *f);
	int rc;

	web_form_init(f, "plan_actions");
	rc = plan_page(r, f);
	xfree(f);
	return rc;
}

int
page_plan_add(struct web_req *r)
{
	static const char *const cols[] = {"outcome", "action", "owner_id", "due_date", NULL};
	struct web_form *f = xcalloc(1, sizeof *f);
	struct conf_ctx x;
	const struct m_plan *p;
	int rc = conf_open(r, &x, 1);

	if (rc <= 0) {
		xfree(f);
		return rc;
	}
	web_form_init(f, "plan_actions");
	web_form_read(r, f, cols);
	web_form_set_int(f, "child_id", x.c->id);
	if ((p = conf_open_plan(&x)))
		web_form_set_int(f, "plan_id", p->id);
	else
		conf_error(f, "outcome", "the child has no open plan to add to");
	conf_close(&x);
	rc = conf_check(f) || web_form_save(r, f) < 0 ? plan_page(r, f) :
	    web_redirect(r, arena_printf(&r->arena, "/children/%lld/plan#plan_actions-%lld",
	    (long long)r->child_id, (long long)f->row[0].i));
	xfree(f);
	return rc;
}

int
page_plan_done(struct web_req *r)
{
	struct web_form *f = xcalloc(1, sizeof *f);
	const char *v = web_kv_get(&r->form, "plan_action_id");
	int64_t id = 0;
	int rc, found;

	found = v && str_to_i64(v, &id) && conf_form_load(r, f, "plan_actions", id) == 1;
	if (!found || f->row[records_col_index(f->t, "child_id")].i != r->child_id) {
		web_form_init(f, "plan_actions");
		conf_error(f, "outcome", "this action is not one of the child's plan");
		rc = plan_page(r, f);
	} else {
		web_form_set_text(f, "done_date", conf_iso(r, web_today(r->srv)));
		rc = web_form_save(r, f) < 0 ? plan_page(r, f) : web_redirect(r,
		    arena_printf(&r->arena, "/children/%lld/plan#plan_actions-%lld",
		    (long long)r->child_id, (long long)id));
	}
	xfree(f);
	return rc;
}
