/*
 * ts_escalation.c: each stage of an escalation (a professional disagreement, issue 11) is
 * answered within timescale.escalation_stage_working_days (5 by default) of the day it was
 * opened. The duty lapses when the escalation is resolved or taken to the next stage
 * before an answer: missed if that came after the target, not applicable before it.
 *
 * Whoever must answer is the stage's responder (the manager it went to), else a team
 * manager of the team it is about; the team it is about answers for it, so it is on that
 * team manager's list. The person who raised it watches it: they stand in the clock's
 * chair_id, which puts it on their own worklist as a chair's oversight is put on theirs.
 */
#include "timescales/ts_int.h"

#include <string.h>

static const struct m_escalation *
find_escalation(const struct ts_ctx *x, int64_t id)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; i < c->escalations.count; i++) {
		const struct m_escalation *e = &x->a->escalations[c->escalations.first + i];
		if (e->id == id)
			return e;
	}
	return NULL;
}

/* The first team manager of the team, or 0. */
static int64_t
team_manager(const struct area *a, int64_t team_id)
{
	for (size_t i = 0; team_id && i < a->n_professionals; i++)
		if (a->professionals[i].team_id == team_id &&
		    strcmp(a->professionals[i].role, "team_manager") == 0)
			return a->professionals[i].id;
	return 0;
}

/* When the stage's duty ends unanswered: the escalation resolved, or a later stage opened. */
static cal_date
lapses(const struct ts_ctx *x, const struct m_escalation *e, const struct m_escalation_stage *s)
{
	const struct m_child *c = x->c;
	cal_date stop = e->resolved;

	for (uint32_t i = 0; i < c->escalation_stages.count; i++) {
		const struct m_escalation_stage *t =
		    &x->a->escalation_stages[c->escalation_stages.first + i];
		if (t->escalation_id == e->id && t->stage > s->stage && t->opened != CAL_NONE)
			stop = ts_min_date(stop, t->opened);
	}
	return stop;
}

void
ts_escalations(struct ts_ctx *x)
{
	const struct m_child *c = x->c;

	for (uint32_t i = 0; i < c->escalation_stages.count; i++) {
		const struct m_escalation_stage *s =
		    &x->a->escalation_stages[c->escalation_stages.first + i];
		const struct m_escalation *e = find_escalation(x, s->escalation_id);
		struct ts_clock *k;
		int n;
		if (!e || s->opened == CAL_NONE || s->opened > x->as_of)
			continue;
		n = ts_setting_int(x->cfg, TS_ESCALATION_STAGE, s->opened);
		k = ts_push(x, TS_K_ESCALATION_STAGE, s->id, s->opened, ts_after(x, s->opened, n), n);
		k->actual = s->response;
		k->stop = lapses(x, e, s);
		k->actor_id = s->responder_id ? s->responder_id : team_manager(x->a, e->about_team_id);
		k->team_id = e->about_team_id ? e->about_team_id : ts_team_of(x, k->actor_id, 0);
		k->chair_id = e->raised_by_id;
	}
}
