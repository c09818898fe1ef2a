/* test_rec_demo.c: the demo's writer refuses a row the record layer refuses (in test
 * builds, where it checks every row it writes), naming the record and the rule, before
 * anything reaches the store. */
#include "harness.h"
#include "demo/demo_write.c"

static void
a_bad_row_is_named(void)
{
	const struct table *t = records_table("children");
	struct field rows[2][16] = {
		{{1, 1, NULL}, {1, 0, "D1"}, {0}, {0}, {1, 0, "2019-02-28"}, {0}, {1, 0, "F"},
		 {1, 0, "WBRI"}},
		{{1, 2, NULL}, {1, 0, "D2"}, {0}, {0}, {1, 0, "1790-02-28"}, {0}, {1, 0, "M"},
		 {1, 0, "WBRI"}},
	};
	struct field flat[32];
	char err[1024] = "";

	CHECK(t->ncols <= 16);
	memcpy(flat, rows[0], sizeof(struct field) * (size_t)t->ncols);
	memcpy(flat + t->ncols, rows[1], sizeof(struct field) * (size_t)t->ncols);
	CHECK_INT(check_rows(t, flat, 1, err, sizeof err), 0);
	CHECK_INT(check_rows(t, flat, 2, err, sizeof err), -1);
	CHECK_STR(err, "the demo made a child record the record layer refuses (a bug of the "
	    "demo): children 2, birth_date: \"1790-02-28\" is outside the working-day calendar "
	    "(use a date from 1970-01-01 to 2100-12-31)");
	CHECK_INT(CHECK_ROWS, 1);
}

int
main(void)
{
	RUN(a_bad_row_is_named);
	return DONE();
}
