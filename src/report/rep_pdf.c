/*
 * rep_pdf.c: a report document as an A4 PDF, written by cairo with its text set by pango,
 * so the text is real text (selectable, searchable, read aloud) and not pictures of it.
 *
 * The document is laid out twice. The first pass paints nothing: it only learns on which
 * page every heading falls and how many pages there are. The second paints, with those
 * page numbers in the contents, the outline (cairo_pdf_surface_add_outline: the PDF
 * viewer's bookmarks) and the footer's "page N of M". Both passes lay out with the same
 * fonts on the same kind of surface, so they break pages in the same places; the contents
 * list has as many lines in both, so it takes as many pages.
 */
#include "report/rep_pdf_int.h"

#include <cairo-pdf.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"

static const struct { const char *family; double size; int bold; } fonts[F_FONTS] = {
	[F_BODY] = { "Sans", 10, 0 },
	[F_BOLD] = { "Sans", 10, 1 },
	[F_SMALL] = { "Sans", 9, 1 },
	[F_H1] = { "Sans", 20, 1 },
	[F_H2] = { "Sans", 14, 1 },
	[F_TITLE] = { "Sans", 26, 1 },
};

PangoLayout *
pdf_text(struct pdf *p, enum pdf_font f, const char *text, double width)
{
	PangoLayout *l = pango_cairo_create_layout(p->cr);
	pango_layout_set_font_description(l, p->font[f]);
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_text(l, text ? text : "", -1);
	return l;
}

double
pdf_height(PangoLayout *l)
{
	int w, h;
	pango_layout_get_size(l, &w, &h);
	return (double)h / PANGO_SCALE;
}

void
pdf_show(struct pdf *p, PangoLayout *l, double x, double y)
{
	if (!p->paint)
		return;
	cairo_set_source_rgb(p->cr, 0.043, 0.047, 0.047);
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, l);
}

static void
footer(struct pdf *p)
{
	char t[64];
	if (!p->paint || p->page == 1)
		return;
	snprintf(t, sizeof t, "Page %d of %d", p->page, p->pages);
	PangoLayout *l = pdf_text(p, F_BODY, t, PDF_TEXT_W);
	pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT);
	pdf_show(p, l, PDF_LEFT, PDF_H - 44);
	g_object_unref(l);
	l = pdf_text(p, F_BODY, p->d->title, PDF_TEXT_W * 0.75);
	pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
	pdf_show(p, l, PDF_LEFT, PDF_H - 44);
	g_object_unref(l);
}

void
pdf_new_page(struct pdf *p)
{
	footer(p);
	if (p->paint)
		cairo_show_page(p->cr);
	p->page++;
	p->y = PDF_TOP;
}

void
pdf_need(struct pdf *p, double h)
{
	if (p->y > PDF_TOP && p->y + h > PDF_BOTTOM)
		pdf_new_page(p);
}

/* Text down the page: a paragraph or a bullet, moved whole when it does not fit. */
static void
flow(struct pdf *p, enum pdf_font f, const char *text, double indent, const char *mark)
{
	PangoLayout *l = pdf_text(p, f, text, PDF_TEXT_W - indent);
	double h = pdf_height(l);
	pdf_need(p, h);
	if (mark) {
		PangoLayout *m = pdf_text(p, f, mark, indent);
		pdf_show(p, m, PDF_LEFT + 2, p->y);
		g_object_unref(m);
	}
	pdf_show(p, l, PDF_LEFT + indent, p->y);
	p->y += h + (mark ? 4 : 8);
	g_object_unref(l);
}

static void
cover(struct pdf *p)
{
	p->y = PDF_TOP + 160;
	if (p->paint) {
		cairo_set_source_rgb(p->cr, 0.114, 0.439, 0.722);
		cairo_rectangle(p->cr, PDF_LEFT, PDF_TOP + 130, PDF_TEXT_W, 8);
		cairo_fill(p->cr);
	}
	flow(p, F_TITLE, p->d->title, 0, NULL);
	p->y += 10;
	flow(p, F_H2, p->d->subtitle, 0, NULL);
	p->y += 20;
	flow(p, F_BODY, p->d->note, 0, NULL);
	pdf_new_page(p);
}

static void
contents(struct pdf *p)
{
	flow(p, F_H1, "Contents", 0, NULL);
	for (size_t i = 0; i < p->d->n; i++) {
		const struct rep_block *b = &p->d->blocks[i];
		if (b->kind != REP_HEADING)
			continue;
		char num[16];
		snprintf(num, sizeof num, "%d", p->heading_page[i]);
		double indent = b->level == 1 ? 0 : 24;
		enum pdf_font f = b->level == 1 ? F_BOLD : F_BODY;
		size_t len = strlen(b->number) + strlen(b->text) + 2;
		char *t = xmalloc(len);
		snprintf(t, len, "%s %s", b->number, b->text);
		PangoLayout *l = pdf_text(p, f, t, PDF_TEXT_W - indent - 50);
		PangoLayout *n = pdf_text(p, f, num, 50);
		pango_layout_set_alignment(n, PANGO_ALIGN_RIGHT);
		double h = pdf_height(l) + (b->level == 1 ? 6 : 2);
		pdf_need(p, h);
		if (p->paint) {
			char link[64];
			snprintf(link, sizeof link, "page=%d pos=[%.1f %.1f]", p->heading_page[i],
			    PDF_LEFT, p->heading_y[i]);
			cairo_tag_begin(p->cr, CAIRO_TAG_LINK, link);
		}
		pdf_show(p, l, PDF_LEFT + indent, p->y);
		pdf_show(p, n, PDF_LEFT + PDF_TEXT_W - 50, p->y);
		if (p->paint)
			cairo_tag_end(p->cr, CAIRO_TAG_LINK);
		p->y += h;
		g_object_unref(l);
		g_object_unref(n);
		xfree(t);
	}
	pdf_new_page(p);
}

