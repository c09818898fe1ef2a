/* test_rec_order.c: the orders of dates across linked records (records.c's ref_orders,
 * rec_order.c): every order names real columns; each kind refuses what it must with the
 * words a user reads, and lets pass the same day, the 280 days before a birth, and a
 * linked record not known yet (for the importer to ask again); against a store, a save
 * is compared with the records it names and with the records that name it. */
#include "harness.h"
#include "store_fixture.h"
#include "calendar/cal.h"
#include "records/rec.h"
#include "store/store_int.h"

/* Every order: a date of the record, a reference of it, a date of the referenced table. */
static void
orders_name_real_columns(void)
{
	int n, no, total = 0;
	const struct table *all = records_tables(&n);

	for (int i = 0; i < n; i++) {
		const struct ref_order *o = records_ref_orders(&all[i], &no);
		for (int k = 0; k < no; k++, total++) {
			int d = records_col_index(&all[i], o[k].date);
			int v = records_col_index(&all[i], o[k].via);
			const struct table *rt = v >= 0 ? records_table(all[i].cols[v].ref) : NULL;
			int od = rt ? records_col_index(rt, o[k].other) : -1;
			CHECK(d >= 0 && all[i].cols[d].type == COL_DATE);
			CHECK(v >= 0 && all[i].cols[v].type == COL_REF && rt);
			CHECK(od >= 0 && rt->cols[od].type == COL_DATE);
			CHECK(o[k].what && o[k].what[0]);
			if (d < 0 || v < 0 || od < 0)
				printf("  %s order %d: %s via %s to %s\n", all[i].name, k, o[k].date,
				    o[k].via, o[k].other);
		}
		CHECK(no <= 32);
	}
	CHECK(total >= 40);
}

/* A fake of where the linked records are: one record of each table, id 7, or none. */
static struct known {
	const char *table, *col, *date;
} known[8];
static int nknown, asked;

static int
fake(void *ctx, const struct table *t, int64_t id, int col, int32_t *out)
{
	(void)ctx;
	asked++;
	if (id != 7)
		return 0;
	for (int i = 0; i < nknown; i++)
		if (strcmp(known[i].table, t->name) == 0) {
			if (strcmp(known[i].col, t->cols[col].name) != 0)
				continue;
			if (!known[i].date || !cal_parse(known[i].date, out))
				*out = CAL_NONE;
			return 1;
		}
	*out = CAL_NONE;
	return nknown ? 1 : 0;
}

static const char *
first(const struct table *t, const struct rec_errors *e)
{
	static char out[400];

	snprintf(out, sizeof out, "%s: %s", e->n && e->v[0].col >= 0 ?
	    t->cols[e->v[0].col].name : "-", e->n ? e->v[0].message : "");
	return out;
}

static int
check_s47(const char *start, int64_t sd, struct rec_errors *e, uint32_t *waiting)
{
	const struct table *t = records_table("s47_enquiries");
	struct field row[48] = {{1, 1, NULL}, {1, 7, NULL}, {1, 7, NULL}, {1, sd, NULL},
		{1, 0, start}};

	rec_errors_clear(e);
	return rec_check_links(t, row, 0, fake, NULL, e, waiting);
}

