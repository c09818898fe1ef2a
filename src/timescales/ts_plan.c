/*
 * ts_plan.c: the clocks of a child protection plan while it runs (product.md 3; domain.md
 * 3.1), the ones the seeds' chairs say slip unseen: "core groups have not met as
 * frequently as required ... the conference chair has not been contacted" (seed 000).
 *
 *   first core group      initial conference + 10 working days        Working Together 2023
 *   later core groups     previous core group + the plan's own interval (calendar days),
 *                         or the local setting, 6 weeks by default     local (seeds 000, 001)
 *   first review          initial conference + 3 calendar months       Working Together 2023
 *                         (for a plan made before birth, a local rule may ask for it
 *                         within N working days of the birth when sooner: Tees)
 *   later reviews         previous review + at most 6 calendar months  Working Together 2023
 *   statutory visits      plan start, then each visit, + 10 working days; the child must
 *                         be seen, except before birth (no national rule; local minimum)
 *   plan length           12, 18 and 24 calendar months from the start (seed 001)
 *
 * Each is a series: a clock runs from the plan's start to the first event that meets it,
 * then from that event to the next, and the last one is open while the plan is. A plan that
 * ends (early or not) ends its clocks: one whose target had not yet come is not applicable,
 * one whose target had passed is missed. Months are calendar months with the month-end
 * rule of cal_add_months (31 January + 3 months = 30 April). A transfer-in conference
 * starts a plan like an initial one. Each clock of a series is judged by the settings in
 * force on the day it starts (the previous event), so a change applies from the next one.
 */
#include "timescales/ts_int.h"

#include "base/mem.h"

struct plan_ctx {
	struct ts_ctx *x;
	const struct m_referral *r;
	const struct m_plan *p;
	cal_date stop;		/* the plan's end, the episode's closure or the child's death */
	int64_t chair, key_worker;
};

static void
add_event(struct ts_ctx *x, cal_date date, int64_t id)
{
	struct ts_clocks *o = x->out;
	struct ts_event *e;
	size_t i;

	o->events = vec_reserve(o->events, o->nevents, &o->events_cap, sizeof *e);
	e = o->events;
	/* Insertion in date order: a plan has a few dozen events at most. */
	for (i = o->nevents; i > 0 && e[i - 1].date > date; i--)
		e[i] = e[i - 1];
	e[i].date = date;
	e[i].id = id;
	o->nevents++;
}

/* Whether an event on date d falls within the plan as it stood on the date asked about. */
static int
in_plan(const struct plan_ctx *pc, cal_date d)
{
	return d != CAL_NONE && d >= pc->p->start && d <= pc->x->as_of &&
	    (pc->stop == CAL_NONE || d <= pc->stop);
}

static void
collect_core_groups(const struct plan_ctx *pc)
{
	const struct m_child *c = pc->x->c;

	pc->x->out->nevents = 0;
	for (uint32_t i = 0; i < c->core_groups.count; i++) {
		const struct m_core_group *g = &pc->x->a->core_groups[c->core_groups.first + i];
		if (g->plan_id == pc->p->id && in_plan(pc, g->held))
			add_event(pc->x, g->held, g->id);
	}
}

static void
collect_reviews(const struct plan_ctx *pc)
{
	const struct m_child *c = pc->x->c;

	pc->x->out->nevents = 0;
	for (uint32_t i = 0; i < c->conferences.count; i++) {
		const struct m_conference *f = &pc->x->a->conferences[c->conferences.first + i];
		if (f->kind == M_REVIEW && f->plan_id == pc->p->id && in_plan(pc, f->held))
			add_event(pc->x, f->held, f->id);
	}
}

static void
collect_visits(const struct plan_ctx *pc)
{
	const struct m_child *c = pc->x->c;

	pc->x->out->nevents = 0;
	for (uint32_t i = 0; i < c->visits.count; i++) {
		const struct m_visit *v = &pc->x->a->visits[c->visits.first + i];
		int unborn = c->birth == CAL_NONE || c->birth > v->date;
		if ((v->seen || unborn) && in_plan(pc, v->date))
			add_event(pc->x, v->date, v->id);
	}
}

