/*
 * test_ts_lookup.c: the health lookup's two rules. An NHS number is ten digits whose
 * last is the modulus 11 check of the first nine (base/nhs.c); and a lookup that found a
 * child is to be acknowledged by the child's worker within one working day (the clock
 * health_lookup, timescales/ts_lookup.c), against dates worked out by hand on the
 * England and Wales calendar.
 */
#include "harness.h"
#include "ts_fixture.h"

#include "base/buf.h"
#include "base/nhs.h"

static void
nhs_numbers(void)
{
	char d[11];

	CHECK_INT(nhs_number_read("9434765919", d), NHS_OK);
	CHECK_STR(d, "9434765919");
	CHECK_INT(nhs_number_read("943 476 5919", d), NHS_OK);
	CHECK_STR(d, "9434765919");
	CHECK_INT(nhs_number_read("943-476-5919", d), NHS_OK);
	CHECK_INT(nhs_number_read("9990000816", d), NHS_OK);	/* a demo child's */
	CHECK_INT(nhs_number_read("1000000001", d), NHS_OK);
	/* A check of 11 is written 0. */
	CHECK_INT(nhs_number_read("1000000060", d), NHS_OK);
	/* One digit mistyped, or two swapped: the check says so. */
	CHECK_INT(nhs_number_read("9434765918", d), NHS_BAD_CHECK);
	CHECK_INT(nhs_number_read("9434765991", d), NHS_BAD_CHECK);
	CHECK_INT(nhs_number_read("4934765919", d), NHS_BAD_CHECK);
	/* Nine digits whose check would be 10: no such number is ever issued. */
	for (char k = '0'; k <= '9'; k++) {
		char n[11] = "100000001";
		n[9] = k;
		CHECK_INT(nhs_number_read(n, d), NHS_BAD_CHECK);
	}
	CHECK_INT(nhs_number_read("", d), NHS_EMPTY);
	CHECK_INT(nhs_number_read("   ", d), NHS_EMPTY);
	CHECK_INT(nhs_number_read(NULL, d), NHS_EMPTY);
	CHECK_INT(nhs_number_read("12345", d), NHS_NOT_TEN_DIGITS);
	CHECK_INT(nhs_number_read("94347659190", d), NHS_NOT_TEN_DIGITS);
	CHECK_INT(nhs_number_read("943476591X", d), NHS_NOT_TEN_DIGITS);
	CHECK_INT(nhs_number_read("9434765919x", d), NHS_NOT_TEN_DIGITS);
	CHECK_INT(nhs_number_read("+449434765919", d), NHS_NOT_TEN_DIGITS);
}

static struct m_health_lookup *
add_lookup(struct area *a, int64_t id, int64_t child, const char *date, const char *ack)
{
	struct m_health_lookup *l = FX_PUSH(health_lookups);

	l->id = id;
	l->child_id = child;
	l->date = D(date);
	l->acknowledged = ack ? D(ack) : CAL_NONE;
	str_copy(l->answer, sizeof l->answer, "cp_plan");
	return l;
}

/* Looked up on Thu 17 Apr 2025: Good Friday and Easter Monday follow, so the one working
 * day is Tue 22 Apr. */
static void
one_working_day_across_easter(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_lookup(&a, 5, 1, "2025-04-17", "2025-04-22");
	add_lookup(&a, 6, 1, "2025-04-17", "2025-04-23");
	add_lookup(&a, 7, 1, "2025-04-17", NULL);
	add_lookup(&a, 8, 1, "2025-04-19", NULL);	/* a Saturday */
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-04-22", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_HEALTH_LOOKUP, 0), "2025-04-22", "2025-04-22", TS_MET);
	CHECK_INT(clock_of(&v, TS_K_HEALTH_LOOKUP, 0)->record_id, 5);
	CHECK_INT(clock_of(&v, TS_K_HEALTH_LOOKUP, 0)->amount, 1);
	/* Acknowledged the day after, but asked about before then: still due. */
	CHECK_CLOCK(clock_of(&v, TS_K_HEALTH_LOOKUP, 1), "2025-04-22", NULL, TS_DUE);
	CHECK_CLOCK(clock_of(&v, TS_K_HEALTH_LOOKUP, 2), "2025-04-22", NULL, TS_DUE);
	CHECK_CLOCK(clock_of(&v, TS_K_HEALTH_LOOKUP, 3), "2025-04-22", NULL, TS_DUE);
	clocks_as_of(&a, 1, "2025-04-23", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_HEALTH_LOOKUP, 1), "2025-04-22", "2025-04-23", TS_MISSED);
	CHECK_CLOCK(clock_of(&v, TS_K_HEALTH_LOOKUP, 2), "2025-04-22", NULL, TS_OVERDUE);
	/* Before the lookup there is nothing to acknowledge. */
	CHECK_INT(clocks_as_of(&a, 1, "2025-04-16", &v), 0);
	CHECK_INT(clocks_as_of(&a, 1, "2025-04-18", &v), 3);
	ts_clocks_free(&v);
	area_free(&a);
}

