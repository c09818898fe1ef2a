/*
 * ts_training.c: the training administrator's clock (issue 11, point 5). Once a session
 * is held, the attendance of each place booked on it is recorded on its register within
 * timescale.training_register_working_days working days (2 by default), so that the
 * fees for places not attended are charged and the agencies' attendance is known while it
 * is fresh (seed 002 54: attendance is monitored and challenged by agency). A session with
 * no place standing (none booked, or every one cancelled) has no register to mark.
 *
 * A session belongs to no child, so, like the LADO's, this clock is asked for one session
 * at a time and never joins a child's clocks.
 */
#include "timescales/ts_int.h"

#include <string.h>

static int
has_places(const struct area *a, int64_t session_id)
{
	for (size_t i = 0; i < a->n_training_bookings; i++)
		if (a->training_bookings[i].session_id == session_id &&
		    strcmp(a->training_bookings[i].status, "cancelled") != 0)
			return 1;
	return 0;
}

int
ts_training_register(const struct ts_config *cfg, const struct area *a,
    const struct m_training_session *s, cal_date as_of, struct ts_clock *out)
{
	struct ts_ctx x = {NULL, cfg, NULL, as_of, NULL};
	int days;

	if (s->date == CAL_NONE || s->date > as_of || !has_places(a, s->id))
		return 0;
	days = ts_setting_int(cfg, TS_TRAINING_REGISTER, s->date);
	memset(out, 0, sizeof *out);
	out->record_id = s->id;
	out->kind = TS_K_TRAINING_REGISTER;
	out->start = s->date;
	out->target = ts_after(&x, s->date, days);
	out->actual = s->register_date != CAL_NONE && s->register_date <= as_of ?
	    s->register_date : CAL_NONE;
	out->stop = CAL_NONE;
	out->amount = (int16_t)days;
	out->state = (uint8_t)ts_judge(out, as_of);
	return 1;
}
