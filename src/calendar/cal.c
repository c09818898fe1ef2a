/*
 * cal.c: the civil calendar and the England and Wales working day.
 *
 * Every statutory clock in safeguard (referral decision, 45-day assessment, 15-day initial
 * conference, report deadlines, core groups, visits) is counted in working days: Monday to
 * Friday, less the bank holidays of England and Wales. Timescales for a whole national
 * census year ask for millions of these sums, so for 1970-2100 they are answered from two
 * tables built once: for every date, how many working days there have been up to it, and
 * the list of working days in order. Adding N working days is then two array reads.
 * Outside that range the rules are applied day by day, slowly but correctly.
 *
 * Bank holidays (domain.md 4.1, 4.2): New Year's Day, Good Friday, Easter Monday, early
 * May, spring and summer bank holidays, Christmas and Boxing Day, with Monday or Tuesday
 * substitutes when they fall at a weekend. The rules came into force at different times:
 * the late May and late August holidays from 1971 (used in trial years up to 1970, so
 * 1970 follows them too), New Year's Day from 1974 and early May from 1978. One-off days
 * and moved holidays are in a table below; those of 2012-2023 are verified against the
 * gov.uk feed (domain.md 4.3), the earlier ones are from the published proclamations.
 */
#include "calendar/cal.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "base/mem.h"

