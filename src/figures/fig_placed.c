/*
 * fig_placed.c: children placed in the area by other local authorities (docs/figures.md,
 * "Children placed in the area"): the children placed here on the period's last day, in
 * all, by kind of placement and by placing authority; the placements begun in the period;
 * the share of those whose placing authority's notice came in time (the clock
 * placement_notice's rule, timescales/ts_placed.c); and the share of the children placed
 * here in the period who went missing while placed (the seeds' reason for keeping the
 * list: a placed child reported missing is this area's police's and services' concern).
 */
#include "figures/fig_int.h"

#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "codes/codes.h"

/* Placed here at the end of day d. */
static int
placed_on(const struct m_placement *p, cal_date d)
{
	return p->start != CAL_NONE && p->start <= d && (p->end == CAL_NONE || p->end > d);
}

/* Which row a placement counts in (-1: none) for the stock figures. */
typedef long (*row_fn)(const void *ctx, const struct m_placement *p);

static void
stock(struct fig_job *j, row_fn row, const void *ctx)
{
	const struct m_child *c;

	FIG_OWNERS(c, j->a, placements, placements) {
		for (size_t w = 0; w < j->n; w++) {
			for (uint32_t i = 0; i < c->placements.count; i++) {
				const struct m_placement *p = &j->a->placements[c->placements.first + i];
				long k = placed_on(p, j->w[w].to) ? row(ctx, p) : -1;
				if (k >= 0 && fig_age_ok(j, w, c)) {
					fig_add(j, w, (size_t)k, 1, 0, c->id);
					break;	/* a child counts once, in their placement's row */
				}
			}
		}
	}
}

static long
one_row(const void *ctx, const struct m_placement *p)
{
	(void)ctx;
	(void)p;
	return 0;
}

void
fig_placed_count(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, "Children placed in the area by other authorities", "");
	stock(j, one_row, NULL);
}

static long
kind_row(const void *ctx, const struct m_placement *p)
{
	return codes_index(ctx, p->kind);
}

void
fig_placed_by_kind(struct fig_job *j)
{
	const struct code_list *l = codes_list("placement_kind");
	double *total = xcalloc(j->n ? j->n : 1, sizeof *total);

	fig_rows(j, (size_t)l->n);
	for (int i = 0; i < l->n; i++)
		fig_row(j, (size_t)i, l->codes[i].label, l->codes[i].code);
	stock(j, kind_row, l);
	for (size_t w = 0; w < j->n; w++)
		for (size_t i = 0; i < j->out[w].n_rows; i++)
			total[w] += j->out[w].rows[i].num;
	fig_share_of(j, total);
	xfree(total);
}

/* The placing authorities, by name, as a sorted array of distinct names. */
static int
by_name(const void *p, const void *q)
{
	return strcmp(*(const char *const *)p, *(const char *const *)q);
}

static const char *const *
authorities(const struct area *a, size_t *n)
{
	const char **v = xcalloc(a->n_placements + 1, sizeof *v);
	size_t u = 0;

	for (size_t i = 0; i < a->n_placements; i++)
		v[i] = a->placements[i].authority ? a->placements[i].authority : "";
	qsort(v, a->n_placements, sizeof *v, by_name);
	for (size_t i = 0; i < a->n_placements; i++)
		if (!u || strcmp(v[u - 1], v[i]) != 0)
			v[u++] = v[i];
	*n = u;
	return v;
}

struct names {
	const char *const *v;
	size_t n;
};

static long
authority_row(const void *ctx, const struct m_placement *p)
{
	const struct names *x = ctx;
	const char *name = p->authority ? p->authority : "";
	const char *const *hit = bsearch(&name, x->v, x->n, sizeof *x->v, by_name);

	return hit ? (long)(hit - x->v) : -1;
}

void
fig_placed_by_authority(struct fig_job *j)
{
	struct names x;

	x.v = authorities(j->a, &x.n);
	fig_rows(j, x.n);
	for (size_t i = 0; i < x.n; i++)
		fig_row(j, i, *x.v[i] ? x.v[i] : "(no name recorded)", x.v[i]);
	stock(j, authority_row, &x);
	xfree((void *)x.v);
}

/* What a placement begun in the period adds to the one row: *num of *den. */
typedef void (*start_fn)(const struct fig_cache *c, const struct m_child *ch,
    const struct m_placement *p, double *num, double *den);

static void
started(struct fig_job *j, start_fn fn, int share)
{
	const struct m_child *c;

	FIG_OWNERS(c, j->a, placements, placements) {
		for (uint32_t i = 0; i < c->placements.count; i++) {
			const struct m_placement *p = &j->a->placements[c->placements.first + i];
			double num = 1, den = 1;
			uint64_t mask = fig_mask(j, p->start);
			size_t w;
			if (!mask)
				continue;
			fn(j->cache, c, p, &num, &den);
			FIG_EACH(w, mask)
				if (fig_age_ok(j, w, c))
					fig_add(j, w, 0, num, share ? den : 0, num ? c->id : 0);
		}
	}
}

static void
begun(const struct fig_cache *c, const struct m_child *ch, const struct m_placement *p,
    double *num, double *den)
{
	(void)c;
	(void)ch;
	(void)p;
	*num = *den = 1;
}

void
fig_placed_started(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, "Placements in the area begun", "");
	started(j, begun, 0);
}

static void
notice_in_time(const struct fig_cache *c, const struct m_child *ch,
    const struct m_placement *p, double *num, double *den)
{
	(void)ch;
	*num = p->notified != CAL_NONE && p->notified <= ts_placement_notice_due(c->cfg, p);
	*den = 1;
}

void
fig_placed_notified(struct fig_job *j)
{
	fig_rows(j, 1);
	fig_row(j, 0, "Placements notified in time", "");
	started(j, notice_in_time, 1);
}

/* A missing episode of the child begun while placed here, within window w. */
static int
missing_while_placed(const struct fig_job *j, size_t w, const struct m_child *c)
{
	const struct fig_filter *f = &j->w[w];

	for (uint32_t i = 0; i < c->missing.count; i++) {
		const struct m_missing *m = &j->a->missing[c->missing.first + i];
		if (!fig_in(f, m->start))
			continue;
		for (uint32_t k = 0; k < c->placements.count; k++)
			if (placed_on(&j->a->placements[c->placements.first + k], m->start))
				return 1;
	}
	return 0;
}

/* Placed here on some day of window w. */
static int
placed_within(const struct fig_job *j, size_t w, const struct m_child *c)
{
	const struct fig_filter *f = &j->w[w];

	for (uint32_t k = 0; k < c->placements.count; k++) {
		const struct m_placement *p = &j->a->placements[c->placements.first + k];
		if (p->start != CAL_NONE && p->start <= f->to &&
		    (p->end == CAL_NONE || p->end > f->from))
			return 1;
	}
	return 0;
}

void
fig_placed_missing(struct fig_job *j)
{
	const struct m_child *c;

	fig_rows(j, 1);
	fig_row(j, 0, "Placed children who went missing while placed", "");
	FIG_OWNERS(c, j->a, placements, placements) {
		for (size_t w = 0; w < j->n; w++) {
			int yes;
			if (!placed_within(j, w, c) || !fig_age_ok(j, w, c))
				continue;
			yes = missing_while_placed(j, w, c);
			fig_add(j, w, 0, yes, 1, yes ? c->id : 0);
		}
	}
}
