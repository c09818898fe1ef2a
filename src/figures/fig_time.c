/*
 * fig_time.c: the figures read from the timescale engine's clocks (docs/figures.md,
 * "Timeliness"): each statutory step's share done by its target, and the reviews, core
 * groups and visits in time.
 *
 * A clock counts in the period in which it was decided: the day it was done when done by
 * its target, else its target (from the day after, it cannot be on time). A clock whose
 * duty lapsed (not applicable) does not count. The clocks are computed once for all the
 * periods asked about, as of the latest day of them: a clock's verdict for an earlier
 * month is the same then as it was at that month's end, since it rests on dated records.
 * The tallies stay in the cache for the other figures of the same periods and filters.
 */
#include "figures/fig_int.h"

#include <string.h>

#include "base/mem.h"

struct pass {
	struct fig_job *j;
	double (*tally)[TS_NKINDS][2];
	unsigned want_kinds;	/* the kinds whose children are wanted, row by row */
	int per_kind;		/* rows are kinds (timeliness) rather than one */
};

static int
one_child(void *ctx, const struct m_child *c, const struct ts_clock *v, size_t n)
{
	struct pass *p = ctx;
	struct fig_job *j = p->j;

	for (size_t i = 0; i < n; i++) {
		const struct ts_clock *k = &v[i];
		int met = k->state == TS_MET;
		cal_date decided = met ? k->actual : k->target;
		if (k->state == TS_NA || !fig_in_any(j, decided) ||
		    (j->f->team_id && k->team_id != j->f->team_id) ||
		    (j->f->chair_id && k->chair_id != j->f->chair_id))
			continue;
		size_t w;
		FIG_EACH(w, fig_mask(j, decided)) {
			if (!fig_age_ok(j, w, c))
				continue;
			p->tally[w][k->kind][0] += met;
			p->tally[w][k->kind][1] += 1;
			if (j->want && (p->want_kinds & (1u << k->kind)))
				fig_add(j, w, p->per_kind ? k->kind : 0, 0, 0, c->id);
		}
	}
	return 0;
}

static int
same_windows(const struct fig_cache *c, const struct fig_job *j)
{
	return c->have_tally && c->n_tw == j->n && memcmp(c->tw, j->w, j->n * sizeof *j->w) == 0;
}

/* The tallies of j's windows: the cache's, or computed now (and kept, unless children
 * are wanted, when they are computed for this figure alone). */
static double (*tallies(struct fig_job *j, unsigned kinds, int per_kind))[TS_NKINDS][2]
{
	struct fig_cache *c = j->cache;
	struct pass p = {j, NULL, kinds, per_kind};

	if (!j->want && same_windows(c, j))
		return c->tally;
	p.tally = xcalloc(j->n, sizeof *p.tally);
	ts_area(j->a, c->cfg, j->hi, one_child, &p);
	if (j->want)
		return p.tally;
	xfree(c->tally);
	xfree(c->tw);
	c->tally = p.tally;
	c->tw = xcalloc(j->n, sizeof *c->tw);
	memcpy(c->tw, j->w, j->n * sizeof *j->w);
	c->n_tw = j->n;
	c->have_tally = 1;
	return c->tally;
}

static void
done(struct fig_job *j, double (*t)[TS_NKINDS][2])
{
	if (t != j->cache->tally)
		xfree(t);
}

/* One row: the kinds together. */
static void
kinds_row(struct fig_job *j, unsigned kinds)
{
	double (*t)[TS_NKINDS][2];

	fig_rows(j, 1);
	fig_row(j, 0, j->d->title, "");
	t = tallies(j, kinds, 0);
	for (size_t w = 0; w < j->n; w++)
		for (int k = 0; k < TS_NKINDS; k++)
			if (kinds & (1u << k)) {
				j->out[w].rows[0].num += t[w][k][0];
				j->out[w].rows[0].den += t[w][k][1];
			}
	done(j, t);
}

void
fig_reviews(struct fig_job *j)
{
	kinds_row(j, 1u << TS_K_FIRST_REVIEW | 1u << TS_K_REVIEW);
}

void
fig_core_groups(struct fig_job *j)
{
	kinds_row(j, 1u << TS_K_FIRST_CORE_GROUP | 1u << TS_K_CORE_GROUP);
}

void
fig_visits(struct fig_job *j)
{
	kinds_row(j, 1u << TS_K_VISIT);
}

/* A row for each kind of a child's clock: the LADO's (no child's) have figures of their
 * own (fig_lado.c). */
void
fig_timeliness(struct fig_job *j)
{
	double (*t)[TS_NKINDS][2];
	size_t n = 0, row;

	for (int k = 0; k < TS_NKINDS; k++)
		n += !ts_kind_childless((enum ts_kind)k);
	fig_rows(j, n);
	row = 0;
	for (int k = 0; k < TS_NKINDS; k++)
		if (!ts_kind_childless((enum ts_kind)k))
			fig_row(j, row++, ts_kind_label((enum ts_kind)k),
			    ts_kind_name((enum ts_kind)k));
	t = tallies(j, ~0u, 1);
	for (size_t w = 0; w < j->n; w++) {
		row = 0;
		for (int k = 0; k < TS_NKINDS; k++) {
			if (ts_kind_childless((enum ts_kind)k))
				continue;
			j->out[w].rows[row].num = t[w][k][0];
			j->out[w].rows[row++].den = t[w][k][1];
		}
	}
	done(j, t);
}
