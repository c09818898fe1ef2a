/*
 * annex_front.c: the lists of the front door, each of what happened in the six months
 * before the as-of date: 1 contacts, 3 referrals, 4 assessments, 5 section 47 enquiries
 * and initial conferences. A record dated after the as-of date is not yet there.
 */
#include "annex/annex_int.h"

#include <string.h>

static const char *const list1_cols[] = {
	"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
	"Date of Contact", "Contact Source", NULL,
};

long
annex_list1(struct annex_ctx *x, struct buf *b)
{
	const struct area *a = x->a;
	struct annex_row w;
	long rows = 0;

	annex_header(b, list1_cols);
	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		for (uint32_t k = 0; k < c->contacts.count; k++) {
			const struct m_contact *t = &a->contacts[c->contacts.first + k];
			if (!annex_within(x, x->from6, t->received) || !annex_keep(x, c))
				continue;
			annex_row_begin(&w, b);
			annex_child_cells(x, &w, c, 0);
			annex_cell_date(&w, t->received);
			annex_cell(&w, annex_source_label(t->source));
			annex_row_end(&w);
			rows++;
		}
	}
	return rows;
}

static const char *const list3_cols[] = {
	"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
	"Date of referral", "Referral Source", "Referral NFA?",
	"Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker", NULL,
};

/* Referrals of the child received in the twelve months up to as_of, this one among them. */
static long
referrals_12(const struct annex_ctx *x, const struct m_child *c)
{
	long n = 0;

	for (uint32_t k = 0; k < c->referrals.count; k++)
		n += annex_within(x, x->from12, x->a->referrals[c->referrals.first + k].received);
	return n;
}

long
annex_list3(struct annex_ctx *x, struct buf *b)
{
	const struct area *a = x->a;
	struct annex_row w;
	long rows = 0;

	annex_header(b, list3_cols);
	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		for (uint32_t k = 0; k < c->referrals.count; k++) {
			const struct m_referral *r = &a->referrals[c->referrals.first + k];
			if (!annex_within(x, x->from6, r->received) || !annex_keep(x, c))
				continue;
			annex_row_begin(&w, b);
			annex_child_cells(x, &w, c, 0);
			annex_cell_date(&w, r->received);
			annex_cell(&w, annex_source_label(r->source));
			annex_cell_yes_no(&w, r->nfa ? M_YES : M_NO);
			annex_cell_int(&w, referrals_12(x, c));
			annex_allocated(x, &w, r->team_id, r->social_worker_id);
			annex_row_end(&w);
			rows++;
		}
	}
	return rows;
}

static const char *const list4_cols[] = {
	"Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)",
	"Does the Child have a Disability", "Continuous Assessment Start Date",
	"Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
	"Was the child assessed as requiring LA children's social care support?",
	"Allocated Team", "Allocated Worker", NULL,
};

/*
 * Once authorised: no when the episode was closed after the assessment with no further
 * action (RC8) or with a referral to early help (RC9), by as_of; otherwise yes, the
 * episode went on to services. Not yet authorised: not yet known.
 */
static int
needs_support(const struct annex_ctx *x, const struct m_child *c, const struct m_assessment *s)
{
	const struct m_referral *r = m_find_referral(x->a, c, s->referral_id);

	if (!annex_by(x, s->authorised))
		return M_UNKNOWN;
	if (r && annex_by(x, r->closure) && (strcmp(r->closure_reason, "RC8") == 0 ||
	    strcmp(r->closure_reason, "RC9") == 0))
		return M_NO;
	return M_YES;
}

long
annex_list4(struct annex_ctx *x, struct buf *b)
{
	const struct area *a = x->a;
	struct annex_row w;
	long rows = 0;

	annex_header(b, list4_cols);
	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		for (uint32_t k = 0; k < c->assessments.count; k++) {
			const struct m_assessment *s = &a->assessments[c->assessments.first + k];
			const struct m_referral *r = m_find_referral(a, c, s->referral_id);
			/* Open at some time in the six months: started by as_of, and not
			 * authorised before the six months began. */
			if (!annex_by(x, s->start) || (annex_by(x, s->authorised) &&
			    s->authorised < x->from6) || !annex_keep(x, c))
				continue;
			annex_row_begin(&w, b);
			annex_child_cells(x, &w, c, 1);
			annex_cell_date(&w, s->start);
			annex_cell_yes_no(&w, s->child_seen);
			annex_cell_date(&w, annex_by(x, s->authorised) ? s->authorised : CAL_NONE);
			annex_cell_yes_no(&w, needs_support(x, c, s));
			annex_allocated(x, &w, r ? r->team_id : 0,
			    s->social_worker_id ? s->social_worker_id : r ? r->social_worker_id : 0);
			annex_row_end(&w);
			rows++;
		}
	}
	return rows;
}
