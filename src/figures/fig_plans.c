/*
 * fig_plans.c: the figures of child protection plans (docs/figures.md, "Child protection
 * plans"): on a plan at a date, started, ended, categories, lengths and second plans.
 */
#include "figures/fig_int.h"

#include <string.h>

#include "base/mem.h"

static const char *const cats[] = {"NEG", "PHY", "SAB", "EMO", "MUL"};
static const char *const cat_labels[] = {"Neglect", "Physical abuse", "Sexual abuse",
    "Emotional abuse", "Multiple categories"};
static const char *const bands[] = {"lt3m", "3-6m", "6-12m", "12-18m", "18-24m", "24m+"};
static const char *const band_labels[] = {"Under 3 months", "3 to 6 months",
    "6 to 12 months", "12 to 18 months", "18 to 24 months", "2 years and over"};
#define NBANDS 6
#define NCATS 5

const struct m_plan *
fig_open_plan(const struct fig_job *j, size_t w, const struct m_child *c)
{
	cal_date d = j->w[w].to;

	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *p = &j->a->plans[c->plans.first + i];
		if (fig_plan_open(p, d) && fig_age_ok(j, w, c) &&
		    fig_plan_ok(j, c, p, p->latest_category))
			return p;
	}
	return NULL;
}

void
fig_share_of(struct fig_job *j, const double *total)
{
	for (size_t w = 0; w < j->n; w++)
		for (size_t i = 0; i < j->out[w].n_rows; i++)
			j->out[w].rows[i].den = total[w];
}

/* Children on a plan at each window's end; den, when population, is the child population. */
static void
on_plans(struct fig_job *j, int population)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t w = 0; w < j->n; w++) {
		size_t n;
		const struct fig_open *o = fig_open_list(j, w, &n);
		for (size_t i = 0; i < n; i++)
			fig_add(j, w, 0, 1, 0, j->a->children[o[i].child].id);
	}
	for (size_t w = 0; population && w < j->n; w++)
		j->out[w].rows[0].den = fig_population(j->cache, j->w[w].to);
}

void
fig_plans_at_date(struct fig_job *j)
{
	on_plans(j, 0);
}

void
fig_plans_rate(struct fig_job *j)
{
	on_plans(j, 1);
}

/* Calls fn for each plan dated (start, or end when ended) within a window, once per
 * window, for plans passing the filters. */
typedef void (*plan_fn)(struct fig_job *j, size_t w, const struct m_child *c,
    const struct m_plan *p, double *total);

static void
each_plan(struct fig_job *j, int ended, plan_fn fn)
{
	double *total = xcalloc(j->n, sizeof *total);

	for (size_t ci = 0; ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (uint32_t i = 0; i < c->plans.count; i++) {
			const struct m_plan *p = &j->a->plans[c->plans.first + i];
			cal_date d = ended ? p->end : p->start;
			size_t w;
			if (!fig_in_any(j, d) || !fig_plan_ok(j, c, p, ended ? p->latest_category :
			    p->initial_category))
				continue;
			FIG_EACH(w, fig_mask(j, d))
				if (fig_age_ok(j, w, c))
					fn(j, w, c, p, total);
		}
	}
	if (j->d->unit == FIG_PERCENT)
		fig_share_of(j, total);
	xfree(total);
}

static void
count_one(struct fig_job *j, size_t w, const struct m_child *c, const struct m_plan *p,
    double *total)
{
	(void)p;
	(void)total;
	fig_add(j, w, 0, 1, 0, c->id);
}

void
fig_plans_started(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	each_plan(j, 0, count_one);
}

void
fig_plans_ended(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	each_plan(j, 1, count_one);
}

static int
cat_row(const char *code)
{
	for (int i = 0; i < NCATS; i++)
		if (strcmp(cats[i], code) == 0)
			return i;
	return -1;
}

static void
category_rows(struct fig_job *j)
{
	fig_rows(j, NCATS);
	for (int i = 0; i < NCATS; i++)
		fig_row(j, (size_t)i, cat_labels[i], cats[i]);
}

static void
by_initial(struct fig_job *j, size_t w, const struct m_child *c, const struct m_plan *p,
    double *total)
{
	int row = cat_row(p->initial_category);

	total[w]++;
	if (row >= 0)
		fig_add(j, w, (size_t)row, 1, 0, c->id);
}

