/* test_route.c: finding a request's row (src/web/route_match.c, included) in a table of
 * this test's own, which stands in for routes.c so that every shape a pattern can take is
 * here: ids (1 to 2^53 - 1, no leading zero, no sign, nothing after), two ids, three (a
 * pattern that never matches), the '*' rest, HEAD answered by GET, the first row winning,
 * and 404 for a path no row has against 405 with the other methods in Allow (cut rather
 * than overflowing a small buffer). tests/unit/test_web_routes.c walks the real table. */
#include "harness.h"
#include "records/records.h"
#include "web/route_match.c"

static const struct web_route table[] = {
	{"GET", "/assets/*", 0, SC_PUBLIC, NULL, NULL, 0, "assets"},
	{"GET", "/", 0, SC_SELF, NULL, NULL, 0, "root"},
	{"GET", "/children/{id}", 0, SC_CHILD, NULL, NULL, 0, "child"},
	{"POST", "/children/{id}/reason", 0, SC_CHILD, NULL, NULL, 0, "reason"},
	{"GET", "/children/{id}/plans/{id}", 0, SC_CHILD, NULL, NULL, 0, "plan"},
	{"GET", "/admin/teams", 0, SC_ADMIN, NULL, NULL, 0, "teams"},
	{"POST", "/admin/teams", 0, SC_ADMIN, NULL, NULL, 0, "team save"},
	{"GET", "/x/{id}/{id}/{id}", 0, SC_AREA, NULL, NULL, 0, "three ids"},
	{"GET", "/dup", 0, SC_AREA, NULL, NULL, 0, "first"},
	{"GET", "/dup", 0, SC_AREA, NULL, NULL, 0, "second"},
	{"PATCH", "/dup", 0, SC_AREA, NULL, NULL, 0, "patch"},
	{"POST", "/login", 0, SC_PUBLIC, NULL, NULL, 0, "login"},
};

const struct web_route *
web_routes(int *n)
{
	*n = (int)(sizeof table / sizeof table[0]);
	return table;
}

struct match_case {
	const char *method, *path;
	int status;
	const char *summary;	/* the row found (200), or the Allow list (405) */
	int64_t id0, id1;
};

static const struct match_case cases[] = {
	{"GET", "/", 200, "root", 0, 0},
	{"HEAD", "/", 200, "root", 0, 0},
	{"GET", "/children/12", 200, "child", 12, 0},
	{"GET", "/children/1", 200, "child", 1, 0},
	{"GET", "/children/9007199254740991", 200, "child", RECORDS_MAX_ID, 0},
	{"GET", "/children/9007199254740992", 404, "", 0, 0},
	{"GET", "/children/99999999999999999999999", 404, "", 0, 0},
	{"GET", "/children/0", 404, "", 0, 0},
	{"GET", "/children/012", 404, "", 0, 0},
	{"GET", "/children/-1", 404, "", 0, 0},
	{"GET", "/children/+1", 404, "", 0, 0},
	{"GET", "/children/1a", 404, "", 0, 0},
	{"GET", "/children/1.0", 404, "", 0, 0},
	{"GET", "/children/ 1", 404, "", 0, 0},
	{"GET", "/children/", 404, "", 0, 0},
	{"GET", "/children", 404, "", 0, 0},
	{"GET", "/children/12/", 404, "", 0, 0},
	{"GET", "/children/12/views", 404, "", 0, 0},
	{"POST", "/children/12/reason", 200, "reason", 12, 0},
	{"GET", "/children/12/reason", 405, "POST", 0, 0},
	{"GET", "/children/12/plans/7", 200, "plan", 12, 7},
	{"GET", "/children/12/plans/07", 404, "", 0, 0},
	{"GET", "/children/12/plans", 404, "", 0, 0},
	{"GET", "/x/1/2/3", 404, "", 0, 0},	/* at most two ids */
	{"GET", "/assets/app.css", 200, "assets", 0, 0},
	{"GET", "/assets/images/favicon.ico", 200, "assets", 0, 0},
	{"GET", "/assets/", 404, "", 0, 0},	/* '*' is at least one character */
	{"GET", "/assets", 404, "", 0, 0},
	{"POST", "/assets/app.css", 405, "GET, HEAD", 0, 0},
	{"GET", "/admin/teams", 200, "teams", 0, 0},
	{"POST", "/admin/teams", 200, "team save", 0, 0},
	{"DELETE", "/admin/teams", 405, "GET, HEAD, POST", 0, 0},
	{"HEAD", "/admin/teams", 200, "teams", 0, 0},
	{"GET", "/admin/team", 404, "", 0, 0},
	{"GET", "/admin/teamsx", 404, "", 0, 0},
	{"GET", "/dup", 200, "first", 0, 0},
	{"PATCH", "/dup", 200, "patch", 0, 0},
	{"PUT", "/dup", 405, "GET, HEAD, PATCH", 0, 0},
	{"GET", "/login", 405, "POST", 0, 0},
	{"HEAD", "/login", 405, "POST", 0, 0},
	{"get", "/", 405, "GET, HEAD", 0, 0},	/* methods are case-sensitive */
	{"GET", "/nowhere", 404, "", 0, 0},
	{"GET", "", 404, "", 0, 0},
	{"GET", "//", 404, "", 0, 0},
};

static void
match_table(void)
{
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct match_case *c = &cases[i];
		int64_t ids[2] = {-1, -1};
		char allow[64];
		int status = 0;
		const struct web_route *r = web_route_match(c->method, c->path, ids, &status,
		    allow, sizeof allow);

		CHECK_INT(status, c->status);
		if (c->status == 200) {
			CHECK(r != NULL);
			CHECK_STR(r ? r->summary : NULL, c->summary);
			CHECK_INT(ids[0], c->id0);
			CHECK_INT(ids[1], c->id1);
		} else {
			CHECK(r == NULL);
			CHECK_STR(allow, c->status == 405 ? c->summary : "");
		}
		if (status != c->status)
			printf("  (%s %s)\n", c->method, c->path);
	}
}

/* An Allow list that would not fit is cut at a whole method, and always terminated. */
static void
small_allow(void)
{
	int64_t ids[2];
	char allow[16];
	int status;

	CHECK(web_route_match("DELETE", "/admin/teams", ids, &status, allow, sizeof allow) == NULL);
	CHECK_INT(status, 405);
	CHECK_STR(allow, "GET, HEAD");
	CHECK(web_route_match("DELETE", "/admin/teams", ids, &status, allow, 8) == NULL);
	CHECK_INT(status, 405);
	CHECK_STR(allow, "");
}

int
main(void)
{
	RUN(match_table);
	RUN(small_allow);
	return DONE();
}
