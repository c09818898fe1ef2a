/*
 * today.c: the date a command takes as today. Statutory clocks are judged at the end of a
 * day, so "today" is the local calendar date. $SAFEGUARD_TODAY=YYYY-MM-DD stands in for it,
 * so that tests, demonstrations and a replayed morning give the same answer on any day.
 */
#include "cli/today.h"

#include <stdlib.h>
#include <time.h>

int
cli_today(const struct cli_args *a, cal_date *out)
{
	const char *env = getenv("SAFEGUARD_TODAY");
	time_t now = time(NULL);
	struct tm tm;

	if (env && *env) {
		if (!cal_parse(env, out)) {
			cli_fail(a, "SAFEGUARD_TODAY=\"%s\" is not a date (use YYYY-MM-DD, or unset it)",
			    env);
			return 0;
		}
		/* As for --as-of: a clock judged on a day far outside the calendar's years
		 * would count working days towards a year no date can name. */
		if (cal_year(*out) < CAL_FIRST_YEAR || cal_year(*out) > CAL_LAST_YEAR) {
			cli_fail(a, "SAFEGUARD_TODAY=\"%s\" is outside the working-day calendar (use "
			    "a date from %d-01-01 to %d-12-31, or unset it)", env, CAL_FIRST_YEAR,
			    CAL_LAST_YEAR);
			return 0;
		}
		return 1;
	}
	localtime_r(&now, &tm);
	*out = cal_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return 1;
}

int
cli_as_of(const struct cli_args *a, cal_date *out)
{
	const char *v = cli_value(a, "--as-of");

	if (!v)
		return cli_today(a, out);
	if (!cli_date(a, "--as-of", v, out))
		return 0;
	/* The working-day calendar knows the bank holidays of these years (cal.h); a clock
	 * judged far outside them (9999-12-31) would fall due in a year no date can name. */
	if (cal_year(*out) < CAL_FIRST_YEAR || cal_year(*out) > CAL_LAST_YEAR) {
		cli_fail(a, "--as-of: %s is outside the working-day calendar (use a date from "
		    "%d-01-01 to %d-12-31)", v, CAL_FIRST_YEAR, CAL_LAST_YEAR);
		return 0;
	}
	return 1;
}
