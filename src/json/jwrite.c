/*
 * jwrite.c: writing JSON quickly to a FILE.
 *
 * An export of the national year is about a gigabyte written a few bytes at a time, so
 * pieces are gathered in a 1 MiB buffer of our own and handed to fwrite whole: the cost
 * of a piece is a bounds check and a memcpy. Strings are escaped by the one JSON escaper
 * (base/esc.h: quote, backslash and control characters, as RFC 8259 section 7 requires)
 * and otherwise written byte for byte, so UTF-8 text goes out unchanged. A failed write is remembered (with its errno) and
 * later pieces are dropped, so the caller checks once, at jw_flush.
 */
#include "json/jwrite.h"

#include <errno.h>
#include <string.h>

#include "base/buf.h"
#include "base/esc.h"
#include "base/mem.h"

#define JW_CHUNK (1u << 20)

void
jw_init_buf(struct jw *w, struct buf *out)
{
	/* An answer of the API is a record or a child's: a small buffer is plenty. */
	w->f = NULL;
	w->out = out;
	w->cap = 1u << 16;
	w->buf = xmalloc(w->cap);
	w->len = 0;
	w->written = 0;
	w->err = 0;
}

/* Hands the buffered bytes to the file or buffer; 0, or -1 with w->err set. */
static int
put(struct jw *w)
{
	if (w->err || !w->len)
		return w->err ? -1 : 0;
	if (w->out) {
		buf_add(w->out, w->buf, w->len);
		if (w->out->toobig)
			w->err = EFBIG;
	} else if (fwrite(w->buf, 1, w->len, w->f) != w->len) {
		w->err = errno ? errno : EIO;
	}
	return w->err ? -1 : 0;
}

void
jw_init(struct jw *w, FILE *f)
{
	w->f = f;
	w->out = NULL;
	w->cap = JW_CHUNK;
	w->buf = xmalloc(w->cap);
	w->len = 0;
	w->written = 0;
	w->err = 0;
}

int
jw_flush(struct jw *w)
{
	put(w);
	if (!w->err)
		w->written += w->len;
	w->len = 0;
	if (!w->err && w->f && fflush(w->f) != 0)
		w->err = errno ? errno : EIO;
	return w->err ? -1 : 0;
}

void
jw_free(struct jw *w)
{
	xfree(w->buf);
	w->buf = NULL;
}

/* Makes room for n bytes, writing out what is buffered if need be. */
static int
room(struct jw *w, size_t n)
{
	if (w->len + n <= w->cap)
		return 1;
	put(w);
	w->written += w->len;
	w->len = 0;
	return n <= w->cap;
}

void
jw_raw(struct jw *w, const char *s, size_t n)
{
	if (n <= w->cap - w->len) {
		memcpy(w->buf + w->len, s, n);
		w->len += n;
		return;
	}
	while (n > 0) {
		size_t k = n < w->cap ? n : w->cap;
		room(w, k);
		memcpy(w->buf + w->len, s, k);
		w->len += k;
		s += k;
		n -= k;
	}
}

void
jw_lit(struct jw *w, const char *s)
{
	jw_raw(w, s, strlen(s));
}

/* esc_json_each hands over the plain runs between escapes whole, so a string that needs
 * no escaping (nearly all of them) costs one call and one memcpy. */
static void
put_piece(void *ctx, const char *piece, size_t n)
{
	jw_raw(ctx, piece, n);
}

void
jw_strn(struct jw *w, const char *s, size_t n)
{
	room(w, 1);
	w->buf[w->len++] = '"';
	esc_json_each(s, n, put_piece, w);
	room(w, 1);
	w->buf[w->len++] = '"';
}

void
jw_str(struct jw *w, const char *s)
{
	jw_strn(w, s, strlen(s));
}

void
jw_int(struct jw *w, int64_t v)
{
	char tmp[24];
	int n = 0;
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;

	do
		tmp[sizeof tmp - 1 - n++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		tmp[sizeof tmp - 1 - n++] = '-';
	jw_raw(w, tmp + sizeof tmp - n, (size_t)n);
}
