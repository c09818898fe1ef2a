/*
 * demo_emit.c: one child's view of an episode, written as rows.
 *
 * The episode's dates belong to the family (demo_case.c); each child in it gets its own
 * referral, assessment, strategy discussions, enquiries, conferences and plan, on those
 * dates, as the census counts children and not families. A child can leave an episode
 * before the others: by dying (rare; the plan ends that day and the episode closes RC2,
 * with the death date on record, 8585Q) or by turning 18 (the plan ends, reason age_18).
 * Such an exit always falls after the assessment and any enquiry are concluded (see
 * d_family_kids_at), so leaving only cuts plans, visits and meetings short.
 *
 * Nothing that happens after the end of the history is written: an episode is still open,
 * a review not yet held. What is already booked then is (demo_morning.c): the initial or
 * transfer-in conference an open enquiry or notification is heading for, and the next
 * review of a plan still open, each on the day it is booked for, with nothing of what
 * only happens once it sits.
 */
#include "demo/demo_int.h"

#include <string.h>

cal_date
d_cut(const struct d_world *w, cal_date d)
{
	return d != CAL_NONE && d <= w->end ? d : CAL_NONE;
}

cal_date
d_kid_exit(const struct d_family *f, const struct d_case *c, int kid)
{
	const struct d_kid *k = &f->kid[kid];
	cal_date adult;

	if (c->dying_kid == kid)
		return k->death;
	if (k->birth > c->referral)
		return CAL_NONE;
	adult = d_kid_adult(k);
	return adult < c->closure ? adult : CAL_NONE;
}

int
d_kid_touches(const struct d_family *f, const struct d_case *c, int kid, cal_date from,
    cal_date to)
{
	cal_date x = d_kid_exit(f, c, kid);
	cal_date close = x != CAL_NONE ? x : c->closure;

	return c->referral <= to && close >= from;
}

/* Whether something dated d happened to this child: by the end, and before any exit. */
static int
happened(const struct d_world *w, cal_date d, cal_date exit_date)
{
	return d != CAL_NONE && d <= w->end && (exit_date == CAL_NONE || d < exit_date);
}

/* Who holds the episode at its end, or at the end of the history while it is open: the
 * child protection worker once there is a plan, the child in need worker once it is in
 * need (after its assessment and first enquiry, or from the start of an episode that
 * escalated), else the assessing worker. */
static int64_t
holder(const struct d_world *w, const struct d_case *c)
{
	cal_date in_need = c->ns47 && c->s47[0].concluded > c->a_auth ? c->s47[0].concluded :
	    c->a_auth;

	if (c->cp_sw && c->plan_start <= w->end)
		return c->cp_sw;
	if (c->cin_sw && (c->escalated || in_need <= w->end))
		return c->cin_sw;
	return c->sw;
}

/*
 * The day a manager signs a decision made on d (record id): a working day or two later.
 * CAL_NONE, not yet signed, when that is after the end of the history, and for half of
 * the decisions of its last twenty working days, so that the demo's managers have a list
 * waiting for them. The lag comes from the id rather than a random stream, so that
 * signing moves no other draw of the demo.
 */
static cal_date
signed_on(const struct d_world *w, cal_date d, int64_t id)
{
	cal_date s;

	if (d == CAL_NONE || d > w->end)
		return CAL_NONE;
	s = cal_add_working_days(d, 1 + (int)(id % 2));
	if (s > w->end || (id % 2 == 0 && cal_working_days_between(d, w->end) < 20))
		return CAL_NONE;
	return s;
}

/* Writes a decision's signature: its date and the manager who gave it. */
static void
signature(struct d_rows *rw, struct field *row, enum d_col date, enum d_col by, cal_date on,
    int64_t manager)
{
	if (on == CAL_NONE)
		return;
	d_date(rw, row, date, on);
	d_ref(rw, row, by, manager);
}

