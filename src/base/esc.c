/*
 * esc.c: escaping for each output context (esc.h).
 *
 * The JSON escaper scans for the next byte that needs escaping and hands everything
 * before it out in one piece, because the exports write gigabytes of mostly plain text
 * through it. The others are written for clarity: pages and cells are small.
 */
#include "base/esc.h"

#include <string.h>

#include "base/buf.h"

void
esc_json_each(const char *s, size_t n, esc_emit_fn emit, void *ctx)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s, *end = p + n;

	while (p < end) {
		const unsigned char *q = p;
		char e[6] = {'\\', 'u', '0', '0', 0, 0};
		while (q < end && *q >= 0x20 && *q != '"' && *q != '\\' && *q != 0x7f)
			q++;
		if (q > p)
			emit(ctx, (const char *)p, (size_t)(q - p));
		if (q == end)
			break;
		if (*q == '"' || *q == '\\' || *q == '\n' || *q == '\t' || *q == '\r') {
			e[1] = *q == '\n' ? 'n' : *q == '\t' ? 't' : *q == '\r' ? 'r' : (char)*q;
			emit(ctx, e, 2);
		} else {
			e[4] = hex[*q >> 4];
			e[5] = hex[*q & 15];
			emit(ctx, e, 6);
		}
		p = q + 1;
	}
}

static void
to_buf(void *ctx, const char *piece, size_t n)
{
	buf_add(ctx, piece, n);
}

/* A stream's error is sticky: its writer checks ferror (or fclose) once, at the end. */
static void
to_file(void *ctx, const char *piece, size_t n)
{
	fwrite(piece, 1, n, ctx);
}

void
esc_json_n(struct buf *b, const char *s, size_t n)
{
	buf_addc(b, '"');
	esc_json_each(s, n, to_buf, b);
	buf_addc(b, '"');
}

void
esc_json(struct buf *b, const char *s)
{
	if (!s)
		buf_add(b, "null", 4);
	else
		esc_json_n(b, s, strlen(s));
}

void
esc_json_file(FILE *f, const char *s)
{
	if (!s) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	esc_json_each(s, strlen(s), to_file, f);
	fputc('"', f);
}

void
esc_html_n(struct buf *b, const char *s, size_t n)
{
	size_t from = 0;

	for (size_t i = 0; i < n; i++) {
		const char *e;
		switch (s[i]) {
		case '&': e = "&amp;"; break;
		case '<': e = "&lt;"; break;
		case '>': e = "&gt;"; break;
		case '"': e = "&quot;"; break;
		case '\'': e = "&#39;"; break;
		default: continue;
		}
		buf_add(b, s + from, i - from);
		buf_adds(b, e);
		from = i + 1;
	}
	buf_add(b, s + from, n - from);
}

void
esc_html(struct buf *b, const char *s)
{
	if (s)
		esc_html_n(b, s, strlen(s));
}

static int
url_plain(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	    c == '-' || c == '.' || c == '_' || c == '~';
}

void
esc_url(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";

	for (const unsigned char *p = (const unsigned char *)s; p && *p; p++) {
		char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
		if (url_plain(*p))
			buf_addc(b, (char)*p);
		else
			buf_add(b, e, 3);
	}
}

static void
csv_each(const char *s, esc_emit_fn emit, void *ctx)
{
	const char *from = s;

	if (!strpbrk(s, ",\"\r\n")) {
		emit(ctx, s, strlen(s));
		return;
	}
	emit(ctx, "\"", 1);
	for (; *s; s++)
		if (*s == '"') {
			emit(ctx, from, (size_t)(s + 1 - from));	/* the quote, then again */
			from = s;
		}
	emit(ctx, from, (size_t)(s - from));
	emit(ctx, "\"", 1);
}

void
esc_csv(struct buf *b, const char *s)
{
	if (s)
		csv_each(s, to_buf, b);
}

void
esc_csv_file(FILE *f, const char *s)
{
	if (s)
		csv_each(s, to_file, f);
}
