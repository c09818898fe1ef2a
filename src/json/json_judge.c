/*
 * json_judge.c: a JSON token judged as one column's value (json_judge.h). The rules are
 * the record layer's (rec_value_*); what is here is only the JSON side: which token a
 * column takes, and how to say what was sent instead.
 */
#include "json/json_judge.h"

#include <stdio.h>

#include "codes/codes.h"

void
json_judge_wrong(const struct jr_tok *tok, int col, const char *is_not, const char *use,
    struct rec_error *why)
{
	char what[96];

	jr_describe(tok, what, sizeof what);
	why->col = col;
	snprintf(why->message, sizeof why->message, "%s is not %s (use %s)", what, is_not, use);
}

int
json_judge_integer(const struct table *t, int col, const struct jr_tok *tok, int64_t *v,
    struct rec_error *why)
{
	const struct column *c = &t->cols[col];
	char use[64];

	if (tok->kind == JR_NUMBER && tok->is_int && rec_value_int(c, tok->i, why)) {
		*v = tok->i;
		return 1;
	}
	/* A reference out of range says which record it takes; other rules are the record
	 * layer's own words. */
	if (tok->kind == JR_NUMBER && tok->is_int && c->type != COL_REF)
		return 0;
	rec_takes(t, col, use, sizeof use);
	json_judge_wrong(tok, col, c->type == COL_INT ? "a whole number" : "a record id", use, why);
	return 0;
}

int
json_judge_string(const struct table *t, int col, const struct jr_tok *tok,
    struct rec_error *why)
{
	const struct column *c = &t->cols[col];
	const struct code_list *l;
	char use[160];

	if (tok->kind == JR_STRING) {
		if (c->type == COL_TEXT)
			return rec_value_text(c, tok->s, tok->len, why);
		if (c->type == COL_DATE)
			return rec_value_date(c, tok->s, tok->len, why);
		return rec_value_code(c, tok->s, tok->len, why);
	}
	if (c->type == COL_TEXT) {
		json_judge_wrong(tok, col, "text", "text in double quotes", why);
	} else if (c->type == COL_DATE) {
		json_judge_wrong(tok, col, "a date", "YYYY-MM-DD", why);
	} else {
		l = c->list ? codes_list(c->list) : NULL;
		rec_codes_hint(c->list, use, sizeof use);
		json_judge_wrong(tok, col, l ? l->what : "a code", use, why);
	}
	return 0;
}
