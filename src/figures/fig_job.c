/*
 * fig_job.c: the rows of one computation, what is added to them, and the filters every
 * figure applies the same way (docs/figures.md, "Filters").
 */
#include "figures/fig_int.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"

void
fig_rows(struct fig_job *j, size_t n)
{
	for (size_t w = 0; w < j->n; w++) {
		j->out[w].rows = xcalloc(n ? n : 1, sizeof *j->out[w].rows);
		j->out[w].n_rows = n;
	}
}

void
fig_row(struct fig_job *j, size_t i, const char *label, const char *key)
{
	for (size_t w = 0; w < j->n; w++) {
		struct fig_row *r = &j->out[w].rows[i];
		r->label = label;
		snprintf(r->key, sizeof r->key, "%s", key ? key : "");
	}
}

void
fig_add(struct fig_job *j, size_t w, size_t row, double num, double den, int64_t child)
{
	struct fig_row *r = &j->out[w].rows[row];

	r->num += num;
	r->den += den;
	if (j->want && child) {
		VEC_GROW(j->pairs, j->n_pairs, j->cap_pairs);
		j->pairs[j->n_pairs].row = (uint32_t)row;
		j->pairs[j->n_pairs++].child = child;
	}
}

int
fig_child_age(const struct m_child *c, cal_date on)
{
	int y;

	if (c->birth == CAL_NONE || c->birth > on)
		return FIG_AGE_UNBORN;
	y = cal_years_between(c->birth, on);
	if (y < 1)
		return FIG_AGE_UNDER_1;
	if (y < 5)
		return FIG_AGE_1_4;
	if (y < 10)
		return FIG_AGE_5_9;
	if (y < 16)
		return FIG_AGE_10_15;
	return FIG_AGE_16_PLUS;
}

int
fig_age_ok(const struct fig_job *j, size_t w, const struct m_child *c)
{
	return j->f->age_band == FIG_AGE_ALL || fig_child_age(c, j->w[w].to) == j->f->age_band;
}

int
fig_team_ok(const struct fig_job *j, const struct m_child *c, int64_t referral_id)
{
	const struct m_referral *r;

	if (!j->f->team_id)
		return 1;
	r = m_find_referral(j->a, c, referral_id);
	return r && r->team_id == j->f->team_id;
}

int
fig_plan_ok(const struct fig_job *j, const struct m_child *c, const struct m_plan *p,
    const char *code)
{
	if (j->f->categories && !(m_categories(code) & j->f->categories))
		return 0;
	if (j->f->chair_id) {
		const struct m_conference *f = m_find_conference(j->a, c, p->start_conference_id);
		if (!f || f->chair_id != j->f->chair_id)
			return 0;
	}
	return fig_team_ok(j, c, p->referral_id);
}

int
fig_plan_open(const struct m_plan *p, cal_date d)
{
	return p->start != CAL_NONE && p->start <= d && (p->end == CAL_NONE || p->end > d);
}

int
fig_conf_ok(const struct fig_job *j, const struct m_child *c, const struct m_conference *f)
{
	if (f->held == CAL_NONE)
		return 0;
	if (j->f->chair_id && f->chair_id != j->f->chair_id)
		return 0;
	if (j->f->categories && !(f->categories & j->f->categories))
		return 0;
	return fig_team_ok(j, c, f->referral_id);
}
