/*
 * snapshot.c: the area's records and clocks, held in memory and shared by requests.
 *
 * A worklist is a view of every clock of the area (ts_worklist.c), and computing them
 * all costs milliseconds for a local authority: far too much for each of thousands of
 * requests a second. So the server reads the records once, computes the area's whole
 * worklist once, and every request takes its person's part of it (ts_worklist_select);
 * a child's page computes that child's clocks from the same records. The snapshot is
 * read again when records have changed (store_generation: one small read a request) or
 * the day has turned. A snapshot is never changed once made: a new one replaces it, and
 * the old one is freed when the last request using it lets go, so readers never lock.
 */
#include "web/snapshot.h"

#include <pthread.h>
#include <string.h>

#include "base/mem.h"
#include "timescales/ts.h"
#include "web/web_int.h"

#define HORIZON_DAYS 20		/* the most working days ahead a worklist can show */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;	/* current and refs */
static pthread_mutex_t reload = PTHREAD_MUTEX_INITIALIZER;	/* one reader at a time */
static struct web_snapshot *current;

static void
snapshot_free(struct web_snapshot *s)
{
	ts_worklist_free(&s->all);
	ts_config_free(s->cfg);
	xfree(s->groups);
	area_free(&s->a);
	xfree(s);
}

static int
count_year(void *ctx, const struct m_child *c, const struct ts_clock *v, size_t n)
{
	struct web_snapshot *s = ctx;

	(void)c;
	for (size_t i = 0; i < n; i++)
		if (v[i].target <= s->today && v[i].target > s->today - 365 && v[i].state < 5)
			s->year_states[v[i].kind][v[i].state]++;
	return 0;
}

static struct web_snapshot *
build(struct store *st, int64_t generation, cal_date today)
{
	struct web_snapshot *s = xcalloc(1, sizeof *s);
	struct ts_filter all = {0};

	if (store_begin_read(st) < 0 || store_load_area(st, 0, &s->a) < 0) {
		store_rollback(st);
		xfree(s);
		return NULL;
	}
	store_rollback(st);	/* ends the read transaction */
	s->generation = generation;
	s->today = today;
	s->cfg = ts_config_new(&s->a);
	s->groups = xmalloc((s->a.n_children + 1) * sizeof *s->groups);
	ts_sibling_groups(&s->a, s->groups);
	ts_worklist_build(&s->a, s->cfg, today, HORIZON_DAYS, &all, &s->all);
	ts_area(&s->a, s->cfg, today, count_year, s);
	for (size_t i = 0; i < s->a.n_plans; i++)
		s->open_plans += s->a.plans[i].start <= today &&
		    (s->a.plans[i].end == CAL_NONE || s->a.plans[i].end > today);
	s->refs = 1;		/* current's own reference */
	return s;
}

static struct web_snapshot *
take_current(int64_t generation, cal_date today)
{
	struct web_snapshot *s;

	pthread_mutex_lock(&lock);
	s = current;
	if (s && s->generation == generation && s->today == today)
		s->refs++;
	else
		s = NULL;
	pthread_mutex_unlock(&lock);
	return s;
}

struct web_snapshot *
web_snapshot_get(struct web_req *r)
{
	int64_t generation;
	cal_date today = web_today(r->srv);
	struct web_snapshot *s, *old;

	if (store_generation(r->st, &generation) < 0)
		return NULL;
	if ((s = take_current(generation, today)))
		return s;
	pthread_mutex_lock(&reload);
	if ((s = take_current(generation, today))) {	/* another request just read it */
		pthread_mutex_unlock(&reload);
		return s;
	}
	s = build(r->st, generation, today);
	if (s) {
		pthread_mutex_lock(&lock);
		old = current;
		current = s;
		s->refs++;
		pthread_mutex_unlock(&lock);
		web_snapshot_put(old);
	}
	pthread_mutex_unlock(&reload);
	return s;
}

void
web_snapshot_put(struct web_snapshot *s)
{
	int last;

	if (!s)
		return;
	pthread_mutex_lock(&lock);
	last = --s->refs == 0;
	pthread_mutex_unlock(&lock);
	if (last)
		snapshot_free(s);
}

void
web_snapshot_drop_all(void)
{
	struct web_snapshot *s;

	pthread_mutex_lock(&lock);
	s = current;
	current = NULL;
	pthread_mutex_unlock(&lock);
	web_snapshot_put(s);
}
