/*
 * throttle.c: failed logins slow the next attempt, per account and per address.
 *
 * After FREE_TRIES failures of one account (or ADDRESS_TRIES from one address) within
 * WINDOW seconds, each further attempt must wait, twice as long after every further
 * failure, up to MAX_WAIT: a person who mistypes is barely slowed, while guessing at one
 * account, or trying many accounts from one address, becomes hopeless. An attempt that
 * must wait is refused without its password being checked, and with the same words
 * whether or not the account exists, so the waiting tells nothing either. The counts are
 * kept in memory, in a table of fixed size whose oldest entry gives way to a new one,
 * so no stream of invented usernames can grow it.
 */
#include "web/web_int.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"

#define SLOTS 4096
#define FREE_TRIES 5
#define ADDRESS_TRIES 20
#define WINDOW 900
#define MAX_WAIT 900

struct slot {
	char key[80];		/* "u:NAME" or "a:ADDRESS"; "" when free */
	int failures;
	int64_t first, last;
};

struct web_throttle {
	pthread_mutex_t lock;
	struct slot v[SLOTS];
};

struct web_throttle *
web_throttle_new(void)
{
	struct web_throttle *t = xcalloc(1, sizeof *t);

	pthread_mutex_init(&t->lock, NULL);
	return t;
}

void
web_throttle_free(struct web_throttle *t)
{
	if (!t)
		return;
	pthread_mutex_destroy(&t->lock);
	xfree(t);
}

static uint32_t
hash(const char *s)
{
	uint32_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* The slot of key, or a free or the oldest of its 8 neighbours, taken over for key. */
static struct slot *
find(struct web_throttle *t, const char *prefix, const char *name, int create)
{
	char key[80];
	struct slot *oldest = NULL;
	uint32_t h;

	snprintf(key, sizeof key, "%s%s", prefix, name);
	h = hash(key);
	for (int i = 0; i < 8; i++) {
		struct slot *s = &t->v[(h + (uint32_t)i) % SLOTS];
		if (strcmp(s->key, key) == 0)
			return s;
		if (!oldest || !s->key[0] || (oldest->key[0] && s->last < oldest->last))
			oldest = s;
	}
	if (!create)
		return NULL;
	memset(oldest, 0, sizeof *oldest);
	str_copy(oldest->key, sizeof oldest->key, key);
	return oldest;
}

static int
wait_of(const struct slot *s, int free_tries, int64_t now)
{
	int64_t wait = 1;

	if (!s || s->failures < free_tries || now - s->first > WINDOW)
		return 0;
	for (int i = free_tries; i < s->failures && wait < MAX_WAIT; i++)
		wait *= 2;
	if (wait > MAX_WAIT)
		wait = MAX_WAIT;
	return s->last + wait > now ? (int)(s->last + wait - now) : 0;
}

int
web_throttle_wait(struct web_throttle *t, const char *username, const char *addr,
    int64_t now)
{
	int a, b;

	pthread_mutex_lock(&t->lock);
	a = wait_of(find(t, "u:", username, 0), FREE_TRIES, now);
	b = wait_of(find(t, "a:", addr, 0), ADDRESS_TRIES, now);
	pthread_mutex_unlock(&t->lock);
	return a > b ? a : b;
}

static void
count(struct slot *s, int64_t now)
{
	if (now - s->first > WINDOW) {
		s->failures = 0;
		s->first = now;
	}
	s->failures++;
	s->last = now;
}

void
web_throttle_failed(struct web_throttle *t, const char *username, const char *addr,
    int64_t now)
{
	pthread_mutex_lock(&t->lock);
	count(find(t, "u:", username, 1), now);
	count(find(t, "a:", addr, 1), now);
	pthread_mutex_unlock(&t->lock);
}

void
web_throttle_succeeded(struct web_throttle *t, const char *username)
{
	struct slot *s;

	pthread_mutex_lock(&t->lock);
	if ((s = find(t, "u:", username, 0)))
		memset(s, 0, sizeof *s);
	pthread_mutex_unlock(&t->lock);
}
