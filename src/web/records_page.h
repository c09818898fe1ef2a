/*
 * records_page.h: what the pages of a child's records share (page_records.c,
 * page_records_child.c, records_conflict.c): one form's page and its save.
 */
#ifndef SG_WEB_RECORDS_PAGE_H
#define SG_WEB_RECORDS_PAGE_H

#include "web/rform.h"

struct rp_form {
	const struct rf_spec *spec;
	struct web_form *f;
	int64_t child_id;	/* 0: a new child */
	int64_t record_id;	/* 0: a new record */
	int posted;		/* the form came back: show what was sent */
	int conflict;		/* the record changed since the form was opened */
	char version[REC_DIGEST_HEX + 1];	/* of the record when the form was opened */
	int64_t since;		/* the audit trail's last entry then */
	const char *action;
	/* A new child like one already recorded: drawn above the heading (where 0) and
	 * inside the form (where 1), from ctx; or NULL. */
	void (*extra)(struct web_req *r, const struct rp_form *p, int where);
	const void *ctx;
};

/* The error summary's lines of f, a form of sp: the field's label in front of the record
 * layer's words, each linked to its field. Returns how many, at most max. */
int rp_summary(struct web_req *r, const struct rf_spec *sp, const struct web_form *f,
    struct h_field_error *out, int max);
/* The child's name, for a form's caption; "New child" for none. */
const char *rp_child_caption(struct web_req *r, int64_t child_id);
/* The form's page; 422 with errors, 409 on a conflict. */
void rp_page(struct web_req *r, const struct rp_form *p);
/* The form page of a record of no child's (records_alone.c): nav an enum h_nav, caption
 * the module's words over the title; 422 with errors, 409 on a conflict. */
void rp_alone_page(struct web_req *r, const struct rp_form *p, const char *back, int nav,
    const char *caption);
/* The save of that form, read into p->f already, for the record r->ids[0]: 303 to back
 * when saved, else its page again with the errors or the conflict. */
int rp_alone_saved(struct web_req *r, struct rp_form *p, const char *back, int nav,
    const char *caption);
/* Who changed which fields of the record since p->since (the audit trail). */
void rp_conflict_panel(struct web_req *r, const struct rp_form *p);
/* One page of two records saved together (an adult and their relationship; an escalation
 * and its stage 1): both forms' errors in one summary, the second form under its own
 * heading, on a child's record. */
struct rp_pair {
	const struct rf_spec *first, *second;
	struct web_form *f1, *f2;
	const char *title, *intro;	/* intro: one paragraph above the form, or NULL */
	const char *action, *second_heading, *button;
	int status_on_error;		/* 422, or 0 to keep the status as it is */
	int posted;
};
void rp_pair_page(struct web_req *r, const struct rp_pair *p);
/* 1 saved, 0 unchanged, -1 refused (errors in f->e; none: the store failed), -2 the
 * stored record's version is not version (NULL: a new record, not compared). */
int rp_save(struct web_req *r, struct web_form *f, const char *version);
/* 303 to the child's record with the banner of what was saved. */
int rp_saved(struct web_req *r, const struct rf_spec *sp, int64_t child_id);

#endif