static void
contact(struct d_world *w, const struct d_kid *k, cal_date on, const char *source,
    const char *outcome, int64_t *id)
{
	struct field *row = d_row(&w->rows, T_CONTACTS, id);

	d_ref(&w->rows, row, CT_CHILD, k->id);
	d_date(&w->rows, row, CT_RECEIVED, on);
	d_text(&w->rows, row, CT_SOURCE, source);
	d_text(&w->rows, row, CT_OUTCOME, outcome);
}

/* The contact that became the referral, and now and then an earlier one that did not
 * (advice, early help) after which the family was referred months later. Drawn from the
 * episode's stream, so siblings share them. */
static int64_t
contacts(struct d_world *w, const struct d_family *f, int ci, const struct d_kid *k)
{
	static const struct d_weight outcomes[] = {
		{"early_help", 50}, {"advice", 35}, {"no_further_action", 15},
	};
	const struct d_case *c = &f->cases[ci];
	struct rng r = rng_stream(w->o->seed, 0x434f4e54ULL + (uint64_t)f->number, (uint64_t)ci);
	cal_date before = cal_add_days(c->referral, -rng_range(&r, 30, 180));
	cal_date prev = ci ? f->cases[ci - 1].closure : CAL_NONE;
	int64_t id;

	if (rng_chance(&r, 0.15) && (prev == CAL_NONE || before > prev) && before >= k->birth)
		contact(w, k, before, c->source, rng_code(&r, outcomes, D_N(outcomes)), NULL);
	contact(w, k, c->referral, c->source, "referral", &id);
	return id;
}

static int64_t
referral(struct d_world *w, const struct d_family *f, int ci, const struct d_kid *k, cal_date x,
    int died)
{
	struct d_rows *rw = &w->rows;
	const struct d_case *c = &f->cases[ci];
	int64_t id, from = contacts(w, f, ci, k);
	struct field *row = d_row(rw, T_REFERRALS, &id);
	cal_date close = d_cut(w, x != CAL_NONE ? x : c->closure);

	d_ref(rw, row, RF_CHILD, k->id);
	d_ref(rw, row, RF_CONTACT, from);
	d_date(rw, row, RF_RECEIVED, c->referral);
	d_text(rw, row, RF_SOURCE, c->source);
	d_text(rw, row, RF_NEED, c->nfa ? NULL : c->need);
	d_date(rw, row, RF_DECISION, d_cut(w, c->decision));
	d_bool(rw, row, RF_NFA, c->nfa);
	d_ref(rw, row, RF_TEAM, d_team_of(w, holder(w, c)));
	d_ref(rw, row, RF_SW, holder(w, c));
	d_date(rw, row, RF_CLOSURE, close);
	if (c->nfa)
		signature(rw, row, RF_NFA_AUTH, RF_NFA_BY, signed_on(w, d_cut(w, c->decision), id),
		    d_manager_of(w, holder(w, c)));
	/* Leaving at 18: disabled young people move on to adult social care (RC6). */
	if (close != CAL_NONE)
		d_text(rw, row, RF_REASON, x == CAL_NONE ? c->reason : died ? "RC2" :
		    strcmp(k->disabilities, "NONE") != 0 ? "RC6" : "RC7");
	w->referrals++;
	return id;
}

