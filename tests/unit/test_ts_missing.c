/*
 * test_ts_missing.c: a missing child's return interview, offered within 72 hours of the
 * return (the clock return_interview, timescales/ts_missing.c; the setting
 * timescale.return_interview_days), and the figures of the section "Missing children",
 * against dates worked out by hand.
 */
#include <math.h>

#include "harness.h"
#include "ts_fixture.h"

#include "base/buf.h"
#include "figures/figures.h"

static struct m_missing *
add_missing(struct area *a, int64_t id, int64_t child, const char *start, const char *back,
    const char *offered, int accepted)
{
	struct m_missing *m = FX_PUSH(missing);

	m->id = id;
	m->child_id = child;
	m->start = D(start);
	m->returned = back ? D(back) : CAL_NONE;
	m->offered = offered ? D(offered) : CAL_NONE;
	m->interview = CAL_NONE;
	m->accepted = (signed char)accepted;
	return m;
}

/* Back on Mon 3 Nov 2025: the interview is due by Thu 6 Nov (72 hours), weekend or not. */
static void
within_72_hours(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct buf b;
	struct m_referral *r;

	area_init(&a);
	add_child(&a, 1, "C1", "2011-01-01");
	add_professional(&a, 40, 400, "Sam", "Worker");
	r = add_referral(&a, 10, 1, "2025-10-01");
	r->social_worker_id = 40;
	add_missing(&a, 5, 1, "2025-11-01", "2025-11-03", "2025-11-06", M_YES);
	add_missing(&a, 6, 1, "2025-11-01", "2025-11-03", "2025-11-07", M_NO);
	add_missing(&a, 7, 1, "2025-11-01", "2025-11-03", NULL, M_UNKNOWN);
	add_missing(&a, 8, 1, "2025-11-05", NULL, NULL, M_UNKNOWN);	/* still missing */
	add_missing(&a, 9, 1, "2025-11-07", "2025-11-08", NULL, M_UNKNOWN);	/* a Saturday */
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-11-06", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_RETURN_INTERVIEW, 0), "2025-11-06", "2025-11-06", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_RETURN_INTERVIEW, 1), "2025-11-06", NULL, TS_DUE);
	CHECK_CLOCK(clock_of(&v, TS_K_RETURN_INTERVIEW, 2), "2025-11-06", NULL, TS_DUE);
	CHECK(clock_of(&v, TS_K_RETURN_INTERVIEW, 3) == NULL);	/* no return: no clock */
	CHECK_INT(clock_of(&v, TS_K_RETURN_INTERVIEW, 0)->actor_id, 40);
	CHECK_INT(clock_of(&v, TS_K_RETURN_INTERVIEW, 0)->team_id, 400);
	clocks_as_of(&a, 1, "2025-11-08", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_RETURN_INTERVIEW, 1), "2025-11-06", "2025-11-07", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_RETURN_INTERVIEW, 2), "2025-11-06", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_RETURN_INTERVIEW, 3), "2025-11-11", NULL, TS_DUE);
	CHECK_STR(ts_kind_name(TS_K_RETURN_INTERVIEW), "return_interview");
	CHECK_STR(ts_kind_table(TS_K_RETURN_INTERVIEW), "missing_episodes");
	buf_init(&b, 256);
	ts_describe(&a, clock_of(&v, TS_K_RETURN_INTERVIEW, 0), &b);
	CHECK_STR(buf_str(&b), "return interview offered, within 3 days (72 hours) of the return "
	    "on Mon 3 Nov 2025");
	buf_free(&b);
	ts_clocks_free(&v);
	area_free(&a);
}

/* A local rule of 2 days from 1 Dec 2025: a return before it keeps 3. */
static void
setting_in_force_on_the_return(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2011-01-01");
	add_missing(&a, 5, 1, "2025-11-29", "2025-11-30", NULL, M_UNKNOWN);
	add_missing(&a, 6, 1, "2025-11-30", "2025-12-01", NULL, M_UNKNOWN);
	add_setting(&a, "timescale.return_interview_days", "2", "2025-12-01");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-12-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_RETURN_INTERVIEW, 0), "2025-12-03", NULL, TS_DUE);
	CHECK_CLOCK(clock_of(&v, TS_K_RETURN_INTERVIEW, 1), "2025-12-03", NULL, TS_DUE);
	CHECK_INT(clock_of(&v, TS_K_RETURN_INTERVIEW, 1)->amount, 2);
	ts_clocks_free(&v);
	area_free(&a);
}

static double
value(const struct area *a, const char *name, const struct fig_filter *f)
{
	const struct fig_def *d = fig_find(name);
	struct fig_result r;
	double v = -999;

	if (d && fig_compute(a, d, f, 0, &r) == 0) {
		if (r.n_rows == 1)
			v = fig_value(d, &r.rows[0]);
		CHECK_STR(d->section, "Missing children");
		fig_result_free(&r);
	}
	return v;
}

#define NEAR(got, want) CHECK(fabs((got) - (want)) < 1e-6)

/* November 2025: five episodes begun; four returns, two offered in time (5, and 9 on the
 * Tuesday after its Saturday return); offers in the month with an answer: 5 (yes), 6
 * (no), 9 (yes); one offered in December is not November's. */
static void
figures_bite(void)
{
	struct area a;
	struct fig_filter nov = fig_filter_all(D("2025-11-01"), D("2025-11-30"));

	area_init(&a);
	add_child(&a, 1, "C1", "2011-01-01");
	add_missing(&a, 5, 1, "2025-11-01", "2025-11-03", "2025-11-06", M_YES);
	add_missing(&a, 6, 1, "2025-11-01", "2025-11-03", "2025-11-07", M_NO);
	add_missing(&a, 7, 1, "2025-11-01", "2025-11-03", NULL, M_UNKNOWN);
	add_missing(&a, 8, 1, "2025-11-05", NULL, NULL, M_UNKNOWN);
	add_missing(&a, 9, 1, "2025-11-07", "2025-11-08", "2025-11-11", M_YES);
	add_missing(&a, 10, 1, "2025-10-20", "2025-10-30", "2025-12-01", M_YES);
	fx_done(&a);
	NEAR(value(&a, "missing_episodes", &nov), 5);
	NEAR(value(&a, "return_interviews_72h", &nov), 50);
	NEAR(value(&a, "return_interviews_accepted", &nov), 200.0 / 3);
	area_free(&a);
}

int
main(void)
{
	RUN(within_72_hours);
	RUN(setting_in_force_on_the_return);
	RUN(figures_bite);
	return DONE();
}