static void
an_enquiry_follows_its_discussion(void)
{
	const struct table *t = records_table("s47_enquiries");
	struct rec_errors e;
	uint32_t waiting = 0;

	nknown = 0;
	known[nknown++] = (struct known){"strategy_discussions", "held_date", "2025-03-04"};
	known[nknown++] = (struct known){"referrals", "received_date", "2025-03-01"};
	known[nknown++] = (struct known){"children", "birth_date", "2015-01-01"};
	CHECK_INT(check_s47("2025-03-04", 7, &e, &waiting), 0);
	CHECK_INT(check_s47("2025-03-03", 7, &e, &waiting), 1);
	CHECK_STR(first(t, &e), "start_date: 2025-03-03 is before the strategy discussion it "
	    "follows (strategy discussion 7, held_date 2025-03-04): date the section 47 enquiry "
	    "on or after 2025-03-04, or correct strategy_discussion_id");
	CHECK_INT(check_s47("2025-02-28", 7, &e, &waiting), 2);
	CHECK_STR(first(t, &e), "start_date: 2025-02-28 is before the referral it answers "
	    "(referral 7, received_date 2025-03-01): date the section 47 enquiry on or after "
	    "2025-03-01, or correct referral_id");
	CHECK_INT(waiting, 0);
	/* A discussion not known yet: nothing refused, the order waits. */
	CHECK_INT(check_s47("2025-03-03", 8, &e, &waiting), 0);
	CHECK_INT(waiting != 0, 1);
	CHECK_INT(rec_check_link(t, __builtin_ctz(waiting), cal_from_ymd(2025, 3, 3), 7, fake,
	    NULL, &e), 1);
	CHECK_INT(e.n, 1);
}

static int
check_visit(const char *date, struct rec_errors *e)
{
	const struct table *t = records_table("visits");
	struct field row[48] = {{1, 1, NULL}, {1, 7, NULL}, {0}, {1, 0, date}};

	rec_errors_clear(e);
	return rec_check_links(t, row, 0, fake, NULL, e, NULL);
}

static void
within_the_childs_life(void)
{
	const struct table *t = records_table("visits");
	struct rec_errors e;

	nknown = 0;
	known[nknown++] = (struct known){"children", "birth_date", "2025-10-08"};
	known[nknown++] = (struct known){"children", "death_date", "2026-02-01"};
	/* 280 days before the birth is work before birth, as real as any. */
	CHECK_INT(check_visit("2025-01-01", &e), 0);
	CHECK_INT(check_visit("2024-12-31", &e), 1);
	CHECK_STR(first(t, &e), "visit_date: 2024-12-31 is more than 280 days before the child's "
	    "birth (child 7, birth_date 2025-10-08): date the visit on or after 2025-01-01, or "
	    "correct child_id");
	CHECK_INT(check_visit("2026-02-01", &e), 0);
	CHECK_INT(check_visit("2026-02-02", &e), 1);
	CHECK_STR(first(t, &e), "visit_date: 2026-02-02 is after the child's death (child 7, "
	    "death_date 2026-02-01): date the visit on or before 2026-02-01, or correct "
	    "child_id");
	/* An unborn child: the expected birth, the same way. */
	nknown = 0;
	known[nknown++] = (struct known){"children", "expected_birth_date", "2026-06-01"};
	CHECK_INT(check_visit("2025-08-25", &e), 0);
	CHECK_INT(check_visit("2025-08-24", &e), 1);
}

/* A column the front end refused, or a record with no link, is not compared. */
static void
unusable_fields_are_left(void)
{
	const struct table *t = records_table("visits");
	struct field row[48] = {{1, 1, NULL}, {1, 7, NULL}, {0}, {1, 0, "2000-01-01"}};
	struct rec_errors e;

	nknown = 0;
	known[nknown++] = (struct known){"children", "birth_date", "2025-10-08"};
	rec_errors_clear(&e);
	asked = 0;
	CHECK_INT(rec_check_links(t, row, 1u << 3, fake, NULL, &e, NULL), 0);
	CHECK_INT(rec_check_links(t, row, 1u << 1, fake, NULL, &e, NULL), 0);
	CHECK_INT(asked, 0);
	row[3].present = 0;
	CHECK_INT(rec_check_links(t, row, 0, fake, NULL, &e, NULL), 0);
	CHECK_INT(asked, 0);
}

static const char *
all_errors(const struct table *t, const struct rec_errors *e)
{
	static char all[2000];

	all[0] = 0;
	for (int i = 0; i < e->n && i < REC_MAX_ERRORS; i++)
		snprintf(all + strlen(all), sizeof all - strlen(all), "%s%s: %s", i ? "\n" : "",
		    e->v[i].col >= 0 ? t->cols[e->v[i].col].name : "-", e->v[i].message);
	return all;
}

