/*
 * fig_missing.c: missing children (docs/figures.md, "Missing children"): the missing
 * episodes begun in the period, the share of the returns in the period offered an
 * independent return interview within 72 hours (timescale.return_interview_days, in force
 * on the day of the return), and the share of the interviews offered in the period that
 * the child accepted (where it was recorded).
 */
#include "figures/fig_int.h"

/* What an episode adds to the row: its date (CAL_NONE: not counted), and *num, *den. */
typedef cal_date (*missing_fn)(const struct fig_cache *c, const struct m_missing *m,
    double *num, double *den);

static void
each(struct fig_job *j, missing_fn fn, int share)
{
	const struct m_child *c;

	FIG_OWNERS(c, j->a, missing, missing) {
		for (uint32_t i = 0; i < c->missing.count; i++) {
			const struct m_missing *m = &j->a->missing[c->missing.first + i];
			double num = 1, den = 1;
			uint64_t mask = fig_mask(j, fn(j->cache, m, &num, &den));
			size_t w;
			FIG_EACH(w, mask)
				if (fig_age_ok(j, w, c))
					fig_add(j, w, 0, num, share ? den : 0, num ? c->id : 0);
		}
	}
}

static cal_date
started(const struct fig_cache *c, const struct m_missing *m, double *num, double *den)
{
	(void)c;
	*num = *den = 1;
	return m->start;
}

static cal_date
offered_in_time(const struct fig_cache *c, const struct m_missing *m, double *num, double *den)
{
	int n;

	if (m->returned == CAL_NONE)
		return CAL_NONE;
	n = ts_setting_int(c->cfg, TS_RETURN_INTERVIEW, m->returned);
	*num = m->offered != CAL_NONE && m->offered <= cal_add_days(m->returned, n);
	*den = 1;
	return m->returned;
}

static cal_date
accepted(const struct fig_cache *c, const struct m_missing *m, double *num, double *den)
{
	(void)c;
	if (m->offered == CAL_NONE || m->accepted == M_UNKNOWN)
		return CAL_NONE;
	*num = m->accepted == M_YES;
	*den = 1;
	return m->offered;
}

void
fig_missing_count(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, "Missing episodes", "");
	each(j, started, 0);
}

void
fig_missing_interviews(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, "Return interviews offered within 72 hours", "");
	each(j, offered_in_time, 1);
}

void
fig_missing_accepted(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, "Return interviews accepted", "");
	each(j, accepted, 1);
}
