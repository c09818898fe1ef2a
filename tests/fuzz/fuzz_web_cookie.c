/*
 * fuzz_web_cookie.c: the Cookie header (web_cookie_get), as session.c reads the session
 * and login cookies from it.
 *
 * The input is the header's value. For each name asked (the two cookies safeguard sets,
 * a one-letter name, and a name that is the end of another), and for out buffers of
 * several sizes, each allocated to exactly that size so that a write past it is caught:
 * a value found is only RFC 6265 cookie-octets, fits with its NUL, and stands in the
 * header as NAME=VALUE at the start of a cookie-pair (after ';' and spaces), ending at ';'
 * or the end; and the answer is the model's: the first pair with the name decides, and
 * a value that does not fit or holds anything but cookie-octets is not given.
 */
#include "fuzz_web.h"
#include "web/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
octet(unsigned char c)
{
	/* RFC 6265 section 4.1.1: %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E */
	return c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A) ||
	    (c >= 0x3C && c <= 0x5B) || (c >= 0x5D && c <= 0x7E);
}

/* The model: 1 and the value's place and length, or 0. */
static int
model(const char *header, const char *name, size_t size, const char **val, size_t *vlen)
{
	size_t nlen = strlen(name);
	const char *piece = header;

	for (;;) {
		const char *end = strchr(piece, ';');
		size_t plen = end ? (size_t)(end - piece) : strlen(piece);
		while (plen && (*piece == ' ' || *piece == '\t'))
			piece++, plen--;
		if (plen > nlen && memcmp(piece, name, nlen) == 0 && piece[nlen] == '=') {
			*val = piece + nlen + 1;
			*vlen = plen - nlen - 1;
			for (size_t i = 0; i < *vlen; i++)
				if (!octet((unsigned char)(*val)[i]))
					return 0;
			return *vlen + 1 <= size;
		}
		if (!end)
			return 0;
		piece = end + 1;
	}
}

/* Where value stands in header as NAME=VALUE at a pair's start: 1 yes. */
static int
stands_in(const char *header, const char *name, const char *value)
{
	size_t nlen = strlen(name), vlen = strlen(value);

	for (const char *p = header; (p = strstr(p, name)) != NULL; p++) {
		const char *b = p;
		while (b > header && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		if ((b == header || b[-1] == ';') && p[nlen] == '=' &&
		    strncmp(p + nlen + 1, value, vlen) == 0 &&
		    (p[nlen + 1 + vlen] == ';' || p[nlen + 1 + vlen] == '\0'))
			return 1;
	}
	return 0;
}

static void
check(const char *header, const char *name, size_t size)
{
	char *out = malloc(size);
	const char *val = NULL;
	size_t vlen = 0;
	int got, want;

	if (!out)
		abort();
	got = web_cookie_get(header, name, out, size);
	want = model(header, name, size, &val, &vlen);
	PROMISE(got == want);
	if (got) {
		size_t n = strlen(out);
		PROMISE(n < size && n == vlen && memcmp(out, val, n) == 0);
		for (size_t i = 0; i < n; i++)
			PROMISE(octet((unsigned char)out[i]));
		PROMISE(stands_in(header, name, out));
	}
	free(out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = {"sg_session", "sg_login", "a", "session"};
	static const size_t sizes[] = {1, 2, 9, 65, 73, 4096};
	char *header = fuzz_cstr(data, size);

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++)
			check(header, names[i], sizes[k]);
	free(header);
	return 0;
}
