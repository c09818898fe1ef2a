/*
 * jread.c: reading JSON (RFC 8259) as a stream of tokens, from a file descriptor or memory.
 *
 * The importer reads files of up to a national year (about 1 GB), so nothing here builds
 * a tree: the input is read in 1 MiB chunks and handed out one token at a time, with the
 * line and column where it began, so that every message can point at the place to fix.
 * The input may come from anyone, so every dimension has a hard limit, checked as bytes
 * arrive: the size of the file, the length of one string, the length of one number and
 * how deeply lists and objects nest. A string is checked to be UTF-8 and decoded
 * (escapes, surrogate pairs) into one buffer allocated once at its maximum size.
 *
 * Errors are sticky: the first one is kept with its position, and every later call
 * returns JR_ERROR, so a caller can check once where it is convenient.
 *
 * Default limits: a safeguard export is at most four levels deep (the file, a table, a
 * record, a list of codes) and its longest text field is 300 bytes, so 32 levels and
 * 64 KiB strings leave room for hand-written files while refusing hostile ones; 16 GiB
 * is sixteen times the national year.
 */
#include "json/jread.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/mem.h"

#define CHUNK (1u << 20)

const struct jr_limits jr_default_limits = {
	.max_file = 16ull << 30,
	.max_string = 64u << 10,
	.max_depth = 32,
	.max_number = 40,
};

static void
init(struct jr *r, const struct jr_limits *lim)
{
	memset(r, 0, sizeof *r);
	r->lim = lim ? *lim : jr_default_limits;
	if (r->lim.max_depth > 64)
		r->lim.max_depth = 64;
	if ((size_t)r->lim.max_number > r->lim.max_string)
		r->lim.max_number = (int)r->lim.max_string;
	r->line = 1;
	r->str = xmalloc(r->lim.max_string + 8);
	r->str[0] = '\0';
}

void
jr_init_fd(struct jr *r, int fd, const struct jr_limits *lim)
{
	init(r, lim);
	r->fd = fd;
	r->chunk = xmalloc(CHUNK);
	r->pos = r->end = r->chunk_start = r->chunk;
}

void
jr_init_mem(struct jr *r, const void *data, size_t size, const struct jr_limits *lim)
{
	init(r, lim);
	r->fd = -1;
	r->pos = r->chunk_start = data;
	r->end = r->pos + size;
	if (size > r->lim.max_file) {
		jr_fail(r, 1, 1, "the input is larger than %llu bytes, more than an import takes",
		    (unsigned long long)r->lim.max_file);
		r->end = r->pos;
	}
}

void
jr_free(struct jr *r)
{
	xfree(r->chunk);
	xfree(r->str);
	r->chunk = NULL;
	r->str = NULL;
}

uint64_t
jr_offset(const struct jr *r)
{
	return r->base + (uint64_t)(r->pos - r->chunk_start);
}

static long
column(const struct jr *r)
{
	return (long)(jr_offset(r) - r->line_start) + 1;
}

enum jr_kind
jr_fail(struct jr *r, long line, long col, const char *fmt, ...)
{
	va_list ap;

	if (r->failed)
		return JR_ERROR;
	r->failed = 1;
	r->err_line = line;
	r->err_col = col;
	va_start(ap, fmt);
	vsnprintf(r->err, sizeof r->err, fmt, ap);
	va_end(ap);
	return JR_ERROR;
}

/* Makes at least one byte available; 0 at the end of the input or on a read error. */
static int
fill(struct jr *r)
{
	ssize_t n;

	if (r->pos < r->end)
		return 1;
	if (r->fd < 0 || r->eof || r->failed)
		return 0;
	r->base += (uint64_t)(r->end - r->chunk_start);
	r->pos = r->end = r->chunk_start = r->chunk;
	do
		n = read(r->fd, r->chunk, CHUNK);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		jr_fail(r, r->line, column(r), "cannot read the file: %s", strerror(errno));
		return 0;
	}
	if (n == 0) {
		r->eof = 1;
		return 0;
	}
	if (r->base + (uint64_t)n > r->lim.max_file) {
		jr_fail(r, r->line, column(r), "the file is larger than %llu bytes, more than an "
		    "import takes (split it)", (unsigned long long)r->lim.max_file);
		return 0;
	}
	r->end = r->chunk + n;
	return 1;
}

/* The next byte, consumed; -1 at the end of the input. */
static int
next_byte(struct jr *r)
{
	if (r->pos == r->end && !fill(r))
		return -1;
	return *r->pos++;
}

