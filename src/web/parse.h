/*
 * parse.h: reading what a client sends: the request target (path and query), an
 * application/x-www-form-urlencoded body, and the Cookie header. Pure functions over
 * bytes, with explicit limits, so that each can be fuzzed (tests/fuzz/fuzz_web_*.c).
 * Everything decoded is allocated from the request's arena. See parse.c.
 */
#ifndef SG_WEB_PARSE_H
#define SG_WEB_PARSE_H
#include <stddef.h>

struct arena;

#define WEB_MAX_TARGET 4096	/* bytes of a request target */
#define WEB_MAX_PAIRS 256	/* fields of a query or form */
#define WEB_MAX_KEY 64		/* bytes of a field's name */

struct web_kv {
	const char *key, *value;	/* decoded, NUL-terminated, valid UTF-8 */
};

struct web_kvs {
	struct web_kv *v;
	int n;
	const char *bad_key;	/* the field whose value could not be read, when its name could */
};

/*
 * Splits a request target ("/children/12?tab=plans") into its decoded path and its raw
 * query (after '?', or ""). The path must begin with '/', decode (%XX) to UTF-8 without
 * control characters, and hold no "." or ".." segment and no empty one ("//"): a path is
 * never resolved against anything, so there is nothing to climb out of, but a client
 * that sends such a path is refused rather than guessed at. 0, or -1 with *why set.
 */
int web_parse_target(struct arena *a, const char *target, const char **path,
    const char **query, const char **why);

/* "a=1&b=x+y" (a query or a form body): each name and value decoded ('+' is a space),
 * valid UTF-8, names at most WEB_MAX_KEY bytes, at most WEB_MAX_PAIRS pairs; a name may
 * come more than once (a group of checkboxes). 0, or -1 with *why set. */
int web_parse_urlencoded(struct arena *a, const char *s, size_t n, struct web_kvs *out,
    const char **why);

/* The first value of name in kvs, or NULL. */
const char *web_kv_get(const struct web_kvs *kvs, const char *name);

/*
 * The value of cookie name in a Cookie header ("a=1; sg_session=abc"), copied into
 * out[size]: 1 found, 0 not there (or its value would not fit, or is not plain
 * cookie-octets: a value we set is always hex).
 */
int web_cookie_get(const char *header, const char *name, char *out, size_t size);

/* Whether s[0..n) is UTF-8 with no control character (C0, DEL, C1) but tab, CR, LF. */
int web_text_ok(const char *s, size_t n, int allow_newlines);

#endif