static void
assessment(struct d_world *w, const struct d_case *c, const struct d_kid *k, int64_t ref,
    int second, struct rng *kr)
{
	struct d_rows *rw = &w->rows;
	int64_t id, sw = second ? c->cin_sw : c->sw;
	struct field *row = d_row(rw, T_ASSESSMENTS, &id);
	cal_date start = second ? c->a2_start : c->a_start;
	cal_date planned = second ? c->a2_auth : c->a_auth, auth = d_cut(w, planned);
	/* The social worker sends it to the manager a working day or two before it is
	 * authorised (never before it starts); one authorised after the end of the history
	 * is, at its end, waiting for the manager. */
	cal_date sent = planned == CAL_NONE ? CAL_NONE :
	    cal_add_working_days(planned, -1 - (int)(id % 2));

	d_ref(rw, row, AS_CHILD, k->id);
	d_ref(rw, row, AS_REFERRAL, ref);
	d_date(rw, row, AS_START, start);
	d_date(rw, row, AS_AUTHORISED, auth);
	/* Factors belong to a completed assessment only (8614). */
	if (auth != CAL_NONE)
		d_textf(rw, row, AS_FACTORS, "%s", c->factors);
	d_ref(rw, row, AS_SW, sw);
	if (auth != CAL_NONE)
		d_ref(rw, row, AS_BY, d_manager_of(w, sw));
	d_bool(rw, row, AS_SEEN, k->birth <= start && rng_chance(kr, 0.97));
	if (sent != CAL_NONE)
		d_date(rw, row, AS_SUBMITTED, d_cut(w, sent < start ? start : sent));
}

/* A strategy discussion and the enquiry it started; returns the enquiry's id. */
static int64_t
enquiry(struct d_world *w, const struct d_case *c, const struct d_s47 *s,
    const struct d_kid *k, int64_t ref, cal_date x, struct rng *kr)
{
	struct d_rows *rw = &w->rows;
	int64_t sd, id;
	struct field *row = d_row(rw, T_STRATEGY, &sd);
	int concluded = happened(w, s->concluded, x);
	int age = d_age(k, s->strategy);

	d_ref(rw, row, SD_CHILD, k->id);
	d_ref(rw, row, SD_REFERRAL, ref);
	d_date(rw, row, SD_HELD, s->strategy);
	d_bool(rw, row, SD_POLICE, rng_chance(kr, 0.95));
	d_bool(rw, row, SD_HEALTH, rng_chance(kr, age < 5 ? 0.9 : 0.6));
	d_bool(rw, row, SD_EDUCATION, age >= 4 && rng_chance(kr, 0.75));
	d_text(rw, row, SD_OUTCOME, "section_47");
	row = d_row(rw, T_S47, &id);
	d_ref(rw, row, S4_CHILD, k->id);
	d_ref(rw, row, S4_REFERRAL, ref);
	d_ref(rw, row, S4_STRATEGY, sd);
	d_date(rw, row, S4_START, s->start);
	d_date(rw, row, S4_TARGET, d_cut(w, s->target));
	d_date(rw, row, S4_COMPLETED, concluded ? s->concluded : CAL_NONE);
	if (concluded)
		d_text(rw, row, S4_OUTCOME, s->icpc ? "conference" :
		    (c->ncin || c->ns47 > 1) ? "child_in_need" : "not_substantiated");
	/* An enquiry concluded without a conference says so (8868); an open one does not. */
	d_bool(rw, row, S4_NOT_REQUIRED, concluded && !s->icpc);
	if (concluded)
		signature(rw, row, S4_AUTH, S4_BY, signed_on(w, s->concluded, id),
		    d_manager_of(w, holder(w, c)));
	return id;
}

static int
category_at(const struct d_case *c, int reviews_held)
{
	return c->cat_change && reviews_held >= c->cat_change ? c->latest_cat : c->initial_cat;
}

struct view {			/* one child's part in one episode */
	int ci, kid;
	cal_date exit;			/* the child's own end of it, by the end of the history */
	cal_date gone;			/* the same, even when it comes later */
	int64_t ref, plan_id, start_conf;
};

/* Whether a conference booked for d, after the end, is still to come for this child
 * (a young person turning 18 first has none). */
static int
to_come(const struct view *v, cal_date d)
{
	return v->exit == CAL_NONE && (v->gone == CAL_NONE || d < v->gone);
}

/* The reviews of the plan this child attended up to the end; returns the last one's id
 * when it ended the plan. *held counts them. */
