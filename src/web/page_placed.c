/*
 * page_placed.c: GET /placements, the children placed in the area by other local
 * authorities today, for the area's social workers, managers, chairs and senior
 * managers: the list the seeds' partnerships keep so that a placed child reported missing,
 * or referred, is known at once. Each child with the placing authority and its contact,
 * the kind of placement and its start, and the state of the placing authority's notice
 * (the clock placement_notice), the latest start first. A restricted child's name is
 * shown only to the people it is open to.
 */
#include "web/pages.h"

#include <stdlib.h>

#include "base/mem.h"
#include "codes/codes.h"
#include "timescales/ts.h"
#include "web/rform.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

struct placed {
	const struct m_child *c;
	const struct m_placement *p;
};

static int
latest_first(const void *x, const void *y)
{
	const struct placed *p = x, *q = y;

	if (p->p->start != q->p->start)
		return p->p->start > q->p->start ? -1 : 1;
	return p->p->id > q->p->id ? -1 : p->p->id < q->p->id;
}

static size_t
collect(const struct web_snapshot *s, struct placed **out)
{
	const struct area *a = &s->a;
	struct placed *v = xcalloc(a->n_placements + 1, sizeof *v);
	size_t n = 0;

	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		for (uint32_t j = 0; j < c->placements.count; j++) {
			const struct m_placement *p = &a->placements[c->placements.first + j];
			if (p->start != CAL_NONE && p->start <= s->today &&
			    (p->end == CAL_NONE || p->end > s->today))
				v[n++] = (struct placed){c, p};
		}
	}
	qsort(v, n, sizeof *v, latest_first);
	*out = v;
	return n;
}

static void
notice(struct web_req *r, const struct web_snapshot *s, const struct placed *x)
{
	struct ts_clocks v = {0};

	ts_child(&s->a, s->cfg, x->c, s->today, &v);
	for (size_t i = 0; i < v.n; i++)
		if (v.v[i].kind == TS_K_PLACEMENT_NOTICE && v.v[i].record_id == x->p->id) {
			if (x->p->notified != CAL_NONE)
				h(r, "%s ", h_date(r, x->p->notified));
			web_clock_tag(r, &v.v[i], s->today);
		}
	ts_clocks_free(&v);
}

static void
row(struct web_req *r, const struct web_snapshot *s, const struct placed *x)
{
	const char *kind = codes_label(codes_list("placement_kind"), x->p->kind);
	int named = 0, hidden = web_snapshot_restricted(s, x->c->id, r->user.id, &named) &&
	    !named;

	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/children/%lld#placed\">%s</a></td><td class=\""
	    "govuk-table__cell\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell sg-nowrap\">%s%s</td><td class=\"govuk-table__cell\">",
	    (long long)x->c->id, hidden ? "Restricted record" : web_child_name(r, x->c),
	    x->p->authority ? x->p->authority : "", rf_capital(r, kind ? kind : x->p->kind),
	    h_date(r, x->p->start), x->p->emergency == M_YES ? " (emergency)" : "");
	notice(r, s, x);
	h(r, "</td></tr>");
}

static void
table_head(struct web_req *r)
{
	h(r, "<table class=\"govuk-table\" aria-label=\"Children placed in the area\"><thead "
	    "class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
	    "govuk-table__header\">Child</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "Placing authority</th><th scope=\"col\" class=\"govuk-table__header\">Placement</th>"
	    "<th scope=\"col\" class=\"govuk-table__header\">Since</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Notice from the placing authority</th></tr></thead><tbody "
	    "class=\"govuk-table__body\">");
}

/* GET /placements */
int
page_placements(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct placed *v;
	size_t n;

	if (!s)
		return -1;
	n = collect(s, &v);
	h_page_begin(r, "Children placed in the area", NAV_WORK);
	h_heading(r, NULL, "Children placed in the area");
	h(r, "<p class=\"govuk-body\">Children in the care of other local authorities who live in "
	    "the area today: %zu. The placing authority tells the area of a placement before it "
	    "starts, or within %d working days of an emergency placement. To add one, open the "
	    "child's record (or add the child) and add the placement there.</p>", n,
	    ts_setting_int(s->cfg, TS_PLACEMENT_NOTICE, s->today));
	if (n) {
		table_head(r);
		for (size_t i = 0; i < n; i++)
			row(r, s, &v[i]);
		h(r, "</tbody></table>");
	}
	h_page_end(r);
	xfree(v);
	web_snapshot_put(s);
	return 0;
}
