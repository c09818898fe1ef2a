/*
 * ts_school.c: the school days of Operation Encompass (domain.md 6). The police tell a
 * child's school of a domestic abuse incident before the start of the next school day, so
 * that the school's safeguarding lead knows before the child arrives. A school day is a
 * day of the week the setting timescale.school_weekdays names, neither a bank holiday nor
 * in the school holidays (timescale.school_holidays), and it starts at
 * timescale.school_day_start. Each day is judged by the values in force on it: the
 * holidays are given a school year at a time, each list from the date it applies.
 */
#include "timescales/ts_int.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/str.h"

static const char *const day_names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

int
ts_parse_weekdays(const char *value, struct ts_value *v, char *why, size_t size)
{
	const char *p = value;
	unsigned bits = 0;

	while (*p) {
		size_t len = strcspn(p, " ,");
		int d = -1;
		for (int i = 0; len == 3 && i < 7; i++)
			if (strncmp(p, day_names[i], 3) == 0)
				d = i + 1;
		if (len && (d < 0 || (bits >> d & 1)))
			break;
		if (len)
			bits |= 1u << d;
		p += len ? len : 1;
	}
	if (*p || !bits) {
		snprintf(why, size, "\"%s\" is not a list of weekdays (name each once, as Mon Tue "
		    "Wed Thu Fri Sat Sun, separated by spaces, e.g. \"Mon Tue Wed Thu Fri\")", value);
		return 0;
	}
	v->n = 1;
	v->v[0] = (int)bits;
	return 1;
}

int
ts_minutes(const char *s)
{
	if (!s || strlen(s) != 5 || s[2] != ':' || strspn(s, "0123456789:") != 5)
		return -1;
	int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
	return h < 24 && m < 60 ? h * 60 + m : -1;
}

int
ts_parse_time(const char *value, struct ts_value *v, char *why, size_t size)
{
	int m = ts_minutes(value);

	if (m < 0) {
		snprintf(why, size, "\"%s\" is not a time of day (use HH:MM on the 24-hour clock, "
		    "e.g. 08:45)", value);
		return 0;
	}
	v->n = 1;
	v->v[0] = m;
	return 1;
}

/* One word of a holiday list: a date, or first..last. */
static int
range_word(const char *w, size_t len, cal_date *first, cal_date *last)
{
	char a[11], b[11];

	if (len == 10) {
		memcpy(a, w, 10);
		a[10] = 0;
		return cal_parse(a, first) && (*last = *first, 1);
	}
	if (len != 22 || w[10] != '.' || w[11] != '.')
		return 0;
	memcpy(a, w, 10);
	a[10] = 0;
	memcpy(b, w + 12, 10);
	b[10] = 0;
	return cal_parse(a, first) && cal_parse(b, last) && *last >= *first;
}

int
ts_parse_ranges(const char *value, struct ts_value *v, char *why, size_t size)
{
	const char *p = value;

	v->n = 0;
	if (strcmp(value, "none") == 0)
		return 1;
	while (*p) {
		size_t len = strcspn(p, " ,");
		cal_date first, last;
		if (!len) {
			p++;
			continue;
		}
		if (v->n + 2 > TS_MAX_VALUES || !range_word(p, len, &first, &last))
			break;
		v->v[v->n++] = first;
		v->v[v->n++] = last;
		p += len;
	}
	if (*p || !v->n) {
		snprintf(why, size, "\"%s\" is not a list of holidays (give up to %d dates "
		    "YYYY-MM-DD or ranges YYYY-MM-DD..YYYY-MM-DD, the last day not before the first, "
		    "separated by spaces, e.g. \"2025-10-27..2025-10-31 2025-12-22..2026-01-02\"; "
		    "or none)", value, TS_MAX_VALUES / 2);
		return 0;
	}
	return 1;
}

static int
is_school_day(const struct ts_config *cfg, cal_date d)
{
	const struct ts_value *h = ts_setting(cfg, TS_SCHOOL_HOLIDAYS, d);

	if (!(ts_setting_int(cfg, TS_SCHOOL_WEEKDAYS, d) >> cal_weekday(d) & 1) ||
	    cal_is_bank_holiday(d))
		return 0;
	for (int i = 0; i + 1 < h->n; i += 2)
		if (d >= h->v[i] && d <= h->v[i + 1])
			return 0;
	return 1;
}

int
ts_next_school_start(const struct ts_config *cfg, cal_date day, int minutes, cal_date *out)
{
	cal_date d = day;
	int start = ts_setting_int(cfg, TS_SCHOOL_DAY_START, day);

	/* The same day counts when the incident came before its school day began. A school
	 * year has at most a summer's holiday in a row; a year's search is plenty. */
	if (!(is_school_day(cfg, d) && minutes >= 0 && minutes < start))
		for (d = cal_add_days(day, 1); !is_school_day(cfg, d) && d < day + 400; d++)
			;
	*out = d;
	return ts_setting_int(cfg, TS_SCHOOL_DAY_START, d);
}

/* Whether (day, time) is before the start of the first school day after the incident. */
static int
before_start(const struct ts_config *cfg, const struct m_encompass *e, cal_date day,
    const char *time)
{
	cal_date due;
	int start = ts_next_school_start(cfg, e->incident, ts_minutes(e->incident_time), &due);
	int m = ts_minutes(time);

	return day != CAL_NONE && (day < due || (day == due && m >= 0 && m < start));
}

int
ts_encompass_sent_on_time(const struct ts_config *cfg, const struct m_encompass *e)
{
	return before_start(cfg, e, e->sent, e->sent_time);
}

int
ts_encompass_read_on_time(const struct ts_config *cfg, const struct m_encompass *e)
{
	return before_start(cfg, e, e->read, e->read_time);
}

int
ts_encompass_describe(const struct ts_clock *k, const char *start, struct buf *out)
{
	if (k->kind == TS_K_ENCOMPASS_SENT)
		buf_printf(out, "Operation Encompass notification to the school, before the "
		    "start of the next school day after the incident of %s", start);
	else if (k->kind == TS_K_ENCOMPASS_READ)
		buf_printf(out, "Operation Encompass notification read by the school's "
		    "safeguarding lead, before the start of the school day (sent %s)", start);
	else
		return 0;
	return 1;
}
