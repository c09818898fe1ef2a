/*
 * mem.c: every allocation in safeguard goes through these functions.
 *
 * Running out of memory is not a user error we can explain, so production builds abort
 * with a message, as Fossil, h2o and Redis do. Keeping one door for allocation gives the
 * test build a way to make the n-th allocation fail (mem_fail_after), so that the
 * out-of-memory paths are exercised rather than assumed. tools/check-style.sh bans the
 * raw allocator everywhere else.
 */
#include "base/mem.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long fail_countdown;

void
mem_fail_after(long n)
{
	fail_countdown = n;
}

static void
out_of_memory(size_t n)
{
	fprintf(stderr, "safeguard: out of memory (asked for %zu bytes)\n", n);
	abort();
}

static int
injected_failure(void)
{
	if (fail_countdown <= 0)
		return 0;
	return --fail_countdown == 0;
}

void *
xmalloc(size_t n)
{
	void *p = injected_failure() ? NULL : malloc(n ? n : 1);
	if (!p)
		out_of_memory(n);
	return p;
}

void *
xcalloc(size_t count, size_t size)
{
	void *p = injected_failure() ? NULL : calloc(count ? count : 1, size ? size : 1);
	if (!p)
		out_of_memory(count * size);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = injected_failure() ? NULL : realloc(p, n ? n : 1);
	if (!q)
		out_of_memory(n);
	return q;
}

void *
xreallocarray(void *p, size_t count, size_t size)
{
	if (size && count > SIZE_MAX / size)
		out_of_memory(SIZE_MAX);
	return xrealloc(p, count * size);
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

void
xfree(void *p)
{
	free(p);
}

void *
vec_reserve(void *p, size_t len, size_t *cap, size_t size)
{
	if (len < *cap)
		return p;
	*cap = *cap ? *cap * 2 : 16;
	if (*cap <= len)
		*cap = len + 1;
	return xreallocarray(p, *cap, size);
}

void
mem_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}
