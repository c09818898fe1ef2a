/*
 * test_ts_escalation.c: each stage of an escalation is answered within 5 working days
 * (the clock escalation_stage, timescales/ts_escalation.c), against dates worked out by
 * hand on the England and Wales calendar; the duty lapses when the escalation is resolved
 * or goes to the next stage; and the stage is on the lists of whoever must answer (the
 * responder, the team it is about, the agency it is about) and of whoever raised it.
 */
#include "harness.h"
#include "ts_fixture.h"

#include "base/buf.h"

static struct m_escalation *
add_escalation(struct area *a, int64_t id, int64_t child, const char *raised, int64_t by,
    int64_t about_agency, int64_t about_team)
{
	struct m_escalation *e = FX_PUSH(escalations);

	e->id = id;
	e->child_id = child;
	e->raised = D(raised);
	e->resolved = CAL_NONE;
	e->raised_by_id = by;
	e->raised_by_agency_id = 1;
	e->about_agency_id = about_agency;
	e->about_team_id = about_team;
	str_copy(e->category, sizeof e->category, "delay");
	return e;
}

static struct m_escalation_stage *
add_stage(struct area *a, int64_t id, int64_t child, int64_t esc, int stage, const char *opened,
    const char *answered)
{
	struct m_escalation_stage *s = FX_PUSH(escalation_stages);

	s->id = id;
	s->child_id = child;
	s->escalation_id = esc;
	s->stage = stage;
	s->opened = D(opened);
	s->response = answered ? D(answered) : CAL_NONE;
	return s;
}

/* Opened on Thu 17 Apr 2025: Good Friday and Easter Monday follow, so the fifth working
 * day is Mon 28 Apr. */
static void
five_working_days_across_easter(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_escalation(&a, 50, 1, "2025-04-17", 0, 2, 0);
	add_stage(&a, 60, 1, 50, 1, "2025-04-17", "2025-04-28");
	add_escalation(&a, 51, 1, "2025-04-17", 0, 2, 0);
	add_stage(&a, 61, 1, 51, 1, "2025-04-17", "2025-04-29");
	add_escalation(&a, 52, 1, "2025-04-17", 0, 2, 0);
	add_stage(&a, 62, 1, 52, 1, "2025-04-17", NULL);
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-04-28", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ESCALATION_STAGE, 0), "2025-04-28", "2025-04-28", TS_MET);
	CHECK_INT(clock_of(&v, TS_K_ESCALATION_STAGE, 0)->amount, 5);
	CHECK_CLOCK(clock_of(&v, TS_K_ESCALATION_STAGE, 1), "2025-04-28", NULL, TS_DUE);
	CHECK_CLOCK(clock_of(&v, TS_K_ESCALATION_STAGE, 2), "2025-04-28", NULL, TS_DUE);
	clocks_as_of(&a, 1, "2025-04-29", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ESCALATION_STAGE, 1), "2025-04-28", "2025-04-29",
	    TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_ESCALATION_STAGE, 2), "2025-04-28", NULL, TS_OVERDUE);
	CHECK_INT(clocks_as_of(&a, 1, "2025-04-16", &v), 0);
	ts_clocks_free(&v);
	area_free(&a);
}

/* Stage 1 unanswered goes to stage 2 before its target (not applicable), stage 2 of
 * another is resolved after its own target (missed); a setting of 3 days from 1 May. */