/* Against a store, both ways: a new assessment before its referral, and a referral moved
 * after its assessment or a birth moved past the work it came after. */
static void
against_the_store(void)
{
	struct store *st = fresh();
	const struct table *as = records_table("assessments"), *re = records_table("referrals");
	const struct table *ch = records_table("children");
	struct field a[48] = {{1, 5, NULL}, {1, 1, NULL}, {1, 1, NULL}, {1, 0, "2025-01-01"}};
	struct field r[48] = {{1, 1, NULL}, {1, 1, NULL}, {0}, {1, 0, "2025-01-10"},
		{1, 0, "1A"}, {0}, {0}, {1, 0, NULL}};
	struct field c[48] = {{1, 1, NULL}, {1, 0, "C1"}, {0}, {0}, {1, 0, "2024-06-01"}, {0},
		{1, 0, "F"}, {1, 0, "WBRI"}};
	struct rec_errors e;

	CHECK_INT(store_exec(st,
	    "INSERT INTO children(id, la_child_id, birth_date, sex, ethnicity) VALUES"
	    " (1, 'C1', '2024-06-01', 'F', 'WBRI');"
	    "INSERT INTO referrals(id, child_id, received_date, source, nfa) VALUES"
	    " (1, 1, '2025-01-02', '1A', 0);"
	    "INSERT INTO assessments(id, child_id, referral_id, start_date) VALUES"
	    " (4, 1, 1, '2025-01-03')"), 0);
	rec_errors_clear(&e);
	CHECK_INT(rec_check_store(st, as, a, &e), 1);
	CHECK_STR(all_errors(as, &e), "start_date: 2025-01-01 is before the referral it answers "
	    "(referral 1, received_date 2025-01-02): date the assessment on or after 2025-01-02, "
	    "or correct referral_id");
	a[3].s = "2025-01-02";
	rec_errors_clear(&e);
	CHECK_INT(rec_check_store(st, as, a, &e), 0);
	rec_errors_clear(&e);
	CHECK_INT(rec_check_store(st, re, r, &e), 1);
	CHECK_STR(all_errors(re, &e), "received_date: 2025-01-10 would put assessment 4 "
	    "(start_date 2025-01-03) before the referral it answers: give a date on or before "
	    "2025-01-03, or change assessment 4 first");
	r[3].s = "2025-01-03";
	rec_errors_clear(&e);
	CHECK_INT(rec_check_store(st, re, r, &e), 0);
	c[4].s = "2025-12-01";
	rec_errors_clear(&e);
	CHECK_INT(rec_check_store(st, ch, c, &e), 2);
	CHECK_STR(all_errors(ch, &e), "birth_date: 2025-12-01 would put referral 1 (received_date "
	    "2025-01-02) more than 280 days before the child's birth: give a date on or before "
	    "2025-10-09, or change referral 1 first\nbirth_date: 2025-12-01 would put assessment "
	    "4 (start_date 2025-01-03) more than 280 days before the child's birth: give a date "
	    "on or before 2025-10-10, or change assessment 4 first");
	c[4].s = "2025-10-09";
	rec_errors_clear(&e);
	CHECK_INT(rec_check_store(st, ch, c, &e), 0);
	c[4].s = "2024-06-01";
	c[13] = (struct field){1, 0, "2025-01-02"};
	rec_errors_clear(&e);
	CHECK_INT(rec_check_store(st, ch, c, &e), 1);
	CHECK_STR(all_errors(ch, &e), "death_date: 2025-01-02 would put assessment 4 (start_date "
	    "2025-01-03) after the child's death: give a date on or after 2025-01-03, or change "
	    "assessment 4 first");
	cleanup(st);
}

int
main(void)
{
	RUN(orders_name_real_columns);
	RUN(an_enquiry_follows_its_discussion);
	RUN(within_the_childs_life);
	RUN(unusable_fields_are_left);
	RUN(against_the_store);
	return DONE();
}
