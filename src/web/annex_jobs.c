/*
 * annex_jobs.c: the Annex A lists (annex/) are built from the whole area, which takes
 * longer than a request may (README: long work never runs inside a request). A request
 * asks for them and is answered at once; one thread builds them from the snapshot the
 * request saw, and the page shows them "being prepared" until they are ready.
 *
 * The lists are held in memory, not written to disk: they name children, and a copy
 * on the disk outside the store would outlive the store's own protections. At most
 * WEB_ANNEX_JOBS exports are held, each list at most ANNEX_WEB_MAX bytes (larger, as a
 * national store's would be, and the export fails, saying to use the command line);
 * the oldest finished export makes way for a new one, and all go when the server stops.
 * Each export belongs to the person who asked for it: the lists leave out the restricted
 * children they are not named on (access.c), so they are theirs alone.
 */
#include "web/annex_jobs.h"

#include <pthread.h>
#include <string.h>

#include "annex/annex.h"
#include "web/snapshot.h"

#define ANNEX_WEB_MAX (16u << 20)

struct job {
	int64_t id, user_id, asked_at;
	cal_date as_of;
	enum annex_job_state state;
	struct web_snapshot *snap;	/* held while waiting or preparing */
	struct annex_out out;
};

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct job jobs[WEB_ANNEX_JOBS];	/* id 0: a free slot */
static int64_t last_id;
static pthread_t worker;
static int worker_made, worker_busy, stopping;

struct keep {
	const struct web_snapshot *s;
	int64_t user_id;
};

/* A restricted child's rows only for the people named on the restriction (access.c). */
static int
keep_child(void *ctx, const struct m_child *c)
{
	const struct keep *k = ctx;
	int named;

	return !web_snapshot_restricted(k->s, c->id, k->user_id, &named) || named;
}

/* The oldest job waiting, marked as being prepared; NULL when none is (or stopping). */
static struct job *
next_job(void)
{
	struct job *j = NULL;

	for (int i = 0; !stopping && i < WEB_ANNEX_JOBS; i++)
		if (jobs[i].id && jobs[i].state == AJ_WAITING && (!j || jobs[i].id < j->id))
			j = &jobs[i];
	if (j)
		j->state = AJ_PREPARING;
	else
		worker_busy = 0;
	return j;
}

static void *
work(void *unused)
{
	struct job *j;

	(void)unused;
	pthread_mutex_lock(&lock);
	while ((j = next_job())) {
		struct keep k = {j->snap, j->user_id};
		struct annex_out out;
		cal_date as_of = j->as_of;
		int rc;
		/* A slot being prepared is never reused, so j stays this job meanwhile. */
		pthread_mutex_unlock(&lock);
		rc = annex_build(&k.s->a, as_of, keep_child, &k, ANNEX_WEB_MAX, &out);
		web_snapshot_put(j->snap);
		pthread_mutex_lock(&lock);
		j->snap = NULL;
		j->state = rc == 0 ? AJ_READY : AJ_FAILED;
		if (rc == 0)
			j->out = out;
	}
	pthread_mutex_unlock(&lock);
	return NULL;
}

/* A free slot, or the oldest finished export's; NULL when all are still to be built. */
static struct job *
slot(void)
{
	struct job *old = NULL;

	for (int i = 0; i < WEB_ANNEX_JOBS; i++) {
		if (!jobs[i].id)
			return &jobs[i];
		if ((jobs[i].state == AJ_READY || jobs[i].state == AJ_FAILED) &&
		    (!old || jobs[i].id < old->id))
			old = &jobs[i];
	}
	if (old)
		annex_out_free(&old->out);
	return old;
}

/* Starts the worker when it is not running; a worker that has finished is joined first. */
static int
wake(void)
{
	if (worker_busy)
		return 0;
	if (worker_made) {
		pthread_join(worker, NULL);
		worker_made = 0;
	}
	if (pthread_create(&worker, NULL, work, NULL) != 0)
		return -1;
	worker_made = worker_busy = 1;
	return 0;
}

int64_t
web_annex_submit(struct web_snapshot *s, int64_t user_id, cal_date as_of, int64_t now)
{
	struct job *j;
	int64_t id = 0;

	pthread_mutex_lock(&lock);
	if (!stopping && (j = slot())) {
		memset(j, 0, sizeof *j);
		j->id = ++last_id;
		j->user_id = user_id;
		j->asked_at = now;
		j->as_of = as_of;
		j->state = AJ_WAITING;
		j->snap = s;
		if (wake() == 0) {
			id = j->id;
			s = NULL;
		} else {
			j->id = 0;
		}
	}
	pthread_mutex_unlock(&lock);
	if (s)
		web_snapshot_put(s);
	return id;
}

int
web_annex_list(int64_t user_id, struct annex_job_view *out, int max)
{
	int n = 0;

	pthread_mutex_lock(&lock);
	for (int i = 0; i < WEB_ANNEX_JOBS; i++) {
		const struct job *j = &jobs[i];
		if (!j->id || j->user_id != user_id || n >= max)
			continue;
		out[n] = (struct annex_job_view){j->id, j->as_of, j->asked_at, j->state, {0, 0},
		    j->out.left_out};
		memcpy(out[n].rows, j->out.rows, sizeof out[n].rows);
		n++;
	}
	pthread_mutex_unlock(&lock);
	for (int i = 1; i < n; i++)	/* newest first: a handful, so an insertion sort */
		for (int k = i; k > 0 && out[k].id > out[k - 1].id; k--) {
			struct annex_job_view t = out[k];
			out[k] = out[k - 1];
			out[k - 1] = t;
		}
	return n;
}

int
web_annex_copy(int64_t user_id, int64_t id, int list, struct buf *b, cal_date *as_of)
{
	int found = 0;

	if (list < 0 || list >= ANNEX_NLISTS)
		return 0;
	pthread_mutex_lock(&lock);
	for (int i = 0; i < WEB_ANNEX_JOBS; i++) {
		const struct job *j = &jobs[i];
		if (j->id == id && j->user_id == user_id && j->state == AJ_READY) {
			buf_add(b, j->out.csv[list].p, j->out.csv[list].len);
			*as_of = j->as_of;
			found = 1;
		}
	}
	pthread_mutex_unlock(&lock);
	return found;
}

void
web_annex_stop(void)
{
	pthread_mutex_lock(&lock);
	stopping = 1;
	pthread_mutex_unlock(&lock);
	if (worker_made)
		pthread_join(worker, NULL);
	pthread_mutex_lock(&lock);
	worker_made = worker_busy = 0;
	for (int i = 0; i < WEB_ANNEX_JOBS; i++) {
		if (jobs[i].snap)
			web_snapshot_put(jobs[i].snap);
		annex_out_free(&jobs[i].out);
		memset(&jobs[i], 0, sizeof jobs[i]);
	}
	stopping = 0;
	pthread_mutex_unlock(&lock);
}
