/*
 * child_placed.c: a child placed in the area by another local authority, on the child's
 * record: who placed them, where and since when, and when the placing authority told the
 * area of the start and the end, each notice with its clock (timescales/ts_placed.c) and,
 * for those who write, the link to change it.
 */
#include "web/child.h"

#include "codes/codes.h"
#include "web/rform.h"
#include "web/snapshot.h"
#include "web/html.h"
#include "web/web_int.h"

static const char *
day(struct child_view *v, cal_date d, const char *none)
{
	return d == CAL_NONE ? none : h_date(v->r, d);
}

static void
row(struct child_view *v, const struct m_placement *p)
{
	struct web_req *r = v->r;
	const char *kind = codes_label(codes_list("placement_kind"), p->kind);

	h(r, "<tr class=\"govuk-table__row\" id=\"placements_in_area-%lld\"><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell\">%s%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell\">", (long long)p->id, p->authority ? p->authority : "",
	    rf_capital(r, kind ? kind : p->kind), day(v, p->start, "Not recorded"),
	    p->emergency == M_YES ? " (emergency)" : "", day(v, p->notified, "Not received"),
	    day(v, p->end, "Still placed"), p->end == CAL_NONE ? "" :
	    day(v, p->end_notified, "Not received"));
	child_edit_link(v, "placements_in_area", "edit", p->id, "Change the placement");
	h(r, "</td></tr>");
}

void
child_placements(struct child_view *v)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;

	if (!c->placements.count)
		return;
	h(r, "<h2 class=\"govuk-heading-l\" id=\"placed\">Placed in the area by another "
	    "authority</h2><p class=\"govuk-body\">The placing authority tells the area of a "
	    "placement before it starts, or within %d working days of an emergency placement, "
	    "and of its end within %d working days.</p>", ts_setting_int(v->s->cfg,
	    TS_PLACEMENT_NOTICE, v->today), ts_setting_int(v->s->cfg, TS_PLACEMENT_END_NOTICE,
	    v->today));
	h(r, "<table class=\"govuk-table\"><caption class=\"govuk-visually-hidden\">Placements "
	    "by other authorities</caption><thead class=\"govuk-table__head\"><tr class=\""
	    "govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">Placing authority"
	    "</th><th scope=\"col\" class=\"govuk-table__header\">Placement</th><th scope=\"col\" "
	    "class=\"govuk-table__header\">Started</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Notified</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Ended</th><th scope=\"col\" class=\"govuk-table__header\">End notified</th><th "
	    "scope=\"col\" class=\"govuk-table__header\"><span class=\"govuk-visually-hidden\">"
	    "Change</span></th></tr></thead><tbody class=\"govuk-table__body\">");
	for (uint32_t i = c->placements.count; i-- > 0;)
		row(v, &v->a->placements[c->placements.first + i]);
	h(r, "</tbody></table>");
	for (uint32_t i = c->placements.count; i-- > 0;)
		child_clocks(v, "placements_in_area", v->a->placements[c->placements.first + i].id);
}
