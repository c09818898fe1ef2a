/*
 * page_audits.c: the multi-agency case audits (issue 11, point 4; product.md 2): the
 * partnership's quality-assurance subgroup (team and senior managers) lists its audits,
 * with every action overdue, and adds an audit; a partner agency's practitioner sees
 * only their own agency's part: the returns asked of it, and the actions it owns.
 */
#include "web/pages.h"

#include <string.h>

#include "web/audits.h"
#include "web/html.h"
#include "web/records_page.h"
#include "web/snapshot.h"

void
audit_form_page(struct web_req *r, const struct rp_form *p, const char *back)
{
	rp_alone_page(r, p, back, NAV_AUDITS, "Multi-agency case audits");
}

static void
audit_row(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	struct audit_rows cases;
	size_t n = audit_read(r, "audit_cases", "audit_id", w->f[0].i, &cases) < 0 ? 0 :
	    cases.n;

	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/case_audits/%lld\">%s</a></td><td class=\"govuk-table__cell "
	    "sg-nowrap\">%s to %s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell govuk-table__cell--numeric\">%zu</td></tr>", (long long)w->f[0].i,
	    audit_s(x, w, "theme"), h_date(r, audit_d(x, w, "period_from")),
	    h_date(r, audit_d(x, w, "period_to")), audit_label(r, x, w, "status"), n);
}

static int
overdue(struct web_req *r, cal_date today, const struct ts_clock *k,
    const struct audit_rows *x, const struct audit_row *w)
{
	(void)r, (void)today, (void)x, (void)w;
	return k->state == TS_OVERDUE;
}

static int
subgroup(struct web_req *r, cal_date today)
{
	struct audit_rows x, actions;

	if (audit_read(r, "case_audits", NULL, 0, &x) < 0 ||
	    audit_read(r, "actions", NULL, 0, &actions) < 0)
		return -1;
	h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/audits/new\">Add an audit"
	    "</a></p><table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Audits (%zu)</caption><thead class=\"govuk-table__head\">"
	    "<tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Theme"
	    "</th><th scope=\"col\" class=\"govuk-table__header\">Period audited</th><th scope="
	    "\"col\" class=\"govuk-table__header\">Status</th><th scope=\"col\" class=\""
	    "govuk-table__header govuk-table__header--numeric\">Cases</th></tr></thead><tbody "
	    "class=\"govuk-table__body\">", x.n);
	for (const struct audit_row *w = x.first; w; w = w->next)
		audit_row(r, &x, w);
	h(r, "</tbody></table>");
	audit_actions_table(r, &actions, today, "Actions overdue", overdue);
	return 0;
}

static int
mine(struct web_req *r, cal_date today, const struct ts_clock *k,
    const struct audit_rows *x, const struct audit_row *w)
{
	(void)today, (void)k;
	return audit_ours(r, x, w);
}

static void
return_row(struct web_req *r, const struct audit_rows *x, const struct audit_row *w)
{
	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/audit_contributions/%lld/return\">Case %lld</a></td><td class=\""
	    "govuk-table__cell sg-nowrap\">%s</td><td class=\"govuk-table__cell sg-nowrap\">%s"
	    "</td><td class=\"govuk-table__cell\">%s</td></tr>", (long long)w->f[0].i,
	    (long long)audit_i(x, w, "audit_case_id"), h_date(r, audit_d(x, w, "requested_date")),
	    audit_d(x, w, "chronology_date") == CAL_NONE ? "Not yet" :
	    h_date(r, audit_d(x, w, "chronology_date")), audit_label(r, x, w, "grade"));
}

static int
partner(struct web_req *r, cal_date today)
{
	struct audit_rows x, actions;
	size_t n = 0;

	if (audit_read(r, "audit_contributions", "agency_id", r->user.agency_id, &x) < 0 ||
	    audit_read(r, "actions", "owner_agency_id", r->user.agency_id, &actions) < 0)
		return -1;
	h(r, "<p class=\"govuk-body\">The returns the partnership's audits asked of %s, and the "
	    "actions it owns.</p>", r->user.agency_name);
	for (const struct audit_row *w = x.first; w; w = w->next)
		if (audit_ours(r, &x, w) && !n++)
			h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
			    "govuk-table__caption--m\">Returns on audited cases</caption><thead class=\""
			    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" "
			    "class=\"govuk-table__header\">Case</th><th scope=\"col\" class=\""
			    "govuk-table__header\">Asked for</th><th scope=\"col\" class=\""
			    "govuk-table__header\">Chronology received</th><th scope=\"col\" class=\""
			    "govuk-table__header\">Your grade</th></tr></thead><tbody class=\""
			    "govuk-table__body\">");
	for (const struct audit_row *w = x.first; w; w = w->next)
		if (audit_ours(r, &x, w))
			return_row(r, &x, w);
	if (n)
		h(r, "</tbody></table>");
	else
		h(r, "<p class=\"govuk-body\">No return asked for.</p>");
	audit_actions_table(r, &actions, today, "Your agency's actions", mine);
	return 0;
}

/* GET /audits */
int
page_audits(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	cal_date today = s ? s->today : CAL_NONE;
	int rc;

	web_snapshot_put(s);
	if (!s)
		return -1;
	h_page_begin(r, "Multi-agency case audits", NAV_AUDITS);
	h_heading(r, NULL, "Multi-agency case audits");
	rc = (r->role & R_PARTNER) ? partner(r, today) : subgroup(r, today);
	if (rc < 0)
		return -1;
	h_page_end(r);
	return 0;
}

/* GET /audits/new */
int
page_audit_new(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("case_audits", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 0, 0, "", 0, "/audits", NULL, NULL};

	web_form_init(&f, sp->table);
	audit_form_page(r, &p, "/audits");
	return 0;
}

/* POST /audits */
int
page_audit_create(struct web_req *r)
{
	const struct rf_spec *sp = rf_spec_find("case_audits", "edit");
	struct web_form f;
	struct rp_form p = {sp, &f, 0, 0, 1, 0, "", 0, "/audits", NULL, NULL};

	web_form_init(&f, sp->table);
	rf_read(r, sp, &f);
	if (rp_save(r, &f, NULL) > 0)
		return web_redirect(r, arena_printf(&r->arena, "/case_audits/%lld?saved=1",
		    (long long)f.row[0].i));
	if (!f.e.n)
		return -1;
	audit_form_page(r, &p, "/audits");
	return 0;
}
