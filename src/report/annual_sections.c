/*
 * annual_sections.c: one chapter of the annual report for each section of the figures'
 * catalogue. A chapter opens with its figures at a glance (a table of this year, last
 * year and England, and a chart of the shares among them), then the monthly trend of each
 * count, then each breakdown (categories, bands, agencies) as a chart of both years with
 * its table. A chart is always followed by its table: the table is what a screen reader,
 * a printout without colour and the careful reader read.
 */
#include "report/annual_int.h"

#include <math.h>
#include <string.h>

#include "base/mem.h"

#define CHART_W 640
#define MONTHS 12

static const char *const month_names[] = { "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec", "Jan", "Feb", "Mar" };

static const char *
england_text(struct annual *an, const struct fig_def *d)
{
	char v[32];
	if (!isfinite(d->england))
		return "-";
	rep_value(d->unit, d->england, v, sizeof v);
	const char *t = arena_printf(&an->d->mem, "%s (%s)", v, d->england_year ?
	    d->england_year : "");
	return t ? t : "-";
}

/* The section's single figures: a table, and a chart of those that are shares. */
static void
glance(struct annual *an, const char *section)
{
	const char *head[] = { "Figure", an->cur_label, an->prev_label, "England" };
	double cur[64], prev[64], eng[64];
	const char *labels[64];
	size_t n = 0, rows = 0;
	struct rep_table *t = NULL;
	for (size_t i = 0; i < an->n_figs; i++) {
		const struct fig_result *c = &an->cur_res[i], *p = &an->prev_res[i];
		if (strcmp(c->def->section, section) != 0 || !annual_single(c))
			continue;
		if (!t) {
			rep_heading(an->d, 2, "At a glance");
			t = rep_table(an->d, "The figures of the year beside the year before and "
			    "England", 4, head, 0xe);
		}
		char v[32], w[32];
		rep_value(c->def->unit, annual_value(c), v, sizeof v);
		rep_value(c->def->unit, annual_value(p), w, sizeof w);
		const char *cells[] = { c->def->title, v, w, england_text(an, c->def) };
		rep_row(an->d, t, cells);
		rows++;
		if (c->def->unit == FIG_PERCENT && n < 64) {
			labels[n] = c->def->title;
			cur[n] = annual_value(c), prev[n] = annual_value(p);
			eng[n++] = c->def->england;
		}
	}
	if (n == 0)
		return;
	struct chart_series s[] = { { an->cur_label, cur }, { an->prev_label, prev },
		{ "England", eng } };
	struct chart ch = { CHART_HBARS, "", "%", labels, n, s, 3, CHART_W,
		70 + (double)n * 40 };
	ch.title = arena_printf(&an->d->mem, "%s: the shares, %s, %s and England", section,
	    an->cur_label, an->prev_label);
	rep_chart(an->d, &ch);
	t = rep_table(an->d, ch.title, 4, head, 0xe);
	for (size_t i = 0; i < n; i++) {
		char a[32], b[32], c[32];
		rep_value(FIG_PERCENT, cur[i], a, sizeof a);
		rep_value(FIG_PERCENT, prev[i], b, sizeof b);
		rep_value(FIG_PERCENT, eng[i], c, sizeof c);
		const char *cells[] = { labels[i], a, b, c };
		rep_row(an->d, t, cells);
	}
}

/* The value of d in each month of filter f (NAN where it has none). */
static void
by_month(struct annual *an, const struct fig_def *d, const struct fig_filter *f, double *out)
{
	struct fig_filter m[MONTHS];
	size_t n = fig_months(f, m, MONTHS);
	for (size_t i = 0; i < MONTHS; i++) {
		struct fig_result r = { 0 };
		out[i] = NAN;
		if (i >= n)
			continue;
		if (fig_compute(an->a, d, &m[i], 0, &r) < 0) {
			an->failed = 1;
			continue;
		}
		out[i] = annual_value(&r);
		fig_result_free(&r);
	}
}

