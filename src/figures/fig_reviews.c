/*
 * fig_reviews.c: the figures of the rapid reviews and child safeguarding practice reviews
 * (docs/figures.md, "Practice reviews"; issue 11, point 8): the serious incidents the
 * partnership learned of, the notifications to the national panel and the rapid reviews
 * made in time (the engine's clocks, ts_review), and the practice reviews decided on and
 * published. A review is the partnership's record: every figure is a count or a share
 * with no list of children behind it, and no filter (team, chair, agency, category, age)
 * is one these records can meet, so a figure so filtered counts nothing.
 */
#include "figures/fig_int.h"

#include <string.h>

static int
unfiltered(const struct fig_job *j)
{
	const struct fig_filter *f = j->f;

	return !f->team_id && !f->chair_id && !f->agency_id && !f->categories &&
	    f->age_band == FIG_AGE_ALL;
}

/* One row, each review whose date (of the review at offset off) falls in a window. */
static void
dated(struct fig_job *j, cal_date (*when)(const struct m_review *m))
{
	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; unfiltered(j) && i < j->a->n_reviews; i++) {
		size_t w;
		FIG_EACH(w, fig_mask(j, when(&j->a->reviews[i])))
			fig_add(j, w, 0, 1, 0, 0);
	}
}

static cal_date
aware(const struct m_review *m)
{
	return m->aware;
}

static cal_date
cspr_decided(const struct m_review *m)
{
	return strcmp(m->decision, "cspr") == 0 ? m->decided : CAL_NONE;
}

static cal_date
published(const struct m_review *m)
{
	return m->published;
}

void
fig_reviews_incidents(struct fig_job *j)
{
	dated(j, aware);
}

void
fig_reviews_cspr(struct fig_job *j)
{
	dated(j, cspr_decided);
}

void
fig_reviews_published(struct fig_job *j)
{
	dated(j, published);
}

/* Clock `which` of each review, counted in the window holding the day it was decided: the
 * day it was done when in time, else its target; one still due is not decided yet. */
static void
on_time(struct fig_job *j, int which)
{
	struct ts_clock k[TS_REVIEW_CLOCKS];

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	for (size_t i = 0; unfiltered(j) && i < j->a->n_reviews; i++) {
		cal_date d;
		size_t w;
		if (ts_review(j->cache->cfg, &j->a->reviews[i], j->hi, k) < TS_REVIEW_CLOCKS ||
		    (k[which].state != TS_MET && k[which].state != TS_MISSED &&
		    k[which].state != TS_OVERDUE))
			continue;
		d = k[which].state == TS_MET ? k[which].actual : k[which].target;
		FIG_EACH(w, fig_mask(j, d))
			fig_add(j, w, 0, k[which].state == TS_MET, 1, 0);
	}
}

void
fig_reviews_notified(struct fig_job *j)
{
	on_time(j, 0);
}

void
fig_reviews_rapid(struct fig_job *j)
{
	on_time(j, 1);
}
