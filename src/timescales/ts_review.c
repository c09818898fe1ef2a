/*
 * ts_review.c: the clocks of a serious incident (issue 11, point 8; Working Together
 * 2023, chapter 5): when the partnership learns of an incident in which a child died or
 * was seriously harmed and abuse or neglect is known or suspected, the local authority
 * notifies the national Child Safeguarding Practice Review Panel within
 * timescale.panel_notification_working_days (5) working days of learning of it, and the
 * safeguarding partners complete a rapid review within
 * timescale.rapid_review_working_days (15) working days of the same day, which decides
 * whether a child safeguarding practice review is needed. Each is counted from the day
 * the partnership learned of the incident (day 0), by the rule in force that day.
 *
 * A review is the partnership's record, not a child's (it may concern a child never known
 * to the area), so its clocks join no child's: the review pages, the subgroup's worklist
 * and the figures ask for them one review at a time.
 */
#include "timescales/ts_int.h"

#include <string.h>

static void
push(struct ts_clock *k, const struct m_review *m, enum ts_kind kind, cal_date target,
    int amount, cal_date actual)
{
	memset(k, 0, sizeof *k);
	k->record_id = m->id;
	k->kind = (uint8_t)kind;
	k->start = m->aware;
	k->target = target;
	k->actual = actual;
	k->stop = CAL_NONE;
	k->amount = (int16_t)amount;
}

int
ts_review(const struct ts_config *cfg, const struct m_review *m, cal_date as_of,
    struct ts_clock *out)
{
	struct ts_ctx x = {NULL, cfg, NULL, as_of, NULL};
	int notify, review;

	if (m->aware == CAL_NONE || m->aware > as_of)
		return 0;
	notify = ts_setting_int(cfg, TS_PANEL_NOTIFICATION, m->aware);
	review = ts_setting_int(cfg, TS_RAPID_REVIEW, m->aware);
	push(&out[0], m, TS_K_PANEL_NOTIFICATION, ts_after(&x, m->aware, notify), notify,
	    m->notified);
	push(&out[1], m, TS_K_RAPID_REVIEW, ts_after(&x, m->aware, review), review, m->rapid);
	for (int i = 0; i < TS_REVIEW_CLOCKS; i++) {
		if (out[i].actual != CAL_NONE && out[i].actual > as_of)
			out[i].actual = CAL_NONE;	/* it had not happened yet */
		out[i].state = (uint8_t)ts_judge(&out[i], as_of);
	}
	return TS_REVIEW_CLOCKS;
}
