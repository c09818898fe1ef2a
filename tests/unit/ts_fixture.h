/*
 * ts_fixture.h: building small areas of records in C for the timescale tests. Each add_*
 * appends one record with every date "none" and every flag off, and returns it to be
 * filled in; call fx_done() once every record is in (it sorts and links the area).
 */
#ifndef SG_TS_FIXTURE_H
#define SG_TS_FIXTURE_H
#include <stdlib.h>
#include <string.h>

#include "base/mem.h"
#include "base/str.h"
#include "model/model.h"
#include "timescales/ts.h"

/* A date from YYYY-MM-DD; a typo in a test is a failed test, not a silent CAL_NONE. */
static inline cal_date
D(const char *s)
{
	cal_date d;

	if (!cal_parse(s, &d)) {
		printf("bad date in test: %s\n", s);
		abort();
	}
	return d;
}

#define FX_PUSH(arr) (VEC_GROW(a->arr, a->n_##arr, a->cap_##arr), \
	memset(&a->arr[a->n_##arr], 0, sizeof a->arr[0]), &a->arr[a->n_##arr++])

static inline struct m_child *
add_child(struct area *a, int64_t id, const char *la_id, const char *birth)
{
	struct m_child *c = FX_PUSH(children);

	c->id = id;
	str_copy(c->la_child_id, sizeof c->la_child_id, la_id);
	c->birth = birth ? D(birth) : CAL_NONE;
	c->expected_birth = c->death = CAL_NONE;
	c->sex = 'U';
	return c;
}

static inline struct m_referral *
add_referral(struct area *a, int64_t id, int64_t child, const char *received)
{
	struct m_referral *r = FX_PUSH(referrals);

	r->id = id;
	r->child_id = child;
	r->received = D(received);
	r->decision = r->closure = r->nfa_authorised = CAL_NONE;
	return r;
}

static inline struct m_assessment *
add_assessment(struct area *a, int64_t id, int64_t child, int64_t referral, const char *start)
{
	struct m_assessment *x = FX_PUSH(assessments);

	x->id = id;
	x->child_id = child;
	x->referral_id = referral;
	x->start = D(start);
	x->internal_review = x->authorised = x->submitted = CAL_NONE;
	return x;
}

static inline struct m_strategy *
add_strategy(struct area *a, int64_t id, int64_t child, int64_t referral, const char *held)
{
	struct m_strategy *x = FX_PUSH(strategies);

	x->id = id;
	x->child_id = child;
	x->referral_id = referral;
	x->held = D(held);
	return x;
}

static inline struct m_s47 *
add_s47(struct area *a, int64_t id, int64_t child, int64_t referral, int64_t strategy,
    const char *start)
{
	struct m_s47 *x = FX_PUSH(s47s);

	x->id = id;
	x->child_id = child;
	x->referral_id = referral;
	x->strategy_id = strategy;
	x->start = D(start);
	x->icpc_target = x->completed = x->outcome_authorised = CAL_NONE;
	return x;
}

static inline struct m_conference *
add_conference(struct area *a, int64_t id, int64_t child, int64_t referral,
    enum m_conf_kind kind, const char *scheduled, const char *held)
{
	struct m_conference *x = FX_PUSH(conferences);

	x->id = id;
	x->child_id = child;
	x->referral_id = referral;
	x->kind = kind;
	x->scheduled = D(scheduled);
	x->held = held ? D(held) : CAL_NONE;
	x->rescheduled_from = x->report_to_chair = x->report_to_parents = CAL_NONE;
	x->plan_circulated = x->minutes_circulated = x->cancelled = CAL_NONE;
	return x;
}

/* The chair's quality form on a conference (migration_qa), completed on `completed`. */
static inline struct m_quality *
add_quality(struct area *a, int64_t id, int64_t child, int64_t conference,
    const char *completed)
{
	struct m_quality *x = FX_PUSH(quality);

	x->id = id;
	x->child_id = child;
	x->conference_id = conference;
	x->completed = D(completed);
	str_copy(x->rating, sizeof x->rating, "good");
	return x;
}

static inline struct m_invitee *
add_invitee(struct area *a, int64_t id, int64_t child, int64_t conference, int64_t agency,
    int64_t professional)
{
	struct m_invitee *x = FX_PUSH(invitees);

	x->id = id;
	x->child_id = child;
	x->conference_id = conference;
	x->agency_id = agency;
	x->professional_id = professional;
	x->invited = x->report = x->replied = CAL_NONE;
	x->reply_attending = M_UNKNOWN;
	x->report_requested = 1;
	return x;
}

static inline struct m_plan *
add_plan(struct area *a, int64_t id, int64_t child, int64_t referral, int64_t conference,
    const char *start)
{
	struct m_plan *x = FX_PUSH(plans);

	x->id = id;
	x->child_id = child;
	x->referral_id = referral;
	x->start_conference_id = conference;
	x->start = D(start);
	x->end = x->end_authorised = CAL_NONE;
	str_copy(x->initial_category, sizeof x->initial_category, "NEG");
	str_copy(x->latest_category, sizeof x->latest_category, "NEG");
	return x;
}

static inline struct m_core_group *
add_core_group(struct area *a, int64_t id, int64_t child, int64_t plan, const char *held)
{
	struct m_core_group *x = FX_PUSH(core_groups);

	x->id = id;
	x->child_id = child;
	x->plan_id = plan;
	x->held = x->scheduled = held ? D(held) : CAL_NONE;
	return x;
}

static inline struct m_visit *
add_visit(struct area *a, int64_t id, int64_t child, int64_t plan, const char *date, int seen)
{
	struct m_visit *x = FX_PUSH(visits);

	x->id = id;
	x->child_id = child;
	x->plan_id = plan;
	x->date = D(date);
	x->seen = (unsigned char)seen;
	return x;
}

static inline struct m_professional *
add_professional(struct area *a, int64_t id, int64_t team, const char *given, const char *family)
{
	struct m_professional *x = FX_PUSH(professionals);

	x->id = id;
	x->agency_id = 1;
	x->team_id = team;
	x->given_name = area_strdup(a, given);
	x->family_name = area_strdup(a, family);
	str_copy(x->role, sizeof x->role, "social_worker");
	return x;
}

static inline void
add_setting(struct area *a, const char *key, const char *value, const char *from)
{
	struct m_setting *x = FX_PUSH(settings);

	x->key = area_strdup(a, key);
	x->value = area_strdup(a, value);
	x->effective_from = D(from);
}

static inline void
fx_done(struct area *a)
{
	area_index(a);
}

/* The n-th clock (0-based) of kind among v[0..n), or NULL. */
static inline const struct ts_clock *
clock_of(const struct ts_clocks *v, enum ts_kind kind, int nth)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->v[i].kind == kind && nth-- == 0)
			return &v->v[i];
	return NULL;
}

