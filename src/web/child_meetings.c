/*
 * child_meetings.c: the conferences and plans on a child's page. A conference shows its
 * invitees with the state of each report and who attended; a plan its categories, core
 * groups and visits; each with its clocks. A partner practitioner sees only the
 * conferences their agency is invited to, and in them only their own agency's
 * invitation: never another agency's report, nor the family's part.
 */
#include "web/child.h"

#include <string.h>

#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static const char *
tri(signed char v)
{
	return v == M_YES ? "Yes" : v == M_NO ? "No" : "Not recorded";
}

static const char *
categories(struct child_view *v, unsigned bits)
{
	const char *out = "";

	for (unsigned b = 1; b <= M_MUL; b <<= 1)
		if (bits & b)
			out = arena_printf(&v->r->arena, "%s%s%s", out, *out ? ", " : "",
			    child_label("abuse_category", m_category_code(b)));
	return out;
}

static int
invited(struct child_view *v, const struct m_conference *k)
{
	const struct m_child *c = v->c;

	for (uint32_t i = 0; i < c->invitees.count; i++) {
		const struct m_invitee *x = &v->a->invitees[c->invitees.first + i];
		if (x->conference_id == k->id && x->agency_id == v->r->user.agency_id)
			return 1;
	}
	return 0;
}

static void
invitees(struct child_view *v, const struct m_conference *k)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;
	int n = 0;

	for (uint32_t i = 0; i < c->invitees.count; i++) {
		const struct m_invitee *x = &v->a->invitees[c->invitees.first + i];
		const struct m_agency *g = m_agency(v->a, x->agency_id);
		if (x->conference_id != k->id || (v->partner && x->agency_id != r->user.agency_id))
			continue;
		if (n++ == 0)
			h(r, "<table class=\"govuk-table\"><caption class=\"govuk-table__caption "
			    "govuk-table__caption--s\">Invited</caption><thead class=\"govuk-table__head\">"
			    "<tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">"
			    "Agency</th><th scope=\"col\" class=\"govuk-table__header\">Person</th><th "
			    "scope=\"col\" class=\"govuk-table__header\">Invited</th><th scope=\"col\" "
			    "class=\"govuk-table__header\">Report</th><th scope=\"col\" class=\""
			    "govuk-table__header\">Attended</th></tr></thead><tbody class=\""
			    "govuk-table__body\">");
		h(r, "<tr class=\"govuk-table__row\" id=\"conference_invitees-%lld\"><td class=\""
		    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
		    "govuk-table__cell sg-nowrap\">%s</td><td class=\"govuk-table__cell\">%s</td><td "
		    "class=\"govuk-table__cell\">%s</td></tr>", (long long)x->id,
		    g && g->name ? g->name : "", x->professional_id ? child_person(v, x->professional_id)
		    : "", x->invited != CAL_NONE ? h_date(r, x->invited) : "Not recorded",
		    !x->report_requested ? "Not asked for" : x->report != CAL_NONE ?
		    arena_printf(&r->arena, "Received %s", h_date(r, x->report)) : "Not received",
		    k->held == CAL_NONE ? "Not held yet" : x->attended ? "Attended" : x->apologies ?
		    "Apologies" : "Did not attend");
	}
	if (n)
		h(r, "</tbody></table>");
	for (uint32_t i = 0; i < c->invitees.count; i++) {
		const struct m_invitee *x = &v->a->invitees[c->invitees.first + i];
		if (x->conference_id == k->id && (!v->partner || x->agency_id == r->user.agency_id))
			child_clocks(v, "conference_invitees", x->id);
	}
}

static void
family_part(struct child_view *v, const struct m_conference *k)
{
	struct web_req *r = v->r;

	h_summary_row(r, "Report to the chair", k->report_to_chair != CAL_NONE ?
	    h_date(r, k->report_to_chair) : "");
	h_summary_row(r, "Report shared with parents", k->report_to_parents != CAL_NONE ?
	    h_date(r, k->report_to_parents) : "");
	h_summary_row(r, "Parents met the chair beforehand", tri(k->parents_met_chair));
	h_summary_row(r, "Child's participation", child_label("participation", k->participation));
	h_summary_row(r, "Advocate", tri(k->advocate));
	h_summary_row(r, "Dissent", tri(k->dissent));
}

void
child_conference(struct child_view *v, const struct m_conference *k, int own_page)
{
	static const char *const kinds[] = {"Initial conference", "Review conference",
	    "Transfer-in conference"};
	struct web_req *r = v->r;
	int held = k->held != CAL_NONE;

	h(r, "<section class=\"sg-step%s\" id=\"conferences-%lld\">", held ? "" : " sg-step--open",
	    (long long)k->id);
	if (own_page)
		h(r, "<h2 class=\"govuk-heading-m\">%s, %s %s</h2>", kinds[k->kind], held ? "held" :
		    "scheduled for", h_date(r, held ? k->held : k->scheduled));
	else
		h(r, "<h3 class=\"govuk-heading-m\"><a class=\"govuk-link\" href=\"/conferences/%lld\">"
		    "%s, %s %s</a></h3>", (long long)k->id, kinds[k->kind], held ? "held" :
		    "scheduled for", h_date(r, held ? k->held : k->scheduled));
	h_summary_begin(r);
	if (k->rescheduled_from != CAL_NONE)
		h_summary_row(r, "Moved from", h_date(r, k->rescheduled_from));
	h_summary_row(r, "Chair", child_person(v, k->chair_id));
	if (!v->partner)
		family_part(v, k);
	h_summary_row(r, "Decision", child_label("conference_decision", k->decision));
	h_summary_row(r, "Categories", categories(v, k->categories));
	h_summary_row(r, "Key worker", child_person(v, k->key_worker_id));
	h_summary_row(r, "Plan circulated", k->plan_circulated != CAL_NONE ?
	    h_date(r, k->plan_circulated) : "");
	h_summary_row(r, "Minutes circulated", k->minutes_circulated != CAL_NONE ?
	    h_date(r, k->minutes_circulated) : "");
	h_summary_end(r);
	child_clocks(v, "conferences", k->id);
	invitees(v, k);
	h(r, "</section>");
}

