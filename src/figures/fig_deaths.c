/*
 * fig_deaths.c: the figures of the child death overview reports (docs/figures.md, "Child
 * deaths"; issue 11, point 6; domain.md 5): the deaths notified, by year and as expected
 * or unexpected, by the child's age band and whether the child was known to social care;
 * the panel's reviews completed, by category of death and by its answer on modifiable
 * factors; the days from death to review (the median, as the reports give it); and the
 * timeliness of the joint agency response and of the review against the local settings.
 * The clocks are the engine's (ts_death).
 *
 * A death belongs to no child's record (the child may never have been known), so every
 * figure here is a count with no list of children behind it. A death has no team, chair
 * or category of abuse, and its age bands are the reports' own (under 28 days, then to a
 * year, 1-4 ...), not the plans' profile bands, so a figure filtered by one of those
 * counts nothing; the agency filter is the notifying agency.
 */
#include "figures/fig_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "codes/codes.h"

static int
death_ok(const struct fig_job *j, const struct m_death *d)
{
	const struct fig_filter *f = j->f;

	if (f->team_id || f->chair_id || f->categories || f->age_band != FIG_AGE_ALL)
		return 0;
	return !f->agency_id || d->notifying_agency_id == f->agency_id;
}

static struct ts_death_case
case_of(const struct m_death *d)
{
	struct ts_death_case c = {d->id, strcmp(d->expectation, "unexpected") == 0,
	    d->jar_held, d->death, d->notified, d->jar, d->cdop};

	return c;
}

/* Rows of a code list (and "not recorded" when extra), counted for each death `pick`
 * places in a row on the date `when` gives. */
static void
code_rows(struct fig_job *j, const char *list, int extra)
{
	const struct code_list *l = codes_list(list);

	fig_rows(j, (size_t)l->n + (extra != 0));
	for (int k = 0; k < l->n; k++)
		fig_row(j, (size_t)k, l->codes[k].label, l->codes[k].code);
	if (extra)
		fig_row(j, (size_t)l->n, "not recorded", "none");
}

/* The row of code in list, the last row ("not recorded") for none, or -1. */
static int
row_of(const char *list, const char *code)
{
	const struct code_list *l = codes_list(list);

	return code && code[0] ? codes_index(l, code) : l->n;
}

void
fig_deaths_notified(struct fig_job *j)
{
	size_t w;

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_deaths; i++)
		if (death_ok(j, &j->a->deaths[i]))
			FIG_EACH(w, fig_mask(j, j->a->deaths[i].notified))
				fig_add(j, w, 0, 1, 0, 0);
}

/* The year ending 31 March that holds d: 2026 for 2025-04-01 .. 2026-03-31. */
static int
year_ending(cal_date d)
{
	int y, m, day;

	cal_to_ymd(d, &y, &m, &day);
	return m >= 4 ? y + 1 : y;
}

#define MAX_YEARS 12
/* The years ending 31 March a row can name, as the reports write them ("2025-26"): the
 * labels must outlive the job, so they are written out, not formatted. */
#define FIRST_YEAR 2001
static const char *const year_names[] = {
	"2000-01", "2001-02", "2002-03", "2003-04", "2004-05", "2005-06", "2006-07",
	"2007-08", "2008-09", "2009-10", "2010-11", "2011-12", "2012-13", "2013-14",
	"2014-15", "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21",
	"2021-22", "2022-23", "2023-24", "2024-25", "2025-26", "2026-27", "2027-28",
	"2028-29", "2029-30", "2030-31", "2031-32", "2032-33", "2033-34", "2034-35",
	"2035-36", "2036-37", "2037-38", "2038-39", "2039-40", "2040-41", "2041-42",
	"2042-43", "2043-44", "2044-45", "2045-46", "2046-47", "2047-48", "2048-49",
	"2049-50", "2050-51", "2051-52", "2052-53", "2053-54", "2054-55", "2055-56",
	"2056-57", "2057-58", "2058-59", "2059-60",
};
#define LAST_YEAR (FIRST_YEAR + (int)(sizeof year_names / sizeof year_names[0]) - 1)

