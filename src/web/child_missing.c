/*
 * child_missing.c: a child's missing episodes on the child's record: when the child went
 * missing and returned, the return interview offered and taken up, each with its clock
 * (timescales/ts_missing.c) and, for those who write, the link to change it.
 */
#include "web/child.h"

#include "web/html.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static const char *
day(struct child_view *v, cal_date d)
{
	return d == CAL_NONE ? "Not recorded" : h_date(v->r, d);
}

static void
row(struct child_view *v, const struct m_missing *m)
{
	struct web_req *r = v->r;

	h(r, "<tr class=\"govuk-table__row\" id=\"missing_episodes-%lld\"><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">", (long long)m->id,
	    day(v, m->start), m->returned == CAL_NONE ? "Still missing" : h_date(r, m->returned),
	    day(v, m->offered), m->accepted == M_UNKNOWN ? "Not recorded" : m->accepted == M_YES ?
	    "Yes" : "No", day(v, m->interview));
	child_edit_link(v, "missing_episodes", "edit", m->id, "Change the missing episode");
	h(r, "</td></tr>");
}

void
child_missing(struct child_view *v)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;

	if (!c->missing.count)
		return;
	h(r, "<h2 class=\"govuk-heading-l\" id=\"missing\">Missing episodes</h2><p class=\""
	    "govuk-body\">A child back from a missing episode is offered an independent return "
	    "interview within %d hours of the return.</p>", 24 * ts_setting_int(v->s->cfg,
	    TS_RETURN_INTERVIEW, v->today));
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-visually-hidden\">Missing "
	    "episodes</caption><thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">"
	    "<th scope=\"col\" class=\"govuk-table__header\">Missing from</th><th scope=\"col\" "
	    "class=\"govuk-table__header\">Returned</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Interview offered</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Accepted</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Interview</th><th scope=\"col\" class=\"govuk-table__header\"><span class=\""
	    "govuk-visually-hidden\">Change</span></th></tr></thead><tbody class=\""
	    "govuk-table__body\">");
	for (uint32_t i = c->missing.count; i-- > 0;)
		row(v, &v->a->missing[c->missing.first + i]);
	h(r, "</tbody></table>");
	for (uint32_t i = c->missing.count; i-- > 0;)
		child_clocks(v, "missing_episodes", v->a->missing[c->missing.first + i].id);
}
