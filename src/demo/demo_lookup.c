/*
 * demo_lookup.c: the demo's hospital lookup, so that the hospital's demo login and the
 * social worker's both have something to see on the first morning.
 *
 * One child on a plan (or, failing that, looked after) is picked, the demo social
 * worker's own where they have one: the hospital's demo user looked them up that morning,
 * so the lookup is on the worker's list, due the next working day, for them to
 * acknowledge. The child's NHS number and date of birth are given back to be printed,
 * for a newcomer to try the lookup themselves. The lookup is a record (records.c
 * health_lookups) written through the record layer, without an audit entry of its own,
 * as the demo's restrictions are.
 */
#include "demo/demo.h"

#include <stdio.h>
#include <string.h>

#include "base/str.h"
#include "records/rec.h"
#include "store/store.h"
#include "store/store_users.h"
#include "timescales/ts.h"

struct first {
	struct store_user u;
	int found;
};

static int
lowest(void *ctx, const struct store_user *u)
{
	struct first *f = ctx;

	if (u->active && (!f->found || u->id < f->u.id)) {
		f->u = *u;
		f->found = 1;
	}
	return 0;
}

/* Whether professional works with c on day `on`: the key worker of an open plan, or the
 * social worker of an open episode. */
static int
works_with(const struct area *a, const struct m_child *c, int64_t professional, cal_date on)
{
	for (uint32_t i = 0; i < c->plans.count; i++) {
		const struct m_plan *p = &a->plans[c->plans.first + i];
		if (p->key_worker_id == professional && (p->end == CAL_NONE || p->end > on))
			return 1;
	}
	for (uint32_t i = 0; i < c->referrals.count; i++) {
		const struct m_referral *r = &a->referrals[c->referrals.first + i];
		if (r->social_worker_id == professional && r->received <= on &&
		    (r->closure == CAL_NONE || r->closure > on))
			return 1;
	}
	return 0;
}

/* The best child to look up: a plan before care, the worker's own before another's. */
static const struct m_child *
pick(const struct area *a, int64_t professional, cal_date on)
{
	const struct m_child *best = NULL;
	int best_score = 0;

	for (size_t i = 0; i < a->n_children; i++) {
		const struct m_child *c = &a->children[i];
		const char *answer;
		int score;
		if (!*c->nhs_number || c->birth == CAL_NONE ||
		    !(answer = ts_lookup_answer(a, c, on)))
			continue;
		score = 1 + (strcmp(answer, "cp_plan") == 0) +
		    2 * (professional && works_with(a, c, professional, on));
		if (score > best_score) {
			best = c;
			best_score = score;
		}
	}
	return best;
}

static int
save(struct store *st, const struct rec_actor *who, const struct m_child *c, int64_t user,
    const char *answer, cal_date on, struct rec_errors *e)
{
	const struct table *t = records_table("health_lookups");
	struct field row[8];
	char day[11];

	cal_format(on, day);
	memset(row, 0, sizeof row);
	row[records_col_index(t, "child_id")] = (struct field){1, c->id, NULL};
	row[records_col_index(t, "lookup_date")] = (struct field){1, 0, day};
	row[records_col_index(t, "user_id")] = (struct field){1, user, NULL};
	row[records_col_index(t, "answer")] = (struct field){1, 0, answer};
	rec_errors_clear(e);
	return rec_write_as(st, who, t, row, NULL, REC_NO_CREATE_ENTRY, e) < 0 ? -1 : 0;
}

int
demo_lookup(struct store *st, const struct area *a, cal_date end,
    const struct rec_actor *who, struct demo_lookup_try *out, char *err, size_t errsize)
{
	struct first health = {0}, worker = {0};
	const struct m_child *c;
	struct rec_errors e;
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (store_user_each(st, "health_lookup", lowest, &health) < 0 ||
	    store_user_each(st, "social_worker", lowest, &worker) < 0) {
		snprintf(err, errsize, "cannot make the demo's lookup: %s", store_error(st));
		return -1;
	}
	c = health.found ? pick(a, worker.found ? worker.u.professional_id : 0, end) : NULL;
	if (c) {
		const char *answer = ts_lookup_answer(a, c, end);
		rc = save(st, who, c, health.u.id, answer, end, &e);
		if (rc < 0)
			snprintf(err, errsize, "cannot make the demo's lookup: %s",
			    e.n ? e.v[0].message : store_error(st));
		str_copy(out->nhs_number, sizeof out->nhs_number, c->nhs_number);
		out->birth = c->birth;
		out->on_plan = strcmp(answer, "cp_plan") == 0;
		out->ours = worker.found && works_with(a, c, worker.u.professional_id, end);
		out->found = rc == 0;
	}
	return rc;
}
