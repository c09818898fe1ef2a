/*
 * signoff.c: which decisions await a manager's signature (signoff.h).
 *
 * A decision is made when the record says so: a referral's nfa, an assessment's
 * submitted_date (or, for one authorised before submission was recorded, its
 * authorised_date), a section 47 enquiry's outcome, a plan's end_date. It is signed when
 * its signature date is recorded; for an assessment that is authorised_date, the census's
 * AssessmentAuthorisationDate, which has always been the manager's.
 */
#include "model/signoff.h"

#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

static const struct {
	const char *table, *date, *by, *title, *heading;
} kinds[SIGN_NKINDS] = {
	[SIGN_NFA] = {"referrals", "nfa_authorised_date", "nfa_authorised_by_id",
	    "No further action on a referral", "Referrals closed with no further action"},
	[SIGN_ASSESSMENT] = {"assessments", "authorised_date", "authorised_by_id",
	    "A completed assessment", "Assessments completed"},
	[SIGN_S47] = {"s47_enquiries", "outcome_authorised_date", "outcome_authorised_by_id",
	    "The outcome of a section 47 enquiry", "Outcomes of section 47 enquiries"},
	[SIGN_PLAN_END] = {"cp_plans", "end_authorised_date", "end_authorised_by_id",
	    "The end of a child protection plan", "Child protection plans ended"},
};

const char *
sign_table(enum sign_kind k)
{
	return kinds[k].table;
}

const char *
sign_date_col(enum sign_kind k)
{
	return kinds[k].date;
}

const char *
sign_by_col(enum sign_kind k)
{
	return kinds[k].by;
}

const char *
sign_title(enum sign_kind k)
{
	return kinds[k].title;
}

const char *
sign_heading(enum sign_kind k)
{
	return kinds[k].heading;
}

int
sign_kind_of(const char *table)
{
	for (int k = 0; k < SIGN_NKINDS; k++)
		if (table && strcmp(kinds[k].table, table) == 0)
			return k;
	return -1;
}

static void
fill(struct sign_info *s, int decided, cal_date on, cal_date signed_on, int64_t by)
{
	s->decided = on;
	s->signed_on = signed_on;
	s->signed_by = by;
	s->state = signed_on != CAL_NONE ? SIGN_SIGNED : decided ? SIGN_AWAITING :
	    SIGN_UNDECIDED;
}

/* Record i of the child's run of kind k. */
static void
info_of(const struct area *a, enum sign_kind k, size_t i, struct sign_info *s)
{
	memset(s, 0, sizeof *s);
	s->kind = k;
	if (k == SIGN_NFA) {
		const struct m_referral *x = &a->referrals[i];
		s->id = x->id, s->child_id = x->child_id, s->referral_id = x->id;
		fill(s, x->nfa, x->decision != CAL_NONE ? x->decision : x->received,
		    x->nfa_authorised, x->nfa_authorised_by_id);
	} else if (k == SIGN_ASSESSMENT) {
		const struct m_assessment *x = &a->assessments[i];
		s->id = x->id, s->child_id = x->child_id, s->referral_id = x->referral_id;
		fill(s, x->submitted != CAL_NONE, x->submitted, x->authorised,
		    x->authorised_by_id);
	} else if (k == SIGN_S47) {
		const struct m_s47 *x = &a->s47s[i];
		s->id = x->id, s->child_id = x->child_id, s->referral_id = x->referral_id;
		fill(s, x->outcome[0] != '\0', x->completed, x->outcome_authorised,
		    x->outcome_authorised_by_id);
	} else {
		const struct m_plan *x = &a->plans[i];
		s->id = x->id, s->child_id = x->child_id, s->referral_id = x->referral_id;
		fill(s, x->end != CAL_NONE, x->end, x->end_authorised, x->end_authorised_by_id);
	}
}

static struct m_range
range_of(const struct m_child *c, enum sign_kind k)
{
	switch (k) {
	case SIGN_NFA: return c->referrals;
	case SIGN_ASSESSMENT: return c->assessments;
	case SIGN_S47: return c->s47s;
	default: return c->plans;
	}
}

static int64_t
record_id(const struct area *a, enum sign_kind k, size_t i)
{
	switch (k) {
	case SIGN_NFA: return a->referrals[i].id;
	case SIGN_ASSESSMENT: return a->assessments[i].id;
	case SIGN_S47: return a->s47s[i].id;
	default: return a->plans[i].id;
	}
}

static void
team_of(const struct area *a, const struct m_child *c, struct sign_info *s)
{
	const struct m_referral *x = m_find_referral(a, c, s->referral_id);

	s->team_id = x ? x->team_id : 0;
}

int
sign_find(const struct area *a, const struct m_child *c, enum sign_kind k, int64_t id,
    struct sign_info *out)
{
	struct m_range g = range_of(c, k);

	for (uint32_t i = 0; i < g.count; i++)
		if (record_id(a, k, g.first + i) == id) {
			info_of(a, k, g.first + i, out);
			team_of(a, c, out);
			return 1;
		}
	return 0;
}

int
sign_team_may(const struct sign_info *s, int64_t team_id)
{
	return !s->team_id || s->team_id == team_id;
}

static int
by_kind_date(const void *p, const void *q)
{
	const struct sign_info *x = p, *y = q;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->decided != y->decided)
		return x->decided < y->decided ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

size_t
sign_awaiting(const struct area *a, int64_t team_id, struct sign_info **out)
{
	struct sign_info *v = NULL, s;
	size_t n = 0, cap = 0;

	for (size_t ci = 0; ci < a->n_children; ci++) {
		const struct m_child *c = &a->children[ci];
		for (int k = 0; k < SIGN_NKINDS; k++) {
			struct m_range g = range_of(c, (enum sign_kind)k);
			for (uint32_t i = 0; i < g.count; i++) {
				info_of(a, (enum sign_kind)k, g.first + i, &s);
				if (s.state != SIGN_AWAITING)
					continue;
				team_of(a, c, &s);
				if (!sign_team_may(&s, team_id))
					continue;
				v = vec_reserve(v, n, &cap, sizeof *v);
				v[n++] = s;
			}
		}
	}
	if (n)
		qsort(v, n, sizeof *v, by_kind_date);
	*out = v;
	return n;
}
