/* test_parse.c: what a client sends, decoded (src/web/parse.c): request targets, query and
 * form fields, cookies and the text rule, case by case from tables, every limit at and
 * past its edge and every message. tests/fuzz/fuzz_web_{target,form,cookie,text}.c try
 * the same promises on bytes no table thinks of. */
#include "harness.h"
#include "base/arena.h"
#include "web/parse.h"

#define BAD_PATH "the address holds a character that is not allowed, or a bad %-escape"
#define BAD_PART "the address holds an empty, '.' or '..' part"
#define BAD_FIELD "a field holds a character that is not allowed, or a bad %-escape"
#define BAD_NAME "a field has no name, or one too long"
#define TOO_LARGE "the request is too large"

struct target_case {
	const char *target, *path, *query;	/* path NULL: refused with why */
	const char *why;
};

static const struct target_case targets[] = {
	{"/", "/", "", NULL},
	{"/worklist", "/worklist", "", NULL},
	{"/children/12?tab=plans", "/children/12", "tab=plans", NULL},
	{"/search?q=a+b&x=%41", "/search", "q=a+b&x=%41", NULL},	/* the query stays raw */
	{"/search?", "/search", "", NULL},
	{"/search??q", "/search", "?q", NULL},
	{"/children/12#plans", "/children/12", "", NULL},
	{"/s?q=1#frag", "/s", "q=1", NULL},
	{"/s#a?q=1", "/s", "", NULL},		/* a ? after the # is the fragment's */
	{"/caf%C3%A9", "/caf\xc3\xa9", "", NULL},
	{"/caf%c3%a9", "/caf\xc3\xa9", "", NULL},
	{"/caf\xc3\xa9", "/caf\xc3\xa9", "", NULL},
	{"/a+b", "/a+b", "", NULL},		/* '+' is a space only in fields */
	{"/a%20b", "/a b", "", NULL},
	{"/a b", "/a b", "", NULL},
	{"/a%2Fb", "/a/b", "", NULL},
	{"/...", "/...", "", NULL},
	{"/.a/a.", "/.a/a.", "", NULL},
	{"", NULL, NULL, "the address must begin with /"},
	{"children/12", NULL, NULL, "the address must begin with /"},
	{"*", NULL, NULL, "the address must begin with /"},
	{"http://x/", NULL, NULL, "the address must begin with /"},
	{"%2F", NULL, NULL, "the address must begin with /"},
	{"/a%", NULL, NULL, BAD_PATH},
	{"/a%4", NULL, NULL, BAD_PATH},
	{"/a%4g", NULL, NULL, BAD_PATH},
	{"/a%%41", NULL, NULL, BAD_PATH},
	{"/a%00", NULL, NULL, BAD_PATH},
	{"/a%00b", NULL, NULL, BAD_PATH},
	{"/a%0d%0a", NULL, NULL, BAD_PATH},
	{"/a%09", NULL, NULL, BAD_PATH},
	{"/a\t", NULL, NULL, BAD_PATH},
	{"/a%7F", NULL, NULL, BAD_PATH},
	{"/a%C2%85", NULL, NULL, BAD_PATH},	/* C1 NEL */
	{"/a%C2%A0", "/a\xc2\xa0", "", NULL},	/* no-break space: text */
	{"/a%C0%AF", NULL, NULL, BAD_PATH},	/* overlong / */
	{"/%C0%AE%C0%AE/x", NULL, NULL, BAD_PATH},	/* overlong .. */
	{"/a%E0%80%AF", NULL, NULL, BAD_PATH},
	{"/a%ED%A0%80", NULL, NULL, BAD_PATH},	/* surrogate */
	{"/a%F4%90%80%80", NULL, NULL, BAD_PATH},	/* above U+10FFFF */
	{"/a%FF", NULL, NULL, BAD_PATH},
	{"/a%C3", NULL, NULL, BAD_PATH},
	{"/a\xc3", NULL, NULL, BAD_PATH},
	{"/.", NULL, NULL, BAD_PART},
	{"/..", NULL, NULL, BAD_PART},
	{"/a/./b", NULL, NULL, BAD_PART},
	{"/a/../b", NULL, NULL, BAD_PART},
	{"/a/..", NULL, NULL, BAD_PART},
	{"/%2e", NULL, NULL, BAD_PART},
	{"/%2E%2e/etc/passwd", NULL, NULL, BAD_PART},
	{"/a%2F..%2Fb", NULL, NULL, BAD_PART},
	{"//x", NULL, NULL, BAD_PART},
	{"/a//b", NULL, NULL, BAD_PART},
	{"/a/", NULL, NULL, BAD_PART},
	{"/a%2F%2Fb", NULL, NULL, BAD_PART},
	{"/a\\b", NULL, NULL, BAD_PATH},	/* a backslash is a character, not a part */
	{"/a%5Cb", NULL, NULL, BAD_PATH},
	{"/a?q=%00", "/a", "q=%00", NULL},	/* the query is judged field by field */
};

