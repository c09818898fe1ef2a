/*
 * demo_morning.c: the demo's last day, which is the first morning of whoever opens it.
 *
 * The history stops on its end day but the work does not. What is in flight then is
 * written as it stands that morning (demo_emit.c, demo_meet.c): an enquiry's initial
 * conference is in the diary, its invitations out and a few reports in; a plan's next
 * review is booked where the six-month rule puts it, with invitations out when it is
 * within three weeks; its next core group is booked at the plan's interval. Only those
 * booked dates lie after the end; everything that has happened (an invitation sent, a
 * report received) is dated on or before it.
 */
#include "demo/demo_int.h"

cal_date
d_next_review(const struct d_world *w, const struct d_case *c)
{
	cal_date last = c->plan_start, d;
	int first = 1;

	if (c->plan_start == CAL_NONE || c->plan_start > w->end || c->plan_end <= w->end)
		return CAL_NONE;
	for (int i = 0; i < c->nreviews; i++) {
		if (c->review[i] > w->end)
			return c->review[i];
		last = c->review[i];
		first = 0;
	}
	/* None was planned because the family moves away first, which nobody knows yet. */
	d = d_workday_on_or_before(cal_add_months(last, first ? 3 : 6));
	return d > w->end ? d : d_workday_on_or_after(cal_add_days(w->end, 1));
}

/* Initial and transfer-in conferences are called at once, within their 15 working days;
 * a review's invitations go out about three weeks before it. */
int
d_invitations_out(const struct d_world *w, int kind, cal_date on)
{
	return kind != D_REVIEW || on <= cal_add_working_days(w->end, 15);
}
