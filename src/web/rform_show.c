/*
 * rform_show.c: a value of a record in the words its form uses (rform.h), for the pages
 * that show a value rather than ask for it: the panel of a record changed by someone
 * else shows what it was, what it is now and what was typed, each as the person would
 * have chosen it on the form (a code by its label, not its code).
 */
#include "web/rform.h"

#include <string.h>

#include "base/str.h"
#include "codes/codes.h"
#include "web/snapshot.h"
#include "web/web_int.h"

static const char *
code_words(struct web_req *r, const struct column *c, const char *code, size_t n)
{
	const char *one = arena_strndup(&r->arena, code, n);
	const char *label = one ? codes_label(codes_list(c->list), one) : NULL;

	return label ? rf_capital(r, label) : one ? one : "";
}

/* "Physical abuse, Neglect" of a space-separated list of codes. */
static const char *
codes_words(struct web_req *r, const struct column *c, const char *text)
{
	const char *out = "";

	for (const char *p = text; *p;) {
		size_t n = strcspn(p, " ");
		if (n)
			out = arena_printf(&r->arena, "%s%s%s", out, *out ? ", " : "",
			    code_words(r, c, p, n));
		p += n + (p[n] != '\0');
	}
	return out && *out ? out : "None";
}

static const char *
ref_words(struct web_req *r, const struct column *c, const char *text)
{
	const struct table *rt = records_table(c->ref);
	struct web_snapshot *s;
	const struct web_adult *a;
	const char *out = NULL;
	int64_t id;

	if (!str_to_i64(text, &id))
		return text;
	if (strcmp(c->ref, "adults") == 0 && (s = web_snapshot_get(r))) {
		if ((a = web_snapshot_adult(s, id)))
			out = arena_printf(&r->arena, "%s %s", a->given_name ? a->given_name : "",
			    a->family_name ? a->family_name : "");
		web_snapshot_put(s);
	}
	if (!out)
		out = arena_printf(&r->arena, "%s (record %lld)", rf_capital(r, rt ? rt->noun :
		    c->ref), (long long)id);
	return out ? out : text;
}

const char *
rf_show(struct web_req *r, const struct table *t, int col, const char *text)
{
	const struct column *c = &t->cols[col];
	cal_date d;

	if (!text || !*text)
		return "Not recorded";
	switch (c->type) {
	case COL_BOOL:
		if (strcmp(text, "1") == 0 || strcmp(text, "true") == 0)
			return "Yes";
		return strcmp(text, "0") == 0 || strcmp(text, "false") == 0 ? "No" : text;
	case COL_DATE:
		return cal_parse(text, &d) ? h_date(r, d) : text;
	case COL_CODE:
		return code_words(r, c, text, strlen(text));
	case COL_CODES:
		return codes_words(r, c, text);
	case COL_REF:
		return ref_words(r, c, text);
	default:
		return text;
	}
}
