/*
 * rec_value.c: the rules of one value, and a value given as text (rec.h).
 *
 * Every front end reads values its own way: a form or a command line as text, a census
 * return as element text, a JSON export as typed tokens. What a column takes is decided
 * here once, by its type in records.c: text is UTF-8, one line, within its length; a date
 * is YYYY-MM-DD within the working-day calendar (a clock cannot run in a year whose bank
 * holidays the calendar does not know: cal.h); a code is one of its list; an id is 1 to
 * RECORDS_MAX_ID. Each refusal says what was given, shown safely (rec_show_text), and what
 * to write instead, with no table or field named, so that each front end can put its own
 * in front ("children[3].birth_date: ", "PersonBirthDate ", a form's label).
 */
#include "records/rec_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/str.h"
#include "calendar/cal.h"
#include "codes/codes.h"

int
rec_why(struct rec_error *why, int col, const char *fmt, ...)
{
	va_list ap;

	why->col = col;
	va_start(ap, fmt);
	vsnprintf(why->message, sizeof why->message, fmt, ap);
	va_end(ap);
	return 0;
}

void
rec_errors_clear(struct rec_errors *e)
{
	e->n = 0;
}

void
rec_add_error(struct rec_errors *e, const struct rec_error *why)
{
	if (e->n < REC_MAX_ERRORS)
		e->v[e->n] = *why;
	e->n++;
}

void
rec_add(struct rec_errors *e, int col, const char *fmt, ...)
{
	struct rec_error why;
	va_list ap;

	why.col = col;
	va_start(ap, fmt);
	vsnprintf(why.message, sizeof why.message, fmt, ap);
	va_end(ap);
	rec_add_error(e, &why);
}

const char *
rec_article(const char *noun)
{
	/* Enough for the registry's nouns: "an agency", "an adult", but "a user". */
	return strchr("aeio", noun[0]) ? "an" : "a";
}

int
rec_is_integer(enum col_type type)
{
	return type == COL_ID || type == COL_INT || type == COL_BOOL || type == COL_REF;
}

