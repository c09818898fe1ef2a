/*
 * fig_pathway.c: the figures of the pathway (docs/figures.md, "The pathway"): referrals,
 * assessments, enquiries and initial conferences, as the department defines them
 * (domain.md 2.1). The timeliness of reviews, core groups and visits is the engine's
 * (fig_time.c).
 */
#include "figures/fig_int.h"

#include <string.h>

static void
one_row(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
}

/* What a referral adds: num, or -1 when it is not counted at all. */
typedef double (*referral_fn)(const struct area *a, const struct m_child *c, uint32_t i);

static void
each_referral(struct fig_job *j, referral_fn fn, int share)
{
	one_row(j);
	for (size_t ci = 0; ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->referrals.count; i++) {
			const struct m_referral *r = &j->a->referrals[c->referrals.first + i];
			double num;
			size_t w;
			if (!fig_in_any(j, r->received) ||
			    (j->f->team_id && r->team_id != j->f->team_id) ||
			    (j->f->agency_id && r->referrer_agency_id != j->f->agency_id))
				continue;
			num = fn(j->a, c, i);
			if (num >= 0)
				FIG_EACH(w, fig_mask(j, r->received))
					if (fig_age_ok(j, w, c))
					fig_add(j, w, 0, share ? num : 1, share, c->id);
		}
	}
}

static double
any(const struct area *a, const struct m_child *c, uint32_t i)
{
	(void)a;
	(void)c;
	(void)i;
	return 1;
}

static double
again(const struct area *a, const struct m_child *c, uint32_t i)
{
	const struct m_referral *r = &a->referrals[c->referrals.first + i];

	/* Referrals are in date order within the child: the one before is the latest. */
	return i > 0 && r[-1].received != CAL_NONE &&
	    r[-1].received >= cal_add_months(r->received, -12);
}

static double
nfa(const struct area *a, const struct m_child *c, uint32_t i)
{
	return a->referrals[c->referrals.first + i].nfa != 0;
}

void
fig_referrals(struct fig_job *j)
{
	each_referral(j, any, 0);
}

void
fig_re_referrals(struct fig_job *j)
{
	each_referral(j, again, 1);
}

void
fig_referrals_nfa(struct fig_job *j)
{
	each_referral(j, nfa, 1);
}

static void
each_assessment(struct fig_job *j, int share)
{
	one_row(j);
	for (size_t ci = 0; ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->assessments.count; i++) {
			const struct m_assessment *s = &j->a->assessments[c->assessments.first + i];
			double num = 1;
			size_t w;
			if (!fig_in_any(j, s->authorised) || !fig_team_ok(j, c, s->referral_id))
				continue;
			if (share)	/* start to authorisation, as the department counts it */
				num = s->start != CAL_NONE &&
				    cal_working_days_between(s->start, s->authorised) <= 45;
			FIG_EACH(w, fig_mask(j, s->authorised))
				if (fig_age_ok(j, w, c))
					fig_add(j, w, 0, num, share, c->id);
		}
	}
}

void
fig_assessments(struct fig_job *j)
{
	each_assessment(j, 0);
}

void
fig_assessments_45(struct fig_job *j)
{
	each_assessment(j, 1);
}

void
fig_s47s(struct fig_job *j)
{
	one_row(j);
	for (size_t ci = 0; ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->s47s.count; i++) {
			const struct m_s47 *e = &j->a->s47s[c->s47s.first + i];
			size_t w;
			if (!fig_in_any(j, e->start) || !fig_team_ok(j, c, e->referral_id))
				continue;
			FIG_EACH(w, fig_mask(j, e->start))
				if (fig_age_ok(j, w, c))
					fig_add(j, w, 0, 1, 0, c->id);
		}
	}
}

/* What an initial conference adds: its numerator, or -1 when it is left out. */
typedef double (*icpc_fn)(const struct area *a, const struct m_child *c,
    const struct m_conference *f);

static void
each_icpc(struct fig_job *j, icpc_fn fn, int share)
{
	one_row(j);
	for (size_t ci = 0; ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->conferences.count; i++) {
			const struct m_conference *f = &j->a->conferences[c->conferences.first + i];
			double num;
			size_t w;
			if (f->kind != M_INITIAL || !fig_in_any(j, f->held) || !fig_conf_ok(j, c, f))
				continue;
			num = fn(j->a, c, f);
			if (num >= 0)
				FIG_EACH(w, fig_mask(j, f->held))
					if (fig_age_ok(j, w, c))
					fig_add(j, w, 0, share ? num : 1, share, c->id);
		}
	}
}

static double
held(const struct area *a, const struct m_child *c, const struct m_conference *f)
{
	(void)a;
	(void)c;
	(void)f;
	return 1;
}

static double
within_15(const struct area *a, const struct m_child *c, const struct m_conference *f)
{
	const struct m_s47 *e = f->s47_id ? m_find_s47(a, c, f->s47_id) : NULL;

	/* The department leaves out a conference dated before its enquiry's start (and
	 * one with no enquiry has no start to count from). */
	if (!e || e->start == CAL_NONE || f->held < e->start)
		return -1;
	return cal_working_days_between(e->start, f->held) <= 15;
}

static double
made_plan(const struct area *a, const struct m_child *c, const struct m_conference *f)
{
	(void)a;
	(void)c;
	return strcmp(f->decision, "plan") == 0;
}

void
fig_icpcs(struct fig_job *j)
{
	each_icpc(j, held, 0);
}

void
fig_icpc_15(struct fig_job *j)
{
	each_icpc(j, within_15, 1);
}

void
fig_icpc_plan(struct fig_job *j)
{
	each_icpc(j, made_plan, 1);
}
