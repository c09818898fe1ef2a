/*
 * child_timeline.c: the child's pathway on their page, as the timescale engine sees it:
 * episode by episode (a referral and what followed it), newest first, each step with its
 * statutory clocks: the rule, the target date, the date it was done, and its state. The
 * conferences and plans have sections of their own (child_conferences, child_plans),
 * linked from the episode they belong to. Each step carries an id (referrals-12) that
 * the worklists link to.
 */
#include "web/child.h"

#include <string.h>

#include "base/buf.h"
#include "codes/codes.h"
#include "web/html.h"
#include "web/snapshot.h"
#include "web/work.h"
#include "web/web_int.h"

const char *
child_label(const char *list, const char *code)
{
	const char *l = code && *code ? codes_label(codes_list(list), code) : NULL;

	return l ? l : code ? code : "";
}

const char *
child_person(struct child_view *v, int64_t id)
{
	char name[220];
	const char *p = ts_person(v->a, id, name, sizeof name);

	return p ? arena_strdup(&v->r->arena, p) : "Not recorded";
}

void
child_clocks(struct child_view *v, const char *table, int64_t id)
{
	struct web_req *r = v->r;
	int n = 0;

	for (size_t i = 0; i < v->clocks.n; i++) {
		const struct ts_clock *k = &v->clocks.v[i];
		struct buf what;
		if (k->record_id != id || strcmp(ts_kind_table(k->kind), table) != 0)
			continue;
		if (n++ == 0)
			h(r, "<table class=\"govuk-table sg-clocks\"><caption class=\""
			    "govuk-visually-hidden\">Timescales</caption><thead class=\"govuk-table__head\">"
			    "<tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">"
			    "Timescale</th><th scope=\"col\" class=\"govuk-table__header\">Target</th><th "
			    "scope=\"col\" class=\"govuk-table__header\">Done</th><th scope=\"col\" class=\""
			    "govuk-table__header\">State</th></tr></thead><tbody class=\"govuk-table__body\">");
		buf_init(&what, 4096);
		ts_describe(v->a, k, &what);
		h(r, "<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\">%s</td><td "
		    "class=\"govuk-table__cell sg-nowrap\">%s</td><td class=\"govuk-table__cell "
		    "sg-nowrap\">%s</td><td class=\"govuk-table__cell\">", buf_str(&what),
		    h_date(r, k->target), k->actual != CAL_NONE ? h_date(r, k->actual) : "Not yet");
		web_clock_tag(r, k, v->today);
		h(r, "</td></tr>");
		buf_free(&what);
	}
	if (n)
		h(r, "</tbody></table>");
}

static void
referral_head(struct child_view *v, const struct m_referral *x)
{
	struct web_req *r = v->r;
	const struct m_team *t = x->team_id ? m_team(v->a, x->team_id) : NULL;
	int open = x->closure == CAL_NONE || x->closure > v->today;

	h(r, "<section class=\"sg-step%s\" id=\"referrals-%lld\" aria-labelledby=\"referral-%lld\">"
	    "<h3 class=\"govuk-heading-m\" id=\"referral-%lld\">Referral received %s</h3>",
	    open ? " sg-step--open" : "", (long long)x->id, (long long)x->id, (long long)x->id,
	    h_date(r, x->received));
	h_summary_begin(r);
	h_summary_row(r, "Source", child_label("referral_source", x->source));
	h_summary_row(r, "Primary need", child_label("primary_need", x->primary_need));
	h_summary_row(r, "Decision", x->decision == CAL_NONE ? "" : arena_printf(&r->arena,
	    "%s%s", h_date(r, x->decision), x->nfa ? ": no further action" : ""));
	h_summary_row(r, "Team", t && t->name ? t->name : "");
	h_summary_row(r, "Social worker", child_person(v, x->social_worker_id));
	h_summary_row(r, "Episode", open ? "Open" : arena_printf(&r->arena, "Closed %s: %s",
	    h_date(r, x->closure), child_label("closure_reason", x->closure_reason)));
	h_summary_end(r);
	child_edit_link(v, "referrals", "edit", x->id, "Change the referral");
	if (open)
		child_edit_link(v, "referrals", "close", x->id, "Close the episode");
	child_signoff(v, SIGN_NFA, x->id);
	child_clocks(v, "referrals", x->id);
}

static void
assessments(struct child_view *v, const struct m_referral *x)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;

	for (uint32_t i = 0; i < c->assessments.count; i++) {
		const struct m_assessment *y = &v->a->assessments[c->assessments.first + i];
		if (y->referral_id != x->id)
			continue;
		h(r, "<div id=\"assessments-%lld\"><h4 class=\"govuk-heading-s\">Assessment started "
		    "%s</h4><p class=\"govuk-body\">%s%s%s</p>", (long long)y->id,
		    h_date(r, y->start), y->submitted != CAL_NONE ? "Completed by the social "
		    "worker " : y->authorised != CAL_NONE ? "Completed" : "Not yet completed",
		    y->submitted != CAL_NONE ? h_date(r, y->submitted) : "",
		    y->factors ? arena_printf(&r->arena, ". Factors: %s", y->factors) : "");
		child_edit_link(v, "assessments", "edit", y->id, "Change the assessment");
		child_signoff(v, SIGN_ASSESSMENT, y->id);
		child_clocks(v, "assessments", y->id);
		h(r, "</div>");
	}
}

