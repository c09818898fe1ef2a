/*
 * demo_escalation.c: the demo's escalations (professional disagreements, issue 11), after
 * the area is written, at the rates of seed 001: Haringey's child protection advisers
 * formally escalated 4 to 5 cases a month in a borough of some 55,000 children, so the
 * demo raises 4.5 a month for each 55,000 of its own child population, over its history.
 * Their categories follow seed 001's count for 2012-13 (child's safety 5, delay 3, social
 * work input around conference 2, quality of practice 3, thresholds 3).
 *
 * Each is raised over a conference held in the history, a few working days after it:
 * mostly by its chair (the seeds' advisers), otherwise by an invited partner's
 * practitioner; it is about the team holding the child's case. Most end at stage 1 (seed
 * 000: "in most instances the matter can be resolved without the need to utilise the
 * formal escalation process"); each stage is answered in 1 to 5 working days four times
 * in five, otherwise late. Those raised near the last day are still open, so the demo's
 * managers and chairs have stages to answer on the first morning. Records are written
 * through the record layer, with no audit entry of their own, as the demo's others.
 */
#include "demo/demo.h"
#include "demo/demo_int.h"

#include <stdio.h>
#include <string.h>

#include "base/mem.h"
#include "records/rec.h"
#include "store/store.h"

static const struct d_weight categories[] = {
	{"child_safety", 5}, {"delay", 3}, {"conference_input", 2}, {"practice_quality", 3},
	{"thresholds", 3},
};
static const struct d_weight stages[] = {{"1", 60}, {"2", 25}, {"3", 10}, {"4", 5}};
static const struct d_weight outcomes[] = {{"action_agreed", 65}, {"explained", 25},
	{"withdrawn", 10}};

struct esc_run {
	struct store *st;
	const struct rec_actor *who;
	const struct area *a;
	struct rng rng;
	cal_date end;
	struct rec_errors e;
};

static const char *
iso(cal_date d, char out[11])
{
	cal_format(d, out);
	return out;
}

static int64_t
team_manager(const struct area *a, int64_t team)
{
	for (size_t i = 0; team && i < a->n_professionals; i++)
		if (a->professionals[i].team_id == team &&
		    strcmp(a->professionals[i].role, "team_manager") == 0)
			return a->professionals[i].id;
	return 0;
}

/* One stage as the demo plays it: opened, and answered (CAL_NONE: not by the end). */
struct d_stage {
	cal_date opened, answered;
};

/* Plays the escalation raised on day `on` up to its top stage: the stages in s, and the
 * day it was resolved (CAL_NONE: still open). How many stages were opened. */
static int
play(struct esc_run *x, cal_date on, int top, struct d_stage *s, cal_date *resolved)
{
	int n = 0;

	*resolved = CAL_NONE;
	while (n < top) {
		int days = rng_chance(&x->rng, 0.8) ? rng_range(&x->rng, 1, 5) :
		    rng_range(&x->rng, 6, 12);
		s[n].opened = on;
		s[n].answered = cal_add_working_days(on, days);
		if (s[n].answered > x->end) {
			s[n].answered = CAL_NONE;
			return n + 1;	/* still waiting for the answer */
		}
		on = cal_add_working_days(s[n++].answered, rng_range(&x->rng, 1, 3));
		if (on > x->end)
			return n;
	}
	*resolved = on;
	return n;
}

static int
stage(struct esc_run *x, int64_t child, int64_t esc, int n, const struct d_stage *s,
    int64_t to)
{
	const struct table *t = records_table("escalation_stages");
	struct field row[10];
	char o[11], d[11];

	memset(row, 0, sizeof row);
	row[records_col_index(t, "child_id")] = (struct field){1, child, NULL};
	row[records_col_index(t, "escalation_id")] = (struct field){1, esc, NULL};
	row[records_col_index(t, "stage")] = (struct field){1, n, NULL};
	row[records_col_index(t, "opened_date")] = (struct field){1, 0, iso(s->opened, o)};
	if (to)
		row[records_col_index(t, "responder_id")] = (struct field){1, to, NULL};
	if (s->answered != CAL_NONE) {
		row[records_col_index(t, "response_date")] = (struct field){1, 0,
		    iso(s->answered, d)};
		row[records_col_index(t, "response")] = (struct field){1, 0, n < 4 ?
		    "Discussed with the worker; actions agreed and dates set" :
		    "Considered by the assistant director"};
	}
	rec_errors_clear(&x->e);
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 : 0;
}

/* Who raised it over conference f: its chair, or an invited partner's practitioner. */
static void
raiser(struct esc_run *x, const struct m_conference *f, int64_t *by, int64_t *agency)
{
	const struct m_child *c = m_child_by_id(x->a, f->child_id);
	const struct m_professional *p;

	*by = f->chair_id;
	if (c && rng_chance(&x->rng, 0.3))
		for (uint32_t i = 0; i < c->invitees.count; i++) {
			const struct m_invitee *v = &x->a->invitees[c->invitees.first + i];
			if (v->conference_id == f->id && v->professional_id)
				*by = v->professional_id;
		}
	p = m_professional(x->a, *by);
	*agency = p ? p->agency_id : 0;
}

