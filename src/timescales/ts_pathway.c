/*
 * ts_pathway.c: the clocks of one episode of need, from the referral to its conferences
 * (product.md 3; domain.md 3.1). The plans an episode's conferences start are ts_plan.c's.
 *
 *   decision on the referral   referral received + 1 working day     Working Together 2023
 *   assessment authorised      referral received + 45 working days   Working Together 2023
 *                              (a second assessment of the same episode: from its own start)
 *   initial conference held    strategy discussion that started the section 47 enquiry
 *                              + 15 working days (the enquiry's start when none is linked);
 *                              not applicable once the enquiry found none required
 *   transfer-in conference     notification + 15 working days. The receiving authority
 *                              records the other area's notification as the referral the
 *                              conference belongs to, so its received date is the start.
 *   reports before a conference: to the chair 1 / 5 working days before an initial (or
 *                              transfer-in) / review conference, to the parents 2 / 5, each
 *                              invited agency asked for a report as the chair's (seed 001)
 *   plan circulated            conference + 1 working day, and at most 7 calendar days
 *                              (seed 001), when the conference made or continued a plan
 *   minutes circulated         conference + 15 working days (seed 001)
 *
 * A rescheduled conference keeps the statutory target of the clock it meets (the initial
 * conference is still owed 15 working days from the strategy discussion), while the report
 * deadlines move with it: they count back from the date it is now held or scheduled, under
 * the settings in force on that date. Clocks counted forward use the settings in force on
 * the day they start.
 */
#include "timescales/ts_int.h"

#include <string.h>

static cal_date
episode_stop(const struct ts_ctx *x, const struct m_referral *r)
{
	return ts_min_date(r->closure, x->c->death);
}

static void
decision(struct ts_ctx *x, const struct m_referral *r)
{
	int n = ts_setting_int(x->cfg, TS_REFERRAL_DECISION, r->received);
	struct ts_clock *k = ts_push(x, TS_K_DECISION, r->id, r->received,
	    ts_after(x, r->received, n), n);

	k->actual = r->decision;
	k->stop = episode_stop(x, r);
	k->actor_id = r->social_worker_id;
	k->team_id = ts_team_of(x, r->social_worker_id, r->team_id);
}

static void
assessments(struct ts_ctx *x, const struct m_referral *r)
{
	const struct m_child *c = x->c;
	int nth = 0;

	for (uint32_t i = 0; i < c->assessments.count; i++) {
		const struct m_assessment *s = &x->a->assessments[c->assessments.first + i];
		cal_date start;
		struct ts_clock *k;
		int n;
		if (s->referral_id != r->id || s->start == CAL_NONE || s->start > x->as_of)
			continue;
		/* 45 working days "from the point of referral" (WT2023) for the episode's
		 * assessment; a further assessment of the same episode from its own start. */
		start = nth++ ? s->start : r->received;
		n = ts_setting_int(x->cfg, TS_ASSESSMENT, start);
		k = ts_push(x, TS_K_ASSESSMENT, s->id, start, ts_after(x, start, n), n);
		k->actual = s->authorised;
		k->stop = episode_stop(x, r);
		k->actor_id = s->social_worker_id ? s->social_worker_id : r->social_worker_id;
		k->team_id = ts_team_of(x, k->actor_id, r->team_id);
	}
}

static cal_date
strategy_date(const struct ts_ctx *x, int64_t id)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; id && i < c->strategies.count; i++)
		if (x->a->strategies[c->strategies.first + i].id == id)
			return x->a->strategies[c->strategies.first + i].held;
	return CAL_NONE;
}

/* The earliest held initial conference of the enquiry, or its first scheduled one. */
static const struct m_conference *
initial_conference(const struct ts_ctx *x, const struct m_s47 *e)
{
	const struct m_child *c = x->c;
	const struct m_conference *best = NULL;

	for (uint32_t i = 0; i < c->conferences.count; i++) {
		const struct m_conference *f = &x->a->conferences[c->conferences.first + i];
		if (f->s47_id != e->id || f->kind != M_INITIAL || ts_conference_cancelled(x, f))
			continue;
		if (!best || (f->held != CAL_NONE &&
		    (best->held == CAL_NONE || f->held < best->held)))
			best = f;
	}
	return best;
}

