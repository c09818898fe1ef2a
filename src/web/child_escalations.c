/*
 * child_escalations.c: the child's escalations on the child's page (issue 11): when each
 * was raised, its category, whom it is about, the stage it has reached and when its answer
 * is due, each a link to the escalation's page; and the link to raise one, for everyone
 * who works with the child. A partner sees their own agency's part: those it raised and
 * those about it. Each stage's row anchor is where the worklist's items point.
 */
#include "web/child.h"

#include <string.h>

#include "web/esc_page.h"
#include "web/html.h"
#include "web/pages.h"
#include "web/work.h"
#include "web/web_int.h"

static const struct ts_clock *
clock_of(const struct child_view *v, int64_t stage_id)
{
	for (size_t i = 0; i < v->clocks.n; i++)
		if (v->clocks.v[i].kind == TS_K_ESCALATION_STAGE &&
		    v->clocks.v[i].record_id == stage_id)
			return &v->clocks.v[i];
	return NULL;
}

static int
ours(const struct child_view *v, const struct m_escalation *e)
{
	int64_t agency = v->r->user.agency_id;

	return !v->partner || e->about_agency_id == agency || e->raised_by_agency_id == agency;
}

/* The stage rows' anchors, and the clock of the highest stage. */
static const struct ts_clock *
anchors(struct child_view *v, const struct m_escalation *e)
{
	const struct ts_clock *k = NULL;
	int top = 0;

	for (uint32_t i = 0; i < v->c->escalation_stages.count; i++) {
		const struct m_escalation_stage *s =
		    &v->a->escalation_stages[v->c->escalation_stages.first + i];
		if (s->escalation_id != e->id)
			continue;
		h(v->r, "<span id=\"escalation_stages-%lld\"></span>", (long long)s->id);
		if (s->stage > top) {
			top = s->stage;
			k = clock_of(v, s->id);
		}
	}
	return k;
}

static void
row(struct child_view *v, const struct m_escalation *e)
{
	struct web_req *r = v->r;
	const struct m_agency *g = m_agency(v->a, e->about_agency_id);
	const struct ts_clock *k;

	h(r, "<tr class=\"govuk-table__row\" id=\"escalations-%lld\"><td class=\""
	    "govuk-table__cell sg-nowrap\">", (long long)e->id);
	k = anchors(v, e);
	h(r, "<a class=\"govuk-link\" href=\"/escalations/%lld\">%s</a></td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell govuk-table__cell--numeric\">%d</td><td class=\"govuk-table__cell\">",
	    (long long)e->id, h_date(r, e->raised), child_label("escalation_category",
	    e->category), g && g->name ? g->name : "", esc_stage_now(v->a, v->c, e));
	if (e->resolved != CAL_NONE)
		h(r, "Resolved %s: %s", h_date(r, e->resolved), *e->outcome ?
		    child_label("escalation_outcome", e->outcome) : "outcome not recorded");
	else if (k) {
		h(r, "Answer due %s ", h_date(r, k->target));
		web_clock_tag(r, k, v->today);
	}
	h(r, "</td></tr>");
}

void
child_escalations(struct child_view *v)
{
	struct web_req *r = v->r;
	int n = 0;

	h(r, "<h2 class=\"govuk-heading-m\" id=\"escalations\">Escalations</h2>");
	for (uint32_t i = 0; i < v->c->escalations.count; i++) {
		const struct m_escalation *e = &v->a->escalations[v->c->escalations.first + i];
		if (!ours(v, e))
			continue;
		if (!n++)
			h(r, "<table class=\"govuk-table\" aria-labelledby=\"escalations\"><thead "
			    "class=\"govuk-table__head\"><tr class"
			    "=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Raised"
			    "</th><th scope=\"col\" class=\"govuk-table__header\">Category</th><th scope"
			    "=\"col\" class=\"govuk-table__header\">About</th><th scope=\"col\" class=\""
			    "govuk-table__header govuk-table__header--numeric\">Stage</th><th scope=\"col"
			    "\" class=\"govuk-table__header\">State</th></tr></thead><tbody class=\""
			    "govuk-table__body\">");
		row(v, e);
	}
	if (n)
		h(r, "</tbody></table>");
	else
		h(r, "<p class=\"govuk-body\">None raised.</p>");
	h(r, "<p class=\"govuk-body sg-noprint\"><a class=\"govuk-link\" href=\"/children/%lld/"
	    "new/escalations\">Raise an escalation</a></p>", (long long)v->c->id);
}