/* One row for each year ending 31 March from the one holding the earliest day asked
 * about to the one holding the latest (the last MAX_YEARS of them). */
void
fig_deaths_by_year(struct fig_job *j)
{
	int last = year_ending(j->hi), first = year_ending(j->lo), n;
	size_t w;

	last = last > LAST_YEAR ? LAST_YEAR : last < FIRST_YEAR ? FIRST_YEAR : last;
	first = first < FIRST_YEAR ? FIRST_YEAR : first > last ? last : first;
	if (last - first + 1 > MAX_YEARS)
		first = last - MAX_YEARS + 1;
	n = last - first + 1;
	fig_rows(j, (size_t)n);
	for (int k = 0; k < n; k++)
		fig_row(j, (size_t)k, year_names[first + k - FIRST_YEAR],
		    year_names[first + k - FIRST_YEAR]);
	for (size_t i = 0; i < j->a->n_deaths; i++) {
		const struct m_death *d = &j->a->deaths[i];
		int y = d->notified != CAL_NONE ? year_ending(d->notified) : 0;
		if (death_ok(j, d) && y >= first && y <= last)
			FIG_EACH(w, fig_mask(j, d->notified))
				fig_add(j, w, (size_t)(y - first), 1, 0, 0);
	}
}

void
fig_deaths_expected(struct fig_job *j)
{
	size_t w;

	code_rows(j, "death_expectation", 0);
	for (size_t i = 0; i < j->a->n_deaths; i++) {
		const struct m_death *d = &j->a->deaths[i];
		int k = row_of("death_expectation", d->expectation);
		if (death_ok(j, d) && k >= 0 && k < 2)
			FIG_EACH(w, fig_mask(j, d->notified))
				fig_add(j, w, (size_t)k, 1, 0, 0);
	}
}

void
fig_deaths_by_age(struct fig_job *j)
{
	struct m_death_profile p;
	size_t w;

	code_rows(j, "cdop_age_band", 1);
	for (size_t i = 0; i < j->a->n_deaths; i++) {
		const struct m_death *d = &j->a->deaths[i];
		int k;
		if (!death_ok(j, d) || !fig_mask(j, d->notified))
			continue;
		m_death_profile(j->a, d, &p);
		if ((k = row_of("cdop_age_band", p.age_band)) >= 0)
			FIG_EACH(w, fig_mask(j, d->notified))
				fig_add(j, w, (size_t)k, 1, 0, 0);
	}
}

/* Of the deaths notified, the share known to children's social care, on a child
 * protection plan and looked after at death (from the child's record when linked). */
void
fig_deaths_known(struct fig_job *j)
{
	struct m_death_profile p;
	size_t w;

	fig_rows(j, 3);
	fig_row(j, 0, "known to children's social care", "known");
	fig_row(j, 1, "on a child protection plan", "on_plan");
	fig_row(j, 2, "looked after", "looked_after");
	for (size_t i = 0; i < j->a->n_deaths; i++) {
		const struct m_death *d = &j->a->deaths[i];
		if (!death_ok(j, d) || !fig_mask(j, d->notified))
			continue;
		m_death_profile(j->a, d, &p);
		FIG_EACH(w, fig_mask(j, d->notified)) {
			fig_add(j, w, 0, p.known_to_csc == M_YES, 1, 0);
			fig_add(j, w, 1, p.on_plan == M_YES, 1, 0);
			fig_add(j, w, 2, p.looked_after == M_YES, 1, 0);
		}
	}
}

void
fig_deaths_reviewed(struct fig_job *j)
{
	size_t w;

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_deaths; i++)
		if (death_ok(j, &j->a->deaths[i]))
			FIG_EACH(w, fig_mask(j, j->a->deaths[i].cdop))
				fig_add(j, w, 0, 1, 0, 0);
}

