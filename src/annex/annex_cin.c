/*
 * annex_cin.c: list 6, children in need: every episode open at the as-of date or in the
 * six months before it, one row an episode. A referral that led to no further action is
 * not an episode of need (domain.md 2.1), so it is not here.
 */
#include "annex/annex_int.h"

static const char *const list6_cols[] = {
	"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
	"Does the Child have a Disability", "CIN Start Date", "Primary Need Code",
	"Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status",
	"Allocated Team", "Allocated Worker", NULL,
};

/* The last visit in the episode at which the child was seen, by as_of. */
static cal_date
last_seen(const struct annex_ctx *x, const struct m_child *c, const struct m_referral *r)
{
	cal_date last = CAL_NONE;

	for (uint32_t k = 0; k < c->visits.count; k++) {
		const struct m_visit *v = &x->a->visits[c->visits.first + k];
		if (v->seen && annex_within(x, r->received, v->date) &&
		    (r->closure == CAL_NONE || v->date <= r->closure) && v->date > last)
			last = v->date;
	}
	return last;
}

static int
care_at(const struct annex_ctx *x, const struct m_child *c)
{
	for (uint32_t k = 0; k < c->care_periods.count; k++) {
		const struct m_care_period *p = &x->a->care_periods[c->care_periods.first + k];
		if (annex_by(x, p->start) && annex_open_at(x, p->end))
			return 1;
	}
	return 0;
}

static int
plan_at(const struct annex_ctx *x, const struct m_child *c, const struct m_referral *r)
{
	for (uint32_t k = 0; k < c->plans.count; k++) {
		const struct m_plan *p = &x->a->plans[c->plans.first + k];
		if (p->referral_id == r->id && annex_by(x, p->start) && annex_open_at(x, p->end))
			return 1;
	}
	return 0;
}

static int
cin_plan_at(const struct annex_ctx *x, const struct m_child *c, const struct m_referral *r)
{
	for (uint32_t k = 0; k < c->cin_plans.count; k++) {
		const struct m_cin_plan *p = &x->a->cin_plans[c->cin_plans.first + k];
		if (p->referral_id == r->id && annex_by(x, p->start) && annex_open_at(x, p->end))
			return 1;
	}
	return 0;
}

static int
assessment_at(const struct annex_ctx *x, const struct m_child *c, const struct m_referral *r)
{
	for (uint32_t k = 0; k < c->assessments.count; k++) {
		const struct m_assessment *s = &x->a->assessments[c->assessments.first + k];
		if (s->referral_id == r->id && annex_by(x, s->start) && !annex_by(x, s->authorised))
			return 1;
	}
	return 0;
}

/* The guidance's case status at as_of, the first that holds; none of them (an episode
 * open with nothing under way, awaiting its assessment): empty, not guessed. */
static const char *
case_status(const struct annex_ctx *x, const struct m_child *c, const struct m_referral *r)
{
	if (annex_by(x, r->closure))
		return "e) Closed episode";
	if (care_at(x, c))
		return "a) Looked after child";
	if (plan_at(x, c, r))
		return "b) Child Protection plan";
	if (cin_plan_at(x, c, r))
		return "c) Child in need plan";
	if (assessment_at(x, c, r))
		return "d) Open assessment";
	return NULL;
}

long
annex_list6(struct annex_ctx *x, struct buf *b)
{
	const struct area *a = x->a;
	struct annex_row w;
	long rows = 0;

	annex_header(b, list6_cols);
	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		for (uint32_t k = 0; k < c->referrals.count; k++) {
			const struct m_referral *r = &a->referrals[c->referrals.first + k];
			int closed = annex_by(x, r->closure);
			if (r->nfa || !annex_by(x, r->received) || (closed && r->closure < x->from6) ||
			    !annex_keep(x, c))
				continue;
			annex_row_begin(&w, b);
			annex_child_cells(x, &w, c, 1);
			annex_cell_date(&w, r->received);
			annex_cell(&w, r->primary_need);
			annex_cell_date(&w, last_seen(x, c, r));
			annex_cell_date(&w, closed ? r->closure : CAL_NONE);
			annex_cell(&w, closed ? r->closure_reason : NULL);
			annex_cell(&w, case_status(x, c, r));
			annex_allocated(x, &w, r->team_id, r->social_worker_id);
			annex_row_end(&w);
			rows++;
		}
	}
	return rows;
}