static enum jr_kind
fail_eof(struct jr *r, const char *where)
{
	if (r->failed)
		return JR_ERROR;
	return jr_fail(r, r->line, column(r), "the file ends %s (is it cut short?)", where);
}

static void
describe_byte(int c, char *out, size_t size)
{
	if (c > 0x20 && c < 0x7f)
		snprintf(out, size, "'%c'", c);
	else
		snprintf(out, size, "byte 0x%02X", (unsigned)c);
}

/* Skips spaces and newlines; returns the next byte without consuming it, or -1. */
static int
skip_space(struct jr *r)
{
	for (;;) {
		int c;
		if (r->pos == r->end && !fill(r))
			return -1;
		c = *r->pos;
		if (c == '\n') {
			r->pos++;
			r->line++;
			r->line_start = jr_offset(r);
		} else if (c == ' ' || c == '\t' || c == '\r') {
			r->pos++;
		} else {
			return c;
		}
	}
}

/* Editors on some systems put a byte-order mark first; RFC 8259 section 8.1 lets a
 * reader ignore it. */
static void
skip_bom(struct jr *r)
{
	r->started = 1;
	if (!fill(r) || r->end - r->pos < 3)
		return;
	if (r->pos[0] == 0xEF && r->pos[1] == 0xBB && r->pos[2] == 0xBF) {
		r->pos += 3;
		r->line_start = 3;
	}
}

static int
put(struct jr *r, size_t *n, const void *p, size_t k)
{
	if (*n + k > r->lim.max_string) {
		jr_fail(r, r->tok_line, r->tok_col, "a string longer than %zu bytes (no field takes "
		    "so much; is this the right file?)", r->lim.max_string);
		return -1;
	}
	memcpy(r->str + *n, p, k);
	*n += k;
	return 0;
}

static int
put_utf8(struct jr *r, size_t *n, unsigned cp)
{
	unsigned char b[4];
	size_t k;

	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		k = 1;
	} else if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | cp >> 6);
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		k = 2;
	} else if (cp < 0x10000) {
		b[0] = (unsigned char)(0xE0 | cp >> 12);
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		k = 3;
	} else {
		b[0] = (unsigned char)(0xF0 | cp >> 18);
		b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (unsigned char)(0x80 | (cp & 0x3F));
		k = 4;
	}
	return put(r, n, b, k);
}

static int
hex4(struct jr *r, unsigned *out)
{
	unsigned v = 0;

	for (int i = 0; i < 4; i++) {
		int c = next_byte(r), d;
		if (c < 0)
			return fail_eof(r, "inside a string"), -1;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			d = (c | 0x20) - 'a' + 10;
		else
			return jr_fail(r, r->line, column(r) - 1, "\\u must be followed by four "
			    "hexadecimal digits"), -1;
		v = v * 16 + (unsigned)d;
	}
	*out = v;
	return 0;
}

/* \uXXXX, with a surrogate pair for characters beyond the first 65,536. */
static int
unicode_escape(struct jr *r, size_t *n)
{
	unsigned cp, lo;
	long line = r->line, col = column(r) - 2;

	if (hex4(r, &cp) < 0)
		return -1;
	if (cp >= 0xDC00 && cp <= 0xDFFF)
		return jr_fail(r, line, col, "\\u%04X is half of a surrogate pair, alone", cp), -1;
	if (cp >= 0xD800 && cp <= 0xDBFF) {
		if (next_byte(r) != '\\' || next_byte(r) != 'u' || hex4(r, &lo) < 0 ||
		    lo < 0xDC00 || lo > 0xDFFF)
			return jr_fail(r, line, col, "\\u%04X must be followed by the second half "
			    "of its surrogate pair (\\uDC00 to \\uDFFF)", cp), -1;
		cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
	}
	r->nul |= cp == 0;
	return put_utf8(r, n, cp);
}

static int
escape(struct jr *r, size_t *n)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *p;
	int c;

	r->pos++;
	if ((c = next_byte(r)) < 0)
		return fail_eof(r, "inside a string"), -1;
	if (c == 'u')
		return unicode_escape(r, n);
	if (c != 0 && (p = strchr(from, c)) != NULL)
		return put(r, n, &to[p - from], 1);
	if (c > 0x20 && c < 0x7f)
		jr_fail(r, r->line, column(r) - 2, "\\%c is not a JSON escape (write \\\\ for a "
		    "backslash)", c);
	else
		jr_fail(r, r->line, column(r) - 2, "a backslash before byte 0x%02X is not a JSON "
		    "escape (write \\\\ for a backslash)", (unsigned)c);
	return -1;
}

