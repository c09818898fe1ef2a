/*
 * page_esc_list.c: GET /escalations, the open escalations of the area for conference
 * chairs, team managers and senior managers: each with its child, category, whom it is
 * about, the stage it has reached and when that stage's answer is due (the engine's
 * clock escalation_stage), those about the manager's own team marked. A restricted
 * child's name is shown only to the people it is open to.
 */
#include "web/pages.h"

#include <string.h>

#include "codes/codes.h"
#include "timescales/ts.h"
#include "web/esc_page.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

static const struct ts_clock *
current(const struct ts_clocks *v, const struct area *a, const struct m_child *c,
    const struct m_escalation *e)
{
	const struct ts_clock *k = NULL;
	int top = 0;

	for (uint32_t i = 0; i < c->escalation_stages.count; i++) {
		const struct m_escalation_stage *s = &a->escalation_stages[c->escalation_stages.first + i];
		if (s->escalation_id != e->id || s->stage <= top)
			continue;
		top = s->stage;
		k = NULL;
		for (size_t j = 0; j < v->n; j++)
			if (v->v[j].kind == TS_K_ESCALATION_STAGE && v->v[j].record_id == s->id)
				k = &v->v[j];
	}
	return k;
}

static void
row(struct web_req *r, const struct web_snapshot *s, const struct m_child *c,
    const struct m_escalation *e, const struct ts_clocks *v)
{
	const struct ts_clock *k = current(v, &s->a, c, e);
	const struct m_agency *g = m_agency(&s->a, e->about_agency_id);
	const struct m_team *t = m_team(&s->a, e->about_team_id);
	int named = 0, hidden = web_snapshot_restricted(s, c->id, r->user.id, &named) && !named;

	h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\"><a class=\""
	    "govuk-link\" href=\"/escalations/%lld\">%s</a></td><td class=\"govuk-table__cell "
	    "sg-nowrap\">%s</td><td class=\"govuk-table__cell\">%s</td><td class=\""
	    "govuk-table__cell\">%s%s%s", (long long)e->id, hidden ? "Restricted record" :
	    web_child_name(r, c), h_date(r, e->raised), codes_label(codes_list(
	    "escalation_category"), e->category) ? codes_label(codes_list("escalation_category"),
	    e->category) : e->category, g && g->name ? g->name : "", t && t->name ? ", " : "",
	    t && t->name ? t->name : "");
	if (e->about_team_id && e->about_team_id == r->user.team_id)
		h(r, " <strong class=\"govuk-tag govuk-tag--yellow\">your team</strong>");
	h(r, "</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">%d</td><td class=\""
	    "govuk-table__cell sg-nowrap\">%s</td><td class=\"govuk-table__cell\">",
	    esc_stage_now(&s->a, c, e), k ? h_date(r, k->target) : "");
	if (k)
		web_clock_tag(r, k, s->today);
	h(r, "</td></tr>");
}

/* GET /escalations */
int
page_escalations(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct ts_clocks v = {0};
	size_t n = 0;

	if (!s)
		return -1;
	h_page_begin(r, "Open escalations", NAV_WORK);
	h_heading(r, NULL, "Open escalations");
	h(r, "<p class=\"govuk-body\">Professional disagreements not yet resolved, each at the "
	    "stage it has reached. Each stage is answered within %d working days by the manager "
	    "it went to.</p><table class=\"govuk-table\" aria-label=\"Open escalations\"><thead "
	    "class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\""
	    "govuk-table__header\">Child</th>"
	    "<th scope=\"col\" class=\"govuk-table__header\">Raised</th><th scope=\"col\" class=\""
	    "govuk-table__header\">Category</th><th scope=\"col\" class=\"govuk-table__header\">"
	    "About</th><th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric"
	    "\">Stage</th><th scope=\"col\" class=\"govuk-table__header\">Answer due</th><th "
	    "scope=\"col\" class=\"govuk-table__header\">State</th></tr></thead><tbody class=\""
	    "govuk-table__body\">", ts_setting_int(s->cfg, TS_ESCALATION_STAGE, s->today));
	for (size_t i = 0; i < s->a.n_children; i++) {
		const struct m_child *c = &s->a.children[i];
		int computed = 0;
		for (uint32_t j = 0; j < c->escalations.count; j++) {
			const struct m_escalation *e = &s->a.escalations[c->escalations.first + j];
			if (e->resolved != CAL_NONE && e->resolved <= s->today)
				continue;
			if (!computed++)
				ts_child(&s->a, s->cfg, c, s->today, &v);
			row(r, s, c, e, &v);
			n++;
		}
	}
	h(r, "</tbody></table>");
	if (!n)
		h(r, "<p class=\"govuk-body\">No escalation is open.</p>");
	h_page_end(r);
	ts_clocks_free(&v);
	web_snapshot_put(s);
	return 0;
}
