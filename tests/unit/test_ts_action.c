/*
 * test_ts_action.c: the clock of an action of a multi-agency case audit and the audits'
 * figures (issue 11, point 4; migration_audits). An action's target is the due date the
 * audit agreed: met when completed by it, missed when completed after, overdue while
 * open past it, and owing nothing once withdrawn; an action set after the day asked about
 * has no clock yet. The figures count the returns, the grades and the actions with no
 * child behind any row, and the agency filter takes the returning or owning agency.
 */
#include "harness.h"
#include "ts_fixture.h"

#include "figures/figures.h"

static struct m_action *
add_action(struct area *a, int64_t id, int64_t agency, const char *set, const char *due,
    const char *status, const char *completed)
{
	struct m_action *m = FX_PUSH(actions);

	m->id = id;
	m->audit_id = 1;
	m->owner_agency_id = agency;
	m->set = D(set);
	m->due = D(due);
	m->completed = completed ? D(completed) : CAL_NONE;
	str_copy(m->status, sizeof m->status, status);
	return m;
}

static void
the_clock(void)
{
	struct area a;
	struct ts_clock k;
	struct m_action *open, *late, *gone;

	area_init(&a);
	open = add_action(&a, 1, 3, "2026-03-02", "2026-06-01", "open", NULL);
	late = add_action(&a, 2, 3, "2026-03-02", "2026-05-29", "completed", "2026-06-05");
	gone = add_action(&a, 3, 3, "2026-03-02", "2026-05-15", "withdrawn", "2026-05-10");
	fx_done(&a);
	CHECK_INT(ts_action(open, D("2026-03-01"), &k), 0);	/* not set yet */
	CHECK_INT(ts_action(open, D("2026-06-01"), &k), 1);
	CHECK_INT(k.kind, TS_K_ACTION);
	CHECK_INT(k.state, TS_DUE);	/* the due date itself is in time */
	CHECK_INT(k.target, D("2026-06-01"));
	CHECK_INT(k.child_id, 0);
	CHECK_INT(k.record_id, 1);
	ts_action(open, D("2026-06-02"), &k);
	CHECK_INT(k.state, TS_OVERDUE);
	CHECK_STR(ts_kind_name(TS_K_ACTION), "action");
	CHECK(ts_kind_childless(TS_K_ACTION));
	ts_action(late, D("2026-06-03"), &k);	/* completed later than this */
	CHECK_INT(k.state, TS_OVERDUE);
	ts_action(late, D("2026-06-15"), &k);
	CHECK_INT(k.state, TS_MISSED);
	ts_action(gone, D("2026-05-09"), &k);
	CHECK_INT(k.state, TS_DUE);
	ts_action(gone, D("2026-06-15"), &k);
	CHECK_INT(k.state, TS_NA);
	/* completed on its due date is on time */
	late->completed = D("2026-05-29");
	ts_action(late, D("2026-06-15"), &k);
	CHECK_INT(k.state, TS_MET);
	area_free(&a);
}

static const struct fig_row *
row_of(const struct fig_result *r, const char *key)
{
	static const struct fig_row none;
	const struct fig_row *x = fig_row_by_key(r, key);

	CHECK(x != NULL);
	return x ? x : &none;
}

static void
add_return(struct area *a, int64_t id, int64_t agency, const char *received, const char *grade)
{
	struct m_audit_return *x = FX_PUSH(audit_returns);

	x->id = id;
	x->audit_case_id = 1;
	x->agency_id = agency;
	x->requested = D("2026-03-02");
	x->received = D(received);
	str_copy(x->grade, sizeof x->grade, grade);
}

static void
add_case(struct area *a, const char *graded, const char *grade)
{
	struct m_audit_case *c = FX_PUSH(audit_cases);

	c->id = 1;
	c->audit_id = 1;
	c->graded = D(graded);
	str_copy(c->grade, sizeof c->grade, grade);
}

static void
figures(void)
{
	struct area a;
	struct fig_filter f = fig_filter_all(D("2026-04-01"), D("2026-06-15"));
	struct fig_result r;

	area_init(&a);
	add_action(&a, 1, 3, "2026-03-02", "2026-04-30", "completed", "2026-04-20");
	add_action(&a, 2, 3, "2026-03-02", "2026-05-29", "completed", "2026-06-05");
	add_action(&a, 3, 3, "2026-03-02", "2026-06-01", "open", NULL);
	add_action(&a, 4, 3, "2026-03-02", "2026-05-15", "withdrawn", "2026-05-10");
	add_action(&a, 5, 8, "2026-03-02", "2026-05-01", "open", NULL);
	add_return(&a, 1, 3, "2026-05-05", "good");
	add_return(&a, 2, 8, "2026-05-06", "inadequate");
	add_case(&a, "2026-05-11", "requires_improvement");
	fx_done(&a);
	CHECK_INT(fig_compute(&a, fig_find("actions_completed"), &f, 1, &r), 0);
	CHECK(r.rows[0].num == 2 && r.n_children == 0);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("actions_on_time"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 1 && r.rows[0].den == 4);	/* 2 late, 3 and 5 overdue */
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("actions_overdue"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 2);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("audit_returns"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 2);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("audit_agency_grades"), &f, 0, &r), 0);
	CHECK(row_of(&r, "good")->num == 1 && row_of(&r, "good")->den == 2);
	CHECK(row_of(&r, "inadequate")->num == 1);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("audit_multi_grades"), &f, 0, &r), 0);
	CHECK(row_of(&r, "requires_improvement")->num == 1 && row_of(&r, "good")->num == 0);
	fig_result_free(&r);
	/* The agency filter: the owning or returning agency's alone. */
	f.agency_id = 8;
	CHECK_INT(fig_compute(&a, fig_find("actions_overdue"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 1);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("audit_agency_grades"), &f, 0, &r), 0);
	CHECK(row_of(&r, "inadequate")->num == 1 && row_of(&r, "inadequate")->den == 1);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("audit_multi_grades"), &f, 0, &r), 0);
	CHECK(row_of(&r, "requires_improvement")->num == 0);
	fig_result_free(&r);
	/* An audit has no team: a figure filtered by one counts nothing. */
	f.agency_id = 0;
	f.team_id = 5;
	CHECK_INT(fig_compute(&a, fig_find("actions_completed"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 0);
	fig_result_free(&r);
	area_free(&a);
}

int
main(void)
{
	RUN(the_clock);
	RUN(figures);
	return DONE();
}