/* One UTF-8 sequence of two to four bytes, checked by the table of RFC 3629 section 4:
 * no overlong forms, no surrogates, nothing above U+10FFFF. */
static int
utf8(struct jr *r, size_t *n)
{
	unsigned char b[4];
	int c = *r->pos, need, lo = 0x80, hi = 0xBF;
	long col = column(r);

	if (c >= 0xC2 && c <= 0xDF) {
		need = 1;
	} else if (c >= 0xE0 && c <= 0xEF) {
		need = 2;
		lo = c == 0xE0 ? 0xA0 : 0x80;
		hi = c == 0xED ? 0x9F : 0xBF;
	} else if (c >= 0xF0 && c <= 0xF4) {
		need = 3;
		lo = c == 0xF0 ? 0x90 : 0x80;
		hi = c == 0xF4 ? 0x8F : 0xBF;
	} else {
		need = -1;
	}
	b[0] = (unsigned char)c;
	r->pos++;
	for (int i = 1; need > 0 && i <= need; i++, lo = 0x80, hi = 0xBF) {
		int d = next_byte(r);
		if (d < lo || d > hi) {
			need = -1;
			break;
		}
		b[i] = (unsigned char)d;
	}
	if (need < 0)
		return jr_fail(r, r->line, col, "bytes that are not UTF-8 in a string (save the "
		    "file as UTF-8)"), -1;
	return put(r, n, b, (size_t)need + 1);
}

static enum jr_kind
read_string(struct jr *r, struct jr_tok *t)
{
	size_t n = 0;

	r->pos++;
	r->nul = 0;
	for (;;) {
		const unsigned char *p = r->pos;
		int c;
		while (p < r->end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
			p++;
		if (p > r->pos && put(r, &n, r->pos, (size_t)(p - r->pos)) < 0)
			return JR_ERROR;
		r->pos = p;
		if (p == r->end) {
			if (!fill(r))
				return fail_eof(r, "inside a string");
			continue;
		}
		c = *p;
		if (c == '"')
			break;
		if (c == '\\') {
			if (escape(r, &n) < 0)
				return JR_ERROR;
		} else if (c >= 0x80) {
			if (utf8(r, &n) < 0)
				return JR_ERROR;
		} else if (c == '\n') {
			return jr_fail(r, r->line, column(r), "a string runs on past the end of its "
			    "line (a closing \" is missing?)");
		} else {
			return jr_fail(r, r->line, column(r), "a control character (byte 0x%02X) "
			    "inside a string (write it as \\u%04X)", (unsigned)c, (unsigned)c);
		}
	}
	r->pos++;
	r->str[n] = '\0';
	t->len = n;
	t->nul = r->nul;
	return t->kind = JR_STRING;
}

static int
valid_number(const char *s)
{
#define DIGITS(p) while (*(p) >= '0' && *(p) <= '9') (p)++
	if (*s == '-')
		s++;
	if (*s == '0')
		s++;
	else if (*s >= '1' && *s <= '9')
		DIGITS(s);
	else
		return 0;
	if (*s == '.') {
		if (!(*++s >= '0' && *s <= '9'))
			return 0;
		DIGITS(s);
	}
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!(*s >= '0' && *s <= '9'))
			return 0;
		DIGITS(s);
	}
	return *s == '\0';
#undef DIGITS
}

