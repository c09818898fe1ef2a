/*
 * figures_cache.c: every figure for one set of filters, computed once per snapshot of the
 * area and kept for the requests that follow (figures_web.h).
 *
 * A dashboard is each figure over the period, the previous period and every month of
 * both: hundreds of fig_compute calls, far too many for each request of a board meeting
 * where everyone opens the same page. The records only change when the snapshot does, so
 * the answer for (snapshot generation, filters) is kept, a few at a time, the least
 * recently used let go first. The first request for a key computes it while the others
 * asking for the same key wait for it, so fifty people opening the dashboard together
 * cost one computation, not fifty. An entry holds its snapshot, whose strings the rows'
 * labels are, until it is let go, and the markup of the figures as the first dashboard
 * wrote it: a board meeting's fifty requests then cost one page's writing, not fifty.
 */
#include "web/figures_web.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "web/snapshot.h"
#include "web/web_int.h"

#define KEPT 16

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t built = PTHREAD_COND_INITIALIZER;
static struct fw_dash *kept[KEPT];
static uint64_t clock_;

static void
dash_free(struct fw_dash *d)
{
	for (size_t i = 0; d->figs && i < d->n; i++) {
		fig_result_free(&d->figs[i].cur);
		fig_result_free(&d->figs[i].prev);
		xfree(d->figs[i].trend);
		xfree(d->figs[i].prev_trend);
	}
	xfree(d->figs);
	xfree(d->html);
	web_snapshot_put(d->snap);
	xfree(d);
}

/* The value of the row keyed key in res, or NAN. */
static double
value_of(const struct fig_result *res, const char *key)
{
	const struct fig_row *row = fig_row_by_key(res, key);

	return row ? fig_value(res->def, row) : NAN;
}

/*
 * One figure: the period, the previous one, and the months of both, in one pass over the
 * records (fig_compute_many); of the months, the headline row's value is kept.
 */
static int
compute_one(struct fw_dash *d, struct fig_cache *cache, const struct fig_def *def,
    struct fig_filter *w, size_t nw, struct fw_fig *g)
{
	struct fig_result r[2 + 2 * FW_MONTHS_MAX];
	size_t n = d->n_months;
	const char *key;

	if (fig_compute_many(&d->snap->a, cache, def, w, nw, 0, r) < 0)
		return -1;
	g->cur = r[0];
	g->prev = r[1];
	g->trend = xcalloc(n ? n : 1, sizeof *g->trend);
	g->prev_trend = xcalloc(n ? n : 1, sizeof *g->prev_trend);
	key = g->cur.n_rows ? g->cur.rows[0].key : "";
	for (size_t m = 0; m < n; m++) {
		g->trend[m] = g->cur.n_rows ? value_of(&r[2 + m], key) : NAN;
		g->prev_trend[m] = m < d->n_prev_months && g->cur.n_rows ?
		    value_of(&r[2 + n + m], key) : NAN;
	}
	for (size_t i = 2; i < nw; i++)
		fig_result_free(&r[i]);
	return 0;
}

static void
month_label(char out[12], cal_date d)
{
	static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
		"Aug", "Sep", "Oct", "Nov", "Dec"};
	int y, m, day;

	cal_to_ymd(d, &y, &m, &day);
	snprintf(out, 12, "%s %d", names[(m - 1) % 12], y);
}

static int
compute(struct fw_dash *d, const struct fig_filter *f)
{
	struct fig_filter w[2 + 2 * FW_MONTHS_MAX];
	struct fig_cache *cache;
	size_t np;
	int rc = 0;

	d->prev = fig_previous(f);
	d->n_months = fig_months(f, d->months, FW_MONTHS_MAX);
	if (d->n_months > FW_MONTHS_MAX)
		d->n_months = FW_MONTHS_MAX;
	w[0] = *f;
	w[1] = d->prev;
	memcpy(w + 2, d->months, d->n_months * sizeof *w);
	/* The previous period has as many days, so as many months or one more or fewer:
	 * its trend is read month by month beside this one's, a month it lacks left out. */
	np = fig_months(&d->prev, w + 2 + d->n_months, FW_MONTHS_MAX);
	d->n_prev_months = np < d->n_months ? np : d->n_months;
	for (size_t m = 0; m < d->n_months; m++) {
		month_label(d->month_labels[m], d->months[m].from);
		d->labels[m] = d->month_labels[m];
	}
	d->n = fig_count();
	d->figs = xcalloc(d->n ? d->n : 1, sizeof *d->figs);
	cache = fig_cache_new(&d->snap->a);
	for (size_t i = 0; i < d->n && rc == 0; i++)
		rc = compute_one(d, cache, fig_at(i), w, 2 + d->n_months + d->n_prev_months,
		    &d->figs[i]);
	fig_cache_free(cache);
	return rc;
}

