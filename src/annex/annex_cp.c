/*
 * annex_cp.c: list 7, child protection: every plan open at the as-of date, and every plan
 * that ended in the six months before it, one row a plan.
 */
#include "annex/annex_int.h"

static const char *const list7_cols[] = {
	"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
	"Does the Child have a Disability", "Child Protection Plan Start Date",
	"Initial Category of Abuse", "Latest Category of Abuse",
	"Date of the Last Statutory Visit", "Was the Child Seen Alone?",
	"Date of latest review conference", "Child Protection Plan End Date",
	"Subject to Emergency Protection Order or Protected Under Police Powers in Last Six "
	"Months (Y/N)", "Number of Previous Child Protection Plans", "Allocated Team",
	"Allocated Worker", NULL,
};

/* The plan's last visit by as_of, or NULL. */
static const struct m_visit *
last_visit(const struct annex_ctx *x, const struct m_child *c, const struct m_plan *p)
{
	const struct m_visit *last = NULL;

	for (uint32_t k = 0; k < c->visits.count; k++) {
		const struct m_visit *v = &x->a->visits[c->visits.first + k];
		if (v->plan_id == p->id && annex_by(x, v->date) && (!last || v->date >= last->date))
			last = v;
	}
	return last;
}

static cal_date
last_review(const struct annex_ctx *x, const struct m_child *c, const struct m_plan *p)
{
	cal_date last = CAL_NONE;

	for (uint32_t k = 0; k < c->conferences.count; k++) {
		const struct m_conference *f = &x->a->conferences[c->conferences.first + k];
		if (f->kind == M_REVIEW && f->plan_id == p->id && f->cancelled == CAL_NONE &&
		    annex_by(x, f->held) && f->held > last)
			last = f->held;
	}
	return last;
}

static void
row(struct annex_ctx *x, struct buf *b, const struct m_child *c, const struct m_plan *p)
{
	const struct m_referral *r = m_find_referral(x->a, c, p->referral_id);
	const struct m_visit *v = last_visit(x, c, p);
	struct annex_row w;

	annex_row_begin(&w, b);
	annex_child_cells(x, &w, c, 1);
	annex_cell_date(&w, p->start);
	annex_cell(&w, annex_category_label(p->initial_category));
	annex_cell(&w, annex_category_label(p->latest_category));
	annex_cell_date(&w, v ? v->date : CAL_NONE);
	annex_cell_yes_no(&w, !v ? M_UNKNOWN : v->seen_alone ? M_YES : M_NO);
	annex_cell_date(&w, last_review(x, c, p));
	annex_cell_date(&w, annex_by(x, p->end) ? p->end : CAL_NONE);
	annex_cell_empty(&w, 1);	/* emergency protection orders are not recorded */
	annex_cell_int(&w, p->previous_plans);
	annex_allocated(x, &w, r ? r->team_id : 0,
	    p->key_worker_id ? p->key_worker_id : r ? r->social_worker_id : 0);
	annex_row_end(&w);
}

long
annex_list7(struct annex_ctx *x, struct buf *b)
{
	const struct area *a = x->a;
	long rows = 0;

	annex_header(b, list7_cols);
	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		for (uint32_t k = 0; k < c->plans.count; k++) {
			const struct m_plan *p = &a->plans[c->plans.first + k];
			if (annex_open_in_six_months(x, c, p->start, p->end)) {
				row(x, b, c, p);
				rows++;
			}
		}
	}
	return rows;
}
