/*
 * test_ts_review.c: the clocks of a serious incident and the figures of the practice
 * reviews (issue 11, point 8): the national panel told within 5 working days of the
 * partnership learning of the incident (timescale.panel_notification_working_days) and
 * the rapid review completed within 15 (timescale.rapid_review_working_days), each by the
 * rule in force on the day it learned of it, against dates worked out by hand on the
 * England and Wales calendar.
 */
#include "harness.h"
#include "ts_fixture.h"

#include "figures/figures.h"

static struct m_review *
add_review(struct area *a, int64_t id, const char *aware)
{
	struct m_review *m = FX_PUSH(reviews);

	m->id = id;
	m->incident = m->aware = D(aware);
	m->notified = m->rapid = m->decided = m->started = m->published = CAL_NONE;
	return m;
}

static int
clocks(const struct area *a, const struct m_review *m, const char *as_of,
    struct ts_clock *out)
{
	struct ts_config *cfg = ts_config_new(a);
	int n = ts_review(cfg, m, D(as_of), out);

	ts_config_free(cfg);
	return n;
}

/* Learned of on Monday 22 December 2025: Christmas, Boxing Day and New Year's Day are not
 * working days, so 5 working days fall on 31 December and 15 on 15 January. */
static void
across_christmas(void)
{
	struct area a;
	struct ts_clock k[TS_REVIEW_CLOCKS];
	struct m_review *m;

	area_init(&a);
	m = add_review(&a, 1, "2025-12-22");
	fx_done(&a);
	CHECK_INT(clocks(&a, m, "2025-12-21", k), 0);	/* not learned of yet */
	CHECK_INT(clocks(&a, m, "2025-12-31", k), TS_REVIEW_CLOCKS);
	CHECK_INT(k[0].kind, TS_K_PANEL_NOTIFICATION);
	CHECK_INT(k[0].target, D("2025-12-31"));
	CHECK_INT(k[0].state, TS_DUE);
	CHECK_INT(k[1].kind, TS_K_RAPID_REVIEW);
	CHECK_INT(k[1].target, D("2026-01-15"));
	CHECK_INT(k[1].child_id, 0);
	CHECK(ts_kind_childless(TS_K_PANEL_NOTIFICATION) && ts_kind_childless(TS_K_RAPID_REVIEW));
	clocks(&a, m, "2026-01-02", k);
	CHECK_INT(k[0].state, TS_OVERDUE);
	m->notified = D("2026-01-02");
	m->rapid = D("2026-01-15");
	clocks(&a, m, "2026-01-20", k);
	CHECK_INT(k[0].state, TS_MISSED);
	CHECK_INT(k[1].state, TS_MET);
	CHECK_STR(ts_kind_name(TS_K_PANEL_NOTIFICATION), "panel_notification");
	CHECK_STR(ts_kind_name(TS_K_RAPID_REVIEW), "rapid_review");
	area_free(&a);
}

/* A local rule of 3 working days from 1 June 2026: an incident learned of before keeps 5. */
static void
settings_in_force(void)
{
	struct area a;
	struct ts_clock k[TS_REVIEW_CLOCKS];
	struct m_review *before, *after;

	area_init(&a);
	add_setting(&a, "timescale.panel_notification_working_days", "3", "2026-06-01");
	before = add_review(&a, 1, "2026-05-29");
	after = add_review(&a, 2, "2026-06-01");
	fx_done(&a);
	clocks(&a, before, "2026-06-30", k);
	CHECK_INT(k[0].target, D("2026-06-05"));	/* 5 working days */
	CHECK_INT(k[1].target, D("2026-06-19"));	/* 15 */
	clocks(&a, after, "2026-06-30", k);
	CHECK_INT(k[0].target, D("2026-06-04"));	/* 3 */
	CHECK_INT(k[0].amount, 3);
	area_free(&a);
}

static void
figures(void)
{
	struct area a;
	struct fig_filter f = fig_filter_all(D("2026-04-01"), D("2026-06-30"));
	struct fig_result r;
	struct m_review *m;

	area_init(&a);
	m = add_review(&a, 1, "2026-04-01");
	m->notified = D("2026-04-02");
	m->rapid = m->decided = D("2026-04-20");
	str_copy(m->decision, sizeof m->decision, "cspr");
	m = add_review(&a, 2, "2026-05-01");
	m->notified = D("2026-05-20");		/* late */
	m = add_review(&a, 3, "2026-06-29");	/* nothing due yet */
	fx_done(&a);
	CHECK_INT(fig_compute(&a, fig_find("reviews_incidents"), &f, 1, &r), 0);
	CHECK(r.rows[0].num == 3 && r.n_children == 0);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("reviews_notified_on_time"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 1 && r.rows[0].den == 2);
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("rapid_reviews_on_time"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 1 && r.rows[0].den == 2);	/* review 2's is overdue */
	fig_result_free(&r);
	CHECK_INT(fig_compute(&a, fig_find("reviews_cspr"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 1);
	fig_result_free(&r);
	f.agency_id = 4;	/* no filter these records meet */
	CHECK_INT(fig_compute(&a, fig_find("reviews_incidents"), &f, 0, &r), 0);
	CHECK(r.rows[0].num == 0);
	fig_result_free(&r);
	area_free(&a);
}

int
main(void)
{
	RUN(across_christmas);
	RUN(settings_in_force);
	RUN(figures);
	return DONE();
}