/* The target of a clock of kind starting on anchor; *amount gets the rule applied. */
static cal_date
target_of(const struct plan_ctx *pc, enum ts_kind kind, cal_date anchor, int *amount)
{
	const struct ts_ctx *x = pc->x;
	cal_date t, birth = x->c->birth;
	int n;

	switch (kind) {
	case TS_K_FIRST_CORE_GROUP:
		*amount = ts_setting_int(x->cfg, TS_FIRST_CORE_GROUP, anchor);
		return ts_after(x, anchor, *amount);
	case TS_K_CORE_GROUP:
		*amount = pc->p->core_group_interval_days > 0 ? pc->p->core_group_interval_days :
		    ts_setting_int(x->cfg, TS_CORE_GROUP_INTERVAL, anchor);
		return cal_add_days(anchor, *amount);
	case TS_K_FIRST_REVIEW:
		*amount = ts_setting_int(x->cfg, TS_FIRST_REVIEW, anchor);
		t = cal_add_months(anchor, *amount);
		n = ts_setting_int(x->cfg, TS_UNBORN_REVIEW, anchor);
		if (n > 0 && birth != CAL_NONE && birth > anchor && birth <= x->as_of)
			t = ts_min_date(t, ts_after(x, birth, n));
		return t;
	case TS_K_REVIEW:
		*amount = ts_setting_int(x->cfg, TS_REVIEW_INTERVAL, anchor);
		return cal_add_months(anchor, *amount);
	default:
		*amount = ts_setting_int(x->cfg, TS_VISIT, anchor);
		return ts_after(x, anchor, *amount);
	}
}

static void
who(const struct plan_ctx *pc, struct ts_clock *k, int64_t actor)
{
	k->actor_id = actor;
	k->chair_id = pc->chair;
	k->team_id = ts_team_of(pc->x, actor, actor == pc->chair ? 0 : pc->r->team_id);
}

/* Runs the clocks of one series over the events collected, in date order. */
static void
series(const struct plan_ctx *pc, enum ts_kind first, enum ts_kind later, int64_t actor)
{
	const struct ts_event *ev = pc->x->out->events;
	size_t n = pc->x->out->nevents;
	cal_date anchor = pc->p->start;
	enum ts_kind kind = first;
	struct ts_clock *k;
	cal_date t;
	int started = 0, amount;

	for (size_t i = 0; i < n; i++) {
		cal_date d = ev[i].date;
		int64_t id = ev[i].id;
		if (d < anchor || (started && d == anchor))
			continue;	/* two on one day meet one clock */
		t = target_of(pc, kind, anchor, &amount);
		k = ts_push(pc->x, kind, pc->p->id, anchor, t, amount);
		k->actual = d;
		k->met_by_id = id;
		who(pc, k, actor);
		anchor = d;
		kind = later;
		started = 1;
	}
	t = target_of(pc, kind, anchor, &amount);
	k = ts_push(pc->x, kind, pc->p->id, anchor, t, amount);
	k->stop = pc->stop;
	who(pc, k, actor);
}

static void
length_flags(const struct plan_ctx *pc)
{
	const struct ts_value *f = ts_setting(pc->x->cfg, TS_PLAN_FLAGS, pc->p->start);

	for (int i = 0; i < f->n; i++) {
		struct ts_clock *k = ts_push(pc->x, TS_K_PLAN_LENGTH, pc->p->id, pc->p->start,
		    cal_add_months(pc->p->start, f->v[i]), f->v[i]);
		k->actual = pc->p->end;
		who(pc, k, pc->chair);
	}
}

/* The chair of the plan as it stood: of its latest conference held by then. */
static int64_t
plan_chair(const struct ts_ctx *x, const struct m_plan *p, const struct m_conference *start)
{
	const struct m_child *c = x->c;
	int64_t chair = start ? start->chair_id : 0;
	cal_date latest = CAL_NONE;

	for (uint32_t i = 0; i < c->conferences.count; i++) {
		const struct m_conference *f = &x->a->conferences[c->conferences.first + i];
		int ours = f == start || (f->kind == M_REVIEW && f->plan_id == p->id);
		if (ours && f->chair_id && f->held != CAL_NONE && f->held <= x->as_of &&
		    (latest == CAL_NONE || f->held >= latest)) {
			latest = f->held;
			chair = f->chair_id;
		}
	}
	return chair;
}

void
ts_plan(struct ts_ctx *x, const struct m_referral *r, const struct m_plan *p)
{
	const struct m_conference *start = m_find_conference(x->a, x->c, p->start_conference_id);
	struct plan_ctx pc = {x, r, p, ts_min_date(ts_min_date(p->end, r->closure), x->c->death),
	    0, 0};

	pc.chair = plan_chair(x, p, start);
	pc.key_worker = p->key_worker_id ? p->key_worker_id :
	    start && start->key_worker_id ? start->key_worker_id : r->social_worker_id;
	collect_core_groups(&pc);
	series(&pc, TS_K_FIRST_CORE_GROUP, TS_K_CORE_GROUP, pc.key_worker);
	collect_reviews(&pc);
	series(&pc, TS_K_FIRST_REVIEW, TS_K_REVIEW, pc.chair);
	collect_visits(&pc);
	series(&pc, TS_K_VISIT, TS_K_VISIT, pc.key_worker);
	length_flags(&pc);
}
