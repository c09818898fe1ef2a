/*
 * page_work.c: my work. The timescale engine's list for the person logged in (a worklist
 * of the area built once, in snapshot.c, of which each person gets their part):
 *
 *   - a social worker: what they must do, and a chair what they oversee (reports not in,
 *     reviews due, core groups and visits not held);
 *   - a team manager: their team's list as well as their own;
 *   - a senior manager: the whole area;
 *   - a partner practitioner: the reports their agency owes, and the conferences it is
 *     invited to.
 *
 * A team manager first sees the decisions of their team awaiting their signature
 * (page_authorise.c). Overdue work first, then what falls due in the next working days, each item a link to
 * its place in the child's record, with a count by kind at the top. A plan that has run
 * 12, 18 or 24 months is not late work but a plan to look at again, so those flags are
 * a group of their own, "plans to review". Managers also see who opened a restricted
 * record, and why, in the last 30 days.
 */
#include "web/pages.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "timescales/ts.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/training.h"
#include "web/web_int.h"

const char *
web_child_name(struct web_req *r, const struct m_child *c)
{
	if (c->given_name || c->family_name)
		return arena_printf(&r->arena, "%s%s%s", c->given_name ? c->given_name : "",
		    c->given_name && c->family_name ? " " : "", c->family_name ? c->family_name : "");
	if (c->birth == CAL_NONE && c->expected_birth != CAL_NONE)
		return arena_printf(&r->arena, "Unborn child %s", c->la_child_id);
	return arena_printf(&r->arena, "Child %s (no name recorded)", c->la_child_id);
}

const char *
web_work_filter(const struct web_req *r, struct ts_filter *f)
{
	memset(f, 0, sizeof *f);
	if (r->role & (R_SENIOR | R_ANALYST))
		return "the whole area";
	if (r->role & R_PARTNER) {
		f->agency_id = r->user.agency_id;
		f->professional_id = r->user.professional_id;
		return r->user.agency_name[0] ? r->user.agency_name : "your agency";
	}
	if (r->role & R_SCHOOL) {	/* Operation Encompass: the school's notifications */
		f->agency_id = r->user.agency_id ? r->user.agency_id : -1;
		return r->user.agency_name[0] ? r->user.agency_name : "your school";
	}
	if ((r->role & R_MANAGER) && r->user.team_id) {
		f->team_id = r->user.team_id;
		return r->user.team_name;
	}
	f->professional_id = r->user.professional_id ? r->user.professional_id : -1;
	return NULL;
}

static void
counts(struct web_req *r, const struct ts_worklist *w, int reviews)
{
	size_t kinds[TS_NKINDS][2];

	memset(kinds, 0, sizeof kinds);
	for (size_t i = 0; i < w->n; i++)
		kinds[w->v[i].clock.kind][w->v[i].clock.state == TS_DUE]++;
	h(r, "<div class=\"sg-counts govuk-body\"><div class=\"sg-count-box\"><span class=\""
	    "sg-count\">%zu</span> overdue</div><div class=\"sg-count-box\"><span class=\""
	    "sg-count\">%zu</span> due soon</div><div class=\"sg-count-box\"><span class=\""
	    "sg-count\">%d</span> plans to review</div></div>", w->overdue - (size_t)reviews, w->due,
	    reviews);
	if (!w->n)
		return;
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--s\">By kind of work</caption><thead class=\"govuk-table__head\">"
	    "<tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Kind"
	    "</th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">"
	    "Overdue</th><th scope=\"col\" class=\"govuk-table__header "
	    "govuk-table__header--numeric\">Due soon</th></tr></thead><tbody class=\""
	    "govuk-table__body\">");
	for (int k = 0; k < TS_NKINDS; k++)
		if (kinds[k][0] || kinds[k][1])
			h(r, "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\""
			    "govuk-table__header\">%s</th><td class=\"govuk-table__cell "
			    "govuk-table__cell--numeric\">%zu</td><td class=\"govuk-table__cell "
			    "govuk-table__cell--numeric\">%zu</td></tr>", ts_kind_label(k), kinds[k][0],
			    kinds[k][1]);
	h(r, "</tbody></table>");
}