static void
trend(struct annual *an, const struct fig_def *d)
{
	double cur[MONTHS], prev[MONTHS];
	by_month(an, d, &an->cur, cur);
	by_month(an, d, &an->prev, prev);
	rep_heading(an->d, 2, d->title);
	if (d->summary)
		rep_para(an->d, "%s", d->summary);
	struct chart_series s[] = { { an->cur_label, cur }, { an->prev_label, prev } };
	struct chart ch = { CHART_LINE, "", d->stock ? "children, at the month's end" :
		"in the month", month_names, MONTHS, s, 2, CHART_W, 260 };
	ch.title = arena_printf(&an->d->mem, "%s by month, %s and %s", d->title,
	    an->cur_label, an->prev_label);
	rep_chart(an->d, &ch);
	const char *head[] = { "Month", an->cur_label, an->prev_label };
	struct rep_table *t = rep_table(an->d, ch.title, 3, head, 0x6);
	for (size_t i = 0; i < MONTHS; i++) {
		char a[32], b[32];
		rep_value(d->unit, cur[i], a, sizeof a);
		rep_value(d->unit, prev[i], b, sizeof b);
		const char *cells[] = { month_names[i], a, b };
		rep_row(an->d, t, cells);
	}
}

static int
wants_hbars(const struct fig_result *r)
{
	if (r->n_rows > 7)
		return 1;
	for (size_t i = 0; i < r->n_rows; i++)
		if (r->rows[i].label && strlen(r->rows[i].label) > 12)
			return 1;
	return 0;
}

static void
breakdown_table(struct annual *an, const struct fig_result *c, const struct fig_result *p,
    const char *caption)
{
	int share = c->def->unit == FIG_PERCENT;
	const char *head[] = { "", an->cur_label, share ? "Of" : an->prev_label,
		an->prev_label };
	head[0] = c->def->title;
	struct rep_table *t = rep_table(an->d, caption, share ? 4 : 3, head, 0xe);
	for (size_t i = 0; i < c->n_rows; i++) {
		const struct fig_row *pr = annual_row(p, c->rows[i].key);
		char a[32], of[32], b[32];
		rep_value(c->def->unit, fig_value(c->def, &c->rows[i]), a, sizeof a);
		chart_number(c->rows[i].den, of, sizeof of);
		rep_value(c->def->unit, pr ? fig_value(c->def, pr) : NAN, b, sizeof b);
		const char *label = c->rows[i].label ? c->rows[i].label : c->rows[i].key;
		const char *cells[] = { label, a, share ? of : b, b };
		rep_row(an->d, t, cells);
	}
}

static void
breakdown(struct annual *an, const struct fig_result *c, const struct fig_result *p)
{
	size_t n = c->n_rows;
	const char **labels = xcalloc(n + 1, sizeof *labels);
	double *cur = xcalloc(n + 1, sizeof *cur), *prev = xcalloc(n + 1, sizeof *prev);
	for (size_t i = 0; i < n; i++) {
		const struct fig_row *pr = annual_row(p, c->rows[i].key);
		labels[i] = c->rows[i].label ? c->rows[i].label : c->rows[i].key;
		cur[i] = fig_value(c->def, &c->rows[i]);
		prev[i] = pr ? fig_value(c->def, pr) : NAN;
	}
	rep_heading(an->d, 2, c->def->title);
	if (c->def->summary)
		rep_para(an->d, "%s", c->def->summary);
	struct chart_series s[] = { { an->cur_label, cur }, { an->prev_label, prev } };
	int h = wants_hbars(c);
	struct chart ch = { h ? CHART_HBARS : CHART_BARS, "", c->def->unit == FIG_PERCENT ? "%" :
		c->def->unit == FIG_DAYS ? "days" : "", labels, n, s, 2, CHART_W,
		h ? 60 + (double)n * 30 : 260 };
	ch.title = arena_printf(&an->d->mem, "%s, %s and %s", c->def->title, an->cur_label,
	    an->prev_label);
	if (n)
		rep_chart(an->d, &ch);
	breakdown_table(an, c, p, ch.title);
	xfree(labels);
	xfree(cur);
	xfree(prev);
}

static void
chapter(struct annual *an, const char *section)
{
	rep_heading(an->d, 1, section);
	glance(an, section);
	for (size_t i = 0; i < an->n_figs; i++) {
		const struct fig_result *c = &an->cur_res[i];
		if (strcmp(c->def->section, section) == 0 && annual_single(c) &&
		    c->def->unit == FIG_COUNT)
			trend(an, c->def);
	}
	for (size_t i = 0; i < an->n_figs; i++) {
		const struct fig_result *c = &an->cur_res[i];
		if (strcmp(c->def->section, section) == 0 && !annual_single(c))
			breakdown(an, c, &an->prev_res[i]);
	}
}

void
annual_sections(struct annual *an)
{
	for (size_t i = 0; i < an->n_figs; i++) {
		const char *s = an->cur_res[i].def->section;
		int seen = 0;
		for (size_t j = 0; j < i && !seen; j++)
			seen = strcmp(an->cur_res[j].def->section, s) == 0;
		if (!seen)
			chapter(an, s);
	}
}
