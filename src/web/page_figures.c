/*
 * page_figures.c: the dashboard (GET /figures). Every figure of figures.h, section by
 * section as its definition groups them, for the period and filters asked for: its number
 * (a link to the children behind it, page_figures_list.c), the previous period's and
 * England's beside it, the change, and its monthly trend or its breakdown as a chart drawn
 * by the program (chart.h). Each chart is followed by its table, which is what screen
 * readers and print read: a chart says nothing its table does not. The numbers come from
 * the figures kept for the snapshot and filters (figures_cache.c), never counted here.
 */
#include "web/pages.h"

#include <math.h>
#include <string.h>

#include "chart/chart.h"
#include "web/figures_web.h"
#include "web/snapshot.h"
#include "web/web_int.h"

/* "section-child-protection-plans": an id for a section's heading. */
static const char *
section_id(struct web_req *r, const char *section)
{
	char *id = arena_printf(&r->arena, "section-%s", section ? section : "");

	for (char *p = id; p && *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
			*p = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : '-';
	return id ? id : "section";
}

static const char *
change_text(struct web_req *r, const struct fig_def *d, double now, double before)
{
	double c = now - before;
	const char *unit = d->unit == FIG_PERCENT ? " percentage points" : "";

	if (isnan(now) || isnan(before))
		return "no comparison";
	if (fabs(c) < 0.05)
		return "no change";
	return arena_printf(&r->arena, d->unit == FIG_COUNT ? "%s %.0f%s" : "%s %.1f%s",
	    c > 0 ? "up" : "down", fabs(c), unit);
}

/* The number of row i, linked to the children behind it when there are any. */
static void
number(struct web_req *r, const struct fw_dash *d, const struct fw_fig *g, size_t i)
{
	const struct fig_def *def = g->cur.def;
	const char *v = fw_value_text(r, def, fig_value(def, &g->cur.rows[i]));

	if (g->cur.rows[i].num > 0)
		h(r, "<a class=\"govuk-link\" href=\"/figures/%s/children?%s&row=%s\">%s"
		    "<span class=\"govuk-visually-hidden\">: the children behind it</span></a>",
		    def->name, d->key, h_url(r, g->cur.rows[i].key), v);
	else
		h(r, "%s", v);
}

static void
cell(struct web_req *r, const char *text)
{
	h(r, "<td class=\"govuk-table__cell govuk-table__cell--numeric\">%s</td>", text);
}

static void
head(struct web_req *r, const char *caption, const char *first, const char *const *cols)
{
	h(r, "<table class=\"govuk-table sg-figure-table\"><caption class=\"govuk-table__caption "
	    "govuk-table__caption--s\">%s</caption><thead class=\"govuk-table__head\"><tr class=\""
	    "govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">%s</th>", caption,
	    first);
	for (int i = 0; cols[i]; i++)
		h(r, "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">"
		    "%s</th>", cols[i]);
	h(r, "</tr></thead><tbody class=\"govuk-table__body\">");
}

/* The rows of a figure: this period (linked), the previous one, the change, England. */
static void
rows_table(struct web_req *r, const struct fw_dash *d, const struct fw_fig *g)
{
	static const char *const cols[] = {"This period", "Previous period", "Change", "England",
		NULL};
	const struct fig_def *def = g->cur.def;

	head(r, def->title, g->cur.n_rows > 1 ? "Breakdown" : "Figure", cols);
	for (size_t i = 0; i < g->cur.n_rows; i++) {
		double now = fig_value(def, &g->cur.rows[i]), before = fw_previous(g, i);
		double england = fw_england(g, i);
		h(r, "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">"
		    "%s</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">",
		    fw_row_label(&g->cur, i));
		number(r, d, g, i);
		h(r, "</td>");
		cell(r, fw_value_text(r, def, before));
		cell(r, change_text(r, def, now, before));
		cell(r, isnan(england) ? "not published" : arena_printf(&r->arena, "%s (%s)",
		    fw_value_text(r, def, england), def->england_year ? def->england_year : ""));
		h(r, "</tr>");
	}
	h(r, "</tbody></table>");
}

static const char *
unit_words(const struct fig_def *def)
{
	switch (def->unit) {
	case FIG_PERCENT:
		return "%";
	case FIG_PER_10K:
		return "per 10,000";
	case FIG_DAYS:
		return "days";
	default:
		return "number";
	}
}

/* The monthly trend of the headline row beside the previous period's, and its table. */
static void
trend(struct web_req *r, const struct fw_dash *d, const struct fw_fig *g)
{
	static const char *const cols[] = {"This period", "Previous period", NULL};
	const struct fig_def *def = g->cur.def;
	const struct chart_series series[] = {{"This period", g->trend},
		{"Previous period", g->prev_trend}};
	const char **shortl = arena_alloc(&r->arena, (d->n_months + 1) * sizeof *shortl);
	struct chart c = {CHART_LINE, arena_printf(&r->arena, "%s by month: line chart",
	    def->title), unit_words(def), shortl, d->n_months, series, 2, 640, 260};
	const char *row;

	if (d->n_months < 2 || !g->cur.n_rows || !shortl)
		return;
	/* "Dec 2025" does not fit under a point of a year's line: "Dec 25" does. */
	for (size_t m = 0; m < d->n_months; m++) {
		size_t n = strlen(d->labels[m]);
		shortl[m] = n == 8 ? arena_printf(&r->arena, "%.3s %s", d->labels[m],
		    d->labels[m] + 6) : d->labels[m];
	}
	row = fw_row_label(&g->cur, 0);
	h(r, "<div class=\"sg-chart-box\">");
	chart_svg(&r->out, &c);
	h(r, "</div>");
	head(r, row && *row && strcmp(row, def->title) != 0 ? arena_printf(&r->arena,
	    "%s, %s, by month", def->title, row) : arena_printf(&r->arena, "%s by month",
	    def->title), "Month", cols);
	for (size_t m = 0; m < d->n_months; m++) {
		h(r, "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">"
		    "%s</th>", d->labels[m]);
		cell(r, fw_value_text(r, def, g->trend[m]));
		cell(r, fw_value_text(r, def, g->prev_trend[m]));
		h(r, "</tr>");
	}
	h(r, "</tbody></table>");
}

/* A breakdown (categories, bands, agencies) as bars: this period beside the previous. */
static void
bars(struct web_req *r, const struct fw_fig *g)
{
	size_t n = g->cur.n_rows;
	const char **labels = arena_alloc(&r->arena, n * sizeof *labels);
	double *now = arena_alloc(&r->arena, n * sizeof *now);
	double *before = arena_alloc(&r->arena, n * sizeof *before);
	struct chart_series series[] = {{"This period", now}, {"Previous period", before}};
	struct chart c = {n > 6 ? CHART_HBARS : CHART_BARS, arena_printf(&r->arena,
	    "%s: bar chart", g->cur.def->title), unit_words(g->cur.def), labels, n, series, 2,
	    640, n > 6 ? 40.0 + 28.0 * (double)n : 260};

	if (!labels || !now || !before)
		return;
	for (size_t i = 0; i < n; i++) {
		labels[i] = fw_row_label(&g->cur, i);
		now[i] = fig_value(g->cur.def, &g->cur.rows[i]);
		before[i] = fw_previous(g, i);
	}
	h(r, "<div class=\"sg-chart-box\">");
	chart_svg(&r->out, &c);
	h(r, "</div>");
}

static void
figure(struct web_req *r, const struct fw_dash *d, const struct fw_fig *g)
{
	const struct fig_def *def = g->cur.def;

	h(r, "<section class=\"sg-figure\" aria-labelledby=\"figure-%s\"><h3 class=\""
	    "govuk-heading-s\" id=\"figure-%s\">%s</h3><p class=\"govuk-body-s\">%s</p>",
	    def->name, def->name, def->title, def->summary ? def->summary : "");
	if (!g->cur.n_rows) {
		h(r, "<p class=\"govuk-body\">Nothing to count for this period.</p></section>");
		return;
	}
	if (g->cur.n_rows > 1)
		bars(r, g);
	rows_table(r, d, g);
	trend(r, d, g);
	h(r, "</section>");
}

static void
contents(struct web_req *r, const struct fw_dash *d)
{
	const char *last = NULL;

	h(r, "<nav class=\"sg-noprint\" aria-labelledby=\"contents\"><h2 class=\"govuk-heading-m\""
	    " id=\"contents\">Contents</h2><ul class=\"govuk-list\">");
	for (size_t i = 0; i < d->n; i++) {
		const char *s = d->figs[i].cur.def->section;
		if (last && s && strcmp(last, s) == 0)
			continue;
		h(r, "<li><a class=\"govuk-link\" href=\"#%s\">%s</a></li>", section_id(r, s),
		    s ? s : "");
		last = s;
	}
	h(r, "</ul></nav>");
}

static void
sections(struct web_req *r, const struct fw_dash *d)
{
	const char *last = NULL;

	for (size_t i = 0; i < d->n; i++) {
		const char *s = d->figs[i].cur.def->section;
		if (!last || !s || strcmp(last, s) != 0)
			h(r, "<h2 class=\"govuk-heading-l sg-section\" id=\"%s\">%s</h2>",
			    section_id(r, s), s ? s : "");
		last = s;
		figure(r, d, &d->figs[i]);
	}
}

/* The figures' markup is the same for everyone who asks for these filters of this snapshot
 * (nothing in it depends on who asks): written once, then sent again as it was. */
static void
figures(struct web_req *r, struct fw_dash *d)
{
	const char *html;
	size_t len, mark;
	char *copy;

	if (fw_dash_html(d, &html, &len)) {
		h_again(r, html, len);
		return;
	}
	mark = h_mark(r);
	contents(r, d);
	sections(r, d);
	copy = h_copy(r, mark, &len);
	fw_dash_keep_html(d, copy, len);
}

static void
period(struct web_req *r, const struct web_snapshot *s, const struct fw_query *q,
    const struct fw_dash *d)
{
	const char *words = fw_filter_words(r, s, q);

	h(r, "<p class=\"govuk-body\">From %s to %s, compared with the previous period of the "
	    "same length, %s to %s%s%s. England's figures are the latest the Department for "
	    "Education has published.</p>", h_date(r, q->f.from), h_date(r, q->f.to),
	    h_date(r, d->prev.from), h_date(r, d->prev.to), *words ? ". Filtered by " : "",
	    words);
	h(r, "<p class=\"govuk-body sg-noprint\"><a class=\"govuk-link\" href=\"/figures.csv?%s\">"
	    "Download every figure as CSV</a> or <a class=\"govuk-link\" "
	    "href=\"/api/v1/figures?%s\">as JSON</a>.</p>", q->key, q->key);
}

int
page_figures(struct web_req *r)
{
	struct web_snapshot *s = web_snapshot_get(r);
	struct fw_query q;
	struct fw_dash *d = NULL;

	if (!s)
		return -1;
	if (!fw_query_read(r, s, &q) && !(d = fw_dash_get(r, s, &q))) {
		web_snapshot_put(s);
		return -1;
	}
	h_page_begin(r, q.n_err ? "Error: Figures" : "Figures", NAV_FIGURES);
	h_heading(r, r->area_name[0] ? r->area_name : NULL, "Figures");
	h_error_summary(r, q.err, q.n_err);
	if (d)
		period(r, s, &q, d);
	fw_filter_form(r, s, &q, "/figures");
	if (d)
		figures(r, d);
	else
		r->status = 422;
	h_page_end(r);
	fw_dash_put(d);
	web_snapshot_put(s);
	return 0;
}
