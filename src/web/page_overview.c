/*
 * page_overview.c: the area's timeliness at a glance, for performance analysts and
 * managers: for each statutory timescale, how many fell due in the last 12 months, how
 * many were met, and what is overdue or due now; and the overdue work by team. No child
 * and no worker is named (an analyst reads figures, not case records); the figures of
 * product.md 4, with their definitions, come with the figures module.
 */
#include "web/pages.h"

#include <string.h>

#include "web/child.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static void
by_kind(struct web_req *r, const struct web_snapshot *s)
{
	long now[TS_NKINDS][2];

	memset(now, 0, sizeof now);
	for (size_t i = 0; i < s->all.n; i++) {
		const struct ts_clock *k = &s->all.v[i].clock;
		if (k->state == TS_OVERDUE || k->target <= cal_add_working_days(s->today, 5))
			now[k->kind][k->state == TS_DUE]++;
	}
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Timescales</caption><thead class=\"govuk-table__head\"><tr "
	    "class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Timescale"
	    "</th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Fell "
	    "due in 12 months</th><th scope=\"col\" class=\"govuk-table__header "
	    "govuk-table__header--numeric\">Met</th><th scope=\"col\" class=\"govuk-table__header "
	    "govuk-table__header--numeric\">Overdue now</th><th scope=\"col\" class=\""
	    "govuk-table__header govuk-table__header--numeric\">Due in 5 working days</th></tr>"
	    "</thead><tbody class=\"govuk-table__body\">");
	for (int k = 0; k < TS_NKINDS; k++) {
		const long *y = s->year_states[k];
		long due = y[TS_MET] + y[TS_MISSED] + y[TS_OVERDUE];
		/* the LADO's clocks are of no child, and the LADO's alone (issue 11, point 2) */
		if (k == TS_K_PLAN_LENGTH || ts_kind_childless((enum ts_kind)k))
			continue;
		h(r, "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">"
		    "%s</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">%ld</td><td "
		    "class=\"govuk-table__cell govuk-table__cell--numeric\">%ld%s</td><td class=\""
		    "govuk-table__cell govuk-table__cell--numeric\">%ld</td><td class=\""
		    "govuk-table__cell govuk-table__cell--numeric\">%ld</td></tr>", ts_kind_label(k),
		    due, y[TS_MET], due ? arena_printf(&r->arena, " (%ld%%)",
		    (y[TS_MET] * 100 + due / 2) / due) : "", now[k][0], now[k][1]);
	}
	h(r, "</tbody></table>");
}

static void
by_team(struct web_req *r, const struct web_snapshot *s)
{
	const struct area *a = &s->a;

	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--m\">Overdue work by team</caption><thead class=\""
	    "govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
	    "govuk-table__header\">Team</th><th scope=\"col\" class=\"govuk-table__header "
	    "govuk-table__header--numeric\">Overdue</th></tr></thead><tbody class=\""
	    "govuk-table__body\">");
	for (size_t t = 0; t < a->n_teams; t++) {
		long n = 0;
		for (size_t i = 0; i < s->all.n; i++)
			n += s->all.v[i].clock.team_id == a->teams[t].id &&
			    s->all.v[i].clock.state == TS_OVERDUE &&
			    s->all.v[i].clock.kind != TS_K_PLAN_LENGTH;
		if (n)
			h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
			    "govuk-link\" href=\"/teams/%lld\">%s</a></td><td class=\"govuk-table__cell "
			    "govuk-table__cell--numeric\">%ld</td></tr>", (long long)a->teams[t].id,
			    a->teams[t].name ? a->teams[t].name : "", n);
	}
	h(r, "</tbody></table>");
}

int
page_overview(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);

	if (!s)
		return -1;
	h_page_begin(r, "Overview", NAV_OVERVIEW);
	h_heading(r, r->area_name[0] ? r->area_name : NULL, "Overview");
	h(r, "<p class=\"govuk-body\">As at the end of %s. Children on the area's records: %zu; "
	    "child protection plans open: %ld.</p>", h_date(r, s->today), s->a.n_children,
	    s->open_plans);
	h(r, "<p class=\"govuk-body\">For an inspection: <a class=\"govuk-link\" href=\"/annex-a\">"
	    "Ofsted's Annex A lists</a>.</p>");
	by_kind(r, s);
	by_team(r, s);
	h(r, "<h2 class=\"govuk-heading-m\">Agencies</h2><ul class=\"govuk-list\">");
	for (size_t i = 0; i < s->a.n_agencies; i++)
		h(r, "<li><a class=\"govuk-link\" href=\"/agencies/%lld\">%s</a></li>",
		    (long long)s->a.agencies[i].id, s->a.agencies[i].name ? s->a.agencies[i].name : "");
	h(r, "</ul>");
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}
