/*
 * arena.c: a per-request arena (style.md habit 8).
 *
 * A threaded server cannot get memory safety from a process per request, as Fossil and
 * cgit do, so it gets it from here: everything a request allocates (its decoded path,
 * query and form, the strings its pages are built from) comes from its arena, which is
 * freed in one call when the response has been sent. Nothing that outlives the request
 * may point into it. Blocks grow geometrically from 4 KiB, so a small request costs one
 * allocation; a hard maximum keeps one request from taking the machine's memory.
 */
#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	_Alignas(max_align_t) unsigned char data[];
};

void
arena_init(struct arena *a, size_t max)
{
	a->head = NULL;
	a->total = 0;
	a->max = max;
	a->toobig = 0;
}

void *
arena_alloc(struct arena *a, size_t n)
{
	const size_t align = _Alignof(max_align_t);
	struct arena_block *b = a->head;
	size_t want = (n + align - 1) / align * align;
	void *p;

	if (a->toobig || want < n || want > a->max - a->total) {
		a->toobig = 1;
		return NULL;
	}
	if (!b || b->size - b->used < want) {
		size_t size = b ? b->size * 2 : 4096;
		while (size < want)
			size *= 2;
		b = xmalloc(sizeof *b + size);
		b->next = a->head;
		b->used = 0;
		b->size = size;
		a->head = b;
	}
	p = b->data + b->used;
	b->used += want;
	a->total += want;
	memset(p, 0, n);
	return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	/* n + 1 wrapping is a size past any max: asked for as such, so the flag is set. */
	char *p = arena_alloc(a, n + 1 > n ? n + 1 : SIZE_MAX);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap, again;
	char *p;
	int n;

	va_start(ap, fmt);
	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	p = n >= 0 ? arena_alloc(a, (size_t)n + 1) : NULL;
	if (p)
		vsnprintf(p, (size_t)n + 1, fmt, again);
	va_end(again);
	return p;
}

void
arena_free(struct arena *a)
{
	while (a->head) {
		struct arena_block *next = a->head->next;
		xfree(a->head);
		a->head = next;
	}
	arena_init(a, a->max);
}
