/*
 * demo_write.c: the writer thread, which puts the demo's batches into the store.
 *
 * Making the area costs about a quarter of the time and writing it three quarters, and
 * they need nothing from each other once a batch is made: so the generator fills the next
 * batch on one core while this thread writes the last one through SQLite on the other.
 * Batches are written in the order they were filled, and every id was given by the
 * generator, so the store is the same, byte for byte, however the two threads interleave.
 *
 * The queue is bounded (D_QUEUE full batches): when SQLite falls behind, the generator
 * waits rather than filling memory. Only this thread touches the store while it runs. If
 * a write fails, the thread keeps taking batches (and drops them) so the generator never
 * waits forever, and the failure is reported when the generator hands over the last one.
 */
#include "demo/demo_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "records/rec.h"
#include "store/store.h"

/*
 * The check costs the writer thread, which sets the demo's pace, about 30% more work
 * (callgrind, default area: 844 M instructions against 652 M), far above the 10% it may
 * cost: so test builds check every row (every test that makes a demo), release builds
 * do not.
 */
#ifdef SAFEGUARD_TEST
#define CHECK_ROWS 1
#else
#define CHECK_ROWS 0
#endif

#define D_QUEUE 2
#define BATCH_ROWS 50000	/* rows a batch holds before it is handed over */

struct d_pipe {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t changed;
	struct d_batch *queue[D_QUEUE];	/* full batches, oldest first */
	int head, count;
	struct d_batch *spare[D_QUEUE + 2];	/* written batches, ready for reuse */
	int nspare;
	int done;			/* the generator has handed over its last batch */
	int failed;
	char err[1024];
	long long written;
	const struct table *const *t;
	struct store *st;
	struct store_bulk *bulk;
};

/*
 * Every row the demo makes is one the record layer would take (rec_check): the demo is
 * the first store most people see, and its records are what the tests judge the rest by.
 * A row refused is a bug of the generator, said with the record and the rule. (In test
 * builds: CHECK_ROWS.)
 */
static int
check_rows(const struct table *t, const struct field *rows, size_t n, char *err,
    size_t errsize)
{
	struct rec_errors e;

	for (size_t r = 0; r < n; r++) {
		const struct field *row = &rows[r * (size_t)t->ncols];
		rec_errors_clear(&e);
		if (rec_check(t, row, &e) == 0)
			continue;
		snprintf(err, errsize, "the demo made %s %s record the record layer refuses (a bug "
		    "of the demo): %s %lld, %s: %s", strchr("aeiou", t->noun[0]) ? "an" : "a",
		    t->noun, t->name, (long long)row[0].i, e.v[0].col >= 0 ?
		    t->cols[e.v[0].col].name : "the record", e.v[0].message);
		return -1;
	}
	return 0;
}

/* Writes every table of the batch in the registry's order, the order of dependency; -1
 * with the reason in err[errsize]. */
static int
write_batch(struct d_pipe *p, struct d_batch *b, char *err, size_t errsize)
{
	int ntables;
	const struct table *all = records_tables(&ntables);

	for (int i = 0; i < ntables; i++)
		for (int t = 0; t < D_NTABLES; t++) {
			if (p->t[t] != &all[i] || b->tab[t].n == 0)
				continue;
			if (CHECK_ROWS && check_rows(p->t[t], b->tab[t].rows, b->tab[t].n, err,
			    errsize) < 0)
				return -1;
			if (store_bulk_rows(p->bulk, p->t[t], b->tab[t].rows, b->tab[t].n) < 0) {
				snprintf(err, errsize, "%s", store_error(p->st));
				return -1;
			}
			p->written += (long long)b->tab[t].n;
		}
	return 0;
}

static void *
writer(void *arg)
{
	struct d_pipe *p = arg;

	for (;;) {
		struct d_batch *b;
		pthread_mutex_lock(&p->mu);
		while (p->count == 0 && !p->done)
			pthread_cond_wait(&p->changed, &p->mu);
		if (p->count == 0) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		b = p->queue[p->head];
		p->head = (p->head + 1) % D_QUEUE;
		p->count--;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->mu);
		if (!p->failed && write_batch(p, b, p->err, sizeof p->err) < 0)
			p->failed = 1;
		d_batch_reset(b);
		pthread_mutex_lock(&p->mu);
		p->spare[p->nspare++] = b;
		pthread_cond_broadcast(&p->changed);
		pthread_mutex_unlock(&p->mu);
	}
}

void
d_rows_start(struct d_rows *r, struct store *st, struct store_bulk *b)
{
	struct d_pipe *p = xcalloc(1, sizeof *p);

	r->st = st;
	r->bulk = b;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->changed, NULL);
	p->t = r->t;
	p->st = st;
	p->bulk = b;
	r->pipe = p;
	if (pthread_create(&p->thread, NULL, writer, p) != 0) {
		/* No second thread: each batch is then written as it is handed over. */
		r->pipe = NULL;
		pthread_cond_destroy(&p->changed);
		pthread_mutex_destroy(&p->mu);
		xfree(p);
	}
}

/* Why the write failed, when there is no writer thread to keep it (one demo a process). */
static char alone_err[1024];

/* Without the thread: writes the current batch here and now. */
static int
write_now(struct d_rows *r)
{
	struct d_pipe alone;

	memset(&alone, 0, sizeof alone);
	alone.t = r->t;
	alone.st = r->st;
	alone.bulk = r->bulk;
	if (!r->failed && write_batch(&alone, r->cur, alone_err, sizeof alone_err) < 0)
		r->failed = 1;
	r->written += alone.written;
	d_batch_reset(r->cur);
	return r->failed ? -1 : 0;
}

/* Queues the current batch and takes an empty one; waits while the queue is full. */
static void
hand_over(struct d_rows *r)
{
	struct d_pipe *p = r->pipe;
	struct d_batch *next = NULL;

	pthread_mutex_lock(&p->mu);
	while (p->count == D_QUEUE)
		pthread_cond_wait(&p->changed, &p->mu);
	p->queue[(p->head + p->count) % D_QUEUE] = r->cur;
	p->count++;
	if (p->nspare)
		next = p->spare[--p->nspare];
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->mu);
	r->cur = next ? next : d_batch_new();
}

int
d_rows_send(struct d_rows *r)
{
	struct d_pipe *p = r->pipe;
	int failed;

	if (r->cur->pending < BATCH_ROWS)
		return 0;
	if (!p)
		return write_now(r);
	hand_over(r);
	pthread_mutex_lock(&p->mu);
	failed = p->failed;
	pthread_mutex_unlock(&p->mu);
	return failed ? -1 : 0;
}

int
d_rows_finish(struct d_rows *r, long long *written, char *err, size_t errsize)
{
	struct d_pipe *p = r->pipe;
	int rc;

	if (!p) {
		rc = write_now(r);
		*written = r->written;
		if (rc < 0)
			snprintf(err, errsize, "%s", alone_err);
		return rc;
	}
	hand_over(r);
	pthread_mutex_lock(&p->mu);
	p->done = 1;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->mu);
	pthread_join(p->thread, NULL);
	rc = p->failed ? -1 : 0;
	if (rc < 0)
		snprintf(err, errsize, "%s", p->err);
	*written = p->written;
	while (p->nspare)
		d_batch_free(p->spare[--p->nspare]);
	pthread_cond_destroy(&p->changed);
	pthread_mutex_destroy(&p->mu);
	xfree(p);
	r->pipe = NULL;
	return rc;
}
