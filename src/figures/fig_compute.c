/*
 * fig_compute.c: running one figure's function over its periods, the cache of what the
 * figures of one area share, and the children behind a row.
 */
#include "figures/fig_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"

struct fig_cache *
fig_cache_new(const struct area *a)
{
	struct fig_cache *c = xcalloc(1, sizeof *c);

	c->a = a;
	c->cfg = ts_config_new(a);
	return c;
}

void
fig_cache_free(struct fig_cache *c)
{
	if (!c)
		return;
	ts_config_free(c->cfg);
	fig_open_free(c);
	xfree(c->invitee_conf);
	xfree(c->invitee_agency);
	xfree(c->invited_ids);
	xfree(c->tw);
	xfree(c->tally);
	xfree(c);
}

double
fig_population(const struct fig_cache *c, cal_date on)
{
	const struct ts_value *v = ts_setting(c->cfg, TS_AREA_POPULATION, on);

	return v->n ? v->v[0] : 0;
}

cal_date
fig_after(const struct fig_cache *c, cal_date d, int n)
{
	/* As the engine's ts_after: convention B counts D itself as day 1 when it is a
	 * working day (domain.md 4.4). */
	if (n > 0 && ts_setting_int(c->cfg, TS_COUNTING, d) == 1 && cal_is_working_day(d))
		return cal_add_working_days(d, n - 1);
	return cal_add_working_days(d, n);
}

cal_date
fig_report_due(const struct fig_cache *c, const struct m_conference *f, enum ts_key initial,
    enum ts_key review)
{
	int n = ts_setting_int(c->cfg, f->kind == M_REVIEW ? review : initial, f->held);

	return cal_add_working_days(f->held, -n);
}

static int
pair_order(const void *p, const void *q)
{
	const struct fig_pair *x = p, *y = q;

	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return x->child < y->child ? -1 : x->child > y->child;
}

/* Each row's children, once each, in id order. */
static void
children_behind(struct fig_job *j)
{
	struct fig_result *r = &j->out[0];
	size_t k = 0;

	if (j->n_pairs)	/* none (a figure of no child's, the LADO's): pairs is NULL */
		qsort(j->pairs, j->n_pairs, sizeof *j->pairs, pair_order);
	r->children = xcalloc(j->n_pairs ? j->n_pairs : 1, sizeof *r->children);
	r->child_first = xcalloc(r->n_rows + 1, sizeof *r->child_first);
	for (size_t row = 0, i = 0; row < r->n_rows; row++) {
		r->child_first[row] = k;
		for (; i < j->n_pairs && j->pairs[i].row == row; i++)
			if (k == r->child_first[row] || r->children[k - 1] != j->pairs[i].child)
				r->children[k++] = j->pairs[i].child;
	}
	r->child_first[r->n_rows] = k;
	r->n_children = k;
}

/* Which windows hold each day from lo to hi. */
static void
window_mask(struct fig_job *j)
{
	j->mask = xcalloc((size_t)(j->hi - j->lo) + 1, sizeof *j->mask);
	for (size_t w = 0; w < j->n; w++)
		for (cal_date d = j->w[w].from; d <= j->w[w].to; d++)
			j->mask[d - j->lo] |= (uint64_t)1 << w;
}

int
fig_compute_many(const struct area *a, struct fig_cache *cache, const struct fig_def *d,
    const struct fig_filter *filters, size_t n, int want_children, struct fig_result *out)
{
	const struct fig_entry *e = (const struct fig_entry *)d;
	struct fig_cache *own = NULL;
	struct fig_job j;

	memset(out, 0, n * sizeof *out);
	if (!d || n == 0)
		return -1;
	/* A window is a bit of a day's mask: more than 64 periods go 64 at a time. */
	if (n > 64)
		return fig_compute_many(a, cache, d, filters, 64, 0, out) ||
		    fig_compute_many(a, cache, d, filters + 64, n - 64, 0, out + 64) ? -1 : 0;
	for (size_t i = 0; i < n; i++)
		if (filters[i].to < filters[i].from)
			return -1;
	if (!cache)
		cache = own = fig_cache_new(a);
	memset(&j, 0, sizeof j);
	j.a = a;
	j.cache = cache;
	j.d = d;
	j.w = filters;
	j.n = n;
	j.out = out;
	j.f = &filters[0];
	j.want = want_children && n == 1;
	j.lo = filters[0].from;
	j.hi = filters[0].to;
	for (size_t i = 0; i < n; i++) {
		out[i].def = d;
		if (filters[i].from < j.lo)
			j.lo = filters[i].from;
		if (filters[i].to > j.hi)
			j.hi = filters[i].to;
	}
	window_mask(&j);
	e->fn(&j);
	if (j.want)
		children_behind(&j);
	xfree(j.pairs);
	xfree(j.mask);
	fig_cache_free(own);
	return 0;
}

int
fig_compute(const struct area *a, const struct fig_def *d, const struct fig_filter *f,
    int want_children, struct fig_result *out)
{
	return fig_compute_many(a, NULL, d, f, 1, want_children, out);
}

void
fig_result_free(struct fig_result *r)
{
	if (!r)
		return;
	xfree(r->rows);
	xfree(r->children);
	xfree(r->child_first);
	memset(r, 0, sizeof *r);
}

double
fig_value(const struct fig_def *d, const struct fig_row *r)
{
	switch (d->unit) {
	case FIG_COUNT:
		return r->num;
	case FIG_PERCENT:
		return r->den > 0 ? 100.0 * r->num / r->den : NAN;
	case FIG_PER_10K:
		return r->den > 0 ? 10000.0 * r->num / r->den : NAN;
	case FIG_DAYS:
		return r->den > 0 ? r->num / r->den : NAN;
	}
	return NAN;
}

const struct fig_row *
fig_row_by_key(const struct fig_result *r, const char *key)
{
	for (size_t i = 0; r && key && i < r->n_rows; i++)
		if (strcmp(r->rows[i].key, key) == 0)
			return &r->rows[i];
	return NULL;
}

static const char *const band_names[FIG_AGE_BANDS] = {
	"unborn", "under1", "1-4", "5-9", "10-15", "16+",
};

int
fig_age_band(const char *name)
{
	for (int i = 0; name && i < FIG_AGE_BANDS; i++)
		if (strcmp(band_names[i], name) == 0)
			return i;
	return FIG_AGE_ALL;
}

const char *
fig_age_band_name(int band)
{
	return band >= 0 && band < FIG_AGE_BANDS ? band_names[band] : "all";
}
