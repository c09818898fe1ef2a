/* test_cal.c: the calendar against every year listed in domain.md 4.3, the worked
 * examples of 4.4, the month-end rule, and an exhaustive comparison of the table-driven
 * working-day arithmetic with a naive day-by-day count. */
#include "harness.h"
#include "calendar/cal.c"

static cal_date
D(const char *s)
{
	cal_date d = CAL_NONE;
	CHECK(cal_parse(s, &d));
	return d;
}

static const char *
F(cal_date d)
{
	static char out[8][11];
	static int i;
	i = (i + 1) % 8;
	cal_format(d, out[i]);
	return out[i];
}

/* domain.md 4.3, one row a year: every bank holiday of the year, in date order. */
static const char *const expected[] = {
	"2012-01-02 2012-04-06 2012-04-09 2012-05-07 2012-06-04 2012-06-05 2012-08-27 2012-12-25 2012-12-26",
	"2013-01-01 2013-03-29 2013-04-01 2013-05-06 2013-05-27 2013-08-26 2013-12-25 2013-12-26",
	"2014-01-01 2014-04-18 2014-04-21 2014-05-05 2014-05-26 2014-08-25 2014-12-25 2014-12-26",
	"2015-01-01 2015-04-03 2015-04-06 2015-05-04 2015-05-25 2015-08-31 2015-12-25 2015-12-28",
	"2016-01-01 2016-03-25 2016-03-28 2016-05-02 2016-05-30 2016-08-29 2016-12-26 2016-12-27",
	"2017-01-02 2017-04-14 2017-04-17 2017-05-01 2017-05-29 2017-08-28 2017-12-25 2017-12-26",
	"2018-01-01 2018-03-30 2018-04-02 2018-05-07 2018-05-28 2018-08-27 2018-12-25 2018-12-26",
	"2019-01-01 2019-04-19 2019-04-22 2019-05-06 2019-05-27 2019-08-26 2019-12-25 2019-12-26",
	"2020-01-01 2020-04-10 2020-04-13 2020-05-08 2020-05-25 2020-08-31 2020-12-25 2020-12-28",
	"2021-01-01 2021-04-02 2021-04-05 2021-05-03 2021-05-31 2021-08-30 2021-12-27 2021-12-28",
	"2022-01-03 2022-04-15 2022-04-18 2022-05-02 2022-06-02 2022-06-03 2022-08-29 2022-09-19 2022-12-26 2022-12-27",
	"2023-01-02 2023-04-07 2023-04-10 2023-05-01 2023-05-08 2023-05-29 2023-08-28 2023-12-25 2023-12-26",
	"2024-01-01 2024-03-29 2024-04-01 2024-05-06 2024-05-27 2024-08-26 2024-12-25 2024-12-26",
	"2025-01-01 2025-04-18 2025-04-21 2025-05-05 2025-05-26 2025-08-25 2025-12-25 2025-12-26",
	"2026-01-01 2026-04-03 2026-04-06 2026-05-04 2026-05-25 2026-08-31 2026-12-25 2026-12-28",
	"2027-01-01 2027-03-26 2027-03-29 2027-05-03 2027-05-31 2027-08-30 2027-12-27 2027-12-28",
	"2028-01-03 2028-04-14 2028-04-17 2028-05-01 2028-05-29 2028-08-28 2028-12-25 2028-12-26",
	"2029-01-01 2029-03-30 2029-04-02 2029-05-07 2029-05-28 2029-08-27 2029-12-25 2029-12-26",
	"2030-01-01 2030-04-19 2030-04-22 2030-05-06 2030-05-27 2030-08-26 2030-12-25 2030-12-26",
};

static void
every_year_in_domain_md(void)
{
	for (int i = 0; i < (int)(sizeof expected / sizeof expected[0]); i++) {
		cal_date h[12];
		char got[200] = "";
		int n = cal_bank_holidays(2012 + i, h), len = 0;
		for (int j = 0; j < n; j++)
			len += snprintf(got + len, sizeof got - (size_t)len, "%s%s", j ? " " : "", F(h[j]));
		CHECK_STR(got, expected[i]);
		for (int j = 0; j < n; j++)
			CHECK(cal_is_bank_holiday(h[j]) && !cal_is_working_day(h[j]));
	}
}

