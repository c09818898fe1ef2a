/*
 * test_ts_encompass.c: Operation Encompass's deadline, the start of the next school day
 * after the incident (timescales/ts_school.c, ts_encompass.c), against dates worked out by
 * hand: the England and Wales bank holidays of 2025, the school-day settings (weekdays,
 * start time, holidays from a date), and the worklists of the police force and the school.
 */
#include "harness.h"
#include "ts_fixture.h"

#include <math.h>

#include "base/buf.h"
#include "figures/figures.h"

static struct m_encompass *
add_note(struct area *a, int64_t id, int64_t child, const char *day, const char *time)
{
	struct m_encompass *e = FX_PUSH(encompass);

	e->id = id;
	e->child_id = child;
	e->school_id = 8;
	e->police_agency_id = 7;
	e->incident = D(day);
	str_copy(e->incident_time, sizeof e->incident_time, time);
	e->sent = e->read = CAL_NONE;
	return e;
}

static void
add_agency(struct area *a, int64_t id, const char *name, const char *kind)
{
	struct m_agency *g = FX_PUSH(agencies);

	g->id = id;
	g->name = area_strdup(a, name);
	str_copy(g->kind, sizeof g->kind, kind);
}

static void
sent(struct m_encompass *e, const char *day, const char *time)
{
	e->sent = D(day);
	str_copy(e->sent_time, sizeof e->sent_time, time);
}

static void
was_read(struct m_encompass *e, const char *day, const char *time)
{
	e->read = D(day);
	str_copy(e->read_time, sizeof e->read_time, time);
}

/* Fri 2 May 2025 at 21:30: Mon 5 May is the early May bank holiday, so the notification
 * is due before 08:45 on Tue 6 May. Sent at 07:30 that day it is in time; at 09:10, late. */
static void
over_a_bank_holiday_weekend(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct buf b;

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	sent(add_note(&a, 5, 1, "2025-05-02", "21:30"), "2025-05-06", "07:30");
	sent(add_note(&a, 6, 1, "2025-05-02", "21:31"), "2025-05-06", "09:10");
	add_note(&a, 7, 1, "2025-05-02", "21:32");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-05-06", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 0), "2025-05-06", "2025-05-06", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 1), "2025-05-06", "2025-05-06", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 2), "2025-05-06", NULL, TS_DUE);
	CHECK_INT(clock_of(&v, TS_K_ENCOMPASS_SENT, 0)->amount, 1);
	/* Not yet read: the school owes it, from the day it was sent. */
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_READ, 0), "2025-05-06", NULL, TS_DUE);
	/* Sent after the school day began: read before the next one starts. */
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_READ, 1), "2025-05-07", NULL, TS_DUE);
	CHECK(clock_of(&v, TS_K_ENCOMPASS_READ, 2) == NULL);
	clocks_as_of(&a, 1, "2025-05-07", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 2), "2025-05-06", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_READ, 0), "2025-05-06", NULL, TS_OVERDUE);
	CHECK_STR(ts_kind_name(TS_K_ENCOMPASS_SENT), "encompass_sent");
	CHECK_STR(ts_kind_table(TS_K_ENCOMPASS_READ), "encompass_notifications");
	buf_init(&b, 256);
	ts_describe(&a, clock_of(&v, TS_K_ENCOMPASS_SENT, 0), &b);
	CHECK_STR(buf_str(&b), "Operation Encompass notification to the school, before the "
	    "start of the next school day after the incident of Fri 2 May 2025");
	buf_free(&b);
	/* Before the incident nothing is owed. */
	CHECK_INT(clocks_as_of(&a, 1, "2025-05-01", &v), 0);
	ts_clocks_free(&v);
	area_free(&a);
}

/* An incident early on a school day is due before that day's start; later, the next. */
static void
the_same_day_before_school(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_note(&a, 5, 1, "2025-05-07", "06:30");
	add_note(&a, 6, 1, "2025-05-07", "08:45");
	add_note(&a, 7, 1, "2025-05-09", "23:59");	/* a Friday night */
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-05-07", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 0), "2025-05-07", NULL, TS_DUE);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 1), "2025-05-08", NULL, TS_DUE);
	clocks_as_of(&a, 1, "2025-05-10", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 2), "2025-05-12", NULL, TS_DUE);
	ts_clocks_free(&v);
	area_free(&a);
}

