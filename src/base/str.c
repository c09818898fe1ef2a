/*
 * str.c: the helpers that replace the unsafe or lenient C library calls tools/check-style.sh
 * bans (strcpy, atoi and friends). Numbers from users are parsed strictly: "12abc", " 12"
 * and "" are errors, not 12 or 0.
 */
#include "base/str.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

int
str_copy(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);

	if (size == 0)
		return 0;
	if (n >= size) {
		memcpy(dst, src, size - 1);
		dst[size - 1] = '\0';
		return 0;
	}
	memcpy(dst, src, n + 1);
	return 1;
}

int
str_to_i64(const char *s, int64_t *out)
{
	const char *p = s;
	char *end;
	long long v;

	if (!s || !*s)
		return 0;
	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return 0;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end)
		return 0;
	*out = v;
	return 1;
}

int
str_to_int(const char *s, int min, int max, int *out)
{
	int64_t v;

	if (!str_to_i64(s, &v) || v < min || v > max)
		return 0;
	*out = (int)v;
	return 1;
}

int
str_eq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

int
str_starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The well-formed sequences of RFC 3629 section 4: no overlong forms, no surrogates,
 * nothing above U+10FFFF. */
int
str_utf8_seq(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	int c = p[0], need, lo = 0x80, hi = 0xBF;

	if (c < 0x80)
		return c ? 1 : 0;
	if (c >= 0xC2 && c <= 0xDF)
		need = 1;
	else if (c >= 0xE0 && c <= 0xEF)
		need = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
	else if (c >= 0xF0 && c <= 0xF4)
		need = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
	else
		return 0;
	for (int i = 1; i <= need; i++, lo = 0x80, hi = 0xBF)
		if (p[i] < lo || p[i] > hi)
			return 0;
	return need + 1;
}

int
str_is_utf8(const char *s)
{
	int n;

	for (; *s; s += n)
		if (!(n = str_utf8_seq(s)))
			return 0;
	return 1;
}

const char *
str_keep(char *buf, size_t size, size_t *used, const char *s, size_t len)
{
	char *p;

	if (*used + len + 1 > size)
		return NULL;
	p = buf + *used;
	memcpy(p, s, len);
	p[len] = '\0';
	*used += len + 1;
	return p;
}
