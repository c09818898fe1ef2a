/*
 * json_judge.h: one JSON value judged as the value of one column, for every reader of
 * records in JSON (import json, the API's bodies), so a value wrong in a file and wrong
 * in a request is refused with the same words.
 */
#ifndef SG_JSON_JUDGE_H
#define SG_JSON_JUDGE_H

#include "json/jread.h"
#include "records/rec.h"
#include "records/records.h"

/* A whole number or a record id. 1 when it may be stored (*v set), else 0 with why:
 * "<what was sent> is not a whole number (use ...)" or the record layer's own rule. */
int json_judge_integer(const struct table *t, int col, const struct jr_tok *tok, int64_t *v,
    struct rec_error *why);
/* Text, a date or a code: a JSON string the record layer then judges. 1 when it may be
 * stored as tok's text, else 0 with why. */
int json_judge_string(const struct table *t, int col, const struct jr_tok *tok,
    struct rec_error *why);
/* "<what was sent> is not <is_not> (use <use>)", into why. */
void json_judge_wrong(const struct jr_tok *tok, int col, const char *is_not, const char *use,
    struct rec_error *why);

#endif
