/*
 * chart_cairo.c: a chart laid out by chart_layout.c, painted with cairo for the PDF report.
 *
 * The shapes are the SVG's, so the PDF's chart is the dashboard's. Text is set with pango
 * (not cairo's toy text API) so that it is shaped properly, any name's characters have a
 * glyph, and the PDF keeps it as selectable text. The layout's text anchor is a baseline
 * point, as in SVG; pango places a layout by its top left corner, hence the shift.
 */
#include "chart/chart.h"

#include <pango/pangocairo.h>

static void
set_colour(cairo_t *cr, int index)
{
	unsigned r = 0, g = 0, b = 0;
	const char *hex = chart_colour(index);
	if (sscanf(hex, "#%2x%2x%2x", &r, &g, &b) != 3)
		r = g = b = 0;
	cairo_set_source_rgb(cr, r / 255.0, g / 255.0, b / 255.0);
}

static void
paint_text(cairo_t *cr, PangoLayout *pl, const struct chart_shape *s)
{
	int w, h;
	pango_layout_set_text(pl, s->text, -1);
	pango_layout_get_size(pl, &w, &h);
	double width = (double)w / PANGO_SCALE;
	double base = (double)pango_layout_get_baseline(pl) / PANGO_SCALE;
	double x = s->x - (s->anchor > 0 ? width : s->anchor == 0 ? width / 2 : 0);
	cairo_move_to(cr, x, s->y - base);
	pango_cairo_show_layout(cr, pl);
}

static void
paint_shape(cairo_t *cr, PangoLayout *pl, const struct chart_shape *s)
{
	set_colour(cr, s->colour);
	switch (s->kind) {
	case CHART_RECT:
		cairo_rectangle(cr, s->x, s->y, s->w, s->h);
		cairo_fill(cr);
		break;
	case CHART_LINE_SEG:
		cairo_set_line_width(cr, s->colour < CHART_SERIES_COLOURS ? 2 : 0.75);
		cairo_move_to(cr, s->x, s->y);
		cairo_line_to(cr, s->x + s->w, s->y + s->h);
		cairo_stroke(cr);
		break;
	case CHART_TEXT:
		paint_text(cr, pl, s);
		break;
	}
}

void
chart_cairo(struct _cairo *cr, const struct chart *c, double x, double y)
{
	struct chart_layout l;
	chart_layout(c, &l);
	cairo_save(cr);
	cairo_translate(cr, x, y);
	PangoLayout *pl = pango_cairo_create_layout(cr);
	PangoFontDescription *fd = pango_font_description_from_string("Sans");
	pango_font_description_set_absolute_size(fd, CHART_FONT_SIZE * PANGO_SCALE);
	pango_layout_set_font_description(pl, fd);
	for (size_t i = 0; i < l.n; i++)
		paint_shape(cr, pl, &l.shapes[i]);
	pango_font_description_free(fd);
	g_object_unref(pl);
	cairo_restore(cr);
	chart_layout_free(&l);
}

void
chart_cairo_done(void)
{
	/* Pango and cairo keep their font caches for the life of the process; handing pango's
	 * back lets the sanitizer builds prove the report itself leaks nothing. Fontconfig's
	 * own cache stays (tests/lsan.supp): FcFini and cairo_debug_reset_static_data race
	 * with the thread pango loads fonts in, and cairo's assertion then stops the run. */
	pango_cairo_font_map_set_default(NULL);
}
