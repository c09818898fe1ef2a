/*
 * audit_page.c: one multi-agency case audit (issue 11, point 4): its theme, period and
 * status; the cases it samples, each with its multi-agency grade and each agency's return
 * (chronology, the agency's own grade, findings); its actions with their clocks; and the
 * forms that add a case, ask an agency for its return on a case, and set an action. Every
 * save goes through the record layer as the person logged in, as the API's do.
 */
#include "web/pages.h"

#include <string.h>

#include "web/audits.h"
#include "web/html.h"
#include "web/records_page.h"
#include "web/snapshot.h"
#include "web/work.h"

struct forms {
	struct web_form *cases, *asks, *actions;
};

static void
details(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	h_summary_begin(r);
	h_summary_row(r, "Period audited", arena_printf(&r->arena, "%s to %s",
	    h_date(r, audit_d(x, w, "period_from")), h_date(r, audit_d(x, w, "period_to"))));
	h_summary_row(r, "Status", audit_label(r, x, w, "status"));
	h_summary_row(r, "Started", audit_label(r, x, w, "started_date"));
	h_summary_row(r, "Completed", audit_label(r, x, w, "completed_date"));
	h_summary_row(r, "Learning", audit_label(r, x, w, "learning"));
	h_summary_end(r);
}

/* The returns on one case, as a list under it. */
static void
returns(struct web_req *r, const struct audit_rows *rt, int64_t case_id)
{
	int n = 0;

	for (const struct audit_row *w = rt->first; w; w = w->next) {
		if (audit_i(rt, w, "audit_case_id") != case_id)
			continue;
		if (!n++)
			h(r, "<ul class=\"govuk-list\">");
		h(r, "<li><a class=\"govuk-link\" href=\"/audit_contributions/%lld/return\">%s</a>: "
		    "%s, graded %s</li>", (long long)w->f[0].i,
		    audit_agency(r, audit_i(rt, w, "agency_id")),
		    audit_d(rt, w, "chronology_date") == CAL_NONE ? "chronology not yet received" :
		    arena_printf(&r->arena, "chronology received %s",
		    h_date(r, audit_d(rt, w, "chronology_date"))), audit_label(r, rt, w, "grade"));
	}
	if (n)
		h(r, "</ul>");
	else
		h(r, "No return asked for");
}

static const char *
child_of(struct web_req *r, int64_t id)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct m_child *c = s ? m_child_by_id(&s->a, id) : NULL;
	const char *name = c ? arena_printf(&r->arena, "%s (%s)", web_child_name(r, c),
	    c->la_child_id) : arena_printf(&r->arena, "child %lld", (long long)id);

	web_snapshot_put(s);
	return name;
}

static void
cases(struct web_req *r, const struct audit_rows *x, const struct audit_rows *rt)
{
	h(r, "<table class=\"govuk-table\" id=\"cases\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Cases (%zu)</caption><thead class=\"govuk-table__head\">"
	    "<tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Case"
	    "</th><th scope=\"col\" class=\"govuk-table__header\">Child</th><th scope=\"col\" "
	    "class=\"govuk-table__header\">Multi-agency grade</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Agencies' returns</th></tr></thead><tbody class=\""
	    "govuk-table__body\">", x->n);
	for (const struct audit_row *w = x->first; w; w = w->next) {
		int64_t child = audit_i(x, w, "case_child_id");
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">%lld</td><td "
		    "class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/children/%lld\">%s"
		    "</a></td><td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\""
		    "/audit_cases/%lld/edit\">%s</a></td><td class=\"govuk-table__cell\">",
		    (long long)w->f[0].i, (long long)child, child_of(r, child),
		    (long long)w->f[0].i, audit_label(r, x, w, "grade"));
		returns(r, rt, w->f[0].i);
		h(r, "</td></tr>");
	}
	h(r, "</tbody></table>");
}

static void
form(struct web_req *r, const char *spec, const char *verb, const struct web_form *f,
    const char *action, const char *button)
{
	const struct rf_spec *sp = rf_spec_find(spec, verb);

	h(r, "<h2 class=\"govuk-heading-m\">%s</h2><form method=\"post\" action=\"%s\" "
	    "novalidate>", sp->title_new, action);
	h_csrf(r);
	rf_draw(r, sp, f, f->e.n > 0, 0);
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" "
	    "data-module=\"govuk-button\">%s</button></form>", button);
}

