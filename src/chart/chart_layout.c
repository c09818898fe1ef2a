/*
 * chart_layout.c: turns a chart description into the shapes both painters draw.
 *
 * All the decisions a chart needs (where the axes go, which ticks are "nice", how wide a
 * bar is, which labels fit and how they are cut short, where the legend sits) are made here
 * once, so the SVG of the dashboard and the cairo painting of the PDF cannot disagree. The
 * painters only map a shape to their own calls. Text is measured by an estimate of the
 * average glyph width, not by a font engine: the layout must not depend on which painter
 * asks, and a label cut a few characters early does no harm beside its table.
 *
 * The figures are never negative, so the value axis starts at 0; a negative or infinite
 * value is drawn as 0 or left out, and no shape ever has a negative size or position.
 */
#include "chart/chart.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"

#define CHAR_W (CHART_FONT_SIZE * 0.56)	/* an average glyph of the chart's font */
#define PAD 8.0
#define TICK_TARGET 4.0
#define MAX_LABEL_CHARS 28

static const char *const palette[CHART_COLOURS] = {
	"#1d70b8", /* GOV.UK blue */
	"#d4351c", /* red */
	"#00703c", /* green */
	"#4c2c92", /* purple */
	"#912b88", /* pink */
	"#505a5f", /* dark grey */
	"#0b0c0c", /* axis: black */
	"#b1b4b6", /* gridlines: mid grey */
	"#0b0c0c", /* text: black */
};

const char *
chart_colour(int index)
{
	if (index < 0 || index >= CHART_COLOURS)
		return palette[CHART_COLOUR_TEXT];
	return palette[index];
}

/* The plot area and the value scale every shape is placed by. */
struct frame {
	double left, top, right, bottom;
	double vmax, step;	/* the value axis runs 0 .. vmax in steps */
};

static void
push(struct chart_layout *l, const struct chart_shape *s)
{
	VEC_GROW(l->shapes, l->n, l->cap);
	struct chart_shape *d = &l->shapes[l->n++];
	*d = *s;
	/* Rounding and tiny plots must never give a painter a negative size or position. */
	if (d->x < 0) d->x = 0;
	if (d->y < 0) d->y = 0;
	if (d->kind == CHART_RECT) {
		if (d->w < 0) d->w = 0;
		if (d->h < 0) d->h = 0;
	}
}

static void
rect(struct chart_layout *l, double x, double y, double w, double h, int colour)
{
	struct chart_shape s = { .kind = CHART_RECT, .x = x, .y = y, .w = w, .h = h,
				 .colour = colour };
	push(l, &s);
}

static void
seg(struct chart_layout *l, double x0, double y0, double x1, double y1, int colour)
{
	struct chart_shape s = { .kind = CHART_LINE_SEG, .x = x0, .y = y0, .w = x1 - x0,
				 .h = y1 - y0, .colour = colour };
	push(l, &s);
}

/* Copies at most max_chars characters of src (whole UTF-8 characters only), ending with an
 * ellipsis when it had to cut. */
static void
fit_text(char *dst, size_t size, const char *src, size_t max_chars)
{
	static const char ell[] = "\xe2\x80\xa6";
	size_t used = 0, chars = 0, i = 0, total = 0;
	if (!src)
		src = "";
	for (const char *p = src; *p; total++) {
		int k = str_utf8_seq(p);
		p += k ? k : 1;
	}
	int cut = total > max_chars || strlen(src) >= size;
	size_t keep = cut ? (max_chars > 1 ? max_chars - 1 : 0) : total;
	while (src[i] && chars < keep) {
		int k = str_utf8_seq(src + i);
		if (k == 0)
			k = 1;
		if (used + (size_t)k + (cut ? sizeof ell : 1) > size)
			break;
		memcpy(dst + used, src + i, (size_t)k);
		used += (size_t)k;
		i += (size_t)k;
		chars++;
	}
	if (cut) {
		memcpy(dst + used, ell, sizeof ell - 1);
		used += sizeof ell - 1;
	}
	dst[used] = '\0';
}

static void
text(struct chart_layout *l, double x, double y, int anchor, const char *s, size_t max_chars)
{
	struct chart_shape t = { .kind = CHART_TEXT, .x = x, .y = y, .colour = CHART_COLOUR_TEXT,
				 .anchor = anchor };
	if (max_chars < 1)
		max_chars = 1;
	fit_text(t.text, sizeof t.text, s, max_chars);
	push(l, &t);
}

