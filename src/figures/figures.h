/*
 * figures.h: every figure of the partnership, each defined once (docs/figures.md) and
 * computed by one function from an area in memory. The command line, the dashboard, the
 * API, the annual report and the exports all call fig_compute; none of them counts on its
 * own, so a figure cannot mean one thing on the dashboard and another in the report.
 *
 * A figure is one or more rows (one for "plans started", one per category, band or agency
 * for the breakdowns), each a numerator over a denominator; the unit says how the two make
 * the number shown. Nothing here does I/O.
 */
#ifndef SG_FIGURES_H
#define SG_FIGURES_H
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"

/* The age bands of product.md §4, the child's age on the period's last day. */
enum fig_age {
	FIG_AGE_ALL = -1,
	FIG_AGE_UNBORN,
	FIG_AGE_UNDER_1,
	FIG_AGE_1_4,
	FIG_AGE_5_9,
	FIG_AGE_10_15,
	FIG_AGE_16_PLUS,
	FIG_AGE_BANDS
};

struct fig_filter {
	cal_date from, to;	/* the period, both days counted; a stock is counted on `to` */
	int64_t team_id;	/* 0: every team (the team of the child's referral) */
	int64_t chair_id;	/* 0: every chair (the chair of the conference) */
	int64_t agency_id;	/* 0: every agency (the invitee's agency; a referral's referrer) */
	unsigned categories;	/* M_NEG ... bits a plan's category must share; 0: any */
	int age_band;		/* enum fig_age */
};

enum fig_unit {
	FIG_COUNT,	/* the value is num; den is unused */
	FIG_PERCENT,	/* 100 * num / den */
	FIG_PER_10K,	/* 10000 * num / den, den the child population (a local setting) */
	FIG_DAYS,	/* num / den: an average, in days or working days as the title says */
};

struct fig_row {
	const char *label;	/* static, or the area's own strings (an agency's name) */
	char key[24];		/* stable machine key: "NEG", "3-6m", an agency's id; "" if one row */
	double num, den;
};

struct fig_def {
	const char *name;	/* "plans_started": --figure, the API's key, the CSV's column */
	const char *title;	/* "Child protection plans started" */
	const char *section;	/* "Child protection plans": the dashboard and report group by it */
	const char *summary;	/* the definition's first line, as docs/figures.md has it */
	enum fig_unit unit;
	int stock;		/* 1: counted on the period's last day; 0: over the period */
	int better;		/* 1 higher is better, -1 lower is better, 0 neither */
	double england;		/* England's figure (domain.md §2.2), in the unit; NAN if none */
	const char *england_year; /* "2025" (year ending 31 March), or NULL */
};

struct fig_result {
	const struct fig_def *def;
	struct fig_row *rows;
	size_t n_rows;
	/* Only when asked for: the children behind rows[i] are
	 * children[child_first[i] .. child_first[i + 1]), child_first having n_rows + 1 entries. */
	int64_t *children;
	size_t *child_first;
	size_t n_children;
};

size_t fig_count(void);
const struct fig_def *fig_at(size_t i);
/* NULL when no figure has that name. */
const struct fig_def *fig_find(const char *name);

/* Computes one figure over the filter's period. want_children also fills the children
 * behind each row (for the lists a figure's number opens). Returns 0, or -1 when memory
 * runs out (out is then empty). */
int fig_compute(const struct area *a, const struct fig_def *d, const struct fig_filter *f,
		int want_children, struct fig_result *out);
void fig_result_free(struct fig_result *r);

/* The number a row shows, in its figure's unit; NAN when the denominator is 0. */
double fig_value(const struct fig_def *d, const struct fig_row *r);

/* A filter covering everything for the period from..to. */
struct fig_filter fig_filter_all(cal_date from, cal_date to);
/* The period of the same length that ends the day before f's starts, other filters kept. */
struct fig_filter fig_previous(const struct fig_filter *f);
/* The calendar months that overlap f's period, each clipped to it, other filters kept, for
 * a figure's monthly trend. Writes at most max; returns how many there are. */
size_t fig_months(const struct fig_filter *f, struct fig_filter *months, size_t max);

/* ---- Several periods at once (the additions the dashboard and the report use) ---- */

/*
 * What stays the same from one figure to the next over one area: the settings, the child
 * population, and the timescale engine's tallies for the last set of periods asked about,
 * so that the eleven figures drawn from the engine's clocks cost it one pass, not eleven.
 * Holds a pointer to the area, which must outlive it.
 */
struct fig_cache;
struct fig_cache *fig_cache_new(const struct area *a);
void fig_cache_free(struct fig_cache *c);

/* The local child population aged 0-17 in force on `on` (setting area.child_population),
 * or 0 when none is set. */
double fig_population(const struct fig_cache *c, cal_date on);

/*
 * One figure for n periods in one pass over the records: out[i] for filters[i]. Every
 * filter must share the fields other than from and to. cache may be NULL (one is made and
 * dropped). Children behind the rows only with n == 1. Returns 0, or -1 (out all empty).
 */
int fig_compute_many(const struct area *a, struct fig_cache *cache, const struct fig_def *d,
    const struct fig_filter *filters, size_t n, int want_children, struct fig_result *out);

#define FIG_MAX_MONTHS 36

/* A figure as it is shown: the period, the previous period, and the monthly trend. */
struct fig_series {
	struct fig_result now, prev;
	struct fig_filter months[FIG_MAX_MONTHS];	/* each month of the period, clipped */
	struct fig_result trend[FIG_MAX_MONTHS];
	size_t n_months;
};

/* The period, its previous one and its months in one pass. 0, or -1 (s empty). */
int fig_series(struct fig_cache *cache, const struct fig_def *d, const struct fig_filter *f,
    struct fig_series *s);
void fig_series_free(struct fig_series *s);

/* The row of r whose key is key, or NULL (to match a row of one period with another's). */
const struct fig_row *fig_row_by_key(const struct fig_result *r, const char *key);

/* Age band names as --age-band and the API take them ("unborn", "under1", "1-4", "5-9",
 * "10-15", "16+"); -1 (FIG_AGE_ALL) when name is none of them. */
int fig_age_band(const char *name);
const char *fig_age_band_name(int band);

#endif
