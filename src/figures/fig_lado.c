/*
 * fig_lado.c: the LADO's figures (docs/figures.md, "The LADO"; issue 11, point 2): the
 * queries and referrals received, the outcomes of the referrals resolved, the referrals to
 * the barring service or a regulator, and the timeliness of the initial consideration and
 * of the resolution at each of timescale.lado_resolution_months against its target
 * (timescale.lado_resolution_targets_percent). The clocks are the engine's (ts_lado).
 *
 * A case belongs to no child: every figure here is a count with no list of people behind
 * it, for whoever reads figures. A case has no team, chair, category of abuse or child's
 * age, so a figure filtered by one of those counts nothing; the agency filter is the
 * referrer's agency.
 */
#include "figures/fig_int.h"

#include <stdio.h>
#include <string.h>

#include "codes/codes.h"

/* The case passes the filters (the referrer's agency, and no filter it cannot meet). */
static int
case_ok(const struct fig_job *j, const struct m_lado_case *c)
{
	const struct fig_filter *f = j->f;

	if (f->team_id || f->chair_id || f->categories || f->age_band != FIG_AGE_ALL)
		return 0;
	return !f->agency_id || c->referrer_agency_id == f->agency_id;
}

static int
is_referral(const struct m_lado_case *c)
{
	return strcmp(c->kind, "referral") == 0;
}

/* One row, each case of `referral` kind (1 referrals, 0 queries) received in a window. */
static void
received(struct fig_job *j, int referral)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_lado_cases; i++) {
		const struct m_lado_case *c = &j->a->lado_cases[i];
		size_t w;
		if (is_referral(c) == referral && case_ok(j, c))
			FIG_EACH(w, fig_mask(j, c->received))
				fig_add(j, w, 0, 1, 0, 0);
	}
}

void
fig_lado_queries(struct fig_job *j)
{
	received(j, 0);
}

void
fig_lado_referrals(struct fig_job *j)
{
	received(j, 1);
}

void
fig_lado_outcomes(struct fig_job *j)
{
	const struct code_list *l = codes_list("lado_outcome");
	size_t n = (size_t)l->n;

	fig_rows(j, n + 1);
	for (size_t k = 0; k < n; k++)
		fig_row(j, k, l->codes[k].label, l->codes[k].code);
	fig_row(j, n, "no outcome recorded", "none");
	for (size_t i = 0; i < j->a->n_lado_cases; i++) {
		const struct m_lado_case *c = &j->a->lado_cases[i];
		int k = c->outcome[0] ? codes_index(l, c->outcome) : (int)n;
		size_t w;
		if (!is_referral(c) || !case_ok(j, c) || k < 0)
			continue;
		FIG_EACH(w, fig_mask(j, c->resolved))
			fig_add(j, w, (size_t)k, 1, 0, 0);
	}
}

void
fig_lado_barring(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_lado_cases; i++) {
		const struct m_lado_case *c = &j->a->lado_cases[i];
		size_t w;
		if (case_ok(j, c) && c->referred_to && c->referred_to[0])
			FIG_EACH(w, fig_mask(j, c->referred))
				fig_add(j, w, 0, 1, 0, 0);
	}
}

/* The case's clocks as of the latest window's end. */
static int
clocks_of(const struct fig_job *j, const struct m_lado_case *m, struct ts_clock *out)
{
	struct ts_lado_case c = {m->id, 0, is_referral(m), m->received, m->considered,
	    m->resolved};

	return ts_lado(j->cache->cfg, &c, j->hi, out);
}

/* A clock counts in the window holding the day it was decided: the day it was done when
 * done by its target, else its target day; one still due is not decided yet. */
static void
tally(struct fig_job *j, size_t row, const struct ts_clock *k)
{
	cal_date d = k->state == TS_MET ? k->actual : k->target;
	size_t w;

	if (k->state == TS_MET || k->state == TS_MISSED || k->state == TS_OVERDUE)
		FIG_EACH(w, fig_mask(j, d))
			fig_add(j, w, row, k->state == TS_MET, 1, 0);
}

void
fig_lado_initial(struct fig_job *j)
{
	struct ts_clock k[TS_LADO_CLOCKS];

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_lado_cases; i++)
		if (case_ok(j, &j->a->lado_cases[i]) && clocks_of(j, &j->a->lado_cases[i], k) > 0)
			tally(j, 0, &k[0]);
}

static const char *const within[] = {
	"", "within 1 month", "within 2 months", "within 3 months", "within 4 months",
	"within 5 months", "within 6 months", "within 7 months", "within 8 months",
	"within 9 months", "within 10 months", "within 11 months", "within 12 months",
	"within 13 months", "within 14 months", "within 15 months", "within 16 months",
	"within 17 months", "within 18 months", "within 19 months", "within 20 months",
	"within 21 months", "within 22 months", "within 23 months", "within 24 months",
};

/* Rows in pairs, for each number of months in force at the latest window's end: the share
 * resolved within it ("1m"), then its target ("1m_target", target over 100). */
void
fig_lado_resolution(struct fig_job *j)
{
	const struct ts_value *m = ts_setting(j->cache->cfg, TS_LADO_RESOLUTION, j->hi);
	const struct ts_value *t = ts_setting(j->cache->cfg, TS_LADO_TARGETS, j->hi);
	struct ts_clock k[TS_LADO_CLOCKS];
	char key[24];

	fig_rows(j, 2 * (size_t)m->n);
	for (int r = 0; r < m->n; r++) {
		snprintf(key, sizeof key, "%dm", m->v[r]);
		fig_row(j, 2 * (size_t)r, within[m->v[r]], key);
		snprintf(key, sizeof key, "%dm_target", m->v[r]);
		fig_row(j, 2 * (size_t)r + 1, "the target", key);
		for (size_t w = 0; w < j->n; w++)
			fig_add(j, w, 2 * (size_t)r + 1, r < t->n ? t->v[r] : t->v[t->n - 1], 100, 0);
	}
	for (size_t i = 0; i < j->a->n_lado_cases; i++) {
		int n = case_ok(j, &j->a->lado_cases[i]) ?
		    clocks_of(j, &j->a->lado_cases[i], k) : 0;
		for (int c = 1; c < n; c++)
			for (int r = 0; r < m->n; r++)
				if (k[c].amount == m->v[r])
					tally(j, 2 * (size_t)r, &k[c]);
	}
}
