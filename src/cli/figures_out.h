/* figures_out.h: 'safeguard report figures' written as text, JSON or CSV (figures_out.c). */
#ifndef SG_FIGURES_OUT_H
#define SG_FIGURES_OUT_H
#include <stdio.h>

#include "figures/figures.h"

enum figures_format { FIGURES_TEXT, FIGURES_JSON, FIGURES_CSV };

/* What was asked, for the heading of the output. */
struct figures_ask {
	struct fig_filter f;
	const char *team, *chair, *agency, *category, *age_band;	/* as given, or NULL */
};

/* Computes every figure of list (n of them) with its previous period and trend, and writes
 * them; returns 0, or -1 when memory ran out or the output could not be written. */
int figures_write(FILE *out, enum figures_format fmt, const struct area *a,
    const struct figures_ask *ask, const struct fig_def *const *list, size_t n);

#endif
