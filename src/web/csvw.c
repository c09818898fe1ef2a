/*
 * csvw.c: the CSV writer (csvw.h). A spreadsheet reads a cell that holds a comma, a quote
 * or a line break as text only when it is quoted; esc_csv decides, so a name such as
 * "Health Visiting, North" stays one cell.
 */
#include "web/csvw.h"

#include "base/buf.h"
#include "base/esc.h"

void
cw_init(struct cw *w, struct buf *b)
{
	w->b = b;
	w->cells = 0;
}

void
cw_str(struct cw *w, const char *s)
{
	if (w->cells++)
		buf_addc(w->b, ',');
	esc_csv(w->b, s ? s : "");
}

void
cw_end(struct cw *w)
{
	buf_adds(w->b, "\r\n");
	w->cells = 0;
}
