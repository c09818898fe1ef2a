/*
 * test_ts_plans.c: the clocks of child protection plans and the hard cases of issue 3:
 * a plan started on 31 January (month ends), an unborn child, a transfer-in conference, a
 * plan ended early, a conference rescheduled, a setting changed while a clock runs. Every
 * expected date is worked out by hand in the comment above its test (convention A).
 */
#include "harness.h"
#include "ts_fixture.h"

static struct m_plan *
plan_from_icpc(struct area *a, int64_t child, const char *referral, const char *icpc)
{
	int64_t base = child * 100;
	struct m_conference *f;

	add_child(a, child, child == 1 ? "C1" : child == 2 ? "C2" : "C3", "2018-01-01");
	add_referral(a, base, child, referral);
	f = add_conference(a, base + 1, child, base, M_INITIAL, icpc, icpc);
	str_copy(f->decision, sizeof f->decision, "plan");
	return add_plan(a, base + 2, child, base, base + 1, icpc);
}

static void
review(struct area *a, int64_t child, int64_t id, const char *held)
{
	add_conference(a, id, child, child * 100, M_REVIEW, held, held)->plan_id = child * 100 + 2;
}

/*
 * Plans from an initial conference on Fri 31 Jan 2025. First review: 3 calendar months,
 * and April has 30 days, so Wed 30 Apr 2025. Held then: met, and the next is due at most
 * 6 months later, Thu 30 Oct 2025. Held on 1 May: missed, next by Sat 1 Nov 2025.
 * First core group, 10 working days: 3-7 Feb (5), 10-14 Feb (10): Fri 14 Feb 2025. Then
 * every 42 days by default (13 Feb + 42 = Thu 27 Mar), or the plan's own 28 (14 Feb + 28 =
 * Fri 14 Mar). A plan from Thu 30 Nov 2023: first review 29 Feb 2024 (a leap year).
 */
static void
plan_from_31_january(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	plan_from_icpc(&a, 1, "2025-01-06", "2025-01-31");
	review(&a, 1, 110, "2025-04-30");
	add_core_group(&a, 111, 1, 102, "2025-02-13");
	add_core_group(&a, 112, 1, 102, "2025-03-27");
	plan_from_icpc(&a, 2, "2025-01-06", "2025-01-31")->core_group_interval_days = 28;
	review(&a, 2, 210, "2025-05-01");
	add_core_group(&a, 211, 2, 202, "2025-02-14");
	add_core_group(&a, 212, 2, 202, "2025-03-17");
	plan_from_icpc(&a, 3, "2023-11-01", "2023-11-30");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-11-03", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_REVIEW, 0), "2025-04-30", "2025-04-30", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_REVIEW, 0), "2025-10-30", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_CORE_GROUP, 0), "2025-02-14", "2025-02-13", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_CORE_GROUP, 0), "2025-03-27", "2025-03-27", TS_MET);
	CHECK_INT(clock_of(&v, TS_K_CORE_GROUP, 0)->amount, 42);
	clocks_as_of(&a, 2, "2025-11-03", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_REVIEW, 0), "2025-04-30", "2025-05-01", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_REVIEW, 0), "2025-11-01", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_CORE_GROUP, 0), "2025-03-14", "2025-03-17", TS_MISSED);
	CHECK_INT(clock_of(&v, TS_K_CORE_GROUP, 0)->amount, 28);
	clocks_as_of(&a, 3, "2024-01-10", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_REVIEW, 0), "2024-02-29", NULL, TS_DUE);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * An unborn child (expected 10 Jun 2025). Referral, strategy discussion and enquiry Mon
 * 3 Mar 2025: conference due Mon 24 Mar (4-7 Mar 4, 10-14 9, 17-21 14, 24 15); held Thu
 * 20 Mar, so the plan starts before birth. A visit before birth counts though the child
 * cannot be seen: Thu 27 Mar meets the first (due 3 Apr: 21 Mar 1, 24-28 6, 31 Mar-3 Apr
 * 10). After the birth on Tue 3 Jun, a visit that did not see the child does not count.
 * First review: 3 months, Fri 20 Jun 2025; under a local rule of 10 working days after
 * birth, Tue 17 Jun (4-6 Jun 3, 9-13 8, 16 9, 17 10), the sooner.
 */
