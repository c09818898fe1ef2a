/*
 * ts_encompass.c: the clocks of an Operation Encompass notification (domain.md 6).
 *
 *   - encompass_sent: from the incident to the start of the first school day after it
 *     (ts_school.c), met when the police sent it before then. The police force that
 *     recorded it owes it (the worklist's agency filter).
 *   - encompass_read: from the sending to the start of the first school day after it was
 *     sent (the same day as the first's when it was sent in time), met when the school's
 *     safeguarding lead read it before then. The school owes it.
 *
 * The engine counts in days, so each target is the due school day, and a notification
 * sent or read on that day but at or after its start is late (the clock's late flag).
 */
#include "timescales/ts_int.h"

static void
clock_of(struct ts_ctx *x, enum ts_kind kind, const struct m_encompass *e, cal_date from,
    const char *from_time, cal_date done, const char *done_time)
{
	cal_date due;
	int start = ts_next_school_start(x->cfg, from, ts_minutes(from_time), &due);
	struct ts_clock *k = ts_push(x, kind, e->id, from, due, 1);
	int m = ts_minutes(done_time);

	k->actual = done;
	k->late = done == due && (m < 0 || m >= start);
}

void
ts_encompass(struct ts_ctx *x)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; i < c->encompass.count; i++) {
		const struct m_encompass *e = &x->a->encompass[c->encompass.first + i];
		if (e->incident == CAL_NONE || e->incident > x->as_of)
			continue;
		clock_of(x, TS_K_ENCOMPASS_SENT, e, e->incident, e->incident_time, e->sent,
		    e->sent_time);
		if (e->sent != CAL_NONE && e->sent <= x->as_of)
			clock_of(x, TS_K_ENCOMPASS_READ, e, e->sent, e->sent_time, e->read,
			    e->read_time);
	}
}