static void
enquiry(struct ts_ctx *x, const struct m_referral *r, const struct m_s47 *e)
{
	cal_date start = strategy_date(x, e->strategy_id);
	const struct m_conference *f = initial_conference(x, e);
	struct ts_clock *k;
	int n;

	if (start == CAL_NONE || start > e->start)
		start = e->start;
	n = ts_setting_int(x->cfg, TS_ICPC, start);
	k = ts_push(x, TS_K_ICPC, e->id, start, ts_after(x, start, n), n);
	k->stop = episode_stop(x, r);
	/* "Not required" is known from when the enquiry was completed (or at once, if no
	 * completion date is recorded): from then on no conference is owed. */
	if (e->icpc_not_required && (e->completed == CAL_NONE || e->completed <= x->as_of))
		k->stop = start;
	if (f) {
		k->actual = f->held;
		k->met_by_id = f->id;
		k->chair_id = f->chair_id;
	}
	k->actor_id = r->social_worker_id;
	k->team_id = ts_team_of(x, r->social_worker_id, r->team_id);
}

static void
enquiries(struct ts_ctx *x, const struct m_referral *r)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; i < c->s47s.count; i++) {
		const struct m_s47 *e = &x->a->s47s[c->s47s.first + i];
		if (e->referral_id == r->id && e->start != CAL_NONE && e->start <= x->as_of)
			enquiry(x, r, e);
	}
}

/* The date a conference's report deadlines count back from: when it was held, or, until
 * then, when it is scheduled (so a rescheduled conference moves them). */
static cal_date
conference_date(const struct ts_ctx *x, const struct m_conference *f)
{
	return f->held != CAL_NONE && f->held <= x->as_of ? f->held : f->scheduled;
}

static struct ts_clock *
report(struct ts_ctx *x, const struct m_referral *r, enum ts_kind kind, int64_t id,
    const struct m_conference *f, enum ts_key initial, enum ts_key review)
{
	cal_date d = conference_date(x, f);
	int n = ts_setting_int(x->cfg, f->kind == M_REVIEW ? review : initial, d);
	struct ts_clock *k = ts_push(x, kind, id, d, cal_add_working_days(d, -n), n);

	/* Once the conference sits, a late report cannot be on time. */
	k->stop = ts_min_date(f->held, episode_stop(x, r));
	k->chair_id = f->chair_id;
	return k;
}

static void
agency_reports(struct ts_ctx *x, const struct m_referral *r, const struct m_conference *f)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; i < c->invitees.count; i++) {
		const struct m_invitee *v = &x->a->invitees[c->invitees.first + i];
		struct ts_clock *k;
		if (v->conference_id != f->id || !v->report_requested ||
		    (v->invited != CAL_NONE && v->invited > x->as_of))
			continue;
		k = report(x, r, TS_K_AGENCY_REPORT, v->id, f, TS_AGENCY_REPORT_INITIAL,
		    TS_AGENCY_REPORT_REVIEW);
		k->actual = v->report;
		k->actor_id = v->professional_id;
		k->team_id = ts_team_of(x, v->professional_id, 0);
	}
}

static int
makes_plan(const struct m_conference *f)
{
	return strcmp(f->decision, "plan") == 0 || strcmp(f->decision, "continue_plan") == 0;
}

/* What the chair owes after the conference: the plan and the minutes (until the episode
 * closes: a closed case owes nothing more). */