void
fig_deaths_by_category(struct fig_job *j)
{
	size_t w;

	code_rows(j, "cdop_category", 1);
	for (size_t i = 0; i < j->a->n_deaths; i++) {
		const struct m_death *d = &j->a->deaths[i];
		int k = row_of("cdop_category", d->category);
		if (death_ok(j, d) && k >= 0)
			FIG_EACH(w, fig_mask(j, d->cdop))
				fig_add(j, w, (size_t)k, 1, 0, 0);
	}
}

/* Of the reviews completed, the share with each answer on modifiable factors. */
void
fig_deaths_modifiable(struct fig_job *j)
{
	size_t w;

	code_rows(j, "cdop_modifiable", 1);
	for (size_t i = 0; i < j->a->n_deaths; i++) {
		const struct m_death *d = &j->a->deaths[i];
		int k = row_of("cdop_modifiable", d->modifiable);
		if (!death_ok(j, d) || k < 0)
			continue;
		FIG_EACH(w, fig_mask(j, d->cdop))
			for (size_t r = 0; r < j->out[w].n_rows; r++)
				fig_add(j, w, r, (int)r == k, 1, 0);
	}
}

struct days {
	size_t w;
	int n;
};

static int
cmp_days(const void *x, const void *y)
{
	const struct days *p = x, *q = y;

	if (p->w != q->w)
		return p->w < q->w ? -1 : 1;
	return (p->n > q->n) - (p->n < q->n);
}

/* The median of the days from death to review of the reviews completed in each window:
 * each window's own values, sorted, the middle one (the mean of the middle two). */
void
fig_deaths_days(struct fig_job *j)
{
	struct days *v = NULL;
	size_t n = 0, cap = 0, w;

	fig_rows(j, 1);
	fig_row(j, 0, "median", "median");
	for (size_t i = 0; i < j->a->n_deaths; i++) {
		const struct m_death *d = &j->a->deaths[i];
		struct ts_death_case c = case_of(d);
		int days = ts_death_days_to_review(&c);
		if (!death_ok(j, d) || days < 0)
			continue;
		FIG_EACH(w, fig_mask(j, d->cdop)) {
			VEC_GROW(v, n, cap);
			v[n++] = (struct days){w, days};
		}
	}
	if (n)
		qsort(v, n, sizeof *v, cmp_days);
	for (size_t i = 0; i < n;) {
		size_t e = i;
		while (e < n && v[e].w == v[i].w)
			e++;
		size_t m = i + (e - i) / 2;
		double median = (e - i) % 2 ? v[m].n : (v[m - 1].n + v[m].n) / 2.0;
		fig_add(j, v[i].w, 0, median, 1, 0);
		i = e;
	}
	xfree(v);
}

/* A clock counts in the window holding the day it was decided: the day it was done when
 * done by its target, else its target day; one still due is not decided yet. */
static void
tally(struct fig_job *j, const struct ts_clock *k)
{
	cal_date d = k->state == TS_MET ? k->actual : k->target;
	size_t w;

	if (k->state == TS_MET || k->state == TS_MISSED || k->state == TS_OVERDUE)
		FIG_EACH(w, fig_mask(j, d))
			fig_add(j, w, 0, k->state == TS_MET, 1, 0);
}

static void
on_time(struct fig_job *j, enum ts_kind kind)
{
	struct ts_clock k[TS_DEATH_CLOCKS];

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; i < j->a->n_deaths; i++) {
		struct ts_death_case c = case_of(&j->a->deaths[i]);
		int n = death_ok(j, &j->a->deaths[i]) ? ts_death(j->cache->cfg, &c, j->hi, k) : 0;
		for (int x = 0; x < n; x++)
			if (k[x].kind == kind)
				tally(j, &k[x]);
	}
}

void
fig_deaths_jar(struct fig_job *j)
{
	on_time(j, TS_K_CDR_JAR);
}

void
fig_deaths_review_in_time(struct fig_job *j)
{
	on_time(j, TS_K_CDR_REVIEW);
}
