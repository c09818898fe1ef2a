/*
 * test_ts_placed.c: a child placed in the area by another local authority: the placing
 * authority's notice of the start (before a planned placement starts, within 5 working
 * days of an emergency one) and of the end (within 10 working days), the clocks
 * placement_notice and placement_end_notice (timescales/ts_placed.c) and the figures of
 * the section "Children placed in the area", against dates worked out by hand on the
 * England and Wales bank holidays.
 */
#include <math.h>
#include <string.h>

#include "harness.h"
#include "ts_fixture.h"

#include "base/buf.h"
#include "figures/figures.h"

static struct m_placement *
add_placement(struct area *a, int64_t id, int64_t child, const char *start,
    const char *notified, int emergency, const char *authority, const char *kind)
{
	struct m_placement *p = FX_PUSH(placements);

	memset(p, 0, sizeof *p);
	p->id = id;
	p->child_id = child;
	p->start = D(start);
	p->notified = notified ? D(notified) : CAL_NONE;
	p->end = p->end_notified = CAL_NONE;
	p->emergency = (signed char)emergency;
	p->authority = authority;
	snprintf(p->kind, sizeof p->kind, "%s", kind);
	return p;
}

static void
add_missing(struct area *a, int64_t id, int64_t child, const char *start)
{
	struct m_missing *m = FX_PUSH(missing);

	*m = (struct m_missing){id, child, D(start), cal_add_days(D(start), 1), CAL_NONE,
	    CAL_NONE, M_UNKNOWN};
}

/* An emergency placement on Fri 22 Aug 2025: five working days step over the bank
 * holiday on Mon 25 Aug to Mon 1 Sep. A planned one on Mon 10 Nov is due that day. */
static void
start_notices(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct buf b;
	struct m_referral *r;

	area_init(&a);
	add_child(&a, 1, "C1", "2011-01-01");
	add_professional(&a, 40, 400, "Sam", "Worker");
	r = add_referral(&a, 10, 1, "2025-08-26");
	r->social_worker_id = 40;
	add_placement(&a, 5, 1, "2025-08-22", "2025-09-01", M_YES, "Northmoor", "foster");
	add_placement(&a, 6, 1, "2025-08-22", "2025-09-02", M_YES, "Northmoor", "foster");
	add_placement(&a, 7, 1, "2025-11-10", "2025-11-03", M_NO, "Northmoor", "foster");
	add_placement(&a, 8, 1, "2025-11-10", "2025-11-11", M_UNKNOWN, "Northmoor", "foster");
	add_placement(&a, 9, 1, "2025-11-10", NULL, M_NO, "Northmoor", "foster");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-11-09", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_NOTICE, 0), "2025-09-01", "2025-09-01", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_NOTICE, 1), "2025-09-01", "2025-09-02",
	    TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_NOTICE, 2), "2025-11-10", "2025-11-03", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_NOTICE, 4), "2025-11-10", NULL, TS_DUE);
	CHECK(clock_of(&v, TS_K_PLACEMENT_END_NOTICE, 0) == NULL);	/* none has ended */
	/* The social worker of the episode the child was known to on the day acts; a
	 * placement before the child was known here is on the area's list. */
	CHECK_INT(clock_of(&v, TS_K_PLACEMENT_NOTICE, 0)->actor_id, 0);
	CHECK_INT(clock_of(&v, TS_K_PLACEMENT_NOTICE, 2)->actor_id, 40);
	CHECK_INT(clock_of(&v, TS_K_PLACEMENT_NOTICE, 2)->team_id, 400);
	clocks_as_of(&a, 1, "2025-11-11", &v);
	/* Not recorded as an emergency: a planned placement's rule. */
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_NOTICE, 3), "2025-11-10", "2025-11-11",
	    TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_NOTICE, 4), "2025-11-10", NULL, TS_OVERDUE);
	CHECK_STR(ts_kind_name(TS_K_PLACEMENT_NOTICE), "placement_notice");
	CHECK_STR(ts_kind_table(TS_K_PLACEMENT_NOTICE), "placements_in_area");
	buf_init(&b, 256);
	ts_describe(&a, clock_of(&v, TS_K_PLACEMENT_NOTICE, 0), &b);
	CHECK_STR(buf_str(&b), "placing authority's notice of an emergency placement, within 5 "
	    "working days of its start on Fri 22 Aug 2025");
	buf_reset(&b);
	ts_describe(&a, clock_of(&v, TS_K_PLACEMENT_NOTICE, 2), &b);
	CHECK_STR(buf_str(&b), "placing authority's notice of the placement, before it starts on "
	    "Mon 10 Nov 2025");
	buf_free(&b);
	ts_clocks_free(&v);
	area_free(&a);
}

/* An end on Fri 19 Dec 2025: ten working days step over Christmas, Boxing Day and New
 * Year's Day to Wed 7 Jan 2026. A local rule of 3 working days from 1 Dec 2025 gives an
 * emergency placement on Mon 1 Dec until Thu 4 Dec; one on Fri 28 Nov keeps 5. */
