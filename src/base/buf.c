/*
 * buf.c: the one growable buffer.
 *
 * Every buffer is created with a maximum so that no input can grow memory without bound
 * (curl's dynbuf makes the same choice). Appends past the maximum are dropped and set a
 * sticky flag, so a caller can append freely and check once at the end.
 */
#include "base/buf.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"

void
buf_init(struct buf *b, size_t max)
{
	b->p = NULL;
	b->len = b->cap = 0;
	b->max = max;
	b->toobig = 0;
}

void
buf_free(struct buf *b)
{
	xfree(b->p);
	buf_init(b, b->max);
}

void
buf_reset(struct buf *b)
{
	b->len = 0;
	b->toobig = 0;
	if (b->p)
		b->p[0] = '\0';
}

/* Makes room for n more bytes plus the terminator; returns 0 when that would pass max. */
static int
reserve(struct buf *b, size_t n)
{
	if (b->toobig || n > b->max - b->len) {
		b->toobig = 1;
		return 0;
	}
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->p = xrealloc(b->p, cap);
		b->cap = cap;
	}
	return 1;
}

void
buf_add(struct buf *b, const void *data, size_t n)
{
	if (!reserve(b, n))
		return;
	if (n)
		memcpy(b->p + b->len, data, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	char small[256];
	va_list again;
	int n;

	va_copy(again, ap);
	n = vsnprintf(small, sizeof small, fmt, ap);
	if (n < 0) {
		va_end(again);
		return;
	}
	if ((size_t)n < sizeof small) {
		buf_add(b, small, (size_t)n);
	} else if (reserve(b, (size_t)n)) {
		vsnprintf(b->p + b->len, (size_t)n + 1, fmt, again);
		b->len += (size_t)n;
	}
	va_end(again);
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

const char *
buf_str(struct buf *b)
{
	return b->p ? b->p : "";
}