void
chart_number(double v, char *out, size_t size)
{
	if (!isfinite(v)) {
		snprintf(out, size, "%s", "");
		return;
	}
	if (fabs(v - round(v)) > 0.05 || fabs(v) >= 1e15) {
		snprintf(out, size, "%.1f", v);
		return;
	}
	char digits[32];
	long long n = llround(fabs(v));
	int len = snprintf(digits, sizeof digits, "%lld", n);
	size_t o = 0;
	if (v < 0 && n != 0 && o + 1 < size)
		out[o++] = '-';
	for (int i = 0; i < len && o + 1 < size; i++) {
		if (i > 0 && (len - i) % 3 == 0 && o + 2 < size)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	out[o] = '\0';
}

static size_t
utf8_chars(const char *s)
{
	size_t n = 0;
	while (s && *s) {
		int k = str_utf8_seq(s);
		s += k ? k : 1;
		n++;
	}
	return n;
}

/* The largest value drawn, and whether every value is a whole number. */
static double
data_max(const struct chart *c, int *whole)
{
	double m = 0;
	*whole = 1;
	for (size_t s = 0; s < c->n_series; s++)
		for (size_t i = 0; i < c->n_labels && c->series[s].values; i++) {
			double v = c->series[s].values[i];
			if (!isfinite(v))
				continue;
			if (v > m)
				m = v;
			if (fabs(v - round(v)) > 1e-9)
				*whole = 0;
		}
	return m;
}

/* A step of 1, 2, 2.5 or 5 times a power of ten that cuts 0..max into about four. */
static void
nice_scale(double max, int whole, double *vmax, double *step)
{
	if (max <= 0) {
		*step = 1;
		*vmax = 1;
		return;
	}
	double raw = max / TICK_TARGET;
	double mag = pow(10, floor(log10(raw)));
	double f = raw / mag;
	double m = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
	*step = m * mag;
	if (whole && *step < 1)
		*step = 1;
	*vmax = ceil(max / *step - 1e-9) * *step;
	if (*vmax <= 0)
		*vmax = *step;
}

static double
value_or_zero(double v)
{
	return isfinite(v) && v > 0 ? v : 0;
}

/* The legend across the top, wrapping; returns the height it took. */
static double
legend(const struct chart *c, double width, struct chart_layout *l)
{
	if (c->n_series < 2)
		return 0;
	double x = PAD, y = PAD, line = CHART_FONT_SIZE + 6;
	for (size_t s = 0; s < c->n_series; s++) {
		const char *name = c->series[s].name ? c->series[s].name : "";
		size_t chars = utf8_chars(name);
		if (chars > MAX_LABEL_CHARS)
			chars = MAX_LABEL_CHARS;
		double w = 14 + (double)chars * CHAR_W + 12;
		if (x > PAD && x + w > width - PAD) {
			x = PAD;
			y += line;
		}
		rect(l, x, y + 1, 10, 10, (int)(s % CHART_SERIES_COLOURS));
		text(l, x + 14, y + CHART_FONT_SIZE - 1, -1, name, MAX_LABEL_CHARS);
		x += w;
	}
	return y + line - PAD;
}

static size_t
longest_tick(const struct frame *f)
{
	char t[32];
	size_t longest = 1;
	for (double v = 0; v <= f->vmax + f->step / 2; v += f->step) {
		chart_number(v, t, sizeof t);
		if (strlen(t) > longest)
			longest = strlen(t);
	}
	return longest;
}

static size_t
longest_label(const struct chart *c)
{
	size_t longest = 1;
	for (size_t i = 0; i < c->n_labels; i++) {
		size_t n = utf8_chars(c->labels ? c->labels[i] : "");
		if (n > longest)
			longest = n;
	}
	return longest > MAX_LABEL_CHARS ? MAX_LABEL_CHARS : longest;
}

/* Where the plot goes, after the legend, the unit and the axis labels have their room. */
static void
place_frame(const struct chart *c, double w, double h, double legend_h, struct frame *f)
{
	int whole;
	double max = data_max(c, &whole);
	nice_scale(max, whole, &f->vmax, &f->step);
	f->top = PAD + legend_h + CHART_FONT_SIZE + 8;
	f->right = w - PAD - 2 * CHAR_W;
	f->bottom = h - PAD - CHART_FONT_SIZE - 6;
	if (c->kind == CHART_HBARS) {
		double lw = (double)longest_label(c) * CHAR_W + 8;
		f->left = PAD + (lw < w * 0.45 ? lw : w * 0.45);
	} else {
		f->left = PAD + (double)longest_tick(f) * CHAR_W + 8;
	}
	if (f->right < f->left + 1)
		f->right = f->left + 1;
	if (f->bottom < f->top + 1)
		f->bottom = f->top + 1;
}

/* The value axis: gridlines and tick labels (vertical for bars and lines, across for
 * horizontal bars), and the unit above it. */
static void
value_axis(const struct chart *c, const struct frame *f, struct chart_layout *l)
{
	char t[32];
	int across = c->kind == CHART_HBARS;
	for (double v = 0; v <= f->vmax + f->step / 2; v += f->step) {
		double r = v / f->vmax;
		chart_number(v, t, sizeof t);
		if (across) {
			double x = f->left + r * (f->right - f->left);
			seg(l, x, f->top, x, f->bottom, CHART_COLOUR_GRID);
			text(l, x, f->bottom + CHART_FONT_SIZE + 4, 0, t, 16);
		} else {
			double y = f->bottom - r * (f->bottom - f->top);
			seg(l, f->left, y, f->right, y, CHART_COLOUR_GRID);
			text(l, f->left - 4, y + CHART_FONT_SIZE * 0.35, 1, t, 16);
		}
	}
	if (c->unit && *c->unit)
		text(l, across ? f->right : PAD, f->top - 6, across ? 1 : -1, c->unit,
		     MAX_LABEL_CHARS);
	seg(l, f->left, f->top, f->left, f->bottom, CHART_COLOUR_AXIS);
	seg(l, f->left, f->bottom, f->right, f->bottom, CHART_COLOUR_AXIS);
}

/* The labels under the plot, every k-th one when they would crowd. */
static void
label_axis(const struct chart *c, const struct frame *f, struct chart_layout *l)
{
	double gw = (f->right - f->left) / (double)c->n_labels;
	size_t k = 1;
	if (gw < CHAR_W * 5)
		k = (size_t)ceil(CHAR_W * 6 / gw);
	double room = gw * (double)k / CHAR_W - 1;
	size_t chars = room < 3 ? 3 : (size_t)room;
	for (size_t i = 0; i < c->n_labels; i += k) {
		double x = f->left + ((double)i + 0.5) * gw;
		text(l, x, f->bottom + CHART_FONT_SIZE + 4, 0, c->labels ? c->labels[i] : "",
		     chars > MAX_LABEL_CHARS ? MAX_LABEL_CHARS : chars);
	}
}

static void
bars(const struct chart *c, const struct frame *f, struct chart_layout *l)
{
	double gw = (f->right - f->left) / (double)c->n_labels;
	double bw = gw * 0.8 / (double)c->n_series;
	double span = f->bottom - f->top;
	for (size_t i = 0; i < c->n_labels; i++)
		for (size_t s = 0; s < c->n_series; s++) {
			double v = c->series[s].values ? c->series[s].values[i] : NAN;
			if (!isfinite(v))
				continue;
			double bh = value_or_zero(v) / f->vmax * span;
			double x = f->left + (double)i * gw + gw * 0.1 + (double)s * bw;
			rect(l, x, f->bottom - bh, bw, bh, (int)(s % CHART_SERIES_COLOURS));
		}
	label_axis(c, f, l);
}

static void
hbars(const struct chart *c, const struct frame *f, struct chart_layout *l)
{
	double rh = (f->bottom - f->top) / (double)c->n_labels;
	double bh = rh * 0.8 / (double)c->n_series;
	double span = f->right - f->left;
	size_t chars = (size_t)((f->left - PAD) / CHAR_W);
	for (size_t i = 0; i < c->n_labels; i++) {
		double y = f->top + (double)i * rh;
		for (size_t s = 0; s < c->n_series; s++) {
			double v = c->series[s].values ? c->series[s].values[i] : NAN;
			if (!isfinite(v))
				continue;
			double bw = value_or_zero(v) / f->vmax * span;
			rect(l, f->left, y + rh * 0.1 + (double)s * bh, bw, bh,
			     (int)(s % CHART_SERIES_COLOURS));
		}
		text(l, f->left - 4, y + rh / 2 + CHART_FONT_SIZE * 0.35, 1,
		     c->labels ? c->labels[i] : "", chars);
	}
}

/* A line per series; a gap (NAN) breaks the line, and a mark shows every value, so a value
 * with gaps either side is still seen. */
static void
lines(const struct chart *c, const struct frame *f, struct chart_layout *l)
{
	double gw = (f->right - f->left) / (double)c->n_labels;
	double span = f->bottom - f->top;
	for (size_t s = 0; s < c->n_series; s++) {
		const double *vs = c->series[s].values;
		int col = (int)(s % CHART_SERIES_COLOURS);
		double px = 0, py = 0;
		int have = 0;
		for (size_t i = 0; i < c->n_labels && vs; i++) {
			if (!isfinite(vs[i])) {
				have = 0;
				continue;
			}
			double x = f->left + ((double)i + 0.5) * gw;
			double y = f->bottom - value_or_zero(vs[i]) / f->vmax * span;
			if (have)
				seg(l, px, py, x, y, col);
			rect(l, x - 2.5, y - 2.5, 5, 5, col);
			px = x, py = y, have = 1;
		}
	}
	label_axis(c, f, l);
}

int
chart_layout(const struct chart *c, struct chart_layout *out)
{
	memset(out, 0, sizeof *out);
	double w = c->width > 0 ? c->width : 600, h = c->height > 0 ? c->height : 300;
	struct frame f;
	double lh = legend(c, w, out);
	place_frame(c, w, h, lh, &f);
	value_axis(c, &f, out);
	if (c->n_labels == 0 || c->n_series == 0) {
		text(out, (f.left + f.right) / 2, (f.top + f.bottom) / 2, 0, "No data", 16);
		return 0;
	}
	if (c->kind == CHART_HBARS)
		hbars(c, &f, out);
	else if (c->kind == CHART_LINE)
		lines(c, &f, out);
	else
		bars(c, &f, out);
	return 0;
}

void
chart_layout_free(struct chart_layout *l)
{
	xfree(l->shapes);
	memset(l, 0, sizeof *l);
}
