/*
 * pool.c: store handles shared by the server's requests.
 *
 * A request borrows a handle for as long as its handler runs and gives it back before
 * its response is sent, so a few handles serve many connections. Each handle keeps the
 * statements it has prepared (store_cache.c), which is why handles are kept rather than
 * opened per request. Handles are opened as they are first needed, up to max; a request
 * that finds them all in use waits for one. The store allows many readers beside one
 * writer, so handles never wait on each other to read.
 */
#include "web/web_int.h"

#include <pthread.h>

#include "base/mem.h"
#include "base/str.h"

struct web_pool {
	pthread_mutex_t lock;
	pthread_cond_t freed;
	char *db;
	struct store **idle;
	int nidle, open, max;
	char err[1200];
};

struct web_pool *
web_pool_new(const char *db, int max)
{
	struct web_pool *p = xcalloc(1, sizeof *p);

	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->freed, NULL);
	p->db = xstrdup(db);
	p->max = max;
	p->idle = xcalloc((size_t)max, sizeof *p->idle);
	return p;
}

void
web_pool_free(struct web_pool *p)
{
	if (!p)
		return;
	for (int i = 0; i < p->nidle; i++)
		store_close(p->idle[i]);
	pthread_mutex_destroy(&p->lock);
	pthread_cond_destroy(&p->freed);
	xfree(p->idle);
	xfree(p->db);
	xfree(p);
}

struct store *
web_pool_get(struct web_pool *p, const char **err)
{
	struct store *st = NULL;
	const char *why;

	pthread_mutex_lock(&p->lock);
	while (p->nidle == 0 && p->open >= p->max)
		pthread_cond_wait(&p->freed, &p->lock);
	if (p->nidle > 0) {
		st = p->idle[--p->nidle];
		pthread_mutex_unlock(&p->lock);
		return st;
	}
	p->open++;
	pthread_mutex_unlock(&p->lock);
	/* The refresher checkpoints the store's log (snapshot.c), so that no request pays for
	 * one: a save that checkpointed as SQLite does after every thousand pages of log
	 * waited for the whole store file to be written and synced. */
	if ((st = store_open(p->db, STORE_OPEN, &why)) && store_no_checkpoints(st) == 0)
		return st;
	store_close(st);
	why = st ? "cannot set how the store's log is checkpointed" : why;
	pthread_mutex_lock(&p->lock);
	p->open--;
	str_copy(p->err, sizeof p->err, why);
	*err = p->err;
	pthread_cond_signal(&p->freed);
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

void
web_pool_put(struct web_pool *p, struct store *st)
{
	if (!st)
		return;
	store_rollback(st);	/* a handler that failed half way leaves nothing open */
	pthread_mutex_lock(&p->lock);
	p->idle[p->nidle++] = st;
	pthread_cond_signal(&p->freed);
	pthread_mutex_unlock(&p->lock);
}
