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
 *
 * The second job: the web interface shows each role its own work, and the demo user of a
 * role is the first user of it (lowest id: the first police officer, GP, health visitor,
 * school safeguarding lead, social worker and chair). One GP practice of fifteen, one
 * school of seventy-five, would often have nothing in flight on a given day; so the first
 * few families with live work, in the order the run makes them, take those professionals.
 * The families are the run's own (same seed and end, same choice), and a few families out
 * of thousands move no figure.
 */
#include "demo/demo_int.h"

#include <string.h>

/* Families each demo professional is given: enough for a list, not a caseload. */
#define FAMILIES_EACH 2

enum { FOR_POLICE, FOR_GP, FOR_HV, FOR_SCHOOL, FOR_SW, FOR_CHAIR };

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

struct live {
	int ci, kind;
	cal_date conference;	/* the next conference in the diary */
	int invited;		/* its invitations are out */
	int on_plan;
};

/* The family's live work at the end: only its last episode can be open (demo_case.c). */
static int
in_flight(const struct d_world *w, const struct d_family *f, struct live *l)
{
	const struct d_case *c;

	memset(l, 0, sizeof *l);
	l->conference = CAL_NONE;
	if (f->ncases == 0)
		return 0;
	l->ci = f->ncases - 1;
	c = &f->cases[l->ci];
	if (c->referral > w->end || c->closure <= w->end)
		return 0;
	for (int i = 0; i < c->ns47; i++)
		if (c->s47[i].icpc && c->s47[i].strategy <= w->end && c->s47[i].concluded > w->end)
			l->conference = c->s47[i].concluded, l->kind = D_ICPC;
	if (c->tconf != CAL_NONE && c->tconf > w->end)
		l->conference = c->tconf, l->kind = D_TRANSFER;
	l->on_plan = d_next_review(w, c) != CAL_NONE;
	if (l->conference == CAL_NONE && l->on_plan)
		l->conference = d_next_review(w, c), l->kind = D_REVIEW;
	l->invited = l->conference != CAL_NONE && d_invitations_out(w, l->kind, l->conference);
	return l->conference != CAL_NONE;
}

static int
wanted(struct d_world *w, int who)
{
	if (w->morning[who] >= FAMILIES_EACH)
		return 0;
	w->morning[who]++;
	return 1;
}

/* The health visitor and the school come for a child of their age: invited to the
 * conference (guests() in demo_meet.c), or on the core group named when the plan began
 * (members()). The school is taken only for a child still of primary age at the end, so
 * that the school it attends then is the one it attended when the plan began. */
static void
health_visitor_and_school(struct d_world *w, struct d_family *f, const struct live *l)
{
	const struct d_case *c = &f->cases[l->ci];
	int hv = 0, school = 0;

	for (int i = 0; i < f->nkids && !(hv && school); i++) {
		const struct d_kid *k = &f->kid[i];
		cal_date gone = d_kid_exit(f, c, i);
		int at_conf = d_age(k, l->conference), at_start = d_age(k, c->plan_start);
		long n = w->school_agencies.n, base = f->number * 2 + (k->school == 3 ? 7 : 0);
		if (!(c->kids >> i & 1) || !k->id || (gone != CAL_NONE && gone <= l->conference))
			continue;
		if (!hv && ((l->invited && at_conf < 5) || (l->on_plan && at_start < 5)) &&
		    (hv = wanted(w, FOR_HV)))
			f->hv = 0;
		if (!school && d_age(k, w->end) <= 10 && ((l->invited && at_conf >= 4 &&
		    at_conf <= 10) || (l->on_plan && at_start >= 4)) && (school = wanted(w, FOR_SCHOOL)))
			f->school_shift = (n - base % n) % n;
	}
}

void
d_first_morning(struct d_world *w, struct d_family *f)
{
	struct live l;
	struct d_case *c;

	if (!in_flight(w, f, &l))
		return;
	c = &f->cases[l.ci];
	if (l.invited && wanted(w, FOR_POLICE)) {
		long n = w->police.n, key = f->number + l.ci;
		f->police_shift = (n - key % n) % n;
	}
	if (l.invited && wanted(w, FOR_GP))
		f->gp = 0;
	if (l.invited && wanted(w, FOR_CHAIR))
		c->chair = w->chairs.first;
	/* Until its conference the enquiry stays with the assessing worker (holder() in
	 * demo_emit.c), whose reports to the chair and the parents are then due. */
	if (l.kind != D_REVIEW && !c->escalated && wanted(w, FOR_SW))
		c->sw = w->sw.first;
	health_visitor_and_school(w, f, &l);
}
