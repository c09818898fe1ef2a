/*
 * jsonw.c: the API's JSON writer (jsonw.h). Each value asks whether a comma must come
 * before it at its depth, so a handler writes values in order and the document is always
 * well formed; every string goes through base/esc.h.
 */
#include "web/jsonw.h"

#include "base/buf.h"
#include "base/esc.h"

void
jb_init(struct jb *j, struct buf *b)
{
	j->b = b;
	j->depth = 0;
	j->need_comma[0] = 0;
	j->after_key = 0;
}

static void
before_value(struct jb *j)
{
	if (j->after_key) {
		j->after_key = 0;
		return;
	}
	if (j->need_comma[j->depth])
		buf_addc(j->b, ',');
	j->need_comma[j->depth] = 1;
}

static void
open_container(struct jb *j, char c)
{
	before_value(j);
	buf_addc(j->b, c);
	if (j->depth + 1 < JB_DEPTH)
		j->depth++;
	j->need_comma[j->depth] = 0;
}

static void
close_container(struct jb *j, char c)
{
	buf_addc(j->b, c);
	if (j->depth > 0)
		j->depth--;
}

void jb_obj(struct jb *j) { open_container(j, '{'); }
void jb_obj_end(struct jb *j) { close_container(j, '}'); }
void jb_arr(struct jb *j) { open_container(j, '['); }
void jb_arr_end(struct jb *j) { close_container(j, ']'); }

void
jb_key(struct jb *j, const char *key)
{
	before_value(j);
	esc_json(j->b, key);
	buf_addc(j->b, ':');
	j->after_key = 1;
}

void
jb_str(struct jb *j, const char *s)
{
	before_value(j);
	esc_json(j->b, s);
}

void
jb_int(struct jb *j, int64_t v)
{
	before_value(j);
	buf_printf(j->b, "%lld", (long long)v);
}

void
jb_bool(struct jb *j, int v)
{
	before_value(j);
	buf_adds(j->b, v ? "true" : "false");
}

void
jb_null(struct jb *j)
{
	before_value(j);
	buf_adds(j->b, "null");
}

void
jb_date(struct jb *j, cal_date d)
{
	char s[11];

	if (d == CAL_NONE) {
		jb_null(j);
		return;
	}
	cal_format(d, s);
	jb_str(j, s);
}

void jb_kstr(struct jb *j, const char *k, const char *s) { jb_key(j, k); jb_str(j, s); }
void jb_kint(struct jb *j, const char *k, int64_t v) { jb_key(j, k); jb_int(j, v); }
void jb_kdate(struct jb *j, const char *k, cal_date d) { jb_key(j, k); jb_date(j, d); }
void jb_kbool(struct jb *j, const char *k, int v) { jb_key(j, k); jb_bool(j, v); }

void
jb_kid(struct jb *j, const char *k, int64_t id)
{
	jb_key(j, k);
	if (id)
		jb_int(j, id);
	else
		jb_null(j);
}

/* A number that need not be whole (a figure's value); null when there is none (NAN). */
void
jb_num(struct jb *j, double v)
{
	if (v != v || v - v != 0) {
		jb_null(j);
		return;
	}
	before_value(j);
	if (v == (double)(int64_t)v && v < 9e15 && v > -9e15)
		buf_printf(j->b, "%lld", (long long)v);
	else
		buf_printf(j->b, "%.10g", v);
}

void jb_knum(struct jb *j, const char *k, double v) { jb_key(j, k); jb_num(j, v); }
