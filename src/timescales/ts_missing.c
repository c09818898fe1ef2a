/*
 * ts_missing.c: a child back from a missing episode is offered an independent return
 * interview within 72 hours of the return (domain.md 6: DfE 2014 statutory guidance; the
 * setting timescale.return_interview_days, 3 by default). The clock runs from the return
 * date to that many calendar days after it and is met on the day the interview is
 * offered; whether the child accepts it is the figures' business, not the clock's. The
 * engine counts in days, so 72 hours from a return on Monday are met by Thursday.
 *
 * Who must act is the child's worker on the day of the return (ts_worker_on, as for a
 * health lookup): the key worker of an open plan, else the episode's social worker.
 */
#include "timescales/ts_int.h"

#include "base/buf.h"

void
ts_missing(struct ts_ctx *x)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; i < c->missing.count; i++) {
		const struct m_missing *m = &x->a->missing[c->missing.first + i];
		int n;
		int64_t worker, team;
		struct ts_clock *k;
		if (m->returned == CAL_NONE || m->returned > x->as_of)
			continue;
		n = ts_setting_int(x->cfg, TS_RETURN_INTERVIEW, m->returned);
		k = ts_push(x, TS_K_RETURN_INTERVIEW, m->id, m->returned,
		    cal_add_days(m->returned, n), n);
		k->actual = m->offered;
		ts_worker_on(x, m->returned, &worker, &team);
		k->actor_id = worker;
		k->team_id = ts_team_of(x, worker, team);
	}
}

int
ts_missing_describe(const struct ts_clock *k, const char *start, struct buf *out)
{
	if (k->kind != TS_K_RETURN_INTERVIEW)
		return 0;
	buf_printf(out, "return interview offered, within %d days (%d hours) of the return on "
	    "%s", k->amount, 24 * k->amount, start);
	return 1;
}
