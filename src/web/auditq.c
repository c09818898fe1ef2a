/*
 * auditq.c: the audit entries of requests, committed in groups.
 *
 * Every view of a child's record is written to the audit trail before the page is sent
 * (product.md 7), and a commit that survives a power cut costs a sync of the disk, so one
 * commit per view would cap the server at the disk's syncs a second. Instead a request
 * puts its entry in the queue and waits; one writer thread takes everything waiting,
 * appends it as one transaction (store_audit_append: each entry still chained to the one
 * before), and wakes each request whose entry it holds (each waits on a condition of its
 * own, so a commit wakes no one else). While a commit is syncing, the
 * next group gathers, so the more requests arrive, the larger the groups, and the cost of
 * a sync is shared. A change (a record saved) writes its own entry inside its own
 * transaction instead (records/rec.h), because the two must commit together.
 */
#include "web/web_int.h"

#include <pthread.h>

#include "base/mem.h"
#include "base/str.h"

#define GROUP_MAX 512

struct item {
	const struct audit_entry *e;
	struct item *next;
	int done, rc;
	pthread_cond_t committed;	/* its own, so a commit wakes only its own requests */
};

struct web_auditq {
	pthread_mutex_t lock;
	pthread_cond_t work;
	struct item *head, *tail;
	struct store *st;
	pthread_t thread;
	int stop;
};

static int
commit_group(struct web_auditq *q, struct item *first)
{
	struct audit_entry v[GROUP_MAX];
	size_t n = 0;

	for (struct item *i = first; i; i = i->next)
		v[n++] = *i->e;
	return store_audit_append(q->st, v, n);
}

static void *
writer(void *arg)
{
	struct web_auditq *q = arg;

	pthread_mutex_lock(&q->lock);
	for (;;) {
		struct item *group, *last;
		int n = 0, rc;
		while (!q->head && !q->stop)
			pthread_cond_wait(&q->work, &q->lock);
		if (!q->head && q->stop)
			break;
		group = last = q->head;
		while (last->next && ++n < GROUP_MAX - 1)
			last = last->next;
		q->head = last->next;
		if (!q->head)
			q->tail = NULL;
		last->next = NULL;
		pthread_mutex_unlock(&q->lock);
		rc = commit_group(q, group);
		pthread_mutex_lock(&q->lock);
		for (struct item *i = group, *next; i; i = next) {
			next = i->next;	/* i may be gone once it is signalled and the lock let go */
			i->done = 1;
			i->rc = rc;
			pthread_cond_signal(&i->committed);
		}
	}
	pthread_mutex_unlock(&q->lock);
	return NULL;
}

struct web_auditq *
web_auditq_new(const char *db, const char **err)
{
	struct web_auditq *q = xcalloc(1, sizeof *q);

	if (!(q->st = store_open(db, STORE_OPEN, err))) {
		xfree(q);
		return NULL;
	}
	/* A checkpoint inside a commit would hold every request of its group waiting; the
	 * thread that reads the area again does them instead (snapshot.c). */
	store_no_checkpoints(q->st);
	pthread_mutex_init(&q->lock, NULL);
	pthread_cond_init(&q->work, NULL);
	if (pthread_create(&q->thread, NULL, writer, q) != 0) {
		*err = "cannot start the audit trail's writer";
		store_close(q->st);
		xfree(q);
		return NULL;
	}
	return q;
}

void
web_auditq_free(struct web_auditq *q)
{
	if (!q)
		return;
	pthread_mutex_lock(&q->lock);
	q->stop = 1;
	pthread_cond_signal(&q->work);
	pthread_mutex_unlock(&q->lock);
	pthread_join(q->thread, NULL);
	store_close(q->st);
	pthread_mutex_destroy(&q->lock);
	pthread_cond_destroy(&q->work);
	xfree(q);
}

static void
enqueue(struct web_auditq *q, struct item *it)
{
	pthread_mutex_lock(&q->lock);
	if (q->tail)
		q->tail->next = it;
	else
		q->head = it;
	q->tail = it;
	pthread_cond_signal(&q->work);
	pthread_mutex_unlock(&q->lock);
}

static int
wait_for(struct web_auditq *q, struct item *it)
{
	pthread_mutex_lock(&q->lock);
	while (!it->done)
		pthread_cond_wait(&it->committed, &q->lock);
	pthread_mutex_unlock(&q->lock);
	pthread_cond_destroy(&it->committed);
	return it->rc;
}

int
web_auditq_append(struct web_auditq *q, const struct audit_entry *e)
{
	struct item it = {e, NULL, 0, 0, PTHREAD_COND_INITIALIZER};

	enqueue(q, &it);
	return wait_for(q, &it);
}

/*
 * The same in two halves, for a page that shows a record: the entry goes into the queue
 * before the page is written and the request waits for its commit only after, so the
 * commit's sync and the writing of the page overlap. e must stay as it is until the wait.
 */
struct web_audit_ticket {
	struct item it;
};

struct web_audit_ticket *
web_auditq_submit(struct web_auditq *q, const struct audit_entry *e)
{
	struct web_audit_ticket *t = xcalloc(1, sizeof *t);

	t->it.e = e;
	pthread_cond_init(&t->it.committed, NULL);
	enqueue(q, &t->it);
	return t;
}

int
web_auditq_wait(struct web_auditq *q, struct web_audit_ticket *t)
{
	int rc = wait_for(q, &t->it);

	xfree(t);
	return rc;
}
