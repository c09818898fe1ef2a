/* test_jsonw.c: the API's JSON writer (src/web/jsonw.c): commas at every depth, empty
 * containers, keys and strings escaped, NULL strings, ids of 0 and absent dates as null,
 * the extremes of int64, and nesting past JB_DEPTH still well formed. */
#include <stdint.h>

#include "harness.h"
#include "base/buf.h"
#include "web/jsonw.h"

static struct buf b;
static struct jb j;

static void
fresh(void)
{
	buf_reset(&b);
	jb_init(&j, &b);
}

static void
containers(void)
{
	fresh();
	jb_obj(&j);
	jb_obj_end(&j);
	CHECK_STR(buf_str(&b), "{}");
	fresh();
	jb_arr(&j);
	jb_arr_end(&j);
	CHECK_STR(buf_str(&b), "[]");
	fresh();
	jb_arr(&j);
	jb_arr(&j);
	jb_arr_end(&j);
	jb_arr(&j);
	jb_arr_end(&j);
	jb_arr(&j);
	jb_int(&j, 1);
	jb_arr_end(&j);
	jb_obj(&j);
	jb_obj_end(&j);
	jb_arr_end(&j);
	CHECK_STR(buf_str(&b), "[[],[],[1],{}]");
	fresh();
	jb_obj(&j);
	jb_key(&j, "a");
	jb_arr(&j);
	jb_int(&j, 1);
	jb_int(&j, 2);
	jb_obj(&j);
	jb_kstr(&j, "b", NULL);
	jb_obj_end(&j);
	jb_arr_end(&j);
	jb_kstr(&j, "c", "x");
	jb_key(&j, "d");
	jb_obj(&j);
	jb_obj_end(&j);
	jb_kbool(&j, "e", 1);
	jb_kbool(&j, "f", 0);
	jb_key(&j, "g");
	jb_null(&j);
	jb_obj_end(&j);
	CHECK_STR(buf_str(&b), "{\"a\":[1,2,{\"b\":null}],\"c\":\"x\",\"d\":{},\"e\":true,"
	    "\"f\":false,\"g\":null}");
}

static void
values(void)
{
	fresh();
	jb_arr(&j);
	jb_int(&j, 0);
	jb_int(&j, -1);
	jb_int(&j, INT64_MAX);
	jb_int(&j, INT64_MIN);
	jb_str(&j, "");
	jb_str(&j, NULL);
	jb_bool(&j, 7);
	jb_date(&j, cal_from_ymd(2025, 5, 12));
	jb_date(&j, CAL_NONE);
	jb_arr_end(&j);
	CHECK_STR(buf_str(&b), "[0,-1,9223372036854775807,-9223372036854775808,\"\",null,true,"
	    "\"2025-05-12\",null]");
	fresh();
	jb_obj(&j);
	jb_kid(&j, "team_id", 0);
	jb_kid(&j, "child_id", 12);
	jb_kint(&j, "n", -3);
	jb_kdate(&j, "from", cal_from_ymd(2024, 2, 29));
	jb_kdate(&j, "to", CAL_NONE);
	jb_obj_end(&j);
	CHECK_STR(buf_str(&b), "{\"team_id\":null,\"child_id\":12,\"n\":-3,\"from\":\"2024-02-29\","
	    "\"to\":null}");
}

static void
escapes(void)
{
	fresh();
	jb_obj(&j);
	jb_kstr(&j, "k\"ey\\", "a\"b\\c\n\t\r\x01\x1f\x7f</script>caf\xc3\xa9");
	jb_obj_end(&j);
	CHECK_STR(buf_str(&b), "{\"k\\\"ey\\\\\":\"a\\\"b\\\\c\\n\\t\\r\\u0001\\u001f\\u007f"
	    "</script>caf\xc3\xa9\"}");
}

/* Forty arrays deep, each holding a number before and after the next: the writer keeps
 * the commas of JB_DEPTH levels, and past that every container it closes has held
 * something, so the commas still come out right. */
static void
deep(void)
{
	char want[1024];
	size_t len = 0;

	fresh();
	for (int i = 0; i < 40; i++) {
		jb_arr(&j);
		jb_int(&j, i);
		len += (size_t)snprintf(want + len, sizeof want - len, "%s[%d", i ? "," : "", i);
	}
	for (int i = 39; i >= 0; i--) {
		jb_arr(&j);
		jb_arr_end(&j);
		jb_int(&j, 100 + i);
		jb_arr_end(&j);
		len += (size_t)snprintf(want + len, sizeof want - len, ",[],%d]", 100 + i);
	}
	CHECK_STR(buf_str(&b), want);
}

int
main(void)
{
	buf_init(&b, 1u << 20);
	RUN(containers);
	RUN(values);
	RUN(escapes);
	RUN(deep);
	buf_free(&b);
	return DONE();
}