/* Days from civil and back, after the well-known era-based algorithm (proleptic Gregorian). */
cal_date
cal_from_ymd(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
cal_to_ymd(cal_date date, int *y, int *m, int *d)
{
	int z = date + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;

	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

int
cal_year(cal_date date)
{
	int y, m, d;

	cal_to_ymd(date, &y, &m, &d);
	return y;
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
cal_days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && is_leap(y))
		return 29;
	return days[m - 1];
}

int
cal_valid_ymd(int y, int m, int d)
{
	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= cal_days_in_month(y, m);
}

static int
digits(const char *s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

int
cal_parse(const char *s, cal_date *out)
{
	int y, m, d;

	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	if (!digits(s, 4, &y) || !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d))
		return 0;
	if (!cal_valid_ymd(y, m, d))
		return 0;
	*out = cal_from_ymd(y, m, d);
	return 1;
}

void
cal_format(cal_date date, char out[11])
{
	int y, m, d;

	if (date == CAL_NONE) {
		out[0] = '\0';
		return;
	}
	cal_to_ymd(date, &y, &m, &d);
	y = y < 0 ? 0 : y % 10000;
	/* Written by hand: the compiler cannot see that y, m, d fit their widths. */
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

int
cal_weekday(cal_date date)
{
	/* 1970-01-01 was a Thursday (ISO 4). */
	int r = (date + 3) % 7;
	return (r < 0 ? r + 7 : r) + 1;
}

int
cal_is_weekend(cal_date date)
{
	return cal_weekday(date) >= 6;
}

cal_date
cal_add_days(cal_date date, int n)
{
	return date + n;
}

/* Gregorian Easter Sunday by the anonymous (Meeus/Jones/Butcher) algorithm. */
cal_date
cal_easter_sunday(int year)
{
	int a = year % 19, b = year / 100, c = year % 100;
	int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
	int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7;
	int m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31;
	int day = (h + l - 7 * m + 114) % 31 + 1;

	return cal_from_ymd(year, month, day);
}

/* The n-th (1-based) Monday of a month, or the last when n is 0. */
static cal_date
monday_of(int year, int month, int n)
{
	cal_date d;

	if (n == 0) {
		d = cal_from_ymd(year, month, cal_days_in_month(year, month));
		return d - (cal_weekday(d) - 1);
	}
	d = cal_from_ymd(year, month, 1);
	return d + (8 - cal_weekday(d)) % 7 + 7 * (n - 1);
}

/*
 * Years whose usual holidays moved, and extra one-off days. A moved holiday names the
 * usual day (`from`) and the day it moved to; an extra day has from = 0.
 */
struct oneoff {
	int year;
	int from_m, from_d;	/* usual date replaced, or 0 */
	int m, d;
};
static const struct oneoff oneoffs[] = {
	{1973, 0, 0, 11, 14},	/* wedding of Princess Anne */
	{1977, 0, 0, 6, 7},	/* Silver Jubilee */
	{1981, 0, 0, 7, 29},	/* wedding of the Prince of Wales */
	{1995, 5, 1, 5, 8},	/* early May moved for the 50th anniversary of VE Day */
	{1999, 0, 0, 12, 31},	/* millennium */
	{2002, 5, 27, 6, 4},	/* spring holiday moved for the Golden Jubilee */
	{2002, 0, 0, 6, 3},	/* Golden Jubilee */
	{2011, 0, 0, 4, 29},	/* royal wedding */
	{2012, 5, 28, 6, 4},	/* spring holiday moved for the Diamond Jubilee */
	{2012, 0, 0, 6, 5},	/* Diamond Jubilee */
	{2020, 5, 4, 5, 8},	/* early May moved to VE Day, 75th anniversary */
	{2022, 5, 30, 6, 2},	/* spring holiday moved for the Platinum Jubilee */
	{2022, 0, 0, 6, 3},	/* Platinum Jubilee */
	{2022, 0, 0, 9, 19},	/* state funeral of Queen Elizabeth II */
	{2023, 0, 0, 5, 8},	/* coronation of King Charles III */
};

static int
add_unique(cal_date *out, int n, cal_date d)
{
	for (int i = 0; i < n; i++)
		if (out[i] == d)
			return n;
	out[n] = d;
	return n + 1;
}

/* Christmas and Boxing Day with their weekend substitutes (domain.md 4.1). */
static int
christmas(int year, cal_date *out, int n)
{
	cal_date xmas = cal_from_ymd(year, 12, 25);
	int wd = cal_weekday(xmas);

	if (wd == 6) {		/* Saturday: Monday 27 and Tuesday 28 */
		n = add_unique(out, n, xmas + 2);
		return add_unique(out, n, xmas + 3);
	}
	if (wd == 7) {		/* Sunday: Boxing Day Monday 26, Christmas Tuesday 27 */
		n = add_unique(out, n, xmas + 1);
		return add_unique(out, n, xmas + 2);
	}
	n = add_unique(out, n, xmas);
	/* Friday: Boxing Day falls on Saturday and moves to Monday 28. */
	return add_unique(out, n, wd == 5 ? xmas + 3 : xmas + 1);
}

static int
usual_holidays(int year, cal_date *out)
{
	cal_date easter = cal_easter_sunday(year);
	int n = 0;

	if (year >= 1974) {
		cal_date nyd = cal_from_ymd(year, 1, 1);
		int wd = cal_weekday(nyd);
		n = add_unique(out, n, wd == 6 ? nyd + 2 : wd == 7 ? nyd + 1 : nyd);
	}
	n = add_unique(out, n, easter - 2);
	n = add_unique(out, n, easter + 1);
	if (year >= 1978)
		n = add_unique(out, n, monday_of(year, 5, 1));
	n = add_unique(out, n, monday_of(year, 5, 0));
	n = add_unique(out, n, monday_of(year, 8, 0));
	return christmas(year, out, n);
}

static void
sort_dates(cal_date *a, int n)
{
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && a[j - 1] > a[j]; j--) {
			cal_date t = a[j];
			a[j] = a[j - 1];
			a[j - 1] = t;
		}
}

int
cal_bank_holidays(int year, cal_date out[12])
{
	int n = usual_holidays(year, out);

	for (size_t i = 0; i < sizeof oneoffs / sizeof oneoffs[0]; i++) {
		const struct oneoff *o = &oneoffs[i];
		if (o->year != year)
			continue;
		if (o->from_m) {
			cal_date from = cal_from_ymd(year, o->from_m, o->from_d);
			for (int j = 0; j < n; j++)
				if (out[j] == from)
					out[j] = cal_from_ymd(year, o->m, o->d);
		} else {
			n = add_unique(out, n, cal_from_ymd(year, o->m, o->d));
		}
	}
	sort_dates(out, n);
	return n;
}

/*
 * The tables, for dates from 1 January CAL_FIRST_YEAR to 31 December CAL_LAST_YEAR:
 * count[i] is the number of working days in [first, first + i]; workday[k] is the k-th
 * working day (0-based) of the range.
 */
static struct {
	cal_date first, last;
	int32_t *count;
	cal_date *workday;
	int nworkdays;
} tab;
static pthread_once_t tab_once = PTHREAD_ONCE_INIT;

static void
build_tables(void)
{
	int ndays;
	unsigned char *hol;

	tab.first = cal_from_ymd(CAL_FIRST_YEAR, 1, 1);
	tab.last = cal_from_ymd(CAL_LAST_YEAR, 12, 31);
	ndays = tab.last - tab.first + 1;
	hol = xcalloc((size_t)ndays, 1);
	for (int y = CAL_FIRST_YEAR; y <= CAL_LAST_YEAR; y++) {
		cal_date h[12];
		int n = cal_bank_holidays(y, h);
		for (int i = 0; i < n; i++)
			hol[h[i] - tab.first] = 1;
	}
	tab.count = xmalloc((size_t)ndays * sizeof *tab.count);
	tab.workday = xmalloc((size_t)ndays * sizeof *tab.workday);
	for (int i = 0, c = 0; i < ndays; i++) {
		cal_date d = tab.first + i;
		if (!hol[i] && !cal_is_weekend(d))
			tab.workday[c++] = d;
		tab.count[i] = c;
		tab.nworkdays = c;
	}
	xfree(hol);
}

static void
tables(void)
{
	pthread_once(&tab_once, build_tables);
}

static int
in_table(cal_date d)
{
	return d >= tab.first && d <= tab.last;
}

int
cal_is_bank_holiday(cal_date date)
{
	cal_date h[12];
	int n = cal_bank_holidays(cal_year(date), h);

	for (int i = 0; i < n; i++)
		if (h[i] == date)
			return 1;
	return 0;
}

int
cal_is_working_day(cal_date date)
{
	tables();
	if (in_table(date)) {
		int i = date - tab.first;
		return tab.count[i] != (i ? tab.count[i - 1] : 0);
	}
	return !cal_is_weekend(date) && !cal_is_bank_holiday(date);
}

/* Day-by-day fallback for dates outside the tables. */
static cal_date
slow_add(cal_date date, int n)
{
	int step = n > 0 ? 1 : -1;

	while (n != 0) {
		date += step;
		if (cal_is_working_day(date))
			n -= step;
	}
	return date;
}

cal_date
cal_add_working_days(cal_date date, int n)
{
	int k;

	if (n == 0 || date == CAL_NONE)
		return date;
	tables();
	if (!in_table(date) || !in_table(date - 1))
		return slow_add(date, n);
	if (n > 0)
		k = tab.count[date - tab.first] + n - 1;
	else
		k = tab.count[date - 1 - tab.first] + n;
	if (k < 0 || k >= tab.nworkdays)
		return slow_add(date, n);
	return tab.workday[k];
}

static int
slow_between(cal_date from, cal_date to)
{
	int n = 0;

	for (cal_date d = from + 1; d <= to; d++)
		n += cal_is_working_day(d);
	return n;
}

int
cal_working_days_between(cal_date from, cal_date to)
{
	if (to < from)
		return -cal_working_days_between(to, from);
	tables();
	if (in_table(from) && in_table(to))
		return tab.count[to - tab.first] - tab.count[from - tab.first];
	return slow_between(from, to);
}

cal_date
cal_add_months(cal_date date, int n)
{
	int y, m, d, months, dim;

	if (date == CAL_NONE)
		return date;
	cal_to_ymd(date, &y, &m, &d);
	months = y * 12 + (m - 1) + n;
	y = months / 12;
	m = months % 12 + 1;
	dim = cal_days_in_month(y, m);
	return cal_from_ymd(y, m, d > dim ? dim : d);
}

int
cal_years_between(cal_date born, cal_date on)
{
	int by, bm, bd, y, m, d, years;

	cal_to_ymd(born, &by, &bm, &bd);
	cal_to_ymd(on, &y, &m, &d);
	years = y - by;
	if (m < bm || (m == bm && d < bd))
		years--;
	return years;
}
