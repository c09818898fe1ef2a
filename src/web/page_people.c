/*
 * page_people.c: the pages of a conference, a professional (their caseload and what
 * they must do), an agency (its people, and how it takes part in conferences: the seeds'
 * table of invitations, attendance and reports, kept live), and a team. All read the
 * area in memory (snapshot.c). A performance analyst sees agencies and teams without the
 * names of any child or worker.
 */
#include "web/pages.h"

#include <string.h>

#include "web/child.h"
#include "web/conf.h"
#include "web/html.h"
#include "web/qa.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

int
page_conference(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct child_view v = {r, s, NULL, NULL, {0}, 0, (r->role & R_PARTNER) != 0, 0};
	const struct m_conference *k;
	struct area fresh;

	if (!s)
		return -1;
	v.a = web_snapshot_child_area(r, s, r->child_id, &fresh);
	v.today = s->today;
	if (!v.a || !(v.c = m_child_by_id(v.a, r->child_id)) ||
	    !(k = m_find_conference(v.a, v.c, r->ids[0]))) {
		area_free(&fresh);
		web_snapshot_put(s);
		return v.a ? web_not_found(r) : -1;
	}
	ts_child(v.a, s->cfg, v.c, v.today, &v.clocks);
	h_page_begin(r, "Conference", NAV_WORK);
	h(r, "<a class=\"govuk-back-link\" href=\"/children/%lld#conferences-%lld\">%s's record</a>",
	    (long long)v.c->id, (long long)k->id, web_child_name(r, v.c));
	h_heading(r, web_child_name(r, v.c), "Conference");
	conf_view(r, s, v.c, k);
	if (!(r->role & R_PARTNER))	/* migration_qa: the form and feedback, not a partner's */
		conf_quality_view(r, v.a, v.c, k);
	child_conference(&v, k, 1);
	h_page_end(r);
	ts_clocks_free(&v.clocks);
	area_free(&fresh);
	web_snapshot_put(s);
	return 0;
}

static void
caseload(struct web_req *r, const struct area *a, int64_t pid, cal_date today)
{
	int n = 0;

	h(r, "<h2 class=\"govuk-heading-m\">Caseload</h2><ul class=\"govuk-list\">");
	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		const char *why = NULL;
		for (uint32_t j = 0; j < c->referrals.count && !why; j++) {
			const struct m_referral *x = &a->referrals[c->referrals.first + j];
			if (x->social_worker_id == pid && (x->closure == CAL_NONE || x->closure > today))
				why = "social worker";
		}
		for (uint32_t j = 0; j < c->plans.count && !why; j++) {
			const struct m_plan *p = &a->plans[c->plans.first + j];
			if (p->key_worker_id == pid && (p->end == CAL_NONE || p->end > today))
				why = "key worker";
		}
		if (why && n++ < 500)
			h(r, "<li><a class=\"govuk-link\" href=\"/children/%lld\">%s</a>, %s</li>",
			    (long long)c->id, web_child_name(r, c), why);
	}
	h(r, "</ul>");
	if (!n)
		h(r, "<p class=\"govuk-body\">No open case.</p>");
}

static void
worklist_of(struct web_req *r, const struct web_snapshot *s, const struct ts_filter *f, int names)
{
	struct ts_worklist w;

	ts_worklist_select(&s->a, &s->all, f, cal_add_working_days(s->today, 10), &w);
	h(r, "<h2 class=\"govuk-heading-m\" id=\"work\">Overdue and due in the next 10 working "
	    "days (%zu)</h2>", w.n);
	if (w.n) {
		web_work_table_begin(r, names, "work");
		for (size_t i = 0; i < w.n && i < 500; i++)
			web_work_row(r, s, &w.v[i], names);
		h(r, "</tbody></table>");
	}
	ts_worklist_free(&w);
}

int
page_professional(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct m_professional *p;
	const struct m_agency *g;
	const struct m_team *t;
	struct ts_filter f = {0};

	if (!s)
		return -1;
	if (!(p = m_professional(&s->a, r->ids[0]))) {
		web_snapshot_put(s);
		return web_not_found(r);
	}
	g = m_agency(&s->a, p->agency_id);
	t = p->team_id ? m_team(&s->a, p->team_id) : NULL;
	h_page_begin(r, "Professional", NAV_SEARCH);
	h_heading(r, "Professional", arena_printf(&r->arena, "%s %s", p->given_name ?
	    p->given_name : "", p->family_name ? p->family_name : ""));
	h_summary_begin(r);
	h_summary_row(r, "Role", child_label("professional_role", p->role));
	h_summary_row(r, "Agency", g && g->name ? g->name : "");
	h_summary_row(r, "Team", t && t->name ? t->name : "");
	h_summary_end(r);
	caseload(r, &s->a, p->id, s->today);
	f.professional_id = p->id;
	worklist_of(r, s, &f, 1);
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}