static void
target_table(void)
{
	for (size_t i = 0; i < sizeof targets / sizeof targets[0]; i++) {
		const struct target_case *c = &targets[i];
		const char *path = NULL, *query = NULL, *why = NULL;
		struct arena a;
		int rc;

		arena_init(&a, 1u << 20);
		rc = web_parse_target(&a, c->target, &path, &query, &why);
		if (c->path) {
			CHECK_INT(rc, 0);
			CHECK_STR(path, c->path);
			CHECK_STR(query, c->query);
		} else {
			CHECK_INT(rc, -1);
			CHECK_STR(why, c->why);
		}
		if ((rc == 0) != (c->path != NULL))
			printf("  (target \"%s\")\n", c->target);
		arena_free(&a);
	}
}

/* WEB_MAX_TARGET bytes are taken, one more is not; an arena too small says so. */
static void
target_limits(void)
{
	static char t[WEB_MAX_TARGET + 2];
	const char *path, *query, *why = NULL;
	struct arena a;

	memset(t, 'a', sizeof t - 1);
	t[0] = '/';
	t[WEB_MAX_TARGET] = '\0';
	arena_init(&a, 1u << 20);
	CHECK_INT(web_parse_target(&a, t, &path, &query, &why), 0);
	CHECK_INT(strlen(path), WEB_MAX_TARGET);
	t[WEB_MAX_TARGET] = 'a';
	CHECK_INT(web_parse_target(&a, t, &path, &query, &why), -1);
	CHECK_STR(why, "the address is too long");
	arena_free(&a);
	arena_init(&a, 16);
	CHECK_INT(web_parse_target(&a, "/a-path-longer-than-sixteen", &path, &query, &why), -1);
	CHECK_STR(why, TOO_LARGE);
	arena_free(&a);
	arena_init(&a, 32);	/* room for the path, not for the query's copy */
	CHECK_INT(web_parse_target(&a, "/a?q=0123456789012345678901234567890#f", &path, &query,
	    &why), -1);
	CHECK_STR(why, TOO_LARGE);
	arena_free(&a);
}

struct field_case {
	const char *in;
	int n;		/* fields, or -1: refused with why */
	const char *pairs;	/* "k=v|k=v" as decoded */
	const char *why;
};

