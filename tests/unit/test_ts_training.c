/*
 * test_ts_training.c: the training administrator's clock training_register (timescales/
 * ts_training.c; the setting timescale.training_register_working_days) and the figures of
 * the section "Training" (figures/fig_training.c), against dates and counts worked out by
 * hand.
 */
#include <math.h>
#include <string.h>

#include "harness.h"
#include "ts_fixture.h"

#include "figures/figures.h"

static struct m_training_course *
add_course(struct area *a, int64_t id, const char *title)
{
	struct m_training_course *c = FX_PUSH(training_courses);

	c->id = id;
	c->title = area_strdup(a, title);
	str_copy(c->level, sizeof c->level, "basic");
	c->active = 1;
	return c;
}

static struct m_training_session *
add_session(struct area *a, int64_t id, int64_t course, const char *day, const char *reg,
    int places)
{
	struct m_training_session *s = FX_PUSH(training_sessions);

	s->id = id;
	s->course_id = course;
	s->date = D(day);
	s->register_date = reg ? D(reg) : CAL_NONE;
	s->places = places;
	return s;
}

static struct m_training_booking *
add_booking(struct area *a, int64_t id, int64_t session, int64_t agency, const char *status)
{
	struct m_training_booking *b = FX_PUSH(training_bookings);

	b->id = id;
	b->session_id = session;
	b->agency_id = agency;
	str_copy(b->status, sizeof b->status, status);
	b->booked = b->cancelled = b->evaluated = CAL_NONE;
	b->fee_applies = M_UNKNOWN;
	return b;
}

static int
clock(const struct area *a, int64_t session, const char *as_of, struct ts_clock *k)
{
	struct ts_config *cfg = ts_config_new(a);
	int n = 0;

	for (size_t i = 0; i < a->n_training_sessions; i++)
		if (a->training_sessions[i].id == session)
			n = ts_training_register(cfg, a, &a->training_sessions[i], D(as_of), k);
	ts_config_free(cfg);
	return n;
}

/* Held on Fri 20 Nov 2026: marked by Tue 24 Nov (2 working days), the weekend between. */
static void
register_within_two_working_days(void)
{
	struct area a;
	struct ts_clock k;

	area_init(&a);
	add_course(&a, 1, "Working Together");
	add_session(&a, 10, 1, "2026-11-20", "2026-11-24", 20);
	add_session(&a, 11, 1, "2026-11-20", "2026-11-25", 20);
	add_session(&a, 12, 1, "2026-11-20", NULL, 20);
	add_session(&a, 13, 1, "2026-11-20", NULL, 20);	/* every place cancelled */
	add_session(&a, 14, 1, "2026-12-10", NULL, 20);	/* to come */
	add_booking(&a, 100, 10, 5, "attended");
	add_booking(&a, 101, 11, 5, "did_not_attend");
	add_booking(&a, 102, 12, 5, "booked");
	add_booking(&a, 103, 13, 5, "cancelled");
	add_booking(&a, 104, 14, 5, "booked");
	fx_done(&a);
	CHECK_INT(clock(&a, 10, "2026-11-30", &k), 1);
	CHECK_CLOCK(&k, "2026-11-24", "2026-11-24", TS_MET);
	CHECK_INT(clock(&a, 11, "2026-11-30", &k), 1);
	CHECK_CLOCK(&k, "2026-11-24", "2026-11-25", TS_MISSED);
	CHECK_INT(clock(&a, 12, "2026-11-23", &k), 1);
	CHECK_CLOCK(&k, "2026-11-24", NULL, TS_DUE);
	CHECK_INT(clock(&a, 12, "2026-11-25", &k), 1);
	CHECK_CLOCK(&k, "2026-11-24", NULL, TS_OVERDUE);
	CHECK_INT(clock(&a, 13, "2026-11-30", &k), 0);	/* nothing to mark */
	CHECK_INT(clock(&a, 14, "2026-11-30", &k), 0);	/* not held yet */
	CHECK_INT(clock(&a, 10, "2026-11-30", &k), 1);
	CHECK_STR(ts_kind_name(k.kind), "training_register");
	CHECK_STR(ts_kind_table(k.kind), "training_sessions");
	CHECK(ts_kind_childless(k.kind));
	area_free(&a);
}

/* A local rule of 5 working days from 1 Dec 2026: a session before it keeps 2. */
static void
setting_in_force_on_the_session(void)
{
	struct area a;
	struct ts_clock k;

	area_init(&a);
	add_course(&a, 1, "Working Together");
	add_session(&a, 10, 1, "2026-11-30", NULL, 20);
	add_session(&a, 11, 1, "2026-12-01", NULL, 20);
	add_booking(&a, 100, 10, 5, "booked");
	add_booking(&a, 101, 11, 5, "booked");
	add_setting(&a, "timescale.training_register_working_days", "5", "2026-12-01");
	fx_done(&a);
	CHECK_INT(clock(&a, 10, "2026-12-01", &k), 1);
	CHECK_CLOCK(&k, "2026-12-02", NULL, TS_DUE);
	CHECK_INT(clock(&a, 11, "2026-12-01", &k), 1);
	CHECK_CLOCK(&k, "2026-12-08", NULL, TS_DUE);
	CHECK_INT(k.amount, 5);
	area_free(&a);
}