/* Two working days from 1 May 2025 under a setting applied from that day: Fri 2 May, then
 * (Mon 5 May is the early May bank holiday) Tue 6 May. A lookup before the change keeps
 * one day. */
static void
setting_in_force_on_the_day(void)
{
	struct area a;
	struct ts_clocks v = {0};

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_lookup(&a, 5, 1, "2025-04-30", NULL);
	add_lookup(&a, 6, 1, "2025-05-01", NULL);
	add_setting(&a, "timescale.health_lookup_working_days", "2", "2025-05-01");
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-05-02", &v);
	CHECK_CLOCK(clock_of(&v, TS_K_HEALTH_LOOKUP, 0), "2025-05-01", NULL, TS_OVERDUE);
	CHECK_CLOCK(clock_of(&v, TS_K_HEALTH_LOOKUP, 1), "2025-05-06", NULL, TS_DUE);
	CHECK_INT(clock_of(&v, TS_K_HEALTH_LOOKUP, 1)->amount, 2);
	ts_clocks_free(&v);
	area_free(&a);
}

/* Who acts: the key worker of a plan open on the day, else the episode's social worker;
 * their team, else the episode's. */
static void
the_childs_worker_acts(void)
{
	struct area a;
	struct ts_clocks v = {0};
	struct m_referral *r;
	struct m_plan *p;
	struct buf b;

	area_init(&a);
	add_child(&a, 1, "C1", "2015-01-01");
	add_child(&a, 2, "C2", "2015-01-01");
	add_professional(&a, 40, 400, "Sam", "Worker");
	add_professional(&a, 41, 410, "Kim", "Keyworker");
	r = add_referral(&a, 10, 1, "2025-01-06");
	r->social_worker_id = 40;
	r->team_id = 499;
	p = add_plan(&a, 20, 1, 10, 0, "2025-02-03");
	p->key_worker_id = 41;
	r = add_referral(&a, 30, 2, "2025-01-06");
	r->team_id = 399;
	add_lookup(&a, 5, 1, "2025-01-20", NULL);
	add_lookup(&a, 6, 1, "2025-03-03", NULL);
	add_lookup(&a, 7, 2, "2025-03-03", NULL);
	fx_done(&a);
	clocks_as_of(&a, 1, "2025-03-04", &v);
	CHECK_INT(clock_of(&v, TS_K_HEALTH_LOOKUP, 0)->actor_id, 40);
	CHECK_INT(clock_of(&v, TS_K_HEALTH_LOOKUP, 0)->team_id, 400);
	CHECK_INT(clock_of(&v, TS_K_HEALTH_LOOKUP, 1)->actor_id, 41);
	CHECK_INT(clock_of(&v, TS_K_HEALTH_LOOKUP, 1)->team_id, 410);
	CHECK_STR(ts_kind_name(TS_K_HEALTH_LOOKUP), "health_lookup");
	CHECK_STR(ts_kind_table(TS_K_HEALTH_LOOKUP), "health_lookups");
	buf_init(&b, 256);
	ts_describe(&a, clock_of(&v, TS_K_HEALTH_LOOKUP, 1), &b);
	CHECK_STR(buf_str(&b), "health lookup of Mon 3 Mar 2025 acknowledged, 1 working day "
	    "after it");
	buf_free(&b);
	/* No worker recorded: nobody is named, and the episode's team answers for it. */
	clocks_as_of(&a, 2, "2025-03-04", &v);
	CHECK_INT(clock_of(&v, TS_K_HEALTH_LOOKUP, 0)->actor_id, 0);
	CHECK_INT(clock_of(&v, TS_K_HEALTH_LOOKUP, 0)->team_id, 399);
	ts_clocks_free(&v);
	area_free(&a);
}

int
main(void)
{
	RUN(nhs_numbers);
	RUN(one_working_day_across_easter);
	RUN(setting_in_force_on_the_day);
	RUN(the_childs_worker_acts);
	return DONE();
}
