/*
 * test_chart.c: the chart layout both painters draw, and its SVG. A chart must come out
 * sane whatever the figures hold: no data at all, gaps, one label, long agency names.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>

#include "harness.h"

#include "base/buf.h"
#include "chart/chart.h"

/* No shape may lie outside the chart or have a negative size. */
static int
inside(const struct chart_layout *l, double w, double h)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct chart_shape *s = &l->shapes[i];
		if (s->x < 0 || s->y < 0 || s->x > w || s->y > h)
			return 0;
		if (s->kind == CHART_RECT && (s->w < 0 || s->h < 0 || s->x + s->w > w + 0.01 ||
					      s->y + s->h > h + 0.01))
			return 0;
		if (!isfinite(s->x) || !isfinite(s->y) || !isfinite(s->w) || !isfinite(s->h))
			return 0;
	}
	return 1;
}

static size_t
count(const struct chart_layout *l, enum chart_shape_kind k, int colour)
{
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		if (l->shapes[i].kind == k && (colour < 0 || l->shapes[i].colour == colour))
			n++;
	return n;
}

static int
has_text(const struct chart_layout *l, const char *t)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->shapes[i].kind == CHART_TEXT && strcmp(l->shapes[i].text, t) == 0)
			return 1;
	return 0;
}

static void
test_empty(void)
{
	for (int k = CHART_BARS; k <= CHART_LINE; k++) {
		struct chart c = { .kind = (enum chart_kind)k, .title = "Nothing", .width = 400,
				   .height = 200 };
		struct chart_layout l;
		CHECK_INT(chart_layout(&c, &l), 0);
		CHECK(inside(&l, 400, 200));
		CHECK(has_text(&l, "No data"));
		CHECK_INT(count(&l, CHART_RECT, 0), 0);
		chart_layout_free(&l);
	}
}

static void
test_gaps(void)
{
	static const char *const labels[] = { "Apr", "May", "Jun", "Jul", "Aug" };
	double v[] = { 10, NAN, 12, NAN, 14 };
	struct chart_series s = { "2025-26", v };
	struct chart c = { CHART_LINE, "Plans", "children", labels, 5, &s, 1, 500, 250 };
	struct chart_layout l;
	chart_layout(&c, &l);
	CHECK(inside(&l, 500, 250));
	/* Three marks, and no segment across a gap. */
	CHECK_INT(count(&l, CHART_RECT, 0), 3);
	CHECK_INT(count(&l, CHART_LINE_SEG, 0), 0);
	chart_layout_free(&l);

	c.kind = CHART_BARS;
	chart_layout(&c, &l);
	CHECK_INT(count(&l, CHART_RECT, 0), 3);
	CHECK(inside(&l, 500, 250));
	chart_layout_free(&l);

	double all_nan[] = { NAN, NAN, NAN, NAN, NAN };
	s.values = all_nan;
	chart_layout(&c, &l);
	CHECK(inside(&l, 500, 250));
	CHECK_INT(count(&l, CHART_RECT, 0), 0);
	chart_layout_free(&l);
}

static void
test_one_label_and_negative(void)
{
	static const char *const labels[] = { "Neglect" };
	double v[] = { -3 }, w[] = { 7 };
	struct chart_series s[] = { { "2025-26", v }, { "2024-25", w } };
	struct chart c = { CHART_BARS, "Categories", "%", labels, 1, s, 2, 300, 200 };
	struct chart_layout l;
	chart_layout(&c, &l);
	CHECK(inside(&l, 300, 200));
	CHECK(has_text(&l, "Neglect"));
	/* Legend: a swatch per series, and both names. */
	CHECK(has_text(&l, "2024-25"));
	CHECK(count(&l, CHART_RECT, 1) >= 2);
	chart_layout_free(&l);

	c.kind = CHART_HBARS;
	c.width = 20, c.height = 10; /* far too small: still nothing negative */
	chart_layout(&c, &l);
	CHECK(inside(&l, 2000, 2000));
	for (size_t i = 0; i < l.n; i++)
		CHECK(l.shapes[i].x >= 0 && l.shapes[i].y >= 0);
	chart_layout_free(&l);
}

