/* test_rec.c: the record layer's rules of one value (rec_parse_text and the value rules
 * the importers share) and of one record (rec_check), case by case, each with the message
 * a user is shown. */
#include "harness.h"
#include "records/rec.h"

/* Parses text for table.col: returns 1 or 0, with the value in *f or the message. */
static int
parse(const char *table, const char *col, const char *text, struct field *f, char *buf,
    size_t size, struct rec_error *why)
{
	const struct table *t = records_table(table);
	int c = records_col_index(t, col);

	why->message[0] = 0;
	return rec_parse_text(t, c, text, f, buf, size, why);
}

/* The message for a refused value, "" when it is taken. */
static const char *
refusal(const char *table, const char *col, const char *text)
{
	static struct rec_error why;
	struct field f;
	char buf[400];

	if (parse(table, col, text, &f, buf, sizeof buf, &why))
		return "";
	CHECK_INT(why.col, records_col_index(records_table(table), col));
	return why.message;
}

static void
dates(void)
{
	CHECK_STR(refusal("children", "birth_date", "2019-02-28"), "");
	CHECK_STR(refusal("children", "birth_date", "2019-02-30"),
	    "\"2019-02-30\" is not a date (use YYYY-MM-DD)");
	CHECK_STR(refusal("children", "birth_date", "1790-03-01"), "\"1790-03-01\" is outside "
	    "the working-day calendar (use a date from 1970-01-01 to 2100-12-31)");
	CHECK_STR(refusal("settings", "effective_from", "9999-12-31"), "\"9999-12-31\" is "
	    "outside the working-day calendar (use a date from 1970-01-01 to 2100-12-31)");
	CHECK_STR(refusal("referrals", "received_date", "1969-12-31"), "\"1969-12-31\" is "
	    "outside the working-day calendar (use a date from 1970-01-01 to 2100-12-31)");
	CHECK_STR(refusal("referrals", "received_date", "2100-12-31"), "");
	CHECK_STR(refusal("referrals", "received_date", "1970-01-01"), "");
	/* An adult's birth is no clock's: a grandparent born in 1948 is recorded. */
	CHECK_STR(refusal("adults", "birth_date", "1948-05-01"), "");
	CHECK_STR(refusal("adults", "birth_date", "1899-12-31"), "\"1899-12-31\" is outside "
	    "the years this date may take (use a date from 1900-01-01 to 2100-12-31)");
	CHECK_STR(refusal("children", "birth_date", "2019-2-28"),
	    "\"2019-2-28\" is not a date (use YYYY-MM-DD)");
}

static void
numbers_and_ids(void)
{
	struct rec_error why;
	struct field f;
	char buf[16];

	CHECK_INT(parse("cp_plans", "previous_plans", "015", &f, buf, sizeof buf, &why), 1);
	CHECK_INT(f.i, 15);
	CHECK_STR(refusal("cp_plans", "previous_plans", "100"),
	    "100 is out of range (use a whole number from 0 to 99)");
	CHECK_STR(refusal("cp_plans", "previous_plans", "two"),
	    "\"two\" is not a whole number (use a whole number from 0 to 99)");
	CHECK_STR(refusal("cp_plans", "previous_plans", " 2"),
	    "\" 2\" is not a whole number (use a whole number from 0 to 99)");
	CHECK_STR(refusal("teams", "agency_id", "0"),
	    "0 is not a record id (use a whole number from 1 to 9007199254740991)");
	CHECK_STR(refusal("teams", "agency_id", "9007199254740992"),
	    "9007199254740992 is not a record id (use a whole number from 1 to 9007199254740991)");
	CHECK_STR(refusal("teams", "agency_id", "4.5"),
	    "\"4.5\" is not a record id (use a whole number from 1 to 9007199254740991)");
	CHECK_INT(parse("users", "active", "TRUE", &f, buf, sizeof buf, &why), 1);
	CHECK_INT(f.i, 1);
	CHECK_INT(parse("users", "active", "0", &f, buf, sizeof buf, &why), 1);
	CHECK_INT(f.i, 0);
	CHECK_STR(refusal("users", "active", "yes"),
	    "\"yes\" is not true or false (use true or false, or 1 or 0)");
}

