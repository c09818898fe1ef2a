/*
 * chart_svg.c: a chart laid out by chart_layout.c, written as one <svg> element.
 *
 * The element is an image to assistive technology (role="img", named by its <title>); the
 * table beside it carries the numbers. Every text goes through the HTML escaper, since a
 * label can be an agency's or a team's name. Colours and fonts are presentation attributes
 * (fill=, stroke=, font-size=), never style attributes, so the pages' Content-Security-Policy
 * (no inline style) holds and a print stylesheet can still override them.
 */
#include "chart/chart.h"

#include "base/esc.h"

static void
svg_shape(struct buf *out, const struct chart_shape *s)
{
	static const char *const anchors[] = { "start", "middle", "end" };
	const char *colour = chart_colour(s->colour);
	switch (s->kind) {
	case CHART_RECT:
		buf_printf(out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
			   "fill=\"%s\"/>", s->x, s->y, s->w, s->h, colour);
		break;
	case CHART_LINE_SEG:
		buf_printf(out, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
			   "stroke=\"%s\" stroke-width=\"%s\"/>", s->x, s->y, s->x + s->w,
			   s->y + s->h, colour, s->colour < CHART_SERIES_COLOURS ? "2" : "1");
		break;
	case CHART_TEXT:
		buf_printf(out, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">",
			   s->x, s->y, anchors[s->anchor < 0 ? 0 : s->anchor > 0 ? 2 : 1], colour);
		esc_html(out, s->text);
		buf_adds(out, "</text>");
		break;
	}
}

void
chart_svg(struct buf *out, const struct chart *c)
{
	struct chart_layout l;
	chart_layout(c, &l);
	double w = c->width > 0 ? c->width : 600, h = c->height > 0 ? c->height : 300;
	buf_printf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sg-chart\" "
		   "role=\"img\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
		   "font-family=\"%s\" font-size=\"%.0f\"><title>", w, h, w, h,
		   CHART_FONT_FAMILY, CHART_FONT_SIZE);
	esc_html(out, c->title ? c->title : "Chart");
	buf_adds(out, "</title>");
	for (size_t i = 0; i < l.n; i++)
		svg_shape(out, &l.shapes[i]);
	buf_adds(out, "</svg>");
	chart_layout_free(&l);
}