void
fig_plans_initial(struct fig_job *j)
{
	category_rows(j);
	each_plan(j, 0, by_initial);
}

void
fig_plans_latest(struct fig_job *j)
{
	double *total = xcalloc(j->n, sizeof *total);

	category_rows(j);
	for (size_t w = 0; w < j->n; w++) {
		size_t n;
		const struct fig_open *o = fig_open_list(j, w, &n);
		for (size_t i = 0; i < n; i++) {
			int row = cat_row(j->a->plans[o[i].plan].latest_category);
			total[w]++;
			if (row >= 0)
				fig_add(j, w, (size_t)row, 1, 0, j->a->children[o[i].child].id);
		}
	}
	fig_share_of(j, total);
	xfree(total);
}

/* The band of a plan that ran from start to the end of day `last`. */
static size_t
band(cal_date start, cal_date last)
{
	static const int months[NBANDS - 1] = {3, 6, 12, 18, 24};

	for (size_t i = 0; i < NBANDS - 1; i++)
		if (last < cal_add_months(start, months[i]))
			return i;
	return NBANDS - 1;
}

static void
band_rows(struct fig_job *j)
{
	fig_rows(j, NBANDS);
	for (size_t i = 0; i < NBANDS; i++)
		fig_row(j, i, band_labels[i], bands[i]);
}

void
fig_open_length(struct fig_job *j)
{
	double *total = xcalloc(j->n, sizeof *total);

	band_rows(j);
	for (size_t w = 0; w < j->n; w++) {
		size_t n;
		const struct fig_open *o = fig_open_list(j, w, &n);
		for (size_t i = 0; i < n; i++) {
			total[w]++;
			fig_add(j, w, band(j->a->plans[o[i].plan].start, j->w[w].to), 1, 0,
			    j->a->children[o[i].child].id);
		}
	}
	fig_share_of(j, total);
	xfree(total);
}

static void
by_length(struct fig_job *j, size_t w, const struct m_child *c, const struct m_plan *p,
    double *total)
{
	total[w]++;
	fig_add(j, w, band(p->start, p->end), 1, 0, c->id);
}

void
fig_ended_length(struct fig_job *j)
{
	band_rows(j);
	each_plan(j, 1, by_length);
}

static void
by_days(struct fig_job *j, size_t w, const struct m_child *c, const struct m_plan *p,
    double *total)
{
	(void)total;
	fig_add(j, w, 0, p->end - p->start, 1, c->id);
}

void
fig_ended_average(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	each_plan(j, 1, by_days);
}

/* Whether the child had a plan before p: recorded here, or counted by another area
 * (previous_plans); within2y, only one recorded here that ended under 2 years before. */
static int
had_before(const struct area *a, const struct m_child *c, const struct m_plan *p, int within2y)
{
	if (!within2y && p->previous_plans > 0)
		return 1;
	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *q = &a->plans[c->plans.first + i];
		if (q == p || q->start == CAL_NONE || q->start > p->start ||
		    (q->start == p->start && q->id >= p->id))
			continue;
		if (!within2y || q->end == CAL_NONE || cal_add_months(q->end, 24) > p->start)
			return 1;
	}
	return 0;
}

static void
second(struct fig_job *j, int within2y)
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t ci = 0; ci < j->a->n_children; ci++) {
		const struct m_child *c = &j->a->children[ci];
		for (size_t w = 0; c->plans.count && w < j->n; w++) {
			const struct m_plan *first = NULL;
			if (!fig_age_ok(j, w, c))
				continue;
			/* The child once: their first plan started in the period. */
			for (uint32_t i = 0; i < c->plans.count && !first; i++) {
				const struct m_plan *p = &j->a->plans[c->plans.first + i];
				if (fig_in(&j->w[w], p->start) &&
				    fig_plan_ok(j, c, p, p->initial_category))
					first = p;
			}
			if (first)
				fig_add(j, w, 0, had_before(j->a, c, first, within2y), 1, c->id);
		}
	}
}

void
fig_second_plans(struct fig_job *j)
{
	second(j, 0);
}

void
fig_second_plans_2y(struct fig_job *j)
{
	second(j, 1);
}