static void
unborn_child(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_conference *f;

	area_init(&a);
	add_child(&a, 1, "U1", NULL)->expected_birth = D("2025-06-10");
	add_referral(&a, 10, 1, "2025-03-03");
	add_strategy(&a, 11, 1, 10, "2025-03-03");
	add_s47(&a, 12, 1, 10, 11, "2025-03-03");
	f = add_conference(&a, 13, 1, 10, M_INITIAL, "2025-03-20", "2025-03-20");
	f->s47_id = 12;
	str_copy(f->decision, sizeof f->decision, "plan");
	add_plan(&a, 14, 1, 10, 13, "2025-03-20");
	add_visit(&a, 15, 1, 14, "2025-03-27", 0);
	add_visit(&a, 16, 1, 14, "2025-06-09", 0);
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-04-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2025-03-24", "2025-03-20", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 0), "2025-04-03", "2025-03-27", TS_MET);
	a.children[0].birth = D("2025-06-03");
	clocks_as_of(&a, 1, "2025-06-18", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 1), "2025-04-10", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_REVIEW, 0), "2025-06-20", NULL, TS_DUE);
	add_setting(&a, "timescale.unborn_review_after_birth_working_days", "10", "2025-01-01");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-06-18", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_REVIEW, 0), "2025-06-17", NULL, TS_OVERDUE);
	/* Before the birth is recorded the local rule cannot apply. */
	clocks_as_of(&a, 1, "2025-06-02", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_REVIEW, 0), "2025-06-20", NULL, TS_DUE);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * A child arriving on a plan from another area. The notification (recorded as the referral)
 * came on Wed 1 Oct 2025: the transfer-in conference is due in 15 working days, Wed 22 Oct
 * (2-3 Oct 2, 6-10 7, 13-17 12, 20-22 15), and is held then. Its reports count back as an
 * initial conference's: the chair's by Tue 21 Oct, the parents' by Mon 20 Oct. The plan it
 * continues wants a first core group by Wed 5 Nov (23-24 Oct 2, 27-31 7, 3-5 Nov 10) and a
 * first review by Thu 22 Jan 2026.
 */
static void
transfer_in(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_conference *f;

	area_init(&a);
	add_child(&a, 1, "T1", "2019-05-05");
	add_referral(&a, 10, 1, "2025-10-01");
	f = add_conference(&a, 11, 1, 10, M_TRANSFER_IN, "2025-10-22", "2025-10-22");
	str_copy(f->decision, sizeof f->decision, "continue_plan");
	f->report_to_chair = D("2025-10-21");
	add_plan(&a, 12, 1, 10, 11, "2025-10-22");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-11-10", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_TRANSFER_IN, 0), "2025-10-22", "2025-10-22", TS_MET);
	CHECK_INT(clock_of(&v, TS_K_TRANSFER_IN, 0)->start, D("2025-10-01"));
	CHECK_CLOCK(clock_of(&v, TS_K_CHAIR_REPORT, 0), "2025-10-21", "2025-10-21", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_PARENT_REPORT, 0), "2025-10-20", NULL, TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_CORE_GROUP, 0), "2025-11-05", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_REVIEW, 0), "2026-01-22", NULL, TS_DUE);
	CHECK(clock_of(&v, TS_K_ICPC, 0) == NULL);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * Plans from Mon 3 Feb 2025 that end early (moved away). Visits on Fri 14 Feb (due Mon 17
 * Feb: 4-7 4, 10-14 9, 17 10) and Fri 28 Feb (due 28 Feb: 17-21 5, 24-28 10); the next is
 * due Fri 14 Mar (3-7 5, 10-14 10). Ended Wed 12 Mar: that visit was never owed, nor the
 * next core group (10 Feb + 42 = 24 Mar) or the review (3 May); it never reached 12 months.
 * Ended Fri 28 Mar instead: the visit due 14 Mar was missed.
 */
static void
plan_ended_early(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	for (int c = 1; c <= 2; c++) {
		struct m_plan *p = plan_from_icpc(&a, c, "2025-01-10", "2025-02-03");
		p->end = D(c == 1 ? "2025-03-12" : "2025-03-28");
		str_copy(p->end_reason, sizeof p->end_reason, "transferred");
		add_visit(&a, c * 100 + 10, c, c * 100 + 2, "2025-02-14", 1);
		add_visit(&a, c * 100 + 11, c, c * 100 + 2, "2025-02-28", 1);
		add_core_group(&a, c * 100 + 12, c, c * 100 + 2, "2025-02-10");
	}
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-06-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 0), "2025-02-17", "2025-02-14", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 1), "2025-02-28", "2025-02-28", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 2), "2025-03-14", NULL, TS_NA);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_CORE_GROUP, 0), "2025-02-17", "2025-02-10", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_CORE_GROUP, 0), "2025-03-24", NULL, TS_NA);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_REVIEW, 0), "2025-05-03", NULL, TS_NA);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_LENGTH, 0), "2026-02-03", "2025-03-12", TS_MET);
	clocks_as_of(&a, 2, "2025-06-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 2), "2025-03-14", NULL, TS_MISSED);
	/* Asked about a day while the plan still ran, the visit was simply overdue. */
	clocks_as_of(&a, 2, "2025-03-20", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 2), "2025-03-14", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_LENGTH, 0), "2026-02-03", NULL, TS_DUE);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * An initial conference first set for Fri 24 Jan 2025 and moved to Thu 30 Jan. The statutory
 * target does not move: 15 working days from the strategy discussion of Mon 6 Jan is Mon
 * 27 Jan. The report deadlines follow the new date: to the chair by Wed 29 Jan, to the
 * parents by Tue 28 Jan.
 */