static void
end_notice_and_local_rule(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_placement *p;

	area_init(&a);
	add_child(&a, 1, "C1", "2011-01-01");
	p = add_placement(&a, 5, 1, "2025-08-22", "2025-08-22", M_NO, "Northmoor", "foster");
	p->end = D("2025-12-19");
	p->end_notified = D("2026-01-07");
	p = add_placement(&a, 6, 1, "2025-08-22", "2025-08-22", M_NO, "Northmoor", "foster");
	p->end = D("2025-12-19");
	add_placement(&a, 7, 1, "2025-12-01", NULL, M_YES, "Northmoor", "foster");
	add_placement(&a, 8, 1, "2025-11-28", NULL, M_YES, "Northmoor", "foster");
	add_setting(&a, "timescale.placement_notice_working_days", "3", "2025-12-01");
	fx_done(&a);
	clocks_as_of(&a, 1, "2026-01-08", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_END_NOTICE, 0), "2026-01-07", "2026-01-07",
	    TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_END_NOTICE, 1), "2026-01-07", NULL, TS_OVERDUE);
	/* The child's placements in order of start: 28 Nov's, then 1 Dec's. */
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_NOTICE, 2), "2025-12-05", NULL, TS_OVERDUE);
	CHECK_INT(clock_of(&v, TS_K_PLACEMENT_NOTICE, 2)->amount, 5);
	CHECK_CLOCK(clock_of(&v, TS_K_PLACEMENT_NOTICE, 3), "2025-12-04", NULL, TS_OVERDUE);
	CHECK_INT(clock_of(&v, TS_K_PLACEMENT_NOTICE, 3)->amount, 3);
	ts_clocks_free(&v);
	area_free(&a);
}

static double
value(const struct area *a, const char *name, const struct fig_filter *f, size_t row)
{
	const struct fig_def *d = fig_find(name);
	struct fig_result r;
	double v = -999;

	if (d && fig_compute(a, d, f, 0, &r) == 0) {
		if (row < r.n_rows)
			v = fig_value(d, &r.rows[row]);
		CHECK_STR(d->section, "Children placed in the area");
		fig_result_free(&r);
	}
	return v;
}

#define NEAR(got, want) CHECK(fabs((got) - (want)) < 1e-6)

/*
 * November 2025. Child 1: an emergency placement from 22 Aug, still open. Child 2: a
 * planned one from 10 Nov notified a week before. Child 3: a planned one from 12 Nov
 * notified a day late, who went missing on 20 Nov. Child 4: placed from June to 31 Oct,
 * missing on 5 Nov after leaving. On 30 Nov: 3 placed (foster 2 of 3; Northmoor 2,
 * Eastvale 1, Westbury 0); begun in the month 2, 1 notified in time; of the 3 children
 * placed in the month, 1 went missing while placed.
 */
static void
figures_bite(void)
{
	struct area a;
	struct fig_filter nov = fig_filter_all(D("2025-11-01"), D("2025-11-30"));
	struct m_placement *p;

	area_init(&a);
	for (int i = 1; i <= 4; i++)
		add_child(&a, i, i == 1 ? "C1" : i == 2 ? "C2" : i == 3 ? "C3" : "C4", "2011-01-01");
	add_placement(&a, 5, 1, "2025-08-22", "2025-08-26", M_YES, "Northmoor", "foster");
	add_placement(&a, 6, 2, "2025-11-10", "2025-11-03", M_NO, "Northmoor", "childrens_home");
	add_placement(&a, 7, 3, "2025-11-12", "2025-11-13", M_NO, "Eastvale", "foster");
	p = add_placement(&a, 8, 4, "2025-06-02", "2025-06-02", M_NO, "Westbury", "foster");
	p->end = D("2025-10-31");
	add_missing(&a, 1, 3, "2025-11-20");
	add_missing(&a, 2, 4, "2025-11-05");
	fx_done(&a);
	NEAR(value(&a, "placed_in_area", &nov, 0), 3);
	NEAR(value(&a, "placed_in_area_by_kind", &nov, 0), 200.0 / 3);	/* foster */
	NEAR(value(&a, "placed_in_area_by_kind", &nov, 2), 100.0 / 3);	/* children's home */
	NEAR(value(&a, "placed_in_area_by_authority", &nov, 0), 1);	/* Eastvale */
	NEAR(value(&a, "placed_in_area_by_authority", &nov, 1), 2);	/* Northmoor */
	NEAR(value(&a, "placed_in_area_by_authority", &nov, 2), 0);	/* Westbury */
	NEAR(value(&a, "placements_in_area_started", &nov, 0), 2);
	NEAR(value(&a, "placement_notices_on_time", &nov, 0), 50);
	NEAR(value(&a, "placed_children_missing", &nov, 0), 100.0 / 3);
	area_free(&a);
}

int
main(void)
{
	RUN(start_notices);
	RUN(end_notice_and_local_rule);
	RUN(figures_bite);
	return DONE();
}