static void
after_conference(struct ts_ctx *x, const struct m_referral *r, const struct m_conference *f)
{
	cal_date h = f->held, stop = episode_stop(x, r);
	int64_t team = ts_team_of(x, f->chair_id, 0);
	struct ts_clock *k;
	int n;

	if (makes_plan(f)) {
		n = ts_setting_int(x->cfg, TS_PLAN_CIRCULATED, h);
		k = ts_push(x, TS_K_PLAN_CIRCULATED, f->id, h, ts_after(x, h, n), n);
		k->actual = f->plan_circulated;
		k->stop = stop;
		k->actor_id = k->chair_id = f->chair_id;
		k->team_id = team;
		n = ts_setting_int(x->cfg, TS_PLAN_CIRCULATED_LIMIT, h);
		k = ts_push(x, TS_K_PLAN_LIMIT, f->id, h, cal_add_days(h, n), n);
		k->actual = f->plan_circulated;
		k->stop = stop;
		k->actor_id = k->chair_id = f->chair_id;
		k->team_id = team;
	}
	n = ts_setting_int(x->cfg, TS_MINUTES, h);
	k = ts_push(x, TS_K_MINUTES, f->id, h, ts_after(x, h, n), n);
	k->actual = f->minutes_circulated;
	k->stop = stop;
	k->actor_id = k->chair_id = f->chair_id;
	k->team_id = team;
}

static void
conference(struct ts_ctx *x, const struct m_referral *r, const struct m_conference *f)
{
	struct ts_clock *k;
	int n;

	if (f->kind == M_TRANSFER_IN) {
		n = ts_setting_int(x->cfg, TS_TRANSFER_IN, r->received);
		k = ts_push(x, TS_K_TRANSFER_IN, f->id, r->received,
		    ts_after(x, r->received, n), n);
		k->actual = f->held;
		k->stop = episode_stop(x, r);
		k->actor_id = r->social_worker_id;
		k->team_id = ts_team_of(x, r->social_worker_id, r->team_id);
		k->chair_id = f->chair_id;
	}
	if (conference_date(x, f) == CAL_NONE)
		return;
	k = report(x, r, TS_K_CHAIR_REPORT, f->id, f, TS_CHAIR_REPORT_INITIAL, TS_CHAIR_REPORT_REVIEW);
	k->actual = f->report_to_chair;
	k->actor_id = r->social_worker_id;
	k->team_id = ts_team_of(x, r->social_worker_id, r->team_id);
	k = report(x, r, TS_K_PARENT_REPORT, f->id, f, TS_PARENT_REPORT_INITIAL,
	    TS_PARENT_REPORT_REVIEW);
	k->actual = f->report_to_parents;
	k->actor_id = r->social_worker_id;
	k->team_id = ts_team_of(x, r->social_worker_id, r->team_id);
	agency_reports(x, r, f);
	if (f->held != CAL_NONE && f->held <= x->as_of)
		after_conference(x, r, f);
}

/* Whether the step a conference follows had happened by the date asked about: a review of
 * a plan not yet made, or a conference of an enquiry not yet begun, did not exist then. */
static int
conference_exists(const struct ts_ctx *x, const struct m_conference *f)
{
	const struct m_s47 *e = f->s47_id ? m_find_s47(x->a, x->c, f->s47_id) : NULL;
	const struct m_plan *p = f->plan_id ? m_find_plan(x->a, x->c, f->plan_id) : NULL;

	if (f->held != CAL_NONE && f->held <= x->as_of)
		return 1;
	if (ts_conference_cancelled(x, f))
		return 0;
	if (f->kind == M_REVIEW)
		return !p || p->start <= x->as_of;
	return !e || e->start <= x->as_of;
}

void
ts_episode(struct ts_ctx *x, const struct m_referral *r)
{
	const struct m_child *c = x->c;

	decision(x, r);
	assessments(x, r);
	enquiries(x, r);
	for (uint32_t i = 0; i < c->conferences.count; i++) {
		const struct m_conference *f = &x->a->conferences[c->conferences.first + i];
		if (f->referral_id == r->id && conference_exists(x, f))
			conference(x, r, f);
	}
	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *p = &x->a->plans[c->plans.first + i];
		if (p->referral_id == r->id && p->start != CAL_NONE && p->start <= x->as_of)
			ts_plan(x, r, p);
	}
}
