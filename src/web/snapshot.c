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
#include "web/figures_web.h"
#include "web/web_int.h"

#define HORIZON_DAYS 20		/* the most working days ahead a worklist can show */

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;	/* current and refs */
static pthread_mutex_t reload = PTHREAD_MUTEX_INITIALIZER;	/* one reader at a time */
static struct web_snapshot *current;

/*
 * What saves of this server changed since the snapshot was read, so that nobody waits for
 * a reread of the whole area after a save. A child's slot (its id modulo the slots) holds
 * the store generation just after the last save of a record of it: while the snapshot is
 * older, a page of the child is built from a fresh load of that child instead. A person's
 * slot holds the generation after their last such save: their next page that is not of
 * one child waits until the snapshot has it (read your own writes). Two children, or two
 * people, sharing a slot only cost a needless fresh load or wait. With lock.
 */
#define CHANGED_SLOTS 4096
#define PERSON_SLOTS 1024
static int64_t changed[CHANGED_SLOTS], person[PERSON_SLOTS];

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
	mem_sort(s->by_group, s->a.n_children, sizeof *s->by_group, by_group);
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
	mem_sort(s->by_la, n, sizeof *s->by_la, by_la);
	mem_sort(s->by_nhs, s->n_nhs, sizeof *s->by_nhs, by_nhs);
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

static int wait_built(int64_t generation);

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
		/* A page of one child shows that child's fresh records (web_snapshot_child_area);
		 * any other waits for the area to hold what this person saved. */
		if (r->child_id == 0 && r->user.id > 0)
			wait_built(person[r->user.id % PERSON_SLOTS]);
		if ((s = current))
			s->refs++;
		pthread_mutex_unlock(&lock);
	}
	if (!s && store_generation(r->st, &generation) == 0)
		s = refresh(r->st, generation, web_today(r->srv));
	return held(r, s);
}

static double
now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/*
 * One poll of the refresher. A reread that only follows saves, with nobody waiting for
 * it (their pages read the children they changed afresh: web_snapshot_child_area), comes
 * at least eight times its last cost after the last one, so that under a stream of
 * saves rereads take at most a ninth of a core from the saves themselves, each taking in
 * every save made meanwhile; a request waiting for the area (poked) has it at once.
 */
static void
poll_once(int poked, double *built_at, double *took)
{
	int64_t generation;
	cal_date today = web_today(bg.srv);
	struct web_snapshot *s;
	double t0 = now_ms();

	if (store_generation(bg.st, &generation) < 0)
		return;
	if ((s = take_current(generation, today))) {
		web_snapshot_put(s);
		return;
	}
	if (!poked && t0 - *built_at < 8 * *took)
		return;		/* a later poll */
	web_snapshot_put(refresh(bg.st, generation, today));
	*built_at = now_ms();
	*took = *built_at - t0;
}

/* The refresher: polls the store's count of changes four times a second on a handle of
 * its own, and reads the area again when it moves or the day turns, so that no request
 * waits for a read of the whole area (long work is never done inside a request). It also
 * checkpoints the store's log, which the audit writer leaves to it. */
static void *
refresher(void *arg)
{
	double built_at = 0, took = 0;

	(void)arg;
	pthread_mutex_lock(&lock);
	while (!bg.stop) {
		struct timespec until;
		int poked;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 250000000;
		if (until.tv_nsec >= 1000000000)
			until.tv_sec++, until.tv_nsec -= 1000000000;
		if (!bg.poked)
			pthread_cond_timedwait(&bg.wake, &lock, &until);
		poked = bg.poked;
		bg.poked = 0;
		if (bg.stop)
			break;
		pthread_mutex_unlock(&lock);
		poll_once(poked, &built_at, &took);
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

/* With lock: until the current snapshot is of generation or later, the refresher woken to
 * read it; 0, or -1 after a minute. */
static int
wait_built(int64_t generation)
{
	struct timespec until;
	int rc = 0;

	if (current && current->generation >= generation)
		return 0;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += 60;
	bg.poked = 1;
	pthread_cond_signal(&bg.wake);
	while (rc == 0 && (!current || current->generation < generation))
		rc = pthread_cond_timedwait(&bg.built, &lock, &until);
	return rc == 0 ? 0 : -1;
}

int
web_snapshot_fresh(struct web_req *r)
{
	int64_t generation;
	int rc;

	if (!bg.running || store_generation(r->st, &generation) < 0)
		return 0;
	pthread_mutex_lock(&lock);
	rc = wait_built(generation);
	pthread_mutex_unlock(&lock);
	return rc;
}

/* The tables whose records of a child the per-child load holds (store_load_area) and no
 * other part of the snapshot reads: relationships (the people of snapshot_people.c),
 * restrictions (need-to-know) and the child's own row (the search's indexes) are not. */
static int
of_one_child(const struct table *t)
{
	static const char *const own[] = {"contacts", "referrals", "assessments",
	    "strategy_discussions", "s47_enquiries", "conferences", "conference_invitees",
	    "cp_plans", "core_group_members", "core_groups", "core_group_attendance", "visits",
	    "cin_plans", "care_periods"};

	for (size_t i = 0; i < sizeof own / sizeof *own; i++)
		if (strcmp(t->name, own[i]) == 0)
			return 1;
	return 0;
}

int
web_snapshot_saved(struct web_req *r, const struct table *t, int64_t child_id)
{
	int64_t generation;

	if (!bg.running)
		return 0;
	if (child_id <= 0 || !of_one_child(t))
		return web_snapshot_fresh(r);
	if (store_generation(r->st, &generation) < 0)
		return -1;
	/* The refresher reads the area again at its next poll, once for every save made
	 * meanwhile, so that a stream of saves costs a few rereads a second, not one each. */
	pthread_mutex_lock(&lock);
	if (changed[child_id % CHANGED_SLOTS] < generation)
		changed[child_id % CHANGED_SLOTS] = generation;
	if (r->user.id > 0 && person[r->user.id % PERSON_SLOTS] < generation)
		person[r->user.id % PERSON_SLOTS] = generation;
	pthread_mutex_unlock(&lock);
	return 0;
}

const struct area *
web_snapshot_child_area(struct web_req *r, const struct web_snapshot *s, int64_t child_id,
    struct area *fresh)
{
	int stale;

	area_init(fresh);
	pthread_mutex_lock(&lock);
	stale = child_id > 0 && changed[child_id % CHANGED_SLOTS] > s->generation;
	pthread_mutex_unlock(&lock);
	if (!stale)
		return &s->a;
	if (store_begin_read(r->st) < 0 || store_load_area(r->st, child_id, fresh) < 0) {
		store_rollback(r->st);
		return NULL;
	}
	store_rollback(r->st);	/* ends the read transaction */
	return fresh;
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

	fw_dash_drop_all();	/* the figures kept hold snapshots of their own */
	pthread_mutex_lock(&lock);
	s = current;
	current = NULL;
	pthread_mutex_unlock(&lock);
	web_snapshot_put(s);
}
