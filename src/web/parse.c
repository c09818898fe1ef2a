/*
 * parse.c: the request target, urlencoded fields and cookies (parse.h).
 *
 * libmicrohttpd splits the request line and headers; everything it would otherwise
 * decode for us (the path, the query, cookies) we decode here instead, from the raw bytes
 * (server.c hands us the target as received), because a decoder is a parser of hostile
 * input and we want ours fuzzed, limited and strict: a %-escape must be two hex digits,
 * the result must be UTF-8, and a control character is refused wherever it appears, so
 * that nothing decoded can forge a log line or smuggle a NUL past a C string.
 */
#include "web/parse.h"

#include <string.h>

#include "base/arena.h"
#include "base/str.h"

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
web_text_ok(const char *s, size_t n, int allow_newlines)
{
	size_t i = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		char seq[5] = {0};
		int k;
		if (c < 0x80) {
			int nl = c == '\n' || c == '\r' || c == '\t';
			if ((c < 0x20 && !(nl && allow_newlines)) || c == 0x7f)
				return 0;
			i++;
			continue;
		}
		/* str_utf8_seq reads a NUL-terminated string, and s[0..n) need not be one (a
		 * lead byte at s[n - 1] would send it past the end): it reads a copy of at most
		 * the 4 bytes a sequence can take, cut at n. */
		memcpy(seq, s + i, n - i < 4 ? n - i : 4);
		k = str_utf8_seq(seq);
		if (k == 0 || (c == 0xC2 && (unsigned char)seq[1] <= 0x9F))
			return 0;
		i += (size_t)k;
	}
	return 1;
}

/* Decodes s[0..n) into a new string of the arena; NULL on a bad escape or text. */
static char *
decode(struct arena *a, const char *s, size_t n, int plus, int allow_newlines)
{
	char *out = arena_alloc(a, n + 1);
	size_t o = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		int hi, lo;
		if (s[i] == '+' && plus) {
			out[o++] = ' ';
		} else if (s[i] != '%') {
			out[o++] = s[i];
		} else if (i + 2 < n && (hi = hexval(s[i + 1])) >= 0 &&
		    (lo = hexval(s[i + 2])) >= 0) {
			out[o++] = (char)(hi << 4 | lo);
			i += 2;
		} else {
			return NULL;
		}
	}
	out[o] = '\0';
	if (memchr(out, '\0', o) || !web_text_ok(out, o, allow_newlines))
		return NULL;
	return out;
}

/* Each segment of a decoded path: not empty, not "." or "..". */
static int
segments_ok(const char *path)
{
	const char *p = path + 1;

	if (!*p)
		return 1;	/* "/" */
	for (;;) {
		size_t n = strcspn(p, "/");
		if (n == 0 || (n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.'))
			return 0;
		if (!p[n])
			return 1;
		p += n + 1;
	}
}

int
web_parse_target(struct arena *a, const char *target, const char **path,
    const char **query, const char **why)
{
	size_t len = strlen(target), plen = strcspn(target, "?#");
	char *p;

	if (len > WEB_MAX_TARGET) {
		*why = "the address is too long";
		return -1;
	}
	if (target[0] != '/') {
		*why = "the address must begin with /";
		return -1;
	}
	if (!(p = decode(a, target, plen, 0, 0)) || strchr(p, '\\')) {
		*why = a->toobig ? "the request is too large" :
		    "the address holds a character that is not allowed, or a bad %-escape";
		return -1;
	}
	if (!segments_ok(p)) {
		*why = "the address holds an empty, '.' or '..' part";
		return -1;
	}
	*path = p;
	*query = target[plen] == '?' ? target + plen + 1 : "";
	if (strchr(*query, '#') && !(*query = arena_strndup(a, *query, strcspn(*query, "#")))) {
		*why = "the request is too large";
		return -1;
	}
	return 0;
}

static int
add_pair(struct arena *a, struct web_kvs *out, const char *s, size_t n, const char **why)
{
	const char *eq = memchr(s, '=', n);
	size_t klen = eq ? (size_t)(eq - s) : n;
	struct web_kv *kv;

	if (n == 0)
		return 0;	/* "a=1&&b=2" */
	if (out->n >= WEB_MAX_PAIRS) {
		*why = "too many fields";
		return -1;
	}
	if (klen == 0 || klen > WEB_MAX_KEY) {
		*why = "a field has no name, or one too long";
		return -1;
	}
	kv = &out->v[out->n];
	kv->key = decode(a, s, klen, 1, 0);
	kv->value = eq ? decode(a, eq + 1, n - klen - 1, 1, 1) : "";
	if (kv->key && !kv->value && !a->toobig)
		out->bad_key = kv->key;
	if (!kv->key || !kv->value) {
		*why = a->toobig ? "the request is too large" :
		    "a field holds a character that is not allowed, or a bad %-escape";
		return -1;
	}
	out->n++;
	return 0;
}

int
web_parse_urlencoded(struct arena *a, const char *s, size_t n, struct web_kvs *out,
    const char **why)
{
	size_t i = 0;

	out->n = 0;
	out->bad_key = NULL;
	if (!(out->v = arena_alloc(a, sizeof *out->v * WEB_MAX_PAIRS))) {
		*why = "the request is too large";
		return -1;
	}
	while (i < n) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t len = amp ? (size_t)(amp - (s + i)) : n - i;
		if (add_pair(a, out, s + i, len, why) < 0)
			return -1;
		i += len + 1;
	}
	return 0;
}

const char *
web_kv_get(const struct web_kvs *kvs, const char *name)
{
	for (int i = 0; kvs && i < kvs->n; i++)
		if (strcmp(kvs->v[i].key, name) == 0)
			return kvs->v[i].value;
	return NULL;
}

/* RFC 6265 cookie-octet: printable ASCII except space, quote, comma, semicolon, backslash. */
static int
cookie_octet(unsigned char c)
{
	return c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\';
}

int
web_cookie_get(const char *header, const char *name, char *out, size_t size)
{
	size_t nlen = strlen(name);
	const char *p = header;

	while (p && *p) {
		size_t vlen;
		while (*p == ' ' || *p == '\t')
			p++;
		if (strncmp(p, name, nlen) == 0 && p[nlen] == '=') {
			const char *v = p + nlen + 1;
			for (vlen = 0; v[vlen] && v[vlen] != ';'; vlen++)
				if (!cookie_octet((unsigned char)v[vlen]))
					return 0;
			if (vlen + 1 > size)
				return 0;
			memcpy(out, v, vlen);
			out[vlen] = '\0';
			return 1;
		}
		p = strchr(p, ';');
		if (p)
			p++;
	}
	return 0;
}
