/*
 * ts_lookup.c: a health lookup that found the child (on a plan, or looked after) is
 * news for the child's social worker: a hospital has seen the child. The clock runs from
 * the day of the lookup to timescale.health_lookup_working_days later (1 by default) and
 * is met on the day the social worker acknowledges it on the child's record.
 *
 * Who must act is the child's worker as the lookup found them: the key worker of a plan
 * open that day, else the social worker of the episode open that day, else of the latest
 * episode before it; their team answers for it, or the episode's team.
 *
 * What a lookup answers is here too (ts_lookup_answer), so that the page that answers
 * and the demo that makes a lookup judge a child alike: a plan first, then care.
 */
#include "timescales/ts_int.h"

void
ts_worker_on(const struct ts_ctx *x, cal_date d, int64_t *worker, int64_t *team)
{
	const struct area *a = x->a;
	const struct m_child *c = x->c;

	*worker = *team = 0;
	for (uint32_t i = 0; i < c->referrals.count; i++) {
		const struct m_referral *r = &a->referrals[c->referrals.first + i];
		if (r->received == CAL_NONE || r->received > d)
			continue;
		if (!*worker || r->closure == CAL_NONE || r->closure >= d) {
			*worker = r->social_worker_id;
			*team = r->team_id;
		}
	}
	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *p = &a->plans[c->plans.first + i];
		if (p->start != CAL_NONE && p->start <= d && (p->end == CAL_NONE || p->end > d) &&
		    p->key_worker_id)
			*worker = p->key_worker_id;
	}
}

void
ts_lookups(struct ts_ctx *x)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; i < c->health_lookups.count; i++) {
		const struct m_health_lookup *l = &x->a->health_lookups[c->health_lookups.first + i];
		int n;
		int64_t worker, team;
		struct ts_clock *k;
		if (l->date == CAL_NONE || l->date > x->as_of)
			continue;
		n = ts_setting_int(x->cfg, TS_HEALTH_LOOKUP, l->date);
		k = ts_push(x, TS_K_HEALTH_LOOKUP, l->id, l->date, ts_after(x, l->date, n), n);
		k->actual = l->acknowledged;
		ts_worker_on(x, l->date, &worker, &team);
		k->actor_id = worker;
		k->team_id = ts_team_of(x, worker, team);
	}
}

const char *
ts_lookup_answer(const struct area *a, const struct m_child *c, cal_date on)
{
	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *p = &a->plans[c->plans.first + i];
		if (p->start != CAL_NONE && p->start <= on && (p->end == CAL_NONE || p->end > on))
			return "cp_plan";
	}
	for (uint32_t i = 0; i < c->care_periods.count; i++) {
		const struct m_care_period *p = &a->care_periods[c->care_periods.first + i];
		if (p->start != CAL_NONE && p->start <= on && (p->end == CAL_NONE || p->end > on))
			return "looked_after";
	}
	return NULL;
}
