/*
 * test_ts_rules.c: the pathway clocks (referral, assessment, initial conference, reports,
 * plan and minutes) against dates worked out by hand on the England and Wales calendar
 * (domain.md 4.3): Easter, Christmas substitute days, the one-off days of 2022 and 2023,
 * and an initial conference on the 15th and on the 16th working day.
 * Working days are counted by convention A: day 0 is the date the clock starts.
 */
#include "harness.h"
#include "ts_fixture.h"

/* Referral received Thu 17 Apr 2025. Fri 18 Apr is Good Friday, Mon 21 Apr Easter Monday:
 * the 1st working day after is Tue 22 Apr 2025. */
static void
decision_across_easter(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_child(&a, 2, "C2", "2015-01-01");
	add_child(&a, 3, "C3", "2015-01-01");
	add_referral(&a, 10, 1, "2025-04-17")->decision = D("2025-04-22");
	add_referral(&a, 20, 2, "2025-04-17")->decision = D("2025-04-23");
	add_referral(&a, 30, 3, "2025-04-17");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-06-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_DECISION, 0), "2025-04-22", "2025-04-22", TS_MET);
	clocks_as_of(&a, 2, "2025-06-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_DECISION, 0), "2025-04-22", "2025-04-23", TS_MISSED);
	clocks_as_of(&a, 3, "2025-04-22", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_DECISION, 0), "2025-04-22", NULL, TS_DUE);
	clocks_as_of(&a, 3, "2025-04-23", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_DECISION, 0), "2025-04-22", NULL, TS_OVERDUE);
	/* Asked about a day before the referral, there is no clock at all. */
	CHECK_INT(clocks_as_of(&a, 3, "2025-04-16", &v), 0);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * Strategy discussion and referral Thu 17 Apr 2025 (domain.md 4.4's second example).
 * Initial conference, 15 working days: 22-25 Apr (4), 28-30 Apr (7), 1-2 May (9), Mon 5 May
 * early May holiday, 6-9 May (13), 12 May (14), Tue 13 May 2025 (15).
 * Assessment, 45 working days from the referral: to 2 May as above (9), 6-9 May (13),
 * 12-16 (18), 19-23 (23), Mon 26 May spring holiday, 27-30 (27), 2-6 Jun (32), 9-13 (37),
 * 16-20 (42), 23 (43), 24 (44), Wed 25 Jun 2025 (45).
 */
static void
enquiry_across_easter_and_may(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_referral(&a, 10, 1, "2025-04-17");
	add_assessment(&a, 11, 1, 10, "2025-04-17")->authorised = D("2025-06-26");
	add_strategy(&a, 12, 1, 10, "2025-04-17");
	add_s47(&a, 13, 1, 10, 12, "2025-04-22");
	add_conference(&a, 14, 1, 10, M_INITIAL, "2025-05-13", "2025-05-13")->s47_id = 13;
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-07-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2025-05-13", "2025-05-13", TS_MET);
	CHECK_INT(clock_of(&v, TS_K_ICPC, 0)->start, D("2025-04-17"));
	CHECK_INT(clock_of(&v, TS_K_ICPC, 0)->met_by_id, 14);
	CHECK_CLOCK(clock_of(&v, TS_K_ASSESSMENT, 0), "2025-06-25", "2025-06-26", TS_MISSED);
	ts_clocks_free(&v);
	area_free(&a);
}

/* Strategy discussion Mon 6 Jan 2025: the 15th working day is Mon 27 Jan 2025 (6 Jan is
 * day 0; 7-10 Jan 4, 13-17 9, 20-24 14, 27 Jan 15). Held on 27 Jan: met; on Tue 28 Jan, the
 * 16th working day: missed. */
static void
icpc_on_15th_and_16th_day(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	for (int c = 1; c <= 2; c++) {
		add_child(&a, c, c == 1 ? "C1" : "C2", "2018-03-03");
		add_referral(&a, c * 10, c, "2025-01-06");
		add_strategy(&a, c * 10 + 1, c, c * 10, "2025-01-06");
		add_s47(&a, c * 10 + 2, c, c * 10, c * 10 + 1, "2025-01-06");
		add_conference(&a, c * 10 + 3, c, c * 10, M_INITIAL, "2025-01-27",
		    c == 1 ? "2025-01-27" : "2025-01-28")->s47_id = c * 10 + 2;
	}
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-02-10", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2025-01-27", "2025-01-27", TS_MET);
	CHECK_INT(clock_of(&v, TS_K_ICPC, 0)->amount, 15);
	clocks_as_of(&a, 2, "2025-02-10", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2025-01-27", "2025-01-28", TS_MISSED);
	CHECK_INT(cal_working_days_between(D("2025-01-06"), D("2025-01-28")), 16);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * Christmas 2021 fell on a Saturday: the holidays were Mon 27 and Tue 28 Dec, then Mon 3 Jan
 * 2022 for New Year's Day (a Saturday). A review conference on Tue 4 Jan 2022 wants the
 * reports 5 working days before: Fri 31 Dec (1), Thu 30 (2), Wed 29 (3), Fri 24 (4),
 * Thu 23 Dec 2021 (5). An initial conference on Wed 29 Dec 2021 wants the chair's report 1
 * working day before, Fri 24 Dec, and the parents' 2 before, Thu 23 Dec.
 */
static void
reports_across_christmas_2021(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_conference *f;

	area_init(&a);
	add_child(&a, 1, "C1", "2016-06-06");
	add_referral(&a, 10, 1, "2021-12-01");
	f = add_conference(&a, 11, 1, 10, M_REVIEW, "2022-01-04", "2022-01-04");
	f->report_to_chair = D("2021-12-23");
	f->report_to_parents = D("2021-12-24");
	f = add_conference(&a, 12, 1, 10, M_INITIAL, "2021-12-29", "2021-12-29");
	f->report_to_chair = D("2021-12-24");
	fx_done(&a);
	clocks_as_of(&a, 1, "2022-02-01", &v);
	/* Conferences come in date order: the initial of 29 Dec first. */
	CHECK_CLOCK(clock_of(&v, TS_K_CHAIR_REPORT, 0), "2021-12-24", "2021-12-24", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_PARENT_REPORT, 0), "2021-12-23", NULL, TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_CHAIR_REPORT, 1), "2021-12-23", "2021-12-23", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_PARENT_REPORT, 1), "2021-12-23", "2021-12-24", TS_MISSED);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * Christmas 2022 fell on a Sunday: Mon 26 Dec Boxing Day, Tue 27 Dec the Christmas
 * substitute; New Year's Day 2023 (a Sunday) moved to Mon 2 Jan. Minutes of a conference
 * held Wed 21 Dec 2022, 15 working days: 22-23 Dec (2), 28-30 Dec (5), 3-6 Jan (9),
 * 9-13 Jan (14), Mon 16 Jan 2023 (15). The plan, 1 working day: Thu 22 Dec; at the latest
 * 7 calendar days: Wed 28 Dec.
 */
