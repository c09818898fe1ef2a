/*
 * snapshot.c: the area's records and clocks, held in memory and shared by requests.
 *
 * A worklist is a view of every clock of the area (ts_worklist.c), and computing them
 * all costs milliseconds for a local authority: far too much for each of thousands of
 * requests a second. So the server reads the records once, computes the area's whole
 * worklist once, and every request takes its person's part of it (ts_worklist_select);
 * a child's page computes that child's clocks from the same records. The snapshot is
 * read again, by a thread of its own, when records have changed (store_generation) or
 * the day has turned. A snapshot is never changed once made: a new one replaces it, and
 * the old one is freed when the last request using it lets go, so readers never lock.
 */
#include "web/snapshot.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/mem.h"
#include "timescales/ts.h"
#include "web/web_int.h"

#define HORIZON_DAYS 20		/* the most working days ahead a worklist can show */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;	/* current and refs */
static pthread_mutex_t reload = PTHREAD_MUTEX_INITIALIZER;	/* one reader at a time */
static struct web_snapshot *current;

static struct {
	pthread_t thread;
	int running, stop, poked;
	struct store *st;
	const struct web_server *srv;
	pthread_cond_t wake, built;	/* with lock */
} bg = {.wake = PTHREAD_COND_INITIALIZER, .built = PTHREAD_COND_INITIALIZER};

