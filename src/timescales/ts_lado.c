/*
 * ts_lado.c: the LADO's clocks (issue 11, point 2; domain.md 3.2). An allegation against a
 * person who works with children is first considered within
 * timescale.lado_initial_working_days of its receipt (1: "within one working day" of the
 * local procedures); a referral (not a query, which ends with the LADO's advice) is then
 * measured against each of timescale.lado_resolution_months (1, 3 and 12 by default, the
 * KCSIE targets), each clock met when the case is resolved by that many months after
 * receipt, to the same day of the month (cal_add_months' rule at a month's end).
 *
 * A case belongs to no child, so these clocks are asked for one case at a time, by the
 * LADO's pages and the figures, and never join a child's clocks or anyone's worklist but
 * the LADO's. As everywhere, the rule in force on the day the case was received applies.
 */
#include "timescales/ts_int.h"

#include <string.h>

static struct ts_clock *
push(struct ts_clock *out, int *n, const struct ts_lado_case *c, enum ts_kind kind,
    cal_date target, int amount, cal_date actual)
{
	struct ts_clock *k = &out[(*n)++];

	memset(k, 0, sizeof *k);
	k->record_id = c->id;
	k->actor_id = c->officer_id;
	k->kind = (uint8_t)kind;
	k->start = c->received;
	k->target = target;
	k->actual = actual;
	k->stop = CAL_NONE;
	k->amount = (int16_t)amount;
	return k;
}

int
ts_lado(const struct ts_config *cfg, const struct ts_lado_case *c, cal_date as_of,
    struct ts_clock *out)
{
	struct ts_ctx x = {NULL, cfg, NULL, as_of, NULL};
	const struct ts_value *months;
	int n = 0, days;

	if (c->received == CAL_NONE || c->received > as_of)
		return 0;
	days = ts_setting_int(cfg, TS_LADO_INITIAL, c->received);
	push(out, &n, c, TS_K_LADO_INITIAL, ts_after(&x, c->received, days), days,
	    c->considered);
	months = ts_setting(cfg, TS_LADO_RESOLUTION, c->received);
	for (int i = 0; c->referral && i < months->n && n < TS_LADO_CLOCKS; i++)
		push(out, &n, c, TS_K_LADO_RESOLUTION, cal_add_months(c->received, months->v[i]),
		    months->v[i], c->resolved);
	for (int i = 0; i < n; i++) {
		if (out[i].actual != CAL_NONE && out[i].actual > as_of)
			out[i].actual = CAL_NONE;	/* it had not happened yet */
		out[i].state = (uint8_t)ts_judge(&out[i], as_of);
	}
	return n;
}
