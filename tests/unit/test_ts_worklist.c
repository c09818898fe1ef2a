/*
 * test_ts_worklist.c: the morning worklist: what is overdue and what falls due in the next
 * working days, for the area, a professional, a team or a chair; grouped by sibling group
 * and child, most urgent first.
 *
 * The area, as of Mon 2 Jun 2025, five working days ahead (to Mon 9 Jun):
 *   child 1 (household 1): on a plan since 1 Nov 2023, key worker 50, chair 60. Last visit
 *     Mon 12 May: the next was due Tue 27 May (13-16 May 4, 19-23 9, Mon 26 May holiday,
 *     27 May 10): overdue. The plan passed 12 months (1 Nov 2024) and 18 (1 May 2025).
 *   child 2 (household 1): referred today, Mon 2 Jun, to worker 50: decision due Tue 3 Jun.
 *   child 3 (household 2, recorded as child 2's sibling): referred Mon 3 Mar 2025 to worker
 *     70 (team 7); assessment due Thu 8 May (45 working days: 4-7 Mar 4, ... 28-30 Apr 40
 *     with Easter, 1-2 May 42, Mon 5 May holiday, 6-8 May 45): overdue.
 *   child 4 (no household): referred Thu 1 May to worker 70: decision was due Fri 2 May.
 */
#include "harness.h"
#include "ts_fixture.h"

static struct m_conference *
held_on_time(struct area *a, int64_t id, int64_t child, int64_t referral,
    enum m_conf_kind kind, const char *date)
{
	struct m_conference *f = add_conference(a, id, child, referral, kind, date, date);

	f->chair_id = 60;
	f->report_to_chair = f->report_to_parents = cal_add_days(D(date), -10);
	f->plan_circulated = f->minutes_circulated = D(date);
	str_copy(f->decision, sizeof f->decision, kind == M_REVIEW ? "continue_plan" : "plan");
	add_quality(a, 1000 + id, child, id, date);
	return f;
}

static void
build(struct area *a)
{
	static const char *const reviews[] = {"2024-01-25", "2024-07-20", "2025-01-15",
	    "2025-04-25"};
	struct m_referral *r;
	struct m_plan *p;

	area_init(a);
	add_professional(a, 50, 5, "Sam", "Worker");
	add_professional(a, 60, 6, "Chris", "Chair");
	add_professional(a, 70, 7, "Alex", "Other");
	add_child(a, 1, "C1", "2016-01-01")->household_id = 1;
	r = add_referral(a, 10, 1, "2023-10-01");
	r->decision = D("2023-10-02");
	r->social_worker_id = 50;
	held_on_time(a, 11, 1, 10, M_INITIAL, "2023-11-01");
	p = add_plan(a, 12, 1, 10, 11, "2023-11-01");
	p->key_worker_id = 50;
	for (int i = 0; i < 4; i++)
		held_on_time(a, 13 + i, 1, 10, M_REVIEW, reviews[i])->plan_id = 12;
	add_core_group(a, 17, 1, 12, "2023-11-10");
	add_core_group(a, 18, 1, 12, "2025-05-20");
	add_visit(a, 19, 1, 12, "2025-05-12", 1);
	add_child(a, 2, "C2", "2018-01-01")->household_id = 1;
	add_referral(a, 20, 2, "2025-06-02")->social_worker_id = 50;
	add_child(a, 3, "C3", "2014-01-01")->household_id = 2;
	r = add_referral(a, 30, 3, "2025-03-03");
	r->decision = D("2025-03-03");
	r->social_worker_id = 70;
	add_assessment(a, 31, 3, 30, "2025-03-03");
	VEC_GROW(a->relationships, a->n_relationships, a->cap_relationships);
	a->relationships[a->n_relationships++] = (struct m_relationship){1, 3, 2, 0, "sibling"};
	add_child(a, 4, "C4", "2012-01-01");
	add_referral(a, 40, 4, "2025-05-01")->social_worker_id = 70;
	fx_done(a);
}