static void
codes_and_text(void)
{
	struct rec_error why;
	struct field f;
	char buf[64];

	CHECK_STR(refusal("users", "role", "school_lead"), "");
	CHECK_STR(refusal("children", "sex", "X"), "\"X\" is not a sex code (use one of M, F, U)");
	CHECK_INT(parse("children", "disabilities", "MOB, HAND", &f, buf, sizeof buf, &why), 1);
	CHECK_STR(f.s, "MOB HAND");
	CHECK_STR(refusal("children", "disabilities", "MOB MOB"),
	    "\"MOB\" is in the list twice (list each code once)");
	CHECK_STR(refusal("children", "disabilities", "WINGS"), "\"WINGS\" in the list is not a "
	    "disability code (use one of NONE, MOB, HAND, PC, INC, COMM ... (13 codes))");
	CHECK_STR(refusal("agencies", "name", "Northshire\tHealth"), "\"Northshire\\u0009Health\" "
	    "holds a control character (text is one line of printable characters)");
	CHECK_STR(refusal("agencies", "name", "A\302\205B"),
	    "\"A\\u0085B\" holds a control character (text is one line of printable characters)");
	CHECK_STR(refusal("agencies", "name", "Caf\351"), "\"Caf?\" is not UTF-8 text (type it "
	    "again, or save the file it comes from as UTF-8)");
	CHECK_STR(refusal("agencies", "la_code", "9999"), "text of 4 bytes is too long (at most 3)");
	CHECK_INT(parse("agencies", "name", "Café", &f, buf, sizeof buf, &why), 1);
	CHECK_STR(f.s, "Café");
	/* Left empty: left out, whether required or not (rec_check says it is missing). */
	CHECK_INT(parse("agencies", "name", "", &f, buf, sizeof buf, &why), 1);
	CHECK_INT(f.present, 0);
	CHECK_INT(parse("agencies", "name", NULL, &f, buf, sizeof buf, &why), 1);
	CHECK_INT(f.present, 0);
	CHECK_INT(parse("agencies", "name", "a name longer than the buffer of sixty-four bytes it "
	    "is given to be copied into", &f, buf, sizeof buf, &why), 0);
	CHECK_STR(why.message, "text of 79 bytes is too long (at most 63)");
}

static void
shown_safely(void)
{
	char out[96];

	rec_show_text("say \"hi\"\\", 9, out, sizeof out);
	CHECK_STR(out, "\"say \\\"hi\\\"\\\\\"");
	rec_show_text("0123456789012345678901234567890123456789TAIL", 44, out, sizeof out);
	CHECK_STR(out, "\"0123456789012345678901234567890123456789...\"");
	rec_show_text("a\0b", 3, out, sizeof out);
	CHECK_STR(out, "\"a\\u0000b\"");
}

/* The errors rec_check finds in one record, one message a line: "col: message". */
static const char *
errors_of(const char *table, const struct field *row)
{
	static char all[2000];
	const struct table *t = records_table(table);
	struct rec_errors e;

	rec_errors_clear(&e);
	CHECK_INT(rec_check(t, row, &e), e.n);
	all[0] = 0;
	for (int i = 0; i < e.n && i < REC_MAX_ERRORS; i++)
		snprintf(all + strlen(all), sizeof all - strlen(all), "%s%s: %s", i ? "\n" : "",
		    e.v[i].col >= 0 ? t->cols[e.v[i].col].name : "-", e.v[i].message);
	return all;
}

static void
records_alone(void)
{
	struct field child[16] = {{1, 1, NULL}, {1, 0, "C1"}, {0}, {0}, {1, 0, "2019-02-28"},
		{0}, {1, 0, "F"}, {0}};
	struct field rel[6] = {{1, 1, NULL}, {1, 5, NULL}, {1, 5, NULL}, {0}, {1, 0, "sibling"}};
	struct field plan[6] = {{1, 1, NULL}, {1, 3, NULL}, {1, 2, NULL}, {1, 0, "2025-02-01"},
		{1, 0, "2025-01-31"}};

	CHECK_STR(errors_of("children", child), "ethnicity: missing (required: one of WBRI, "
	    "WIRI, WIRT, WOTH, WROM, MWBC ... (20 codes))");
	child[7] = (struct field){1, 0, "WBRI"};
	child[13] = (struct field){1, 0, "2019-02-27"};
	CHECK_STR(errors_of("children", child), "death_date: 2019-02-27 is before birth_date "
	    "2019-02-28 (a child cannot die before being born)");
	CHECK_STR(errors_of("cin_plans", plan), "end_date: 2025-01-31 is before start_date "
	    "2025-02-01 (it cannot end before it starts)");
	CHECK_STR(errors_of("relationships", rel), "relative_child_id: 5 is the child's own id "
	    "(a child cannot be their own sibling or relative: give the other child's id)");
	rel[2].i = 6;
	CHECK_STR(errors_of("relationships", rel), "");
	rel[3] = (struct field){1, 2, NULL};
	CHECK_STR(errors_of("relationships", rel), "adult_id: give exactly one of "
	    "relative_child_id and adult_id, not both (a relationship is with one other child "
	    "or one adult)");
}