void
rec_show_text(const char *s, size_t len, char *out, size_t size)
{
	size_t o = 0;

	if (size < 16) {
		snprintf(out, size, "a text");
		return;
	}
	out[o++] = '"';
	for (size_t i = 0; i < len && o + 10 < size;) {
		unsigned char c = (unsigned char)s[i];
		int n = c >= 0x80 ? str_utf8_seq(s + i) : 1;
		if (i >= 40) {
			o += (size_t)snprintf(out + o, size - o, "...");
			break;
		}
		if (c == '"' || c == '\\')
			o += (size_t)snprintf(out + o, size - o, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			o += (size_t)snprintf(out + o, size - o, "\\u%04X", c);
		else if (n == 2 && c == 0xC2 && (unsigned char)s[i + 1] <= 0x9F)
			o += (size_t)snprintf(out + o, size - o, "\\u%04X", (unsigned char)s[i + 1]);
		else if (n == 0 || i + (size_t)n > len)
			out[o++] = '?', n = 1;
		else
			memcpy(out + o, s + i, (size_t)n), o += (size_t)n;
		i += (size_t)(n ? n : 1);
	}
	snprintf(out + o, size - o, "\"");
}

/* "one of M, F, U" or, for long lists, the first few and how many there are. */
static void
codes_hint(const struct code_list *l, char *out, size_t size)
{
	size_t o = (size_t)snprintf(out, size, "one of ");
	int shown = l ? (l->n <= 8 ? l->n : 6) : 0;

	for (int i = 0; i < shown && o < size; i++)
		o += (size_t)snprintf(out + o, size - o, "%s%s", i ? ", " : "", l->codes[i].code);
	if (l && shown < l->n && o < size)
		snprintf(out + o, size - o, " ... (%d codes)", l->n);
}

void
rec_codes_hint(const char *list, char *out, size_t size)
{
	codes_hint(codes_list(list), out, size);
}

void
rec_takes(const struct table *t, int col, char *out, size_t size)
{
	const struct column *c = &t->cols[col];
	const struct table *rt = c->ref ? records_table(c->ref) : NULL;

	switch (c->type) {
	case COL_ID: snprintf(out, size, "a whole number from 1 to %lld", (long long)RECORDS_MAX_ID); break;
	case COL_INT: snprintf(out, size, "a whole number from %d to %d", c->min, c->max); break;
	case COL_TEXT: snprintf(out, size, "text of at most %d bytes", c->maxlen); break;
	case COL_DATE: snprintf(out, size, "a date, YYYY-MM-DD"); break;
	case COL_BOOL: snprintf(out, size, "true or false"); break;
	case COL_CODE:
		codes_hint(codes_list(c->list), out, size);
		break;
	case COL_CODES:
		snprintf(out, size, "a list of codes, each ");
		codes_hint(codes_list(c->list), out + strlen(out), size - strlen(out));
		break;
	case COL_REF:
		snprintf(out, size, "the id of %s %s", rec_article(rt ? rt->noun : "record"),
		    rt ? rt->noun : "record");
		break;
	}
}

int
rec_value_text(const struct column *c, const char *s, size_t len, struct rec_error *why)
{
	char shown[96];

	for (size_t i = 0; i < len; i++) {
		unsigned char b = (unsigned char)s[i], b2 = i + 1 < len ? (unsigned char)s[i + 1] : 0;
		/* C0 controls, DEL, and C1 controls (U+0080-U+009F, UTF-8 C2 80-9F). */
		if (b < 0x20 || b == 0x7f || (b == 0xC2 && b2 >= 0x80 && b2 <= 0x9F)) {
			rec_show_text(s, len, shown, sizeof shown);
			return rec_why(why, -1, "%s holds a control character (text is one line of "
			    "printable characters)", shown);
		}
	}
	/* No NUL above, so the text ends at len for the UTF-8 check. */
	for (size_t i = 0, n; i < len; i += n)
		if ((n = (unsigned char)s[i] < 0x80) == 0 &&
		    (!(n = (size_t)str_utf8_seq(s + i)) || i + n > len)) {
			rec_show_text(s, len, shown, sizeof shown);
			return rec_why(why, -1, "%s is not UTF-8 text (type it again, or save the file "
			    "it comes from as UTF-8)", shown);
		}
	if (len > (size_t)c->maxlen)
		return rec_why(why, -1, "text of %zu bytes is too long (at most %d)", len, c->maxlen);
	if (len == 0 && (c->flags & COL_REQUIRED))
		return rec_why(why, -1, "\"\" is empty (required: text of at most %d bytes)",
		    c->maxlen);
	return 1;
}

int
rec_value_date(const struct column *c, const char *s, size_t len, struct rec_error *why)
{
	int first = c && c->min ? c->min : CAL_FIRST_YEAR, last = c && c->max ? c->max : CAL_LAST_YEAR;
	char shown[96], text[11];
	cal_date d;
	int year;

	if (len == 10)
		memcpy(text, s, 10);
	text[len == 10 ? 10 : 0] = 0;
	if (len != 10 || strlen(text) != 10 || !cal_parse(text, &d)) {
		rec_show_text(s, len, shown, sizeof shown);
		return rec_why(why, -1, "%s is not a date (use YYYY-MM-DD)", shown);
	}
	/* The year is the text's first four digits (cal_year would work it out again). */
	year = ((text[0] - '0') * 10 + text[1] - '0') * 100 + (text[2] - '0') * 10 + text[3] - '0';
	if (year >= first && year <= last)
		return 1;
	rec_show_text(s, len, shown, sizeof shown);
	return rec_why(why, -1, "%s is outside the %s (use a date from %d-01-01 to "
		    "%d-12-31)", shown, first == CAL_FIRST_YEAR && last == CAL_LAST_YEAR ?
		    "working-day calendar" : "years this date may take", first, last);
}

/* The index of s[0..len) in list l, or -1. */
static int
code_index(const struct code_list *l, const char *s, size_t len)
{
	for (int i = 0; l && i < l->n; i++)
		if (l->codes[i].code[0] == s[0] && strlen(l->codes[i].code) == len &&
		    memcmp(l->codes[i].code, s, len) == 0)
			return i;
	return -1;
}

int
rec_value_code(const struct column *c, const char *s, size_t len, struct rec_error *why)
{
	const struct code_list *l = codes_list(c->list);
	char shown[96], use[160];

	if (len > 0 && code_index(l, s, len) >= 0)
		return 1;
	rec_show_text(s, len, shown, sizeof shown);
	codes_hint(l, use, sizeof use);
	return rec_why(why, -1, "%s is not %s (use %s)", shown, l->what, use);
}

int
rec_value_list_code(const struct column *c, const char *s, size_t len, uint64_t *had,
    struct rec_error *why)
{
	const struct code_list *l = codes_list(c->list);
	char shown[96], use[160];
	int k = len > 0 ? code_index(l, s, len) : -1;

	if (k >= 0 && !(k < 64 && (*had >> k & 1))) {
		*had |= k < 64 ? 1ull << k : 0;
		return 1;
	}
	rec_show_text(s, len, shown, sizeof shown);
	if (k < 0) {
		codes_hint(l, use, sizeof use);
		return rec_why(why, -1, "%s in the list is not %s (use %s)", shown, l->what, use);
	}
	return rec_why(why, -1, "%s is in the list twice (list each code once)", shown);
}

int
rec_value_int(const struct column *c, int64_t v, struct rec_error *why)
{
	if (c->type == COL_BOOL && v != 0 && v != 1)
		return rec_why(why, -1, "%lld is not true or false (use true or false)",
		    (long long)v);
	if (c->type == COL_INT && (v < c->min || v > c->max))
		return rec_why(why, -1, "%lld is out of range (use a whole number from %d to %d)",
		    (long long)v, c->min, c->max);
	if ((c->type == COL_ID || c->type == COL_REF) && (v <= 0 || v > RECORDS_MAX_ID))
		return rec_why(why, -1, "%lld is not a record id (use a whole number from 1 to "
		    "%lld)", (long long)v, (long long)RECORDS_MAX_ID);
	return 1;
}

/* ---- A value given as text ---- */

static int
parse_integer(const struct column *c, const char *text, struct field *out,
    struct rec_error *why)
{
	char shown[96];
	int64_t v;

	if (!str_to_i64(text, &v)) {
		rec_show_text(text, strlen(text), shown, sizeof shown);
		if (c->type == COL_INT)
			return rec_why(why, -1, "%s is not a whole number (use a whole number from %d "
			    "to %d)", shown, c->min, c->max);
		return rec_why(why, -1, "%s is not a record id (use a whole number from 1 to "
		    "%lld)", shown, (long long)RECORDS_MAX_ID);
	}
	if (!rec_value_int(c, v, why))
		return 0;
	out->present = 1;
	out->i = v;
	return 1;
}

/* Yes and no as a form, a census return or a command line writes them. */
static int
parse_bool(const char *text, struct field *out, struct rec_error *why)
{
	char shown[96];

	if (strcmp(text, "1") == 0 || strcasecmp(text, "true") == 0)
		out->i = 1;
	else if (strcmp(text, "0") == 0 || strcasecmp(text, "false") == 0)
		out->i = 0;
	else {
		rec_show_text(text, strlen(text), shown, sizeof shown);
		return rec_why(why, -1, "%s is not true or false (use true or false, or 1 or 0)",
		    shown);
	}
	out->present = 1;
	return 1;
}

/* A list of codes, separated by spaces or commas, kept space-separated in buf. */
static int
parse_codes(const struct column *c, const char *text, char *buf, size_t size,
    struct rec_error *why)
{
	uint64_t had = 0;
	size_t o = 0;

	for (const char *p = text; *p;) {
		size_t n = strcspn(p, " ,");
		if (n && !rec_value_list_code(c, p, n, &had, why))
			return 0;
		if (n && o + n + 2 > size)
			return rec_why(why, -1, "the list is too long (list each code once)");
		if (n) {
			if (o)
				buf[o++] = ' ';
			memcpy(buf + o, p, n);
			o += n;
		}
		p += n + (p[n] != 0);
	}
	buf[o] = 0;
	return 1;
}

int
rec_parse_text(const struct table *t, int col, const char *text, struct field *out,
    char *buf, size_t size, struct rec_error *why)
{
	const struct column *c = &t->cols[col];
	size_t len = text ? strlen(text) : 0;
	int ok;

	out->present = 0;
	out->i = 0;
	out->s = NULL;
	why->col = col;
	if (len == 0)
		return 1;
	if (rec_is_integer(c->type)) {
		ok = c->type == COL_BOOL ? parse_bool(text, out, why) :
		    parse_integer(c, text, out, why);
		why->col = col;
		return ok;
	}
	if (c->type == COL_CODES)
		ok = parse_codes(c, text, buf, size, why);
	else if (c->type == COL_DATE)
		ok = rec_value_date(c, text, len, why);
	else if (c->type == COL_CODE)
		ok = rec_value_code(c, text, len, why);
	else
		ok = rec_value_text(c, text, len, why);
	if (ok && c->type != COL_CODES && len >= size)
		ok = rec_why(why, -1, "text of %zu bytes is too long (at most %zu)", len, size - 1);
	else if (ok && c->type != COL_CODES)
		memcpy(buf, text, len + 1);
	why->col = col;
	if (ok) {
		out->present = 1;
		out->s = buf;
	}
	return ok;
}
