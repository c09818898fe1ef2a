/*
 * ts_quality.c: the chair's quality form (migration_qa). Every conference that sat asks
 * its chair for a quality form within timescale.quality_form_working_days (5 by default)
 * of the day it was held; the form's completed date meets the clock. A conference with no
 * chair recorded still owes its form, on nobody's list but the area's. A value of 0 asks
 * no form of the conferences held while it is in force: an area that begins the forms on
 * a day sets 0 from long before and the working days from that day, so that the
 * conferences of the years before do not all fall overdue at once.
 */
#include "timescales/ts_int.h"

void
ts_quality(struct ts_ctx *x)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; i < c->conferences.count; i++) {
		const struct m_conference *f = &x->a->conferences[c->conferences.first + i];
		const struct m_quality *q;
		struct ts_clock *k;
		int n;
		if (f->held == CAL_NONE || f->held > x->as_of)
			continue;
		if ((n = ts_setting_int(x->cfg, TS_QUALITY_FORM, f->held)) == 0)
			continue;
		k = ts_push(x, TS_K_QUALITY_FORM, f->id, f->held, ts_after(x, f->held, n), n);
		if ((q = m_find_quality(x->a, c, f->id)) != NULL) {
			k->actual = q->completed;
			k->met_by_id = q->id;
		}
		k->actor_id = f->chair_id;
		k->chair_id = f->chair_id;
		k->team_id = ts_team_of(x, f->chair_id, 0);
	}
}
