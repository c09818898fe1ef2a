/*
 * test_ts_settings.c: the local settings of the timescales: the table of keys and defaults,
 * the checks on a value an administrator writes, and which value is in force on a day.
 */
#include "harness.h"
#include "ts_fixture.h"

/* Every key has a name in its family, a meaning and a source; every default passes its own
 * check; product.md 3's defaults are the ones in the table. */
static void
key_table(void)
{
	int n;
	const struct ts_keydef *k = ts_keys(&n);
	struct area a;
	struct ts_config *cfg;
	char why[256];

	CHECK_INT(n, TS_NKEYS);
	for (int i = 0; i < n; i++) {
		CHECK(i < TS_NKEYS_TIMESCALE ? strncmp(k[i].name, "timescale.", 10) == 0 :
		    strncmp(k[i].name, "area.", 5) == 0 || strncmp(k[i].name, "session.", 8) == 0 ||
		    strncmp(k[i].name, "lookup.", 7) == 0 || strncmp(k[i].name, "context.", 8) == 0 ||
		    strncmp(k[i].name, "training.", 9) == 0);
		CHECK(k[i].meaning && *k[i].meaning && k[i].source && *k[i].source);
		CHECK(!k[i].dflt || ts_value_parse(i, k[i].dflt, NULL, why, sizeof why));
		CHECK(i >= TS_NKEYS_TIMESCALE || k[i].dflt);
		CHECK_INT(ts_key_index(k[i].name), i);
		for (int j = 0; j < i; j++)
			CHECK(strcmp(k[i].name, k[j].name) != 0);
	}
	area_init(&a);
	cfg = ts_config_new(&a);
	CHECK_INT(ts_setting_int(cfg, TS_REFERRAL_DECISION, D("2025-01-01")), 1);
	CHECK_INT(ts_setting_int(cfg, TS_ASSESSMENT, D("2025-01-01")), 45);
	CHECK_INT(ts_setting_int(cfg, TS_ICPC, D("2025-01-01")), 15);
	CHECK_INT(ts_setting_int(cfg, TS_CHAIR_REPORT_INITIAL, D("2025-01-01")), 1);
	CHECK_INT(ts_setting_int(cfg, TS_CHAIR_REPORT_REVIEW, D("2025-01-01")), 5);
	CHECK_INT(ts_setting_int(cfg, TS_PARENT_REPORT_INITIAL, D("2025-01-01")), 2);
	CHECK_INT(ts_setting_int(cfg, TS_MINUTES, D("2025-01-01")), 15);
	CHECK_INT(ts_setting_int(cfg, TS_FIRST_CORE_GROUP, D("2025-01-01")), 10);
	CHECK_INT(ts_setting_int(cfg, TS_FIRST_REVIEW, D("2025-01-01")), 3);
	CHECK_INT(ts_setting_int(cfg, TS_REVIEW_INTERVAL, D("2025-01-01")), 6);
	CHECK_INT(ts_setting_int(cfg, TS_VISIT, D("2025-01-01")), 10);
	CHECK_INT(ts_setting(cfg, TS_PLAN_FLAGS, D("2025-01-01"))->n, 3);
	CHECK_INT(ts_setting(cfg, TS_PLAN_FLAGS, D("2025-01-01"))->v[2], 24);
	CHECK_INT(ts_key_index("timescale.no_such_thing"), -1);
	ts_config_free(cfg);
	area_free(&a);
}

static void
value_checks(void)
{
	struct ts_value v;
	char why[256];
	int k = ts_key_index("timescale.assessment_working_days");

	CHECK(ts_value_parse(k, "40", &v, why, sizeof why));
	CHECK_INT(v.v[0], 40);
	CHECK(!ts_value_parse(k, "forty", &v, why, sizeof why));
	CHECK_STR(why, "\"forty\" is not a whole number from 1 to 100");
	CHECK(!ts_value_parse(k, "0", &v, why, sizeof why));
	CHECK(!ts_value_parse(k, "45 ", &v, why, sizeof why));
	CHECK(!ts_value_parse(k, "", &v, why, sizeof why));
	k = ts_key_index("timescale.plan_length_flags_months");
	CHECK(ts_value_parse(k, "6 12 18 24", &v, why, sizeof why));
	CHECK_INT(v.n, 4);
	CHECK_INT(v.v[3], 24);
	CHECK(!ts_value_parse(k, "18 12", &v, why, sizeof why));
	CHECK(strstr(why, "rising") != NULL);
	CHECK(!ts_value_parse(k, "12 18 24 30 36", &v, why, sizeof why));
	CHECK(!ts_value_parse(k, "12,18", &v, why, sizeof why));
	k = ts_key_index("timescale.counting");
	CHECK(ts_value_parse(k, "B", &v, why, sizeof why));
	CHECK_INT(v.v[0], 1);
	CHECK(!ts_value_parse(k, "C", &v, why, sizeof why));
	CHECK_STR(why, "\"C\" is not a counting convention (use A or B)");
	k = ts_key_index("area.la_code");
	CHECK(ts_value_parse(k, "876", NULL, why, sizeof why));
	CHECK(!ts_value_parse(k, "87", NULL, why, sizeof why));
	CHECK(strstr(why, "three digits") != NULL);
	k = ts_key_index("area.name");
	CHECK(ts_value_parse(k, "Northtown", NULL, why, sizeof why));
	CHECK(!ts_value_parse(k, "North\ttown", NULL, why, sizeof why));
	CHECK(!ts_value_parse(-1, "1", NULL, why, sizeof why));
}

/* A value applies from its date on, until the next; before the first, the default. A value
 * that does not parse is skipped (the one before it stays in force) and reported once. */
static void
in_force_on_a_day(void)
{
	struct area a;
	struct ts_config *cfg;
	const char *first;

	area_init(&a);
	add_setting(&a, "timescale.visit_working_days", "5", "2025-03-01");
	add_setting(&a, "timescale.visit_working_days", "20", "2024-01-01");
	add_setting(&a, "timescale.visit_working_days", "often", "2025-06-01");
	add_setting(&a, "timescale.visit_working_days", "15", "2026-01-01");
	add_setting(&a, "escalation.stage_working_days", "5", "2024-01-01");
	fx_done(&a);
	cfg = ts_config_new(&a);
	CHECK_INT(ts_setting_int(cfg, TS_VISIT, D("2023-12-31")), 10);
	CHECK_INT(ts_setting_int(cfg, TS_VISIT, D("2024-01-01")), 20);
	CHECK_INT(ts_setting_int(cfg, TS_VISIT, D("2025-02-28")), 20);
	CHECK_INT(ts_setting_int(cfg, TS_VISIT, D("2025-03-01")), 5);
	CHECK_INT(ts_setting_int(cfg, TS_VISIT, D("2025-07-01")), 5);
	CHECK_INT(ts_setting_int(cfg, TS_VISIT, D("2026-01-01")), 15);
	CHECK_INT(ts_setting_int(cfg, TS_VISIT, CAL_NONE), 10);
	CHECK_INT(ts_setting_int(cfg, TS_ASSESSMENT, D("2026-01-01")), 45);
	CHECK_INT(ts_config_problems(cfg, &first), 1);
	CHECK_STR(first, "setting timescale.visit_working_days from 2025-06-01: \"often\" is not "
	    "a whole number from 1 to 40; the value in force before it is used instead");
	ts_config_free(cfg);
	area_free(&a);
}

int
main(void)
{
	RUN(key_table);
	RUN(value_checks);
	RUN(in_force_on_a_day);
	return DONE();
}
