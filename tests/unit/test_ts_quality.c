/*
 * test_ts_quality.c: the chair's quality form on a conference (the clock quality_form,
 * timescales/ts_quality.c): due within timescale.quality_form_working_days (5 by default)
 * of the day the conference sat, the value in force on that day; 0 asks no form; owed by
 * the conference's chair. Dates worked out by hand on the England and Wales calendar.
 */
#include "harness.h"
#include "ts_fixture.h"

#include "base/buf.h"

static struct m_conference *
held(struct area *a, int64_t id, const char *date)
{
	struct m_conference *f = add_conference(a, id, 1, 0, M_REVIEW, date, date);

	f->chair_id = 60;
	return f;
}

/* Held on Thu 17 Apr 2025: Good Friday and Easter Monday follow, so the fifth working day
 * after it is Mon 28 Apr. */
static void
five_working_days_across_easter(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_professional(&a, 60, 6, "Chris", "Chair");
	add_child(&a, 1, "C1", "2015-01-01");
	held(&a, 10, "2025-04-17");
	held(&a, 11, "2025-04-17");
	held(&a, 12, "2025-04-17");
	add_conference(&a, 13, 1, 0, M_REVIEW, "2025-05-01", NULL)->chair_id = 60;
	add_quality(&a, 100, 1, 10, "2025-04-28");
	add_quality(&a, 101, 1, 11, "2025-04-29");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-04-28", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_QUALITY_FORM, 0), "2025-04-28", "2025-04-28", TS_MET);
	CHECK_INT(clock_of(&v, TS_K_QUALITY_FORM, 0)->record_id, 10);
	CHECK_INT(clock_of(&v, TS_K_QUALITY_FORM, 0)->met_by_id, 100);
	CHECK_INT(clock_of(&v, TS_K_QUALITY_FORM, 0)->amount, 5);
	CHECK_CLOCK(clock_of(&v, TS_K_QUALITY_FORM, 1), "2025-04-28", NULL, TS_DUE);
	CHECK_CLOCK(clock_of(&v, TS_K_QUALITY_FORM, 2), "2025-04-28", NULL, TS_DUE);
	CHECK(clock_of(&v, TS_K_QUALITY_FORM, 3) == NULL);	/* 13 has not sat */
	clocks_as_of(&a, 1, "2025-04-29", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_QUALITY_FORM, 1), "2025-04-28", "2025-04-29", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_QUALITY_FORM, 2), "2025-04-28", NULL, TS_OVERDUE);
	/* Before the conference sat, no form is owed. */
	clocks_as_of(&a, 1, "2025-04-16", &v);
	CHECK(clock_of(&v, TS_K_QUALITY_FORM, 0) == NULL);
	ts_clocks_free(&v);
	area_free(&a);
}

/* 2 working days from Thu 1 May 2025 (Mon 5 May the early May holiday): Tue 6 May; and 0
 * from 1 June: a conference held then owes no form, one held before still does. */
static void
setting_in_force_on_the_day(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_professional(&a, 60, 6, "Chris", "Chair");
	add_child(&a, 1, "C1", "2015-01-01");
	held(&a, 10, "2025-04-17");
	held(&a, 11, "2025-05-01");
	held(&a, 12, "2025-06-02");
	add_setting(&a, "timescale.quality_form_working_days", "2", "2025-05-01");
	add_setting(&a, "timescale.quality_form_working_days", "0", "2025-06-01");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-06-10", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_QUALITY_FORM, 0), "2025-04-28", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_QUALITY_FORM, 1), "2025-05-06", NULL, TS_OVERDUE);
	CHECK_INT(clock_of(&v, TS_K_QUALITY_FORM, 1)->amount, 2);
	CHECK(clock_of(&v, TS_K_QUALITY_FORM, 2) == NULL);
	ts_clocks_free(&v);
	area_free(&a);
}

/* The chair acts, and oversees; their team answers for it. */
static void
the_chair_acts(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct buf b;

	area_init(&a);
	add_professional(&a, 60, 6, "Chris", "Chair");
	add_child(&a, 1, "C1", "2015-01-01");
	held(&a, 10, "2025-04-17");
	add_conference(&a, 11, 1, 0, M_REVIEW, "2025-04-18", "2025-04-18");	/* no chair */
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-04-22", &v);
	CHECK_INT(clock_of(&v, TS_K_QUALITY_FORM, 0)->actor_id, 60);
	CHECK_INT(clock_of(&v, TS_K_QUALITY_FORM, 0)->chair_id, 60);
	CHECK_INT(clock_of(&v, TS_K_QUALITY_FORM, 0)->team_id, 6);
	CHECK_INT(clock_of(&v, TS_K_QUALITY_FORM, 1)->actor_id, 0);
	CHECK_STR(ts_kind_name(TS_K_QUALITY_FORM), "quality_form");
	CHECK_STR(ts_kind_table(TS_K_QUALITY_FORM), "conferences");
	buf_init(&b, 256);
	ts_describe(&a, clock_of(&v, TS_K_QUALITY_FORM, 0), &b);
	CHECK_STR(buf_str(&b), "chair's quality form on the conference of Thu 17 Apr 2025, "
	    "within 5 working days");
	buf_free(&b);
	ts_clocks_free(&v);
	area_free(&a);
}

int
main(void)
{
	RUN(five_working_days_across_easter);
	RUN(setting_in_force_on_the_day);
	RUN(the_chair_acts);
	return DONE();
}
