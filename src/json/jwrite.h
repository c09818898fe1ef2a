/* jwrite.h: a buffered JSON writer for large outputs. See jwrite.c. */
#ifndef SG_JWRITE_H
#define SG_JWRITE_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct buf;

struct jw {
	FILE *f;		/* where it goes, or NULL: into out */
	struct buf *out;
	char *buf;
	size_t len, cap;
	uint64_t written;	/* bytes handed to the file so far */
	int err;		/* errno of the first failed write, sticky; 0 if none */
};

void jw_init(struct jw *w, FILE *f);
/* The same writer into a buffer (the API's answers); its cap is the buffer's. */
void jw_init_buf(struct jw *w, struct buf *out);
/* Writes what is buffered; returns 0, or -1 with the reason in w->err. */
int jw_flush(struct jw *w);
void jw_free(struct jw *w);
void jw_raw(struct jw *w, const char *s, size_t n);
void jw_lit(struct jw *w, const char *s);	/* a literal piece of JSON, as is */
void jw_str(struct jw *w, const char *s);	/* a JSON string: quoted and escaped */
void jw_strn(struct jw *w, const char *s, size_t n);
void jw_int(struct jw *w, int64_t v);

#endif