/* The settings: a half term, a four-day week and a later start, each from a date. */
static void
term_dates_and_the_school_week(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_encompass *e;
	struct ts_config *cfg;

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_setting(&a, "timescale.school_holidays", "2025-05-26..2025-05-30 2025-07-23..2025-09-02",
	    "2024-09-01");
	add_setting(&a, "timescale.school_weekdays", "Mon Tue Wed Thu", "2025-09-03");
	add_setting(&a, "timescale.school_day_start", "09:00", "2025-09-03");
	/* Fri 23 May: Mon 26 May is a bank holiday and the half term runs to Fri 30 May. */
	add_note(&a, 5, 1, "2025-05-23", "20:00");
	/* In the summer holiday: the first day of the new term, Wed 3 Sep. */
	add_note(&a, 6, 1, "2025-08-10", "20:00");
	/* Thu 4 Sep under a four-day week: Mon 8 Sep, before 09:00. */
	e = add_note(&a, 7, 1, "2025-09-04", "20:00");
	sent(e, "2025-09-08", "08:50");
	was_read(e, "2025-09-08", "08:55");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-09-08", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 0), "2025-06-02", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 1), "2025-09-03", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_SENT, 2), "2025-09-08", "2025-09-08", TS_MET);
	CHECK_CLOCK(clock_of(&v, TS_K_ENCOMPASS_READ, 0), "2025-09-08", "2025-09-08", TS_MET);
	cfg = ts_config_new(&a);
	CHECK(ts_encompass_sent_on_time(cfg, e));
	CHECK(ts_encompass_read_on_time(cfg, e));
	was_read(e, "2025-09-08", "09:00");
	CHECK(!ts_encompass_read_on_time(cfg, e));
	was_read(e, "2025-09-08", "");
	CHECK(!ts_encompass_read_on_time(cfg, e));	/* no time: not shown to be in time */
	ts_config_free(cfg);
	ts_clocks_free(&v);
	area_free(&a);
}

static void
bad_settings(void)
{
	char why[400];
	struct ts_value v;
	int wd = ts_key_index("timescale.school_weekdays");
	int st = ts_key_index("timescale.school_day_start");
	int hol = ts_key_index("timescale.school_holidays");

	CHECK(ts_value_parse(wd, "Mon Tue Wed Thu Fri", &v, why, sizeof why));
	CHECK_INT(v.v[0], 0x3e);
	CHECK(!ts_value_parse(wd, "Mon Mon", &v, why, sizeof why));
	CHECK(!ts_value_parse(wd, "Monday", &v, why, sizeof why));
	CHECK(strstr(why, "is not a list of weekdays") != NULL);
	CHECK(!ts_value_parse(wd, "", &v, why, sizeof why));
	CHECK(ts_value_parse(st, "08:30", &v, why, sizeof why));
	CHECK_INT(v.v[0], 510);
	CHECK(!ts_value_parse(st, "8:30", &v, why, sizeof why));
	CHECK(!ts_value_parse(st, "24:00", &v, why, sizeof why));
	CHECK(ts_value_parse(hol, "none", &v, why, sizeof why));
	CHECK_INT(v.n, 0);
	CHECK(ts_value_parse(hol, "2025-12-22..2026-01-02 2026-02-16", &v, why, sizeof why));
	CHECK_INT(v.n, 4);
	CHECK(!ts_value_parse(hol, "2026-01-02..2025-12-22", &v, why, sizeof why));
	CHECK(strstr(why, "not a list of holidays") != NULL);
	CHECK(!ts_value_parse(hol, "2025-13-01", &v, why, sizeof why));
	CHECK(!ts_value_parse(hol, "half term", &v, why, sizeof why));
}

