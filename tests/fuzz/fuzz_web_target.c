/*
 * fuzz_web_target.c: the request target (web_parse_target) and its query
 * (web_parse_urlencoded), as dispatch.c takes them from a request line.
 *
 * The input is the target as a client sends it ("/children/12?tab=plans"). The parser's
 * promises are checked against a model of the rule written here: a target is refused
 * exactly when it is too long, does not begin with '/', has a bad %-escape, decodes to
 * something that is not text or holds a backslash, or has an empty, "." or ".." segment;
 * an accepted path begins with '/' and is the target's decoded path, the query is the raw
 * text between '?' and '#'. The same target parsed in an arena too small for it must give
 * the same answer or say the request is too large, never anything else.
 */
#include "fuzz_web.h"
#include "base/arena.h"
#include "web/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Each segment of a decoded path: not empty, not "." or ".."; "/" alone is the root. */
static int
model_segments(const char *path)
{
	const char *p = path + 1;

	if (strcmp(path, "/") == 0)
		return 1;
	for (;;) {
		const char *slash = strchr(p, '/');
		size_t n = slash ? (size_t)(slash - p) : strlen(p);
		if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
			return 0;
		if (!slash)
			return 1;
		p = slash + 1;
	}
}

/* The path the model decodes from target, into out; NULL when the target is refused. */
static const char *
model_path(const char *target, char *out)
{
	size_t plen = 0;
	long n;

	while (target[plen] && target[plen] != '?' && target[plen] != '#')
		plen++;
	if (strlen(target) > WEB_MAX_TARGET || target[0] != '/')
		return NULL;
	if ((n = ref_decode(target, plen, 0, out)) < 0 || memchr(out, '\0', (size_t)n) ||
	    !ref_text_ok(out, (size_t)n, 0) || strchr(out, '\\') || !model_segments(out))
		return NULL;
	return out;
}

static int
known_why(const char *why)
{
	static const char *const words[] = {
		"the address is too long", "the address must begin with /",
		"the request is too large",
		"the address holds a character that is not allowed, or a bad %-escape",
		"the address holds an empty, '.' or '..' part",
	};

	for (size_t i = 0; why && i < sizeof words / sizeof words[0]; i++)
		if (strcmp(why, words[i]) == 0)
			return 1;
	return 0;
}

/* The query as the model takes it: the raw text after the first '?' of the target, if
 * that comes before any '#', up to the next '#'. */
static void
check_query(const char *target, const char *query)
{
	const char *q = target + strcspn(target, "?#");
	size_t n;

	if (*q != '?') {
		PROMISE(strcmp(query, "") == 0);
		return;
	}
	q++;
	n = strcspn(q, "#");
	PROMISE(strlen(query) == n && strncmp(query, q, n) == 0);
}

/* What an accepted path promises, whatever the model says. */
static void
check_path(const char *path)
{
	size_t n = strlen(path);

	PROMISE(path[0] == '/');
	PROMISE(ref_text_ok(path, n, 0));
	PROMISE(!strchr(path, '\\'));
	PROMISE(model_segments(path));
	PROMISE(!strstr(path, "//") && !strstr(path, "/./") && !strstr(path, "/../"));
}

/* The query's fields: names and values text, names short, at most WEB_MAX_PAIRS. */
static void
check_fields(struct arena *a, const char *query)
{
	struct web_kvs kvs;
	const char *why = NULL;

	if (web_parse_urlencoded(a, query, strlen(query), &kvs, &why) < 0) {
		PROMISE(why != NULL);
		return;
	}
	PROMISE(kvs.n >= 0 && kvs.n <= WEB_MAX_PAIRS);
	for (int i = 0; i < kvs.n; i++) {
		size_t kn = strlen(kvs.v[i].key);
		PROMISE(kn > 0 && kn <= WEB_MAX_KEY && ref_text_ok(kvs.v[i].key, kn, 0));
		PROMISE(ref_text_ok(kvs.v[i].value, strlen(kvs.v[i].value), 1));
		PROMISE(web_kv_get(&kvs, kvs.v[i].key) != NULL);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *target = fuzz_cstr(data, size), *want = malloc(size + 1);
	const char *path = NULL, *query = NULL, *why = NULL, *model;
	struct arena a, small;
	int rc;

	if (!want)
		abort();
	model = model_path(target, want);
	arena_init(&a, 64u << 20);
	rc = web_parse_target(&a, target, &path, &query, &why);
	PROMISE(rc == (model ? 0 : -1));
	if (rc == 0) {
		check_path(path);
		PROMISE(strcmp(path, model) == 0);
		check_query(target, query);
		check_fields(&a, query);
	} else {
		PROMISE(known_why(why));
		PROMISE(strcmp(why, "the request is too large") != 0);
	}
	/* The same target in an arena of a few hundred bytes or less. */
	arena_init(&small, size % 512);
	if (web_parse_target(&small, target, &path, &query, &why) == 0) {
		PROMISE(rc == 0 && strcmp(path, model) == 0);
	} else {
		PROMISE(known_why(why));
		PROMISE(rc != 0 || strcmp(why, "the request is too large") == 0);
	}
	arena_free(&small);
	arena_free(&a);
	free(want);
	free(target);
	return 0;
}
