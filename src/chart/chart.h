/*
 * chart.h: a chart described once, drawn two ways. The dashboard and the HTML report draw
 * it as SVG (chart_svg.c), the PDF report with cairo (chart_cairo.c); both paint the same
 * layout (chart_layout.c), so a chart looks the same on screen, in print and in the PDF.
 * Every chart is shown beside its table (the table is what screen readers and print read),
 * so a chart carries no information its table lacks.
 */
#ifndef SG_CHART_H
#define SG_CHART_H
#include <stddef.h>

#include "base/buf.h"

enum chart_kind {
	CHART_BARS,	/* a bar per label, series side by side: categories, bands */
	CHART_HBARS,	/* horizontal bars: many labels with long names (agencies) */
	CHART_LINE,	/* a line per series across the labels: monthly trends */
};

struct chart_series {
	const char *name;	/* "2025-26", "England" */
	const double *values;	/* one per label; NAN: no value (a gap) */
};

struct chart {
	enum chart_kind kind;
	const char *title;	/* the accessible name; the caption is the page's own */
	const char *unit;	/* "children", "%", "per 10,000": the value axis */
	const char *const *labels;
	size_t n_labels;
	const struct chart_series *series;
	size_t n_series;
	double width, height;	/* in CSS pixels (SVG) or points (PDF) */
};

/* The painted shapes of a chart, in its own coordinates (origin top left). */
enum chart_shape_kind { CHART_RECT, CHART_LINE_SEG, CHART_TEXT };
struct chart_shape {
	enum chart_shape_kind kind;
	double x, y, w, h;	/* a rect; a segment from (x,y) to (x+w, y+h); text's anchor */
	int colour;		/* index into the palette: series, then axis and grid */
	int anchor;		/* text: -1 start, 0 middle, 1 end */
	char text[48];
};

struct chart_layout {
	struct chart_shape *shapes;
	size_t n, cap;
};

/* The palette: CHART_SERIES_COLOURS colours for the series (series i takes i modulo that),
 * then the axis, the gridlines and the text. */
enum {
	CHART_SERIES_COLOURS = 6,
	CHART_COLOUR_AXIS = CHART_SERIES_COLOURS,
	CHART_COLOUR_GRID,
	CHART_COLOUR_TEXT,
	CHART_COLOURS
};
/* Every text of a chart is set in this size (CSS pixels or points) and one font. */
#define CHART_FONT_SIZE 11.0
#define CHART_FONT_FAMILY "Arial, Helvetica, sans-serif"

/* Lays the chart out. Returns 0, or -1 when memory runs out. */
int chart_layout(const struct chart *c, struct chart_layout *out);
void chart_layout_free(struct chart_layout *l);
/* The palette's colours as "#rrggbb" (GOV.UK colours with enough contrast). */
const char *chart_colour(int index);

/* A value as the axis and the tables write it: "1,234", "12.5"; "" for NAN. */
void chart_number(double v, char *out, size_t size);

/* Writes the chart as an <svg> element (role="img", titled, escaped by the writer). */
void chart_svg(struct buf *out, const struct chart *c);

/* Paints the chart with cairo (the PDF report), its top left corner at (x, y) in the
 * context's units; text is set with pango, so it stays selectable in the PDF. */
struct _cairo;
void chart_cairo(struct _cairo *cr, const struct chart *c, double x, double y);
/* Frees the font caches pango and fontconfig keep; call once, when painting is over. */
void chart_cairo_done(void);

#endif
