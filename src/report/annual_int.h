/* annual_int.h: what the annual report's files share (annual.c, annual_sections.c). */
#ifndef SG_ANNUAL_INT_H
#define SG_ANNUAL_INT_H

#include "report/annual.h"

/* Every figure computed once for the year and once for the year before. */
struct annual {
	const struct area *a;
	struct rep_doc *d;
	struct fig_filter cur, prev;
	char cur_label[16], prev_label[16];	/* "2025-26", "2024-25" */
	struct fig_result *cur_res, *prev_res;	/* by catalogue index */
	size_t n_figs;
	int failed;
};

/* A figure with one row and no key: a single number, not a breakdown. */
int annual_single(const struct fig_result *r);
/* The row of r with key (NULL when it has none). */
const struct fig_row *annual_row(const struct fig_result *r, const char *key);
/* The value of a single-row figure; NAN when it has no row. */
double annual_value(const struct fig_result *r);
/* One chapter for every section of the catalogue, in its order (annual_sections.c). */
void annual_sections(struct annual *an);

#endif
