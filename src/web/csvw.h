/*
 * csvw.h: writing CSV (RFC 4180) into a buffer, for the downloads: cells separated and
 * rows ended by the writer, every cell through base/esc.h. See csvw.c.
 */
#ifndef SG_WEB_CSVW_H
#define SG_WEB_CSVW_H

struct buf;

struct cw {
	struct buf *b;
	int cells;		/* in the row being written */
};

void cw_init(struct cw *w, struct buf *b);
void cw_str(struct cw *w, const char *s);	/* NULL: an empty cell */
void cw_end(struct cw *w);			/* ends the row: CRLF */

#endif