static void
lapses_and_settings(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_escalation *e;

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_escalation(&a, 50, 1, "2025-04-17", 0, 2, 0);
	add_stage(&a, 60, 1, 50, 1, "2025-04-17", NULL);
	add_stage(&a, 61, 1, 50, 2, "2025-04-24", NULL);
	e = add_escalation(&a, 51, 1, "2025-04-17", 0, 2, 0);
	e->resolved = D("2025-04-30");
	add_stage(&a, 62, 1, 51, 1, "2025-04-17", NULL);
	add_escalation(&a, 52, 1, "2025-05-01", 0, 2, 0);
	add_stage(&a, 63, 1, 52, 1, "2025-05-01", NULL);
	add_setting(&a, "timescale.escalation_stage_working_days", "3", "2025-05-01");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-05-02", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ESCALATION_STAGE, 0), "2025-04-28", NULL, TS_NA);
	CHECK_CLOCK(clock_of(&v, TS_K_ESCALATION_STAGE, 1), "2025-04-28", NULL, TS_MISSED);
	/* Thu 24 Apr: Fri 25, Mon 28, Tue 29, Wed 30, Thu 1 May. */
	CHECK_CLOCK(clock_of(&v, TS_K_ESCALATION_STAGE, 2), "2025-05-01", NULL, TS_OVERDUE);
	/* Thu 1 May, 3 days: Fri 2, (Mon 5 May a bank holiday) Tue 6, Wed 7. */
	CHECK_CLOCK(clock_of(&v, TS_K_ESCALATION_STAGE, 3), "2025-05-07", NULL, TS_DUE);
	CHECK_INT(clock_of(&v, TS_K_ESCALATION_STAGE, 3)->amount, 3);
	ts_clocks_free(&v);
	area_free(&a);
}

static size_t
listed(const struct area *a, const struct ts_filter *f)
{
	struct ts_config *cfg = ts_config_new(a);
	struct ts_worklist w;
	size_t n;

	ts_worklist_build(a, cfg, D("2025-04-29"), 5, f, &w);
	n = w.n;
	ts_worklist_free(&w);
	ts_config_free(cfg);
	return n;
}

/* The responder, else the about team's manager, acts; the about team answers; the raiser
 * watches; a partner agency the escalation is about sees it. */
static void
who_answers(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct buf b;

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_professional(&a, 40, 400, "Chris", "Chair");
	str_copy(add_professional(&a, 41, 410, "Mo", "Manager")->role, 32, "team_manager");
	add_professional(&a, 42, 410, "Sam", "Worker");
	add_professional(&a, 43, 0, "Pat", "Police")->agency_id = 7;
	add_escalation(&a, 50, 1, "2025-04-17", 40, 2, 410);
	add_stage(&a, 60, 1, 50, 1, "2025-04-17", NULL);
	add_escalation(&a, 51, 1, "2025-04-17", 40, 7, 0);
	add_stage(&a, 61, 1, 51, 1, "2025-04-17", NULL)->responder_id = 43;
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-04-29", &v);
	CHECK_INT(clock_of(&v, TS_K_ESCALATION_STAGE, 0)->actor_id, 41);
	CHECK_INT(clock_of(&v, TS_K_ESCALATION_STAGE, 0)->team_id, 410);
	CHECK_INT(clock_of(&v, TS_K_ESCALATION_STAGE, 0)->chair_id, 40);
	CHECK_INT(clock_of(&v, TS_K_ESCALATION_STAGE, 1)->actor_id, 43);
	CHECK_STR(ts_kind_name(TS_K_ESCALATION_STAGE), "escalation_stage");
	CHECK_STR(ts_kind_table(TS_K_ESCALATION_STAGE), "escalation_stages");
	buf_init(&b, 256);
	ts_describe(&a, clock_of(&v, TS_K_ESCALATION_STAGE, 0), &b);
	CHECK_STR(buf_str(&b), "escalation stage opened on Thu 17 Apr 2025 answered, 5 working "
	    "days after it");
	buf_free(&b);
	CHECK_INT(listed(&a, &(struct ts_filter){.team_id = 410}), 1);
	CHECK_INT(listed(&a, &(struct ts_filter){.professional_id = 41}), 1);
	CHECK_INT(listed(&a, &(struct ts_filter){.professional_id = 40}), 2);
	CHECK_INT(listed(&a, &(struct ts_filter){.professional_id = 42}), 0);
	CHECK_INT(listed(&a, &(struct ts_filter){.agency_id = 7, .professional_id = 99}), 1);
	CHECK_INT(listed(&a, &(struct ts_filter){.agency_id = 8, .professional_id = 99}), 0);
	CHECK_INT(listed(&a, &(struct ts_filter){.agency_id = 8, .professional_id = 40}), 2);
	ts_clocks_free(&v);
	area_free(&a);
}

int
main(void)
{
	RUN(five_working_days_across_easter);
	RUN(lapses_and_settings);
	RUN(who_answers);
	return DONE();
}
