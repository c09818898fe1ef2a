/*
 * ts_deaths.c: the clocks of a child's death (issue 11, point 6; domain.md 5). An
 * unexpected death (not anticipated as a significant possibility 24 hours before, or an
 * unexpected collapse) brings a joint agency response, counted from the day the death is
 * notified, within timescale.cdr_jar_working_days; every death is reviewed by the child
 * death overview panel within timescale.cdr_review_months of the death, to the same day
 * of the month (cal_add_months' rule at a month's end). domain.md finds no national
 * timescale for either, so both are local settings, judged by the value in force on the
 * day the death was notified.
 *
 * A response recorded as not held is missed once its target has passed, not overdue for
 * ever: nothing the review role can do will now meet it, and it leaves their worklist.
 */
#include "timescales/ts_int.h"

#include <string.h>

static struct ts_clock *
push(struct ts_clock *out, int *n, const struct ts_death_case *c, enum ts_kind kind,
    cal_date start, cal_date target, int amount, cal_date actual)
{
	struct ts_clock *k = &out[(*n)++];

	memset(k, 0, sizeof *k);
	k->record_id = c->id;
	k->kind = (uint8_t)kind;
	k->start = start;
	k->target = target;
	k->actual = actual;
	k->stop = CAL_NONE;
	k->amount = (int16_t)amount;
	return k;
}

int
ts_death(const struct ts_config *cfg, const struct ts_death_case *c, cal_date as_of,
    struct ts_clock *out)
{
	struct ts_ctx x = {NULL, cfg, NULL, as_of, NULL};
	int n = 0, days, months;

	if (c->notified == CAL_NONE || c->death == CAL_NONE || c->notified > as_of)
		return 0;
	if (c->unexpected) {
		days = ts_setting_int(cfg, TS_CDR_JAR, c->notified);
		push(out, &n, c, TS_K_CDR_JAR, c->notified, ts_after(&x, c->notified, days), days,
		    c->jar_held == M_NO ? CAL_NONE : c->jar);
	}
	months = ts_setting_int(cfg, TS_CDR_REVIEW, c->notified);
	push(out, &n, c, TS_K_CDR_REVIEW, c->death, cal_add_months(c->death, months), months,
	    c->reviewed);
	for (int i = 0; i < n; i++) {
		if (out[i].actual != CAL_NONE && out[i].actual > as_of)
			out[i].actual = CAL_NONE;	/* it had not happened yet */
		out[i].state = (uint8_t)ts_judge(&out[i], as_of);
		if (out[i].kind == TS_K_CDR_JAR && c->jar_held == M_NO &&
		    out[i].state == TS_OVERDUE)
			out[i].state = TS_MISSED;
	}
	return n;
}

int
ts_death_days_to_review(const struct ts_death_case *c)
{
	if (c->death == CAL_NONE || c->reviewed == CAL_NONE || c->reviewed < c->death)
		return -1;
	return (int)(c->reviewed - c->death);
}
