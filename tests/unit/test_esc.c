/* test_esc.c: the one escaper of each output context (base/esc.h), case by case and at its
 * edges (NULL, empty, counted lengths with NULs, every byte of a URL), and the
 * JSON writers built on it (jwrite.c's jw_strn, the _file forms) agreeing with it byte for
 * byte on any bytes at all, a string longer than jwrite's buffer included. */
#include <stdlib.h>

#include "harness.h"
#include "base/buf.h"
#include "base/esc.h"
#include "base/mem.h"
#include "json/jwrite.h"

static void
check_json(const char *s, size_t n, const char *want)
{
	struct buf b;

	buf_init(&b, 1 << 16);
	esc_json_n(&b, s, n);
	CHECK_STR(buf_str(&b), want);
	buf_free(&b);
}

static void
json_cases(void)
{
	struct buf b;

	check_json("", 0, "\"\"");
	check_json("plain", 5, "\"plain\"");
	check_json("a\"b\\c", 5, "\"a\\\"b\\\\c\"");
	check_json("\n\t\r", 3, "\"\\n\\t\\r\"");
	check_json("\x01\x1f\x7f", 3, "\"\\u0001\\u001f\\u007f\"");
	check_json("a\0b", 3, "\"a\\u0000b\"");
	check_json("caf\xc3\xa9 \xe2\x82\xac", 9, "\"caf\xc3\xa9 \xe2\x82\xac\"");
	check_json("</script>", 9, "\"</script>\"");
	buf_init(&b, 64);
	esc_json(&b, NULL);
	buf_adds(&b, ",");
	esc_json(&b, "x");
	CHECK_STR(buf_str(&b), "null,\"x\"");
	buf_free(&b);
}

static void
html_url_csv_cases(void)
{
	struct buf b;

	buf_init(&b, 1024);
	esc_html(&b, "<a href=\"x\">Tom & Jerry's</a>");
	CHECK_STR(buf_str(&b), "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
	buf_reset(&b);
	esc_url(&b, "a b/c?d=e&f~_.-\xc3\xa9");
	CHECK_STR(buf_str(&b), "a%20b%2Fc%3Fd%3De%26f~_.-%C3%A9");
	buf_reset(&b);
	esc_csv(&b, "plain");
	buf_adds(&b, "|");
	esc_csv(&b, "a,b");
	buf_adds(&b, "|");
	esc_csv(&b, "say \"hi\"");
	buf_adds(&b, "|");
	esc_csv(&b, "two\nlines");
	buf_adds(&b, "|");
	esc_csv(&b, "\"");
	buf_adds(&b, "|");
	esc_csv(&b, NULL);
	CHECK_STR(buf_str(&b), "plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"|\"\"\"\"|");
	buf_free(&b);
}

/* What a stream writer wrote, as a string (the caller frees it). */
static char *
captured(FILE *f, size_t *n)
{
	long len;
	char *s;

	fflush(f);
	len = ftell(f);
	s = xmalloc((size_t)len + 1);
	rewind(f);
	*n = fread(s, 1, (size_t)len, f);
	s[*n] = 0;
	return s;
}

static void
file_forms_match(void)
{
	FILE *f = tmpfile();
	size_t n;
	char *got;

	CHECK(f != NULL);
	if (!f)
		return;
	esc_json_file(f, "a\"\x01\n");
	esc_json_file(f, NULL);
	esc_csv_file(f, "x,\"y\"");
	esc_csv_file(f, NULL);
	got = captured(f, &n);
	CHECK_STR(got, "\"a\\\"\\u0001\\n\"null\"x,\"\"y\"\"\"");
	xfree(got);
	fclose(f);
}

/* jw_strn and esc_json_n give the same bytes for random strings, mostly plain text with
 * escapes sprinkled in, and for one of 3 MiB that crosses jwrite's 1 MiB buffer. */
static void
jwrite_agrees(void)
{
	static const char pick[] = "ab \"\\\n\x01\x7f\xc3\xa9z";
	size_t cap = 3u << 20;
	char *s = xmalloc(cap);
	struct buf want;
	unsigned seed = 7;

	buf_init(&want, 8u << 20);
	for (int round = 0; round < 301; round++) {
		size_t n = round == 300 ? cap : (size_t)(rand_r(&seed) % 200);
		FILE *f = tmpfile();
		struct jw w;
		size_t got_n;
		char *got;
		for (size_t i = 0; i < n; i++)
			s[i] = rand_r(&seed) % 8 ? 'p' : pick[rand_r(&seed) % (sizeof pick - 1)];
		if (!f)
			break;
		jw_init(&w, f);
		jw_strn(&w, s, n);
		CHECK_INT(jw_flush(&w), 0);
		jw_free(&w);
		got = captured(f, &got_n);
		buf_reset(&want);
		esc_json_n(&want, s, n);
		CHECK_INT(got_n, want.len);
		CHECK(got_n == want.len && memcmp(got, want.p, got_n) == 0);
		xfree(got);
		fclose(f);
	}
	buf_free(&want);
	xfree(s);
}

static void
count_piece(void *ctx, const char *piece, size_t n)
{
	(void)piece;
	CHECK(n > 0);
	(*(int *)ctx)++;
}

/* The edges of each context: NULL, empty, counted lengths with NULs, every byte of a
 * URL, CR alone in a cell, and the JSON escaper handing plain runs out in one piece. */
static void
edges(void)
{
	struct buf b;
	int pieces = 0;

	buf_init(&b, 4096);
	esc_html(&b, NULL);
	esc_html(&b, "");
	esc_url(&b, NULL);
	esc_url(&b, "");
	esc_csv(&b, "");
	CHECK_STR(buf_str(&b), "");
	esc_html_n(&b, "<a>&", 2);
	buf_adds(&b, "|");
	esc_html_n(&b, "x\0<", 3);
	CHECK(b.len == 12 && memcmp(b.p, "&lt;a|x\0&lt;", 12) == 0);
	buf_reset(&b);
	esc_url(&b, "+%&=?#/ \x7f\x80\xff~");
	CHECK_STR(buf_str(&b), "%2B%25%26%3D%3F%23%2F%20%7F%80%FF~");
	buf_reset(&b);
	esc_csv(&b, "a\rb");
	buf_adds(&b, "|");
	esc_csv(&b, ",");
	buf_adds(&b, "|");
	esc_csv(&b, "'=1+2'");
	CHECK_STR(buf_str(&b), "\"a\rb\"|\",\"|'=1+2'");
	buf_reset(&b);
	esc_json_n(&b, "", 0);
	esc_json(&b, "");
	CHECK_STR(buf_str(&b), "\"\"\"\"");
	esc_json_each("plain text, then \"one\" quote and a long plain tail", 50, count_piece,
	    &pieces);
	CHECK_INT(pieces, 5);	/* plain, \", plain, \", plain */
	pieces = 0;
	esc_json_each("\n\n", 2, count_piece, &pieces);
	CHECK_INT(pieces, 2);
	buf_free(&b);
}

int
main(void)
{
	RUN(json_cases);
	RUN(html_url_csv_cases);
	RUN(file_forms_match);
	RUN(jwrite_agrees);
	RUN(edges);
	return DONE();
}