/* What must share a heading's page: the paragraph under it and the chart after that. */
static double
keep_with(const struct pdf *p, size_t i)
{
	double need = p->d->blocks[i].level == 1 ? 120 : 90;
	for (size_t k = i + 1; k < p->d->n && k <= i + 2; k++)
		if (p->d->blocks[k].kind == REP_CHART)
			need = 70 + p->d->blocks[k].chart.height;
		else if (p->d->blocks[k].kind == REP_HEADING)
			break;
	return need < PDF_BOTTOM - PDF_TOP - 40 ? need : PDF_BOTTOM - PDF_TOP - 40;
}

static void
heading(struct pdf *p, size_t i)
{
	const struct rep_block *b = &p->d->blocks[i];
	size_t len = strlen(b->number) + strlen(b->text) + 2;
	char *t = xmalloc(len);
	snprintf(t, len, "%s %s", b->number, b->text);
	if (b->level == 1 && p->y > PDF_TOP)
		pdf_new_page(p);
	/* A heading keeps at least a few lines of what follows on its page. */
	pdf_need(p, keep_with(p, i));
	if (b->level == 2)
		p->y += 6;
	p->heading_page[i] = p->page;
	p->heading_y[i] = p->y;
	if (p->paint) {
		char link[64];
		snprintf(link, sizeof link, "page=%d pos=[%.1f %.1f]", p->page, PDF_LEFT, p->y);
		int id = cairo_pdf_surface_add_outline(p->surface, b->level == 1 ?
		    CAIRO_PDF_OUTLINE_ROOT : p->outline_chapter, t, link, 0);
		if (b->level == 1)
			p->outline_chapter = id;
	}
	flow(p, b->level == 1 ? F_H1 : F_H2, t, 0, NULL);
	xfree(t);
}

static void
body(struct pdf *p)
{
	for (size_t i = 0; i < p->d->n; i++) {
		const struct rep_block *b = &p->d->blocks[i];
		switch (b->kind) {
		case REP_HEADING: heading(p, i); break;
		case REP_PARA: flow(p, F_BODY, b->text, 0, NULL); break;
		case REP_BULLET: flow(p, F_BODY, b->text, 14, "\xe2\x80\xa2"); break;
		case REP_TABLE: pdf_table(p, &b->table); break;
		case REP_CHART: pdf_chart(p, &b->chart); break;
		}
	}
	footer(p);
	if (p->paint)
		cairo_show_page(p->cr);
}

static cairo_status_t
write_out(void *closure, const unsigned char *data, unsigned int n)
{
	if (!closure)
		return CAIRO_STATUS_SUCCESS;	/* the first pass writes nowhere */
	return fwrite(data, 1, n, closure) == n ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* One pass over the document: to nowhere (out NULL, measuring) or to out. */
static int
pass(struct pdf *p, FILE *out)
{
	p->paint = out != NULL;
	p->page = 1;
	p->y = PDF_TOP;
	p->surface = cairo_pdf_surface_create_for_stream(write_out, out, PDF_W, PDF_H);
	p->cr = cairo_create(p->surface);
	if (p->paint) {
		cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_TITLE, p->d->title);
		cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_CREATOR, "safeguard");
	}
	cover(p);
	contents(p);
	body(p);
	int pages = p->page;
	cairo_destroy(p->cr);
	cairo_surface_finish(p->surface);
	int ok = cairo_surface_status(p->surface) == CAIRO_STATUS_SUCCESS;
	cairo_surface_destroy(p->surface);
	p->pages = pages;
	return ok ? 0 : -1;
}

int
rep_pdf(const struct rep_doc *d, FILE *out, char *why, size_t size)
{
	struct pdf p = { .d = d };
	p.heading_page = xcalloc(d->n + 1, sizeof *p.heading_page);
	p.heading_y = xcalloc(d->n + 1, sizeof *p.heading_y);
	for (int f = 0; f < F_FONTS; f++) {
		p.font[f] = pango_font_description_from_string(fonts[f].family);
		pango_font_description_set_absolute_size(p.font[f], fonts[f].size * PANGO_SCALE);
		pango_font_description_set_weight(p.font[f], fonts[f].bold ? PANGO_WEIGHT_BOLD :
		    PANGO_WEIGHT_NORMAL);
	}
	int rc = pass(&p, NULL);
	if (rc == 0)
		rc = pass(&p, out);
	if (rc < 0)
		snprintf(why, size, "cairo could not write the PDF (is the disk full?)");
	for (int f = 0; f < F_FONTS; f++)
		pango_font_description_free(p.font[f]);
	xfree(p.heading_page);
	xfree(p.heading_y);
	return rc;
}
