/* rep_pdf_int.h: the PDF writer's page state, shared by rep_pdf.c and rep_pdf_table.c. */
#ifndef SG_REP_PDF_INT_H
#define SG_REP_PDF_INT_H

#include <pango/pangocairo.h>

#include "report/report.h"

/* A4 in points, and the margins of the text block. */
#define PDF_W 595.276
#define PDF_H 841.89
#define PDF_LEFT 56.0
#define PDF_TOP 56.0
#define PDF_BOTTOM (PDF_H - 64.0)
#define PDF_TEXT_W (PDF_W - 2 * PDF_LEFT)

enum pdf_font { F_BODY, F_BOLD, F_SMALL, F_H1, F_H2, F_TITLE, F_FONTS };

struct pdf {
	const struct rep_doc *d;
	cairo_surface_t *surface;
	cairo_t *cr;
	int paint;		/* 0: the first pass, which only measures and counts pages */
	PangoFontDescription *font[F_FONTS];
	double y;		/* where the next block goes on the page */
	int page;		/* 1-based */
	int pages;		/* from the first pass: the total, for "page N of M" */
	int *heading_page;	/* by block: the page a heading fell on (first pass) */
	double *heading_y;
	int outline_chapter;	/* the outline entry level-2 headings go under */
};

/* A laid-out text of the given font and width (wrapped at words); unref when done. */
PangoLayout *pdf_text(struct pdf *p, enum pdf_font f, const char *text, double width);
double pdf_height(PangoLayout *l);
/* Paints l at (x, y) (first pass: nothing). */
void pdf_show(struct pdf *p, PangoLayout *l, double x, double y);
/* Ends the page and starts the next. */
void pdf_new_page(struct pdf *p);
/* Starts a new page unless h more points fit on this one. */
void pdf_need(struct pdf *p, double h);
void pdf_table(struct pdf *p, const struct rep_table *t);
void pdf_chart(struct pdf *p, const struct chart *c);

#endif