static void
enquiries(struct child_view *v, const struct m_referral *x)
{
	struct web_req *r = v->r;
	const struct m_child *c = v->c;

	for (uint32_t i = 0; i < c->strategies.count; i++) {
		const struct m_strategy *y = &v->a->strategies[c->strategies.first + i];
		if (y->referral_id != x->id)
			continue;
		h(r, "<h4 class=\"govuk-heading-s\" id=\"strategy_discussions-%lld\">Strategy "
		    "discussion held %s</h4><p class=\"govuk-body\">Outcome: %s</p>",
		    (long long)y->id, h_date(r, y->held), child_label("strategy_outcome", y->outcome));
		child_edit_link(v, "strategy_discussions", "edit", y->id,
		    "Change the strategy discussion");
	}
	for (uint32_t i = 0; i < c->s47s.count; i++) {
		const struct m_s47 *y = &v->a->s47s[c->s47s.first + i];
		if (y->referral_id != x->id)
			continue;
		h(r, "<div id=\"s47_enquiries-%lld\"><h4 class=\"govuk-heading-s\">Section 47 enquiry "
		    "started %s</h4><p class=\"govuk-body\">%s%s%s</p>", (long long)y->id,
		    h_date(r, y->start), y->completed != CAL_NONE ? "Completed " : "Open",
		    y->completed != CAL_NONE ? h_date(r, y->completed) : "", y->icpc_not_required ?
		    ": no conference required" : *y->outcome ? arena_printf(&r->arena, ": %s",
		    child_label("s47_outcome", y->outcome)) : "");
		child_edit_link(v, "s47_enquiries", "edit", y->id, "Change the section 47 enquiry");
		child_signoff(v, SIGN_S47, y->id);
		child_clocks(v, "s47_enquiries", y->id);
		h(r, "</div>");
	}
}

/* The rest of the episode, in brief, linking to the conference and plan sections. */
static void
episode_links(struct child_view *v, const struct m_referral *x)
{
	static const char *const kinds[] = {"Initial conference", "Review conference",
	    "Transfer-in conference"};
	struct web_req *r = v->r;
	const struct m_child *c = v->c;

	for (uint32_t i = 0; i < c->cin_plans.count; i++) {
		const struct m_cin_plan *y = &v->a->cin_plans[c->cin_plans.first + i];
		if (y->referral_id != x->id)
			continue;
		h(r, "<p class=\"govuk-body\" id=\"cin_plans-%lld\">Child in need plan from %s%s%s"
		    "</p>", (long long)y->id, h_date(r, y->start), y->end != CAL_NONE ?
		    " to " : " (open)", y->end != CAL_NONE ? h_date(r, y->end) : "");
		child_edit_link(v, "cin_plans", "edit", y->id, "Change the child in need plan");
	}
	for (uint32_t i = 0; i < c->conferences.count; i++) {
		const struct m_conference *y = &v->a->conferences[c->conferences.first + i];
		if (y->referral_id == x->id && y->kind != M_REVIEW)
			h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"#conferences-%lld\">"
			    "%s, %s %s</a></p>", (long long)y->id, kinds[y->kind], y->held != CAL_NONE ?
			    "held" : "scheduled for", h_date(r, y->held != CAL_NONE ? y->held :
			    y->scheduled));
	}
	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *y = &v->a->plans[c->plans.first + i];
		if (y->referral_id == x->id)
			h(r, "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"#cp_plans-%lld\">Child "
			    "protection plan from %s</a></p>", (long long)y->id, h_date(r, y->start));
	}
	for (uint32_t i = 0; i < c->care_periods.count; i++) {
		const struct m_care_period *y = &v->a->care_periods[c->care_periods.first + i];
		if (y->referral_id != x->id)
			continue;
		h(r, "<p class=\"govuk-body\" id=\"care_periods-%lld\">Looked after from %s%s%s"
		    "</p>", (long long)y->id, h_date(r, y->start), y->end != CAL_NONE ?
		    " to " : " (still looked after)", y->end != CAL_NONE ? h_date(r, y->end) : "");
		child_edit_link(v, "care_periods", "edit", y->id, "Change the period in care");
	}
}

void
child_timeline(struct child_view *v)
{
	const struct m_child *c = v->c;

	h(v->r, "<h2 class=\"govuk-heading-l\" id=\"timeline\">The pathway</h2>");
	if (!c->referrals.count)
		h(v->r, "<p class=\"govuk-body\">No referral is recorded.</p>");
	for (uint32_t k = c->referrals.count; k-- > 0;) {
		const struct m_referral *x = &v->a->referrals[c->referrals.first + k];
		referral_head(v, x);
		assessments(v, x);
		enquiries(v, x);
		episode_links(v, x);
		h(v->r, "</section>");
	}
}
