/*
 * rep_pdf_table.c: tables and charts on the PDF's pages. A table breaks between rows,
 * never inside one, and its caption (marked "continued") and header row are repeated at
 * the top of each page it runs on to, so every page of it reads on its own. A chart is
 * drawn from the same layout as the HTML's SVG (chart_cairo), set to the text block's
 * width, and moved whole to the next page when it does not fit.
 */
#include "report/rep_pdf_int.h"

#include <string.h>

#include "base/mem.h"

#define CELL_PAD 3.0

static void
col_widths(const struct rep_table *t, double *w)
{
	double first = t->n_cols > 2 ? 0.42 : 0.6;
	if (t->n_cols == 1)
		first = 1;
	w[0] = PDF_TEXT_W * first;
	for (size_t c = 1; c < t->n_cols; c++)
		w[c] = PDF_TEXT_W * (1 - first) / (double)(t->n_cols - 1);
}

static void
rule(struct pdf *p, double y, double width, double grey)
{
	if (!p->paint)
		return;
	cairo_set_source_rgb(p->cr, grey, grey, grey);
	cairo_set_line_width(p->cr, width);
	cairo_move_to(p->cr, PDF_LEFT, y);
	cairo_line_to(p->cr, PDF_LEFT + PDF_TEXT_W, y);
	cairo_stroke(p->cr);
}

/* Lays out (and, when painting, draws) one row at p->y; returns its height. */
static double
row(struct pdf *p, const struct rep_table *t, const char *const *cells, const double *w,
    int header, int measure_only)
{
	PangoLayout *l[32];
	size_t n = t->n_cols < 32 ? t->n_cols : 32;
	double h = 0, x = PDF_LEFT;
	for (size_t c = 0; c < n; c++) {
		enum pdf_font f = header || c == 0 ? F_BOLD : F_BODY;
		l[c] = pdf_text(p, f, cells[c], w[c] - 2 * CELL_PAD);
		if ((t->numeric >> c) & 1)
			pango_layout_set_alignment(l[c], PANGO_ALIGN_RIGHT);
		double ch = pdf_height(l[c]);
		if (ch > h)
			h = ch;
	}
	for (size_t c = 0; c < n; c++) {
		if (!measure_only)
			pdf_show(p, l[c], x + CELL_PAD, p->y + CELL_PAD);
		x += w[c];
		g_object_unref(l[c]);
	}
	return h + 2 * CELL_PAD;
}

static void
caption(struct pdf *p, const struct rep_table *t, int continued)
{
	char *text = xmalloc(strlen(t->caption) + 16);
	memcpy(text, t->caption, strlen(t->caption) + 1);
	if (continued)
		memcpy(text + strlen(text), " (continued)", 13);
	PangoLayout *l = pdf_text(p, F_SMALL, text, PDF_TEXT_W);
	pdf_show(p, l, PDF_LEFT, p->y);
	p->y += pdf_height(l) + 4;
	g_object_unref(l);
	xfree(text);
}

static void
head(struct pdf *p, const struct rep_table *t, const double *w, int continued)
{
	caption(p, t, continued);
	p->y += row(p, t, t->head, w, 1, 0);
	rule(p, p->y, 1, 0.04);
}

void
pdf_table(struct pdf *p, const struct rep_table *t)
{
	double w[32];
	if (t->n_cols == 0 || t->n_cols > 32)
		return;
	col_widths(t, w);
	/* The caption, the header and the first row go together. */
	double need = 40 + row(p, t, t->head, w, 1, 1);
	if (t->n_rows)
		need += row(p, t, t->cells, w, 0, 1);
	pdf_need(p, need);
	head(p, t, w, 0);
	for (size_t r = 0; r < t->n_rows; r++) {
		const char *const *cells = t->cells + r * t->n_cols;
		double h = row(p, t, cells, w, 0, 1);
		if (p->y + h > PDF_BOTTOM) {
			pdf_new_page(p);
			head(p, t, w, 1);
		}
		p->y += row(p, t, cells, w, 0, 0);
		rule(p, p->y, 0.5, 0.69);
	}
	p->y += 14;
}

void
pdf_chart(struct pdf *p, const struct chart *c)
{
	struct chart k = *c;
	k.width = PDF_TEXT_W;
	if (k.height <= 0)
		k.height = 260;
	if (k.height > PDF_BOTTOM - PDF_TOP - 40)
		k.height = PDF_BOTTOM - PDF_TOP - 40;
	PangoLayout *l = pdf_text(p, F_BOLD, c->title, PDF_TEXT_W);
	double h = pdf_height(l);
	pdf_need(p, h + 6 + k.height);
	pdf_show(p, l, PDF_LEFT, p->y);
	g_object_unref(l);
	p->y += h + 6;
	if (p->paint)
		chart_cairo(p->cr, &k, PDF_LEFT, p->y);
	p->y += k.height + 8;
}
