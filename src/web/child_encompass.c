/*
 * child_encompass.c: a child's Operation Encompass notifications on the child's record,
 * for the social workers and managers who read it: which school the police told of which
 * incident, when they sent it and when the school's safeguarding lead read it, with the
 * clocks of each (timescales/ts_encompass.c).
 */
#include "web/child.h"

#include "web/html.h"
#include "web/web_int.h"

static const char *
agency(const struct child_view *v, int64_t id)
{
	const struct m_agency *g = m_agency(v->a, id);

	return g && g->name ? g->name : "Not recorded";
}

static const char *
when(struct child_view *v, cal_date d, const char *t)
{
	if (d == CAL_NONE)
		return "Not yet";
	return arena_printf(&v->r->arena, "%s%s%s", h_date(v->r, d), *t ? " at " : "", t);
}

static void
row(struct child_view *v, const struct m_encompass *e)
{
	struct web_req *r = v->r;

	h(r, "<tr class=\"govuk-table__row\" id=\"encompass_notifications-%lld\"><td class=\""
	    "govuk-table__cell\">%s<br><span class=\"govuk-body-s\">%s, reference %s</span></td>"
	    "<td class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td "
	    "class=\"govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s", (long long)e->id,
	    when(v, e->incident, e->incident_time), agency(v, e->police_agency_id),
	    e->police_reference, e->child_present ? "Yes" : "No", agency(v, e->school_id),
	    when(v, e->sent, e->sent_time), when(v, e->read, e->read_time));
	if (e->read != CAL_NONE && e->read_by_id)
		h(r, " by %s", child_person(v, e->read_by_id));
	h(r, "</td></tr>");
}

void
child_encompass(struct child_view *v)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;

	if (!c->encompass.count)
		return;
	h(r, "<h2 class=\"govuk-heading-l\" id=\"encompass\">Operation Encompass</h2><p class=\""
	    "govuk-body\">The police told the child's school of these domestic abuse incidents, "
	    "to be known there before the next school day began.</p>");
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-visually-hidden\">Operation "
	    "Encompass notifications</caption><thead class=\"govuk-table__head\"><tr class=\""
	    "govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Incident</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">Child present</th><th scope=\"col\" "
	    "class=\"govuk-table__header\">School</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Sent</th><th scope=\"col\" class=\"govuk-table__header\">Read"
	    "</th></tr></thead><tbody class=\"govuk-table__body\">");
	for (uint32_t i = c->encompass.count; i-- > 0;)
		row(v, &v->a->encompass[c->encompass.first + i]);
	h(r, "</tbody></table>");
	for (uint32_t i = c->encompass.count; i-- > 0;)
		child_clocks(v, "encompass_notifications", v->a->encompass[c->encompass.first + i].id);
}