static void
snapshot_free(struct web_snapshot *s)
{
	ts_worklist_free(&s->all);
	ts_config_free(s->cfg);
	xfree(s->groups);
	xfree(s->by_group);
	xfree(s->by_la);
	xfree(s->by_nhs);
	xfree(s->names);
	web_snapshot_free_people(s);
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

/* qsort has no context argument: the groups being sorted by, for one build at a time
 * (builds take the reload lock). */
static const uint32_t *sorting_groups;

static int
by_group(const void *p, const void *q)
{
	uint32_t a = *(const uint32_t *)p, b = *(const uint32_t *)q;

	if (sorting_groups[a] != sorting_groups[b])
		return sorting_groups[a] < sorting_groups[b] ? -1 : 1;
	return a < b ? -1 : a > b;
}

static void
index_groups(struct web_snapshot *s)
{
	s->by_group = xmalloc((s->a.n_children + 1) * sizeof *s->by_group);
	for (size_t i = 0; i < s->a.n_children; i++)
		s->by_group[i] = (uint32_t)i;
	sorting_groups = s->groups;
	qsort(s->by_group, s->a.n_children, sizeof *s->by_group, by_group);
}

/* The area being indexed, for qsort's comparison (builds take the reload lock). */
static const struct area *sorting_area;

static int
by_la(const void *p, const void *q)
{
	return strcmp(sorting_area->children[*(const uint32_t *)p].la_child_id,
	    sorting_area->children[*(const uint32_t *)q].la_child_id);
}

static int
by_nhs(const void *p, const void *q)
{
	return strcmp(sorting_area->children[*(const uint32_t *)p].nhs_number,
	    sorting_area->children[*(const uint32_t *)q].nhs_number);
}

/* A search by local id or NHS number is a binary search, not a walk of every child. */
static void
index_keys(struct web_snapshot *s)
{
	size_t n = s->a.n_children;

	s->by_la = xmalloc((n + 1) * sizeof *s->by_la);
	s->by_nhs = xmalloc((n + 1) * sizeof *s->by_nhs);
	for (size_t i = 0; i < n; i++) {
		s->by_la[i] = (uint32_t)i;
		if (s->a.children[i].nhs_number[0])
			s->by_nhs[s->n_nhs++] = (uint32_t)i;
	}
	sorting_area = &s->a;
	qsort(s->by_la, n, sizeof *s->by_la, by_la);
	qsort(s->by_nhs, s->n_nhs, sizeof *s->by_nhs, by_nhs);
}

/* The children whose key (local id or NHS number) is key: *n indexes from the returned
 * array (a run of the sorted index; an NHS number may be recorded for two children). */
static const uint32_t *
find_key(const struct web_snapshot *s, const uint32_t *index, size_t n, const char *key,
    int nhs, size_t *found)
{
	size_t lo = 0, hi = n, end;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct m_child *c = &s->a.children[index[mid]];
		if (strcmp(nhs ? c->nhs_number : c->la_child_id, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < n && strcmp(nhs ? s->a.children[index[end]].nhs_number :
	    s->a.children[index[end]].la_child_id, key) == 0; end++)
		;
	*found = end - lo;
	return index + lo;
}

const uint32_t *
web_snapshot_find_la(const struct web_snapshot *s, const char *key, size_t *n)
{
	return find_key(s, s->by_la, s->a.n_children, key, 0, n);
}

const uint32_t *
web_snapshot_find_nhs(const struct web_snapshot *s, const char *key, size_t *n)
{
	return find_key(s, s->by_nhs, s->n_nhs, key, 1, n);
}

const uint32_t *
web_snapshot_group(const struct web_snapshot *s, uint32_t ci, size_t *n)
{
	size_t lo = 0, hi = s->a.n_children, first;
	uint32_t g = s->groups[ci];

	while (lo < hi) {	/* the first member of group g */
		size_t mid = (lo + hi) / 2;
		if (s->groups[s->by_group[mid]] < g)
			lo = mid + 1;
		else
			hi = mid;
	}
	first = lo;
	while (lo < s->a.n_children && s->groups[s->by_group[lo]] == g)
		lo++;
	*n = lo - first;
	return s->by_group + first;
}

static struct web_snapshot *
build(struct store *st, int64_t generation, cal_date today)
{
	struct web_snapshot *s = xcalloc(1, sizeof *s);
	struct ts_filter all = {0};

	if (store_begin_read(st) < 0 || store_load_area(st, 0, &s->a) < 0 ||
	    web_snapshot_load_people(st, s) < 0) {
		store_rollback(st);
		area_free(&s->a);
		web_snapshot_free_people(s);
		xfree(s);
		return NULL;
	}
	store_rollback(st);	/* ends the read transaction */
	s->generation = generation;
	s->today = today;
	s->cfg = ts_config_new(&s->a);
	s->groups = xmalloc((s->a.n_children + 1) * sizeof *s->groups);
	ts_sibling_groups(&s->a, s->groups);
	index_groups(s);
	index_keys(s);
	web_snapshot_index_names(s);
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

/* The snapshot a request holds while it runs (given back at the end of web_dispatch), so
 * its every part sees the same records and the store is asked only once. */
static struct web_snapshot *
held(struct web_req *r, struct web_snapshot *s)
{
	if (s) {
		pthread_mutex_lock(&lock);
		s->refs++;
		pthread_mutex_unlock(&lock);
		r->snap = s;
	}
	return s;
}

/* Makes the current snapshot one of generation and today, reading the store again if it
 * is not: the one place a snapshot is built and put in place. NULL when it cannot be. */
static struct web_snapshot *
refresh(struct store *st, int64_t generation, cal_date today)
{
	struct web_snapshot *s, *old;

	if ((s = take_current(generation, today)))
		return s;
	pthread_mutex_lock(&reload);
	if ((s = take_current(generation, today))) {	/* another thread just read it */
		pthread_mutex_unlock(&reload);
		return s;
	}
	if ((s = build(st, generation, today))) {
		pthread_mutex_lock(&lock);
		old = current;
		current = s;
		s->refs++;
		pthread_cond_broadcast(&bg.built);
		pthread_mutex_unlock(&lock);
		web_snapshot_put(old);
	}
	pthread_mutex_unlock(&reload);
	return s;
}

/* With the refresher running, a request takes the current snapshot as it is: it was read
 * after the last change that thread has seen, at most a poll ago (or, after a change made
 * by a request of this server, after that change: web_snapshot_fresh). Without it (the
 * tests, which call the pipeline directly), a request checks the store itself. */
struct web_snapshot *
web_snapshot_get(struct web_req *r)
{
	int64_t generation;
	struct web_snapshot *s = NULL;

	if (r->snap) {
		pthread_mutex_lock(&lock);
		r->snap->refs++;
		pthread_mutex_unlock(&lock);
		return r->snap;
	}
	if (bg.running) {
		pthread_mutex_lock(&lock);
		if ((s = current))
			s->refs++;
		pthread_mutex_unlock(&lock);
	}
	if (!s && store_generation(r->st, &generation) == 0)
		s = refresh(r->st, generation, web_today(r->srv));
	return held(r, s);
}

/* The refresher: polls the store's count of changes four times a second on a handle of
 * its own, and reads the area again when it moves or the day turns, so that no request
 * waits for a read of the whole area (long work is never done inside a request). It also
 * checkpoints the store's log, which the audit writer leaves to it. */
static void *
refresher(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&lock);
	while (!bg.stop) {
		struct timespec until;
		int64_t generation;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 250000000;
		if (until.tv_nsec >= 1000000000)
			until.tv_sec++, until.tv_nsec -= 1000000000;
		if (!bg.poked)
			pthread_cond_timedwait(&bg.wake, &lock, &until);
		bg.poked = 0;
		if (bg.stop)
			break;
		pthread_mutex_unlock(&lock);
		if (store_generation(bg.st, &generation) == 0)
			web_snapshot_put(refresh(bg.st, generation, web_today(bg.srv)));
		/* The audit writer's log copied back into the store (auditq.c), off its path. */
		store_checkpoint(bg.st);
		pthread_mutex_lock(&lock);
	}
	pthread_mutex_unlock(&lock);
	return NULL;
}

int
web_snapshot_start(const struct web_server *srv, const char **err)
{
	int64_t generation;

	if (!(bg.st = store_open(srv->opts.db, STORE_OPEN, err)))
		return -1;
	bg.srv = srv;
	if (store_generation(bg.st, &generation) < 0 ||
	    !(current = build(bg.st, generation, web_today(srv)))) {
		*err = "cannot read the area's records";
		store_close(bg.st);
		return -1;
	}
	bg.stop = 0;
	if (pthread_create(&bg.thread, NULL, refresher, NULL) != 0) {
		*err = "cannot start the thread that reads the area again";
		return -1;
	}
	bg.running = 1;
	return 0;
}

void
web_snapshot_stop(void)
{
	if (!bg.running)
		return;
	pthread_mutex_lock(&lock);
	bg.stop = 1;
	pthread_cond_signal(&bg.wake);
	pthread_mutex_unlock(&lock);
	pthread_join(bg.thread, NULL);
	bg.running = 0;
	store_close(bg.st);
	bg.st = NULL;
}

int
web_snapshot_fresh(struct web_req *r)
{
	int64_t generation;
	struct timespec until;
	int rc = 0;

	if (!bg.running || store_generation(r->st, &generation) < 0)
		return 0;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += 60;
	pthread_mutex_lock(&lock);
	bg.poked = 1;
	pthread_cond_signal(&bg.wake);
	while (rc == 0 && (!current || current->generation < generation))
		rc = pthread_cond_timedwait(&bg.built, &lock, &until);
	pthread_mutex_unlock(&lock);
	return rc == 0 ? 0 : -1;
}

void
web_snapshot_release(struct web_req *r)
{
	web_snapshot_put(r->snap);
	r->snap = NULL;
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