/* Computes child id's clocks as of date into out, with the area's own settings. */
static inline size_t
clocks_as_of(const struct area *a, int64_t child, const char *as_of, struct ts_clocks *out)
{
	struct ts_config *cfg = ts_config_new(a);
	size_t n = ts_child(a, cfg, m_child_by_id(a, child), D(as_of), out);

	ts_config_free(cfg);
	return n;
}

/* Compares two dates, printing both as YYYY-MM-DD when they differ. */
#define CHECK_DATE(got, want)                                                        \
	do {                                                                         \
		cal_date g_ = (got), w_ = (want);                                    \
		h_checks++;                                                          \
		if (g_ != w_) {                                                      \
			char gs_[11], ws_[11];                                       \
			cal_format(g_, gs_);                                         \
			cal_format(w_, ws_);                                         \
			h_failed++;                                                  \
			h_test_failed = 1;                                           \
			printf("  %s:%d: %s is %s, expected %s\n", __FILE__, __LINE__, \
			    #got, *gs_ ? gs_ : "none", *ws_ ? ws_ : "none");          \
		}                                                                    \
	} while (0)

/* Checks a clock's target, actual (NULL: none) and state; a missing clock fails. */
#define CHECK_CLOCK(k, tgt, act, st)                                                 \
	do {                                                                         \
		const struct ts_clock *k_ = (k);                                     \
		const char *act_ = (act);                                            \
		CHECK(k_ != NULL);                                                   \
		if (!k_)                                                             \
			break;                                                       \
		CHECK_DATE(k_->target, D(tgt));                                      \
		CHECK_DATE(k_->actual, act_ ? D(act_) : CAL_NONE);                   \
		CHECK_STR(ts_state_name(k_->state), ts_state_name(st));              \
	} while (0)

#endif
