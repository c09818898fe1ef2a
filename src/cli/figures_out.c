/*
 * figures_out.c: the figures of 'safeguard report figures' as text for a person, JSON for
 * a program (the shape is in docs/figures.md, "On the command line") and CSV for a
 * spreadsheet. Each row gives its value, numerator, denominator, the previous period's
 * value, England's and the monthly trend; a value with no denominator is empty (null).
 */
#include "cli/figures_out.h"

#include <math.h>
#include <string.h>

#include "base/esc.h"
#include "cli/cli.h"
#include "json/jwrite.h"

static const char *const units[] = {"count", "percent", "per_10k", "days"};

/* England's figure beside a row: only a figure of one row has one. */
static double
england(const struct fig_result *r, size_t i)
{
	return r->n_rows == 1 && i == 0 ? r->def->england : NAN;
}

static double
prev_value(const struct fig_series *s, size_t i)
{
	const struct fig_row *p = fig_row_by_key(&s->prev, s->now.rows[i].key);

	return p ? fig_value(s->now.def, p) : NAN;
}

static void
month(const struct fig_filter *f, char out[8])
{
	char d[11];

	cal_format(f->from, d);
	snprintf(out, 8, "%.7s", d);
}

/* ---- JSON ---- */

static void
jnum(struct jw *w, double v)
{
	char b[32];

	if (isnan(v)) {
		jw_lit(w, "null");
		return;
	}
	snprintf(b, sizeof b, "%.10g", v);
	jw_lit(w, b);
}

static void
jdate(struct jw *w, cal_date d)
{
	char b[11];

	cal_format(d, b);
	jw_str(w, b);
}

static void
json_row(struct jw *w, const struct fig_series *s, size_t i)
{
	const struct fig_def *d = s->now.def;
	const struct fig_row *r = &s->now.rows[i];

	jw_lit(w, i ? ",\n    {\"key\": " : "\n    {\"key\": ");
	jw_str(w, r->key);
	jw_lit(w, ", \"label\": ");
	jw_str(w, r->label ? r->label : "");
	jw_lit(w, ", \"value\": ");
	jnum(w, fig_value(d, r));
	jw_lit(w, ", \"numerator\": ");
	jnum(w, r->num);
	jw_lit(w, ", \"denominator\": ");
	jnum(w, r->den);
	jw_lit(w, ", \"previous\": ");
	jnum(w, prev_value(s, i));
	jw_lit(w, ", \"england\": ");
	jnum(w, england(&s->now, i));
	jw_lit(w, ", \"trend\": [");
	for (size_t m = 0; m < s->n_months; m++) {
		const struct fig_row *t = fig_row_by_key(&s->trend[m], r->key);
		char mo[8];
		month(&s->months[m], mo);
		jw_lit(w, m ? ", {\"month\": " : "{\"month\": ");
		jw_str(w, mo);
		jw_lit(w, ", \"value\": ");
		jnum(w, t ? fig_value(d, t) : NAN);
		jw_lit(w, "}");
	}
	jw_lit(w, "]}");
}

static void
json_figure(struct jw *w, const struct fig_series *s, int first)
{
	const struct fig_def *d = s->now.def;

	jw_lit(w, first ? "\n  {\"name\": " : ",\n  {\"name\": ");
	jw_str(w, d->name);
	jw_lit(w, ", \"title\": ");
	jw_str(w, d->title);
	jw_lit(w, ", \"section\": ");
	jw_str(w, d->section);
	jw_lit(w, ", \"summary\": ");
	jw_str(w, d->summary);
	jw_lit(w, ", \"unit\": ");
	jw_str(w, units[d->unit]);
	jw_lit(w, d->stock ? ", \"stock\": true" : ", \"stock\": false");
	jw_lit(w, ", \"better\": ");
	jw_int(w, d->better);
	jw_lit(w, ", \"england\": ");
	jnum(w, d->england);
	jw_lit(w, ", \"england_year\": ");
	if (d->england_year)
		jw_str(w, d->england_year);
	else
		jw_lit(w, "null");
	jw_lit(w, ",\n   \"rows\": [");
	for (size_t i = 0; i < s->now.n_rows; i++)
		json_row(w, s, i);
	jw_lit(w, "]}");
}

static void
jopt(struct jw *w, const char *name, const char *v, int first)
{
	jw_lit(w, first ? "\"" : ", \"");
	jw_lit(w, name);
	jw_lit(w, "\": ");
	if (v)
		jw_str(w, v);
	else
		jw_lit(w, "null");
}