static double
value(const struct area *a, const char *name, const struct fig_filter *f, const char *key)
{
	const struct fig_def *d = fig_find(name);
	struct fig_result r;
	double v = -999;

	if (d && fig_compute(a, d, f, 0, &r) == 0) {
		for (size_t i = 0; i < r.n_rows; i++)
			if (strcmp(r.rows[i].key, key) == 0)
				v = fig_value(d, &r.rows[i]);
		CHECK_STR(d->section, "Training");
		fig_result_free(&r);
	}
	return v;
}

#define NEAR(got, want) CHECK(fabs((got) - (want)) < 1e-6)

/*
 * November 2026: two sessions held (20 and 12 places); on the first, three attended, one
 * did not (fee 50), one was cancelled late on 18 Nov (fee 50) and one early in October;
 * on the second one still booked; a session in December is not November's. Agency 5's
 * people attended all three places recorded; agency 6's one did not attend.
 */
static void
figures_bite(void)
{
	struct area a;
	struct fig_filter nov = fig_filter_all(D("2026-11-01"), D("2026-11-30"));
	struct m_training_booking *b;

	area_init(&a);
	add_course(&a, 1, "Working Together");
	add_course(&a, 2, "Managing Allegations");
	add_session(&a, 10, 1, "2026-11-20", "2026-11-20", 20);
	add_session(&a, 11, 2, "2026-11-27", NULL, 12);
	add_session(&a, 12, 1, "2026-12-04", NULL, 20);
	add_booking(&a, 100, 10, 5, "attended")->rating = 5;
	b = add_booking(&a, 101, 10, 5, "attended");
	b->rating = 3;
	b->confidence_before = 2;
	b->confidence_after = 4;
	b = add_booking(&a, 102, 10, 5, "attended");
	b->confidence_before = 3;
	b->confidence_after = 3;
	b = add_booking(&a, 103, 10, 6, "did_not_attend");
	b->fee_applies = M_YES;
	b->fee_pounds = 50;
	b = add_booking(&a, 104, 10, 5, "cancelled");
	b->cancelled = D("2026-11-18");
	b->fee_applies = M_YES;
	b->fee_pounds = 50;
	b = add_booking(&a, 105, 10, 5, "cancelled");
	b->cancelled = D("2026-10-20");
	b->fee_applies = M_NO;
	add_booking(&a, 106, 11, 6, "booked");
	add_booking(&a, 107, 12, 5, "attended");
	fx_done(&a);
	NEAR(value(&a, "training_sessions", &nov, ""), 2);
	NEAR(value(&a, "training_places", &nov, ""), 32);
	NEAR(value(&a, "training_bookings", &nov, "attended"), 3);
	NEAR(value(&a, "training_bookings", &nov, "did_not_attend"), 1);
	NEAR(value(&a, "training_bookings", &nov, "cancelled"), 2);
	NEAR(value(&a, "training_bookings", &nov, "booked"), 1);
	NEAR(value(&a, "training_attendance", &nov, ""), 75);
	NEAR(value(&a, "training_dna_by_agency", &nov, "5"), 0);
	NEAR(value(&a, "training_dna_by_agency", &nov, "6"), 100);
	NEAR(value(&a, "training_attendance_by_course", &nov, "1"), 75);
	NEAR(value(&a, "training_fees", &nov, "charges"), 2);
	NEAR(value(&a, "training_fees", &nov, "pounds"), 100);
	NEAR(value(&a, "training_cancellations", &nov, "late"), 1);
	NEAR(value(&a, "training_cancellations", &nov, "free"), 0);
	NEAR(value(&a, "training_attended_by_quarter", &nov, "Q3"), 3);
	NEAR(value(&a, "training_attended_by_quarter", &nov, "Q1"), 0);
	NEAR(value(&a, "training_confidence_rose", &nov, ""), 50);
	NEAR(value(&a, "training_rated_good", &nov, ""), 50);
	/* Session 10 marked the day it was held; session 11 still due on 30 Nov (its target
	 * is 1 Dec): not counted yet. */
	NEAR(value(&a, "training_registers_on_time", &nov, ""), 100);
	nov.agency_id = 6;
	NEAR(value(&a, "training_attendance", &nov, ""), 0);
	NEAR(value(&a, "training_fees", &nov, "pounds"), 50);
	area_free(&a);
}

int
main(void)
{
	RUN(register_within_two_working_days);
	RUN(setting_in_force_on_the_session);
	RUN(figures_bite);
	return DONE();
}
