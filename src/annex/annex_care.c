/*
 * annex_care.c: list 8, children in care, as far as the store's periods in care go: every
 * period open at the as-of date, and every one that ended in the six months before it.
 * The store holds a period's dates and legal status, not its placements, reviews, health
 * checks or missing episodes: those columns are written empty (docs/annex-a.md).
 */
#include "annex/annex_int.h"

static const char *const list8_cols[] = {
	"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
	"Does the Child have a Disability", "Date Started to be Looked After",
	"Child's Category of Need",
	"Is this a second or subsequent period of being a Looked After Child within the last 12 "
	"months (Y/N)", "Start date of current legal status", "Child's Legal Status",
	"Date of Latest Statutory Review", "Date of Last Social Work Visit",
	"What is the permanence plan for this child?",
	"Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
	"Date of Last Dental Check", "Number of Placements in the Last 12 months",
	"Date Ceased to be Looked After", "Reason Ceased to be Looked After",
	"Start Date of Most Recent Placement", "Placement Type", "Placement Provider",
	"Placement postcode", "URN of Placement", "Placement Location", "LA of Placement",
	"Number of Episodes the Child has been 'Missing' from their Placement in the last 12 "
	"months", "Number of Episodes the Child has been 'Absent' from their Placement in the "
	"last 12 months", "Was the child offered a Return Interview after their last missing "
	"episode (Y/N)?", "Did the child accept a Return Interview after their last missing "
	"episode (Y/N)?", "Allocated Team", "Allocated Worker", NULL,
};

/* Another period of the child ended in the twelve months before this one began. */
static int
again_within_year(const struct annex_ctx *x, const struct m_child *c,
    const struct m_care_period *p)
{
	cal_date year_before = cal_add_months(p->start, -12);

	for (uint32_t k = 0; k < c->care_periods.count; k++) {
		const struct m_care_period *q = &x->a->care_periods[c->care_periods.first + k];
		if (q != p && q->end != CAL_NONE && q->end <= p->start && q->end >= year_before)
			return 1;
	}
	return 0;
}

/* The last visit to the child in the period, by as_of. */
static cal_date
last_visit(const struct annex_ctx *x, const struct m_child *c, const struct m_care_period *p)
{
	cal_date last = CAL_NONE;

	for (uint32_t k = 0; k < c->visits.count; k++) {
		const struct m_visit *v = &x->a->visits[c->visits.first + k];
		if (annex_within(x, p->start, v->date) && (p->end == CAL_NONE ||
		    v->date <= p->end) && v->date > last)
			last = v->date;
	}
	return last;
}

/* The episode the period belongs to: the one it names, else the child's episode open
 * on the day it began. */
static const struct m_referral *
episode_of(const struct annex_ctx *x, const struct m_child *c, const struct m_care_period *p)
{
	const struct m_referral *found = NULL;

	if (p->referral_id)
		return m_find_referral(x->a, c, p->referral_id);
	for (uint32_t k = 0; k < c->referrals.count; k++) {
		const struct m_referral *r = &x->a->referrals[c->referrals.first + k];
		if (!r->nfa && r->received <= p->start && (r->closure == CAL_NONE ||
		    r->closure >= p->start))
			found = r;
	}
	return found;
}

static void
row(struct annex_ctx *x, struct buf *b, const struct m_child *c, const struct m_care_period *p)
{
	const struct m_referral *r = episode_of(x, c, p);
	struct annex_row w;

	annex_row_begin(&w, b);
	annex_child_cells(x, &w, c, 1);
	annex_cell_date(&w, p->start);
	annex_cell(&w, r ? r->primary_need : NULL);
	annex_cell(&w, again_within_year(x, c, p) ? "Y" : "N");
	annex_cell_empty(&w, 1);	/* the legal status's own start is not recorded */
	annex_cell(&w, p->legal_status);
	annex_cell_empty(&w, 1);	/* statutory reviews of children in care */
	annex_cell_date(&w, last_visit(x, c, p));
	annex_cell_empty(&w, 5);	/* permanence plan, IRO, health, dental, placements */
	annex_cell_date(&w, annex_by(x, p->end) ? p->end : CAL_NONE);
	annex_cell_empty(&w, 12);	/* reason ceased, placement, missing and absence */
	annex_allocated(x, &w, r ? r->team_id : 0, r ? r->social_worker_id : 0);
	annex_row_end(&w);
}

long
annex_list8(struct annex_ctx *x, struct buf *b)
{
	const struct area *a = x->a;
	long rows = 0;

	annex_header(b, list8_cols);
	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		for (uint32_t k = 0; k < c->care_periods.count; k++) {
			const struct m_care_period *p = &a->care_periods[c->care_periods.first + k];
			if (annex_open_in_six_months(x, c, p->start, p->end)) {
				row(x, b, c, p);
				rows++;
			}
		}
	}
	return rows;
}
