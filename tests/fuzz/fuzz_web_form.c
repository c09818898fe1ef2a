/*
 * fuzz_web_form.c: an application/x-www-form-urlencoded body (web_parse_urlencoded), as
 * dispatch.c hands it over: any bytes, NULs included, in a block of exactly the body's
 * length.
 *
 * A model of the rule is run beside it: the body is pieces between '&', empty ones
 * skipped; a piece is a name, then optionally '=' and a value, both %-decoded with '+' a
 * space. The parser must refuse exactly the bodies the model refuses, with the model's
 * message for the first piece that is wrong (more than WEB_MAX_PAIRS fields; a name empty
 * or over WEB_MAX_KEY bytes as sent; a bad escape, a NUL, invalid UTF-8 or a control
 * character, newlines allowed in values only), and otherwise give the model's fields, in
 * order. In an arena too small for the body it must give the same or say it is too large.
 */
#include "fuzz_web.h"
#include "base/arena.h"
#include "web/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define TOO_MANY "too many fields"
#define BAD_NAME "a field has no name, or one too long"
#define BAD_TEXT "a field holds a character that is not allowed, or a bad %-escape"
#define TOO_LARGE "the request is too large"

struct model {
	char *key[WEB_MAX_PAIRS], *value[WEB_MAX_PAIRS];
	int n;
	const char *why;	/* NULL: accepted */
};

/* A decoded name or value, or NULL when the model refuses it. */
static char *
model_text(const char *s, size_t n, int newlines)
{
	char *out = malloc(n + 1);
	long len;

	if (!out)
		abort();
	len = ref_decode(s, n, 1, out);
	if (len < 0 || memchr(out, '\0', (size_t)len) || !ref_text_ok(out, (size_t)len, newlines)) {
		free(out);
		return NULL;
	}
	return out;
}

static const char *
model_piece(struct model *m, const char *s, size_t n)
{
	const char *eq = memchr(s, '=', n);
	size_t klen = eq ? (size_t)(eq - s) : n;
	char *k, *v;

	if (m->n >= WEB_MAX_PAIRS)
		return TOO_MANY;
	if (klen == 0 || klen > WEB_MAX_KEY)
		return BAD_NAME;
	k = model_text(s, klen, 0);
	v = eq ? model_text(eq + 1, n - klen - 1, 1) : model_text("", 0, 1);
	if (!k || !v) {
		free(k);
		free(v);
		return BAD_TEXT;
	}
	m->key[m->n] = k;
	m->value[m->n++] = v;
	return NULL;
}

static void
model_run(struct model *m, const char *s, size_t n)
{
	size_t i = 0;

	m->n = 0;
	m->why = NULL;
	while (i < n && !m->why) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t len = amp ? (size_t)(amp - (s + i)) : n - i;
		if (len > 0)
			m->why = model_piece(m, s + i, len);
		i += len + 1;
	}
}

static void
model_free(struct model *m)
{
	for (int i = 0; i < m->n; i++) {
		free(m->key[i]);
		free(m->value[i]);
	}
}

/* The parser's fields are the model's, and what every field promises. */
static void
check_same(const struct web_kvs *kvs, const struct model *m)
{
	PROMISE(kvs->n == m->n);
	for (int i = 0; i < kvs->n; i++) {
		const char *k = kvs->v[i].key, *v = kvs->v[i].value;
		PROMISE(strcmp(k, m->key[i]) == 0 && strcmp(v, m->value[i]) == 0);
		PROMISE(*k && strlen(k) <= WEB_MAX_KEY && ref_text_ok(k, strlen(k), 0));
		PROMISE(ref_text_ok(v, strlen(v), 1));
	}
	/* web_kv_get gives a name's first value. */
	for (int i = 0; i < kvs->n; i++) {
		int first = i;
		while (first > 0 && strcmp(m->key[first - 1], m->key[i]) != 0)
			first--;
		if (first > 0)
			continue;	/* an earlier field has the name */
		PROMISE(strcmp(web_kv_get(kvs, m->key[i]), m->value[i]) == 0);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *body = fuzz_exact(data, size);
	struct model m;
	struct web_kvs kvs;
	struct arena a;
	const char *why = NULL;
	int rc;

	model_run(&m, body, size);
	arena_init(&a, 64u << 20);
	rc = web_parse_urlencoded(&a, body, size, &kvs, &why);
	if (m.why) {
		PROMISE(rc == -1 && why && strcmp(why, m.why) == 0);
	} else {
		PROMISE(rc == 0);
		check_same(&kvs, &m);
	}
	arena_free(&a);
	/* In an arena of at most a few kilobytes (the field table alone takes 4 KiB). */
	arena_init(&a, size ? (size_t)data[0] * 32u : 0);
	if (web_parse_urlencoded(&a, body, size, &kvs, &why) == 0) {
		PROMISE(!m.why);
		check_same(&kvs, &m);
	} else {
		PROMISE(strcmp(why, TOO_LARGE) == 0 || (m.why && strcmp(why, m.why) == 0));
	}
	arena_free(&a);
	model_free(&m);
	free(body);
	return 0;
}