static const struct field_case fields[] = {
	{"", 0, "", NULL},
	{"a=1", 1, "a=1", NULL},
	{"a=1&b=2", 2, "a=1|b=2", NULL},
	{"q=jane+smith", 1, "q=jane smith", NULL},
	{"q=1%2B1", 1, "q=1+1", NULL},
	{"a+b=c", 1, "a b=c", NULL},
	{"a=1&&b=2", 2, "a=1|b=2", NULL},
	{"&a=1&", 1, "a=1", NULL},
	{"&&&", 0, "", NULL},
	{"flag", 1, "flag=", NULL},
	{"a=", 1, "a=", NULL},
	{"a=b=c", 1, "a=b=c", NULL},
	{"t=1&t=2", 2, "t=1|t=2", NULL},
	{"n=one%0D%0Atwo%09x", 1, "n=one\r\ntwo\tx", NULL},
	{"n=%C3%89lodie", 1, "n=\xc3\x89lodie", NULL},
	{"a;b=1", 1, "a;b=1", NULL},
	{"=1", -1, NULL, BAD_NAME},
	{"=", -1, NULL, BAD_NAME},
	{"a=1&=2", -1, NULL, BAD_NAME},
	{"a%0A=1", -1, NULL, BAD_FIELD},	/* no newline in a name */
	{"a%09=1", -1, NULL, BAD_FIELD},
	{"%00=1", -1, NULL, BAD_FIELD},
	{"a=%00", -1, NULL, BAD_FIELD},
	{"a=%01", -1, NULL, BAD_FIELD},
	{"a=%1B", -1, NULL, BAD_FIELD},
	{"a=%7F", -1, NULL, BAD_FIELD},
	{"a=%C2%9F", -1, NULL, BAD_FIELD},
	{"a=%C0%80", -1, NULL, BAD_FIELD},
	{"a=%C0%AF", -1, NULL, BAD_FIELD},
	{"a=%ED%B0%80", -1, NULL, BAD_FIELD},
	{"a=%FF", -1, NULL, BAD_FIELD},
	{"a=%E2%82", -1, NULL, BAD_FIELD},
	{"a=%", -1, NULL, BAD_FIELD},
	{"a=%4", -1, NULL, BAD_FIELD},
	{"a=%G0", -1, NULL, BAD_FIELD},
	{"%zz=1", -1, NULL, BAD_FIELD},
	{"ok=1&bad=%", -1, NULL, BAD_FIELD},
};

/* The fields as "k=v|k=v". */
static const char *
joined(const struct web_kvs *kvs, char *out, size_t size)
{
	size_t len = 0;

	out[0] = '\0';
	for (int i = 0; i < kvs->n && len < size; i++)
		len += (size_t)snprintf(out + len, size - len, "%s%s=%s", i ? "|" : "",
		    kvs->v[i].key, kvs->v[i].value);
	return out;
}

static void
field_table(void)
{
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		const struct field_case *c = &fields[i];
		struct web_kvs kvs;
		const char *why = NULL;
		char got[256];
		struct arena a;
		int rc;

		arena_init(&a, 1u << 20);
		rc = web_parse_urlencoded(&a, c->in, strlen(c->in), &kvs, &why);
		if (c->n >= 0) {
			CHECK_INT(rc, 0);
			CHECK_INT(kvs.n, c->n);
			CHECK_STR(joined(&kvs, got, sizeof got), c->pairs);
		} else {
			CHECK_INT(rc, -1);
			CHECK_STR(why, c->why);
		}
		/* The field whose value could not be read is named, so the page can say which. */
		CHECK_STR(kvs.bad_key ? kvs.bad_key : "(none)", strstr(c->in, "bad=%") ? "bad" :
		    c->why && strcmp(c->why, BAD_FIELD) == 0 && strncmp(c->in, "a=", 2) == 0 ?
		    "a" : "(none)");
		if ((rc == 0) != (c->n >= 0))
			printf("  (fields \"%s\")\n", c->in);
		arena_free(&a);
	}
}

/* A body is counted, not a C string: a NUL in it is refused, nothing after n is read. */
static void
field_bytes(void)
{
	struct web_kvs kvs;
	const char *why = NULL;
	struct arena a;

	arena_init(&a, 1u << 20);
	CHECK_INT(web_parse_urlencoded(&a, "a=x\0y", 5, &kvs, &why), -1);
	CHECK_STR(why, BAD_FIELD);
	CHECK_INT(web_parse_urlencoded(&a, "a=1&b=2", 3, &kvs, &why), 0);
	CHECK_INT(kvs.n, 1);
	CHECK_STR(kvs.v[0].value, "1");
	CHECK_INT(web_parse_urlencoded(&a, "a=%41", 4, &kvs, &why), -1);	/* "%4" cut */
	CHECK_STR(why, BAD_FIELD);
	arena_free(&a);
}

