/*
 * annual.h: the partnership's annual report, built from the figures (annual.c), and the
 * sentences that say what changed since the year before (rep_change.c).
 */
#ifndef SG_ANNUAL_H
#define SG_ANNUAL_H

#include "base/buf.h"
#include "figures/figures.h"
#include "report/report.h"

/* One figure in two years, for a sentence. For FIG_PER_10K, prev_num and cur_num are the
 * counts behind the rates (children on plans), said first. */
struct rep_change {
	const char *subject;	/* "Children on a plan at the end of the year" */
	enum fig_unit unit;
	double prev, cur;	/* the values in the unit; NAN: no figure */
	double prev_num, cur_num;
};

/* Appends one sentence ("... rose from 4% to 9%."). Returns 0, appending nothing, when
 * neither year has a figure. */
int rep_change_sentence(struct buf *b, const struct rep_change *c);
/* A value as the report writes it in its unit: "9%", "1,234", "44.1", "250 days"; "-" for NAN. */
void rep_value(enum fig_unit unit, double v, char *out, size_t size);

/* "2025-26" is the year from 1 April 2025 to 31 March 2026: *start is 2025. 0 if the text
 * is not such a year (four digits, a hyphen, the next year's last two digits). */
int annual_year_parse(const char *text, int *start);
/* Builds the annual report of the year starting 1 April `start` into doc (initialised
 * here). `made` is the day it is written, for the cover. Returns 0, or -1 when a figure
 * could not be computed. */
int annual_report(const struct area *a, int start, cal_date made, struct rep_doc *doc);

#endif
