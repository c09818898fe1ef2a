/* buf.h: a growable byte buffer with a hard cap and a sticky error. See buf.c. */
#ifndef SG_BUF_H
#define SG_BUF_H
#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *p;	/* always NUL-terminated once anything is added */
	size_t len;
	size_t cap;
	size_t max;	/* never grows beyond this many bytes */
	int toobig;	/* set once an append would pass max; later appends are ignored */
};

void buf_init(struct buf *b, size_t max);
void buf_free(struct buf *b);
void buf_reset(struct buf *b);
void buf_add(struct buf *b, const void *data, size_t n);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap);
const char *buf_str(struct buf *b);

#endif
