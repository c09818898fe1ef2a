/*
 * store_cache.c: statements prepared once per store handle.
 *
 * The web server answers thousands of requests a second from a few store handles, and
 * preparing a statement costs more than running a simple one, so each handle keeps what
 * it has prepared. A statement is found by the address of its SQL, which is a string
 * constant in the function that uses it: no hashing of text, and two functions never
 * share a statement by accident. The table is small and open-addressed; it only grows.
 */
#include "store/store_int.h"

#include <stdint.h>

#include "base/mem.h"

struct store_cache {
	struct slot {
		const char *sql;
		sqlite3_stmt *s;
	} *v;
	size_t cap, n;
};

static size_t
slot_of(const struct store_cache *c, const char *sql)
{
	size_t i = (size_t)(((uintptr_t)sql >> 3) * 0x9E3779B97F4A7C15u) & (c->cap - 1);

	while (c->v[i].sql && c->v[i].sql != sql)
		i = (i + 1) & (c->cap - 1);
	return i;
}

static void
grow(struct store_cache *c)
{
	struct slot *old = c->v;
	size_t oldcap = c->cap;

	c->cap = oldcap ? oldcap * 2 : 64;
	c->v = xcalloc(c->cap, sizeof *c->v);
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].sql)
			c->v[slot_of(c, old[i].sql)] = old[i];
	xfree(old);
}

sqlite3_stmt *
store_cached(struct store *st, const char *sql)
{
	struct store_cache *c = st->cache;
	size_t i;

	if (!c)
		c = st->cache = xcalloc(1, sizeof *c);
	if ((c->n + 1) * 2 > c->cap)
		grow(c);
	i = slot_of(c, sql);
	if (!c->v[i].sql) {
		sqlite3_stmt *s = store_prepare(st, sql);
		if (!s)
			return NULL;
		c->v[i].sql = sql;
		c->v[i].s = s;
		c->n++;
	}
	sqlite3_reset(c->v[i].s);
	sqlite3_clear_bindings(c->v[i].s);
	return c->v[i].s;
}

void
store_done(sqlite3_stmt *s)
{
	if (s)
		sqlite3_reset(s);
}

void
store_cache_free(struct store *st)
{
	struct store_cache *c = st->cache;

	if (!c)
		return;
	for (size_t i = 0; i < c->cap; i++)
		sqlite3_finalize(c->v[i].s);
	xfree(c->v);
	xfree(c);
	st->cache = NULL;
}
