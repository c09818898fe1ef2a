/*
 * test_fig_escalation.c: the figures of the section "Escalations" from a small area built
 * in C, each number worked out in the comment beside it.
 */
#include <math.h>
#include <stdio.h>

#include "harness.h"
#include "ts_fixture.h"
#include "figures/figures.h"

static double
value(const struct area *a, const char *name, const char *key, const struct fig_filter *f)
{
	const struct fig_def *d = fig_find(name);
	struct fig_result r;
	const struct fig_row *row;
	double v = -999;

	if (!d) {
		printf("  no figure %s\n", name);
		return v;
	}
	if (fig_compute(a, d, f, 0, &r) == 0 && (row = fig_row_by_key(&r, key)))
		v = fig_value(d, row);
	fig_result_free(&r);
	return v;
}

#define NEAR(got, want) CHECK(fabs((got) - (want)) < 1e-6)

static struct m_escalation *
esc(struct area *a, int64_t id, const char *raised, const char *category, const char *resolved,
    const char *outcome)
{
	struct m_escalation *e = FX_PUSH(escalations);

	e->id = id;
	e->child_id = 1;
	e->raised = D(raised);
	e->resolved = resolved ? D(resolved) : CAL_NONE;
	e->raised_by_id = 40;
	e->raised_by_agency_id = 1;
	e->about_agency_id = 2;
	e->about_team_id = id == 53 ? 7 : 8;
	str_copy(e->category, sizeof e->category, category);
	str_copy(e->outcome, sizeof e->outcome, outcome ? outcome : "");
	return e;
}

static void
stage(struct area *a, int64_t id, int64_t e, int n, const char *opened, const char *answered)
{
	struct m_escalation_stage *s = FX_PUSH(escalation_stages);

	s->id = id;
	s->child_id = 1;
	s->escalation_id = e;
	s->stage = n;
	s->opened = D(opened);
	s->response = answered ? D(answered) : CAL_NONE;
}

/*
 * Four escalations raised in April 2025 and one in March (outside the period):
 *   50 delay, stage 1 opened Thu 17 Apr (target Mon 28 Apr), answered Tue 22 Apr: on time;
 *      resolved Wed 23 Apr, action agreed: 2 working days (Easter falls between).
 *   51 delay, stage 1 Tue 1 Apr unanswered, stage 2 Thu 3 Apr (stage 1 lapses before its
 *      target Tue 8 Apr: not counted) answered Mon 14 Apr (target Thu 10 Apr): late;
 *      resolved Tue 15 Apr, explained: 10 working days.
 *   52 thresholds, stage 1 Tue 1 Apr answered Tue 8 Apr: on time; stage 2 Wed 9 Apr
 *      answered Wed 16 Apr (target Wed 16 Apr): on time; stage 3 Thu 17 Apr open, target
 *      Mon 28 Apr passed unanswered: late. Not resolved.
 *   53 child_safety (about team 7), no stage recorded: counts at stage 1.
 *   49 delay raised Mon 3 Mar 2025: out of the period.
 */
static void
figures(void)
{
	struct area a;
	struct fig_filter f = fig_filter_all(D("2025-04-01"), D("2025-04-30")), t;

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	esc(&a, 49, "2025-03-03", "delay", NULL, NULL);
	esc(&a, 50, "2025-04-17", "delay", "2025-04-23", "action_agreed");
	esc(&a, 51, "2025-04-01", "delay", "2025-04-15", "explained");
	esc(&a, 52, "2025-04-01", "thresholds", NULL, NULL);
	esc(&a, 53, "2025-04-02", "child_safety", NULL, NULL);
	stage(&a, 60, 50, 1, "2025-04-17", "2025-04-22");
	stage(&a, 61, 51, 1, "2025-04-01", NULL);
	stage(&a, 62, 51, 2, "2025-04-03", "2025-04-14");
	stage(&a, 63, 52, 1, "2025-04-01", "2025-04-08");
	stage(&a, 64, 52, 2, "2025-04-09", "2025-04-16");
	stage(&a, 65, 52, 3, "2025-04-17", NULL);
	fx_done(&a);
	NEAR(value(&a, "escalations_raised", "", &f), 4);
	NEAR(value(&a, "escalations_by_category", "delay", &f), 50);
	NEAR(value(&a, "escalations_by_category", "thresholds", &f), 25);
	NEAR(value(&a, "escalations_by_category", "other", &f), 0);
	NEAR(value(&a, "escalations_by_stage", "1", &f), 50);	/* 50 and 53 */
	NEAR(value(&a, "escalations_by_stage", "2", &f), 25);
	NEAR(value(&a, "escalations_by_stage", "3", &f), 25);
	NEAR(value(&a, "escalations_by_outcome", "action_agreed", &f), 50);
	NEAR(value(&a, "escalations_by_outcome", "explained", &f), 50);
	NEAR(value(&a, "escalation_days_to_resolve", "", &f), 6);	/* (2 + 10) / 2 */
	NEAR(value(&a, "escalation_stages_on_time", "", &f), 60);	/* 3 of 5 */
	/* Filters: the team it is about, the raiser as chair. */
	t = f;
	t.team_id = 7;
	NEAR(value(&a, "escalations_raised", "", &t), 1);
	t.team_id = 0;
	t.chair_id = 41;
	NEAR(value(&a, "escalations_raised", "", &t), 0);
	area_free(&a);
}

int
main(void)
{
	RUN(figures);
	return DONE();
}
