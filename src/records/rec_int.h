/* rec_int.h: what the files of the record layer (rec_value.c, rec_check.c, rec_save.c)
 * share, and nobody else sees. */
#ifndef SG_REC_INT_H
#define SG_REC_INT_H
#include "records/rec.h"

/* Sets why (its col and message) and returns 0, for a value refused. */
int rec_why(struct rec_error *why, int col, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Adds one error to e (kept while there is room, counted always). */
void rec_add(struct rec_errors *e, int col, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void rec_add_error(struct rec_errors *e, const struct rec_error *why);
/* "a" or "an", for a registry noun. */
const char *rec_article(const char *noun);
/* Whether a column holds an integer (ids, numbers, booleans) rather than text. */
int rec_is_integer(enum col_type type);

#endif
