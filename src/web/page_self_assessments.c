/*
 * page_self_assessments.c: agencies' Section 11 and schools' Section 175 self-assessments
 * (issue 11, point 8). The partnership's quality-assurance subgroup (team and senior
 * managers) asks an agency or a school for its self-assessment of a period, reads its
 * grades standard by standard, and sets its actions in the one table of actions the audits
 * and reviews use. A partner agency's practitioner or a school's safeguarding lead sees
 * and returns only its own agency's (access.c); the return's form is its kind's
 * (audit_edit.c).
 */
#include "web/pages.h"

#include <string.h>

#include "base/str.h"
#include "web/audits.h"
#include "web/html.h"
#include "web/records_page.h"
#include "web/snapshot.h"

static int
subgroup(const struct web_req *r)
{
	return (r->role & (R_MANAGER | R_SENIOR)) != 0;
}

static const char *
period(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	return arena_printf(&r->arena, "%s to %s", h_date(r, audit_d(x, w, "period_from")),
	    h_date(r, audit_d(x, w, "period_to")));
}

static const char *
returned(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	cal_date d = audit_d(x, w, "returned_date");

	return d == CAL_NONE ? "Not yet" : h_date(r, d);
}

static void
sa_row(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/self_assessments/%lld\">%s</a></td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell sg-nowrap\">%s</td><td class=\"govuk-table__cell\">%s</td></tr>",
	    (long long)w->f[0].i, audit_agency(r, audit_i(x, w, "agency_id")),
	    audit_label(r, x, w, "kind"), period(r, x, w), returned(r, x, w),
	    audit_label(r, x, w, "overall_grade"));
}

/* GET /self-assessments: the subgroup's every one; a partner's or a school's, its own. */
int
page_self_assessments(struct web_req *r)
{
	struct audit_rows x;
	int all = subgroup(r);

	if (audit_read(r, "self_assessments", all ? NULL : "agency_id", r->user.agency_id,
	    &x) < 0)
		return -1;
	h_page_begin(r, "Self-assessments", NAV_SELF_ASSESS);
	h_heading(r, NULL, "Section 11 and Section 175 self-assessments");
	if (all)
		h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/self-assessments/new"
		    "\">Ask for a self-assessment</a></p>");
	else
		h(r, "<p class=\"govuk-body\">The self-assessments the partnership asked of %s."
		    "</p>", r->user.agency_name);
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Self-assessments (%zu)</caption><thead class=\""
	    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
	    "govuk-table__header\">Agency or school</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Kind</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Period</th><th scope=\"col\" class=\"govuk-table__header\">Returned</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">Overall grade</th></tr></thead><tbody "
	    "class=\"govuk-table__body\">", x.n);
	for (const struct audit_row *w = x.first; w; w = w->next)
		sa_row(r, &x, w);
	h(r, "</tbody></table>");
	h_page_end(r);
	return 0;
}

/* GET /self-assessments/new */
int
page_sa_new(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("self_assessments", "ask");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 0, 0, "", 0, "/self-assessments", NULL, NULL};

	web_form_init(&f, sp->table);
	audit_form_page(r, &p, "/self-assessments");
	return 0;
}

/* POST /self-assessments */
int
page_sa_create(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("self_assessments", "ask");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 1, 0, "", 0, "/self-assessments", NULL, NULL};

	web_form_init(&f, sp->table);
	rf_read(r, sp, &f);
	if (rp_save(r, &f, NULL) > 0)
		return web_redirect(r, arena_printf(&r->arena, "/self_assessments/%lld?saved=1",
		    (long long)f.row[0].i));
	if (!f.e.n)
		return -1;
	audit_form_page(r, &p, "/self-assessments");
	return 0;
}