static void
json_head(struct jw *w, const struct figures_ask *ask)
{
	struct fig_filter p = fig_previous(&ask->f);

	jw_lit(w, "{\"from\": ");
	jdate(w, ask->f.from);
	jw_lit(w, ", \"to\": ");
	jdate(w, ask->f.to);
	jw_lit(w, ", \"previous\": {\"from\": ");
	jdate(w, p.from);
	jw_lit(w, ", \"to\": ");
	jdate(w, p.to);
	jw_lit(w, "},\n \"filters\": {");
	jopt(w, "team", ask->team, 1);
	jopt(w, "chair", ask->chair, 0);
	jopt(w, "agency", ask->agency, 0);
	jopt(w, "category", ask->category, 0);
	jopt(w, "age_band", ask->age_band, 0);
	jw_lit(w, "},\n \"figures\": [");
}

/* ---- Text and CSV ---- */

static void
num(FILE *out, const struct fig_def *d, double v, int csv)
{
	if (isnan(v))
		fputs(csv ? "" : "-", out);
	else if (d->unit == FIG_COUNT)
		fprintf(out, "%.0f", v);
	else
		fprintf(out, "%.1f%s", v, csv || d->unit != FIG_PERCENT ? "" : "%");
}

static void
text_figure(FILE *out, const struct fig_series *s)
{
	const struct fig_def *d = s->now.def;

	fprintf(out, "%s: %s\n", d->name, d->title);
	for (size_t i = 0; i < s->now.n_rows; i++) {
		const struct fig_row *r = &s->now.rows[i];
		fputs("  ", out);
		if (s->now.n_rows > 1) {
			cli_put_clean(out, r->label ? r->label : r->key);
			fputs(": ", out);
		}
		num(out, d, fig_value(d, r), 0);
		if (d->unit != FIG_COUNT)
			fprintf(out, " (%.0f / %.0f)", r->num, r->den);
		fputs("; previous ", out);
		num(out, d, prev_value(s, i), 0);
		fputs("; England ", out);
		num(out, d, england(&s->now, i), 0);
		fputs("\n    by month:", out);
		for (size_t m = 0; m < s->n_months; m++) {
			const struct fig_row *t = fig_row_by_key(&s->trend[m], r->key);
			char mo[8];
			month(&s->months[m], mo);
			fprintf(out, " %s ", mo);
			num(out, d, t ? fig_value(d, t) : NAN, 0);
		}
		fputc('\n', out);
	}
}

static void
csv_head(FILE *out, const struct fig_series *s)
{
	fputs("figure,key,label,value,numerator,denominator,previous,england", out);
	for (size_t m = 0; m < s->n_months; m++) {
		char mo[8];
		month(&s->months[m], mo);
		fprintf(out, ",%s", mo);
	}
	fputc('\n', out);
}

static void
csv_figure(FILE *out, const struct fig_series *s)
{
	const struct fig_def *d = s->now.def;

	for (size_t i = 0; i < s->now.n_rows; i++) {
		const struct fig_row *r = &s->now.rows[i];
		fprintf(out, "%s,", d->name);
		esc_csv_file(out, r->key);
		fputc(',', out);
		esc_csv_file(out, r->label ? r->label : "");
		fputc(',', out);
		num(out, d, fig_value(d, r), 1);
		fprintf(out, ",%.10g,%.10g,", r->num, r->den);
		num(out, d, prev_value(s, i), 1);
		fputc(',', out);
		num(out, d, england(&s->now, i), 1);
		for (size_t m = 0; m < s->n_months; m++) {
			const struct fig_row *t = fig_row_by_key(&s->trend[m], r->key);
			fputc(',', out);
			num(out, d, t ? fig_value(d, t) : NAN, 1);
		}
		fputc('\n', out);
	}
}

int
figures_write(FILE *out, enum figures_format fmt, const struct area *a,
    const struct figures_ask *ask, const struct fig_def *const *list, size_t n)
{
	struct fig_cache *c = fig_cache_new(a);
	struct jw w;
	int rc = 0;

	jw_init(&w, out);
	if (fmt == FIGURES_JSON)
		json_head(&w, ask);
	for (size_t i = 0; i < n && rc == 0; i++) {
		struct fig_series s;
		if (fig_series(c, list[i], &ask->f, &s) < 0) {
			rc = -1;
			break;
		}
		if (fmt == FIGURES_JSON)
			json_figure(&w, &s, i == 0);
		else if (fmt == FIGURES_CSV && i == 0)
			csv_head(out, &s);
		if (fmt == FIGURES_CSV)
			csv_figure(out, &s);
		else if (fmt == FIGURES_TEXT)
			text_figure(out, &s);
		fig_series_free(&s);
	}
	if (fmt == FIGURES_JSON)
		jw_lit(&w, "\n]}\n");
	if (jw_flush(&w) < 0 || fflush(out) != 0)
		rc = -1;
	jw_free(&w);
	fig_cache_free(c);
	return rc;
}