/* An entry for key, with lock held: found, or NULL. Old snapshots' entries go. */
static struct fw_dash *
find(int64_t generation, const char *key)
{
	struct fw_dash *hit = NULL;

	for (int i = 0; i < KEPT; i++) {
		struct fw_dash *d = kept[i];
		if (!d)
			continue;
		if (d->generation != generation && d->ready) {
			kept[i] = NULL;
			if (--d->refs == 0)
				dash_free(d);
		} else if (d->generation == generation && strcmp(d->key, key) == 0) {
			hit = d;
		}
	}
	return hit;
}

/* Keeps d (lock held), letting the least recently used finished entry go if need be. */
static void
keep(struct fw_dash *d)
{
	int slot = -1;

	for (int i = 0; i < KEPT && slot < 0; i++)
		if (!kept[i])
			slot = i;
	for (int i = 0; i < KEPT && !(slot >= 0 && !kept[slot]); i++)
		if (kept[i]->ready && (slot < 0 || kept[i]->used < kept[slot]->used))
			slot = i;
	if (slot < 0)
		return;		/* every entry is being built: this one is not kept */
	if (kept[slot] && --kept[slot]->refs == 0)
		dash_free(kept[slot]);
	kept[slot] = d;
	d->refs++;
}

static struct fw_dash *
build(struct web_req *r, struct web_snapshot *s, const struct fw_query *q)
{
	struct fw_dash *d = xcalloc(1, sizeof *d);
	int failed;

	d->refs = 1;
	d->generation = s->generation;
	snprintf(d->key, sizeof d->key, "%s", q->key);
	d->snap = web_snapshot_get(r);	/* the entry's own reference (r holds s) */
	if (d->snap != s) {
		web_snapshot_put(d->snap);
		d->snap = NULL;
	}
	keep(d);
	pthread_mutex_unlock(&lock);
	failed = !d->snap || compute(d, &q->f) < 0;
	pthread_mutex_lock(&lock);
	d->ready = 1;
	d->failed = failed;
	pthread_cond_broadcast(&built);
	return d;
}

struct fw_dash *
fw_dash_get(struct web_req *r, struct web_snapshot *s, const struct fw_query *q)
{
	struct fw_dash *d;

	pthread_mutex_lock(&lock);
	d = find(s->generation, q->key);
	if (d) {
		d->refs++;
		while (!d->ready)
			pthread_cond_wait(&built, &lock);
	} else {
		d = build(r, s, q);
	}
	d->used = ++clock_;
	if (d->failed) {
		for (int i = 0; i < KEPT; i++)
			if (kept[i] == d)
				kept[i] = NULL, d->refs--;
		pthread_mutex_unlock(&lock);
		fw_dash_put(d);
		return NULL;
	}
	pthread_mutex_unlock(&lock);
	return d;
}

void
fw_dash_put(struct fw_dash *d)
{
	int last;

	if (!d)
		return;
	pthread_mutex_lock(&lock);
	last = --d->refs == 0;
	pthread_mutex_unlock(&lock);
	if (last)
		dash_free(d);
}

void
fw_dash_drop_all(void)
{
	for (int i = 0; i < KEPT; i++) {
		struct fw_dash *d;
		pthread_mutex_lock(&lock);
		d = kept[i];
		kept[i] = NULL;
		pthread_mutex_unlock(&lock);
		fw_dash_put(d);
	}
}

int
fw_dash_html(struct fw_dash *d, const char **html, size_t *len)
{
	int have;

	pthread_mutex_lock(&lock);
	have = d->html != NULL;
	*html = d->html;
	*len = d->html_len;
	pthread_mutex_unlock(&lock);
	return have;
}

void
fw_dash_keep_html(struct fw_dash *d, char *html, size_t len)
{
	pthread_mutex_lock(&lock);
	if (!d->html) {
		d->html = html;
		d->html_len = len;
		html = NULL;
	}
	pthread_mutex_unlock(&lock);
	xfree(html);		/* another page wrote it first */
}

double
fw_previous(const struct fw_fig *f, size_t i)
{
	return i < f->cur.n_rows ? value_of(&f->prev, f->cur.rows[i].key) : NAN;
}

double
fw_england(const struct fw_fig *f, size_t i)
{
	return i == 0 && f->cur.n_rows == 1 && f->cur.def ? f->cur.def->england : NAN;
}