/* The grade of each standard, named as its kind's form names it. */
static void
grades(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	const struct rf_spec *sp = rf_spec_find("self_assessments", audit_s(x, w, "kind"));

	h(r, "<h2 class=\"govuk-heading-m\">Standards</h2>");
	h_summary_begin(r);
	for (int i = 0; sp && i < sp->nfields; i++)
		if (strncmp(sp->fields[i].col, "standard_", 9) == 0)
			h_summary_row(r, sp->fields[i].label, audit_label(r, x, w,
			    sp->fields[i].col));
	h_summary_row(r, "Overall grade", audit_label(r, x, w, "overall_grade"));
	h_summary_row(r, "Summary", audit_label(r, x, w, "summary"));
	h_summary_end(r);
}

static void
details(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	h_summary_begin(r);
	h_summary_row(r, "Agency or school", audit_agency(r, audit_i(x, w, "agency_id")));
	h_summary_row(r, "Kind", audit_label(r, x, w, "kind"));
	h_summary_row(r, "Period assessed", period(r, x, w));
	h_summary_row(r, "Asked for", h_date(r, audit_d(x, w, "requested_date")));
	h_summary_row(r, "Returned", returned(r, x, w));
	h_summary_end(r);
}

static void
action_form(struct web_req *r, struct web_form *action)
{
	const struct rf_spec *sp = rf_spec_find("actions", "edit");

	h(r, "<h2 class=\"govuk-heading-m\">Add an action</h2><form method=\"post\" action=\""
	    "/self_assessments/%lld/actions\" novalidate>", (long long)r->ids[0]);
	h_csrf(r);
	rf_draw(r, sp, action, action->e.n > 0, 0);
	h(r, "<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" "
	    "data-module=\"govuk-button\">Add the action</button></form>");
}

static int
sa_page(struct web_req *r, struct web_form *action)
{
	const struct rf_spec *sp = rf_spec_find("actions", "edit");
	struct h_field_error e[REC_MAX_ERRORS];
	struct audit_rows x, ac;
	struct web_snapshot *s = web_snapshot_get(r);
	cal_date today = s ? s->today : CAL_NONE;
	int n = rp_summary(r, sp, action, e, REC_MAX_ERRORS);

	web_snapshot_put(s);
	if (!s || audit_read(r, "self_assessments", "id", r->ids[0], &x) < 0 ||
	    audit_read(r, "actions", "self_assessment_id", r->ids[0], &ac) < 0)
		return -1;
	if (!x.first)
		return web_not_found(r);
	if (n)
		r->status = 422;
	h_page_begin(r, n ? "Error: self-assessment" : "Self-assessment", NAV_SELF_ASSESS);
	h(r, "<a class=\"govuk-back-link\" href=\"/self-assessments\">Back to the "
	    "self-assessments</a>");
	h_error_summary(r, e, n);
	h_heading(r, audit_label(r, &x, x.first, "kind"), audit_agency(r, audit_i(&x, x.first,
	    "agency_id")));
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/self_assessments/%lld/"
	    "return\">%s</a></p>", (long long)r->ids[0], audit_d(&x, x.first, "returned_date") ==
	    CAL_NONE ? "Return the self-assessment" : "Change the return");
	details(r, &x, x.first);
	grades(r, &x, x.first);
	audit_actions_table(r, &ac, today, "Actions", NULL);
	if (subgroup(r))
		action_form(r, action);
	h_page_end(r);
	return 0;
}

/* GET /self_assessments/{id} */
int
page_self_assessment(struct web_req *r)
{
	struct web_form f;

	web_form_init(&f, "actions");
	return sa_page(r, &f);
}

/* POST /self_assessments/{id}/actions */
int
page_sa_action_add(struct web_req *r)
{
	struct web_form f;

	web_form_init(&f, "actions");
	web_form_set_int(&f, "self_assessment_id", r->ids[0]);
	rf_read(r, rf_spec_find("actions", "edit"), &f);
	if (!f.e.n && !web_write_linked(r, f.t, f.row, NULL))
		return 0;
	if (rp_save(r, &f, NULL) > 0)
		return web_redirect(r, arena_printf(&r->arena, "/self_assessments/%lld?saved=1",
		    (long long)r->ids[0]));
	if (!f.e.n)
		return -1;
	return sa_page(r, &f);
}
