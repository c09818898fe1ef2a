/*
 * annex_s47.c: list 5, the section 47 enquiries of the six months before the as-of date
 * (and any still open at it), one row an enquiry, with the initial conference it led to.
 */
#include "annex/annex_int.h"

static const char *const list5_cols[] = {
	"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
	"Does the Child have a Disability",
	"Strategy discussion initiating Section 47 Enquiry Start Date",
	"Was an Initial Child Protection Conference deemed unnecessary?",
	"Date of Initial Child Protection Conference",
	"Did the Initial Child Protection Conference Result in a Child Protection Plan",
	"Number of Section 47 Enquiries in the last 12 months",
	"Number of ICPCs in the last 12 months", "Allocated Team", "Allocated Worker", NULL,
};

/* The enquiry begins with the strategy discussion that decided on it (domain.md 1.4);
 * without one recorded, its own start date. */
static cal_date
strategy_date(const struct area *a, const struct m_child *c, const struct m_s47 *s)
{
	for (uint32_t k = 0; s->strategy_id && k < c->strategies.count; k++)
		if (a->strategies[c->strategies.first + k].id == s->strategy_id)
			return a->strategies[c->strategies.first + k].held;
	return s->start;
}

static int
is_icpc(const struct annex_ctx *x, const struct m_conference *f)
{
	return f->kind == M_INITIAL && f->cancelled == CAL_NONE && annex_by(x, f->held);
}

/* The initial conference the enquiry led to, held by as_of, or NULL. */
static const struct m_conference *
icpc_of(const struct annex_ctx *x, const struct m_child *c, const struct m_s47 *s)
{
	for (uint32_t k = 0; k < c->conferences.count; k++) {
		const struct m_conference *f = &x->a->conferences[c->conferences.first + k];
		if (f->s47_id == s->id && is_icpc(x, f))
			return f;
	}
	return NULL;
}

static int
started_plan(const struct annex_ctx *x, const struct m_child *c, const struct m_conference *f)
{
	for (uint32_t k = 0; k < c->plans.count; k++) {
		const struct m_plan *p = &x->a->plans[c->plans.first + k];
		if (p->start_conference_id == f->id && annex_by(x, p->start))
			return 1;
	}
	return 0;
}

static void
counts_12(const struct annex_ctx *x, const struct m_child *c, long *s47s, long *icpcs)
{
	*s47s = *icpcs = 0;
	for (uint32_t k = 0; k < c->s47s.count; k++)
		*s47s += annex_within(x, x->from12, x->a->s47s[c->s47s.first + k].start);
	for (uint32_t k = 0; k < c->conferences.count; k++) {
		const struct m_conference *f = &x->a->conferences[c->conferences.first + k];
		*icpcs += is_icpc(x, f) && f->held >= x->from12;
	}
}

static void
row(struct annex_ctx *x, struct buf *b, const struct m_child *c, const struct m_s47 *s)
{
	const struct m_referral *r = m_find_referral(x->a, c, s->referral_id);
	const struct m_conference *f = icpc_of(x, c, s);
	struct annex_row w;
	long n47, nicpc;

	counts_12(x, c, &n47, &nicpc);
	annex_row_begin(&w, b);
	annex_child_cells(x, &w, c, 1);
	annex_cell_date(&w, strategy_date(x->a, c, s));
	annex_cell_yes_no(&w, s->icpc_not_required ? M_YES : M_NO);
	annex_cell_date(&w, f ? f->held : CAL_NONE);
	annex_cell_yes_no(&w, !f ? M_UNKNOWN : started_plan(x, c, f) ? M_YES : M_NO);
	annex_cell_int(&w, n47);
	annex_cell_int(&w, nicpc);
	annex_allocated(x, &w, r ? r->team_id : 0, r ? r->social_worker_id : 0);
	annex_row_end(&w);
}

long
annex_list5(struct annex_ctx *x, struct buf *b)
{
	const struct area *a = x->a;
	long rows = 0;

	annex_header(b, list5_cols);
	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		for (uint32_t k = 0; k < c->s47s.count; k++) {
			const struct m_s47 *s = &a->s47s[c->s47s.first + k];
			/* Started in the six months, or earlier and still open at as_of. */
			if (!annex_by(x, s->start) || (s->start < x->from6 && annex_by(x, s->completed)) ||
			    !annex_keep(x, c))
				continue;
			row(x, b, c, s);
			rows++;
		}
	}
	return rows;
}