static void
field_limits(void)
{
	char s[8192], key[WEB_MAX_KEY + 8];
	struct web_kvs kvs;
	const char *why = NULL;
	struct arena a;
	size_t len = 0;

	arena_init(&a, 1u << 20);
	for (int i = 0; i < WEB_MAX_PAIRS; i++)
		len += (size_t)snprintf(s + len, sizeof s - len, "%sf%d=%d", i ? "&" : "", i, i);
	CHECK_INT(web_parse_urlencoded(&a, s, len, &kvs, &why), 0);
	CHECK_INT(kvs.n, WEB_MAX_PAIRS);
	CHECK_STR(web_kv_get(&kvs, "f255"), "255");
	len += (size_t)snprintf(s + len, sizeof s - len, "&&&");	/* empty pieces do not count */
	CHECK_INT(web_parse_urlencoded(&a, s, len, &kvs, &why), 0);
	len += (size_t)snprintf(s + len, sizeof s - len, "&x=1");
	CHECK_INT(web_parse_urlencoded(&a, s, len, &kvs, &why), -1);
	CHECK_STR(why, "too many fields");
	memset(key, 'k', WEB_MAX_KEY);
	snprintf(key + WEB_MAX_KEY, sizeof key - WEB_MAX_KEY, "=1");
	CHECK_INT(web_parse_urlencoded(&a, key, strlen(key), &kvs, &why), 0);
	CHECK_INT(strlen(kvs.v[0].key), WEB_MAX_KEY);
	key[WEB_MAX_KEY] = 'k';
	snprintf(key + WEB_MAX_KEY + 1, sizeof key - WEB_MAX_KEY - 1, "=1");
	CHECK_INT(web_parse_urlencoded(&a, key, strlen(key), &kvs, &why), -1);
	CHECK_STR(why, BAD_NAME);
	/* The limit is on the name as sent: 22 escapes are 66 bytes for 22 letters. */
	len = 0;
	for (int i = 0; i < 22; i++)
		len += (size_t)snprintf(s + len, sizeof s - len, "%%6B");
	snprintf(s + len, sizeof s - len, "=1");
	CHECK_INT(web_parse_urlencoded(&a, s, strlen(s), &kvs, &why), -1);
	CHECK_STR(why, BAD_NAME);
	arena_free(&a);
	arena_init(&a, 1024);	/* less than the field table */
	CHECK_INT(web_parse_urlencoded(&a, "a=1", 3, &kvs, &why), -1);
	CHECK_STR(why, TOO_LARGE);
	arena_free(&a);
	arena_init(&a, 16 * WEB_MAX_PAIRS + 16);	/* the table and the name, not the value */
	CHECK_INT(web_parse_urlencoded(&a, "a=0123456789012345678901234567890123", 36, &kvs,
	    &why), -1);
	CHECK_STR(why, TOO_LARGE);
	arena_free(&a);
}

static void
kv_get(void)
{
	struct web_kvs kvs;
	const char *why;
	struct arena a;

	arena_init(&a, 1u << 20);
	CHECK_INT(web_parse_urlencoded(&a, "t=1&u=&t=2", 10, &kvs, &why), 0);
	CHECK_STR(web_kv_get(&kvs, "t"), "1");
	CHECK_STR(web_kv_get(&kvs, "u"), "");
	CHECK(web_kv_get(&kvs, "v") == NULL);
	CHECK(web_kv_get(&kvs, "T") == NULL);
	CHECK(web_kv_get(NULL, "t") == NULL);
	arena_free(&a);
}

struct cookie_case {
	const char *header, *name;
	size_t size;
	const char *value;	/* NULL: not given */
};