void
child_conferences(struct child_view *v)
{
	const struct m_child *c = v->c;
	int n = 0;

	h(v->r, "<h2 class=\"govuk-heading-l\" id=\"conferences\">Conferences</h2>");
	if (v->r->role & (R_SW | R_MANAGER | R_CHAIR))
		h(v->r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/children/%lld/"
		    "conferences/new\">Schedule a conference</a></p>", (long long)c->id);
	for (uint32_t k = c->conferences.count; k-- > 0;) {
		const struct m_conference *x = &v->a->conferences[c->conferences.first + k];
		if (v->partner && !invited(v, x))
			continue;
		child_conference(v, x, 0);
		n++;
	}
	if (!n)
		h(v->r, "<p class=\"govuk-body\">None%s.</p>", v->partner ?
		    " that your agency is invited to" : " recorded");
}

static int
core_groups(struct child_view *v, const struct m_plan *p)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;
	int n = 0;

	for (uint32_t i = 0; i < c->core_groups.count; i++) {
		const struct m_core_group *g = &v->a->core_groups[c->core_groups.first + i];
		int came = 0, asked = 0;
		if (g->plan_id != p->id)
			continue;
		for (uint32_t j = 0; j < c->attendance.count; j++) {
			const struct m_attendance *x = &v->a->attendance[c->attendance.first + j];
			if (x->core_group_id == g->id)
				asked++, came += x->attended;
		}
		n++;
		h(r, "<li id=\"core_groups-%lld\">Core group %s %s%s</li>", (long long)g->id,
		    g->held != CAL_NONE ? "held" : "scheduled for",
		    h_date(r, g->held != CAL_NONE ? g->held : g->scheduled), g->held != CAL_NONE &&
		    asked ? arena_printf(&r->arena, ": %d of %d members attended", came, asked) : "");
	}
	return n;
}

static int
visits(struct child_view *v, const struct m_plan *p)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;
	int shown = 0;

	for (uint32_t k = c->visits.count; k-- > 0 && shown < 12;) {
		const struct m_visit *x = &v->a->visits[c->visits.first + k];
		if (x->plan_id != p->id)
			continue;
		shown++;
		h(r, "<li id=\"visits-%lld\">Visit %s by %s: %s</li>", (long long)x->id,
		    h_date(r, x->date), child_person(v, x->professional_id), x->seen_alone ?
		    "child seen alone" : x->seen ? "child seen" : "child not seen");
	}
	return shown;
}

static void
plan(struct child_view *v, const struct m_plan *p)
{
	struct web_req *r = v->r;
	int open = p->end == CAL_NONE || p->end > v->today;

	h(r, "<section class=\"sg-step%s\" id=\"cp_plans-%lld\"><h3 class=\"govuk-heading-m\">Child "
	    "protection plan from %s</h3>", open ? " sg-step--open" : "", (long long)p->id,
	    h_date(r, p->start));
	h_summary_begin(r);
	h_summary_row(r, "Initial category", child_label("abuse_category", p->initial_category));
	h_summary_row(r, "Latest category", child_label("abuse_category", p->latest_category));
	h_summary_row(r, "Previous plans", arena_printf(&r->arena, "%d", p->previous_plans));
	h_summary_row(r, "Key worker", child_person(v, p->key_worker_id));
	h_summary_row(r, "Ended", open ? "Open" : arena_printf(&r->arena, "%s: %s",
	    h_date(r, p->end), child_label("plan_end_reason", p->end_reason)));
	h_summary_end(r);
	child_edit_link(v, "cp_plans", "end", p->id, open ? "End the plan" : "Change how the plan "
	    "ended");
	child_signoff(v, SIGN_PLAN_END, p->id);
	child_clocks(v, "cp_plans", p->id);
	h(r, "<h4 class=\"govuk-heading-s\">Core groups</h4><ul class=\"govuk-list\">");
	if (!core_groups(v, p))
		h(r, "<li>None recorded.</li>");
	h(r, "</ul>");
	if (!v->partner)
		h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/children/%lld/plan\">"
		    "The plan's outcomes and actions</a><br><a class=\"govuk-link\" href=\""
		    "/children/%lld/core-groups\">Core group meetings, notes and actions</a></p>",
		    (long long)v->c->id, (long long)v->c->id);
	if (!v->partner) {
		h(r, "<h4 class=\"govuk-heading-s\">Latest visits</h4><ul class=\"govuk-list\">");
		if (!visits(v, p))
			h(r, "<li>None recorded.</li>");
		h(r, "</ul>");
	}
	h(r, "</section>");
}

void
child_plans(struct child_view *v)
{
	const struct m_child *c = v->c;

	h(v->r, "<h2 class=\"govuk-heading-l\" id=\"plans\">Child protection plans</h2>");
	if (!c->plans.count)
		h(v->r, "<p class=\"govuk-body\">None recorded.</p>");
	for (uint32_t k = c->plans.count; k-- > 0;)
		plan(v, &v->a->plans[c->plans.first + k]);
}
