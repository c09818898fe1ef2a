/*
 * fuzz_web.h: what the fuzz targets of the web's parsers and writers share: a check that
 * stops the run with the promise that broke, and reference versions of the rules those
 * modules promise to keep (UTF-8 without control characters, %-decoding), written here
 * independently of src/web/parse.c, str.c and esc.c, straight from RFC 3629 and RFC 3986,
 * so that a target compares the code against the rule rather than against itself.
 */
#ifndef SG_FUZZ_WEB_H
#define SG_FUZZ_WEB_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_UNUSED __attribute__((unused))

/* A broken promise is a finding, exactly like a sanitizer's: say which, and stop. */
#define PROMISE(cond)                                                                \
	do {                                                                         \
		if (!(cond)) {                                                       \
			fprintf(stderr, "%s:%d: promise broken: %s\n", __FILE__, __LINE__, \
			    #cond);                                                  \
			abort();                                                     \
		}                                                                    \
	} while (0)

/* A copy of data of exactly size bytes with no terminator after it, so that AddressSanitizer
 * catches a read of even one byte past what a function was given. Free with free(). */
static FUZZ_UNUSED char *
fuzz_exact(const uint8_t *data, size_t size)
{
	char *p = malloc(size ? size : 1);

	if (!p)
		abort();
	if (size)
		memcpy(p, data, size);
	return p;
}

/* data as a C string: up to its first NUL. Free with free(). */
static FUZZ_UNUSED char *
fuzz_cstr(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t n = nul ? (size_t)(nul - data) : size;
	char *p = malloc(n + 1);

	if (!p)
		abort();
	memcpy(p, data, n);
	p[n] = '\0';
	return p;
}

/*
 * The code point UTF-8 encodes at s[0..n) and its length in *len, or -1 when the bytes
 * are not a well-formed sequence (RFC 3629 section 3: no overlong form, no surrogate,
 * nothing above U+10FFFF, no stray continuation byte, no sequence cut short).
 */
static FUZZ_UNUSED long
ref_utf8_next(const unsigned char *s, size_t n, size_t *len)
{
	static const long least[] = {0, 0, 0x80, 0x800, 0x10000};
	size_t k;
	long cp;

	if (s[0] < 0x80)
		k = 1, cp = s[0];
	else if ((s[0] & 0xE0) == 0xC0)
		k = 2, cp = s[0] & 0x1F;
	else if ((s[0] & 0xF0) == 0xE0)
		k = 3, cp = s[0] & 0x0F;
	else if ((s[0] & 0xF8) == 0xF0)
		k = 4, cp = s[0] & 0x07;
	else
		return -1;
	if (k > n)
		return -1;
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	if (cp < least[k] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*len = k;
	return cp;
}

/* Whether s[0..n) is UTF-8 with no control character (C0, DEL, C1), tab, CR and LF
 * allowed only when newlines are. */
static FUZZ_UNUSED int
ref_text_ok(const char *s, size_t n, int newlines)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k = 0;

	while (i < n) {
		long cp = ref_utf8_next(p + i, n - i, &k);
		if (cp < 0)
			return 0;
		if (cp == '\t' || cp == '\n' || cp == '\r') {
			if (!newlines)
				return 0;
		} else if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
			return 0;
		}
		i += k;
	}
	return 1;
}

static FUZZ_UNUSED int
ref_hex(int c)
{
	const char *digits = "0123456789abcdef", *d;

	if (c >= 'A' && c <= 'F')
		c += 'a' - 'A';
	d = c ? strchr(digits, c) : NULL;
	return d ? (int)(d - digits) : -1;
}

/* %-decodes s[0..n) into out (room for n + 1), '+' as a space when plus: the length, or
 * -1 when a '%' is not followed by two hex digits (RFC 3986 section 2.1). */
static FUZZ_UNUSED long
ref_decode(const char *s, size_t n, int plus, char *out)
{
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] == '%') {
			int hi = i + 1 < n ? ref_hex((unsigned char)s[i + 1]) : -1;
			int lo = i + 2 < n ? ref_hex((unsigned char)s[i + 2]) : -1;
			if (hi < 0 || lo < 0)
				return -1;
			out[o++] = (char)(hi * 16 + lo);
			i += 2;
		} else {
			out[o++] = s[i] == '+' && plus ? ' ' : s[i];
		}
	}
	out[o] = '\0';
	return (long)o;
}

#endif
