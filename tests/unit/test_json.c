/* test_json.c: the JSON tokenizer (every kind of token, decoding, positions, limits and
 * the errors a user sees), the writer (escaping, numbers, large outputs) and the
 * importer's id maps and key sets. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <fcntl.h>
#include <unistd.h>

#include "harness.h"
#include "base/buf.h"
#include "base/mem.h"
#include "json/jread.h"
#include "json/json_int.h"
#include "json/jwrite.h"

/* Reads s whole, writing the tokens as "kind:text" separated by spaces into out. */
static int
tokens(const char *s, const struct jr_limits *lim, struct buf *out, struct jr *r)
{
	static const char *names[] = {"EOF", "ERR", "{", "}", "[", "]", ":", ",", "S", "N", "T",
		"F", "null"};
	struct jr_tok t;

	jr_init_mem(r, s, strlen(s), lim);
	buf_reset(out);
	while (jr_next(r, &t) != JR_EOF && t.kind != JR_ERROR) {
		buf_printf(out, "%s%s", out->len ? " " : "", names[t.kind]);
		if (t.kind == JR_STRING || t.kind == JR_NUMBER)
			buf_printf(out, ":%s", t.s);
	}
	return t.kind == JR_ERROR ? -1 : 0;
}

static void
every_kind_of_token(void)
{
	struct buf out;
	struct jr r;

	buf_init(&out, 1 << 16);
	CHECK_INT(tokens(" {\"a\": [1, -2.5e+3, true, false, null], \"b\": {}}\n", NULL, &out, &r), 0);
	CHECK_STR(buf_str(&out), "{ S:a : [ N:1 , N:-2.5e+3 , T , F , null ] , S:b : { } }");
	jr_free(&r);
	CHECK_INT(tokens("\xEF\xBB\xBF[0]", NULL, &out, &r), 0);
	CHECK_STR(buf_str(&out), "[ N:0 ]");	/* a byte-order mark is ignored */
	jr_free(&r);
	buf_free(&out);
}

static void
positions(void)
{
	struct jr r;
	struct jr_tok t;
	const char *s = "{\n  \"id\": 12,\n\t\"x\"\n}";

	jr_init_mem(&r, s, strlen(s), NULL);
	jr_next(&r, &t);
	CHECK_INT(t.line, 1);
	CHECK_INT(t.col, 1);
	jr_next(&r, &t);
	CHECK_INT(t.line, 2);
	CHECK_INT(t.col, 3);
	jr_next(&r, &t);
	jr_next(&r, &t);
	CHECK_STR(t.s, "12");
	CHECK_INT(t.col, 9);
	jr_next(&r, &t);
	jr_next(&r, &t);
	CHECK_INT(t.line, 3);
	CHECK_INT(t.col, 2);
	jr_free(&r);
}

