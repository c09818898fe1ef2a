/*
 * form.h: a form of one record, read and saved through the record layer (records/rec.h),
 * so that a form checks a record with the same code and words as every importer and the
 * API. See form.c.
 */
#ifndef SG_WEB_FORM_H
#define SG_WEB_FORM_H

#include "records/rec.h"
#include "web/html.h"

struct web_req;

#define FORM_MAX_COLS 32
#define FORM_TEXT 16384

struct web_form {
	const struct table *t;
	struct field row[FORM_MAX_COLS];
	char text[FORM_TEXT];
	size_t used;
	struct rec_errors e;
	const char *typed[FORM_MAX_COLS];	/* what was typed, to show it again */
};

/* Starts a form of table t with every field absent. */
void web_form_init(struct web_form *f, const char *table);
/* Sets a field from a stored value (an edit form starting from the record). */
void web_form_set_int(struct web_form *f, const char *col, int64_t v);
void web_form_set_text(struct web_form *f, const char *col, const char *s);
/* Reads the named columns (NULL-terminated) from the request's form fields of the same
 * names: each value checked as the column takes it, errors kept. Returns the errors. */
int web_form_read(struct web_req *r, struct web_form *f, const char *const *cols);
/* Saves the record (rec_save) as the person logged in, with its audit entry: 1 saved, 0
 * nothing changed, -1 refused (errors in f->e). */
int web_form_save(struct web_req *r, struct web_form *f);
/* The errors as a GOV.UK error summary's lines, each linked to its field. */
int web_form_errors(struct web_req *r, const struct web_form *f, struct h_field_error *out,
    int max);
/* The error of one field, or NULL; and what to show in it again. */
const char *web_form_error(const struct web_form *f, const char *col);
const char *web_form_value(struct web_req *r, const struct web_form *f, const char *col);
/* The actor of a request, for the record layer. */
struct rec_actor web_actor(const struct web_req *r);

#endif
