/*
 * rep_change.c: what changed since last year, in words. A board reads "GP reports rose
 * from 4% to 9% of conferences" where a table gives two columns; the sentence is made
 * from the same two numbers the table shows, so the words cannot drift from the figures.
 *
 * A change is judged on the numbers as written: two values that print the same "stayed
 * at" that value, so a sentence never says "rose from 9% to 9%". A year without a figure
 * (no conferences, so no share of them) is said to have none rather than to be 0.
 */
#include "annual.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void
rep_value(enum fig_unit unit, double v, char *out, size_t size)
{
	char n[32];
	if (!isfinite(v)) {
		snprintf(out, size, "-");
		return;
	}
	switch (unit) {
	case FIG_PERCENT:
		/* One decimal, dropped when it is 0: "4%", "4.5%". */
		snprintf(n, sizeof n, "%.1f", v);
		if (strlen(n) > 2 && strcmp(n + strlen(n) - 2, ".0") == 0)
			n[strlen(n) - 2] = '\0';
		snprintf(out, size, "%s%%", n);
		break;
	case FIG_PER_10K:
		snprintf(out, size, "%.1f", v);
		break;
	case FIG_DAYS:
		chart_number(round(v), n, sizeof n);
		snprintf(out, size, "%s %s", n, fabs(round(v)) == 1 ? "day" : "days");
		break;
	default:
		chart_number(v, out, size);
		break;
	}
}

/* The number the sentence leads with: a rate's count, else the value itself. */
static double
lead(const struct rep_change *c, int cur)
{
	if (c->unit == FIG_PER_10K)
		return cur ? c->cur_num : c->prev_num;
	return cur ? c->cur : c->prev;
}

static void
lead_text(const struct rep_change *c, double v, char *out, size_t size)
{
	rep_value(c->unit == FIG_PER_10K ? FIG_COUNT : c->unit, v, out, size);
}

/* Only one year has a figure. */
static void
one_year(struct buf *b, const struct rep_change *c, int cur_has)
{
	char v[48], r[48];
	lead_text(c, lead(c, cur_has), v, sizeof v);
	rep_value(FIG_PER_10K, cur_has ? c->cur : c->prev, r, sizeof r);
	const char *rate = c->unit == FIG_PER_10K ? " per 10,000)" : "";
	if (cur_has)
		buf_printf(b, "%s: %s%s%s%s this year; there is no figure for the year before.",
		    c->subject, v, *rate ? " (" : "", *rate ? r : "", rate);
	else
		buf_printf(b, "%s: no figure this year (the year before: %s%s%s%s).", c->subject,
		    v, *rate ? ", " : "", *rate ? r : "", rate);
}

int
rep_change_sentence(struct buf *b, const struct rep_change *c)
{
	int has_prev = isfinite(lead(c, 0)), has_cur = isfinite(lead(c, 1));
	char p[48], n[48], rp[48], rn[48];
	if (!has_prev && !has_cur)
		return 0;
	if (!has_prev || !has_cur) {
		one_year(b, c, has_cur);
		return 1;
	}
	lead_text(c, lead(c, 0), p, sizeof p);
	lead_text(c, lead(c, 1), n, sizeof n);
	rep_value(FIG_PER_10K, c->prev, rp, sizeof rp);
	rep_value(FIG_PER_10K, c->cur, rn, sizeof rn);
	int rate = c->unit == FIG_PER_10K && isfinite(c->prev) && isfinite(c->cur);
	if (strcmp(p, n) == 0) {
		buf_printf(b, "%s stayed at %s", c->subject, n);
		if (rate)
			buf_printf(b, strcmp(rp, rn) == 0 ? " (%s%s per 10,000)" :
			    " (%s to %s per 10,000)", strcmp(rp, rn) == 0 ? "" : rp, rn);
	} else {
		buf_printf(b, "%s %s from %s to %s", c->subject,
		    lead(c, 1) > lead(c, 0) ? "rose" : "fell", p, n);
		if (rate)
			buf_printf(b, " (%s to %s per 10,000)", rp, rn);
	}
	buf_adds(b, ".");
	return 1;
}
