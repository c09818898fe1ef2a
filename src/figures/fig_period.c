/*
 * fig_period.c: the periods a figure is shown over: the one asked for, the one before it
 * (the same number of days, ending the day before), and its calendar months for the trend.
 */
#include "figures/fig_int.h"

#include <string.h>

struct fig_filter
fig_filter_all(cal_date from, cal_date to)
{
	struct fig_filter f;

	memset(&f, 0, sizeof f);
	f.from = from;
	f.to = to;
	f.age_band = FIG_AGE_ALL;
	return f;
}

struct fig_filter
fig_previous(const struct fig_filter *f)
{
	struct fig_filter p = *f;
	int y, m, d, y2, m2, d2;

	/* A period of whole months (a year from 1 April) is compared with the same months
	 * before it, so that a leap day does not shift the previous year by a day. */
	cal_to_ymd(f->from, &y, &m, &d);
	cal_to_ymd(cal_add_days(f->to, 1), &y2, &m2, &d2);
	if (d == 1 && d2 == 1) {
		int months = (y2 - y) * 12 + (m2 - m);
		p.from = cal_add_months(f->from, -months);
		p.to = cal_add_days(f->from, -1);
		return p;
	}
	p.to = cal_add_days(f->from, -1);
	p.from = cal_add_days(p.to, -(f->to - f->from));
	return p;
}

size_t
fig_months(const struct fig_filter *f, struct fig_filter *months, size_t max)
{
	size_t n = 0;
	int y, m, d;

	if (f->to < f->from)
		return 0;
	cal_to_ymd(f->from, &y, &m, &d);
	for (cal_date start = cal_from_ymd(y, m, 1); start <= f->to && n < max;
	    start = cal_add_months(start, 1)) {
		cal_date end = cal_add_days(cal_add_months(start, 1), -1);
		months[n] = *f;
		months[n].from = start < f->from ? f->from : start;
		months[n].to = end > f->to ? f->to : end;
		n++;
	}
	return n;
}

int
fig_series(struct fig_cache *cache, const struct fig_def *d, const struct fig_filter *f,
    struct fig_series *s)
{
	struct fig_filter w[FIG_MAX_MONTHS + 2];
	struct fig_result r[FIG_MAX_MONTHS + 2];

	memset(s, 0, sizeof *s);
	s->n_months = fig_months(f, s->months, FIG_MAX_MONTHS);
	w[0] = *f;
	w[1] = fig_previous(f);
	memcpy(w + 2, s->months, s->n_months * sizeof *w);
	if (fig_compute_many(cache->a, cache, d, w, s->n_months + 2, 0, r) < 0)
		return -1;
	s->now = r[0];
	s->prev = r[1];
	memcpy(s->trend, r + 2, s->n_months * sizeof *r);
	return 0;
}

void
fig_series_free(struct fig_series *s)
{
	fig_result_free(&s->now);
	fig_result_free(&s->prev);
	for (size_t i = 0; i < s->n_months; i++)
		fig_result_free(&s->trend[i]);
	s->n_months = 0;
}
