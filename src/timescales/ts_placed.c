/*
 * ts_placed.c: a child placed in the area by another local authority. The placing
 * authority must tell this area of the placement before it is made or, when it is made in
 * an emergency, within five working days of its start (the Care Planning, Placement and
 * Case Review (England) Regulations 2010, regulation 13(4)); and of its end, within ten
 * working days when it could not tell beforehand (regulation 14(4)). The area cannot make
 * another authority act, but it can see which notices are late and ask for them: the
 * clock placement_notice runs to the start date (planned, or not recorded as an
 * emergency) or to timescale.placement_notice_working_days after it (an emergency), and
 * placement_end_notice to timescale.placement_end_notice_working_days after the end.
 * Each is met on the day the notice was received; a notice before the date is in time.
 *
 * Who asks is the child's worker in this area on the day (ts_worker_on), when the child
 * is known here; otherwise the clock is on the area's list, which managers read.
 */
#include "timescales/ts_int.h"

#include "base/buf.h"

static void
owner(struct ts_ctx *x, struct ts_clock *k, cal_date d)
{
	int64_t worker, team;

	ts_worker_on(x, d, &worker, &team);
	k->actor_id = worker;
	k->team_id = ts_team_of(x, worker, team);
}

cal_date
ts_placement_notice_due(const struct ts_config *cfg, const struct m_placement *p)
{
	if (p->start == CAL_NONE || p->emergency != M_YES)
		return p->start;
	return ts_working_after(cfg, p->start, ts_setting_int(cfg, TS_PLACEMENT_NOTICE,
	    p->start));
}

cal_date
ts_placement_end_notice_due(const struct ts_config *cfg, const struct m_placement *p)
{
	if (p->end == CAL_NONE)
		return CAL_NONE;
	return ts_working_after(cfg, p->end, ts_setting_int(cfg, TS_PLACEMENT_END_NOTICE,
	    p->end));
}

void
ts_placements(struct ts_ctx *x)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; i < c->placements.count; i++) {
		const struct m_placement *p = &x->a->placements[c->placements.first + i];
		struct ts_clock *k;
		if (p->start == CAL_NONE)
			continue;
		k = ts_push(x, TS_K_PLACEMENT_NOTICE, p->id, p->start,
		    ts_placement_notice_due(x->cfg, p), p->emergency == M_YES ?
		    ts_setting_int(x->cfg, TS_PLACEMENT_NOTICE, p->start) : 0);
		k->actual = p->notified;
		owner(x, k, p->start);
		if (p->end == CAL_NONE)
			continue;
		k = ts_push(x, TS_K_PLACEMENT_END_NOTICE, p->id, p->end,
		    ts_placement_end_notice_due(x->cfg, p),
		    ts_setting_int(x->cfg, TS_PLACEMENT_END_NOTICE, p->end));
		k->actual = p->end_notified;
		owner(x, k, p->end);
	}
}

int
ts_placed_describe(const struct ts_clock *k, const char *start, struct buf *out)
{
	if (k->kind == TS_K_PLACEMENT_NOTICE && k->amount == 0)
		buf_printf(out, "placing authority's notice of the placement, before it starts on "
		    "%s", start);
	else if (k->kind == TS_K_PLACEMENT_NOTICE)
		buf_printf(out, "placing authority's notice of an emergency placement, within %d "
		    "working days of its start on %s", k->amount, start);
	else if (k->kind == TS_K_PLACEMENT_END_NOTICE)
		buf_printf(out, "placing authority's notice that the placement ended, within %d "
		    "working days of the end on %s", k->amount, start);
	else
		return 0;
	return 1;
}
