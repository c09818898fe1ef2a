/*
 * ts_action.c: the clock of an action of the partnership's learning (issue 11, point 4;
 * migration_audits): what a multi-agency case audit (and, with the same table, a practice
 * review or a self-assessment) asks an agency to do, by the date the audit agreed. The
 * target is that date, not a rule of the settings: the audit sets it with the owner. An
 * action is met when completed by its due date; a withdrawn action owes nothing from the
 * day it is withdrawn (its completed date, or its due date when none was given).
 *
 * An action belongs to no child, so its clock joins no child's, as the LADO's do not: the
 * audit pages, the owner's worklist and the figures ask for it one action at a time.
 */
#include "timescales/ts_int.h"

#include <string.h>

int
ts_action(const struct m_action *m, cal_date as_of, struct ts_clock *out)
{
	int withdrawn = strcmp(m->status, "withdrawn") == 0;
	int done = strcmp(m->status, "completed") == 0;

	if (m->set == CAL_NONE || m->due == CAL_NONE || m->set > as_of)
		return 0;
	memset(out, 0, sizeof *out);
	out->record_id = m->id;
	out->kind = TS_K_ACTION;
	out->start = m->set;
	out->target = m->due;
	out->actual = CAL_NONE;
	out->stop = CAL_NONE;
	out->amount = (int16_t)(m->due - m->set);
	/* completed without a date: done, on the day it is asked about at the latest */
	if (done)
		out->actual = m->completed != CAL_NONE ? m->completed : as_of;
	if (withdrawn)
		out->stop = m->completed != CAL_NONE ? m->completed : m->due;
	if (out->actual != CAL_NONE && out->actual > as_of)
		out->actual = CAL_NONE;		/* it had not happened yet */
	out->state = (uint8_t)ts_judge(out, as_of);
	return 1;
}
