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
		if (cal_parse(env, out))
			return 1;
		cli_fail(a, "SAFEGUARD_TODAY=\"%s\" is not a date (use YYYY-MM-DD, or unset it)", env);
		return 0;
	}
	localtime_r(&now, &tm);
	*out = cal_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	return 1;
}

int
cli_as_of(const struct cli_args *a, cal_date *out)
{
	const char *v = cli_value(a, "--as-of");

	if (v)
		return cli_date(a, "--as-of", v, out);
	return cli_today(a, out);
}