static void
easter_sundays(void)
{
	static const char *const easter[] = {
		"2012-04-08", "2013-03-31", "2014-04-20", "2015-04-05", "2016-03-27",
		"2017-04-16", "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04",
		"2022-04-17", "2023-04-09", "2024-03-31", "2025-04-20", "2026-04-05",
		"2027-03-28", "2028-04-16", "2029-04-01", "2030-04-21",
	};
	for (int i = 0; i < 19; i++)
		CHECK_STR(F(cal_easter_sunday(2012 + i)), easter[i]);
	CHECK_STR(F(cal_easter_sunday(2100)), "2100-03-28");
	CHECK_STR(F(cal_easter_sunday(1970)), "1970-03-29");
}

static void
holiday_counts(void)
{
	for (int y = 1970; y <= 2100; y++) {
		cal_date h[12];
		int n = cal_bank_holidays(y, h);
		int want = y < 1974 ? 6 : y < 1978 ? 7 : 8;
		if (y == 1973 || y == 1977 || y == 1981 || y == 1999 || y == 2011 || y == 2012 ||
		    y == 2023)
			want++;
		if (y == 2002 || y == 2022)
			want += y == 2022 ? 2 : 1;
		CHECK_INT(n, want);
		for (int i = 0; i < n; i++)
			CHECK(!cal_is_weekend(h[i]));
	}
}

static void
historic_one_offs(void)
{
	CHECK(cal_is_bank_holiday(D("1977-06-07")));
	CHECK(cal_is_bank_holiday(D("1995-05-08")));
	CHECK(!cal_is_bank_holiday(D("1995-05-01")));
	CHECK(cal_is_bank_holiday(D("1999-12-31")));
	CHECK(cal_is_bank_holiday(D("2002-06-03")) && cal_is_bank_holiday(D("2002-06-04")));
	CHECK(!cal_is_bank_holiday(D("2002-05-27")));
	CHECK(cal_is_bank_holiday(D("2011-04-29")));
	CHECK(!cal_is_bank_holiday(D("1973-01-01")));	/* New Year's Day from 1974 */
	CHECK(!cal_is_bank_holiday(D("1977-05-02")));	/* early May from 1978 */
}

/* domain.md 4.4: the 15th working day after a section 47 start, convention A. */
static void
worked_examples_convention_a(void)
{
	CHECK_STR(F(cal_add_working_days(D("2025-01-06"), 15)), "2025-01-27");
	CHECK_STR(F(cal_add_working_days(D("2025-04-17"), 15)), "2025-05-13");
	CHECK_STR(F(cal_add_working_days(D("2022-05-27"), 15)), "2022-06-21");
	CHECK_INT(cal_working_days_between(D("2025-01-06"), D("2025-01-27")), 15);
	CHECK_INT(cal_working_days_between(D("2025-01-06"), D("2025-01-28")), 16);
	CHECK_INT(cal_working_days_between(D("2025-01-27"), D("2025-01-06")), -15);
}

static void
christmas_and_easter_crossings(void)
{
	/* Friday 19 Dec 2025 + 5: Mon 22, Tue 23, Wed 24, (25, 26 holidays) Mon 29, Tue 30. */
	CHECK_STR(F(cal_add_working_days(D("2025-12-19"), 5)), "2025-12-30");
	/* 2021: Christmas on Saturday, substitutes Monday 27 and Tuesday 28. */
	CHECK_STR(F(cal_add_working_days(D("2021-12-24"), 1)), "2021-12-29");
	/* 2022: Christmas on Sunday, Boxing Day Monday 26, substitute Tuesday 27. */
	CHECK_STR(F(cal_add_working_days(D("2022-12-23"), 1)), "2022-12-28");
	/* One working day before Easter Tuesday 2026 is Thursday 2 April. */
	CHECK_STR(F(cal_add_working_days(D("2026-04-07"), -1)), "2026-04-02");
	/* 2023 coronation: Friday 5 May + 1 is Tuesday 9 May. */
	CHECK_STR(F(cal_add_working_days(D("2023-05-05"), 1)), "2023-05-09");
	/* 2022 state funeral: Friday 16 September + 1 is Tuesday 20 September. */
	CHECK_STR(F(cal_add_working_days(D("2022-09-16"), 1)), "2022-09-20");
	/* From a Saturday, the first working day after is the Monday. */
	CHECK_STR(F(cal_add_working_days(D("2025-01-04"), 1)), "2025-01-06");
	CHECK_STR(F(cal_add_working_days(D("2025-01-04"), 0)), "2025-01-04");
}

