/* test_html.c: the page writer (src/web/html.c): each conversion h() takes (%s escaped,
 * %.*s, %d %i %u %x with l, ll and z, a width, the 0 and - flags, %%, NULL as ""),
 * against snprintf where printf defines the answer; that anything else aborts rather
 * than write unescaped; and the components' escaping of what they are given. A request
 * with only its output buffer and arena set up is enough for all of them. */
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"
#include "base/buf.h"
#include "web/html.h"
#include "web/web_int.h"

static struct web_req req;

static const char *
page(void)
{
	return buf_str(&req.out);
}

static void
fresh(void)
{
	buf_reset(&req.out);
}

/* h() and snprintf with the same literal format and arguments write the same. */
#define SAME(fmt, ...)                                                                \
	do {                                                                         \
		char want_[256];                                                     \
		fresh();                                                             \
		h(&req, fmt, __VA_ARGS__);                                           \
		snprintf(want_, sizeof want_, fmt, __VA_ARGS__);                     \
		CHECK_STR(page(), want_);                                            \
	} while (0)

static void
strings(void)
{
	const char *volatile none = NULL;	/* a NULL the compiler cannot see */

	fresh();
	h(&req, "<p class=\"x\">%s</p>", "Tom & Jerry's <b>\"best\"</b>");
	CHECK_STR(page(), "<p class=\"x\">Tom &amp; Jerry&#39;s &lt;b&gt;&quot;best&quot;&lt;/b&gt;</p>");
	fresh();
	h(&req, "[%s][%s]", none, "");
	CHECK_STR(page(), "[][]");
	fresh();
	h(&req, "%.*s|%.*s|%.*s|%.*s", 3, "abcdef", 0, "abc", 10, "ab", -1, "<all>");
	CHECK_STR(page(), "abc||ab|&lt;all&gt;");
	fresh();
	h(&req, "%.*s", 2, "<<<");	/* the precision counts the text's bytes, not the entities */
	CHECK_STR(page(), "&lt;&lt;");
	fresh();
	h(&req, "%.*s", 5, none);
	CHECK_STR(page(), "");
	fresh();
	h(&req, "100%% of %s", "caf\xc3\xa9");
	CHECK_STR(page(), "100% of caf\xc3\xa9");
	fresh();
	h(&req, "no conversion at all");
	CHECK_STR(page(), "no conversion at all");
	fresh();
	h(&req, "%s%s%s", "a", "&", "b");
	CHECK_STR(page(), "a&amp;b");
}

static void
integers(void)
{
	static const long long values[] = {0, 1, -1, 7, 42, -42, 99999, INT32_MAX, INT32_MIN,
	    INT64_MAX, INT64_MIN, 0x7fffffffffLL};

	for (size_t k = 0; k < sizeof values / sizeof values[0]; k++) {
		long long v = values[k];
		int i = (int)v;
		unsigned u = (unsigned)v;
		unsigned long long ull = (unsigned long long)v;
		SAME("%d %i %u %x", i, i, u, u);
		SAME("%ld %lu %lx", (long)v, (unsigned long)v, (unsigned long)v);
		SAME("%lld %llu %llx", v, ull, ull);
		SAME("%zu %zx", (size_t)ull, (size_t)ull);
		SAME("[%5d][%-5d][%05d][%1d][%012lld]", i, i, i, i, v);
		SAME("[%-12lld][%20llu][%08x][%3u][%-3u]", v, ull, u, u, u);
		SAME("[%03zu][%010ld][%-10zu]", (size_t)(ull % 1000), (long)v, (size_t)ull);
	}
	SAME("%02d:%02d on %d %s %d", 9, 5, 12, "May", 2025);
	SAME("%zu records, %d%%", (size_t)147647, 50);
}

/* Runs h() with a conversion it does not take, in a child: 1 when that aborted. */
static int
aborts(int which)
{
	pid_t pid = fork();
	int status = 0;

	if (pid == 0) {
		fclose(stderr);	/* the child's message is expected */
		if (which == 0)
			h(&req, "%c", 'x');
		else if (which == 1)
			h(&req, "%5s", "x");
		else if (which == 2)
			h(&req, "%-s", "x");
		else if (which == 3)
			h(&req, "%.*d", 3, 7);
		else if (which == 4)
			h(&req, "%f", 1.5);
		else if (which == 5)
			h(&req, "%p", (void *)&req);
		else if (which == 6)
			h(&req, "%ls", (const wchar_t *)L"x");
		else
			h(&req, "%hd", (short)1);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT;
}

static void
others_abort(void)
{
	for (int i = 0; i < 8; i++) {
		int got = aborts(i);
		CHECK(got);
		if (!got)
			printf("  (conversion %d did not abort)\n", i);
	}
}

static void
helpers(void)
{
	CHECK_STR(h_url(&req, "a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
	CHECK_STR(h_url(&req, ""), "");
	CHECK_STR(h_date(&req, cal_from_ymd(2025, 5, 12)), "Mon 12 May 2025");
	CHECK_STR(h_date(&req, CAL_NONE), "");
}

static void
components(void)
{
	static const char *const options[] = {"a", "<A>", "b\"", "B & b", NULL};
	const struct h_field_error e = {"name\"", "Enter a <name>"};

	fresh();
	h_input(&req, &(struct h_input){"name", "Name <full>", NULL, "\"><script>", NULL, NULL,
	    NULL, NULL});
	CHECK(strstr(page(), "value=\"&quot;&gt;&lt;script&gt;\"") != NULL);
	CHECK(strstr(page(), "Name &lt;full&gt;") != NULL);
	CHECK(strstr(page(), "type=\"text\"") != NULL);
	CHECK(strstr(page(), "<script>") == NULL);
	fresh();
	h_select(&req, "kind", "Kind", NULL, options, "b\"");
	CHECK(strstr(page(), "<option value=\"b&quot;\" selected>B &amp; b</option>") != NULL);
	CHECK(strstr(page(), "<option value=\"a\">&lt;A&gt;</option>") != NULL);
	fresh();
	h_error_summary(&req, &e, 1);
	CHECK(strstr(page(), "<a href=\"#name&quot;\">Enter a &lt;name&gt;</a>") != NULL);
	fresh();
	h_error_summary(&req, &e, 0);
	CHECK_STR(page(), "");
	fresh();
	h_summary_row(&req, "Key", "");
	CHECK(strstr(page(), "Not recorded") != NULL);
	fresh();
	h_tag(&req, "red\"", "<Overdue>");
	CHECK_STR(page(), "<strong class=\"govuk-tag govuk-tag--red&quot;\">&lt;Overdue&gt;</strong>");
}

int
main(void)
{
	arena_init(&req.arena, 1u << 20);
	buf_init(&req.out, 1u << 20);
	RUN(strings);
	RUN(integers);
	RUN(others_abort);
	RUN(helpers);
	RUN(components);
	buf_free(&req.out);
	arena_free(&req.arena);
	return DONE();
}