static int64_t
reviews(struct d_world *w, struct d_family *f, const struct d_case *c, const struct view *v,
    int *held)
{
	int64_t id = 0;

	*held = 0;
	for (int i = 0; i < c->nreviews && happened(w, c->review[i], v->exit); i++) {
		struct d_meet m = {D_REVIEW, v->ci, 3 + i, c->review[i], c->review[i], v->ref, 0,
		    v->plan_id, 0, category_at(c, i + 1), 0};
		m.decision = i == c->nreviews - 1 && c->end_at_review;
		m.earliest = i ? c->review[i - 1] : c->plan_start;
		id = d_emit_conference(w, f, c, v->kid, &m);
		*held = i + 1;
		if (!m.decision)
			id = 0;
	}
	return id;
}

static void
plan(struct d_world *w, struct d_family *f, const struct d_case *c, const struct view *v)
{
	struct d_rows *rw = &w->rows;
	struct d_kid *k = &f->kid[v->kid];
	int held, cut_short = v->exit != CAL_NONE && v->exit < c->plan_end;
	int64_t end_conf = reviews(w, f, c, v, &held);
	cal_date end = d_cut(w, cut_short ? v->exit : c->plan_end);
	cal_date next = end == CAL_NONE ? d_next_review(w, c) : CAL_NONE;
	struct field *row = d_row_id(rw, T_PLANS, v->plan_id);

	d_ref(rw, row, PL_CHILD, k->id);
	d_ref(rw, row, PL_REFERRAL, v->ref);
	d_ref(rw, row, PL_START_CONF, v->start_conf);
	d_date(rw, row, PL_START, c->plan_start);
	d_text(rw, row, PL_INITIAL, d_categories[c->initial_cat]);
	d_text(rw, row, PL_LATEST, d_categories[category_at(c, held)]);
	/* A plan in the area the family came from counts as a previous plan. */
	d_int(rw, row, PL_PREVIOUS, k->plans + c->transfer_in);
	if (c->cg_interval)
		d_int(rw, row, PL_INTERVAL, c->cg_interval);
	d_ref(rw, row, PL_KEY_WORKER, c->cp_sw);
	d_date(rw, row, PL_END, end);
	if (end != CAL_NONE) {
		d_text(rw, row, PL_END_REASON, cut_short ? (c->dying_kid == v->kid ? "died" :
		    "age_18") : c->end_reason);
		d_ref(rw, row, PL_END_CONF, cut_short ? 0 : end_conf);
		signature(rw, row, PL_END_AUTH, PL_END_BY, signed_on(w, end, v->plan_id),
		    d_manager_of(w, holder(w, c)));
	}
	k->plans++;
	w->plans++;
	if (next != CAL_NONE && to_come(v, next)) {
		struct d_meet m = {D_REVIEW, v->ci, 3 + held, next, held ? c->review[held - 1] :
		    c->plan_start, v->ref, 0, v->plan_id, 0, -1, 1};
		d_emit_conference(w, f, c, v->kid, &m);
	}
	end = end != CAL_NONE ? end : cal_add_days(w->end, 1);
	d_emit_core_groups(w, f, c, v->ci, v->kid, v->plan_id, end);
	d_emit_visits(w, f, c, v->ci, v->kid, v->plan_id, end);
}

static void
enquiries(struct d_world *w, struct d_family *f, const struct d_case *c, struct view *v,
    struct rng *kr)
{
	const struct d_kid *k = &f->kid[v->kid];

