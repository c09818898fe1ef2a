/*
 * figures_web.h: what the dashboard (page_figures.c), the lists behind its numbers
 * (page_figures_list.c) and the figures' API and CSV (api_figures.c) share: the filters
 * read from a query (figures_query.c) and the figures computed for them, kept per
 * snapshot and filter (figures_cache.c). Every number comes from fig_compute
 * (figures/figures.h): nothing here counts.
 */
#ifndef SG_WEB_FIGURES_WEB_H
#define SG_WEB_FIGURES_WEB_H
#include <stddef.h>
#include <stdint.h>

#include "figures/figures.h"
#include "web/html.h"

struct web_req;
struct web_snapshot;

#define FW_MONTHS_MAX FIG_MAX_MONTHS	/* the longest period: three years of months */
#define FW_ERRORS 8

/* The filters of a request, as typed (to show them again) and as read. */
struct fw_query {
	struct fig_filter f;
	const char *from, *to, *year, *team, *chair, *agency, *category, *age;
	struct h_field_error err[FW_ERRORS];
	int n_err;
	char key[200];		/* the filters, canonical: the cache's key and the links' query */
};

/* Reads the filters of the request's query against the area: 0, or the number of errors
 * (in q->err, each naming its field). With no period given, the last 12 whole months. */
int fw_query_read(struct web_req *r, const struct web_snapshot *s, struct fw_query *q);
/* The filter form (GET, to action), the values as typed, each error at its field. */
void fw_filter_form(struct web_req *r, const struct web_snapshot *s, const struct fw_query *q,
    const char *action);
/* "the age band: under 1"... : the filters other than the period, in words ("" if none). */
const char *fw_filter_words(struct web_req *r, const struct web_snapshot *s,
    const struct fw_query *q);
/* The code of an age band ("under-1") and its words ("Under 1"). */
const char *fw_age_code(int band);
const char *fw_age_words(int band);

/* One figure over the period, the previous period, and by month. */
struct fw_fig {
	struct fig_result cur, prev;
	double *trend, *prev_trend;	/* n_months values of the headline row (rows[0]) */
};

struct fw_dash {
	int refs, ready, failed;
	int64_t generation;
	char key[200];
	struct web_snapshot *snap;	/* held: the rows' labels are the area's strings */
	struct fig_filter prev;
	size_t n_months, n_prev_months;
	struct fig_filter months[FW_MONTHS_MAX];
	char month_labels[FW_MONTHS_MAX][12];	/* "Apr 2025" */
	const char *labels[FW_MONTHS_MAX];
	size_t n;
	struct fw_fig *figs;	/* one per fig_at(i) */
	uint64_t used;
	char *html;		/* the dashboard's figures as first written (page_figures.c) */
	size_t html_len;
};

/* Every figure for q's filters from snapshot s, computed once per snapshot and filters
 * and kept (a few at a time) for the requests after; NULL when memory runs out. Give it
 * back with fw_dash_put. */
struct fw_dash *fw_dash_get(struct web_req *r, struct web_snapshot *s, const struct fw_query *q);
void fw_dash_put(struct fw_dash *d);
/* The dashboard's markup of d's figures once a page has written it: 1 (in *html, *len,
 * d's own), or 0. fw_dash_keep_html gives d the markup one page wrote (taking it over). */
int fw_dash_html(struct fw_dash *d, const char **html, size_t *len);
void fw_dash_keep_html(struct fw_dash *d, char *html, size_t len);
/* At shutdown and in tests: lets go of every figure kept. */
void fw_dash_drop_all(void);

/* The previous period's row of the same key as cur's row i: its value, or NAN. */
double fw_previous(const struct fw_fig *f, size_t i);
/* England's figure beside row i: the figure's own for a figure of one row (as the command
 * line has it), else NAN. */
double fw_england(const struct fw_fig *f, size_t i);
/* A value in its unit, for people ("12", "37.5%", "41.2", "23.0 days"); "-" for none. */
const char *fw_value_text(struct web_req *r, const struct fig_def *d, double v);
/* The value alone, as CSV and JSON carry it ("37.5"); "" for none. */
void fw_number(char out[32], double v);
/* A row's words: its label, or the figure's title for a figure of one row. */
const char *fw_row_label(const struct fig_result *res, size_t i);

#endif