/* The escalation over conference f raised on day `on`, about team: its id, 0 when no one
 * is recorded to raise it, or -1. */
static int64_t
escalation(struct esc_run *x, const struct m_conference *f, cal_date on, int64_t team,
    cal_date resolved, const char *outcome)
{
	const struct table *t = records_table("escalations");
	const struct m_team *tm = m_team(x->a, team);
	struct field row[16];
	int64_t by, agency;
	char d[11], r[11];

	raiser(x, f, &by, &agency);
	if (!by || !agency || !tm)
		return 0;
	memset(row, 0, sizeof row);
	row[records_col_index(t, "child_id")] = (struct field){1, f->child_id, NULL};
	row[records_col_index(t, "conference_id")] = (struct field){1, f->id, NULL};
	row[records_col_index(t, "raised_date")] = (struct field){1, 0, iso(on, d)};
	row[records_col_index(t, "raised_by_id")] = (struct field){1, by, NULL};
	row[records_col_index(t, "raised_by_agency_id")] = (struct field){1, agency, NULL};
	row[records_col_index(t, "about_agency_id")] = (struct field){1, tm->agency_id, NULL};
	row[records_col_index(t, "about_team_id")] = (struct field){1, team, NULL};
	row[records_col_index(t, "category")] = (struct field){1, 0,
	    rng_code(&x->rng, categories, D_N(categories))};
	row[records_col_index(t, "concern")] = (struct field){1, 0,
	    "Raised with the team manager after the conference"};
	if (resolved != CAL_NONE) {
		row[records_col_index(t, "resolved_date")] = (struct field){1, 0, iso(resolved, r)};
		row[records_col_index(t, "outcome")] = (struct field){1, 0, outcome};
	}
	rec_errors_clear(&x->e);
	return rec_write_as(x->st, x->who, t, row, NULL, REC_NO_CREATE_ENTRY, &x->e) < 0 ? -1 :
	    row[0].i;
}

/* One escalation over conference f: raised, its stages, perhaps resolved. 0, or -1. */
static int
one(struct esc_run *x, const struct m_conference *f)
{
	const struct m_referral *ref = m_find_referral(x->a, m_child_by_id(x->a, f->child_id),
	    f->referral_id);
	int top = rng_code(&x->rng, stages, D_N(stages))[0] - '0', n;
	cal_date on = cal_add_working_days(f->held, rng_range(&x->rng, 1, 15)), resolved;
	const char *outcome = rng_code(&x->rng, outcomes, D_N(outcomes));
	struct d_stage s[4];
	int64_t id;

	if (!ref || on > x->end)
		return 0;
	n = play(x, on, top, s, &resolved);
	if (top == 4 && rng_chance(&x->rng, 0.4))
		outcome = "unresolved";
	if ((id = escalation(x, f, on, ref->team_id, resolved, outcome)) <= 0)
		return id < 0 ? -1 : 0;
	for (int k = 0; k < n; k++)
		if (stage(x, f->child_id, id, k + 1, &s[k], k == 0 ?
		    team_manager(x->a, ref->team_id) : 0) < 0)
			return -1;
	return 0;
}

/* The conferences held in [start, end], in store order. */
static size_t
held(const struct area *a, cal_date start, cal_date end, uint32_t *out)
{
	size_t n = 0;

	for (size_t i = 0; i < a->n_conferences; i++)
		if (a->conferences[i].held != CAL_NONE && a->conferences[i].held >= start &&
		    a->conferences[i].held <= end && a->conferences[i].chair_id)
			out[n++] = (uint32_t)i;
	return n;
}

static int
run(struct esc_run *x, cal_date start, long population)
{
	uint32_t *confs = xmalloc((x->a->n_conferences + 1) * sizeof *confs);
	size_t n = held(x->a, start, x->end, confs);
	double months = (x->end - start) / 30.44;
	long want = (long)(months * 4.5 * (double)population / 55000.0 + 0.5);
	int rc = 0;

	for (long k = 0; n && k < want && rc == 0; k++)
		rc = one(x, &x->a->conferences[confs[rng_below(&x->rng, (uint32_t)n)]]);
	xfree(confs);
	return rc;
}

int
demo_escalations(struct store *st, const struct area *a, cal_date start, cal_date end,
    long population, uint64_t seed, const struct rec_actor *who, char *err, size_t errsize)
{
	struct esc_run x = {st, who, a, rng_stream(seed, 11, 1), end, {0}};
	int rc = store_begin(st);

	if (rc == 0)
		rc = run(&x, start, population);
	if (rc == 0)
		rc = store_commit(st);
	if (rc < 0) {
		store_rollback(st);
		snprintf(err, errsize, "cannot make the demo's escalations: %s",
		    x.e.n ? x.e.v[0].message : store_error(st));
	}
	return rc < 0 ? -1 : 0;
}
