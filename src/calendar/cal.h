/* cal.h: civil dates, England and Wales bank holidays, working days. See cal.c. */
#ifndef SG_CAL_H
#define SG_CAL_H
#include <stdint.h>

/* A civil date: days since 1970-01-01. No time, no zone: statutory clocks are date-based. */
typedef int32_t cal_date;
#define CAL_NONE INT32_MIN	/* "no date recorded" */
#define CAL_FIRST_YEAR 1970	/* working-day tables cover these years; */
#define CAL_LAST_YEAR 2100	/* outside them the rules are applied day by day */

int cal_days_in_month(int y, int m);
int cal_valid_ymd(int y, int m, int d);
cal_date cal_from_ymd(int y, int m, int d);
void cal_to_ymd(cal_date date, int *y, int *m, int *d);
int cal_year(cal_date date);
/* Strict YYYY-MM-DD (years 0001-9999); returns 0 for anything else, e.g. "2019-02-30". */
int cal_parse(const char *s, cal_date *out);
/* Writes YYYY-MM-DD, or "" for CAL_NONE, into out[11]. */
void cal_format(cal_date date, char out[11]);
/* ISO weekday: 1 Monday ... 7 Sunday. */
int cal_weekday(cal_date date);
int cal_is_weekend(cal_date date);

cal_date cal_easter_sunday(int year);
int cal_is_bank_holiday(cal_date date);
/* The year's bank holidays in date order into out[]; returns how many (at most 12). */
int cal_bank_holidays(int year, cal_date out[12]);
int cal_is_working_day(cal_date date);

/*
 * Working-day arithmetic, convention A of domain.md 4.4: "within N working days of D" is
 * the N-th working day after D, D itself being day 0. n < 0 counts back: the 1st working
 * day before D is the last working day earlier than D. n == 0 returns D unchanged.
 */
cal_date cal_add_working_days(cal_date date, int n);
/* Working days after `from` up to and including `to`; negative when to < from. */
int cal_working_days_between(cal_date from, cal_date to);
cal_date cal_add_days(cal_date date, int n);
/*
 * Calendar months. The month-end rule: the result keeps the day of the month, or takes the
 * last day of the target month when that month is shorter (31 January + 1 month is 28 or
 * 29 February; 31 August + 1 month is 30 September). Unlike SQLite's date('+1 month'),
 * which rolls 31 March + 1 month over to 1 May, a month never reaches into the next one.
 */
cal_date cal_add_months(cal_date date, int n);
/* Whole years between two dates (age on `on` of someone born on `born`). */
int cal_years_between(cal_date born, cal_date on);

#endif