static void
test_long_labels(void)
{
	static const char *const labels[] = {
		"Clinical Commissioning Group for the North and the South of the County",
		"Police \xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
		"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
		"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9",
	};
	double v[] = { 5, 9 };
	struct chart_series s = { "2025-26", v };
	struct chart c = { CHART_HBARS, "Agencies", "%", labels, 2, &s, 1, 600, 200 };
	struct chart_layout l;
	chart_layout(&c, &l);
	CHECK(inside(&l, 600, 200));
	int cut = 0;
	for (size_t i = 0; i < l.n; i++) {
		const struct chart_shape *t = &l.shapes[i];
		if (t->kind != CHART_TEXT)
			continue;
		CHECK(strlen(t->text) < sizeof t->text);
		size_t n = strlen(t->text);
		if (n >= 3 && strcmp(t->text + n - 3, "\xe2\x80\xa6") == 0)
			cut++;
	}
	CHECK_INT(cut, 2);
	chart_layout_free(&l);
}

static void
test_ticks(void)
{
	static const char *const labels[] = { "a", "b" };
	double v[] = { 0.4, 0.2 };
	struct chart_series s = { "x", v };
	struct chart c = { CHART_BARS, "t", "", labels, 2, &s, 1, 300, 200 };
	struct chart_layout l;
	chart_layout(&c, &l);
	CHECK(has_text(&l, "0"));
	CHECK(has_text(&l, "0.4"));
	chart_layout_free(&l);
	double big[] = { 1234, 380 };
	s.values = big;
	chart_layout(&c, &l);
	CHECK(has_text(&l, "1,500"));
	chart_layout_free(&l);
	char t[32];
	chart_number(44.13, t, sizeof t);
	CHECK_STR(t, "44.1");
	chart_number(1234567, t, sizeof t);
	CHECK_STR(t, "1,234,567");
	chart_number(NAN, t, sizeof t);
	CHECK_STR(t, "");
}

static void
test_svg_escapes(void)
{
	static const char *const labels[] = { "<script>&", "B" };
	double v[] = { 1, 2 };
	struct chart_series s = { "Tom & \"Jerry\"", v };
	struct chart_series two[] = { s, s };
	struct chart c = { CHART_BARS, "Plans <&> \"x\"", "<u>", labels, 2, two, 2, 300, 200 };
	struct buf b;
	buf_init(&b, 1 << 20);
	chart_svg(&b, &c);
	const char *svg = buf_str(&b);
	CHECK(strstr(svg, "role=\"img\"") != NULL);
	CHECK(strstr(svg, "<title>Plans &lt;&amp;&gt; &quot;x&quot;</title>") != NULL);
	CHECK(strstr(svg, "&lt;script&gt;&amp;") != NULL);
	CHECK(strstr(svg, "<script") == NULL);
	CHECK(strstr(svg, "Tom &amp; &quot;Jerry&quot;") != NULL);
	CHECK(strstr(svg, "style=") == NULL);
	CHECK(strncmp(svg, "<svg", 4) == 0);
	CHECK(strcmp(svg + strlen(svg) - 6, "</svg>") == 0);
	buf_free(&b);
}

static cairo_status_t
collect(void *closure, const unsigned char *data, unsigned int n)
{
	buf_add(closure, data, n);
	return CAIRO_STATUS_SUCCESS;
}

/* The cairo painter draws the same layout into a PDF page. */
static void
test_cairo_paints(void)
{
	static const char *const labels[] = { "Neglect", "Emotional abuse" };
	double v[] = { 40, 25 }, w[] = { 38, NAN };
	struct chart_series s[] = { { "2025-26", v }, { "2024-25", w } };
	struct chart c = { CHART_BARS, "Categories", "children", labels, 2, s, 2, 400, 220 };
	struct buf b;
	buf_init(&b, 1 << 24);
	cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream(collect, &b, 595, 842);
	cairo_t *cr = cairo_create(pdf);
	chart_cairo(cr, &c, 50, 50);
	CHECK_INT(cairo_status(cr), CAIRO_STATUS_SUCCESS);
	cairo_destroy(cr);
	cairo_surface_finish(pdf);
	cairo_surface_destroy(pdf);
	CHECK(b.len > 1000);
	CHECK(b.p && strncmp(b.p, "%PDF", 4) == 0);
	buf_free(&b);
}

int
main(void)
{
	RUN(test_empty);
	RUN(test_gaps);
	RUN(test_one_label_and_negative);
	RUN(test_long_labels);
	RUN(test_ticks);
	RUN(test_svg_escapes);
	RUN(test_cairo_paints);
	chart_cairo_done();
	return DONE();
}