/* The police force owes the sending, the school the reading; another school nothing. */
static void
whose_worklist(void)
{
	struct area a;
	struct ts_config *cfg;
	struct ts_worklist w;
	struct ts_filter police = {.agency_id = 7}, school = {.agency_id = 8}, other = {.agency_id = 9};

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_note(&a, 5, 1, "2025-05-06", "21:00");
	sent(add_note(&a, 6, 1, "2025-05-06", "21:00"), "2025-05-06", "23:00");
	fx_done(&a);
	cfg = ts_config_new(&a);
	ts_worklist_build(&a, cfg, D("2025-05-07"), 5, &police, &w);
	CHECK_INT(w.n, 1);
	CHECK_INT(w.n ? w.v[0].clock.kind : -1, TS_K_ENCOMPASS_SENT);
	ts_worklist_free(&w);
	ts_worklist_build(&a, cfg, D("2025-05-07"), 5, &school, &w);
	CHECK_INT(w.n, 1);
	CHECK_INT(w.n ? w.v[0].clock.kind : -1, TS_K_ENCOMPASS_READ);
	CHECK_INT(w.n ? (int)w.v[0].clock.record_id : -1, 6);
	ts_worklist_free(&w);
	ts_worklist_build(&a, cfg, D("2025-05-07"), 5, &other, &w);
	CHECK_INT(w.n, 0);
	ts_worklist_free(&w);
	ts_config_free(cfg);
	area_free(&a);
}

static double
value(const struct area *a, const char *name, const char *key, const struct fig_filter *f)
{
	const struct fig_def *d = fig_find(name);
	struct fig_result r;
	const struct fig_row *row;
	double v = -999;

	if (d && fig_compute(a, d, f, 0, &r) == 0) {
		if ((row = fig_row_by_key(&r, key)))
			v = fig_value(d, row);
		CHECK_STR(d->section, "Operation Encompass");
		fig_result_free(&r);
	}
	return v;
}

#define NEAR(got, want) CHECK(fabs((got) - (want)) < 1e-6)

/* Four notifications of May 2025, at two schools (8 and 9), and one of April. Sent in
 * time: 5, 6 and 7 (8 was sent after the school day began). Read in time: 5 and 6 (7 was
 * read at the start, not before it; 8 was sent late). School 8 has 5, 6 and 8: two of
 * three read in time; school 9 has 7: none. */
static void
figures_bite(void)
{
	struct area a;
	struct fig_filter may = fig_filter_all(D("2025-05-01"), D("2025-05-31"));
	struct m_encompass *e;

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_child(&a, 2, "C2", "2012-01-01");
	e = add_note(&a, 5, 1, "2025-05-06", "21:00");
	sent(e, "2025-05-06", "23:00");
	was_read(e, "2025-05-07", "08:00");
	e = add_note(&a, 6, 1, "2025-05-12", "06:00");
	sent(e, "2025-05-12", "07:00");
	was_read(e, "2025-05-12", "08:44");
	e = add_note(&a, 7, 2, "2025-05-13", "20:00");
	e->school_id = 9;
	sent(e, "2025-05-14", "08:00");
	was_read(e, "2025-05-14", "08:45");
	e = add_note(&a, 8, 1, "2025-05-20", "19:00");
	sent(e, "2025-05-21", "10:00");
	was_read(e, "2025-05-21", "10:30");
	sent(add_note(&a, 9, 1, "2025-04-10", "19:00"), "2025-04-11", "07:00");
	add_agency(&a, 8, "Oak Primary School", "school");
	add_agency(&a, 9, "Elm High School", "school");
	fx_done(&a);
	NEAR(value(&a, "encompass_notifications", "", &may), 4);
	NEAR(value(&a, "encompass_sent_on_time", "", &may), 75);
	NEAR(value(&a, "encompass_read_on_time", "", &may), 50);
	NEAR(value(&a, "encompass_by_school", "8", &may), 200.0 / 3);
	NEAR(value(&a, "encompass_by_school", "9", &may), 0);
	may.agency_id = 9;
	NEAR(value(&a, "encompass_notifications", "", &may), 1);
	CHECK(value(&a, "encompass_by_school", "8", &may) == -999);	/* no row */
	area_free(&a);
}

int
main(void)
{
	RUN(over_a_bank_holiday_weekend);
	RUN(the_same_day_before_school);
	RUN(term_dates_and_the_school_week);
	RUN(bad_settings);
	RUN(whose_worklist);
	RUN(figures_bite);
	return DONE();
}
