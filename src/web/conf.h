/*
 * conf.h: what the pages of a conference's life share (conf_*.c): the conference a
 * request concerns, read from the area in memory; a stored record opened as a form to
 * change it; several records written as one change; and the fields of their forms,
 * each named for its column so that the record layer's message lands on its field.
 */
#ifndef SG_WEB_CONF_H
#define SG_WEB_CONF_H

#include "model/model.h"
#include "web/form.h"

struct web_req;
struct web_snapshot;

struct conf_ctx {
	struct web_snapshot *s;
	const struct m_child *c;
	const struct m_conference *k;	/* NULL on the pages of a child (scheduling) */
};

/* The conference of the request's {id} (or, child 1, the child of it): 1 found, 0 not
 * (the 404 written), -1 the area could not be read. conf_close gives the snapshot back. */
int conf_open(struct web_req *r, struct conf_ctx *x, int child);
void conf_close(struct conf_ctx *x);

/* A stored record as a form, every column set from the store: 1 found, 0 not, -1 failed. */
int conf_form_load(struct web_req *r, struct web_form *f, const char *table, int64_t id);
/* After a form's fields were read with errors: the rules between fields too (a time of
 * day, a date order), so that the page names every fault at once. Returns f->e.n. */
int conf_check(struct web_form *f);
/* Whether the form holds a value of col (read, or set). */
int conf_given(const struct web_form *f, const char *col);
/* An error of the page's own (a rule of the conference's life) on a field. */
void conf_error(struct web_form *f, const char *col, const char *message);
/* Records written as one change: conf_begin, then conf_put for each (rec_write: its
 * audit entry, a new record's id written back into row[0], so that the next may point to
 * it; -1 refused, the errors in f->e), then conf_end(ok) commits, or rolls back so that
 * nothing is stored. conf_end returns 1 committed, -1 not (an error added to f). */
int conf_begin(struct web_req *r, struct web_form *f);
int conf_put(struct web_req *r, struct web_form *f);
int conf_end(struct web_req *r, struct web_form *f, int ok);

/* The date the agencies' reports are due: the local setting's working days before the
 * conference (timescale.agency_report_*_working_days), as the timescale engine counts. */
cal_date conf_report_due(const struct web_snapshot *s, const struct m_conference *k);
/* "Mon 12 May 2025 at 09:30, Town Hall" */
const char *conf_when(struct web_req *r, const struct m_conference *k);
/* YYYY-MM-DD, from the arena. */
const char *conf_iso(struct web_req *r, cal_date d);
/* "Initial conference" ... */
const char *conf_kind(const struct m_conference *k);
/* Whether the conference is still to sit (not held, not cancelled). */
int conf_open_for_replies(const struct m_conference *k);

/* The page's errors as a GOV.UK error summary, from every form given (NULLs skipped). */
void conf_error_summary(struct web_req *r, struct web_form *const *forms, int n);
/* Form fields (GOV.UK patterns), each with its error and what was typed. */
void conf_text(struct web_req *r, struct web_form *f, const char *col, const char *label,
    const char *hint, const char *width);
void conf_textarea(struct web_req *r, struct web_form *f, const char *col, const char *label,
    const char *hint);
/* A select of the codes of the column's code list (with a first "choose" option). */
void conf_codes(struct web_req *r, struct web_form *f, const char *col, const char *label);
/* Yes / No radios of a boolean column. */
void conf_yesno(struct web_req *r, struct web_form *f, const char *col, const char *legend);
/* A select of the area's professionals (of one agency when agency_id is not 0). */
void conf_people(struct web_req *r, const struct area *a, struct web_form *f, const char *col,
    const char *label, int64_t agency_id);
/* conf_view.c: on the conference's page, what comes next and who has not answered or
 * reported (a partner: the way to their invitation). */
void conf_view(struct web_req *r, const struct web_snapshot *s, const struct m_child *c,
    const struct m_conference *k);
/* conf_partner.c: the person's agency's invitation to k (their own when named), or NULL. */
const struct m_invitee *conf_my_invitee(const struct web_req *r, const struct area *a,
    const struct m_child *c, const struct m_conference *k);
/* conf_plan.c: the plan's outcomes and actions, as a table (form: with "Mark done"). */
struct child_view;
void conf_plan_actions(struct web_req *r, struct child_view *v, int64_t plan_id, int form);
/* The conference as the caption and h1 of its pages, with the back link. */
void conf_heading(struct web_req *r, const struct conf_ctx *x, const char *title);
/* The child's plan still open (the one a meeting or an action is recorded for), or NULL. */
const struct m_plan *conf_open_plan(const struct conf_ctx *x);
/* One person's attendance as radios named name (attended, apologies, absent), with the
 * legend given (written escaped) and was ('a', 'p', 'x', or 0 for none) ticked. */
/* An action's "done" cell: the date it was done, else (form) a button posting field=id to
 * /children/{child}/<path>/done, else "Not yet". */
void conf_action_done(struct web_req *r, int64_t child_id, const char *done, int form,
    const char *path, const char *field, int64_t id);
void conf_attendance(struct web_req *r, const char *name, const char *legend, char was);

#endif