static int
is_number_char(int c)
{
	return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/* A valid JSON number that is a whole number within int64 (ids, counts): its value.
 * Worked out here, once, because nearly every number of an export is an id. */
static int
whole_number(const char *s, int64_t *out)
{
	int neg = *s == '-';
	uint64_t v = 0, limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;

	for (s += neg; *s; s++) {
		if (*s < '0' || *s > '9' || v > (limit - (uint64_t)(*s - '0')) / 10)
			return 0;
		v = v * 10 + (uint64_t)(*s - '0');
	}
	*out = neg ? (int64_t)(0 - v) : (int64_t)v;
	return 1;
}

static enum jr_kind
read_number(struct jr *r, struct jr_tok *t)
{
	size_t n = 0;

	while ((r->pos < r->end || fill(r)) && is_number_char(*r->pos)) {
		if (n >= (size_t)r->lim.max_number)
			return jr_fail(r, t->line, t->col, "a number longer than %d characters",
			    r->lim.max_number);
		r->str[n++] = (char)*r->pos++;
	}
	if (r->failed)
		return JR_ERROR;
	r->str[n] = '\0';
	t->len = n;
	if (!valid_number(r->str))
		return jr_fail(r, t->line, t->col, "%s is not a JSON number (digits, with no "
		    "leading zeros; a point and an exponent are optional)", r->str);
	t->is_int = whole_number(r->str, &t->i);
	return t->kind = JR_NUMBER;
}

static enum jr_kind
read_word(struct jr *r, struct jr_tok *t, const char *word, enum jr_kind kind)
{
	size_t n = strlen(word);

	for (size_t i = 0; i < n; i++)
		if (next_byte(r) != (unsigned char)word[i])
			return r->failed ? JR_ERROR : jr_fail(r, t->line, t->col, "not JSON: a "
			    "value starting with '%c' can only be %s", word[0], word);
	if ((r->pos < r->end || fill(r)) && ((*r->pos | 0x20) >= 'a' && (*r->pos | 0x20) <= 'z'))
		return jr_fail(r, t->line, t->col, "not JSON: a value starting with '%c' can only "
		    "be %s", word[0], word);
	memcpy(r->str, word, n + 1);
	t->len = n;
	return t->kind = kind;
}

static enum jr_kind
punctuation_kind(int c)
{
	switch (c) {
	case '{': return JR_OBJECT;
	case '}': return JR_OBJECT_END;
	case '[': return JR_ARRAY;
	case ']': return JR_ARRAY_END;
	case ':': return JR_COLON;
	case ',': return JR_COMMA;
	default: return JR_ERROR;
	}
}

static enum jr_kind
punctuation(struct jr *r, struct jr_tok *t, enum jr_kind k, int c)
{
	r->pos++;
	r->str[0] = (char)c;
	r->str[1] = '\0';
	t->len = 1;
	if (k == JR_OBJECT || k == JR_ARRAY) {
		if (++r->depth > r->lim.max_depth)
			return jr_fail(r, t->line, t->col, "lists and objects nested more than %d "
			    "deep (a safeguard export needs 4)", r->lim.max_depth);
	} else if (k == JR_OBJECT_END || k == JR_ARRAY_END) {
		r->depth--;
	}
	return t->kind = k;
}

enum jr_kind
jr_next(struct jr *r, struct jr_tok *t)
{
	enum jr_kind k;
	char what[24];
	int c;

	t->s = r->str;
	t->len = 0;
	t->nul = t->is_int = 0;
	if (r->failed)
		return t->kind = JR_ERROR;
	if (!r->started)
		skip_bom(r);
	/* Most tokens follow one space or none. */
	if (r->pos < r->end && *r->pos == ' ')
		r->pos++;
	c = r->pos < r->end && *r->pos > ' ' ? *r->pos : skip_space(r);
	t->line = r->tok_line = r->line;
	t->col = r->tok_col = column(r);
	if (c < 0)
		return t->kind = r->failed ? JR_ERROR : JR_EOF;
	if (c == '"')
		return t->kind = read_string(r, t);
	if ((k = punctuation_kind(c)) != JR_ERROR)
		return t->kind = punctuation(r, t, k, c);
	if (c == '-' || (c >= '0' && c <= '9'))
		return t->kind = read_number(r, t);
	if (c == 't' || c == 'f' || c == 'n')
		return t->kind = read_word(r, t, c == 't' ? "true" : c == 'f' ? "false" : "null",
		    c == 't' ? JR_TRUE : c == 'f' ? JR_FALSE : JR_NULL);
	describe_byte(c, what, sizeof what);
	return t->kind = jr_fail(r, t->line, t->col, "unexpected %s: this is not JSON", what);
}

/* The bytes of the character that starts at s: a message cut inside a UTF-8 sequence would
 * print a broken character (or an invalid string in a JSON answer). */
static size_t
utf8_run(const char *s, size_t left)
{
	unsigned char c = (unsigned char)s[0];
	size_t n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;

	for (size_t k = 1; k < n; k++)
		if (k >= left || ((unsigned char)s[k] & 0xc0) != 0x80)
			return 1;
	return n;
}

/* A string shown quoted, shortened, with anything unprintable escaped so that a crafted
 * value cannot forge lines of a message. */
static void
describe_string(const struct jr_tok *t, char *out, size_t size)
{
	size_t o = 0;

	if (size < 16)
		return (void)snprintf(out, size, "a string");
	out[o++] = '"';
	for (size_t i = 0; i < t->len; i++) {
		unsigned char c = (unsigned char)t->s[i];
		size_t n = utf8_run(t->s + i, t->len - i);
		if (i + n > 40 || o + n + 10 >= size) {
			o += (size_t)snprintf(out + o, size - o, "...");
			break;
		}
		if (c == '"' || c == '\\')
			o += (size_t)snprintf(out + o, size - o, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			o += (size_t)snprintf(out + o, size - o, "\\u%04X", c);
		else {
			memcpy(out + o, t->s + i, n);
			o += n;
			i += n - 1;
		}
	}
	snprintf(out + o, size - o, "\"");
}

void
jr_describe(const struct jr_tok *t, char *out, size_t size)
{
	switch (t->kind) {
	case JR_EOF: snprintf(out, size, "the end of the file"); break;
	case JR_ERROR: snprintf(out, size, "an error"); break;
	case JR_OBJECT: snprintf(out, size, "an object"); break;
	case JR_ARRAY: snprintf(out, size, "a list"); break;
	case JR_STRING: describe_string(t, out, size); break;
	case JR_NUMBER: case JR_TRUE: case JR_FALSE: case JR_NULL:
		snprintf(out, size, "%s", t->s);
		break;
	default: snprintf(out, size, "'%s'", t->s); break;
	}
}

/* What jr_skip expects next inside the value it skips. */
enum want { W_VALUE, W_VALUE_OR_END, W_KEY, W_KEY_OR_END, W_COLON, W_COMMA_OR_END };

static int
unexpected(struct jr *r, const struct jr_tok *t, const char *expected)
{
	char what[64];

	if (t->kind == JR_ERROR)
		return -1;
	if (t->kind == JR_EOF)
		return fail_eof(r, "inside a list or an object"), -1;
	jr_describe(t, what, sizeof what);
	jr_fail(r, t->line, t->col, "expected %s, found %s", expected, what);
	return -1;
}

struct skip {
	enum want want;
	int depth;
	uint64_t objects;	/* bit d set: level d (from 0) is an object */
};

static int
top_is_object(const struct skip *k)
{
	return k->depth > 0 && (k->objects >> (k->depth - 1) & 1);
}

/* One token of a value being skipped; -1 on a syntax error. */
static int
skip_token(struct jr *r, struct skip *k, const struct jr_tok *t)
{
	int obj = top_is_object(k);

	if ((k->want == W_KEY_OR_END && t->kind == JR_OBJECT_END) ||
	    (k->want == W_VALUE_OR_END && t->kind == JR_ARRAY_END) ||
	    (k->want == W_COMMA_OR_END && t->kind == (obj ? JR_OBJECT_END : JR_ARRAY_END))) {
		k->depth--;
		k->want = W_COMMA_OR_END;
	} else if (k->want == W_KEY || k->want == W_KEY_OR_END) {
		if (t->kind != JR_STRING)
			return unexpected(r, t, "a field name in double quotes");
		k->want = W_COLON;
	} else if (k->want == W_COLON) {
		if (t->kind != JR_COLON)
			return unexpected(r, t, "':'");
		k->want = W_VALUE;
	} else if (k->want == W_COMMA_OR_END) {
		if (t->kind != JR_COMMA)
			return unexpected(r, t, obj ? "',' or '}'" : "',' or ']'");
		k->want = obj ? W_KEY : W_VALUE;
	} else if (t->kind == JR_OBJECT || t->kind == JR_ARRAY) {
		k->objects &= ~(1ull << k->depth);
		k->objects |= (uint64_t)(t->kind == JR_OBJECT) << k->depth;
		k->depth++;
		k->want = t->kind == JR_OBJECT ? W_KEY_OR_END : W_VALUE_OR_END;
	} else if (t->kind >= JR_STRING) {
		k->want = W_COMMA_OR_END;
	} else {
		return unexpected(r, t, "a value");
	}
	return 0;
}

int
jr_skip(struct jr *r, const struct jr_tok *first)
{
	struct skip k = {W_VALUE, 0, 0};
	struct jr_tok t = *first;

	for (;;) {
		if (skip_token(r, &k, &t) < 0)
			return -1;
		if (k.depth == 0)
			return 0;
		jr_next(r, &t);
	}
}
