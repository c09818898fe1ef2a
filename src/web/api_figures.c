/*
 * api_figures.c: the figures for programs and spreadsheets. GET /api/v1/figures (every
 * figure) and /api/v1/figures/NAME (one) as JSON, and GET /figures.csv (every figure, a
 * line a row), with the dashboard's filters as the query (from, to, year, team, chair,
 * agency, category, age) and the same numbers: both read the figures kept for the snapshot
 * and filters (figures_cache.c). A filter the area does not have is a 422 naming it.
 */
#include "web/pages.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "web/csvw.h"
#include "web/figures_web.h"
#include "web/jsonw.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static const char *
unit_code(enum fig_unit u)
{
	static const char *const codes[] = {"count", "percent", "per_10k", "days"};

	return (unsigned)u < sizeof codes / sizeof codes[0] ? codes[u] : "";
}

static void
rows_json(struct jb *j, const struct fw_fig *g)
{
	jb_key(j, "rows");
	jb_arr(j);
	for (size_t i = 0; i < g->cur.n_rows; i++) {
		const struct fig_row *row = &g->cur.rows[i];
		jb_obj(j);
		jb_kstr(j, "key", row->key);
		jb_kstr(j, "label", fw_row_label(&g->cur, i));
		jb_knum(j, "value", fig_value(g->cur.def, row));
		jb_knum(j, "num", row->num);
		jb_knum(j, "den", g->cur.def->unit == FIG_COUNT ? NAN : row->den);
		jb_knum(j, "previous", fw_previous(g, i));
		jb_knum(j, "england", fw_england(g, i));
		jb_obj_end(j);
	}
	jb_arr_end(j);
}

static void
trend_json(struct jb *j, const struct fw_dash *d, const struct fw_fig *g)
{
	jb_key(j, "trend");
	jb_arr(j);
	for (size_t m = 0; m < d->n_months && g->cur.n_rows; m++) {
		char month[11];
		cal_format(d->months[m].from, month);
		month[7] = '\0';
		jb_obj(j);
		jb_kstr(j, "month", month);
		jb_knum(j, "value", g->trend[m]);
		jb_knum(j, "previous", g->prev_trend[m]);
		jb_obj_end(j);
	}
	jb_arr_end(j);
}

static void
figure_json(struct jb *j, const struct fw_dash *d, const struct fw_fig *g)
{
	const struct fig_def *def = g->cur.def;

	jb_kstr(j, "name", def->name);
	jb_kstr(j, "title", def->title);
	jb_kstr(j, "section", def->section);
	jb_kstr(j, "summary", def->summary);
	jb_kstr(j, "unit", unit_code(def->unit));
	jb_kbool(j, "stock", def->stock);
	jb_kstr(j, "england_year", def->england_year);
	rows_json(j, g);
	trend_json(j, d, g);
}

static void
period_json(struct jb *j, const struct fw_query *q, const struct fw_dash *d)
{
	jb_kdate(j, "from", q->f.from);
	jb_kdate(j, "to", q->f.to);
	jb_kdate(j, "previous_from", d->prev.from);
	jb_kdate(j, "previous_to", d->prev.to);
	jb_kstr(j, "filters", q->key);
}

/* The figures for the query, or NULL with the answer (422, 500) written. */
static struct fw_dash *
figures_for(struct web_req *r, struct web_snapshot *s, struct fw_query *q, int json)
{
	struct fw_dash *d;

	if (fw_query_read(r, s, q)) {
		const char *why = arena_printf(&r->arena, "%s: %s", q->err[0].field,
		    q->err[0].message);
		if (json)
			web_json_error(r, 422, why);
		else
			web_error(r, 422, "The figures could not be written", why);
		return NULL;
	}
	if (!(d = fw_dash_get(r, s, q)))
		web_error(r, 500, "Something went wrong", "safeguard could not compute the figures. "
		    "Try again; if it goes on, tell the system administrator.");
	return d;
}

static int
answer(struct web_req *r, const char *name)
{
	const struct fig_def *one = name ? fig_find(name) : NULL;
	struct web_snapshot *s;
	struct fw_query q;
	struct fw_dash *d;
	struct jb j;

	if (name && !one)
		return web_json_error(r, 404, "no figure has this name: GET /api/v1/figures lists "
		    "them");
	if (!(s = web_snapshot_get(r)))
		return -1;
	if ((d = figures_for(r, s, &q, 1))) {
		jb_init(&j, &r->out);
		jb_obj(&j);
		period_json(&j, &q, d);
		if (!one) {
			jb_key(&j, "figures");
			jb_arr(&j);
		}
		for (size_t i = 0; i < d->n; i++) {
			if (one && d->figs[i].cur.def != one)
				continue;
			if (!one)
				jb_obj(&j);
			figure_json(&j, d, &d->figs[i]);
			if (!one)
				jb_obj_end(&j);
		}
		if (!one)
			jb_arr_end(&j);
		jb_obj_end(&j);
		api_json_answer(r);
	}
	fw_dash_put(d);
	web_snapshot_put(s);
	return 0;
}

int
api_figures(struct web_req *r)
{
	return answer(r, NULL);
}

int
api_figure(struct web_req *r)
{
	const char *name = r->path + strlen("/api/v1/figures/");

	return answer(r, name);
}

static void
csv_row(struct cw *w, const struct fw_fig *g, size_t i, const char *from,
    const char *to)
{
	const struct fig_def *def = g->cur.def;
	char num[32];

	cw_str(w, def->name);
	cw_str(w, def->section);
	cw_str(w, def->title);
	cw_str(w, unit_code(def->unit));
	cw_str(w, g->cur.rows[i].key);
	cw_str(w, fw_row_label(&g->cur, i));
	cw_str(w, from);
	cw_str(w, to);
	fw_number(num, g->cur.rows[i].num);
	cw_str(w, num);
	fw_number(num, def->unit == FIG_COUNT ? NAN : g->cur.rows[i].den);
	cw_str(w, num);
	fw_number(num, fig_value(def, &g->cur.rows[i]));
	cw_str(w, num);
	fw_number(num, fw_previous(g, i));
	cw_str(w, num);
	fw_number(num, fw_england(g, i));
	cw_str(w, num);
	cw_end(w);
}

int
page_figures_csv(struct web_req *r)
{
	static const char *const cols[] = {"figure", "section", "title", "unit", "row", "label",
		"from", "to", "numerator", "denominator", "value", "previous", "england", NULL};
	struct web_snapshot *s = web_snapshot_get(r);
	struct fw_query q;
	struct fw_dash *d;
	struct cw w;
	char from[11], to[11];

	if (!s)
		return -1;
	if ((d = figures_for(r, s, &q, 0))) {
		cal_format(q.f.from, from);
		cal_format(q.f.to, to);
		cw_init(&w, &r->out);
		for (int c = 0; cols[c]; c++)
			cw_str(&w, cols[c]);
		cw_end(&w);
		for (size_t i = 0; i < d->n; i++)
			for (size_t k = 0; k < d->figs[i].cur.n_rows; k++)
				csv_row(&w, &d->figs[i], k, from, to);
		r->content_type = "text/csv; charset=utf-8";
	}
	fw_dash_put(d);
	web_snapshot_put(s);
	return 0;
}