static void
strings_are_decoded(void)
{
	static const struct {
		const char *json, *want;
		size_t len;
	} cases[] = {
		{"\"plain\"", "plain", 5},
		{"\"a\\\"b\\\\c\\/d\"", "a\"b\\c/d", 7},
		{"\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t", 5},
		{"\"caf\\u00e9\"", "caf\xC3\xA9", 5},
		{"\"\\u20AC\"", "\xE2\x82\xAC", 3},
		{"\"\\ud83d\\ude00\"", "\xF0\x9F\x98\x80", 4},
		{"\"Zo\xC3\xAB\"", "Zo\xC3\xAB", 4},
		{"\"\xF4\x8F\xBF\xBF\"", "\xF4\x8F\xBF\xBF", 4},
		{"\"a\\u0000b\"", "a", 3},	/* a NUL of its own: len says so */
		{"\"\"", "", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct jr r;
		struct jr_tok t;
		jr_init_mem(&r, cases[i].json, strlen(cases[i].json), NULL);
		CHECK_INT(jr_next(&r, &t), JR_STRING);
		CHECK_STR(t.s, cases[i].want);
		CHECK_INT(t.len, cases[i].len);
		jr_free(&r);
	}
}

/* Each bad input fails with this message, at this line and column. */
static void
errors_say_what_and_where(void)
{
	static const struct jr_limits small = {1u << 20, 8, 3, 6};
	static const struct {
		const char *json, *err;
		long line, col;
		int small_limits;
	} cases[] = {
		{"[1, @]", "unexpected '@': this is not JSON", 1, 5, 0},
		{"\x89PNG", "unexpected byte 0x89: this is not JSON", 1, 1, 0},
		{"[\"abc", "the file ends inside a string (is it cut short?)", 1, 6, 0},
		{"[\"ab\ncd\"]", "a string runs on past the end of its line (a closing \" is "
		    "missing?)", 1, 5, 0},
		{"\"a\tb\"", "a control character (byte 0x09) inside a string (write it as "
		    "\\u0009)", 1, 3, 0},
		{"\"\\x\"", "\\x is not a JSON escape (write \\\\ for a backslash)", 1, 2, 0},
		{"\"\\u12G4\"", "\\u must be followed by four hexadecimal digits", 1, 6, 0},
		{"\"\\udc00\"", "\\uDC00 is half of a surrogate pair, alone", 1, 2, 0},
		{"\"\\ud800x\"", "\\uD800 must be followed by the second half of its surrogate "
		    "pair (\\uDC00 to \\uDFFF)", 1, 2, 0},
		{"\"\xC0\x80\"", "bytes that are not UTF-8 in a string (save the file as UTF-8)",
		    1, 2, 0},
		{"\"\xED\xA0\x80\"", "bytes that are not UTF-8 in a string (save the file as "
		    "UTF-8)", 1, 2, 0},
		{"\"\xF5\x80\x80\x80\"", "bytes that are not UTF-8 in a string (save the file as "
		    "UTF-8)", 1, 2, 0},
		{"\"\xE2\x82\"", "bytes that are not UTF-8 in a string (save the file as UTF-8)",
		    1, 2, 0},
		{"012", "012 is not a JSON number (digits, with no leading zeros; a point and an "
		    "exponent are optional)", 1, 1, 0},
		{"[1.]", "1. is not a JSON number (digits, with no leading zeros; a point and an "
		    "exponent are optional)", 1, 2, 0},
		{"-", "- is not a JSON number (digits, with no leading zeros; a point and an "
		    "exponent are optional)", 1, 1, 0},
		{"tru", "not JSON: a value starting with 't' can only be true", 1, 1, 0},
		{"nullx", "not JSON: a value starting with 'n' can only be null", 1, 1, 0},
		{"1234567", "a number longer than 6 characters", 1, 1, 1},
		{"\"123456789\"", "a string longer than 8 bytes (no field takes so much; is this "
		    "the right file?)", 1, 1, 1},
		{"[[[[1]]]]", "lists and objects nested more than 3 deep (a safeguard export "
		    "needs 4)", 1, 4, 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct buf out;
		struct jr r;
		buf_init(&out, 4096);
		CHECK_INT(tokens(cases[i].json, cases[i].small_limits ? &small : NULL, &out, &r), -1);
		CHECK_STR(r.err, cases[i].err);
		CHECK_INT(r.err_line, cases[i].line);
		CHECK_INT(r.err_col, cases[i].col);
		jr_free(&r);
		buf_free(&out);
	}
}

static void
skipping_values(void)
{
	static const struct {
		const char *json;
		int ok;
		const char *err;
	} cases[] = {
		{"{\"a\": [1, {\"b\": null}, []], \"c\": \"d\"} 7", 1, NULL},
		{"[] 7", 1, NULL},
		{"[1 2]", 0, "expected ',' or ']', found 2"},
		{"{\"a\" 1}", 0, "expected ':', found 1"},
		{"{\"a\": 1,}", 0, "expected a field name in double quotes, found '}'"},
		{"[1, ]", 0, "expected a value, found ']'"},
		{"[1}", 0, "expected ',' or ']', found '}'"},
		{"[1, [2", 0, "the file ends inside a list or an object (is it cut short?)"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct jr r;
		struct jr_tok t;
		jr_init_mem(&r, cases[i].json, strlen(cases[i].json), NULL);
		jr_next(&r, &t);
		CHECK_INT(jr_skip(&r, &t), cases[i].ok ? 0 : -1);
		if (cases[i].ok) {
			CHECK_INT(jr_next(&r, &t), JR_NUMBER);
			CHECK_STR(t.s, "7");
		} else {
			CHECK_STR(r.err, cases[i].err);
		}
		jr_free(&r);
	}
}

static void
describing_tokens(void)
{
	struct jr_tok t = {.kind = JR_STRING, .s = "line\none \"q\"", .len = 12};
	char out[96];

	jr_describe(&t, out, sizeof out);
	CHECK_STR(out, "\"line\\u000Aone \\\"q\\\"\"");
	t.s = "0123456789012345678901234567890123456789abcdef";
	t.len = strlen(t.s);
	jr_describe(&t, out, sizeof out);
	CHECK_STR(out, "\"0123456789012345678901234567890123456789...\"");
	/* "é" is two bytes: the 39th and 40th characters here would straddle the cut. */
	t.s = "012345678901234567890123456789012345678\xc3\xa9xyz";
	t.len = strlen(t.s);
	jr_describe(&t, out, sizeof out);
	CHECK_STR(out, "\"012345678901234567890123456789012345678...\"");
	t.s = "Zo\xc3\xab";
	t.len = strlen(t.s);
	jr_describe(&t, out, sizeof out);
	CHECK_STR(out, "\"Zo\xc3\xab\"");
	t.kind = JR_ARRAY;
	jr_describe(&t, out, sizeof out);
	CHECK_STR(out, "a list");
}

/* A file read through the 1 MiB chunks gives the same tokens as the same bytes in
 * memory, wherever a token falls across a chunk's edge. */
static void
chunks_join_seamlessly(void)
{
	char path[64];
	struct buf doc, a, b;
	struct jr r;
	FILE *f;
	int fd;

	buf_init(&doc, 8u << 20);
	buf_init(&a, 64u << 20);
	buf_init(&b, 64u << 20);
	buf_adds(&doc, "[");
	for (int i = 0; doc.len < (3u << 20); i++)
		buf_printf(&doc, "%s\"caf\\u00e9 %d \xC3\xA9\xE2\x82\xAC\", %d", i ? ", " : "", i, i);
	buf_adds(&doc, "]");
	snprintf(path, sizeof path, "/tmp/sg-test-json-%d.json", (int)getpid());
	f = fopen(path, "w");
	CHECK(f != NULL);
	fwrite(doc.p, 1, doc.len, f);
	fclose(f);
	CHECK_INT(tokens(doc.p, NULL, &a, &r), 0);
	jr_free(&r);
	fd = open(path, 0);
	jr_init_fd(&r, fd, NULL);
	{
		struct jr_tok t;
		while (jr_next(&r, &t) != JR_EOF && t.kind != JR_ERROR) {
			buf_printf(&b, "%s%s", b.len ? " " : "", t.kind == JR_STRING ? "S" :
			    t.kind == JR_NUMBER ? "N" : t.kind == JR_COMMA ? "," : t.kind ==
			    JR_ARRAY ? "[" : "]");
			if (t.kind == JR_STRING || t.kind == JR_NUMBER)
				buf_printf(&b, ":%s", t.s);
		}
		CHECK_INT(t.kind, JR_EOF);
	}
	CHECK_INT(jr_offset(&r), doc.len);
	CHECK(a.len > 0 && a.len == b.len && memcmp(a.p, b.p, a.len) == 0);
	jr_free(&r);
	close(fd);
	unlink(path);
	buf_free(&doc);
	buf_free(&a);
	buf_free(&b);
}

/* What was written to f, read back into b. */
static void
read_back(FILE *f, struct buf *b)
{
	char chunk[65536];
	size_t n;

	rewind(f);
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(b, chunk, n);
	fclose(f);
}

static void
writer_escapes_and_numbers(void)
{
	FILE *f = tmpfile();
	struct buf out;
	struct jw w;

	jw_init(&w, f);
	jw_str(&w, "a\"b\\c\nd\te\x01 caf\xC3\xA9/");
	jw_lit(&w, " ");
	jw_int(&w, 0);
	jw_lit(&w, " ");
	jw_int(&w, -42);
	jw_lit(&w, " ");
	jw_int(&w, INT64_MAX);
	jw_lit(&w, " ");
	jw_int(&w, INT64_MIN);
	CHECK_INT(jw_flush(&w), 0);
	buf_init(&out, 1 << 20);
	read_back(f, &out);
	CHECK_STR(buf_str(&out), "\"a\\\"b\\\\c\\nd\\te\\u0001 caf\xC3\xA9/\" 0 -42 "
	    "9223372036854775807 -9223372036854775808");
	CHECK_INT(w.written, out.len);
	jw_free(&w);
	buf_free(&out);
}

static void
writer_handles_large_output(void)
{
	char piece[1000];
	FILE *f = tmpfile();
	struct buf out;
	struct jw w;
	int ok = 1;

	memset(piece, 'x', sizeof piece);
	jw_init(&w, f);
	for (int i = 0; i < 3000; i++)
		jw_raw(&w, piece, sizeof piece);
	jw_strn(&w, piece, sizeof piece);
	CHECK_INT(jw_flush(&w), 0);
	buf_init(&out, 8u << 20);
	read_back(f, &out);
	CHECK_INT(out.len, 3000 * 1000 + 1002);
	for (size_t i = 0; i < 3000000 && i < out.len; i++)
		ok &= out.p[i] == 'x';
	CHECK(ok);
	jw_free(&w);
	buf_free(&out);
}

static void
writer_reports_a_failed_write(void)
{
	FILE *f = fopen("/dev/full", "w");
	struct jw w;

	CHECK(f != NULL);
	if (!f)
		return;
	jw_init(&w, f);
	jw_lit(&w, "{}");
	CHECK_INT(jw_flush(&w), -1);
	CHECK(w.err != 0);
	jw_free(&w);
	fclose(f);
}

static void
idmap_dense_and_sparse(void)
{
	struct idmap m = {0};
	int64_t child = 0;
	int ok = 1;

	for (int64_t id = 1; id <= 200000; id++)
		ok &= idmap_put(&m, id, id % 7);
	CHECK(ok);
	CHECK_INT(idmap_put(&m, 5000, 1), 0);
	CHECK_INT(idmap_get(&m, 199999, &child), 1);
	CHECK_INT(child, 199999 % 7);
	CHECK_INT(idmap_get(&m, 200001, &child), 0);
	/* Far-off ids go to the hash, and many of them share their low bits. */
	for (int64_t k = 1; k <= 5000; k++)
		ok &= idmap_put(&m, k << 32, -1);
	CHECK(ok);
	CHECK_INT(idmap_put(&m, (int64_t)77 << 32, 3), 0);
	CHECK_INT(idmap_get(&m, (int64_t)77 << 32, &child), 1);
	CHECK_INT(child, -1);
	CHECK_INT(idmap_get(&m, INT64_MAX, &child), 0);
	CHECK_INT(m.n, 205000);
	idmap_free(&m);
}

/* An id that went to the hash while the array was small is still found, and still a
 * duplicate, once the array has grown past it. */
static void
idmap_hash_then_array(void)
{
	struct idmap m = {0};
	int64_t child = 0;

	CHECK_INT(idmap_put(&m, 1000000, 9), 1);
	for (int64_t id = 1; id <= 600000; id++)
		idmap_put(&m, id, 0);
	CHECK(m.dense_cap > 1000000);
	CHECK_INT(idmap_put(&m, 1000000, 9), 0);
	CHECK_INT(idmap_get(&m, 1000000, &child), 1);
	CHECK_INT(child, 9);
	idmap_free(&m);
}

static void
strset_keys(void)
{
	struct strset s = {0};
	char key[32];
	int ok = 1;

	for (int i = 0; i < 50000; i++) {
		snprintf(key, sizeof key, "C%06d", i);
		ok &= strset_add(&s, key, strlen(key));
	}
	CHECK(ok);
	CHECK_INT(strset_add(&s, "C000042", 7), 0);
	CHECK_INT(strset_add(&s, "C00004", 6), 1);
	CHECK_INT(strset_add(&s, "key\x1f" "2020-01-01", 14), 1);
	CHECK_INT(strset_add(&s, "key\x1f" "2020-01-02", 14), 1);
	CHECK_INT(strset_add(&s, "key\x1f" "2020-01-01", 14), 0);
	strset_free(&s);
}

int
main(void)
{
	RUN(every_kind_of_token);
	RUN(positions);
	RUN(strings_are_decoded);
	RUN(errors_say_what_and_where);
	RUN(skipping_values);
	RUN(describing_tokens);
	RUN(chunks_join_seamlessly);
	RUN(writer_escapes_and_numbers);
	RUN(writer_handles_large_output);
	RUN(writer_reports_a_failed_write);
	RUN(idmap_dense_and_sparse);
	RUN(idmap_hash_then_array);
	RUN(strset_keys);
	return DONE();
}