static void
conference_rescheduled(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_conference *f;

	area_init(&a);
	add_child(&a, 1, "C1", "2017-07-07");
	add_referral(&a, 10, 1, "2025-01-06");
	add_strategy(&a, 11, 1, 10, "2025-01-06");
	add_s47(&a, 12, 1, 10, 11, "2025-01-06");
	f = add_conference(&a, 13, 1, 10, M_INITIAL, "2025-01-30", NULL);
	f->s47_id = 12;
	f->rescheduled_from = D("2025-01-24");
	f->report_to_chair = D("2025-01-28");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-01-28", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2025-01-27", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_CHAIR_REPORT, 0), "2025-01-29", "2025-01-28", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_PARENT_REPORT, 0), "2025-01-28", NULL, TS_DUE);
	a.conferences[0].held = D("2025-01-30");
	clocks_as_of(&a, 1, "2025-01-31", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2025-01-27", "2025-01-30", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_PARENT_REPORT, 0), "2025-01-28", NULL, TS_MISSED);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * Visits every 10 working days until 1 Mar 2025, every 5 from then. A plan from Tue 25 Feb
 * keeps the rule in force when its clock started: due Tue 11 Mar (26-28 Feb 3, 3-7 Mar 8,
 * 10-11 10), not Tue 4 Mar; met by a visit on Mon 10 Mar. The next clock starts under the
 * new rule: Mon 17 Mar (11-14 4, 17 5). Likewise the assessment of a referral of Mon 3 Feb
 * keeps 45 working days (Mon 7 Apr: no holiday before Good Friday, 18 Apr) when the setting
 * becomes 40 on 1 Mar; one of Mon 3 Mar gets 40: 4-7 Mar 4, 10-14 9, 17-21 14, 24-28 19,
 * 31 Mar-4 Apr 24, 7-11 29, 14-17 33, Good Friday and Easter Monday, 22-25 37, 28-30 Apr 40.
 */
static void
setting_changed_while_running(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	plan_from_icpc(&a, 1, "2025-02-03", "2025-02-25");
	add_assessment(&a, 103, 1, 100, "2025-02-03");
	add_visit(&a, 104, 1, 102, "2025-03-10", 1);
	add_child(&a, 2, "C2", "2017-07-07");
	add_referral(&a, 200, 2, "2025-03-03");
	add_assessment(&a, 201, 2, 200, "2025-03-03");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-03-12", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 0), "2025-03-11", "2025-03-10", TS_MET);
	/* Before the change, 10 working days from Mon 10 Mar: 11-14 4, 17-21 9, Mon 24 Mar. */
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 1), "2025-03-24", NULL, TS_DUE);
	add_setting(&a, "timescale.visit_working_days", "5", "2025-03-01");
	add_setting(&a, "timescale.assessment_working_days", "40", "2025-03-01");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-03-12", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 0), "2025-03-11", "2025-03-10", TS_MET);
	CHECK_INT(clock_of(&v, TS_K_VISIT, 0)->amount, 10);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 1), "2025-03-17", NULL, TS_DUE);
	CHECK_INT(clock_of(&v, TS_K_VISIT, 1)->amount, 5);
	CHECK_CLOCK(clock_of(&v, TS_K_ASSESSMENT, 0), "2025-04-07", NULL, TS_DUE);
	clocks_as_of(&a, 2, "2025-03-12", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ASSESSMENT, 0), "2025-04-30", NULL, TS_DUE);
	ts_clocks_free(&v);
	area_free(&a);
}

/* Plan length flags at 12, 18 and 24 months: an open plan from 20 May 2024 has passed all
 * three on 25 May 2026; one from 10 Jan 2023 that ended on 1 Aug 2024 reached 12 and 18
 * months (10 Jan and 10 Jul 2024) but ended before 24. */
static void
plan_length_flags(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	plan_from_icpc(&a, 1, "2024-05-01", "2024-05-20");
	plan_from_icpc(&a, 2, "2023-01-02", "2023-01-10")->end = D("2024-08-01");
	fx_done(&a);
	clocks_as_of(&a, 1, "2026-05-25", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_LENGTH, 0), "2025-05-20", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_LENGTH, 1), "2025-11-20", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_LENGTH, 2), "2026-05-20", NULL, TS_OVERDUE);
	CHECK_INT(clock_of(&v, TS_K_PLAN_LENGTH, 2)->amount, 24);
	clocks_as_of(&a, 2, "2026-05-25", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_LENGTH, 0), "2024-01-10", "2024-08-01", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_LENGTH, 1), "2024-07-10", "2024-08-01", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_LENGTH, 2), "2025-01-10", "2024-08-01", TS_MET);
	ts_clocks_free(&v);
	area_free(&a);
}

int
main(void)
{
	RUN(plan_from_31_january);
	RUN(unborn_child);
	RUN(transfer_in);
	RUN(plan_ended_early);
	RUN(conference_rescheduled);
	RUN(setting_changed_while_running);
	RUN(plan_length_flags);
	return DONE();
}