	for (int i = 0; i < c->ns47; i++) {
		const struct d_s47 *s = &c->s47[i];
		int64_t s47;
		if (!happened(w, s->strategy, v->exit))
			continue;
		s47 = enquiry(w, c, s, k, v->ref, v->exit, kr);
		if (s->icpc && happened(w, s->concluded, v->exit)) {
			int starts = s->plan && v->plan_id;
			struct d_meet m = {D_ICPC, v->ci, i, s->concluded, s->start, v->ref, s47,
			    starts ? v->plan_id : 0, s->plan, s->plan ? c->initial_cat : -1, 0};
			int64_t id = d_emit_conference(w, f, c, v->kid, &m);
			if (starts)
				v->start_conf = id;
		} else if (s->icpc && s->concluded > w->end && to_come(v, s->concluded)) {
			struct d_meet m = {D_ICPC, v->ci, i, s->concluded, s->start, v->ref, s47,
			    0, 0, -1, 1};
			d_emit_conference(w, f, c, v->kid, &m);
		}
	}
	if (c->tconf != CAL_NONE && happened(w, c->tconf, v->exit)) {
		struct d_meet m = {D_TRANSFER, v->ci, 2, c->tconf, c->referral, v->ref, 0,
		    v->plan_id, 1, c->initial_cat, 0};
		v->start_conf = d_emit_conference(w, f, c, v->kid, &m);
	} else if (c->tconf != CAL_NONE && c->tconf > w->end && to_come(v, c->tconf)) {
		struct d_meet m = {D_TRANSFER, v->ci, 2, c->tconf, c->referral, v->ref, 0, 0, 0,
		    -1, 1};
		d_emit_conference(w, f, c, v->kid, &m);
	}
}

static void
cin_and_care(struct d_world *w, const struct d_case *c, const struct d_kid *k,
    const struct view *v)
{
	struct d_rows *rw = &w->rows;

	for (int i = 0; i < c->ncin; i++) {
		cal_date end = c->cin_end[i];
		struct field *row;
		if (!happened(w, c->cin_start[i], v->exit))
			continue;
		if (v->exit != CAL_NONE && v->exit < end)
			end = v->exit;
		row = d_row(rw, T_CIN_PLANS, NULL);
		d_ref(rw, row, CP_CHILD, k->id);
		d_ref(rw, row, CP_REFERRAL, v->ref);
		d_date(rw, row, CP_START, c->cin_start[i]);
		d_date(rw, row, CP_END, d_cut(w, end));
	}
	if (happened(w, c->care_start, v->exit)) {
		cal_date end = v->exit != CAL_NONE && v->exit < c->care_end ? v->exit : c->care_end;
		struct field *row = d_row(rw, T_CARE, NULL);
		d_ref(rw, row, CC_CHILD, k->id);
		d_ref(rw, row, CC_REFERRAL, v->ref);
		d_date(rw, row, CC_START, c->care_start);
		d_date(rw, row, CC_END, d_cut(w, end));
		d_text(rw, row, CC_LEGAL, c->legal);
	}
}

void
d_emit_case(struct d_world *w, struct d_family *f, int ci, int kid)
{
	const struct d_case *c = &f->cases[ci];
	const struct d_kid *k = &f->kid[kid];
	struct rng kr = rng_stream(w->o->seed, 0x4b494400ULL + (uint64_t)f->number,
	    (uint64_t)ci * 8 + (uint64_t)kid);
	struct view v;

	memset(&v, 0, sizeof v);
	v.ci = ci;
	v.kid = kid;
	v.exit = v.gone = d_kid_exit(f, c, kid);
	if (v.exit != CAL_NONE && v.exit > w->end)
		v.exit = CAL_NONE;
	v.ref = referral(w, f, ci, k, v.exit, c->dying_kid == kid);
	if (c->a_start != CAL_NONE && happened(w, c->a_start, v.exit))
		assessment(w, c, k, v.ref, 0, &kr);
	if (c->a2_start != CAL_NONE && happened(w, c->a2_start, v.exit))
		assessment(w, c, k, v.ref, 1, &kr);
	if (c->plan_start != CAL_NONE && happened(w, c->plan_start, v.exit))
		v.plan_id = d_reserve(&w->rows, T_PLANS);
	enquiries(w, f, c, &v, &kr);
	if (v.plan_id)
		plan(w, f, c, &v);
	cin_and_care(w, c, k, &v);
}

void
d_count_case(struct d_world *w, struct d_family *f, int ci, int kid)
{
	const struct d_case *c = &f->cases[ci];
	cal_date x = d_kid_exit(f, c, kid);

	if (c->plan_start != CAL_NONE && happened(w, c->plan_start, x))
		f->kid[kid].plans++;
}
