/*
 * rform.h: the forms of a child's records, each described once as data (rform_specs.c):
 * which columns of its table (records.c) it asks for, in what words, and as which GOV.UK
 * input. One piece of code draws every form from its description (rform_draw.c), reads
 * what was sent back into a record (rform_read.c), and saves it through the record layer
 * as the person logged in (page_records.c), so a form's checks and messages are those of
 * every importer and the API. A column a form does not ask for is kept as stored.
 */
#ifndef SG_WEB_RFORM_H
#define SG_WEB_RFORM_H

#include "web/form.h"

enum rf_kind {
	RF_TEXT,	/* a text input */
	RF_NUMBER,	/* a whole number (a record id typed in) */
	RF_DATE,	/* the GOV.UK date input: day, month and year boxes */
	RF_RADIOS,	/* one code of a short list */
	RF_SELECT,	/* one code of a long list */
	RF_CHECKS,	/* codes of a list, as checkboxes grouped by the codes' numbers */
	RF_YESNO,	/* a boolean as Yes and No radios */
	RF_TICK,	/* a boolean as one checkbox: ticked true, left false */
	RF_OWN,		/* a reference to one of the child's own records, as a select */
	RF_STAFF,	/* a reference to a team or a professional of the area, as a select */
	RF_ADULT,	/* an adult around the child: of their household, or related to them
			 * or to a brother or sister, as a select */
	RF_RELATIVE,	/* another child around the child: of their household, their brothers and
			 * sisters, or related to them already (a select of their records) */
	RF_HOME,	/* a household: the child's, or none, as Yes and No radios */
};

struct rf_field {
	const char *col;	/* the column of the table */
	const char *label;
	const char *hint;	/* or NULL */
	enum rf_kind kind;
	const char *group;	/* RF_TICK: the legend of the fieldset of a run of ticks */
};

struct rf_spec {
	const char *table;	/* records.c */
	const char *verb;	/* the edit route's last segment: "edit", "close", "end" */
	const char *title_new;	/* "Add a referral"; NULL: the form only edits */
	const char *title_edit;	/* "Change the referral" */
	const char *saved;	/* the banner's words: "Referral saved" */
	const struct rf_field *fields;
	int nfields;
};

/* The form of table for the route's last segment (verb), or NULL. */
const struct rf_spec *rf_spec_find(const char *table, const char *verb);
/* Every form, for the child page's links. */
const struct rf_spec *rf_specs(int *n);

/* The field's id in the page (a date: its day box), for the error summary's links. */
const char *rf_field_id(struct web_req *r, const struct rf_field *fd, const struct table *t);

/* Reads the spec's fields from the request's form into f (dates joined from their boxes,
 * ticks as true or false, checkboxes as a list of codes). Returns the errors. */
int rf_read(struct web_req *r, const struct rf_spec *sp, struct web_form *f);

/* Draws the spec's fields: what was sent when the form comes back (posted), else the
 * record in f. child_id: for the selects of the child's own records. */
void rf_draw(struct web_req *r, const struct rf_spec *sp, const struct web_form *f,
    int posted, int64_t child_id);

/* What was sent for the field, as the one text its column takes (rf_read's reading). */
const char *rf_typed(struct web_req *r, const struct rf_field *fd);
/* A value of column col of t (the text its column takes) in the form's words: a code by
 * its label, a boolean as Yes or No, a date as a date, an adult by their name; "Not
 * recorded" for none. From the request's arena. */
const char *rf_show(struct web_req *r, const struct table *t, int col, const char *text);
/* s with its first letter a capital, from the request's arena. */
const char *rf_capital(struct web_req *r, const char *s);
/* The household of the child: 0 none, -1 the store failed. */
int64_t rf_child_household(struct web_req *r, int64_t child_id);

/* Fills f from the stored record id of f's table: 1, 0 none, -1 the store failed. */
int rf_load(struct web_req *r, struct web_form *f, int64_t id);

#endif