static int
in_section(const struct ts_item *it, int section)
{
	int review = it->clock.kind == TS_K_PLAN_LENGTH;

	if (section == 2)
		return review;
	return !review && (section == 0 ? it->clock.state == TS_OVERDUE :
	    it->clock.state == TS_DUE);
}

static void
section(struct web_req *r, const struct web_snapshot *s, const struct ts_worklist *w,
    int which, const char *title, int names)
{
	static const char *const ids[] = {"overdue", "due", "reviews"};
	size_t n = 0;

	for (size_t i = 0; i < w->n; i++)
		n += in_section(&w->v[i], which);
	h(r, "<h2 class=\"govuk-heading-m\" id=\"%s\">%s (%zu)</h2>", ids[which], title, n);
	if (!n) {
		h(r, "<p class=\"govuk-body\">None.</p>");
		return;
	}
	web_work_table_begin(r, names, ids[which]);
	for (size_t i = 0; i < w->n; i++)
		if (in_section(&w->v[i], which))
			web_work_row(r, s, &w->v[i], names);
	h(r, "</tbody></table>");
}

static int
horizon_days(struct web_req *r)
{
	const char *v = web_kv_get(&r->query, "days");
	int d = 5;

	if (v && !str_to_int(v, 1, 20, &d))
		d = 5;
	return d;
}

/* The area's other lists, each shown to whom the route table lets open it. */
static int
may_open(const struct web_req *r, const char *path)
{
	int64_t ids[2];
	int status;
	char allow[32];
	const struct web_route *rt = web_route_match("GET", path, ids, &status, allow,
	    sizeof allow);

	return rt && (rt->roles & r->role);
}

static void
other_lists(struct web_req *r)
{
	static const char *const lists[][2] = {
		{"/escalations", "Open escalations"},
		{"/placements", "Children placed in the area by other authorities"},
	};
	int n = 0;

	for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
		if (!may_open(r, lists[i][0]))
			continue;
		if (!n++)
			h(r, "<h2 class=\"govuk-heading-m\">The area's lists</h2><ul class=\""
			    "govuk-list\">");
		h(r, "<li><a class=\"govuk-link\" href=\"%s\">%s</a></li>", lists[i][0],
		    lists[i][1]);
	}
	if (n)
		h(r, "</ul>");
}

int
page_worklist(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct ts_filter f;
	struct ts_worklist w;
	const char *whose;
	int days = horizon_days(r), reviews = 0;

	if (!s)
		return -1;
	whose = web_work_filter(r, &f);
	ts_worklist_select(&s->a, &s->all, &f, cal_add_working_days(s->today, days), &w);
	for (size_t i = 0; i < w.n; i++)
		reviews += w.v[i].clock.kind == TS_K_PLAN_LENGTH;
	h_page_begin(r, "My work", NAV_WORK);
	h_heading(r, whose ? arena_printf(&r->arena, "Work of %s", whose) : NULL, "My work");
	h(r, "<p class=\"govuk-body\">As at the end of %s: what is overdue, and what falls due "
	    "by %s (%d working days).</p>", h_date(r, s->today), h_date(r, w.horizon), days);
	web_work_days_form(r, days);
	counts(r, &w, reviews);
	if (r->role & R_MANAGER)
		web_work_authorise(r, s);
	section(r, s, &w, 0, "Overdue", 1);
	section(r, s, &w, 1, "Due soon", 1);
	section(r, s, &w, 2, "Plans to review", 1);
	web_work_conferences(r, s);
	if (r->role & R_LADO)
		web_lado_work(r);	/* the LADO's own clocks (issue 11, point 2) */
	if (r->role & R_CDOP)
		web_deaths_work(r);	/* the child death review's clocks (issue 11, point 6) */
	if (r->role & R_SENIOR)	/* the training administrator's (issue 11, point 5) */
		web_training_work(r, s, w.horizon);
	if (r->role & (R_MANAGER | R_SENIOR | R_PARTNER))
		web_actions_work(r);	/* the actions of audits they own (migration_audits) */
	if (r->role & (R_MANAGER | R_SENIOR))
		web_reviews_work(r);	/* serious incidents' clocks (issue 11, point 8) */
	if (r->role & (R_MANAGER | R_SENIOR))
		web_work_reasons(r);
	other_lists(r);
	h_page_end(r);
	ts_worklist_free(&w);
	web_snapshot_put(s);
	return 0;
}