static const struct cookie_case cookies[] = {
	{"sg_session=abc", "sg_session", 64, "abc"},
	{"a=1; sg_session=abc; b=2", "sg_session", 64, "abc"},
	{"a=1;sg_session=abc", "sg_session", 64, "abc"},
	{"a=1;\t sg_session=abc", "sg_session", 64, "abc"},
	{"sg_login=x; sg_session=y", "sg_login", 64, "x"},
	{"sg_session=", "sg_session", 64, ""},
	{"sg_session=first; sg_session=second", "sg_session", 64, "first"},
	{"sg_session=a=b", "sg_session", 64, "a=b"},
	{"sg_session=!#$%&'()*+-./:<=>?@[]^_`{|}~", "sg_session", 64,
	 "!#$%&'()*+-./:<=>?@[]^_`{|}~"},
	{"", "sg_session", 64, NULL},
	{"sg_session", "sg_session", 64, NULL},
	{"xsg_session=evil", "sg_session", 64, NULL},
	{"sg_session_old=evil", "sg_session", 64, NULL},
	{"a=sg_session=evil", "sg_session", 64, NULL},
	{"a=b sg_session=evil", "sg_session", 64, NULL},
	{"SG_SESSION=abc", "sg_session", 64, NULL},
	{"sg_session=\"abc\"", "sg_session", 64, NULL},
	{"sg_session=a b", "sg_session", 64, NULL},
	{"sg_session=a,b", "sg_session", 64, NULL},
	{"sg_session=a\\b", "sg_session", 64, NULL},
	{"sg_session=abc ", "sg_session", 64, NULL},
	{"sg_session=a\x01" "b", "sg_session", 64, NULL},
	{"sg_session=a\x7f", "sg_session", 64, NULL},
	{"sg_session=caf\xc3\xa9", "sg_session", 64, NULL},
	{"sg_session=bad value; sg_session=good", "sg_session", 64, NULL},	/* the first decides */
	{"a=12345678", "a", 9, "12345678"},	/* the value and its NUL fit */
	{"a=123456789", "a", 9, NULL},
	{"a=", "a", 1, ""},
	{"a=1", "a", 1, NULL},
	{"a=1", "a", 0, NULL},
};

static void
cookie_table(void)
{
	for (size_t i = 0; i < sizeof cookies / sizeof cookies[0]; i++) {
		const struct cookie_case *c = &cookies[i];
		char out[64] = "untouched";
		int rc = web_cookie_get(c->header, c->name, out, c->size);

		CHECK_INT(rc, c->value != NULL);
		if (c->value && rc)
			CHECK_STR(out, c->value);
		if (rc != (c->value != NULL))
			printf("  (cookie header \"%s\")\n", c->header);
	}
}

struct text_case {
	const char *s;
	size_t n;
	int plain, newlines;	/* the answer without and with newlines allowed */
};

static const struct text_case texts[] = {
	{"", 0, 1, 1},
	{"Jane O'Brien", 12, 1, 1},
	{"a\tb", 3, 0, 1},
	{"a\nb", 3, 0, 1},
	{"a\rb", 3, 0, 1},
	{"a\0b", 3, 0, 0},
	{"\x01", 1, 0, 0},
	{"\x1f", 1, 0, 0},
	{"\x7f", 1, 0, 0},
	{"\x0b", 1, 0, 0},	/* vertical tab is not a newline */
	{"\xc2\x80", 2, 0, 0},
	{"\xc2\x9f", 2, 0, 0},
	{"\xc2\xa0", 2, 1, 1},
	{"\xe2\x80\xa8", 3, 1, 1},
	{"\xf4\x8f\xbf\xbf", 4, 1, 1},
	{"\xf4\x90\x80\x80", 4, 0, 0},
	{"\xc0\x80", 2, 0, 0},
	{"\xc1\xbf", 2, 0, 0},
	{"\xe0\x9f\xbf", 3, 0, 0},
	{"\xf0\x8f\xbf\xbf", 4, 0, 0},
	{"\xed\xa0\x80", 3, 0, 0},
	{"\xed\x9f\xbf", 3, 1, 1},
	{"\x80", 1, 0, 0},
	{"\xff", 1, 0, 0},
	{"\xe2\x82\xac", 2, 0, 0},	/* a euro sign cut at n */
	{"\xe2\x82\xac", 3, 1, 1},
	{"ab\xc3", 3, 0, 0},
	{"\x01" "abc", 0, 1, 1},	/* nothing at n or after it counts */
};

static void
text_table(void)
{
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		CHECK_INT(web_text_ok(texts[i].s, texts[i].n, 0), texts[i].plain);
		CHECK_INT(web_text_ok(texts[i].s, texts[i].n, 1), texts[i].newlines);
	}
}

int
main(void)
{
	RUN(target_table);
	RUN(target_limits);
	RUN(field_table);
	RUN(field_bytes);
	RUN(field_limits);
	RUN(kv_get);
	RUN(cookie_table);
	RUN(text_table);
	return DONE();
}