/* The seeds' table of an agency's part in conferences over the last 12 months. */
struct part {
	long invited, attended, apologies, asked, reports;
};

static void
agency_part(const struct web_snapshot *s, int64_t agency_id, struct part *p)
{
	const struct area *a = &s->a;

	memset(p, 0, sizeof *p);
	for (size_t i = 0; i < a->n_invitees; i++) {
		const struct m_invitee *x = &a->invitees[i];
		const struct m_child *c;
		const struct m_conference *k;
		if (x->agency_id != agency_id || !(c = m_child_by_id(a, x->child_id)) ||
		    !(k = m_find_conference(a, c, x->conference_id)) || k->held == CAL_NONE ||
		    k->held > s->today || k->held <= s->today - 365)
			continue;
		p->invited++;
		p->attended += x->attended;
		p->apologies += !x->attended && x->apologies;
		p->asked += x->report_requested;
		p->reports += x->report_requested && x->report != CAL_NONE;
	}
}

static const char *
pct(struct web_req *r, long n, long of)
{
	return of ? arena_printf(&r->arena, "%ld (%ld%%)", n, (n * 100 + of / 2) / of) : "0";
}

int
page_agency(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct m_agency *g;
	struct part p;
	int names = !(r->role & R_ANALYST);

	if (!s)
		return -1;
	if (!(g = m_agency(&s->a, r->ids[0]))) {
		web_snapshot_put(s);
		return web_not_found(r);
	}
	agency_part(s, g->id, &p);
	h_page_begin(r, "Agency", names ? NAV_SEARCH : NAV_OVERVIEW);
	h_heading(r, child_label("agency_kind", g->kind), g->name ? g->name : "Agency");
	h(r, "<h2 class=\"govuk-heading-m\">Conferences held in the last 12 months</h2>");
	h_summary_begin(r);
	h_summary_row(r, "Invitations", arena_printf(&r->arena, "%ld", p.invited));
	h_summary_row(r, "Attended", pct(r, p.attended, p.invited));
	h_summary_row(r, "Apologies sent", pct(r, p.apologies, p.invited));
	h_summary_row(r, "Reports asked for", arena_printf(&r->arena, "%ld", p.asked));
	h_summary_row(r, "Reports received", pct(r, p.reports, p.asked));
	h_summary_end(r);
	if (names) {
		h(r, "<h2 class=\"govuk-heading-m\">People</h2><ul class=\"govuk-list\">");
		for (size_t i = 0; i < s->a.n_professionals; i++) {
			const struct m_professional *x = &s->a.professionals[i];
			if (x->agency_id == g->id)
				h(r, "<li><a class=\"govuk-link\" href=\"/professionals/%lld\">%s %s</a>, %s"
				    "</li>", (long long)x->id, x->given_name ? x->given_name : "",
				    x->family_name ? x->family_name : "",
				    child_label("professional_role", x->role));
		}
		h(r, "</ul>");
	}
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}

int
page_team(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	const struct m_team *t;
	struct ts_filter f = {0};
	int names = !(r->role & (R_ANALYST | R_ADMIN));

	if (!s)
		return -1;
	if (!(t = m_team(&s->a, r->ids[0]))) {
		web_snapshot_put(s);
		return web_not_found(r);
	}
	h_page_begin(r, "Team", names ? NAV_WORK : NAV_OVERVIEW);
	h_heading(r, child_label("team_kind", t->kind), t->name ? t->name : "Team");
	if (names) {
		h(r, "<h2 class=\"govuk-heading-m\">People</h2><ul class=\"govuk-list\">");
		for (size_t i = 0; i < s->a.n_professionals; i++) {
			const struct m_professional *x = &s->a.professionals[i];
			if (x->team_id == t->id)
				h(r, "<li><a class=\"govuk-link\" href=\"/professionals/%lld\">%s %s</a>, %s"
				    "</li>", (long long)x->id, x->given_name ? x->given_name : "",
				    x->family_name ? x->family_name : "",
				    child_label("professional_role", x->role));
		}
		h(r, "</ul>");
	}
	f.team_id = t->id;
	worklist_of(r, s, &f, names);
	h_page_end(r);
	web_snapshot_put(s);
	return 0;
}
