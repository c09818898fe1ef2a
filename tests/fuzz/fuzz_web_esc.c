/*
 * fuzz_web_esc.c: the one escaper (src/base/esc.c), each context over any bytes.
 *
 * Whatever the text, each output must be one token of its context that reads back to the
 * text: HTML with none of & < > " ' but in the five entities; a URL component of only
 * unreserved characters and %XX (RFC 3986 section 2.3), uppercase hex; a JSON string
 * (RFC 8259 section 7) with no raw control character, quote or backslash, the NULs of a
 * counted string included; a CSV cell (RFC 4180) quoted exactly when it must be. The
 * stream forms must write what the buffer forms write, and esc_json_each's pieces must
 * add up to the same string.
 */
#include "fuzz_web.h"
#include "base/buf.h"
#include "base/esc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_html(const char *s, size_t n)
{
	static const char *const ents[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&#39;"};
	struct buf b;
	size_t at = 0;

	buf_init(&b, 64u << 20);
	esc_html_n(&b, s, n);
	for (size_t i = 0; i < n; i++) {
		const char *p = buf_str(&b) + at;
		size_t k = 0;
		if (*p != '&') {
			PROMISE(at < b.len && (*p == '\0' || !strchr("<>\"'", *p)) && *p == s[i]);
			at++;
			continue;
		}
		while (k < 5 && strncmp(p, ents[k], strlen(ents[k])) != 0)
			k++;
		PROMISE(k < 5 && "&<>\"'"[k] == s[i]);
		at += strlen(ents[k]);
	}
	PROMISE(at == b.len);
	buf_free(&b);
}

static void
check_url(const char *s)
{
	struct buf b;
	char *back;
	const char *p;

	buf_init(&b, 64u << 20);
	esc_url(&b, s);
	for (p = buf_str(&b); *p; p++)
		PROMISE(strchr("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~%",
		    *p) && (*p != '%' || (p[1] && strchr("0123456789ABCDEF", p[1]) &&
		    p[2] && strchr("0123456789ABCDEF", p[2]))));
	back = malloc(b.len + 1);
	if (!back)
		abort();
	PROMISE(ref_decode(buf_str(&b), b.len, 0, back) == (long)strlen(s));
	PROMISE(strcmp(back, s) == 0);
	free(back);
	buf_free(&b);
}

/* Reads a JSON string body back; the bytes it stands for into out: their number. */
static size_t
json_back(const char *q, size_t n, char *out)
{
	size_t o = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)q[i];
		PROMISE(c >= 0x20 && c != 0x7f && c != '"');
		if (c != '\\') {
			out[o++] = (char)c;
			continue;
		}
		PROMISE(i + 1 < n);
		c = (unsigned char)q[++i];
		if (c == 'u') {
			PROMISE(i + 4 < n && q[i + 1] == '0' && q[i + 2] == '0');
			int hi = ref_hex((unsigned char)q[i + 3]), lo = ref_hex((unsigned char)q[i + 4]);
			PROMISE(hi >= 0 && lo >= 0);
			out[o++] = (char)(hi * 16 + lo);
			i += 4;
		} else {
			const char *from = "\"\\nrt", *to = "\"\\\n\r\t", *e = strchr(from, c);
			PROMISE(c && e);
			out[o++] = to[e - from];
		}
	}
	return o;
}

static void
add_piece(void *ctx, const char *piece, size_t n)
{
	PROMISE(n > 0);
	buf_add(ctx, piece, n);
}

static void
check_json(const char *s, size_t n)
{
	struct buf b, pieces;
	char *back = malloc(n + 1);

	if (!back)
		abort();
	buf_init(&b, 64u << 20);
	buf_init(&pieces, 64u << 20);
	esc_json_n(&b, s, n);
	PROMISE(b.len >= 2 && b.p[0] == '"' && b.p[b.len - 1] == '"');
	PROMISE(json_back(b.p + 1, b.len - 2, back) == n && memcmp(back, s, n) == 0);
	esc_json_each(s, n, add_piece, &pieces);
	PROMISE(pieces.len == b.len - 2 && memcmp(pieces.p ? pieces.p : "", b.p + 1, pieces.len) == 0);
	free(back);
	buf_free(&pieces);
	buf_free(&b);
}

static void
check_csv(const char *s)
{
	struct buf b;
	size_t n = strlen(s), o = 0;
	char *back = malloc(n + 1);

	if (!back)
		abort();
	buf_init(&b, 64u << 20);
	esc_csv(&b, s);
	if (!strpbrk(s, ",\"\r\n")) {
		PROMISE(strcmp(buf_str(&b), s) == 0);
	} else {
		PROMISE(b.len >= 2 && b.p[0] == '"' && b.p[b.len - 1] == '"');
		for (size_t i = 1; i + 1 < b.len; i++) {
			if (b.p[i] == '"')
				PROMISE(b.p[++i] == '"' && i + 1 < b.len);	/* doubled, inside */
			back[o++] = b.p[i];
		}
		PROMISE(o == n && memcmp(back, s, n) == 0);
	}
	free(back);
	buf_free(&b);
}

/* What the _file forms write is what the buffer forms write. */
static void
check_files(const char *s)
{
	struct buf b;
	char *mem = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&mem, &len);

	if (!f)
		abort();
	buf_init(&b, 64u << 20);
	esc_json(&b, s);
	esc_csv(&b, s);
	esc_json(&b, NULL);
	esc_json_file(f, s);
	esc_csv_file(f, s);
	esc_json_file(f, NULL);
	fclose(f);
	PROMISE(len == b.len && memcmp(mem, buf_str(&b), len) == 0);
	free(mem);
	buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *exact = fuzz_exact(data, size), *s = fuzz_cstr(data, size);

	check_html(exact, size);
	check_url(s);
	check_json(exact, size);
	check_csv(s);
	check_files(s);
	free(s);
	free(exact);
	return 0;
}