static void
minutes_across_christmas_2022(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_conference *f;

	area_init(&a);
	add_child(&a, 1, "C1", "2016-06-06");
	add_referral(&a, 10, 1, "2022-11-01");
	f = add_conference(&a, 11, 1, 10, M_INITIAL, "2022-12-21", "2022-12-21");
	str_copy(f->decision, sizeof f->decision, "plan");
	f->minutes_circulated = D("2023-01-16");
	f->plan_circulated = D("2022-12-28");
	fx_done(&a);
	clocks_as_of(&a, 1, "2023-02-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_MINUTES, 0), "2023-01-16", "2023-01-16", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_CIRCULATED, 0), "2022-12-22", "2022-12-28", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_PLAN_LIMIT, 0), "2022-12-28", "2022-12-28", TS_MET);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * 2022's one-off days. Spring holiday moved to Thu 2 Jun, Platinum Jubilee Fri 3 Jun: from
 * a strategy discussion on Fri 27 May 2022 the initial conference is due Tue 21 Jun 2022
 * (30-31 May, 1 Jun: 3; 6-10 Jun: 8; 13-17: 13; 20: 14; 21: 15), or Mon 20 Jun under
 * convention B (27 May is day 1). The state funeral, Mon 19 Sep 2022: the first core group
 * after an initial conference on Mon 12 Sep is due Tue 27 Sep (13-16 Sep: 4; 20-23: 8;
 * 26: 9; 27: 10).
 */
static void
one_off_days_2022(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2016-06-06");
	add_referral(&a, 10, 1, "2022-05-27");
	add_strategy(&a, 11, 1, 10, "2022-05-27");
	add_s47(&a, 12, 1, 10, 11, "2022-05-27");
	add_child(&a, 2, "C2", "2016-06-06");
	add_referral(&a, 20, 2, "2022-09-01");
	add_conference(&a, 21, 2, 20, M_INITIAL, "2022-09-12", "2022-09-12");
	add_plan(&a, 22, 2, 20, 21, "2022-09-12");
	add_core_group(&a, 23, 2, 22, "2022-09-27");
	fx_done(&a);
	clocks_as_of(&a, 1, "2022-06-21", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2022-06-21", NULL, TS_DUE);
	clocks_as_of(&a, 2, "2022-10-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_FIRST_CORE_GROUP, 0), "2022-09-27", "2022-09-27", TS_MET);
	add_setting(&a, "timescale.counting", "B", "2022-01-01");
	fx_done(&a);
	clocks_as_of(&a, 1, "2022-06-21", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2022-06-20", NULL, TS_OVERDUE);
	ts_clocks_free(&v);
	area_free(&a);
}

/*
 * 2023's one-off day, the coronation on Mon 8 May, a week after the early May holiday
 * (Mon 1 May). A plan from Thu 13 Apr 2023 wants a visit by Thu 27 Apr (14 Apr: 1; 17-21: 6;
 * 24-27: 10); after a visit that day, the next by Mon 15 May 2023 (28 Apr: 1; 2-5 May: 5;
 * 9-12 May: 9; 15 May: 10). A visit on 16 May is late.
 */
static void
one_off_day_2023(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2016-06-06");
	add_referral(&a, 10, 1, "2023-03-01");
	add_conference(&a, 11, 1, 10, M_INITIAL, "2023-04-13", "2023-04-13");
	add_plan(&a, 12, 1, 10, 11, "2023-04-13");
	add_visit(&a, 13, 1, 12, "2023-04-27", 1);
	add_visit(&a, 14, 1, 12, "2023-05-16", 1);
	fx_done(&a);
	clocks_as_of(&a, 1, "2023-05-20", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 0), "2023-04-27", "2023-04-27", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 1), "2023-05-15", "2023-05-16", TS_MISSED);
	CHECK_INT(clock_of(&v, TS_K_VISIT, 1)->met_by_id, 14);
	/* The open clock runs from the last visit: 17-19 May (3), 22-26 (8), Mon 29 May the
	 * spring holiday, Tue 30 (9), Wed 31 May 2023 (10). */
	CHECK_CLOCK(clock_of(&v, TS_K_VISIT, 2), "2023-05-31", NULL, TS_DUE);
	ts_clocks_free(&v);
	area_free(&a);
}

/* An enquiry that found no conference needed owes none, once it says so; an episode that
 * closed ends its clocks: missed if their target had passed, else not applicable. */
static void
not_required_and_closed(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_s47 *e;
	struct m_referral *r;

	area_init(&a);
	add_child(&a, 1, "C1", "2016-06-06");
	add_referral(&a, 10, 1, "2025-01-06");
	e = add_s47(&a, 11, 1, 10, 0, "2025-01-06");
	e->icpc_not_required = 1;
	e->completed = D("2025-01-20");
	add_child(&a, 2, "C2", "2016-06-06");
	r = add_referral(&a, 20, 2, "2025-01-06");	/* decision due Tue 7 Jan */
	r->closure = D("2025-03-31");
	add_assessment(&a, 21, 2, 20, "2025-01-06");	/* due 45 wd later: Mon 10 Mar */
	add_child(&a, 3, "C3", "2016-06-06");
	add_referral(&a, 30, 3, "2025-01-06")->closure = D("2025-02-03");
	add_assessment(&a, 31, 3, 30, "2025-01-06");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-01-17", &v);	/* not yet decided: the clock runs */
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2025-01-27", NULL, TS_DUE);
	clocks_as_of(&a, 1, "2025-02-17", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ICPC, 0), "2025-01-27", NULL, TS_NA);
	clocks_as_of(&a, 2, "2025-04-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_DECISION, 0), "2025-01-07", NULL, TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_ASSESSMENT, 0), "2025-03-10", NULL, TS_MISSED);
	clocks_as_of(&a, 3, "2025-04-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ASSESSMENT, 0), "2025-03-10", NULL, TS_NA);
	ts_clocks_free(&v);
	area_free(&a);
}

/* Invited agencies asked for a report before a review conference on Wed 15 Oct 2025: due
 * 5 working days before, Wed 8 Oct 2025 (14, 13, 10, 9, 8 Oct). */
static void
agency_reports(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2016-06-06");
	add_referral(&a, 10, 1, "2025-01-06");
	add_conference(&a, 11, 1, 10, M_REVIEW, "2025-10-15", NULL);
	add_invitee(&a, 12, 1, 11, 3, 0)->report = D("2025-10-08");
	add_invitee(&a, 13, 1, 11, 4, 0)->report = D("2025-10-09");
	add_invitee(&a, 14, 1, 11, 5, 0);
	add_invitee(&a, 15, 1, 11, 6, 0)->report_requested = 0;
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-10-09", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_AGENCY_REPORT, 0), "2025-10-08", "2025-10-08", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_AGENCY_REPORT, 1), "2025-10-08", "2025-10-09", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_AGENCY_REPORT, 2), "2025-10-08", NULL, TS_OVERDUE);
	CHECK(clock_of(&v, TS_K_AGENCY_REPORT, 3) == NULL);
	CHECK_INT(clock_of(&v, TS_K_AGENCY_REPORT, 2)->record_id, 14);
	/* Not received when the conference is held: missed, and no longer on anyone's list. */
	a.conferences[0].held = D("2025-10-15");
	clocks_as_of(&a, 1, "2025-10-16", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_AGENCY_REPORT, 2), "2025-10-08", NULL, TS_MISSED);
	ts_clocks_free(&v);
	area_free(&a);
}

/* A closed case owes nothing more: minutes of a conference held Fri 31 Jan 2025 were due
 * 15 working days later, Fri 21 Feb (3-7 Feb 5, 10-14 10, 17-21 15). Overdue while the
 * case is open; once it closes on 31 Mar, missed, and off every list. */
static void
closed_case_owes_nothing_more(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_conference *f;

	area_init(&a);
	add_child(&a, 1, "C1", "2016-06-06");
	add_referral(&a, 10, 1, "2025-01-06")->closure = D("2025-03-31");
	f = add_conference(&a, 11, 1, 10, M_INITIAL, "2025-01-31", "2025-01-31");
	str_copy(f->decision, sizeof f->decision, "no_plan");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-03-10", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_MINUTES, 0), "2025-02-21", NULL, TS_OVERDUE);
	CHECK(clock_of(&v, TS_K_PLAN_CIRCULATED, 0) == NULL);	/* no plan was made */
	clocks_as_of(&a, 1, "2025-04-01", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_MINUTES, 0), "2025-02-21", NULL, TS_MISSED);
	ts_clocks_free(&v);
	area_free(&a);
}

int
main(void)
{
	RUN(decision_across_easter);
	RUN(enquiry_across_easter_and_may);
	RUN(icpc_on_15th_and_16th_day);
	RUN(reports_across_christmas_2021);
	RUN(minutes_across_christmas_2022);
	RUN(one_off_days_2022);
	RUN(one_off_day_2023);
	RUN(not_required_and_closed);
	RUN(agency_reports);
	RUN(closed_case_owes_nothing_more);
	return DONE();
}