static void
month_end_rule(void)
{
	CHECK_STR(F(cal_add_months(D("2025-01-31"), 1)), "2025-02-28");
	CHECK_STR(F(cal_add_months(D("2024-01-31"), 1)), "2024-02-29");
	CHECK_STR(F(cal_add_months(D("2025-03-31"), 1)), "2025-04-30");
	CHECK_STR(F(cal_add_months(D("2025-08-31"), 1)), "2025-09-30");
	CHECK_STR(F(cal_add_months(D("2025-01-31"), 3)), "2025-04-30");
	CHECK_STR(F(cal_add_months(D("2025-11-30"), 3)), "2026-02-28");
	CHECK_STR(F(cal_add_months(D("2025-05-15"), 6)), "2025-11-15");
	CHECK_STR(F(cal_add_months(D("2024-02-29"), 12)), "2025-02-28");
	CHECK_STR(F(cal_add_months(D("2025-03-31"), -1)), "2025-02-28");
	CHECK_STR(F(cal_add_months(D("2025-12-15"), 1)), "2026-01-15");
}

static void
parse_and_format(void)
{
	cal_date d;
	static const char *const bad[] = {
		"2019-02-30", "2019-13-01", "2019-00-10", "2019-1-01", "20190101", "2019/01/01",
		" 2019-01-01", "2019-01-01 ", "", "2019-01-32", "abcd-ef-gh", "2100-02-29", "0000-01-01",
	};
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		CHECK(!cal_parse(bad[i], &d));
	CHECK(cal_parse("2000-02-29", &d));
	CHECK_STR(F(d), "2000-02-29");
	CHECK(cal_parse("1970-01-01", &d) && d == 0);
	CHECK_INT(cal_weekday(0), 4);
	CHECK_INT(cal_weekday(D("2026-11-21")), 6);
	CHECK_STR(F(CAL_NONE), "");
	CHECK_INT(cal_years_between(D("2010-03-03"), D("2026-03-02")), 15);
	CHECK_INT(cal_years_between(D("2010-03-03"), D("2026-03-03")), 16);
	for (cal_date x = D("1900-01-01"); x < D("2200-01-01"); x += 7) {
		int y, m, dd;
		cal_to_ymd(x, &y, &m, &dd);
		CHECK_INT(cal_from_ymd(y, m, dd), x);
	}
}

/* The tables against a naive count over every date they cover, for several n. */
static int
naive_is_working(cal_date d)
{
	return !cal_is_weekend(d) && !cal_is_bank_holiday(d);
}

static cal_date
naive_add(cal_date d, int n)
{
	int step = n > 0 ? 1 : -1;
	while (n) {
		d += step;
		if (naive_is_working(d))
			n -= step;
	}
	return d;
}

static void
exhaustive_against_naive(void)
{
	static const int ns[] = {1, 2, 5, 10, 15, 45, -1, -2, -5};
	int bad = 0;
	cal_date first = D("1970-01-02"), last = D("2100-11-30");

	for (cal_date d = first; d <= last; d++) {
		if (cal_is_working_day(d) != naive_is_working(d))
			bad++;
		for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++) {
			cal_date t = cal_add_working_days(d, ns[i]);
			if (t != naive_add(d, ns[i]))
				bad++;
			if (ns[i] > 0 && cal_working_days_between(d, t) != ns[i])
				bad++;
		}
	}
	CHECK_INT(bad, 0);
	/* Outside the tables the same answers come from the slow path. */
	CHECK_STR(F(cal_add_working_days(D("2100-12-30"), 2)), "2101-01-04");
	CHECK_STR(F(cal_add_working_days(D("1969-12-31"), -1)), "1969-12-30");
	CHECK_INT(cal_working_days_between(D("1969-12-26"), D("1970-01-05")), 6);
}

int
main(void)
{
	RUN(every_year_in_domain_md);
	RUN(easter_sundays);
	RUN(holiday_counts);
	RUN(historic_one_offs);
	RUN(worked_examples_convention_a);
	RUN(christmas_and_easter_crossings);
	RUN(month_end_rule);
	RUN(parse_and_format);
	RUN(exhaustive_against_naive);
	return DONE();
}