/* A setting row: its key, value and date. */
static const char *
setting(const char *key, const char *value, const char *from)
{
	struct field row[4] = {{1, 1, NULL}, {1, 0, key}, {1, 0, value}, {1, 0, from}};

	return errors_of("settings", row);
}

static void
settings(void)
{
	CHECK_STR(setting("timescale.icpc_working_days", "15", "2026-01-01"), "");
	CHECK_STR(setting("area.la_code", "087", "2026-01-01"), "");
	CHECK_STR(setting("timescale.plan_length_flags_months", "12 18 24", "2026-01-01"), "");
	CHECK_STR(setting("timescale.icpc_working_days", "015", "2026-01-01"), "value: "
	    "timescale.icpc_working_days: \"015\" is not written as safeguard writes numbers "
	    "(write \"15\": no leading zeros or signs, one space between numbers)");
	CHECK_STR(setting("timescale.plan_length_flags_months", "12  018 24", "2026-01-01"),
	    "value: timescale.plan_length_flags_months: \"12  018 24\" is not written as "
	    "safeguard writes numbers (write \"12 18 24\": no leading zeros or signs, one space "
	    "between numbers)");
	CHECK_STR(setting("timescale.visit_working_days", "often", "2026-01-01"), "value: "
	    "timescale.visit_working_days: \"often\" is not a whole number from 1 to 40");
	CHECK_STR(setting("area.name", "Caf\351", "2026-01-01"), "value: area.name: the value "
	    "is not UTF-8 text (type it again, or save the script that sets it as UTF-8)");
	CHECK_STR(setting("timescale.icpc_workng_days", "15", "2026-01-01"), "key: unknown "
	    "setting \"timescale.icpc_workng_days\" (did you mean timescale.icpc_working_days? "
	    "'safeguard settings list' shows every setting, its meaning and its default)");
	CHECK_STR(setting("icpc_working_days", "15", "2026-01-01"), "key: unknown setting "
	    "\"icpc_working_days\" (did you mean timescale.icpc_working_days? 'safeguard "
	    "settings list' shows every setting, its meaning and its default)");
	CHECK_STR(setting("colour", "blue", "2026-01-01"), "key: unknown setting \"colour\" (the "
	    "settings are timescale.*, area.name, area.la_code, area.child_population, "
	    "session.idle_minutes, lookup.contact, context.deprivation, "
	    "training.non_attendance_fee_pounds; 'safeguard settings list' shows every setting, "
	    "its meaning and its default)");
	CHECK_STR(setting("timescale.icpc_working_days", "15", "9999-12-31"), "effective_from: "
	    "\"9999-12-31\" is outside the working-day calendar (use a date from 1970-01-01 to "
	    "2100-12-31)");
}

/* A value its front end refused already is not reported again, as missing or otherwise. */
static void
given_leaves_unreadable_alone(void)
{
	const struct table *t = records_table("agencies");
	struct field row[5] = {{1, 4, NULL}, {0}, {0}};
	struct rec_errors e;

	rec_errors_clear(&e);
	CHECK_INT(rec_check_given(t, row, 1u << 1, &e), 1);
	CHECK_INT(e.v[0].col, 2);
	rec_errors_clear(&e);
	CHECK_INT(rec_check(t, row, &e), 2);
}

int
main(void)
{
	RUN(dates);
	RUN(numbers_and_ids);
	RUN(codes_and_text);
	RUN(shown_safely);
	RUN(records_alone);
	RUN(settings);
	RUN(given_leaves_unreadable_alone);
	return DONE();
}