static struct ts_worklist
list_for(const struct area *a, struct ts_filter f)
{
	struct ts_config *cfg = ts_config_new(a);
	struct ts_worklist w;

	ts_worklist_build(a, cfg, D("2025-06-02"), 5, &f, &w);
	ts_config_free(cfg);
	return w;
}

static void
sibling_groups(void)
{
	struct area a;
	uint32_t g[4];

	build(&a);
	ts_sibling_groups(&a, g);
	CHECK_INT(g[0], 0);
	CHECK_INT(g[1], 0);
	CHECK_INT(g[2], 0);	/* another household, linked as child 2's sibling */
	CHECK_INT(g[3], 3);
	area_free(&a);
}

/* The whole area: child 1's family first (its earliest target, 1 May, is the oldest), child
 * 1 before child 3 before child 2; then child 4. Only the 18-month flag of child 1's plan. */
static void
whole_area(void)
{
	struct area a;
	struct ts_worklist w;
	static const struct {
		int64_t child;
		enum ts_kind kind;
		const char *target;
		enum ts_state state;
	} want[] = {
		{1, TS_K_PLAN_LENGTH, "2025-05-01", TS_OVERDUE},
		{1, TS_K_VISIT, "2025-05-27", TS_OVERDUE},
		{3, TS_K_ASSESSMENT, "2025-05-08", TS_OVERDUE},
		{2, TS_K_DECISION, "2025-06-03", TS_DUE},
		{4, TS_K_DECISION, "2025-05-02", TS_OVERDUE},
	};

	build(&a);
	w = list_for(&a, (struct ts_filter){0, 0, 0, 0});
	CHECK_INT(w.n, 5);
	CHECK_INT(w.overdue, 4);
	CHECK_INT(w.due, 1);
	CHECK_DATE(w.horizon, D("2025-06-09"));
	for (size_t i = 0; i < w.n && i < 5; i++) {
		CHECK_INT(w.v[i].clock.child_id, want[i].child);
		CHECK_STR(ts_kind_name(w.v[i].clock.kind), ts_kind_name(want[i].kind));
		CHECK_DATE(w.v[i].clock.target, D(want[i].target));
		CHECK_INT(w.v[i].clock.state, want[i].state);
	}
	CHECK_INT(w.v[0].clock.amount, 18);
	CHECK_INT(w.v[0].group, w.v[3].group);
	ts_worklist_free(&w);
	area_free(&a);
}

/* A worker's list is what they must do; a chair's is what they oversee (and must do); a
 * team's is its workers'. */
static void
filters(void)
{
	struct area a;
	struct ts_worklist w;

	build(&a);
	w = list_for(&a, (struct ts_filter){50, 0, 0, 0});
	CHECK_INT(w.n, 2);
	CHECK_INT(w.v[0].clock.kind, TS_K_VISIT);
	CHECK_INT(w.v[1].clock.kind, TS_K_DECISION);
	ts_worklist_free(&w);
	w = list_for(&a, (struct ts_filter){0, 0, 60, 0});
	CHECK_INT(w.n, 2);
	CHECK_INT(w.v[0].clock.kind, TS_K_PLAN_LENGTH);
	CHECK_INT(w.v[0].clock.actor_id, 60);
	CHECK_INT(w.v[1].clock.actor_id, 50);
	ts_worklist_free(&w);
	w = list_for(&a, (struct ts_filter){60, 0, 0, 0});
	CHECK_INT(w.n, 2);
	ts_worklist_free(&w);
	/* Team 7's list: child 4 (due 2 May) now comes before child 3's family (8 May). */
	w = list_for(&a, (struct ts_filter){0, 7, 0, 0});
	CHECK_INT(w.n, 2);
	CHECK_INT(w.v[0].clock.child_id, 4);
	CHECK_INT(w.v[1].clock.child_id, 3);
	ts_worklist_free(&w);
	w = list_for(&a, (struct ts_filter){0, 99, 0, 0});
	CHECK_INT(w.n, 0);
	ts_worklist_free(&w);
	area_free(&a);
}

int
main(void)
{
	RUN(sibling_groups);
	RUN(whole_area);
	RUN(filters);
	return DONE();
}