static int
summary(struct web_req *r, const struct forms *fm, struct h_field_error *e)
{
	const struct web_form *f[] = {fm->cases, fm->asks, fm->actions};
	static const char *const specs[] = {"audit_cases", "audit_contributions", "actions"};
	int n = 0;

	for (int i = 0; i < 3; i++)
		n += rp_summary(r, rf_spec_find(specs[i], "edit"), f[i], e + n, REC_MAX_ERRORS);
	return n;
}

static int
audit_page(struct web_req *r, const struct forms *fm)
{
	struct h_field_error e[3 * REC_MAX_ERRORS];
	struct audit_rows a, cs, rt, ac;
	struct web_snapshot *s = web_snapshot_get(r);
	cal_date today = s ? s->today : CAL_NONE;
	int64_t id = r->ids[0];
	int n = summary(r, fm, e);

	web_snapshot_put(s);
	if (!s || audit_read(r, "case_audits", "id", id, &a) < 0 ||
	    audit_read(r, "audit_cases", "audit_id", id, &cs) < 0 ||
	    audit_read(r, "audit_contributions", NULL, 0, &rt) < 0 ||
	    audit_read(r, "actions", "audit_id", id, &ac) < 0)
		return -1;
	if (!a.first)
		return web_not_found(r);
	if (n)
		r->status = 422;
	h_page_begin(r, n ? "Error: case audit" : "Case audit", NAV_AUDITS);
	h(r, "<a class=\"govuk-back-link\" href=\"/audits\">Back to the audits</a>");
	h_error_summary(r, e, n);
	if (web_kv_get(&r->query, "saved"))
		h(r, "<div class=\"govuk-notification-banner govuk-notification-banner--success\" "
		    "role=\"alert\" data-module=\"govuk-notification-banner\"><div class=\""
		    "govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading"
		    "\">Saved</p></div></div>");
	h_heading(r, "Multi-agency case audit", audit_s(&a, a.first, "theme"));
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/case_audits/%lld/edit\">"
	    "Change the audit</a></p>", (long long)id);
	details(r, &a, a.first);
	cases(r, &cs, &rt);
	audit_actions_table(r, &ac, today, "Actions", NULL);
	form(r, "audit_cases", "edit", fm->cases, arena_printf(&r->arena,
	    "/case_audits/%lld/cases", (long long)id), "Add the case");
	form(r, "audit_contributions", "edit", fm->asks, arena_printf(&r->arena,
	    "/case_audits/%lld/returns", (long long)id), "Ask for the return");
	form(r, "actions", "edit", fm->actions, arena_printf(&r->arena,
	    "/case_audits/%lld/actions", (long long)id), "Add the action");
	h_page_end(r);
	return 0;
}

static void
forms_init(struct forms *fm, struct web_form *v)
{
	web_form_init(&v[0], "audit_cases");
	web_form_init(&v[1], "audit_contributions");
	web_form_init(&v[2], "actions");
	fm->cases = &v[0];
	fm->asks = &v[1];
	fm->actions = &v[2];
}

/* GET /case_audits/{id} */
int
page_case_audit(struct web_req *r)
{
	struct web_form v[3];
	struct forms fm;

	forms_init(&fm, v);
	return audit_page(r, &fm);
}

/* A record of one of the audit's forms (which: 0 a case, 1 a return asked, 2 an action). */
static int
add(struct web_req *r, int which, const char *anchor)
{
	static const char *const specs[] = {"audit_cases", "audit_contributions", "actions"};
	const struct rf_spec *sp = rf_spec_find(specs[which], "edit");
	struct web_form v[3];
	struct forms fm;

	forms_init(&fm, v);
	if (which != 1)
		web_form_set_int(&v[which], "audit_id", r->ids[0]);
	rf_read(r, sp, &v[which]);
	if (!v[which].e.n && !web_write_linked(r, v[which].t, v[which].row, NULL))
		return 0;
	if (rp_save(r, &v[which], NULL) > 0)
		return web_redirect(r, arena_printf(&r->arena, "/case_audits/%lld?saved=1#%s",
		    (long long)r->ids[0], anchor));
	if (!v[which].e.n)
		return -1;
	return audit_page(r, &fm);
}

/* POST /case_audits/{id}/cases */
int
page_audit_case_add(struct web_req *r)
{
	return add(r, 0, "cases");
}

/* POST /case_audits/{id}/returns */
int
page_audit_return_ask(struct web_req *r)
{
	return add(r, 1, "cases");
}

/* POST /case_audits/{id}/actions */
int
page_audit_action_add(struct web_req *r)
{
	return add(r, 2, "main-content");
}
